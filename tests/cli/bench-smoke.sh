#!/bin/sh
# The benchmark script (bench/run.sh, `make bench`) on a tiny tree built
# from ../shared/corpus: it must run and print its tables, with the
# external tools left out.  Its figures are not checked: tests never
# assert on timings.  Without the corpus it is trouble (exit 2).
. "${abs_top_srcdir=.}/tests/init.sh"

floor=$abs_top_builddir/bench/floor
test -x "$floor" || framework_failure_ "$floor is not built"

TWINDOC_SHARED=/nonexistent FLOOR=$floor sh "$abs_top_srcdir/bench/run.sh" >out 2>err
st=$?
test $st -eq 2 || fail_ "no corpus: exit status $st, expected 2"
grep '^bench: /nonexistent/corpus: no such folder' err >/dev/null \
  || fail_ "no corpus: $(cat err)"

require_shared_
BENCH_PAIRS=8 BENCH_RUNS=1 BENCH_LARGE=20000 BENCH_EXTERNAL=0 \
  TWINDOC_SHARED=$shared_dir FLOOR=$floor \
  sh "$abs_top_srcdir/bench/run.sh" >out 2>err
st=$?
test $st -eq 0 || fail_ "bench: exit status $st: $(head -n 5 err)"
for row in '^8 page pairs (' '^| command | wall time | CPU time | × floor (CPU) | × floor (wall) | peak memory |$' \
           '^| parse floor (libcmark) | ' '^| `twindoc check --tree -j1` | ' \
           '^| `twindoc po --tree` | ' \
           '^| po4a-gettextize + pofilter (extrapolated) | not installed |' \
           '^| markdownlint-cli2 | not installed |' \
           '^| time, 8 pairs / 2 pairs (`-j1`) | ' \
           '^| large pair of 0.02 MB: time × its floor | '; do
  grep "$row" out >/dev/null || fail_ "bench: no line matching $row"
done
test $fail -eq 0 || cat out err >&2

Exit
