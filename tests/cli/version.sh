#!/bin/sh
# --version prints the GNU version block.
. "${abs_top_srcdir=.}/tests/init.sh"

returns_ 0 "$TWINDOC" --version >out
head -n 1 out | grep -q '^twindoc [0-9][0-9.]*$' || fail_ "first line"
grep -q '^Copyright (C) 2026 The twindoc authors\.$' out || fail_ "copyright"
grep -q '^License MIT' out || fail_ "licence"
grep -q 'NO WARRANTY' out || fail_ "warranty"

Exit
