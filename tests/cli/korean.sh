#!/bin/sh
# The interface speaks Korean: LANGUAGE=ko with the catalog compiled from
# po/ko.po into a temporary folder (no system locale or install needed;
# C.UTF-8 is always present on glibc systems).
. "${abs_top_srcdir=.}/tests/init.sh"

: "${MSGFMT:=msgfmt}"
command -v "$MSGFMT" >/dev/null 2>&1 || skip_ "msgfmt not found"
mkdir -p loc/ko/LC_MESSAGES
"$MSGFMT" -o loc/ko/LC_MESSAGES/twindoc.mo "$abs_top_srcdir/po/ko.po" \
  || framework_failure_ "msgfmt"
ko_ () { LC_ALL=C.UTF-8 LANGUAGE=ko TWINDOC_LOCALEDIR=$PWD/loc "$@"; }

# Usage errors and --help.
ko_ "$TWINDOC" check 2>err
head -n 1 err | LC_ALL=C grep -q '^twindoc: .*[가-힣]' || fail_ "Korean usage error"
ko_ "$TWINDOC" --help >out
grep -q '^  check  ' out || fail_ "command names stay English"
LC_ALL=C grep -c '[가-힣]' out >n && test "$(cat n)" -ge 5 || fail_ "Korean --help"
ko_ "$TWINDOC" check --help >out
grep -q -- '--fail-on=' out || fail_ "option names stay English"
LC_ALL=C grep -q '[가-힣]' out || fail_ "Korean check --help"

# Diagnostics: messages in Korean, rule ids and severities in English.
cp "$abs_top_srcdir/docs/examples/secure-kinesis.md" ex.md
ko_ "$TWINDOC" check --color=never --excerpt=never ex.md >out
grep '^ex.md:160:105:' out | LC_ALL=C grep -q '^ex.md:160:105: warning: .*[가-힣].* \[emphasis\]$' \
  || { cat out >&9; fail_ "Korean diagnostic"; }

# Rules list: ids untranslated, summaries translated.
ko_ "$TWINDOC" rules >out
grep -q '^structure ' out || fail_ "rule ids stay English"
LC_ALL=C grep -q '[가-힣]' out || fail_ "Korean rule summaries"

# Uninstalled, in the C locale, without TWINDOC_LOCALEDIR: the build
# tree's catalog (locale/ beside src/) and LANGUAGE=ko are enough.
# (Not under valgrind: the program then cannot see where it runs from.)
if test -f "$abs_top_builddir/locale/ko/LC_MESSAGES/twindoc.mo" \
   && test -z "${TWINDOC_REAL-}"; then
  env -i PATH="$PATH" LANGUAGE=ko "$TWINDOC" --help >out
  LC_ALL=C grep -q '^사용법: twindoc' out || fail_ "LANGUAGE=ko in the C locale"
  env -i PATH="$PATH" LANGUAGE=ko "$TWINDOC" --version >out
  LC_ALL=C grep -q '라이선스 MIT' out || fail_ "Korean --version"
  env -i PATH="$PATH" LANGUAGE=ko "$TWINDOC" render ex.md --help >out
  LC_ALL=C grep -q -- '--set REGION=값 *AWS 지역 (예: us-east-1)$' out \
    || { cat out >&9; fail_ "Korean render --help"; }
fi

# A Korean LC_MESSAGES (a ko_KR.UTF-8 locale built into a temporary
# LOCPATH, no system change) gives Korean as well.
if command -v localedef >/dev/null 2>&1 \
   && test -f /usr/share/i18n/locales/ko_KR; then
  mkdir -p locales
  if localedef -i ko_KR -f UTF-8 locales/ko_KR.UTF-8 >/dev/null 2>&1; then
    LOCPATH=$PWD/locales LC_ALL=ko_KR.UTF-8 TWINDOC_LOCALEDIR=$PWD/loc \
      "$TWINDOC" check --help >out
    LC_ALL=C grep -q '^사용법: twindoc check' out \
      || fail_ "Korean LC_MESSAGES"
  fi
fi

Exit
