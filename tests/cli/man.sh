#!/bin/sh
# The manual pages, generated from the program's own help in English and
# Korean, list every command, option and rule, and render without a
# warning (groff -ww) and with man -l.
. "${abs_top_srcdir=.}/tests/init.sh"

en=$abs_top_builddir/man/twindoc.1
ko=$abs_top_builddir/man/ko/twindoc.1
test -f "$en" && test -f "$ko" || framework_failure_ "man pages not built"
command -v groff >/dev/null 2>&1 || skip_ "groff not found"

for page in "$en" "$ko"; do
  LC_ALL=C.UTF-8 groff -ww -Kutf8 -man -Tutf8 "$page" >out 2>err \
    || fail_ "groff failed on $page"
  test -s err && { cat err >&9; fail_ "groff warnings on $page"; }
  # Every command, every option and every rule id appears (in the source,
  # whose hyphens are escaped; rendered text has bold overstrikes).
  sed -e 's/\\-/-/g' -e 's/\\f[BRI]//g' "$page" >out
  for cmd in check rules status po pot apply; do
    grep -q "twindoc $cmd" out || fail_ "$page: no section for $cmd"
  done
  "$TWINDOC" check --help | grep -o -- '--[a-z][a-z-]*' | sort -u >opts
  while read -r o; do
    grep -q -- "$o" out || fail_ "$page: option $o missing"
  done <opts
  "$TWINDOC" rules | awk '{print $1}' >ids
  while read -r id; do
    grep -q "$id" out || fail_ "$page: rule $id missing"
  done <ids
done
grep -q '종료 상태' "$ko" || fail_ "the Korean page is not Korean"

# FILES, ENVIRONMENT, EXIT STATUS, EXAMPLES and SEE ALSO, in both.
for sec in FILES ENVIRONMENT 'EXIT STATUS' EXAMPLES 'SEE ALSO'; do
  grep -q "^\.SH $sec\$" "$en" || fail_ "$en: no $sec section"
done
for sec in 파일 '환경 변수' '종료 상태' 예제 '참고 항목'; do
  grep -q "^\.SH $sec\$" "$ko" || fail_ "$ko: no $sec section"
done
for page in "$en" "$ko"; do
  sed -e 's/\\-/-/g' "$page" >src
  for word in .twindoc.json twindoc.lock LANGUAGE LC_ALL NO_COLOR \
              TWINDOC_LOCALEDIR --write-baseline --baseline= 'twindoc render' \
              /share/doc/twindoc/; do
    grep -q -F -- "$word" src || fail_ "$page: $word not mentioned"
  done
  # The date of the page is a real one, not the epoch.
  date=$(sed -n 's/^\.TH TWINDOC 1 "\([0-9-]*\)".*/\1/p' "$page")
  case $date in
    ''|1970-*) fail_ "$page: date '$date'" ;;
  esac
done
if command -v man >/dev/null 2>&1; then
  for page in "$en" "$ko"; do
    LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$page" >out 2>err || fail_ "man -l $page"
    test -s err && { cat err >&9; fail_ "man -l warnings on $page"; }
  done
fi

Exit
