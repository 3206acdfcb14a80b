#!/bin/sh
# Bad input, big: 100 MB files with and without --max-bytes, a 10 MB line,
# 100,000 headings, 300,000 paragraphs, a list nested 10,000 deep and JSON
# nested 100,000 deep.  Inputs are generated, never stored.
# docs/en/bad-input.md lists every case.
. "${abs_top_srcdir=.}/tests/init.sh"
LC_ALL=C; export LC_ALL; unset LANGUAGE LANG LC_MESSAGES

# The memory bound and the timings mean nothing under valgrind or
# AddressSanitizer (which reserves terabytes of address space): these cases
# run in the plain build, which .ci/run tests first.
test -n "${TWINDOC_VALGRIND-}" && skip_ "big inputs are not run under valgrind"
grep -q __asan_init "$TWINDOC" 2>/dev/null \
  && skip_ "big inputs are not run under AddressSanitizer"

. "$abs_top_srcdir/tests/cli/bad-input-lib.sh"
limit_msg_ ()
{
  printf 'twindoc: %s: file is larger than the limit of 10485760 bytes\n' "$1"
}

printf '# Setup\n\nRun `make`.\n' >en.md

# ---- 100 MB ------------------------------------------------------------------
case_ "a 100 MB file with --max-bytes=10M"
dd if=/dev/zero of=huge.md bs=1 count=0 seek=104857600 2>/dev/null \
  || framework_failure_ "cannot make a sparse file"
run_ 2 $c --max-bytes=10M en.md huge.md
out_ </dev/null
limit_msg_ huge.md | err_
done_
rm -f huge.md

case_ "100 MB through a FIFO with --max-bytes=10M"
if mkfifo fifo.md 2>/dev/null; then
  head -c 104857600 /dev/zero >fifo.md 2>/dev/null &
  run_ 2 $c --max-bytes=10M fifo.md
  # The writer gets SIGPIPE once the program stops reading.
  wait
  out_ </dev/null
  limit_msg_ fifo.md | err_
  done_
  rm -f fifo.md
else
  echo "SKIP: mkfifo failed"
fi

case_ "a 100 MB file without --max-bytes (memory bound: 2 GiB)"
{
  printf '# Big\n\n'
  yes 'Some plain English text in a paragraph.' | head -n 1300000
  printf 'The end: `a`.\n\n---\n\n# 큰 파일\n\n'
  yes '문단에 있는 평범한 한국어 문장입니다.' | head -n 950000
  printf '끝: `b`.\n'
} >big.md
tm=
test -x /usr/bin/time && tm='/usr/bin/time -v -o rss.log'
snap_ >.snap.before
# shellcheck disable=SC2086
(ulimit -v 2097152 && exec $to $tm "$TWINDOC" $c big.md) >out 2>err
st=$?
test $st -eq 1 || fail_ "case $ncase: $cname: exit status $st, expected 1"
test -n "$tm" && grep 'Maximum resident' rss.log
out_ <<'EOT'
big.md:2250009:5: error: inline code `b` differs from the English `a` [inline-code]
big.md:1300003:11: note: the English counterpart: "a`."
checked 1 page pair: 1 error, 0 warnings
EOT
err_ </dev/null
done_ rss.log
rm -f big.md rss.log

# ---- long, many, deep ------------------------------------------------------------
case_ "one line of 10 MB"
{ printf '# Long\n\n'; yes 'word ' | head -n 2000000 | tr -d '\n'
  printf '`end`\n'; } >long.en.md
{ printf '# 긴 줄\n\n'; yes '낱말 ' | head -n 1500000 | tr -d '\n'
  printf '`edn`\n'; } >long.ko.md
run_ 1 $c long.en.md long.ko.md
out_ <<'EOT'
long.ko.md:3:4500002: error: inline code `edn` differs from the English `end` [inline-code]
long.en.md:3:10000002: note: the English counterpart: "end`"
checked 1 page pair: 1 error, 0 warnings
EOT
err_ </dev/null
done_
rm -f long.en.md long.ko.md

case_ "100,000 headings against 99,999"
printf '## Step %s\n\n' $(seq 1 100000) >h.en.md
printf '## 단계 %s\n\n' $(seq 1 49999) $(seq 50001 100000) >h.ko.md
run_ 1 $c h.en.md h.ko.md
out_ <<'EOT'
h.ko.md:99999:1: error: heading missing in the Korean text: "Step 50000" [structure]
h.en.md:99999:1: note: the English counterpart: "## Step 50000"
checked 1 page pair: 1 error, 0 warnings
EOT
err_ </dev/null
done_
rm -f h.en.md h.ko.md

case_ "300,000 paragraphs in each language (must end within the timeout)"
yes 'Some plain English text in a paragraph.
' | head -n 600000 >p.en.md
yes '문단에 있는 평범한 한국어 문장입니다.
' | head -n 600000 >p.ko.md
run_ 0 $c p.en.md p.ko.md
echo 'checked 1 page pair: 0 errors, 0 warnings' | out_
err_ </dev/null
done_
rm -f p.en.md p.ko.md

case_ "a list nested 10,000 deep"
{ printf '# List\n\n'; printf -- '- %.0s' $(seq 1 10000); printf 'item `a`\n'; } >l.en.md
{ printf '# 목록\n\n'; printf -- '- %.0s' $(seq 1 10000); printf '항목 `b`\n'; } >l.ko.md
run_ 1 $c l.en.md l.ko.md
out_ <<'EOT'
l.ko.md:3:20005: error: inline code `b` differs from the English `a` [inline-code]
l.en.md:3:20007: note: the English counterpart: "a`"
checked 1 page pair: 1 error, 0 warnings
EOT
err_ </dev/null
done_

case_ "JSON nested 100,000 deep"
{ printf '# Policy\n\n```json\n'; printf '[%.0s' $(seq 1 100000)
  printf ']%.0s' $(seq 1 100000); printf '\n```\n'; } >j.en.md
{ printf '# 정책\n\n```json\n'; printf '[%.0s' $(seq 1 100000)
  printf ']%.0s' $(seq 1 100000); printf '\n```\n'; } >j.ko.md
# Source findings (the Korean block repeats the English one): warnings.
run_ 0 $c j.en.md j.ko.md
out_ <<'EOT'
j.en.md:4:1001: warning: this JSON code block nests deeper than 1000 levels, more than twindoc reads [json-syntax]
j.ko.md:4:1001: warning: this JSON code block nests deeper than 1000 levels, more than twindoc reads [json-syntax]
checked 1 page pair: 0 errors, 2 warnings
EOT
err_ </dev/null
done_

printf '%d cases\n' "$ncase"
Exit
