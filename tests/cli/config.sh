#!/bin/sh
# .twindoc.json: discovery, rule severities, --severity, --no-config,
# --config, error messages with the line, include/exclude with --tree.
. "${abs_top_srcdir=.}/tests/init.sh"

chk () { "$TWINDOC" check --color=never --excerpt=never "$@"; }

cat >en.md <<'EOT'
# Backups

Keep `7` daily copies on 2 disks.
EOT
cat >ko.md <<'EOT'
# 백업

일별 사본 `7`개를 디스크 3개에 보관합니다.
EOT

# Without a configuration: number is a warning.
returns_ 0 chk en.md ko.md >out 2>err
cat >exp.warning <<'EOT'
ko.md:3:17: warning: number 3 differs from the English 2 [number]
en.md:3:26: note: the English counterpart: "2 disks."
checked 1 page pair: 0 errors, 1 warning
EOT
compare_ exp.warning out
compare_ /dev/null err

# Found in the current folder.
cat >.twindoc.json <<'EOT'
{
  "rules": {
    "number": "off"
  }
}
EOT
returns_ 0 chk en.md ko.md >out 2>err
compare_clean_ 1 out
compare_ /dev/null err

# Found in a parent folder.
mkdir -p sub/deeper || framework_failure_
(cd sub/deeper && returns_ 0 chk ../../en.md ../../ko.md) >out 2>err \
  || fail=1
compare_clean_ 1 out
compare_ /dev/null err

# The command line wins over the file.
cat >.twindoc.json <<'EOT'
{
  "rules": {
    "number": "error"
  }
}
EOT
returns_ 1 chk en.md ko.md >out 2>err
sed 's/warning: number/error: number/; s/: 0 errors, 1 warning$/: 1 error, 0 warnings/' \
  exp.warning >exp.error
compare_ exp.error out
returns_ 0 chk --severity=number=warning en.md ko.md >out 2>err
compare_ exp.warning out
compare_ /dev/null err

# --no-config ignores it; --config reads another file.
returns_ 0 chk --no-config en.md ko.md >out 2>err
compare_ exp.warning out
printf '{"rules": {"number": "off"}}\n' >other.json
returns_ 0 chk --config=other.json en.md ko.md >out 2>err
compare_clean_ 1 out
compare_ /dev/null err
(cd sub && returns_ 0 chk --config=../other.json ../en.md ../ko.md) >out 2>err \
  || fail=1
compare_clean_ 1 out
returns_ 2 chk --config=nosuch.json en.md ko.md >out 2>err
echo 'twindoc: nosuch.json: No such file or directory' >exp
compare_ exp err
compare_ /dev/null out

# Errors name the file and the line, and exit 2 before any check.
# bad CONFIG-TEXT EXPECTED-MESSAGE: --config=bad.json fails with it.
bad ()
{
  printf '%s\n' "$1" >bad.json
  returns_ 2 chk --config=bad.json en.md ko.md >out 2>err
  printf 'twindoc: bad.json:%s\n' "$2" >exp
  compare_ exp err
  compare_ /dev/null out
}

bad '{
  "$schema": "\"rulez\": {}",
  "rules": {
    "number": "off"
  },

  "rulez": {}
}' "7: unknown key 'rulez'; did you mean 'rules'?"
bad '{
  "rules": {
    "number": 3
  }
}' "3: 'rules.number' must be a string"
bad '{
  "anchors": "explicit",
  "include": "*.md"
}' "3: 'include' must be an array of strings"
bad '{
  "code_blocks": "exact",
  "anchors": "slugs"
}' "3: unknown value 'slugs' for 'anchors'; expected explicit or translated-slugs"
bad '{
  "rules": {
    "number": "loud"
  }
}' "3: unknown value 'loud' for 'rules.number'; expected off, note, warning or error"
bad '{
  "rules": {
    "anchor": "off",
    "anchors": "off"
  }
}' "4: unknown key 'rules.anchors': no such rule; did you mean 'anchor'?"
bad '{
  "alt_text": "keep",
  "rules": {"number": "warning"},
  "alt_text": "translate"
}' "4: duplicate key 'alt_text'"
bad '[]' "1: the configuration must be a JSON object"
# Invalid JSON: the line and the column of the first byte that is wrong.
bad '{
  "anchors": "explicit"
  "code_blocks": "exact"
}' "3:3: invalid JSON"
bad '{
  "anchors": explicit
}' "2:14: invalid JSON"
# A trailing comma: wrong at the closing brace.
bad '{
  "anchors": "explicit",
}' "3:1: invalid JSON"

# A discovered file is named as the user would type it, relative to the
# current folder.
cat >.twindoc.json <<'EOT'
{
  "rules": {
    "number": "off"
  },
  "rulez": {}
}
EOT
returns_ 2 chk en.md ko.md >out 2>err
printf "twindoc: .twindoc.json:5: unknown key 'rulez'; did you mean 'rules'?\n" >exp
compare_ exp err
compare_ /dev/null out
# --no-config does not even read it.
returns_ 0 chk --no-config en.md ko.md >out 2>err
compare_ exp.warning out
compare_ /dev/null err
rm .twindoc.json

# include and exclude select the pages of --tree.
mkdir -p docs/en/drafts docs/ko/drafts docs/en/api docs/ko/api \
  || framework_failure_
cd docs || framework_failure_
printf '# Intro\n\nUse `init`.\n' >en/intro.md
printf '# 소개\n\n`init`을 사용합니다.\n' >ko/intro.md
printf '# Draft\n\nUse `old`.\n' >en/drafts/wip.md
printf '# 초안\n\n`new`를 사용합니다.\n' >ko/drafts/wip.md
printf '# API\n\nCall `run`.\n' >en/api/ref.mdx
printf '# API\n\n`ran`을 호출합니다.\n' >ko/api/ref.mdx
printf '# Notes\n\nUse `x`.\n' >en/api/notes.markdown
printf '# 노트\n\n`y`를 사용합니다.\n' >ko/api/notes.markdown

returns_ 1 chk --tree en ko >out 2>err
cat >exp <<'EOT'
ko/api/ref.mdx:3:2: error: inline code `ran` differs from the English `run` [inline-code]
en/api/ref.mdx:3:7: note: the English counterpart: "run`."
ko/drafts/wip.md:3:2: error: inline code `new` differs from the English `old` [inline-code]
en/drafts/wip.md:3:6: note: the English counterpart: "old`."
checked 3 page pairs: 2 errors, 0 warnings
EOT
compare_ exp out
compare_ /dev/null err

cat >.twindoc.json <<'EOT'
{
  "exclude": ["drafts/**"]
}
EOT
returns_ 1 chk --tree en ko >out 2>err
cat >exp <<'EOT'
ko/api/ref.mdx:3:2: error: inline code `ran` differs from the English `run` [inline-code]
en/api/ref.mdx:3:7: note: the English counterpart: "run`."
checked 2 page pairs: 1 error, 0 warnings
EOT
compare_ exp out
compare_ /dev/null err

cat >.twindoc.json <<'EOT'
{
  "include": ["**/*.markdown", "*.md"],
  "exclude": ["drafts/**"]
}
EOT
returns_ 1 chk --tree en ko >out 2>err
cat >exp <<'EOT'
ko/api/notes.markdown:3:2: error: inline code `y` differs from the English `x` [inline-code]
en/api/notes.markdown:3:6: note: the English counterpart: "x`."
checked 2 page pairs: 1 error, 0 warnings
EOT
compare_ exp out
compare_ /dev/null err

Exit
