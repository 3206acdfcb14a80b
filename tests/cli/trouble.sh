#!/bin/sh
# Trouble: exit 2 and "twindoc: PATH: reason" on stderr, nothing on stdout.
. "${abs_top_srcdir=.}/tests/init.sh"

check_trouble_ ()
{
  # check_trouble_ EXPECTED-MESSAGE ARGS...
  msg_=$1; shift
  returns_ 2 "$TWINDOC" check "$@" >out 2>err
  printf '%s\n' "$msg_" >exp
  compare_ exp err
  test -s out && fail_ "stdout not empty for: $*"
}

check_trouble_ "twindoc: nope.md: No such file or directory" nope.md
mkdir dir
check_trouble_ "twindoc: dir: Is a directory" dir
printf 'Only English.\n\n---\n\nMore English.\n' >english.md
check_trouble_ "twindoc: english.md: no Korean part found: a bilingual file needs a '---' line followed by the Korean text" english.md
printf '\377\376#\000 \000' >utf16.md
check_trouble_ "twindoc: utf16.md: UTF-16 input is not supported; convert the file to UTF-8" utf16.md
printf 'x%.0s' $(seq 1 2000) >big.md
check_trouble_ "twindoc: big.md: file is larger than the limit of 1024 bytes" --max-bytes=1K big.md
if test "$(id -u)" -ne 0; then
  printf 'x\n' >secret.md; chmod 000 secret.md
  check_trouble_ "twindoc: secret.md: Permission denied" secret.md
fi

# A FIFO is read like a file.
if mkfifo fifo.md 2>/dev/null; then
  cp "$abs_top_srcdir/docs/examples/secure-kinesis.md" ex.md
  cat ex.md >fifo.md &
  returns_ 0 "$TWINDOC" check --color=never fifo.md >out
  wait
  grep -q '^fifo.md:160:105: warning:' out || fail_ "FIFO input"
fi

# The same file as the English page and as its translation: by name,
# through a hard or a symbolic link, or standard input twice; --fix
# writes nothing then.
printf '# Backups\n\nBackups run every night.\n' >same.md
ln same.md same-hard.md && ln -s same.md same-sym.md || framework_failure_
check_trouble_ "twindoc: the English file 'same.md' and the Korean file 'same.md' are the same file; a check needs two different files" \
  same.md same.md
check_trouble_ "twindoc: the English file 'same.md' and the Korean file 'same-hard.md' are the same file; a check needs two different files" \
  same.md same-hard.md
check_trouble_ "twindoc: the English file 'same-sym.md' and the Korean file './same.md' are the same file; a check needs two different files" \
  --fix same-sym.md ./same.md
check_trouble_ "twindoc: the English file 'same.md' and the Korean file 'standard input' are the same file; a check needs two different files" \
  same.md - <same.md
check_trouble_ "twindoc: the English file 'standard input' and the Korean file 'standard input' are the same file; a check needs two different files" \
  - - </dev/null
# A copy is another file.
cp same.md copy.md || framework_failure_
"$TWINDOC" check same.md copy.md >out 2>err
test $? -lt 2 || fail_ "a copy is trouble"
compare_ /dev/null err

Exit
