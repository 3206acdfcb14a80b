#!/bin/sh
# tools/check-layers.sh [SRCDIR]: checks that the source folders of twindoc
# are layered and that no modules include each other in a cycle.
#
# The layers, from the bottom (docs/CONTRIBUTING.md explains them):
#
#   0  util                        memory, buffers, UTF-8, atomic writes
#   1  doc  report                 source, front matter, the document
#                                  model; findings as data
#   2  korean  policy  align       engines over documents
#   3  page                        one page loaded; render's engine
#   4  rules                       rule and checker tables, checkers, the
#                                  check pipeline, configuration
#   5  format  po                  the output formats, PO catalogs
#   6  cli                         main and the commands
#
# A file may include headers of its own folder and of folders in lower
# layers, never of a folder in its own layer or above.  A module is the
# files whose names share the part before the first '_' (doc.c, doc.h,
# doc_inline.c and doc_build.h are the module doc); the modules of each
# folder must include each other without a cycle.
# Prints each violation as FILE:LINE: message and exits 1 if any.

src=${1:-src}
test -d "$src" || { echo "check-layers: $src: no such folder" >&2; exit 2; }

status=0
# Layering.
for f in "$src"/*/*.[ch]; do
  dir=$(basename "$(dirname "$f")")
  awk -v file="$f" -v dir="$dir" '
    BEGIN {
      n = split("util:0 doc:1 report:1 korean:2 policy:2 align:2 page:3 rules:4 format:5 po:5 cli:6", a, " ")
      for (i = 1; i <= n; i++) { split(a[i], p, ":"); level[p[1]] = p[2] }
      if (!(dir in level)) { printf "%s:1: folder %s is in no layer\n", file, dir; bad = 1 }
    }
    /^#include "/ {
      h = $2; gsub(/"/, "", h)
      if (h !~ /\//) { printf "%s:%d: include \"%s\" without its folder\n", file, FNR, h; bad = 1; next }
      split(h, q, "/"); to = q[1]
      if (!(to in level)) { printf "%s:%d: %s is in no layer\n", file, FNR, to; bad = 1; next }
      if (to != dir && level[to] >= level[dir]) {
        printf "%s:%d: %s (layer %d) includes %s (layer %d): includes go down the layers only\n", file, FNR, dir, level[dir], h, level[to]
        bad = 1
      }
    }
    END { exit bad }' "$f" || status=1
done

# Cycles between modules: edges "module included-module" for tsort.
edges=$(for f in "$src"/*/*.[ch]; do
  dir=$(basename "$(dirname "$f")")
  base=$(basename "$f"); mod=$dir/${base%%[._]*}
  sed -n 's/^#include "\([a-z]*\)\/\([a-z0-9_]*\)\.h".*/\1\/\2/p' "$f" |
    while read -r h; do
      to=$(dirname "$h")/$(basename "$h" | sed 's/_.*//')
      test "$to" = "$mod" || echo "$mod $to"
    done
done)
if ! printf '%s\n' "$edges" | tsort >/dev/null 2>"${TMPDIR:-/tmp}/check-layers.$$"; then
  echo "check-layers: modules include each other in a cycle:"
  grep -v '^tsort: -: input contains a loop:$' "${TMPDIR:-/tmp}/check-layers.$$" | sed 's/^tsort: /  /'
  status=1
fi
rm -f "${TMPDIR:-/tmp}/check-layers.$$"
exit $status
