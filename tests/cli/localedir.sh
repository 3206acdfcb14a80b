#!/bin/sh
# The installed catalog folder, LOCALEDIR, is in config.h, fully
# expanded, and nowhere on the compile line: a re-configure with another
# --prefix rewrites config.h, and make rebuilds main.o, which includes
# it, so no binary keeps looking for its catalog in the old prefix.
. "${abs_top_srcdir=.}/tests/init.sh"

test -n "${localedir-}" || skip_ "localedir not set (run by make check)"
h=$abs_top_builddir/config.h
test -f "$h" || skip_ "$h not found"

# 1. config.h defines LOCALEDIR as the Makefile's localedir, expanded.
printf '#define LOCALEDIR "%s"\n' "$localedir" >exp
grep '^#define LOCALEDIR ' "$h" >out
compare_ exp out

# 2. The compile line does not define it (it would not be rebuilt).
grep -n -- '-DLOCALEDIR' "$abs_top_builddir/Makefile" \
  && fail_ "Makefile passes -DLOCALEDIR"

# 3. main.o depends on config.h (automake's dependency tracking).
po=$abs_top_builddir/src/cli/$(sed -n 's/^DEPDIR = //p' "$abs_top_builddir/Makefile")/main.Po
if ! test -s "$po" || grep -q '^# dummy' "$po"; then
  echo "$po: no dependency information (first build?), step 3 not checked"
else
  grep -q 'config\.h' "$po" || fail_ "$po: main.o does not depend on config.h"
fi

# 4. The binary holds that folder.
grep -q -F -a "$localedir" "$TWINDOC" || fail_ "$TWINDOC does not hold $localedir"

Exit
