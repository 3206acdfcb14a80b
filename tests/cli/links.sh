#!/bin/sh
# How links are compared by default: the locale a site writes into its
# links, translated fragments, the Korean edition of an external site, and
# anchors that components and HTML make.
. "${abs_top_srcdir=.}/tests/init.sh"

chk () { "$TWINDOC" check --color=never --excerpt=never "$@"; }

# Locale segments and parameters, a final '/', http for https: the same
# page.
cat >en.md <<'EOT'
# Links

See [pods](/docs/concepts/pods/), [fetch](/en-US/docs/Web/API/fetch),
[routing](/en/guides/routing/), [metrics](https://web.dev/articles/inp),
[the W3C](https://www.w3.org/) and [the guide](https://example.org/guide).
EOT
cat >ko.md <<'EOT'
# 링크

[파드](/ko/docs/concepts/pods), [fetch](/ko/docs/Web/API/fetch),
[라우팅](/ko/guides/routing/), [지표](https://web.dev/articles/inp?hl=ko),
[W3C](http://www.w3.org) 및 [안내서](https://ko.example.org/guide/)를
참고하세요.
EOT
returns_ 0 chk en.md ko.md >out 2>err
compare_clean_ 1 out
compare_ /dev/null err

# A changed path is still a changed link, with or without the locale.
sed 's#/ko/docs/concepts/pods#/ko/docs/concepts/nodes#' ko.md >ko2.md
returns_ 1 chk en.md ko2.md >out 2>err
cat >exp <<'EOT'
ko2.md:3:6: error: link to '/ko/docs/concepts/nodes' differs from the English '/docs/concepts/pods/' [link]
en.md:3:12: note: the English counterpart: "/docs/concepts/pods/), [fetch](/en-US/do…"
checked 1 page pair: 1 error, 0 warnings
EOT
compare_ exp out

# The Korean edition of an external site has its own page names; another
# site, or the Korean edition of another one, is a different link.
cat >en.md <<'EOT'
# Terms

Read about [JIT compilers](https://en.wikipedia.org/wiki/Just-in-time_compilation)
and [queues](https://example.com/queues).
EOT
cat >ko.md <<'EOT'
# 용어

[JIT 컴파일러](https://ko.wikipedia.org/wiki/JIT_%EC%BB%B4%ED%8C%8C%EC%9D%BC)와
[큐](https://example.com/queues)를 읽어 보세요.
EOT
returns_ 0 chk en.md ko.md >out 2>err
compare_clean_ 1 out
sed 's#https://example.com/queues#https://ko.example.net/queues#' ko.md >ko2.md
returns_ 1 chk en.md ko2.md >out 2>err
cat >exp <<'EOT'
ko2.md:4:5: error: link to 'https://ko.example.net/queues' differs from the English 'https://example.com/queues' [link]
en.md:4:14: note: the English counterpart: "https://example.com/queues)."
checked 1 page pair: 1 error, 0 warnings
EOT
compare_ exp out

# A translated fragment into another page is not compared; one into this
# page must name a heading or an element of the Korean page: an id,
# name or permalink attribute counts.
cat >en.mdx <<'EOT'
# Team

See [routing](/en/guides/routing/#dynamic-routes), [Ana](#ana-lópez)
and [setup](#setup).

## Setup

<TeamMember name="Ana López" permalink="ana-lópez" />
EOT
cat >ko.mdx <<'EOT'
# 팀

[라우팅](/ko/guides/routing/#동적-라우트), [Ana](#ana-lópez),
[설정](#설정)을 보세요.

## 설정

<TeamMember name="Ana López" permalink="ana-lópez" />
EOT
returns_ 0 chk en.mdx ko.mdx >out 2>err
compare_clean_ 1 out
sed 's/(#설정)/(#설치)/' ko.mdx >ko2.mdx
returns_ 1 chk en.mdx ko2.mdx >out 2>err
cat >exp <<'EOT'
ko2.mdx:4:6: error: in-page link '#설치' names no heading of this page [link]
checked 1 page pair: 1 error, 0 warnings
EOT
compare_ exp out

Exit
