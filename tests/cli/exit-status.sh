#!/bin/sh
# Exit status follows --fail-on: 0 clean, 1 findings, 2 trouble.
. "${abs_top_srcdir=.}/tests/init.sh"

cat >en.md <<'EOT'
# Setup {#setup}

Run `make` now.
EOT
cat >ko.md <<'EOT'
# 설정 {#setup}

지금 `make`를 실행합니다.
EOT
returns_ 0 "$TWINDOC" check en.md ko.md >out
compare_clean_ 1 out

cat >ko.md <<'EOT'
# 설정 {#set-up}

지금 `make`를 실행합니다.
EOT
returns_ 1 "$TWINDOC" check en.md ko.md >out
returns_ 0 "$TWINDOC" check --fail-on=none en.md ko.md >out
returns_ 0 "$TWINDOC" check --severity=anchor=warning en.md ko.md >out
grep -q 'warning: anchor' out || fail_ "severity override applies"
returns_ 1 "$TWINDOC" check --severity=anchor=warning --fail-on=warning \
  en.md ko.md >out
returns_ 0 "$TWINDOC" check --severity=anchor=off en.md ko.md >out
compare_clean_ 1 out
returns_ 2 "$TWINDOC" check en.md missing.md 2>err
printf 'twindoc: missing.md: No such file or directory\n' >exp
compare_ exp err

Exit
