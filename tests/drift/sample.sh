#!/bin/sh
# tests/drift/drift, the English-drift evaluation, on two pairs of each set
# of ../shared/corpus (read in place): it must run and print its table.
# Its numbers are not checked here; `make drift` prints them for the whole
# corpus.
. "${abs_top_srcdir=.}/tests/init.sh"
require_shared_

drift=$abs_top_builddir/tests/drift/drift
test -x "$drift" || framework_failure_ "$drift is not built"

"$drift" -n 2 "$shared_dir/corpus" >out 2>err
st=$?
test $st -eq 0 || fail_ "drift: exit status $st: $(head -n 3 err)"
test -s err && fail_ "drift: stderr: $(head -n 3 err)"
grep '^class  *set  *edits  *detected  *clean  *once  *gone$' out >/dev/null \
  || fail_ "drift: no table"
for class in insert-paragraph append-sentence delete-paragraph renest-list \
             swap-sections; do
  grep "^$class  *total  *[0-9]" out >/dev/null \
    || fail_ "drift: no total row for $class"
done
test $fail -eq 0 || cat out >&2

Exit
