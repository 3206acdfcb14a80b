#!/bin/sh
# check --tree -j N on the real pages of the ClickHouse set of
# ../shared/corpus: the output of every format and the exit status are
# those of -j 1, byte for byte, for several N.  The set holds en/PATH and
# ko/PATH, the pages at the same relative paths, as a Docusaurus docs/
# and i18n/ko/docusaurus-plugin-content-docs/current/ do.  Skipped when
# ../shared is not there (a build of the distribution tarball elsewhere:
# set TWINDOC_SHARED).
. "${abs_top_srcdir=.}/tests/init.sh"

c=$shared_dir/corpus/clickhouse
test -d "$c/en" && test -d "$c/ko" \
  || skip_ "$c/en and $c/ko not found: no ClickHouse pages to compare -j on"

for format in text json sarif github; do
  "$TWINDOC" check --color=never -f $format -j 1 --tree "$c/en" "$c/ko" \
    >out1 2>err1
  echo "exit $?" >>out1
  for j in 2 3 8; do
    "$TWINDOC" check --color=never -f $format -j $j --tree "$c/en" "$c/ko" \
      >out$j 2>err$j
    echo "exit $?" >>out$j
    compare_ out1 out$j || fail_ "-f $format: -j 1 and -j $j differ"
    compare_ err1 err$j || fail_ "-f $format: stderr of -j 1 and -j $j differ"
  done
  # The comparison means something: the pages have findings.
  test "$(wc -l <out1)" -ge 100 || fail_ "-f $format: $(wc -l <out1) lines"
  grep -q '^exit 1$' out1 || fail_ "-f $format: $(tail -n 1 out1)"
done

Exit
