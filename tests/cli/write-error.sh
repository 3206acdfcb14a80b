#!/bin/sh
# A full disk on standard output is an error (exit 2), not silence.
. "${abs_top_srcdir=.}/tests/init.sh"

test -w /dev/full || skip_ "/dev/full is not available"
cp "$abs_top_srcdir/docs/examples/secure-kinesis.md" ex.md

returns_ 2 "$TWINDOC" check ex.md >/dev/full 2>err
grep -q '^twindoc: write error: No space left on device$' err || fail_ "check"
returns_ 2 "$TWINDOC" --help >/dev/full 2>err
grep -q '^twindoc: write error' err || fail_ "--help"
returns_ 2 "$TWINDOC" rules --format=json >/dev/full 2>err
grep -q '^twindoc: write error' err || fail_ "rules"

Exit
