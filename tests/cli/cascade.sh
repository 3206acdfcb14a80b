#!/bin/sh
# Per-page settings: "overrides" in .twindoc.json (globs relative to the
# file's folder, later ones win), the .twindoc.json files of a page's
# folders (nearest wins, up to "root": true), the warning for run-wide
# keys in them, and --config / --no-config, which turn the search off.
. "${abs_top_srcdir=.}/tests/init.sh"

chk () { "$TWINDOC" check --color=never --excerpt=never -j 1 "$@"; }

mkdir -p en/reference ko/reference || framework_failure_
printf '# Setup\n\nRun it 2 times.\n' >en/a.md
printf '# 설정\n\n3번 실행합니다.\n' >ko/a.md
cp en/a.md en/reference/b.md && cp ko/a.md ko/reference/b.md \
  || framework_failure_

# Findings as "PATH SEVERITY", one a line.
findings () { sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: \(error\|warning\): .*\[number\]$/\1 \2/p' "$1"; }

# No configuration: number is a warning on both pages.
returns_ 0 chk --tree en ko >out 2>err
findings out >got
printf 'ko/a.md warning\nko/reference/b.md warning\n' >exp
compare_ exp got
compare_ /dev/null err

# An override for the Korean pages under reference/, and a later one
# that wins over it for the same pages; an English path matches too.
cat >.twindoc.json <<'EOT'
{
  "$schema": "./twindoc.schema.json",
  "rules": { "number": "error" },
  "overrides": [
    { "files": ["ko/reference/**"], "rules": { "number": "off" } },
    { "files": ["en/reference/b.md"], "rules": { "number": "warning" } },
    { "files": ["nothing/**"], "rules": { "number": "off" } }
  ]
}
EOT
returns_ 1 chk --tree en ko >out 2>err
findings out >got
printf 'ko/a.md error\nko/reference/b.md warning\n' >exp
compare_ exp got
compare_ /dev/null err
# One pair, as operands.
returns_ 0 chk en/reference/b.md ko/reference/b.md >out 2>err
findings out >got
echo 'ko/reference/b.md warning' >exp
compare_ exp got
# --severity wins over the overrides.
returns_ 0 chk --severity=number=note --tree en ko >out 2>err
findings out >got
compare_ /dev/null got

# The nearest .twindoc.json of the page's folder wins over the run's file.
printf '{"rules": {"number": "off"}}\n' >ko/reference/.twindoc.json
returns_ 1 chk --tree en ko >out 2>err
findings out >got
echo 'ko/a.md error' >exp
compare_ exp got
compare_ /dev/null err
# From a folder below: the same settings for each page.
(cd ko/reference && chk --tree ../../en ../../ko) >out 2>err
test $? = 1 || fail_ "from ko/reference: exit status"
findings out >got
echo '../../ko/a.md error' >exp
compare_ exp got
# --config FILE and --no-config turn the search off.
returns_ 1 chk --config=.twindoc.json --tree en ko >out 2>err
findings out >got
printf 'ko/a.md error\nko/reference/b.md warning\n' >exp
compare_ exp got
returns_ 0 chk --no-config --tree en ko >out 2>err
findings out >got
printf 'ko/a.md warning\nko/reference/b.md warning\n' >exp
compare_ exp got

# "root": true: the files above are not read (the run's overrides
# included); a run-wide key there is a warning, not silently dropped.
printf '{"root": true, "include": ["*.md"]}\n' >ko/reference/.twindoc.json
returns_ 1 chk --tree en ko >out 2>err
findings out >got
printf 'ko/a.md error\nko/reference/b.md warning\n' >exp
compare_ exp got
ref=$(cd ko/reference && pwd -P)
cat >exp <<EOT
twindoc: $ref/.twindoc.json: warning: 'include' applies to a whole run and is ignored in the configuration of a page's folder; set it in the run's configuration (the nearest .twindoc.json of the current folder, or --config)
EOT
compare_ exp err

# A folder's file that is not JSON: trouble for its pages, the others
# are checked.
printf '{bad\n' >ko/reference/.twindoc.json
returns_ 2 chk --tree en ko >out 2>err
findings out >got
echo 'ko/a.md error' >exp
compare_ exp got
echo "twindoc: $ref/.twindoc.json:1:2: invalid JSON" >exp
compare_ exp err
grep -q '^checked 1 page pair: 1 error, 0 warnings$' out \
  || fail_ "the page of the broken folder is not counted"
rm ko/reference/.twindoc.json

# --help says what --config leaves out.
"$TWINDOC" check --help >out || fail=1
grep -A2 -e '--config=FILE' out | grep -q "of the pages' folders" \
  || fail_ "--help: --config and the files of the pages' folders"

# What an override may not set, and its errors, with their lines.
bad () { printf '%s\n' "$1" >bad.json
         returns_ 2 chk --config=bad.json en/a.md ko/a.md >out 2>err
         echo "twindoc: bad.json:$2" >exp; compare_ exp err; }
bad '{
  "overrides": [
    { "files": ["x/**"], "include": ["*.md"] }
  ]
}' "3: 'include' cannot be set in an override: only the settings of a page can"
bad '{
  "overrides": [ { "rules": {} } ]
}' "2: each element of 'overrides' must be an object with \"files\", an array of globs"
bad '{
  "overrides": [
    { "files": ["x"],
      "rules": { "nope": "off" } }
  ]
}' "4: unknown key 'rules.nope': no such rule"
bad '{"overrides": 3}' "1: 'overrides' must be an array of objects"
bad '{"root": "yes"}' "1: 'root' must be true or false"

Exit
