#!/bin/sh
# Every rule of `twindoc rules` has a golden case that fires it, a golden
# case that does not, and a section in both rule references.
#
# For a rule RULE, tests/golden/cases must hold the cases RULE-fires, whose
# .out has "[RULE]", and RULE-clean, whose .out has not (a case is
# NAME.en.md + NAME.ko.md, NAME.en.mdx + NAME.ko.mdx, NAME.mdx or NAME.md,
# as tests/golden/run.test reads them).  The golden cases check files, not
# folders, so the --tree rules (orphan, missing-translation, convention)
# are covered by tests/cli/tree.sh or tests/cli/learn.sh instead, which
# must expect "[RULE]" at least once; stale needs a git history or a lock
# file, and is covered by tests/cli/stale.sh, which must expect
# "[stale]" and check pages where --stale must not fire.
# docs/en/rules.md and docs/ko/rules.md must each have a heading, outside
# code blocks, whose title starts with `RULE` (as in "## `RULE` {#RULE}").
. "${abs_top_srcdir=.}/tests/init.sh"

LC_ALL=C; export LC_ALL

cases=$abs_top_srcdir/tests/golden/cases
tree_test=$abs_top_srcdir/tests/cli/tree.sh
learn_test=$abs_top_srcdir/tests/cli/learn.sh
tree_rules='orphan missing-translation convention'
stale_test=$abs_top_srcdir/tests/cli/stale.sh

rules=$("$TWINDOC" rules --format=json \
          | sed -n 's/^[[:space:]]*"id":[[:space:]]*"\([^"]*\)",\{0,1\}[[:space:]]*$/\1/p') \
  || framework_failure_ "twindoc rules --format=json failed"
test -n "$rules" || framework_failure_ "no rule ids in twindoc rules --format=json"
for r in $rules; do
  case $r in
    *[!a-z0-9-]*) framework_failure_ "unexpected rule id '$r'" ;;
  esac
done

# has_case NAME: tests/golden/cases has the input files of case NAME.
has_case ()
{
  { test -f "$cases/$1.en.md" && test -f "$cases/$1.ko.md"; } \
    || { test -f "$cases/$1.en.mdx" && test -f "$cases/$1.ko.mdx"; } \
    || test -f "$cases/$1.mdx" || test -f "$cases/$1.md"
}

# The heading lines of a Markdown FILE outside fenced code blocks (a fence
# is closed by a run of the same character at least as long).
headings ()
{
  awk '
    {
      line = $0
      sub(/^ ? ? ?/, "", line)
      if (match(line, /^(```+|~~~+)/)) {
        run = substr(line, 1, RLENGTH)
        if (fence == "") { fence = run; next }
        if (substr(run, 1, 1) == substr(fence, 1, 1) \
            && length(run) >= length(fence) && line ~ /^[`~]+[ \t]*$/) {
          fence = ""; next
        }
      }
      if (fence == "" && $0 ~ /^#+[ \t]/) print
    }' "$1"
}

for lang in en ko; do
  test -f "$abs_top_srcdir/docs/$lang/rules.md" \
    || framework_failure_ "docs/$lang/rules.md not found"
  headings "$abs_top_srcdir/docs/$lang/rules.md" >"headings.$lang" \
    || framework_failure_ "cannot read docs/$lang/rules.md"
done

for r in $rules; do
  case " $tree_rules " in
    *" $r "*)
      cat "$tree_test" "$learn_test" | grep -F "[$r]" >/dev/null \
        || fail_ "$r: tests/cli/tree.sh and learn.sh expect no '[$r]' finding (a --tree rule has no golden case)"
      ;;
    *)
      if test "$r" = stale; then
        grep -F "[$r]" "$stale_test" >/dev/null \
          || fail_ "$r: tests/cli/stale.sh expects no '[$r]' finding"
        grep -F -e '--stale changes nothing' "$stale_test" >/dev/null \
          || fail_ "$r: tests/cli/stale.sh has no case where --stale changes nothing"
      elif ! has_case "$r-fires"; then
        fail_ "$r: no golden case $r-fires in tests/golden/cases"
      elif ! test -f "$cases/$r-fires.out"; then
        fail_ "$r: tests/golden/cases/$r-fires.out is missing"
      elif ! grep -F "[$r]" "$cases/$r-fires.out" >/dev/null; then
        fail_ "$r: tests/golden/cases/$r-fires.out has no '[$r]' finding"
      fi
      if test "$r" = stale; then
        :
      elif ! has_case "$r-clean"; then
        fail_ "$r: no golden case $r-clean in tests/golden/cases"
      elif ! test -f "$cases/$r-clean.out"; then
        fail_ "$r: tests/golden/cases/$r-clean.out is missing"
      elif grep -F "[$r]" "$cases/$r-clean.out" >/dev/null; then
        fail_ "$r: tests/golden/cases/$r-clean.out has a '[$r]' finding"
      fi
      ;;
  esac
  for lang in en ko; do
    grep -E "^#+[[:space:]]+\`$r\`([[:space:]]|\$)" "headings.$lang" >/dev/null \
      || fail_ "$r: docs/$lang/rules.md has no section heading naming \`$r\`"
  done
done

Exit
