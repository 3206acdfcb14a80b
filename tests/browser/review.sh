#!/bin/sh
# The HTML review page in a real browser: headless Chromium (Debian's
# chromium, TWINDOC_CHROMIUM to use another) driven by playwright-core
# from the project's node_modules (.ci/run and ./quickstart test install
# both).  The report of the example guide (its findings on their blocks
# beside the English, filters, keyboard navigation, sentence hover, no
# console error), a page full of markup in headings, code, front matter
# and file names (nothing runs), and a ClickHouse pair of ../shared.
# Skips when the browser or Node.js with playwright-core is missing.
# Screenshots are kept in tests/browser/shots of the build tree.
. "${abs_top_srcdir=.}/tests/init.sh"
LC_ALL=C; export LC_ALL; unset LANGUAGE LANG LC_MESSAGES

chromium=${TWINDOC_CHROMIUM:-/usr/bin/chromium}
test -x "$chromium" \
  || skip_ "no browser at $chromium (apt-get install chromium)"
command -v node >/dev/null 2>&1 || skip_ "node (Node.js) is not installed"
test -f "$abs_top_srcdir/node_modules/playwright-core/package.json" \
  || skip_ "playwright-core is not installed (npm install --no-save playwright-core@1.64.1)"

shots=$abs_top_builddir/tests/browser/shots
mkdir -p "$shots" || framework_failure_

# The example guide.
returns_ 0 "$TWINDOC" check "$abs_top_srcdir/docs/examples/secure-kinesis.md" \
  --format html -o example.html || fail_ "check of the example"

# Markup everywhere: headings, code, front matter, file names.
evil_name='x"><img src=x onerror="window.__pwned=1">'
mkdir en ko || framework_failure_
cat >"en/$evil_name.md" <<'MD'
---
title: "<script>window.__pwned=1</script>"
description: '"><img src=x onerror="window.__pwned=1">'
---

# Setup <script>window.__pwned=1</script> "><img src=x onerror="window.__pwned=1;alert(1)">

Run `<script>window.__pwned=1</script>` first. Then run `"><img src=x onerror=window.__pwned=1>` twice.

```html
<script>window.__pwned=1</script>
"><img src=x onerror="window.__pwned=1">
```

![<script>alert(1)</script>](x" onerror="window.__pwned=1)
MD
cat >"ko/$evil_name.md" <<'MD'
---
title: "<script>window.__pwned=1;alert(2)</script>"
---

# 설정 <script>window.__pwned=1</script> "><img src=x onerror="window.__pwned=1;alert(1)">

먼저 `<script>window.__pwned=1</script>`를 실행하세요. 그 다음 `"><img src=y onerror=window.__pwned=1>` 를 두 번 실행합니다.

```html
<script>window.__pwned=1</script>
"><img src=x onerror="window.__pwned=1">
```

![<svg onload=alert(1)>](x" onerror="window.__pwned=1)
MD
"$TWINDOC" check --format html -o evil.html "en/$evil_name.md" \
  "ko/$evil_name.md"
test $? -le 1 || fail_ "check of the markup pair"
# The markup is only ever in the report escaped.
grep -F '<img src=x onerror' evil.html && fail_ "raw <img> in the report"
grep -F '<script>window' evil.html && fail_ "raw <script> in the report"

# A ClickHouse pair, when the shared corpus is here.
ch=$shared_dir/corpus/clickhouse
rel=integrations/data-ingestion/clickpipes/secure-rds.md
set -- "$chromium" "$shots" "$PWD/example.html" "$PWD/evil.html"
if test -f "$ch/en/$rel" && test -f "$ch/ko/$rel"; then
  "$TWINDOC" check --format html -o clickhouse.html "$ch/en/$rel" \
    "$ch/ko/$rel"
  test $? -le 1 || fail_ "check of the ClickHouse pair"
  set -- "$@" "$PWD/clickhouse.html"
else
  printf 'note: %s not found: the ClickHouse pair is not checked\n' \
    "$ch/en/$rel" >&9
fi

NODE_PATH=$abs_top_srcdir/node_modules node \
  "$abs_top_srcdir/tests/browser/review.mjs" "$@" >out 2>err
st=$?
cat out >&9
test $st -eq 0 || fail_ "browser checks failed: $(cat err)"

Exit
