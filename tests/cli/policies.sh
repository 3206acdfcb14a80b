#!/bin/sh
# The policies of .twindoc.json: anchors, code_blocks, link_prefixes,
# import_prefixes, alt_text and jsx_text_attributes.
. "${abs_top_srcdir=.}/tests/init.sh"

chk () { "$TWINDOC" check --color=never --excerpt=never "$@"; }
policy () { printf '%s\n' "$1" >.twindoc.json; }

# anchors: translated-slugs.
cat >en.md <<'EOT'
# Getting started

See [Installation](#installation-steps) first, then the [FAQ](#faq).

## Installation steps

Download the archive.

## FAQ

Ask away.
EOT
cat >ko.md <<'EOT'
# 시작하기

먼저 [설치](#설치-방법)를 보고, 그다음 [자주 묻는 질문](#자주-묻는-질문)을 보세요.

## 설치 방법

압축 파일을 내려받습니다.

## 자주 묻는 질문

무엇이든 물어보세요.
EOT
# By default a translated fragment (Hangul) is not compared with the
# English one: it must name a heading of the Korean page.
returns_ 0 chk en.md ko.md >out 2>err
compare_clean_ 1 out
sed 's/#설치-방법/#없는-제목/' ko.md >ko2.md
returns_ 1 chk en.md ko2.md >out 2>err
cat >exp <<'EOT'
ko2.md:3:9: error: in-page link '#없는-제목' names no heading of this page [link]
checked 1 page pair: 1 error, 0 warnings
EOT
compare_ exp out
# An ASCII fragment is still compared with the English one.
sed 's/#설치-방법/#install/' ko.md >ko2.md
returns_ 1 chk en.md ko2.md >out 2>err
cat >exp <<'EOT'
ko2.md:3:9: error: link to '#install' differs from the English '#installation-steps' [link]
en.md:3:20: note: the English counterpart: "#installation-steps) first, then the [FA…"
checked 1 page pair: 1 error, 0 warnings
EOT
compare_ exp out
policy '{"anchors": "translated-slugs"}'
returns_ 0 chk en.md ko.md >out 2>err
compare_clean_ 1 out
compare_ /dev/null err
sed 's/#설치-방법/#없는-제목/' ko.md >ko2.md
returns_ 1 chk en.md ko2.md >out 2>err
cat >exp <<'EOT'
ko2.md:3:9: error: in-page link '#없는-제목' names no heading of this page [link]
checked 1 page pair: 1 error, 0 warnings
EOT
compare_ exp out
compare_ /dev/null err
rm .twindoc.json

# code_blocks.
cat >en.md <<'EOT'
# Greeting

```js
// Print a greeting
const message = "Hello, world";
console.log(message);
```
EOT
cat >ko.md <<'EOT'
# 인사

```js
// 인사말을 출력합니다
const message = "안녕하세요, 세상";
console.log(message);
```
EOT
# By default comments do not count, and a string translated into Korean
# is a warning.
returns_ 0 chk en.md ko.md >out 2>err
cat >exp <<'EOT'
ko.md:5:1: warning: code differs from the English block only in translated text of strings or elements: "안녕하세요, 세상" instead of "Hello, world" [code-block]
en.md:5:1: note: the English counterpart: "const message = "Hello, world";"
checked 1 page pair: 0 errors, 1 warning
EOT
compare_ exp out
policy '{"code_blocks": "ignore-comments-and-strings"}'
returns_ 0 chk en.md ko.md >out 2>err
compare_clean_ 1 out
compare_ /dev/null err
# A renamed identifier still counts; the message quotes the real lines.
sed 's/^const message = /const greeting = /' ko.md >ko2.md
returns_ 1 chk en.md ko2.md >out 2>err
cat >exp <<'EOT'
ko2.md:5:1: error: code differs from the English block: "const greeting = "안녕하세요, 세상";" instead of "const message = "Hello, world";" [code-block]
en.md:5:1: note: the English counterpart: "const message = "Hello, world";"
checked 1 page pair: 1 error, 0 warnings
EOT
compare_ exp out
compare_ /dev/null err

cat >ko3.md <<'EOT'
# 인사

```js
// Print a greeting
const  message  =  "Hello, world";
  console.log( message );
```
EOT
policy '{"code_blocks": "ignore-whitespace"}'
returns_ 0 chk en.md ko3.md >out 2>err
compare_clean_ 1 out
compare_ /dev/null err
# So with ignore-whitespace.
returns_ 0 chk en.md ko.md >out 2>err
cat >exp <<'EOT'
ko.md:5:1: warning: code differs from the English block only in translated text of strings or elements: "안녕하세요, 세상" instead of "Hello, world" [code-block]
en.md:5:1: note: the English counterpart: "const message = "Hello, world";"
checked 1 page pair: 0 errors, 1 warning
EOT
compare_ exp out
policy '{"code_blocks": "exact"}'
# (a warning: in JavaScript, indentation does not change the code)
returns_ 0 chk en.md ko3.md >out 2>err
grep -q '^ko3.md:5:1: warning: .*white space only.*\[code-block\]$' out \
  || fail_ "exact code blocks: white space counts"
rm .twindoc.json

# link_prefixes.
cat >en.md <<'EOT'
# Links

Read the [guide](/en/guides/x/) and the [reference](/en/reference/y/).
EOT
cat >ko.md <<'EOT'
# 링크

[안내서](/ko/guides/x/)와 [참고 문서](/ko/reference/y/)를 읽으세요.
EOT
# A locale segment does not count by default; "link_locales": false
# turns that off.
returns_ 0 chk en.md ko.md >out 2>err
compare_clean_ 1 out
policy '{"link_locales": false}'
returns_ 1 chk en.md ko.md >out 2>err
cat >exp <<'EOT'
ko.md:3:7: error: link to '/ko/guides/x/' differs from the English '/en/guides/x/' [link]
en.md:3:18: note: the English counterpart: "/en/guides/x/) and the [reference](/en/r…"
ko.md:3:31: error: link to '/ko/reference/y/' differs from the English '/en/reference/y/' [link]
en.md:3:53: note: the English counterpart: "/en/reference/y/)."
checked 1 page pair: 2 errors, 0 warnings
EOT
compare_ exp out
policy '{"link_prefixes": [["/ko/", "/en/"]]}'
returns_ 0 chk en.md ko.md >out 2>err
compare_clean_ 1 out
compare_ /dev/null err
sed 's#/ko/reference/y/#/ko/reference/z/#' ko.md >ko2.md
returns_ 1 chk en.md ko2.md >out 2>err
cat >exp <<'EOT'
ko2.md:3:31: error: link to '/ko/reference/z/' differs from the English '/en/reference/y/' [link]
en.md:3:53: note: the English counterpart: "/en/reference/y/)."
checked 1 page pair: 1 error, 0 warnings
EOT
compare_ exp out
rm .twindoc.json

# import_prefixes: by default the Docusaurus Korean path stands for the
# English one.
cat >en.mdx <<'EOT'
import Intro from '@site/docs/_snippets/_intro.md';
import Tabs from '@theme/Tabs';

# Overview

<Intro />
EOT
cat >ko.mdx <<'EOT'
import Intro from '@site/i18n/ko/docusaurus-plugin-content-docs/current/_snippets/_intro.md';
import Tabs from '@theme/Tabs';

# 개요

<Intro />
EOT
returns_ 0 chk en.mdx ko.mdx >out 2>err
compare_clean_ 1 out
compare_ /dev/null err
sed 's#@theme/Tabs#@theme/TabList#' ko.mdx >ko2.mdx
returns_ 1 chk en.mdx ko2.mdx >out 2>err
cat >exp <<'EOT'
ko2.mdx:2:1: error: import statement missing in the Korean text: "import Tabs from '@theme/Tabs';" [structure]
en.mdx:2:1: note: the English counterpart: "import Tabs from '@theme/Tabs';"
ko2.mdx:2:1: error: import statement not in the English text: "import Tabs from '@theme/TabList';" [structure]
checked 1 page pair: 2 errors, 0 warnings
EOT
compare_ exp out
compare_ /dev/null err
# Prefixes of one's own replace the default.
sed 's#@site/i18n/ko/docusaurus-plugin-content-docs/current/#@ko/#' ko.mdx >ko3.mdx
sed 's#@site/docs/#@en/#' en.mdx >en3.mdx
policy '{"import_prefixes": [["@ko/", "@en/"]]}'
returns_ 0 chk en3.mdx ko3.mdx >out 2>err
compare_clean_ 1 out
compare_ /dev/null err
rm .twindoc.json

# alt_text.
cat >en.md <<'EOT'
# Dashboard

![The main dashboard](/img/dashboard.png)
EOT
cat >same.md <<'EOT'
# 대시보드

![The main dashboard](/img/dashboard.png)
EOT
cat >tr.md <<'EOT'
# 대시보드

![기본 대시보드](/img/dashboard.png)
EOT
# may-translate (the default): both are fine.
returns_ 0 chk en.md tr.md >out 2>err
compare_clean_ 1 out
returns_ 0 chk en.md same.md >out 2>err
compare_clean_ 1 out
policy '{"alt_text": "translate"}'
returns_ 0 chk en.md tr.md >out 2>err
compare_clean_ 1 out
returns_ 0 chk en.md same.md >out 2>err
cat >exp <<'EOT'
same.md:3:3: warning: alt text is not translated: "The main dashboard" [untranslated]
en.md:3:3: note: the English counterpart: "The main dashboard](/img/dashboard.png)"
checked 1 page pair: 0 errors, 1 warning
EOT
compare_ exp out
policy '{"alt_text": "keep"}'
returns_ 0 chk en.md same.md >out 2>err
compare_clean_ 1 out
returns_ 1 chk en.md tr.md >out 2>err
cat >exp <<'EOT'
tr.md:3:3: error: alt text "기본 대시보드" differs from the English "The main dashboard"; this project keeps alt text as it is [image]
en.md:3:3: note: the English counterpart: "The main dashboard](/img/dashboard.png)"
checked 1 page pair: 1 error, 0 warnings
EOT
compare_ exp out
rm .twindoc.json

# jsx_text_attributes.
cat >en.mdx <<'EOT'
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

# Install

<Tabs>
<TabItem value="npm" label="Using npm">

Run the installer.

</TabItem>
</Tabs>
EOT
cat >tr.mdx <<'EOT'
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

# 설치

<Tabs>
<TabItem value="npm" label="npm 사용">

설치 프로그램을 실행합니다.

</TabItem>
</Tabs>
EOT
sed 's/label="npm 사용"/label="Using npm"/' tr.mdx >same.mdx
sed 's/value="npm"/value="yarn"/' same.mdx >value.mdx
returns_ 0 chk en.mdx tr.mdx >out 2>err
compare_clean_ 1 out
returns_ 0 chk en.mdx same.mdx >out 2>err
compare_clean_ 1 out
policy '{"jsx_text_attributes": "keep"}'
returns_ 0 chk en.mdx same.mdx >out 2>err
compare_clean_ 1 out
returns_ 1 chk en.mdx tr.mdx >out 2>err
cat >exp <<'EOT'
tr.mdx:7:22: error: attribute TabItem.label=npm 사용 differs from the English TabItem.label=Using npm; this project keeps these attributes as they are [mdx-component]
en.mdx:7:22: note: the English counterpart: "label="Using npm">"
checked 1 page pair: 1 error, 0 warnings
EOT
compare_ exp out
policy '{"jsx_text_attributes": "translate"}'
returns_ 0 chk en.mdx tr.mdx >out 2>err
compare_clean_ 1 out
returns_ 0 chk en.mdx same.mdx >out 2>err
cat >exp <<'EOT'
same.mdx:7:22: warning: attribute is not translated: TabItem.label=Using npm [untranslated]
en.mdx:7:22: note: the English counterpart: "label="Using npm">"
checked 1 page pair: 0 errors, 1 warning
EOT
compare_ exp out
# Other attributes are never text: value must stay under every policy.
for p in keep translate may-translate; do
  policy "{\"jsx_text_attributes\": \"$p\"}"
  returns_ 1 chk --severity=untranslated=off en.mdx value.mdx >out 2>err
  cat >exp <<'EOT'
value.mdx:7:10: error: attribute TabItem.value="yarn" differs from the English TabItem.value="npm" [mdx-component]
en.mdx:7:10: note: the English counterpart: "value="npm" label="Using npm">"
checked 1 page pair: 1 error, 0 warnings
EOT
  compare_ exp out
done
rm .twindoc.json

Exit
