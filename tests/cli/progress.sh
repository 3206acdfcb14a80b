#!/bin/sh
# check --tree's progress line on stderr: forced with --progress (into a
# file: lines ending with the last count), absent by default when stderr
# is not a terminal, absent with --no-progress or in CI, and never on
# stdout.  No assertion depends on how long the run takes.
. "${abs_top_srcdir=.}/tests/init.sh"

mkdir -p en ko || framework_failure_
i=1
while test $i -le 12; do
  printf '# Page %s\n\nRun `make t%s`.\n' $i $i >en/p$i.md
  printf '# 페이지 %s\n\n`make t%s`을 실행하세요.\n' $i $((i % 3)) >ko/p$i.md
  i=$((i + 1))
done

# The reference: no progress asked for, stderr a file.
"$TWINDOC" check --color=never -j 1 --tree en ko >ref 2>ref.err
echo "exit $?" >>ref
test -s ref.err && fail_ "progress by default into a file: $(cat ref.err)"

for j in 1 3; do
  # Forced into a file: whole lines, the last one with every page.
  "$TWINDOC" check --color=never -j $j --progress --tree en ko >out 2>err
  echo "exit $?" >>out
  compare_ ref out || fail_ "-j $j --progress changed the output"
  tail -n 1 err | grep -q '^12/12 pages, [0-9][0-9]* pages/s$' \
    || fail_ "-j $j --progress: last line: $(tail -n 1 err)"
  grep -v '^[0-9][0-9]*/12 pages, [0-9][0-9]* pages/s$' err >bad
  test -s bad && fail_ "-j $j --progress: other lines: $(cat bad)"
  # --no-progress wins when it comes last, and alone.
  "$TWINDOC" check --color=never -j $j --progress --no-progress --tree en ko \
    >out 2>err
  echo "exit $?" >>out
  compare_ ref out
  test -s err && fail_ "-j $j --no-progress: $(cat err)"
  # Piped: nothing.
  "$TWINDOC" check --color=never -j $j --tree en ko 2>&1 | cat >out
  grep -q 'pages/s' out && fail_ "-j $j: progress in a pipe"
done

# In Korean, through the catalog.
LC_ALL=C.UTF-8 LANGUAGE=ko TWINDOC_LOCALEDIR=$abs_top_builddir/locale \
  "$TWINDOC" check --color=never --progress -j 1 --tree en ko >/dev/null 2>err
grep -q '12/12' err || fail_ "Korean progress: $(cat err)"

# On a terminal (script runs the command under a pseudo-terminal).
if command -v script >/dev/null 2>&1; then
  esc=$(printf '\033')
  TERM=xterm script -qec "$TWINDOC check --color=never --progress -j 1 --tree en ko" \
    /dev/null >tty.out 2>&1
  grep -q '[0-9]/12 pages, ' tty.out || fail_ "no progress on a terminal"
  grep -q "$esc\[K" tty.out || fail_ "the progress line is not erased"
  CI=true TERM=xterm script -qec "$TWINDOC check --color=never -j 1 --tree en ko" \
    /dev/null >tty.out 2>&1
  grep -q 'pages/s' tty.out && fail_ "progress in CI"
  TERM=xterm script -qec "$TWINDOC check --color=never --no-progress -j 1 --tree en ko" \
    /dev/null >tty.out 2>&1
  grep -q 'pages/s' tty.out && fail_ "progress on a terminal with --no-progress"
fi

Exit
