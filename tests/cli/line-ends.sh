#!/bin/sh
# CRLF and lone CR line ends give the same findings, at the same lines and
# columns, as LF.
. "${abs_top_srcdir=.}/tests/init.sh"

cp "$abs_top_srcdir/docs/examples/secure-kinesis.md" lf.md
sed 's/$/\r/' lf.md >crlf.md
tr '\n' '\r' <lf.md >cr.md
for f in lf crlf cr; do
  returns_ 0 "$TWINDOC" check --color=never --excerpt=never $f.md >$f.out
  sed "s/^$f\.md:/FILE:/" $f.out >$f.norm
done
compare_ lf.norm crlf.norm
compare_ lf.norm cr.norm
grep -q '^FILE:160:105: warning:' lf.norm || fail_ "the finding moved"

Exit
