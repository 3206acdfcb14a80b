#!/bin/sh
# po/ko.po must be valid and complete: every message translated, none fuzzy,
# and every msgid that xgettext finds in the sources (files listed in
# po/POTFILES.in, options from po/Makevars) present in ko.po.  A new _() string
# without a Korean translation fails this test.

# shellcheck source=tests/init.sh
. "${abs_top_srcdir=.}/tests/init.sh"

po=$abs_top_srcdir/po
msgfmt=${MSGFMT:-msgfmt}
for prog_ in "$msgfmt" xgettext msgcmp; do
  command -v "$prog_" >/dev/null 2>&1 || skip_ "$prog_ not found (install gettext)"
done
test -f "$po/ko.po" || framework_failure_ "$po/ko.po not found"

# 1. ko.po compiles and has no untranslated or fuzzy message.
"$msgfmt" --check --statistics -o /dev/null "$po/ko.po" 2>stats \
  || { cat stats; fail_ "msgfmt --check rejects po/ko.po"; }
cat stats
if grep -E 'fuzzy|untranslated' stats >/dev/null; then
  fail_ "po/ko.po has fuzzy or untranslated messages"
fi

# 2. A template made from the sources, with the options of po/Makevars.
opts=$(sed -n 's/^XGETTEXT_OPTIONS[[:space:]]*=[[:space:]]*//p' "$po/Makevars")
test -n "$opts" || framework_failure_ "no XGETTEXT_OPTIONS in po/Makevars"
sed -e '/^[[:space:]]*#/d' -e '/^[[:space:]]*$/d' "$po/POTFILES.in" > files \
  || framework_failure_ "cannot read po/POTFILES.in"
while read -r f_; do
  test -f "$abs_top_srcdir/$f_" || fail_ "po/POTFILES.in lists $f_, which does not exist"
done < files
test "$fail" -eq 0 || Exit 1

# The options are single words on purpose: split them.
here=$(pwd)
# shellcheck disable=SC2086
(cd "$abs_top_srcdir" && xgettext --default-domain=twindoc --force-po \
   $opts --files-from="$here/files" -o "$here/tmp.pot") \
  || framework_failure_ "xgettext failed"

# 3. Every msgid of the template must have a translation in ko.po.
msgcmp "$po/ko.po" tmp.pot 2>msgcmp.out || {
  cat msgcmp.out
  # Show each missing entry: msgcmp gives only the line of its msgstr.
  sed -n 's/^tmp\.pot:\([0-9][0-9]*\): .*/\1/p' msgcmp.out | while read -r n_; do
    awk -v n="$n_" 'NR <= n { e = ($0 == "") ? "" : e $0 "\n" }
                    NR == n { printf "\n%s", e; exit }' tmp.pot
  done
  fail_ "po/ko.po lacks msgids used in the sources (add them; see above)"
}

Exit
