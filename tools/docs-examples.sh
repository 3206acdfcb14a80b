#!/bin/sh
# tools/docs-examples.sh: run the command-line examples of the guide and
# compare their output with the text the pages show (check), or rewrite
# that text from the output (update).
#
# Usage: tools/docs-examples.sh check|update [FILE]...
#
# FILEs, relative to the source tree, default to README.md, docs/en/*.md
# and docs/ko/*.md.  The program is $TWINDOC (default:
# $abs_top_builddir/src/twindoc); the source tree is $abs_top_srcdir
# (default: .).  Exit status: 0 when every example matches
# (check) or was rewritten (update), 1 when an example differs (check) or
# exits with another status than the page says, 2 on trouble (a malformed
# marker, a failed setup, no program).
#
# The markers are HTML comments, invisible when the page is rendered.
# A one-line marker stands on the line just before a fenced block (blank
# lines may come between); the hidden twindoc-setup script stands alone.
#
#   <!-- twindoc-example ATTRIBUTE... -->  (also <!-- twindoc-example: ... -->)
#     The block is the output of commands.  Attributes are NAME=VALUE; a
#     value with spaces is in double or single quotes and cannot hold its
#     own quote.
#       cmd="COMMAND"  a shell command line, run by sh; the block is its
#                      standard output and standard error together, as a
#                      terminal shows them.  An excerpt is a filter in the
#                      command itself: "twindoc check ... | head -n 3".
#                      Without cmd, the block is a transcript: each line
#                      that starts with '$ ' is a command (continued on the
#                      next line after a final '\'), followed by its output.
#                      The commands run one after the other in one shell,
#                      so 'cd' and '$?' carry over.
#       cwd=root|work  where the commands run: the root of the source tree
#                      (default; paths are relative to it) or the page's
#                      work folder (see below).
#       lang=en|ko     en (default): LC_ALL=C; ko: LC_ALL=C.UTF-8 and
#                      LANGUAGE=ko, with the Korean catalogue of
#                      $TWINDOC_LOCALEDIR, else of the build tree
#                      (locale/), else compiled from po/ko.po.
#       status=N       the exit status of the command (of the last command
#                      of a transcript); default 0.
#   <!-- twindoc-file: PATH -->
#     The block's text is written to PATH in the page's work folder.
#   <!-- twindoc-setup -->
#     The block is a shell script, run with sh -e in the work folder.
#   <!-- twindoc-setup: SCRIPT -->
#     A hidden script (it may span lines, up to the '-->'), run the same
#     way.  It cannot write a suppression comment ('<!-- twindoc-...' or
#     '{/* twindoc-...'): twindoc would read it as one of the page's own;
#     show such a text in a twindoc-file block instead.
#
# In every command 'twindoc' is the program under test.  Each page has one
# work folder, empty at its start; the markers act in the order of the
# page.  A command that names ../shared (the research data beside the
# source tree; $TWINDOC_SHARED when set, and then ../shared in the command
# stands for it) is skipped, with a SKIP line, when that folder is
# absent: such a command should cd into it, or print no path, so that its
# output does not depend on where the folder is.
#
# The text of a block is compared line for line, after the indentation
# of its fence is removed; a missing final newline of the output is added.
# update rewrites only the blocks that differ and leaves every other byte
# of the page as it was; it cannot change a wrong status=, which stays an
# error.

LC_ALL=C; export LC_ALL
# The summaries the pages show leave out the time ("checked 2 page pairs:
# 1 error, 0 warnings"), which differs from one run to the next.
TWINDOC_HIDE_TIME=1; export TWINDOC_HIDE_TIME
unset LANGUAGE LANG LC_MESSAGES LC_CTYPE

me=tools/docs-examples.sh
mode=$1
case $mode in
  check|update) shift ;;
  *) printf 'usage: %s check|update [FILE]...\n' "$me" >&2; exit 2 ;;
esac

