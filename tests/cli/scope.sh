#!/bin/sh
# Source and translation findings: the class of each finding (JSON "scope"
# key, SARIF property), --scope=all|translation|source, the cap of source
# findings at warning, and the "scope" key of .twindoc.json.
. "${abs_top_srcdir=.}/tests/init.sh"

chk () { "$TWINDOC" check --color=never --excerpt=never "$@"; }

# An English page with a byte order mark and a JSON block that does not
# parse; its translation copies the block and changes a link.
printf '\357\273\277# Setup\n\nSee the [guide](https://example.com/guide).\n\n```json\n{ "a": 1 "b": 2 }\n```\n' >en.md
cat >ko.md <<'EOT'
# 설정

[안내서](https://example.com/guides)를 참고하세요.

```json
{ "a": 1 "b": 2 }
```
EOT

# Default: the source findings (the English BOM, the English JSON and its
# Korean copy) are warnings; the link is still an error.
returns_ 1 chk --no-config en.md ko.md >out 2>err
cat >exp <<'EOT'
en.md:1:1: warning: byte order mark (U+FEFF); Markdown files should not have one [encoding]
en.md:6:10: warning: this JSON code block does not parse: the text is not valid JSON from here on [json-syntax]
ko.md:3:7: error: link to 'https://example.com/guides' differs from the English 'https://example.com/guide' [link]
en.md:3:17: note: the English counterpart: "https://example.com/guide)."
ko.md:6:10: warning: this JSON code block does not parse: the text is not valid JSON from here on [json-syntax]
checked 1 page pair: 1 error, 3 warnings
EOT
compare_ exp out
compare_ /dev/null err

# --scope=translation drops them.
returns_ 1 chk --no-config --scope=translation en.md ko.md >out 2>err
cat >exp <<'EOT'
ko.md:3:7: error: link to 'https://example.com/guides' differs from the English 'https://example.com/guide' [link]
en.md:3:17: note: the English counterpart: "https://example.com/guide)."
checked 1 page pair: 1 error, 0 warnings
EOT
compare_ exp out
compare_ /dev/null err

# --scope=source keeps only them, at their own severity.
returns_ 1 chk --no-config --scope=source en.md ko.md >out 2>err
cat >exp <<'EOT'
en.md:1:1: error: byte order mark (U+FEFF); Markdown files should not have one [encoding]
en.md:6:10: error: this JSON code block does not parse: the text is not valid JSON from here on [json-syntax]
ko.md:6:10: error: this JSON code block does not parse: the text is not valid JSON from here on [json-syntax]
checked 1 page pair: 3 errors, 0 warnings
EOT
compare_ exp out
compare_ /dev/null err

# A translation without the link difference passes a translation CI.
sed 's/guides/guide/' ko.md >ko-ok.md
returns_ 0 chk --no-config en.md ko-ok.md >out 2>err
cat >exp <<'EOT'
en.md:1:1: warning: byte order mark (U+FEFF); Markdown files should not have one [encoding]
en.md:6:10: warning: this JSON code block does not parse: the text is not valid JSON from here on [json-syntax]
ko-ok.md:6:10: warning: this JSON code block does not parse: the text is not valid JSON from here on [json-syntax]
checked 1 page pair: 0 errors, 3 warnings
EOT
compare_ exp out
returns_ 0 chk --no-config --scope=translation en.md ko-ok.md >out 2>err
compare_clean_ 1 out

# A JSON defect of the Korean block's own (not the English line) is a
# translation finding: an error, as is the difference of code.
sed 's/"a": 1 "b": 2/"a": 1, "b" 2/' ko-ok.md >ko-own.md
returns_ 1 chk --no-config --scope=translation en.md ko-own.md >out 2>err
cat >exp <<'EOT'
ko-own.md:6:1: error: code differs from the English block: "{ "a": 1, "b" 2 }" instead of "{ "a": 1 "b": 2 }" [code-block]
en.md:6:1: note: the English counterpart: "{ "a": 1 "b": 2 }"
ko-own.md:6:15: error: this JSON code block does not parse: the text is not valid JSON from here on [json-syntax]
checked 1 page pair: 2 errors, 0 warnings
EOT
compare_ exp out

# A severity set by --severity or by the configuration is kept.
returns_ 1 chk --no-config --severity=json-syntax=error en.md ko-ok.md >out
cat >exp <<'EOT'
en.md:1:1: warning: byte order mark (U+FEFF); Markdown files should not have one [encoding]
en.md:6:10: error: this JSON code block does not parse: the text is not valid JSON from here on [json-syntax]
ko-ok.md:6:10: error: this JSON code block does not parse: the text is not valid JSON from here on [json-syntax]
checked 1 page pair: 2 errors, 1 warning
EOT
compare_ exp out
printf '{ "rules": { "json-syntax": "error" } }\n' >.twindoc.json
returns_ 1 chk en.md ko-ok.md >out2
compare_ exp out2

# The "scope" key; --scope overrides it.
printf '{ "scope": "source" }\n' >.twindoc.json
returns_ 1 chk en.md ko.md >out
cat >exp <<'EOT'
en.md:1:1: error: byte order mark (U+FEFF); Markdown files should not have one [encoding]
en.md:6:10: error: this JSON code block does not parse: the text is not valid JSON from here on [json-syntax]
ko.md:6:10: error: this JSON code block does not parse: the text is not valid JSON from here on [json-syntax]
checked 1 page pair: 3 errors, 0 warnings
EOT
compare_ exp out
returns_ 0 chk --scope=all en.md ko-ok.md >out
cat >exp <<'EOT'
en.md:1:1: warning: byte order mark (U+FEFF); Markdown files should not have one [encoding]
en.md:6:10: warning: this JSON code block does not parse: the text is not valid JSON from here on [json-syntax]
ko-ok.md:6:10: warning: this JSON code block does not parse: the text is not valid JSON from here on [json-syntax]
checked 1 page pair: 0 errors, 3 warnings
EOT
compare_ exp out
printf '{\n  "scope": "english"\n}\n' >.twindoc.json
returns_ 2 chk en.md ko.md >out 2>err
echo "twindoc: .twindoc.json:2: unknown value 'english' for 'scope'; expected all, translation or source" >exp
compare_ exp err
compare_ /dev/null out
rm .twindoc.json

# A bad --scope.
returns_ 2 chk --scope=english en.md ko.md >out 2>err
cat >exp <<'EOT'
twindoc: invalid argument 'english' for '--scope'
Valid arguments are: 'all' 'translation' 'source'
Try 'twindoc check --help' for more information.
EOT
compare_ exp err

# The class in the JSON output and in the SARIF log.
returns_ 1 chk --no-config --format=json en.md ko.md >out
grep -E '"(rule|severity|scope|file)":' out | tr -d '\t' >got
cat >exp <<'EOT'
"rule":"encoding",
"severity":"warning",
"scope":"source",
"file":"en.md",
"rule":"json-syntax",
"severity":"warning",
"scope":"source",
"file":"en.md",
"rule":"link",
"severity":"error",
"scope":"translation",
"file":"ko.md",
"file":"en.md",
"rule":"json-syntax",
"severity":"warning",
"scope":"source",
"file":"ko.md",
EOT
compare_ exp got
returns_ 1 chk --no-config --format=sarif en.md ko.md >out
grep -E '"(ruleId|scope)":' out | tr -d '\t' >got
cat >exp <<'EOT'
"ruleId":"encoding",
"scope":"source"
"ruleId":"json-syntax",
"scope":"source"
"ruleId":"link",
"scope":"translation"
"ruleId":"json-syntax",
"scope":"source"
EOT
compare_ exp got

# A bilingual file: the English half is the source, the Korean half
# copies its JSON; the front matter above the English half belongs to
# both languages, so its error stays a translation finding.
cat >bi.md <<'EOT'
---
title: [Setup
---
# Setup

```json
{ "a": 1 "b": 2 }
```

---

# 설정

```json
{ "a": 1 "b": 2 }
```
EOT
returns_ 1 chk --no-config --format=json bi.md >out
grep -E '"(rule|severity|scope|line)":' out | tr -d '\t' >got
cat >exp <<'EOT'
"rule":"front-matter",
"severity":"error",
"scope":"translation",
"line":2,
"rule":"json-syntax",
"severity":"warning",
"scope":"source",
"line":7,
"rule":"json-syntax",
"severity":"warning",
"scope":"source",
"line":15,
EOT
compare_ exp got

# --tree: an orphan page is a translation finding, which
# --scope=source drops.
mkdir -p t/en t/ko
cp en.md t/en/a.md; cp ko-ok.md t/ko/a.md; cp ko-ok.md t/ko/b.md
returns_ 1 chk --no-config --scope=source --tree t/en t/ko >out
cat >exp <<'EOT'
t/en/a.md:1:1: error: byte order mark (U+FEFF); Markdown files should not have one [encoding]
t/en/a.md:6:10: error: this JSON code block does not parse: the text is not valid JSON from here on [json-syntax]
t/ko/a.md:6:10: error: this JSON code block does not parse: the text is not valid JSON from here on [json-syntax]
checked 1 page pair: 3 errors, 0 warnings
EOT
compare_ exp out

Exit 0
