#!/bin/sh
# On a terminal: colours and the source excerpt by default; NO_COLOR turns
# colours off; never colours when the output is not a terminal.
. "${abs_top_srcdir=.}/tests/init.sh"

command -v script >/dev/null 2>&1 || skip_ "script(1) not found"
cp "$abs_top_srcdir/docs/examples/secure-kinesis.md" ex.md
esc=$(printf '\033')

# Not a terminal: plain.
"$TWINDOC" check ex.md >out
grep -q "$esc" out && fail_ "colour codes in a pipe"
grep -q ' | ' out && fail_ "excerpt in a pipe"

# A pseudo-terminal (script runs the command under one).
TERM=xterm script -qec "$TWINDOC check ex.md" /dev/null >tty.out 2>&1
grep -q "$esc\[" tty.out || fail_ "no colour on a terminal"
grep -q ' 160 | ' tty.out || fail_ "no excerpt on a terminal"
NO_COLOR=1 TERM=xterm script -qec "$TWINDOC check ex.md" /dev/null >tty2.out 2>&1
grep -q "$esc\[" tty2.out && fail_ "NO_COLOR ignored"
grep -q ' 160 | ' tty2.out || fail_ "NO_COLOR removed the excerpt"

Exit