abs_top_srcdir=$(cd "${abs_top_srcdir:-.}" && pwd) || exit 2
abs_top_builddir=$(cd "${abs_top_builddir:-$abs_top_srcdir}" && pwd) || exit 2
: "${TWINDOC:=$abs_top_builddir/src/twindoc}"
case $TWINDOC in /*) ;; *) TWINDOC=$(pwd)/$TWINDOC ;; esac
test -x "$TWINDOC" || { printf '%s: %s: no such program\n' "$me" "$TWINDOC" >&2; exit 2; }
shared_dir=${TWINDOC_SHARED:-$abs_top_srcdir/../shared}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/docs-examples.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' 0
trap 'exit 129' HUP; trap 'exit 130' INT; trap 'exit 141' PIPE; trap 'exit 143' TERM
mkdir "$tmp/bin" && ln -s "$TWINDOC" "$tmp/bin/twindoc" || exit 2
PATH=$tmp/bin:$PATH; export PATH

# The Korean catalogue for lang=ko.
ko_dir=
if test -n "${TWINDOC_LOCALEDIR-}"; then
  ko_dir=$TWINDOC_LOCALEDIR
elif test -f "$abs_top_builddir/locale/ko/LC_MESSAGES/twindoc.mo"; then
  ko_dir=$abs_top_builddir/locale
elif mkdir -p "$tmp/locale/ko/LC_MESSAGES" \
     && "${MSGFMT:-msgfmt}" -o "$tmp/locale/ko/LC_MESSAGES/twindoc.mo" \
          "$abs_top_srcdir/po/ko.po" 2>/dev/null; then
  ko_dir=$tmp/locale
fi

cd "$abs_top_srcdir" || exit 2
if test $# -eq 0; then
  set -- README.md docs/en/*.md docs/ko/*.md
fi

# Reads one page; writes the plan of its markers into the folder $plan:
# "actions" (KIND ID LINE, one a line, in page order) and per ID the files
# the driver below reads.  Errors go to standard error as FILE:LINE: ...
parse_awk='
function err(msg) { printf "%s:%d: %s\n", file, FNR, msg > "/dev/stderr"; bad = 1 }
function wr(name, text,   f) { f = plan "/" name; printf "%s", text > f; close(f) }
function fence_open(s,   ind, c, n) {
  ind = 0; while (ind < 4 && substr(s, ind + 1, 1) == " ") ind++
  if (ind > 3) return 0
  c = substr(s, ind + 1, 1)
  if (c != "`" && c != "~") return 0
  n = 0; while (substr(s, ind + n + 1, 1) == c) n++
  if (n < 3) return 0
  if (c == "`" && index(substr(s, ind + n + 1), "`")) return 0
  B_IND = ind; B_CHAR = c; B_LEN = n; return 1
}
function fence_close(s,   ind, n) {
  ind = 0; while (ind < 4 && substr(s, ind + 1, 1) == " ") ind++
  if (ind > 3) return 0
  n = 0; while (substr(s, ind + n + 1, 1) == B_CHAR) n++
  return n >= B_LEN && substr(s, ind + n + 1) ~ /^[ \t]*$/
}
function attrs(s,   name, val, j, q) {
  P_cmd = ""; P_cwd = "root"; P_lang = "en"; P_status = 0; P_hascmd = 0
  for (;;) {
    sub(/^[ \t]+/, "", s)
    if (s == "") return 1
    if (!match(s, /^[a-z]+=/)) { err("bad attribute at \"" s "\""); return 0 }
    name = substr(s, 1, RLENGTH - 1); s = substr(s, RLENGTH + 1)
    q = substr(s, 1, 1)
    if (q == "\"" || q == "\047") {
      j = index(substr(s, 2), q)
      if (j == 0) { err("unterminated quoted value of " name); return 0 }
      val = substr(s, 2, j - 1); s = substr(s, j + 2)
    } else {
      match(s, /^[^ \t]*/); val = substr(s, 1, RLENGTH); s = substr(s, RLENGTH + 1)
    }
    if (name == "cmd") { P_cmd = val; P_hascmd = 1 }
    else if (name == "cwd" && (val == "root" || val == "work")) P_cwd = val
    else if (name == "lang" && (val == "en" || val == "ko")) P_lang = val
    else if (name == "status" && val ~ /^[0-9]+$/) P_status = val
    else { err("bad attribute " name "=" val); return 0 }
  }
}
function runnable(c) {
  if (index(c, "../shared")) { ex_shared = 1; if (shared != "") gsub(/\.\.\/shared/, shared, c) }
  return c
}
function finish(   i, k, sh, prompt, c, body) {
  body = ""
  for (i = 1; i <= nl; i++) body = body L[i] "\n"
  if (bk == "file") {
    wr(id ".path", P_path "\n"); wr(id ".body", body)
    print "file", id, bline > (plan "/actions")
    return
  }
  if (bk == "setup") {
    wr(id ".sh", body); print "setup", id, bline > (plan "/actions")
    return
  }
  ex_shared = 0
  if (P_hascmd) {
    if (P_cmd == "") { err("empty cmd"); return }
    sh = runnable(P_cmd) "\n"
  } else {
    if (nl == 0 || L[1] !~ /^\$ /) { err("a transcript (no cmd=) must start with a \"$ \" line"); return }
    sh = "__r () { return \"$1\"; }\n__st=0\n"; k = 0
    for (i = 1; i <= nl; i++) {
      if (L[i] !~ /^\$ /) continue
      k++; prompt = L[i]; c = substr(L[i], 3)
      while (L[i] ~ /\\$/ && i < nl) { i++; prompt = prompt "\n" L[i]; c = c "\n" L[i] }
      wr(id ".p" k, prompt "\n")
      sh = sh "cat \"$TD_PLAN/" id ".p" k "\"\n__r \"$__st\"\n" runnable(c) "\n__st=$?\n"
    }
    sh = sh "exit \"$__st\"\n"
  }
  wr(id ".sh", sh); wr(id ".exp", body)
  wr(id ".fence", sprintf("%" B_LEN "s", ""))
  wr(id ".env", "ex_cwd=" P_cwd " ex_lang=" P_lang " ex_status=" P_status \
     " ex_shared=" ex_shared " ex_first=" (bline + 1) " ex_last=" (bline + nl) \
     " ex_ind=" B_IND " ex_char=\"" (B_CHAR == "`" ? "\\`" : "~") "\"\n")
  print "example", id, bline > (plan "/actions")
}
BEGIN { id = 0; inf = 0; incom = 0; pend = ""; printf "" > (plan "/actions") }
{
  if (inf) {
    if (fence_close($0)) { if (bk != "") finish(); inf = 0; bk = ""; next }
    if (bk != "") {
      s = $0; j = 0
      while (j < B_IND && substr(s, 1, 1) == " ") { s = substr(s, 2); j++ }
      L[++nl] = s
    }
    next
  }
  if (incom) {
    j = index($0, "-->")
    if (j) { hidden = hidden substr($0, 1, j - 1) "\n"; incom = 0; hid_done() }
    else hidden = hidden $0 "\n"
    next
  }
  if ($0 ~ /^<!-- twindoc-(example|file|setup)/) {
    if (pend != "") err("a marker must be followed by a fenced block")
    pend = ""; pline = FNR
    if ($0 ~ /^<!-- twindoc-example([ \t]|:)?.*-->[ \t]*$/ && $0 !~ /^<!-- twindoc-example[^ \t:-]/) {
      s = $0; sub(/^<!-- twindoc-example:?/, "", s); sub(/-->[ \t]*$/, "", s)
      if (attrs(s)) pend = "example"
    } else if ($0 ~ /^<!-- twindoc-file:[ \t]*[^ \t\/][^ \t]*[ \t]*-->[ \t]*$/) {
      s = $0; sub(/^<!-- twindoc-file:[ \t]*/, "", s); sub(/[ \t]*-->[ \t]*$/, "", s)
      if (s ~ /(^|\/)\.\.(\/|$)/) err("bad file name " s)
      else { P_path = s; pend = "file" }
    } else if ($0 ~ /^<!-- twindoc-setup[ \t]*-->[ \t]*$/) {
      pend = "setup"
    } else if ($0 ~ /^<!-- twindoc-setup:/) {
      s = $0; sub(/^<!-- twindoc-setup:/, "", s); j = index(s, "-->")
      if (j) { hidden = substr(s, 1, j - 1) "\n"; hid_done() }
      else { hidden = s "\n"; incom = 1 }
    } else err("malformed marker")
    next
  }
  if (fence_open($0)) {
    inf = 1; bk = pend; pend = ""; nl = 0; bline = FNR
    if (bk != "") id++
    next
  }
  if (pend != "" && $0 !~ /^[ \t]*$/) { err("a marker must be followed by a fenced block"); pend = "" }
}
function hid_done() {
  id++; wr(id ".sh", hidden); print "setup", id, pline > (plan "/actions")
}
END {
  if (pend != "") err("a marker must be followed by a fenced block")
  if (incom) err("unterminated twindoc-setup comment")
  if (inf) err("unclosed fenced block")
  close(plan "/actions")
  exit bad ? 2 : 0
}'

