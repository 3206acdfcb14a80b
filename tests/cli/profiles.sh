#!/bin/sh
# Profiles: detection from marker files and from the pages, --profile,
# "profile" in .twindoc.json, --print-config, and what a profile changes
# (front matter keys one language may have alone, heading ids).
. "${abs_top_srcdir=.}/tests/init.sh"

chk () { "$TWINDOC" check --color=never --excerpt=never "$@"; }
# The profile and how it was chosen, from --print-config.
profile_of ()
{
  "$TWINDOC" check --print-config "$@" >pc || return 1
  sed -n 's/^	"profile":	"\(.*\)",$/\1/p' pc
  sed -n 's/^		"kind":	"\(.*\)",\{0,1\}$/\1/p' pc
}

# A Hugo site: hugo.toml above the pages; the translation leaves out the
# reviewers, as Hugo sites do.
mkdir -p site/content/en site/content/ko
: >site/hugo.toml
cat >site/content/en/a.md <<'EOT'
---
title: Pods
reviewers:
- alice
---

# Pods

Pods run containers.
EOT
cat >site/content/ko/a.md <<'EOT'
---
title: 파드
---

# 파드

파드는 컨테이너를 실행한다.
EOT
returns_ 0 chk site/content/en/a.md site/content/ko/a.md >out 2>err
compare_clean_ 1 out
compare_ /dev/null err
printf 'hugo\nmarker\n' >exp
profile_of site/content/en/a.md site/content/ko/a.md >out
compare_ exp out
grep "\"marker\":	\"$(cd site && pwd -P)/hugo.toml\"" pc >/dev/null \
  || fail_ "the marker file is not named"
profile_of --tree site/content/en site/content/ko >out
compare_ exp out

# Plain CommonMark knows no such convention.
returns_ 1 chk --profile commonmark site/content/en/a.md site/content/ko/a.md \
  >out 2>err
cat >exp <<'EOT'
site/content/ko/a.md:1:1: error: front matter key 'reviewers' is missing [front-matter]
site/content/en/a.md:3:1: note: the English counterpart: "reviewers:"
checked 1 page pair: 1 error, 0 warnings
EOT
compare_ exp out
# Keys that are not the profile's still count.
sed 's/^title: 파드$/title: 파드\nweight: 3/' site/content/ko/a.md >site/content/ko/b.md
returns_ 1 chk site/content/en/a.md site/content/ko/b.md >out 2>err
cat >exp <<'EOT'
site/content/ko/b.md:3:1: error: front matter key 'weight' is not in the English page [front-matter]
site/content/en/a.md:1:1: note: the English counterpart: "---"
checked 1 page pair: 1 error, 0 warnings
EOT
compare_ exp out

# The configuration's "profile" wins over the marker; --profile over both.
printf '{ "profile": "commonmark" }\n' >.twindoc.json
printf 'commonmark\nconfiguration\n' >exp
profile_of site/content/en/a.md site/content/ko/a.md >out
compare_ exp out
printf 'mdn\noption\n' >exp
profile_of --profile mdn site/content/en/a.md site/content/ko/a.md >out
compare_ exp out
printf '{ "profile": "jekyll" }\n' >.twindoc.json
returns_ 2 chk site/content/en/a.md site/content/ko/a.md >out 2>err
cat >exp <<'EOT'
twindoc: .twindoc.json:1: unknown value 'jekyll' for 'profile'; expected one of commonmark, docusaurus, starlight, hugo, mkdocs, vitepress, mdn
EOT
compare_ exp err
rm .twindoc.json
returns_ 2 chk --profile jekyll site/content/en/a.md site/content/ko/a.md \
  >out 2>err
cat >exp <<'EOT'
twindoc: invalid argument 'jekyll' for '--profile'
Valid arguments are: 'commonmark' 'docusaurus' 'starlight' 'hugo' 'mkdocs' 'vitepress' 'mdn'
Try 'twindoc check --help' for more information.
EOT
compare_ exp err

# Without a marker, the pages tell: MDN's l10n front matter and macros.
mkdir -p mdn/en mdn/ko
cat >mdn/en/index.md <<'EOT'
---
title: gap
slug: Web/CSS/gap
page-type: css-shorthand-property
browser-compat: css.properties.gap
---

{{CSSRef}}

The **`gap`** property sets the gaps between rows and columns.

## Examples

{{EmbedLiveSample("Examples")}}
EOT
cat >mdn/ko/index.md <<'EOT'
---
title: gap
slug: Web/CSS/gap
l10n:
  sourceCommit: 0123456789abcdef0123456789abcdef01234567
---

{{CSSRef}}

**`gap`** 속성은 행과 열 사이의 간격을 설정합니다.

## 예제

{{EmbedLiveSample("예제")}}
EOT
printf 'mdn\npages\n' >exp
profile_of --tree mdn/en mdn/ko >out
compare_ exp out
returns_ 0 chk --tree mdn/en mdn/ko >out 2>err
compare_clean_ 1 out
returns_ 1 chk --profile commonmark --tree mdn/en mdn/ko >out 2>err
grep -c 'front-matter\]' out >count
echo 3 >exp
compare_ exp count

# Syntax shown as code does not count: a page about Hugo and MDN written
# in plain Markdown.
mkdir -p about/en about/ko
cat >about/en/a.md <<'EOT'
# Shortcodes

Write `{{< note >}}` or `{{jsxref("Array")}}`:

```md
{{% heading "whatsnext" %}}
{{Compat}}
```
EOT
cp about/en/a.md about/ko/a.md
printf 'commonmark\ndefault\n' >exp
profile_of --tree about/en about/ko >out
compare_ exp out

# Nothing points to a system: commonmark.
mkdir -p plain/en plain/ko
printf '# Hi\n\nHello.\n' >plain/en/a.md
printf '# 안녕\n\n안녕하세요.\n' >plain/ko/a.md
printf 'commonmark\ndefault\n' >exp
profile_of --tree plain/en plain/ko >out
compare_ exp out

Exit
