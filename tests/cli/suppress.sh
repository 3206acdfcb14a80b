#!/bin/sh
# Suppression comments: twindoc-disable-next-line, twindoc-disable /
# twindoc-enable ranges, the MDX form, unused and unknown suppressions.
. "${abs_top_srcdir=.}/tests/init.sh"

chk () { "$TWINDOC" check --color=never --excerpt=never "$@"; }

cat >en.md <<'EOT'
# Install

Run `npm install` first.

See the [guide](https://example.com/guide) and the [API](https://example.com/api).

Then start `npm start` with 2 workers.
EOT
cp en.md en.mdx

# Without suppressions, the Korean page below has three findings.
cat >plain.md <<'EOT'
# 설치

먼저 `npm i`를 실행합니다.

[안내서](https://example.com/guides)와 [API](https://example.com/api)를 참고하세요.

그다음 작업자 3개로 `npm start`를 시작합니다.
EOT
returns_ 1 chk en.md plain.md >out 2>err
cat >exp <<'EOT'
plain.md:3:5: error: inline code `npm i` differs from the English `npm install` [inline-code]
en.md:3:6: note: the English counterpart: "npm install` first."
plain.md:5:7: error: link to 'https://example.com/guides' differs from the English 'https://example.com/guide' [link]
en.md:5:17: note: the English counterpart: "https://example.com/guide) and the [API]…"
plain.md:7:9: warning: number 3 differs from the English 2 [number]
en.md:7:29: note: the English counterpart: "2 workers."
checked 1 page pair: 2 errors, 1 warning
EOT
compare_ exp out
compare_ /dev/null err

# disable-next-line RULE, with a blank line before the paragraph it covers;
# a disable/enable range; the comments themselves are no differences.
cat >ko.md <<'EOT'
# 설치

<!-- twindoc-disable-next-line inline-code -->

먼저 `npm i`를 실행합니다.

<!-- twindoc-disable link -->
[안내서](https://example.com/guides)와 [API](https://example.com/apis)를 참고하세요.
<!-- twindoc-enable link -->

<!-- twindoc-disable-next-line number -->
그다음 작업자 3개로 `npm start`를 시작합니다.
EOT
returns_ 0 chk en.md ko.md >out 2>err
compare_clean_ 1 out
compare_ /dev/null err

# The same comment right above the paragraph.
cat >ko.md <<'EOT'
# 설치

<!-- twindoc-disable-next-line inline-code -->
먼저 `npm i`를 실행합니다.

[안내서](https://example.com/guide)와 [API](https://example.com/api)를 참고하세요.

그다음 작업자 2개로 `npm start`를 시작합니다.
EOT
returns_ 0 chk en.md ko.md >out 2>err
compare_clean_ 1 out
compare_ /dev/null err

# A suppression covers only the rules it names; the range ends at
# twindoc-enable.
cat >ko.md <<'EOT'
# 설치

<!-- twindoc-disable-next-line number -->
먼저 `npm i`를 실행합니다.

<!-- twindoc-disable link -->
[안내서](https://example.com/guide)와 [API](https://example.com/api)를 참고하세요.
<!-- twindoc-enable link -->

[안내서](https://example.com/guides)

그다음 작업자 2개로 `npm start`를 시작합니다.
EOT
cat >en2.md <<'EOT'
# Install

Run `npm install` first.

See the [guide](https://example.com/guide) and the [API](https://example.com/api).

[Guide](https://example.com/guide)

Then start `npm start` with 2 workers.
EOT
returns_ 1 chk en2.md ko.md >out 2>err
cat >exp <<'EOT'
ko.md:3:1: note: this suppression comment suppresses nothing [unused-suppression]
ko.md:4:5: error: inline code `npm i` differs from the English `npm install` [inline-code]
en2.md:3:6: note: the English counterpart: "npm install` first."
ko.md:6:1: note: this suppression comment suppresses nothing [unused-suppression]
ko.md:10:7: error: link to 'https://example.com/guides' differs from the English 'https://example.com/guide' [link]
en2.md:7:9: note: the English counterpart: "https://example.com/guide)"
checked 1 page pair: 2 errors, 0 warnings, 2 notes
EOT
compare_ exp out
compare_ /dev/null err

# Without a rule id it silences every rule on its line.
cat >ko.md <<'EOT'
# 설치

먼저 `npm install`을 실행합니다.

[안내서](https://example.com/guide)와 [API](https://example.com/api)를 참고하세요.

<!-- twindoc-disable-next-line -->
그다음 작업자 3개로 `npm run start`를 시작합니다.
EOT
returns_ 0 chk en.md ko.md >out 2>err
compare_clean_ 1 out
compare_ /dev/null err

# The MDX form, right above the paragraph and after a blank line.
cat >ko.mdx <<'EOT'
# 설치

{/* twindoc-disable-next-line inline-code */}
먼저 `npm i`를 실행합니다.

[안내서](https://example.com/guide)와 [API](https://example.com/api)를 참고하세요.

그다음 작업자 2개로 `npm start`를 시작합니다.
EOT
returns_ 0 chk en.mdx ko.mdx >out 2>err
compare_clean_ 1 out
compare_ /dev/null err

cat >ko.mdx <<'EOT'
# 설치

{/* twindoc-disable-next-line inline-code */}

먼저 `npm i`를 실행합니다.

[안내서](https://example.com/guide)와 [API](https://example.com/api)를 참고하세요.

그다음 작업자 2개로 `npm start`를 시작합니다.
EOT
returns_ 0 chk en.mdx ko.mdx >out 2>err
compare_clean_ 1 out
compare_ /dev/null err

# An unknown rule id is reported, and suppresses nothing.
cat >ko.md <<'EOT'
# 설치

<!-- twindoc-disable-next-line inline-kode -->
먼저 `npm i`를 실행합니다.

[안내서](https://example.com/guide)와 [API](https://example.com/api)를 참고하세요.

그다음 작업자 2개로 `npm start`를 시작합니다.
EOT
returns_ 1 chk en.md ko.md >out 2>err
cat >exp <<'EOT'
ko.md:3:1: note: suppression names an unknown rule 'inline-kode'; did you mean 'inline-code'? [unused-suppression]
ko.md:4:5: error: inline code `npm i` differs from the English `npm install` [inline-code]
en.md:3:6: note: the English counterpart: "npm install` first."
checked 1 page pair: 1 error, 0 warnings, 1 note
EOT
compare_ exp out
compare_ /dev/null err

# A suppression comment inside a fenced code block is code, not a
# directive: it suppresses nothing and is not reported as unused.
cat >en3.md <<'EOT'
# Test

```sh
npm test
npm run lint
```
EOT
cat >ko.md <<'EOT'
# 테스트

```sh
npm test
<!-- twindoc-disable-next-line code-block -->
npm run lint
```
EOT
returns_ 1 chk en3.md ko.md >out 2>err
cat >exp <<'EOT'
ko.md:5:1: error: code differs from the English block: "<!-- twindoc-disable-next-line code-bloc…" instead of "npm run lint" [code-block]
en3.md:5:1: note: the English counterpart: "npm run lint"
checked 1 page pair: 1 error, 0 warnings
EOT
compare_ exp out
compare_ /dev/null err

# unused-suppression follows --severity like any rule.
cat >ko.md <<'EOT'
# 설치

<!-- twindoc-disable-next-line number -->
먼저 `npm install`을 실행합니다.

[안내서](https://example.com/guide)와 [API](https://example.com/api)를 참고하세요.

그다음 작업자 2개로 `npm start`를 시작합니다.
EOT
returns_ 1 chk --severity=unused-suppression=error en.md ko.md >out 2>err
cat >exp <<'EOT'
ko.md:3:1: error: this suppression comment suppresses nothing [unused-suppression]
checked 1 page pair: 1 error, 0 warnings
EOT
compare_ exp out
returns_ 0 chk --severity=unused-suppression=off en.md ko.md >out 2>err
compare_clean_ 1 out

# A comment right before a block covers the whole block, not only its
# first line: here a fenced block whose finding is on its fourth line, in
# both files; the comments of the English file cover the findings of the
# English file.
cat >en4.md <<'EOT'
# Policy

<!-- twindoc-disable-next-line json-syntax -->
```json
{
  "a": 1
  "b": 2
}
```
EOT
cat >ko4.md <<'EOT'
# 정책

<!-- twindoc-disable-next-line json-syntax -->
```json
{
  "a": 1
  "b": 2
}
```
EOT
returns_ 0 chk en4.md ko4.md >out 2>err
compare_clean_ 1 out
compare_ /dev/null err
# Without the English comment, only the English finding comes back.
sed 3d en4.md >en5.md
cat >exp <<'EOT'
en5.md:6:3: error: this JSON code block does not parse: the text is not valid JSON from here on [json-syntax]
checked 1 page pair: 1 error, 0 warnings
EOT
returns_ 1 chk --scope=source en5.md ko4.md >out 2>err
compare_ exp out

# The same for a paragraph of several lines and for a list: the comment
# covers the last line of the paragraph and the last item of the list.
cat >en6.md <<'EOT'
# Install

Run the installer
with 2 workers.

- Start it.
- Stop it with `stop`.
EOT
cat >ko6.md <<'EOT'
# 설치

<!-- twindoc-disable-next-line number -->
설치 프로그램을
작업자 3개로 실행합니다.

<!-- twindoc-disable-next-line inline-code -->
- 시작합니다.
- `halt`로 멈춥니다.
EOT
returns_ 0 chk en6.md ko6.md >out 2>err
compare_clean_ 1 out
compare_ /dev/null err

# A comment of the English file does not cover a Korean finding, even
# when its English counterpart is the line below the comment: the
# finding is silenced where it is shown, in the Korean file.  The English
# comment, which suppressed nothing, is reported in the English file.
cat >en7.md <<'EOT'
# Install

<!-- twindoc-disable-next-line number -->
Run the installer with 2 workers.
EOT
cat >ko7.md <<'EOT'
# 설치

작업자 3개로 설치 프로그램을 실행합니다.
EOT
returns_ 0 chk en7.md ko7.md >out 2>err
cat >exp <<'EOT'
en7.md:3:1: note: this suppression comment suppresses nothing [unused-suppression]
ko7.md:3:5: warning: number 3 differs from the English 2 [number]
en7.md:4:24: note: the English counterpart: "2 workers."
checked 1 page pair: 0 errors, 1 warning, 1 note
EOT
compare_ exp out
compare_ /dev/null err

Exit