# Rewrites a page: the lines FIRST..LAST of each "FIRST LAST IND FILE" line
# of $repl become the text of FILE, each line indented by IND spaces.
rewrite_awk='
NR == FNR { first[$1] = $1; last[$1] = $2; ind[$1] = $3; src[$1] = $4; next }
(FNR in first) {
  pad = sprintf("%" ind[FNR] "s", "")
  while ((getline l < src[FNR]) > 0) print (l == "" ? "" : pad l)
  close(src[FNR])
  skip = last[FNR]
  if (skip < FNR) print
  next
}
FNR <= skip { next }
{ print }'

n_ex=0 n_ok=0 n_diff=0 n_skip=0 n_fixed=0 trouble=0 page=0
for f; do
  page=$((page + 1))
  plan=$tmp/plan.$page work=$tmp/work.$page
  mkdir "$plan" "$work" || exit 2
  if ! test -f "$f"; then
    printf '%s: %s: no such file\n' "$me" "$f" >&2; trouble=1; continue
  fi
  sh_repl=
  if test "${TWINDOC_SHARED+set}" = set; then sh_repl=$shared_dir; fi
  awk -v plan="$plan" -v file="$f" -v shared="$sh_repl" "$parse_awk" "$f" \
    || { trouble=1; continue; }
  : >"$plan/repl"
  while read -r kind id line; do
    case $kind in
      file)
        p=$(cat "$plan/$id.path")
        mkdir -p "$work/$(dirname "$p")" && cp "$plan/$id.body" "$work/$p" \
          || { printf '%s:%s: cannot write %s\n' "$f" "$line" "$p" >&2; trouble=1; }
        ;;
      setup)
        (cd "$work" && sh -e "$plan/$id.sh") </dev/null >"$tmp/setup.out" 2>&1 \
          || { printf '%s:%s: setup failed:\n' "$f" "$line" >&2
               cat "$tmp/setup.out" >&2; trouble=1; }
        ;;
      example)
        n_ex=$((n_ex + 1))
        . "$plan/$id.env"
        if test "$ex_shared" = 1 && ! test -d "$shared_dir"; then
          printf 'SKIP: %s:%s: %s not found\n' "$f" "$line" "$shared_dir"
          n_skip=$((n_skip + 1)); continue
        fi
        if test "$ex_lang" = ko && test -z "$ko_dir"; then
          printf 'SKIP: %s:%s: no Korean catalogue (build it, or set TWINDOC_LOCALEDIR)\n' "$f" "$line"
          n_skip=$((n_skip + 1)); continue
        fi
        dir=$abs_top_srcdir
        test "$ex_cwd" = work && dir=$work
        act=$plan/$id.act
        if test "$ex_lang" = ko; then
          (cd "$dir" && LC_ALL=C.UTF-8 LANGUAGE=ko TWINDOC_LOCALEDIR=$ko_dir \
             TD_PLAN=$plan sh "$plan/$id.sh") </dev/null >"$act" 2>&1
        else
          (cd "$dir" && TD_PLAN=$plan sh "$plan/$id.sh") </dev/null >"$act" 2>&1
        fi
        st=$?
        # A missing final newline.
        if test -s "$act" && test "$(tail -c 1 "$act" | od -An -c | tr -d ' ')" != '\n'; then
          echo >>"$act"
        fi
        if test "$st" -ne "$ex_status"; then
          printf '%s:%s: exit status %s, the page says %s\n' "$f" "$line" "$st" "$ex_status"
          n_diff=$((n_diff + 1))
        fi
        if cmp -s "$plan/$id.exp" "$act"; then
          test "$st" -eq "$ex_status" && n_ok=$((n_ok + 1))
          continue
        fi
        fence=$(cat "$plan/$id.fence" | tr ' ' "$ex_char")
        if awk -v f="$fence" '{ sub(/^ */, ""); if (index($0, f) == 1) x = 1 } END { exit !x }' "$act"
        then
          printf '%s:%s: the output holds a line starting with %s: use a longer fence\n' \
            "$f" "$line" "$fence" >&2
          trouble=1; continue
        fi
        if test "$mode" = update; then
          printf '%s %s %s %s\n' "$ex_first" "$ex_last" "$ex_ind" "$act" >>"$plan/repl"
          printf '%s:%s: updated\n' "$f" "$line"
          n_fixed=$((n_fixed + 1))
        else
          printf '%s:%s: the output differs from the page (-page +twindoc):\n' "$f" "$line"
          diff -u "$plan/$id.exp" "$act" | sed 1,2d
          test "$st" -eq "$ex_status" && n_diff=$((n_diff + 1))
        fi
        ;;
    esac
  done <"$plan/actions"
  if test -s "$plan/repl"; then
    awk "$rewrite_awk" "$plan/repl" "$f" >"$tmp/page" && cat "$tmp/page" >"$f" \
      || { printf '%s: %s: cannot rewrite\n' "$me" "$f" >&2; trouble=1; }
  fi
done

if test "$mode" = update; then
  printf '%s: %s examples, %s updated, %s skipped\n' "$me" "$n_ex" "$n_fixed" "$n_skip" >&2
else
  printf '%s: %s examples, %s match, %s differ, %s skipped\n' \
    "$me" "$n_ex" "$n_ok" "$n_diff" "$n_skip" >&2
fi
test "$trouble" -ne 0 && exit 2
test "$n_diff" -ne 0 && exit 1
exit 0
