#!/bin/sh
# twindoc po and apply with Korean text the English does not have: a
# title added to an admonition that has none in English (in the syntax of
# Docusaurus, Starlight, VitePress and MkDocs), and Korean paragraphs
# without an English counterpart, kept in the translation of the
# paragraph next to them (a Korean table as one paragraph).  The round trip gives the Korean page back.
. "${abs_top_srcdir=.}/tests/init.sh"
LC_ALL=C; export LC_ALL; unset LANGUAGE LANG LC_MESSAGES

cat >en.md <<'EOT'
# Setup

Install the tool.

:::note
Back up first.
:::

:::tip
Keep it short.
:::

Run it.
EOT
cat >ko.md <<'EOT'
# 설정

머리말 단락입니다.

도구를 설치합니다.

이 단락은 영어에 없습니다.

:::note[참고]
먼저 백업하세요.
:::

:::tip
짧게 유지하세요.
:::

실행합니다.
EOT

# The Korean-only paragraphs: reported in the order of the Korean page,
# kept in the entry of the paragraph next to them (the one before, else
# the one after), with a comment that says so; po goes on, exit 0.
returns_ 0 "$TWINDOC" po en.md ko.md -o ko.po 2>err
cat >exp <<'EOT'
ko.md:3: warning: Korean text without an English counterpart, kept as a paragraph of the entry next to it: 머리말 단락입니다.
ko.md:7: warning: Korean text without an English counterpart, kept as a paragraph of the entry next to it: 이 단락은 영어에 없습니다.
EOT
compare_ exp err
sed -n '/^#: en.md:3 /,/^$/p' ko.po >got
cat >exp <<'EOT'
#: en.md:3 ko.md:5
msgid "Install the tool."
msgstr ""
"머리말 단락입니다.\n"
"\n"
"도구를 설치합니다.\n"
"\n"
"이 단락은 영어에 없습니다."

EOT
compare_ exp got
grep -F -x '#. Korean text without an English counterpart kept before the translation: ko.md:3' \
  ko.po >/dev/null || fail_ "no comment for the paragraph kept before"

# An admonition without a title: an entry whose msgid is its type; the
# Korean title is its translation, not fuzzy.  Without a title on either
# side, the entry is empty and nothing is reported.
sed -n '/^#: en.md:5 /,/^$/p' ko.po >got
cat >exp <<'EOT'
#: en.md:5 ko.md:9
msgid "note"
msgstr "참고"

EOT
compare_ exp got
sed -n '/^#: en.md:9$/,/^$/p' ko.po >got
cat >exp <<'EOT'
#: en.md:9
msgid "tip"
msgstr ""

EOT
compare_ exp got
grep -c '^#, fuzzy' ko.po >got
echo 0 >exp
compare_ exp got
if command -v "${MSGFMT:=msgfmt}" >/dev/null 2>&1; then
  "$MSGFMT" --check -o /dev/null ko.po || fail_ "msgfmt --check failed"
fi

# apply gives the Korean page back; the empty title is not untranslated
# text (the site shows its own default title), so exit 0.
returns_ 0 "$TWINDOC" apply en.md ko.po -o out.md 2>err
compare_ /dev/null err
compare_ ko.md out.md

# The template has the title entry too, so that msgmerge keeps it.
returns_ 0 "$TWINDOC" pot en.md -o en.pot
grep -x 'msgid "tip"' en.pot >/dev/null || fail_ "no title entry in the template"

# The other syntaxes of an admonition title.
cat >en2.md <<'EOT'
# Guide

/// tip
Read the guide.
///

!!! warning
    Do not stop.

::: info
VitePress style.
:::
EOT
cat >ko2.md <<'EOT'
# 안내

/// tip | 팁
안내서를 읽으세요.
///

!!! warning "경고"
    멈추지 마세요.

::: info 정보
VitePress 형식입니다.
:::
EOT
returns_ 0 "$TWINDOC" po en2.md ko2.md -o ko2.po 2>err
compare_ /dev/null err
for s in 'msgid "tip"' 'msgstr "팁"' 'msgid "warning"' 'msgstr "경고"' \
         'msgid "info"' 'msgstr "정보"'; do
  grep -F -x -e "$s" ko2.po >/dev/null || fail_ "'$s' is not in the catalog"
done
returns_ 0 "$TWINDOC" apply en2.md ko2.po -o out2.md 2>err
compare_ /dev/null err
compare_ ko2.md out2.md

# A title that cannot stand in its syntax (a quote in a quoted MkDocs
# title) is refused; the English stays.
sed 's/^msgstr "경고"$/msgstr "\\"경고\\""/' ko2.po >bad.po
returns_ 1 "$TWINDOC" apply en2.md bad.po -o out3.md 2>/dev/null
grep -x '!!! warning' out3.md >/dev/null || fail_ "a title with its own quote was written"
sed 's/^msgstr "참고"$/msgstr "[참고]"/' ko.po >bad.po
returns_ 1 "$TWINDOC" apply en.md bad.po -o out4.md 2>err
cat >exp <<'EOT'
en.md:5: error: the translation holds [, which would end its alt text or title; left in English
EOT
compare_ exp err
grep -x ':::note' out4.md >/dev/null || fail_ "a title with a bracket was written"
# A title of two lines is written on one, as any title.
sed 's/^msgstr "팁"$/msgstr "한 줄\\n두 줄"/' ko2.po >two.po
returns_ 0 "$TWINDOC" apply en2.md two.po -o out5.md 2>err
grep -x '/// tip | 한 줄 두 줄' out5.md >/dev/null || fail_ "a title of two lines"

# A Korean table the English does not have (the English writes a list
# that the Korean replaced): one Korean block, one paragraph, kept after
# the paragraph before it, the cells of a row joined by " | ", one row a
# line.  The applied page has one paragraph the English lacks, not one
# per cell.
cat >en6.md <<'EOT'
# Connect

You need this information:

- The HOST and PORT: the port is 8443 with TLS.
- The USERNAME: it is `default` at first.
EOT
cat >ko6.md <<'EOT'
# 연결

다음 정보가 필요합니다.

| Parameter | 설명 |
|---|---|
| HOST and PORT | TLS를 쓰면 포트는 8443입니다. |
| USERNAME | 처음에는 `default`입니다. |
EOT
returns_ 0 "$TWINDOC" po en6.md ko6.md -o ko6.po 2>err
sed -n '/^#: en6.md:3 /,/^$/p' ko6.po >got
cat >exp <<'EOT'
#: en6.md:3 ko6.md:3
msgid "You need this information:"
msgstr ""
"다음 정보가 필요합니다.\n"
"\n"
"Parameter | 설명\n"
"HOST and PORT | TLS를 쓰면 포트는 8443입니다.\n"
"USERNAME | 처음에는 `default`입니다."

EOT
compare_ exp got
test "$(grep -c '^#\. Korean text without an English counterpart' ko6.po)" = 1 \
  || fail_ "the table is not kept as one paragraph"
returns_ 1 "$TWINDOC" apply en6.md ko6.po -o out6.md 2>/dev/null
returns_ 1 "$TWINDOC" check --no-config --color=never --excerpt=never \
  en6.md out6.md >out 2>&1
grep -c '\[structure\]$' out >got
echo 1 >exp
compare_ exp got
grep -q '^out6.md:5:1: error: paragraph not in the English text: "Parameter | 설명' out \
  || fail_ "the Korean table is not one paragraph of the applied page"

Exit
