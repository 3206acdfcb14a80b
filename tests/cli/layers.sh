#!/bin/sh
# The source folders are layered and their modules include each other
# without a cycle (tools/check-layers.sh); the checker itself catches an
# include that goes up, one that stays in its layer, a header named
# without its folder and a cycle.
. "${abs_top_srcdir=.}/tests/init.sh"

check=$abs_top_srcdir/tools/check-layers.sh
sh "$check" "$abs_top_srcdir/src" >out 2>&1 || { fail_ "layers:"; cat out >&2; }

# The checker on a copy, with one defect at a time.
try_ ()
{
  rm -rf s && cp -R "$abs_top_srcdir/src" s && find s -name '*.o' -delete
  printf '%s\n' "$2" >>"s/$1"
  if sh "$check" s >out 2>&1; then
    fail_ "not caught: '$2' in $1"
  elif ! grep -q "$3" out; then
    fail_ "'$2' in $1: expected '$3' in:"; cat out >&2
  fi
}
try_ doc/doc.c '#include "rules/config_file.h"' 'includes go down the layers only'
try_ korean/korean.c '#include "policy/iam.h"' 'includes go down the layers only'
try_ util/buf.c '#include "xalloc.h"' 'without its folder'
try_ rules/options.c '#include "rules/check.h"' 'cycle'

Exit
