#!/bin/sh
# tests/po/roundtrip, the PO round trip (po, then apply), on three pairs of
# each set of ../shared/corpus (read in place): it must run, every catalog
# must read back, and most Korean segments must come back.  `make
# po-roundtrip` prints the numbers for the whole corpus.
. "${abs_top_srcdir=.}/tests/init.sh"
require_shared_

rt=$abs_top_builddir/tests/po/roundtrip
test -x "$rt" || framework_failure_ "$rt is not built"

"$rt" -n 3 "$shared_dir/corpus" >out 2>err
st=$?
test $st -eq 0 || fail_ "roundtrip: exit status $st: $(head -n 3 err)"
test -s err && fail_ "roundtrip: stderr: $(head -n 3 err)"
grep '^set  *pairs  *segments  *kept  *kept%  *extra  *guess  *broken  *other  *clean  *worse$' out \
  >/dev/null || fail_ "roundtrip: no table"
# The total row: every Korean segment kept (100% since the Korean-only
# text, the added admonition titles and the translations that lost inline
# code are kept; see docs/en/po-round-trip.md).
pct=$(sed -n 's/^total  *[0-9]*  *[0-9]*  *[0-9]*  *\([0-9]*\)\.[0-9]%.*/\1/p' out)
test -n "$pct" || fail_ "roundtrip: no total row"
test "${pct:-0}" -ge 100 || fail_ "roundtrip: only $pct% of the Korean segments kept"
test $fail -eq 0 || cat out >&2

Exit
