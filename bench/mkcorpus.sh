#!/bin/sh
# bench/mkcorpus.sh CORPUS_DIR OUT_DIR PAIRS [LARGE_BYTES...]: builds the
# benchmark's input from the shared corpora, deterministically.
#
# The pairs of every set of CORPUS_DIR (SET/en/PATH and SET/ko/PATH), in
# sorted order, are copied round-robin into a Docusaurus tree of PAIRS
# page pairs: OUT_DIR/docs/pNNNNN/NAME and
# OUT_DIR/i18n/ko/docusaurus-plugin-content-docs/current/pNNNNN/NAME.
# Each copy ends with one paragraph of its own ("Variant N of this
# page." and its Korean), so that no two pages are the same text.  For
# each LARGE_BYTES, OUT_DIR/large-SIZE/en.md and ko.md hold the pairs
# concatenated in the same order until the English reaches that size.
# The copies stay in OUT_DIR: the corpora's licences allow reading them
# in place, not shipping them (see their NOTICE files).
set -e
test $# -ge 3 || { echo "usage: mkcorpus.sh CORPUS_DIR OUT_DIR PAIRS [LARGE_BYTES...]" >&2; exit 2; }
corpus=$1 out=$2 pairs=$3
shift 3
test -d "$corpus" || { echo "mkcorpus.sh: $corpus: no such folder" >&2; exit 2; }
mkdir -p "$out"
list=$out/pairs.list
LC_ALL=C; export LC_ALL
for set in "$corpus"/*/; do
  test -d "$set/en" && test -d "$set/ko" || continue
  (cd "$set/en" && find . -type f \( -name '*.md' -o -name '*.mdx' \) | sort) |
    while read -r p; do
      test -f "$set/ko/$p" && printf '%s\t%s\n' "$set/en/$p" "$set/ko/$p"
    done
done > "$list"
n=$(wc -l < "$list")
test "$n" -gt 0 || { echo "mkcorpus.sh: no page pairs in $corpus" >&2; exit 2; }

en=$out/docs ko=$out/i18n/ko/docusaurus-plugin-content-docs/current
rm -rf "$en" "$ko"
mkdir -p "$en" "$ko"
awk -F '\t' -v pairs="$pairs" -v n="$n" -v en="$en" -v ko="$ko" '
  { src_en[NR - 1] = $1; src_ko[NR - 1] = $2 }
  END {
    for (i = 0; i < pairs; i++) {
      k = i % n
      name = src_en[k]; sub(/.*\//, "", name)
      dir = sprintf("p%05d", i)
      printf "%s\t%s\t%s/%s/%s\t%s/%s/%s\t%d\n", src_en[k], src_ko[k], en, dir, name, ko, dir, name, i
    }
  }' "$list" |
  while IFS='	' read -r se sk de dk i; do
    mkdir -p "${de%/*}" "${dk%/*}"
    { cat "$se"; printf '\nVariant %d of this page.\n' "$i"; } > "$de"
    { cat "$sk"; printf '\n이 페이지의 변형 %d입니다.\n' "$i"; } > "$dk"
  done

# The large pairs: the pages' bodies (without front matter) in the order
# of the list, again from the top when it runs out.
for size in "$@"; do
  d=$out/large-$size
  mkdir -p "$d"
  awk -F '\t' -v size="$size" -v den="$d/en.md" -v dko="$d/ko.md" '
    function body(file, dest,   line, fm, first, n) {
      n = 0; first = 1; fm = 0
      while ((getline line < file) > 0) {
        if (first && line == "---") { fm = 1; first = 0; continue }
        first = 0
        if (fm) { if (line == "---") fm = 0; continue }
        print line > dest
        n += length(line) + 1
      }
      close(file)
      print "" > dest
      return n + 1
    }
    { e[NR] = $1; k[NR] = $2 }
    END {
      printf "" > den; printf "" > dko
      for (bytes = 0; bytes < size; ) {
        for (i = 1; i <= NR && bytes < size; i++) {
          bytes += body(e[i], den)
          body(k[i], dko)
        }
      }
    }' "$list"
done
