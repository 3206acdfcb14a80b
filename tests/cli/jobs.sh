#!/bin/sh
# check --tree -j N: the same findings, in the same order, with the same
# exit status, whatever N; bad values of -j are usage errors.
. "${abs_top_srcdir=.}/tests/init.sh"

# A tree of 12 pairs, each with its own defects, one page that cannot be
# read as a page (over --max-bytes) and one English page alone.
mkdir -p en/guide ko/guide || framework_failure_
i=1
while test $i -le 12; do
  printf '# Page %s\n\nRun `make t%s` in the {REGION} region.\n\n```sh\necho %s\n```\n' \
    $i $i $i >en/guide/p$i.md
  printf '# 페이지 %s\n\n{REGION} 리전에서 `make t%s`을 실행하세요 .\n\n```sh\necho %s\n```\n' \
    $i $((i % 3)) $((i % 4)) >ko/guide/p$i.md
  i=$((i + 1))
done
printf '# Alone\n' >en/guide/alone.md
awk 'BEGIN { for (i = 0; i < 2000; i++) print "# 큰 페이지 " i }' >ko/guide/p5.md

for format in text json sarif; do
  "$TWINDOC" check --color=never --max-bytes=20K -f $format -j 1 --tree en ko \
    >out1 2>err1
  echo "exit $?" >>out1
  for j in 2 3 16; do
    "$TWINDOC" check --color=never --max-bytes=20K -f $format -j $j --tree en ko \
      >out$j 2>err$j
    echo "exit $?" >>out$j
    compare_ out1 out$j
    compare_ err1 err$j
  done
done
# The runs found something, and the trouble was reported.
grep -q '^exit 2$' out1 || fail_ "exit status: $(tail -n 1 out1)"
grep -q 'p5.md' err1 || fail_ "no trouble for p5.md: $(cat err1)"
"$TWINDOC" check --color=never -j 4 --tree en ko >out 2>err
test "$(grep -c 'error:' out)" -ge 12 || fail_ "too few findings: $(cat out)"

# -j takes a number from 1 to 256.
for bad in 0 -1 x 2x 257; do
  returns_ 2 "$TWINDOC" check -j "$bad" --tree en ko >out 2>err
  cat >exp <<EOT
twindoc: invalid argument '$bad' for '--jobs'
Try 'twindoc check --help' for more information.
EOT
  compare_ exp err
done

Exit
