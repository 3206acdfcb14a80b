#!/bin/sh
# twindoc po, pot and apply: the PO header, translated, fuzzy and empty
# entries (a paragraph at another nesting level is no guess, a Korean
# paragraph whose lines are the items of an English list), escaping
# and wrapping, msgctxt for equal English strings,
# msgmerge with a new template, apply with untranslated entries, with a
# broken translation and with one that changes the form of its block,
# the round trip of the bundled example, --tree, usage errors.
. "${abs_top_srcdir=.}/tests/init.sh"
LC_ALL=C; export LC_ALL; unset LANGUAGE LANG LC_MESSAGES
: "${MSGFMT:=msgfmt}"

cat >en.md <<'EOT'
---
title: Sending reports
description: "How to send a report: the \"quick\" way"
---

# Sending reports {#sending}

Use the `send` command to mail a report to {RECIPIENT}.
It reads the "last" report from C:\reports and	a tab.

## Options {#options}

- Pick a format with `--format`.
- Read [the guide](https://example.com/guide#top) first.

| Option | Meaning |
| --- | --- |
| `-q` | Quiet output |
| `-v` | Verbose output |

:::note Remember this
Reports are sent once a day.
:::

![A chart of the reports](chart.png)

```sh
send --format=pdf
```

Done.

## Details {#details}

Done.

An English paragraph the translation lacks.
EOT
cat >ko.md <<'EOT'
---
title: 보고서 보내기
description: "보고서를 보내는 방법: \"빠른\" 방법"
---

# 보고서 보내기 {#sending}

`send` 명령으로 {RECIPIENT}에게 보고서를 보냅니다.
C:\reports에서 "마지막" 보고서를 읽습니다.	탭.

## 옵션 {#options}

- `--format`으로 형식을 고릅니다.
- 먼저 [안내서](https://example.com/guide#top)를 읽으세요.

| 옵션 | 뜻 |
| --- | --- |
| `-q` | 조용한 출력 |
| `-v` | 자세한 출력 |

:::note 기억하세요
보고서는 하루에 한 번 보냅니다.
:::

![보고서 차트](chart.png)

```sh
send --format=pdf
```

끝.

## 자세히 {#details}

끝났습니다.
EOT

# The catalog: header, entries, references, comments, contexts.
returns_ 0 "$TWINDOC" po en.md ko.md -o ko.po 2>err
cat >exp <<'EOT'
en.md:37: warning: no Korean text pairs with this; the entry is left empty: An English paragraph the translation lacks.
EOT
compare_ exp err
sed -n 1,16p ko.po >got
cat >exp <<'EOT'
# Korean translation of ko.md.
# Written by twindoc VERSION.
msgid ""
msgstr ""
"Project-Id-Version: ko.md\n"
"Report-Msgid-Bugs-To: \n"
"PO-Revision-Date: \n"
"Last-Translator: \n"
"Language-Team: \n"
"Language: ko\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=1; plural=0;\n"
"X-Generator: twindoc VERSION\n"

EOT
sed "s/twindoc [0-9][0-9.]*[0-9]/twindoc VERSION/" got >got2
compare_ exp got2
"$MSGFMT" --check -o /dev/null ko.po || fail_ "msgfmt --check rejects the catalog"
msgcat ko.po >/dev/null 2>&1 || fail_ "msgcat rejects the catalog"

# Escaping: quotes, a backslash, a tab, a line end, Hangul; a front matter
# value unquoted.
cat >exp <<'EOT'
#. front matter: description
#: en.md:3 ko.md:3
msgid "How to send a report: the \"quick\" way"
msgstr "보고서를 보내는 방법: \"빠른\" 방법"

#. heading
#: en.md:6 ko.md:6
msgctxt "heading"
msgid "Sending reports"
msgstr "보고서 보내기"

#. paragraph
#. section: Sending reports
#: en.md:8 ko.md:8
msgid ""
"Use the `send` command to mail a report to {RECIPIENT}.\n"
"It reads the \"last\" report from C:\\reports and\ta tab."
msgstr ""
"`send` 명령으로 {RECIPIENT}에게 보고서를 보냅니다.\n"
"C:\\reports에서 \"마지막\" 보고서를 읽습니다.\t탭."
EOT
sed -n '/^#. front matter: description/,/^"C:/p' ko.po >got
compare_ exp got

# Equal English strings get a context: the heading path, or the kind.
grep -B1 '^msgid "Done."$' ko.po >got
cat >exp <<'EOT'
msgctxt "Sending reports > Options"
msgid "Done."
--
msgctxt "Sending reports > Details"
msgid "Done."
EOT
compare_ exp got
grep -B1 '^msgid "Sending reports"$' ko.po | grep msgctxt >got
printf 'msgctxt "front matter"\nmsgctxt "heading"\n' >exp
compare_ exp got

# Never in the catalog: the code block, anchors, URLs of images, cells of
# inline code alone.
for s in 'send --format=pdf' '{#' 'chart.png' 'msgid "`-q`"'; do
  grep -F -e "$s" ko.po >/dev/null && fail_ "'$s' is in the catalog"
done
# The cells, the admonition title and the alt text are.
for s in 'msgid "Quiet output"' 'msgid "Remember this"' \
         'msgid "A chart of the reports"'; do
  grep -F -x -e "$s" ko.po >/dev/null || fail_ "'$s' is not in the catalog"
done

# The English paragraph without Korean: an empty entry, not fuzzy.
sed -n '/^#: en.md:37$/,$p' ko.po >got
cat >exp <<'EOT'
#: en.md:37
msgid "An English paragraph the translation lacks."
msgstr ""
EOT
compare_ exp got
grep -c '^#, fuzzy' ko.po >got
echo 0 >exp
compare_ exp got

# A table with a cell more in Korean: its cells are a guess, fuzzy, and
# the Korean cell alone is reported and left out; po goes on.
sed 's/| 조용한 출력 |/| 조용한 출력 | 더 |/' ko.md >ko2.md
returns_ 0 "$TWINDOC" po en.md ko2.md >ko2.po 2>err
grep -c '^#, fuzzy' ko2.po >got
echo 4 >exp
compare_ exp got
grep -F 'ko2.md:18: warning: Korean text without an English counterpart, not in the catalog: 더' err >/dev/null \
  || fail_ "the extra Korean cell is not reported"
grep -F 'ko2.md:16: warning: paired with the English by a guess, marked fuzzy: 옵션' err >/dev/null \
  || fail_ "the fuzzy pairing is not reported"

# Long strings are wrapped at 79 columns, as gettext writes them.
long="This sentence is long enough that gettext tools would wrap it over several lines of the catalog, at the blanks."
printf '# Long {#long}\n\n%s\n' "$long" >long-en.md
returns_ 0 "$TWINDOC" pot long-en.md >long.pot
sed -n '/^msgid "This/,$p;/^msgid ""$/,$p' long.pot | sed -n '/^msgid ""$/,$p' | tail -n 4 >got
cat >exp <<'EOT'
msgid ""
"This sentence is long enough that gettext tools would wrap it over several "
"lines of the catalog, at the blanks."
msgstr ""
EOT
compare_ exp got
msgcat long.pot >long2.pot 2>/dev/null || fail_ "msgcat rejects the template"
cmp long.pot long2.pot >/dev/null 2>&1 || {
  diff long.pot long2.pot | grep '^[<>] "' >/dev/null && fail_ "msgcat wraps differently"
}

# Continuation lines of a quote and of list items, a setext heading, and
# CRLF line ends: the text without the markers; apply gives the Korean
# page back (the setext underline keeps the English length).
printf 'Title here\n==========\n\n> A quoted line\n> that goes on.\n\n- An item\n  that continues\n  - nested item\n\n1. Step one\n   with more.\n' >q-en.md
printf '제목\n==========\n\n> 인용한 줄이\n> 이어집니다.\n\n- 항목이\n  이어집니다\n  - 중첩 항목\n\n1. 첫 단계\n   더 있습니다.\n' >q-ko.md
returns_ 0 "$TWINDOC" po q-en.md q-ko.md -o q.po 2>err
compare_ /dev/null err
grep -v '^#' q.po | sed -n '/^msgid "Title here"$/,$p' >got
cat >exp <<'EOT'
msgid "Title here"
msgstr "제목"

msgid ""
"A quoted line\n"
"that goes on."
msgstr ""
"인용한 줄이\n"
"이어집니다."

msgid ""
"An item\n"
"that continues"
msgstr ""
"항목이\n"
"이어집니다"

msgid "nested item"
msgstr "중첩 항목"

msgid ""
"Step one\n"
"with more."
msgstr ""
"첫 단계\n"
"더 있습니다."
EOT
compare_ exp got
returns_ 0 "$TWINDOC" apply q-en.md q.po >got 2>err
compare_ q-ko.md got
sed 's/$/\r/' q-en.md >r-en.md && sed 's/$/\r/' q-ko.md >r-ko.md || framework_failure_
returns_ 0 "$TWINDOC" po r-en.md r-ko.md -o r.po 2>err
returns_ 0 "$TWINDOC" apply r-en.md r.po -o r-out.md 2>err
compare_ r-ko.md r-out.md
grep "$(printf '\r')" r.po >/dev/null && fail_ "a carriage return in the catalog"

# apply: untranslated entries stay English, are listed, exit 1.
returns_ 1 "$TWINDOC" apply en.md ko.po -o out.md 2>err
cat >exp <<'EOT'
en.md:37: untranslated, left in English: An English paragraph the translation lacks.
EOT
compare_ exp err
{ cat ko.md; printf '\nAn English paragraph the translation lacks.\n'; } >exp
compare_ exp out.md
returns_ 0 "$TWINDOC" apply --allow-untranslated en.md ko.po >out2.md 2>err
compare_ out.md out2.md
# The result passes check against the English.
returns_ 0 "$TWINDOC" check en.md out.md >/dev/null

# A translation that lost its inline code: written as the translator
# wrote it (the Korean text is never thrown away), reported as an error,
# exit 1 even with --allow-untranslated; check reports the same loss.
sed 's/^msgstr "`--format`으로 형식을 고릅니다."$/msgstr "형식을 고릅니다."/' ko.po >bad.po
returns_ 1 "$TWINDOC" apply --allow-untranslated en.md bad.po >out.md 2>err
cat >exp <<'EOT'
en.md:13: error: the translation lost `--format`; written as translated
en.md:37: untranslated, left in English: An English paragraph the translation lacks.
EOT
compare_ exp err
grep -F -x -e '- 형식을 고릅니다.' out.md >/dev/null \
  || fail_ "the translation that lost its inline code was not written"
returns_ 1 "$TWINDOC" check en.md out.md >/dev/null
# A lost placeholder too.
sed 's/{RECIPIENT}에게/받는 사람에게/' ko.po >bad.po
returns_ 1 "$TWINDOC" apply --allow-untranslated en.md bad.po >out.md 2>err
grep -F 'en.md:8: error: the translation lost {RECIPIENT}; written as translated' err >/dev/null \
  || fail_ "the lost placeholder is not reported"
grep -F '받는 사람에게' out.md >/dev/null \
  || fail_ "the translation that lost its placeholder was not written"

# A translation that changes the form of its block (a paragraph made a
# list item): refused.
sed 's/^msgstr "보고서는 하루에 한 번 보냅니다."$/msgstr "- 보고서는 하루에 한 번 보냅니다."/' ko.po >bad.po
returns_ 1 "$TWINDOC" apply --allow-untranslated en.md bad.po >out.md 2>err
grep -F 'en.md:22: error: the translation lost its form (paragraph); left in English' err >/dev/null \
  || fail_ "the changed form is not reported"

# msgmerge with a new template: the changed entry becomes fuzzy, with its
# old msgid; the others are kept; apply then keeps that one in English.
if command -v msgmerge >/dev/null 2>&1; then
  sed 's/Reports are sent once a day./Reports are sent twice a day./' en.md >en2.md
  returns_ 0 "$TWINDOC" pot en2.md -o new.pot
  msgmerge --quiet --previous ko.po new.pot -o merged.po || fail_ "msgmerge failed"
  sed -n '/^#, fuzzy$/,/^msgstr/p' merged.po >got
  cat >exp <<'EOT'
#, fuzzy
#| msgid "Reports are sent once a day."
msgid "Reports are sent twice a day."
msgstr "보고서는 하루에 한 번 보냅니다."
EOT
  compare_ exp got
  grep -A1 -x 'msgid "Quiet output"' merged.po | grep -x 'msgstr "조용한 출력"' >/dev/null \
    || fail_ "msgmerge lost an unchanged entry"
  returns_ 1 "$TWINDOC" apply en2.md merged.po >out.md 2>err
  grep -F 'en2.md:22: fuzzy, left in English: Reports are sent twice a day.' err >/dev/null \
    || fail_ "the fuzzy entry is not listed"
fi

# The template: empty translations, no Language, the header fuzzy.
returns_ 0 "$TWINDOC" pot en.md >en.pot 2>err
compare_ /dev/null err
grep -c '^msgstr "[^"]' en.pot >got
echo 0 >exp
compare_ exp got
grep -x '"Language: \\n"' en.pot >/dev/null || fail_ "the template names a language"

# The bundled example: every Korean segment a non-fuzzy translation, no
# code in the catalog, and apply gives the file back byte for byte.
cp "$abs_top_srcdir/docs/examples/secure-kinesis.md" ex.md || framework_failure_
returns_ 0 "$TWINDOC" po ex.md -o ex.po 2>err
compare_ /dev/null err
"$MSGFMT" --check --statistics -o /dev/null ex.po 2>got
echo '30 translated messages.' >exp
compare_ exp got
grep -F -e '"Version"' -e 'sts:AssumeRole' ex.po >/dev/null && fail_ "code in the catalog"
returns_ 0 "$TWINDOC" apply ex.md ex.po -o applied.md 2>err
compare_ /dev/null err
compare_ ex.md applied.md
returns_ 0 "$TWINDOC" check applied.md >/dev/null

# --tree: one catalog per page, folders made.
mkdir -p t/en/sub t/ko/sub && cp en.md t/en/sub/page.md && cp ko.md t/ko/sub/page.md \
  && cp en.md t/en/only.md || framework_failure_
returns_ 0 "$TWINDOC" po --tree t/en t/ko -o t/po 2>/dev/null
test -f t/po/sub/page.po || fail_ "--tree wrote no t/po/sub/page.po"
grep -x 'msgstr "조용한 출력"' t/po/sub/page.po >/dev/null || fail_ "--tree: no translation"
grep -x '"Language: \\n"' t/po/only.po >/dev/null || fail_ "--tree: a page without Korean gets no template"

# Usage errors: exit 2 with a message.
returns_ 2 "$TWINDOC" po 2>err
grep -F "twindoc: missing file operand" err >/dev/null || fail_ "po: no message"
returns_ 2 "$TWINDOC" po en.md ko.md extra.md 2>err
grep -F "twindoc: extra operand 'extra.md'" err >/dev/null || fail_ "po: no extra operand message"
returns_ 2 "$TWINDOC" po --tree t/en t/ko 2>err
grep -F -- "--tree needs -o DIR" err >/dev/null || fail_ "po --tree: no -o message"
returns_ 2 "$TWINDOC" pot en.md ko.md 2>err
returns_ 2 "$TWINDOC" pot --tree en.md 2>err
returns_ 2 "$TWINDOC" apply en.md 2>err
grep -F "twindoc: missing catalog operand after 'en.md'" err >/dev/null || fail_ "apply: no message"
returns_ 2 "$TWINDOC" po en.md 2>err
grep -F "no Korean part found" err >/dev/null || fail_ "po: one-language file accepted"
printf 'msgid "x"\nbroken\n' >broken.po
returns_ 2 "$TWINDOC" apply en.md broken.po 2>err
grep -F "broken.po:2: " err >/dev/null || fail_ "apply: a bad catalog is not reported with its line"
returns_ 2 "$TWINDOC" apply en.md missing.po 2>err
for c in po pot apply; do
  returns_ 0 "$TWINDOC" $c --help >out || fail_ "$c --help"
  grep "^Usage: twindoc $c" out >/dev/null || fail_ "$c --help: no usage line"
done

# A paragraph of a list item that the Korean writes at another nesting
# level (a code fence at the start of the line ended the Korean list):
# still a paragraph translating a paragraph, so a translated entry, not a
# guess; apply writes it in the English item.
cat >nest-en.md <<'EOT'
# Setup

1. Create the role:

   ```json
   {}
   ```

   Then attach the policy to the role.

2. Save the role.
EOT
cat >nest-ko.md <<'EOT'
# 설정

1. 역할을 만듭니다.

```json
{}
```

   그런 다음 역할에 정책을 연결합니다.

2. 역할을 저장합니다.
EOT
returns_ 0 "$TWINDOC" po nest-en.md nest-ko.md -o nest.po 2>err
compare_ /dev/null err
sed -n '/^#: nest-en.md:9 /,/^$/p' nest.po >got
cat >exp <<'EOT'
#: nest-en.md:9 nest-ko.md:9
msgid "Then attach the policy to the role."
msgstr "그런 다음 역할에 정책을 연결합니다."

EOT
compare_ exp got
returns_ 0 "$TWINDOC" apply nest-en.md nest.po -o nest-out.md 2>err
compare_ /dev/null err
sed -n 9p nest-out.md >got
printf '   그런 다음 역할에 정책을 연결합니다.\n' >exp
compare_ exp got

# A Korean paragraph whose lines translate the items of an English list
# (the item markers lost), as many lines as items without Korean text:
# line J is the translation of item J, with a comment that says so, and
# apply writes the list.  With a line fewer, the paragraph stays the
# translation of the one item the alignment pairs it with.
cat >lines-en.md <<'EOT'
# Rules

Do not call Hooks in these places:

* Inside conditions or loops.
* After a conditional `return` statement.
* In event handlers.

Breaking these rules shows this error.
EOT
cat >lines-ko.md <<'EOT'
# 규칙

다음 위치에서는 Hooks를 호출하지 마세요.

조건문 또는 루프 안.
조건부 `return` 문 뒤.
이벤트 핸들러 안.

이 규칙을 어기면 이 오류가 나타납니다.
EOT
returns_ 0 "$TWINDOC" po lines-en.md lines-ko.md -o lines.po 2>err
compare_ /dev/null err
sed -n '/^#: lines-en.md:6 /,/^$/p' lines.po >got
cat >exp <<'EOT'
#: lines-en.md:6 lines-ko.md:6
msgid "After a conditional `return` statement."
msgstr "조건부 `return` 문 뒤."

EOT
compare_ exp got
test "$(grep -c '^#\. the Korean writes this list as the lines of one paragraph: lines-ko.md:5$' lines.po)" = 3 \
  || fail_ "the three items do not say where their lines come from"
returns_ 0 "$TWINDOC" apply lines-en.md lines.po -o lines-out.md 2>err
compare_ /dev/null err
sed -n 5,7p lines-out.md >got
printf '* 조건문 또는 루프 안.\n* 조건부 `return` 문 뒤.\n* 이벤트 핸들러 안.\n' >exp
compare_ exp got
sed 7d lines-ko.md >lines-ko2.md
returns_ 0 "$TWINDOC" po lines-en.md lines-ko2.md -o lines2.po 2>err
grep -q 'lines of one paragraph' lines2.po && fail_ "two lines split over three items"
sed -n '/^#: lines-en.md:6 /,/^$/p' lines2.po >got
cat >exp <<'EOT'
#: lines-en.md:6 lines-ko2.md:5
msgid "After a conditional `return` statement."
msgstr ""
"조건문 또는 루프 안.\n"
"조건부 `return` 문 뒤."

EOT
compare_ exp got

Exit
