#!/bin/sh
# The examples of the guide are the program's real output: every block
# marked <!-- twindoc-example: ... --> in README.md, docs/en and docs/ko
# is run by tools/docs-examples.sh and must match (examples that need
# ../shared are skipped when it is absent).  There must be such examples,
# and every fenced block that looks like twindoc output (a finding, a
# summary line, a '$ twindoc' command line, a 'twindoc:' message, a
# GitHub annotation) must be marked, so that no example escapes the check.
# After a change of the output, 'make docs-examples' (tools/docs-examples.sh
# update) rewrites the blocks; review the diff, and the prose around them.
. "${abs_top_srcdir=.}/tests/init.sh"

tool=$abs_top_srcdir/tools/docs-examples.sh
cd "$abs_top_srcdir" || framework_failure_
pages="README.md docs/en/*.md docs/ko/*.md"

# Marked examples exist, in both languages.
for d in docs/en docs/ko; do
  n=$(cat $d/*.md | grep -c '^<!-- twindoc-example[ :]')
  test "$n" -gt 0 || fail_ "no marked example in $d"
done

# Every fenced block that shows twindoc output is marked.  A block counts
# as marked when the line before its fence (blank lines aside) is a
# one-line twindoc-example, twindoc-file or twindoc-setup marker.
awk '
function fopen(s,   ind, c, n) {
  ind = 0; while (ind < 4 && substr(s, ind + 1, 1) == " ") ind++
  if (ind > 3) return 0
  c = substr(s, ind + 1, 1); if (c != "`" && c != "~") return 0
  n = 0; while (substr(s, ind + n + 1, 1) == c) n++
  if (n < 3) return 0
  if (c == "`" && index(substr(s, ind + n + 1), "`")) return 0
  fc = c; fl = n; return 1
}
function fclose_(s,   ind, n) {
  ind = 0; while (ind < 4 && substr(s, ind + 1, 1) == " ") ind++
  if (ind > 3) return 0
  n = 0; while (substr(s, ind + n + 1, 1) == fc) n++
  return n >= fl && substr(s, ind + n + 1) ~ /^[ \t]*$/
}
FNR == 1 { inf = 0; prev = "" }
inf {
  if (fclose_($0)) {
    if (out && !marked) printf "%s:%d: twindoc output without a twindoc-example marker\n", FILENAME, start
    inf = 0; prev = "```"; next
  }
  s = $0; sub(/^ +/, "", s)
  if (s ~ /^[^ ]+:[0-9]+:[0-9]+: (error|warning|note): / \
      || s ~ /^[0-9]+ errors?, [0-9]+ warnings?/ \
      || s ~ /^파일 [0-9]+개에서 / \
      || s ~ /^\$ (.*[ |&;(])?twindoc( |$)/ \
      || s ~ /^twindoc: / \
      || s ~ /^::(error|warning|notice) file=/) out = 1
  next
}
fopen($0) {
  inf = 1; out = 0; start = FNR
  marked = prev ~ /^<!-- twindoc-(example|file|setup)([ \t]|:).*-->[ \t]*$/
  next
}
$0 !~ /^[ \t]*$/ { prev = $0 }
' $pages >"$test_dir_/unmarked" || framework_failure_ "awk"
test -s "$test_dir_/unmarked" && { cat "$test_dir_/unmarked" >&9; fail_ "unmarked output blocks"; }

# The marked examples match the program's output.
sh "$tool" check >"$test_dir_/out" 2>"$test_dir_/err"; st=$?
grep '^SKIP: ' "$test_dir_/out" >&9
if test $st -ne 0; then
  grep -v '^SKIP: ' "$test_dir_/out" >&9; cat "$test_dir_/err" >&9
  fail_ "tools/docs-examples.sh check: exit status $st (run it with 'update' to see the new text)"
fi
# It ran every marker it was given (a parse that found nothing would pass).
n=$(cat $pages | grep -c '^<!-- twindoc-example[ :]')
grep -q "^tools/docs-examples.sh: $n examples, " "$test_dir_/err" \
  || { cat "$test_dir_/err" >&9; fail_ "the tool did not run the $n marked examples"; }

# The tool itself: a broken block is reported with a diff and exit status
# 1, and update restores the page byte for byte.
cd "$test_dir_" || framework_failure_
cp "$abs_top_srcdir/docs/en/getting-started.md" page.md || framework_failure_
# A line added at the top of the first marked block.
awk '/^<!-- twindoc-example[ :]/ { m = 1 } { print } m && /^```/ { print "BROKEN"; m = 0 }' \
  page.md >work.md || framework_failure_
cmp -s page.md work.md && framework_failure_ "no marked example in getting-started.md"
returns_ 1 sh "$tool" check "$test_dir_/work.md" >out 2>err
grep -q '^-BROKEN$' out || { cat out err >&9; fail_ "no diff for a broken example"; }
returns_ 0 sh "$tool" update "$test_dir_/work.md" >out 2>err
compare_ page.md work.md

Exit
