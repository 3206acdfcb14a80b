#!/bin/sh
# --show-links: after the text findings, the address of the documentation
# of each rule found, once per rule (as ShellCheck does); off when
# standard output is not a terminal, in Korean the Korean rules page.
. "${abs_top_srcdir=.}/tests/init.sh"
LC_ALL=C; export LC_ALL; unset LANGUAGE LANG LC_MESSAGES

printf 'Run `make` and `make check`.\n\n## Setup {#setup}\n' >en.md
printf '`make`을 실행하고 `make check`을 실행하세요.\n\n## 설정. {#setup}\n' >ko.md
url=https://github.com/twindoc/twindoc/blob/main/docs
check_ () { "$TWINDOC" check --no-config --excerpt=never --color=never "$@" \
              en.md ko.md; }

# Not a terminal: no links by default, nor with =auto or =never.
returns_ 0 check_ >plain
for w in --show-links=auto --show-links=never; do
  returns_ 0 check_ "$w" >out
  compare_ plain out
done
grep -q 'For more information' plain && fail_ "links off a terminal"

# --show-links and --show-links=always: one link per rule, before the
# summary line.
cat >exp <<EOT
ko.md:1:7: warning: particle '을' does not agree with the word before it; write '를' [ko-particle]
ko.md:1:26: warning: particle '을' does not agree with the word before it; write '를' [ko-particle]
ko.md:3:6: warning: a heading does not end with a period [ko-punctuation]
For more information:
  ko-particle: $url/en/rules.md#ko-particle
  ko-punctuation: $url/en/rules.md#ko-punctuation
checked 1 page pair: 0 errors, 3 warnings
EOT
for w in --show-links --show-links=always; do
  TWINDOC_HIDE_TIME=1 returns_ 0 check_ "$w" >out
  compare_ exp out
done

# No finding, no links; other formats are unchanged.
printf '실행하세요.\n\n## 설정 {#setup}\n' >ok.md
printf 'Run it.\n\n## Setup {#setup}\n' >ok-en.md
TWINDOC_HIDE_TIME=1 returns_ 0 "$TWINDOC" check --no-config --show-links \
  ok-en.md ok.md >out
echo 'checked 1 page pair: 0 errors, 0 warnings' >exp
compare_ exp out
returns_ 0 check_ --format=json >json1
returns_ 0 check_ --format=json --show-links >json2
compare_ json1 json2

# A bad value is a usage error.
returns_ 2 check_ --show-links=yes 2>err
cat >exp <<'EOT'
twindoc: invalid argument 'yes' for '--show-links'
Valid arguments are: 'auto' 'always' 'never'
Try 'twindoc check --help' for more information.
EOT
compare_ exp err

# In Korean, the heading of the links and the Korean rules page.
: "${MSGFMT:=msgfmt}"
command -v "$MSGFMT" >/dev/null 2>&1 || Exit 0
mkdir -p loc/ko/LC_MESSAGES
"$MSGFMT" -o loc/ko/LC_MESSAGES/twindoc.mo "$abs_top_srcdir/po/ko.po" \
  || framework_failure_ "msgfmt"
LC_ALL=C.UTF-8 LANGUAGE=ko TWINDOC_LOCALEDIR=$PWD/loc TWINDOC_HIDE_TIME=1 \
  returns_ 0 check_ --show-links >out
sed -n '4,6p' out >got
cat >exp <<EOT
자세한 내용:
  ko-particle: $url/ko/rules.md#ko-particle
  ko-punctuation: $url/ko/rules.md#ko-punctuation
EOT
compare_ exp got

Exit 0
