#!/bin/sh
# --format=sarif: the bundled example (under relative, '../', absolute and
# percent-encoded names) and every pair of ../shared/corpus must give SARIF
# 2.1.0 logs that Microsoft's SARIF validator accepts without an error, with
# one result per finding.  The validator is $SARIF_MULTITOOL, else
# Sarif.Multitool on PATH, else the one npm installs in node_modules; without
# it only the structure is checked.
. "${abs_top_srcdir=.}/tests/init.sh"

mt=${SARIF_MULTITOOL-}
if test -z "$mt"; then
  mt=$(command -v Sarif.Multitool 2>/dev/null) \
    || mt=$abs_top_srcdir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
fi
test -x "$mt" || mt=
test -n "$mt" \
  || printf 'note: SARIF validator not found; structural checks only\n' >&9

mkdir logs || framework_failure_
n=0

# sarif_ NAME [DIR] FILE...: run check --format=sarif on FILE... (in DIR
# when it is not "."), save the log as logs/NAME.sarif, and check that the
# run succeeded and that the log has the SARIF keys and one result per
# finding of the JSON format.
sarif_ ()
{
  name_=$1 dir_=$2; shift 2
  n=$((n + 1))
  (cd "$dir_" && "$TWINDOC" check --format=sarif "$@") >"logs/$name_.sarif" 2>err
  st_=$?
  test $st_ -le 1 || fail_ "$name_: exit status $st_: $(cat err)"
  test -s err && fail_ "$name_: stderr: $(head -n 3 err)"
  for key_ in '"$schema":	"https://json.schemastore.org/sarif-2.1.0.json"' \
      '"version":	"2.1.0"' '"name":	"twindoc"' '"results":	[' \
      '"columnKind":	"unicodeCodePoints"' '"SRCROOT":	{'; do
    grep -F "$key_" "logs/$name_.sarif" >/dev/null \
      || fail_ "$name_: no $key_ in the log"
  done
  (cd "$dir_" && "$TWINDOC" check --format=json "$@") >json 2>/dev/null
  want_=$(grep -c '^			"rule":' json)
  got_=$(grep -c '"ruleIndex":' "logs/$name_.sarif")
  test "$want_" -eq "$got_" \
    || fail_ "$name_: $got_ results for $want_ findings"
}

ex=$abs_top_srcdir/docs/examples/secure-kinesis.md
mkdir ex ex/sub || framework_failure_
cp "$ex" ex/secure-kinesis.md || framework_failure_
cp "$ex" 'ex/a b#1%?한.md' || framework_failure_
sarif_ example ex secure-kinesis.md
sarif_ example-up ex/sub ../secure-kinesis.md
sarif_ example-abs ex "$PWD/ex/secure-kinesis.md"
sarif_ example-encoded ex 'a b#1%?한.md'

# The URIs.
grep -F '"uri":	"secure-kinesis.md",' logs/example.sarif >/dev/null \
  || fail_ "example: no relative URI"
grep -F '"uri":	"../secure-kinesis.md",' logs/example-up.sarif >/dev/null \
  || fail_ "example-up: no '../' URI"
grep -F "\"uri\":	\"file://$PWD/ex/secure-kinesis.md\"" \
  logs/example-abs.sarif >/dev/null || fail_ "example-abs: no file: URI"
grep -F '"uri":	"a%20b%231%25%3F%ED%95%9C.md",' \
  logs/example-encoded.sarif >/dev/null || fail_ "example-encoded: bad URI"

if test -d "$shared_dir/corpus"; then
  for set in clickhouse astro; do
    root=$shared_dir/corpus/$set
    test -d "$root/ko" || continue
    (cd "$root/ko" && find . -type f \( -name '*.md' -o -name '*.mdx' \) \
       | sed 's|^\./||' | sort) >list
    while read -r rel; do
      test -f "$root/en/$rel" || continue
      sarif_ "$set-$(printf '%s' "$rel" | tr / _)" "$root" "en/$rel" "ko/$rel"
    done <list
  done
  test $n -ge 64 || fail_ "only $n logs with the corpus"
else
  printf 'note: %s not found; corpus skipped\n' "$shared_dir" >&9
fi

if test -n "$mt"; then
  # One run over all the logs.  The validator exits with 0 even when it
  # finds errors; they are the results with "level": "error" of its own
  # log (its rules' defaultConfiguration carries the same key, one line
  # after "defaultConfiguration").
  "$mt" validate "$PWD"/logs/*.sarif --output "$PWD/validate.sarif" \
    >validate.out 2>&1
  st=$?
  if test $st -ne 0 || ! test -s validate.sarif; then
    fail_ "validator: exit status $st"
    cat validate.out >&9
  else
    errors=$(awk '/"level": "error"/ && prev !~ /"defaultConfiguration"/ { n++ }
                  { prev = $0 } END { print n + 0 }' validate.sarif)
    if test "$errors" -ne 0 || grep ': error ' validate.out >/dev/null; then
      fail_ "validator: $errors errors"
      grep ': error ' validate.out >&9
    fi
    warnings=$(grep -c ': warning ' validate.out)
    test "$warnings" -eq 0 || grep ': warning ' validate.out >&9
  fi
fi

Exit
