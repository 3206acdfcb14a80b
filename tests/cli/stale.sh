#!/bin/sh
# twindoc check --stale: the example guide as a page pair in a git
# repository; after one English list step and one English sentence
# change, check reports errors there, check --stale reports them as
# stale warnings and keeps a translation error of an unchanged block;
# the same with --tree, "stale": true in the configuration, every output
# format, baselines, a suppression comment, the lock file outside git,
# the rule off, one step alone (status and check), and pages where
# --stale must change nothing (nothing changed, no record of the
# English).
. "${abs_top_srcdir=.}/tests/init.sh"
LC_ALL=C; export LC_ALL; unset LANGUAGE LANG LC_MESSAGES
command -v git >/dev/null 2>&1 || skip_ "git not found"

HOME=$PWD; export HOME
GIT_CONFIG_NOSYSTEM=1; export GIT_CONFIG_NOSYSTEM
GIT_AUTHOR_NAME=Test; GIT_AUTHOR_EMAIL=test@example.com
GIT_COMMITTER_NAME=Test; GIT_COMMITTER_EMAIL=test@example.com
export GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL GIT_COMMITTER_NAME GIT_COMMITTER_EMAIL
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE

guide=$abs_top_srcdir/docs/examples/secure-kinesis.md
test -f "$guide" || framework_failure_ "no $guide"

# split EN KO: the bilingual example guide as an English page and its
# Korean translation (the front matter and imports in both), with one
# translation error planted in the Korean: the inline code of step 3 of
# the IAM role section.
split ()
{
  awk '/^---$/ { if (++n == 3) { k = 1; next } }
       !k { print > "'"$1"'" } k { print > "'"$2"'.body" }' "$guide" &&
  awk '/^import / { last = NR } { l[NR] = $0 }
       END { for (i = 1; i <= last; i++) print l[i] }' "$1" >"$2" &&
  sed 's/`ClickHouseAccessRole-`/`ClickHouseRole-`/' "$2.body" >>"$2" &&
  rm -f "$2.body" || framework_failure_ "split"
  grep -q '`ClickHouseRole-`' "$2" || framework_failure_ "no error planted"
}
# change_en FILE: one list step and one sentence of the English change.
change_en ()
{
  sed -e 's/^- 3\. Select the \*\*Settings\*\* tab\.$/- 3. Select the **Settings** tab, then `Security`./' \
      -e 's|^This article demonstrates how ClickPipes customers|This article demonstrates how [ClickPipes](https://clickhouse.com/docs/clickpipes) customers|' \
      "$1" >"$1.new" && mv "$1.new" "$1" || framework_failure_ "sed"
  grep -q 'then `Security`' "$1" && grep -q 'docs/clickpipes' "$1" \
    || framework_failure_ "the English did not change"
}
# The findings of these rules and the summary, which is all this test
# looks at (the guide's other warnings belong to other tests).
pick () { grep -E '\[(stale|link|inline-code)\]$|^checked' "$@"; }

mkdir repo && cd repo || framework_failure_
git init -q . || framework_failure_ "git init"
mkdir en ko
split en/guide.md ko/guide.md
git add . && git commit -q -m translated || framework_failure_

# 1. Nothing changed since the translation: --stale changes nothing.
"$TWINDOC" check en/guide.md ko/guide.md >plain 2>err
test $? = 1 || fail_ "check: exit status not 1"
returns_ 1 "$TWINDOC" check --stale en/guide.md ko/guide.md >out 2>err
compare_ plain out; compare_ /dev/null err
cat >exp <<'EOT'
ko/guide.md:52:83: error: inline code `ClickHouseRole-` differs from the English `ClickHouseAccessRole-` [inline-code]
EOT
pick out | grep -v '^checked' >out1
compare_ exp out1

change_en en/guide.md
git commit -q -a -m 'English changed' || framework_failure_

# 2. Without --stale the two changes are translation errors.
cat >exp <<'EOT'
ko/guide.md:16:1: error: link to 'https://clickhouse.com/docs/clickpipes' is missing in the Korean text [link]
ko/guide.md:40:6: error: inline code `Security` is missing in the Korean text [inline-code]
ko/guide.md:52:83: error: inline code `ClickHouseRole-` differs from the English `ClickHouseAccessRole-` [inline-code]
checked 1 page pair: 3 errors, 7 warnings
EOT
returns_ 1 "$TWINDOC" check en/guide.md ko/guide.md >out 2>err
pick out >out1; compare_ exp out1; compare_ /dev/null err

# 3. With --stale they are stale warnings; the error of the block the
# English did not change stays an error, and fails the run.
cat >exp <<'EOT'
ko/guide.md:16:1: warning: the English changed since the translation: link to 'https://clickhouse.com/docs/clickpipes' is missing in the Korean text (link) [stale]
ko/guide.md:40:6: warning: the English changed since the translation: inline code `Security` is missing in the Korean text (inline-code) [stale]
ko/guide.md:52:83: error: inline code `ClickHouseRole-` differs from the English `ClickHouseAccessRole-` [inline-code]
checked 1 page pair: 1 error, 9 warnings
EOT
returns_ 1 "$TWINDOC" check --stale en/guide.md ko/guide.md >out 2>err
pick out >out1; compare_ exp out1; compare_ /dev/null err
cp out stale-out
# Only the stale findings do not fail the run.
returns_ 0 "$TWINDOC" check --stale --severity=inline-code=warning \
  en/guide.md ko/guide.md >out 2>err
# The rule's severity is set like any other's; off, --stale changes
# nothing.
returns_ 1 "$TWINDOC" check --stale --severity=stale=error --fail-on=error \
  --severity=inline-code=warning en/guide.md ko/guide.md >out 2>err
test "$(grep -c 'error: the English changed.*\[stale\]$' out)" = 2 \
  || fail_ "--severity=stale=error"
returns_ 1 "$TWINDOC" check --stale --severity=stale=off \
  en/guide.md ko/guide.md >out 2>err
"$TWINDOC" check en/guide.md ko/guide.md >plain 2>err
compare_ plain out

# 4. The same with "stale": true in the configuration.
printf '{ "stale": true }\n' >.twindoc.json
returns_ 1 "$TWINDOC" check en/guide.md ko/guide.md >out 2>err
compare_ stale-out out; compare_ /dev/null err
printf '{ "stale": 1 }\n' >.twindoc.json
returns_ 2 "$TWINDOC" check en/guide.md ko/guide.md >out 2>err
grep -q "'stale' must be true or false" err \
  || fail_ "no error for a stale key that is not a boolean"
rm -f .twindoc.json

# 5. --tree, and every output format.
cat >exp <<'EOT'
ko/guide.md:16:1: warning: the English changed since the translation: link to 'https://clickhouse.com/docs/clickpipes' is missing in the Korean text (link) [stale]
ko/guide.md:40:6: warning: the English changed since the translation: inline code `Security` is missing in the Korean text (inline-code) [stale]
ko/guide.md:52:83: error: inline code `ClickHouseRole-` differs from the English `ClickHouseAccessRole-` [inline-code]
checked 1 page pair: 1 error, 9 warnings
EOT
returns_ 1 "$TWINDOC" check --stale --tree -j 2 en ko >out 2>err
pick out >out1; compare_ exp out1; compare_ /dev/null err
returns_ 1 "$TWINDOC" check --stale -f json en/guide.md ko/guide.md >out 2>err
test "$(grep -c '"rule":	"stale"' out)" = 2 || fail_ "json: not 2 stale findings"
grep -A2 '"rule":	"stale"' out | grep -c '"severity":	"warning"' >n
test "$(cat n)" = 2 || fail_ "json: stale findings are not warnings"
returns_ 1 "$TWINDOC" check --stale -f sarif en/guide.md ko/guide.md >out 2>err
test "$(grep -c '"ruleId":	"stale"' out)" = 2 || fail_ "sarif: not 2 stale results"
grep -q '"id":	"stale"' out || fail_ "sarif: no stale rule"
returns_ 1 "$TWINDOC" check --stale -f github en/guide.md ko/guide.md >out 2>err
cat >exp <<'EOT'
::warning file=ko/guide.md,line=16,col=1,endLine=16,endColumn=88,title=stale::the English changed since the translation: link to 'https://clickhouse.com/docs/clickpipes' is missing in the Korean text (link) (counterpart: en/guide.md:16:44)
::warning file=ko/guide.md,line=40,col=6,endLine=40,endColumn=21,title=stale::the English changed since the translation: inline code `Security` is missing in the Korean text (inline-code) (counterpart: en/guide.md:40:41)
EOT
grep 'title=stale::' out >out1; compare_ exp out1

# 6. Baselines: a baseline written with --stale records the stale
# findings, and a run with it reports nothing.
returns_ 0 "$TWINDOC" check --stale --write-baseline=base.json \
  en/guide.md ko/guide.md >out 2>err
test "$(grep -c '"stale"' base.json)" = 2 || fail_ "baseline: no stale findings"
returns_ 0 "$TWINDOC" check --stale --baseline=base.json \
  en/guide.md ko/guide.md >out 2>err
compare_clean_ 1 out

# 7. status --update records the current English: nothing is stale any
# more, and --stale changes nothing.
returns_ 0 "$TWINDOC" status --update en/guide.md ko/guide.md >out 2>err
"$TWINDOC" check en/guide.md ko/guide.md >plain 2>err
returns_ 1 "$TWINDOC" check --stale en/guide.md ko/guide.md >out 2>err
compare_ plain out
cd .. || framework_failure_

# 8. status on the example guide: one English step edited, that step
# alone is reported, and check --stale makes that block alone stale.
mkdir one && cd one || framework_failure_
git init -q . || framework_failure_ "git init"
split en.md ko.md
git add . && git commit -q -m translated || framework_failure_
base=$(git rev-parse HEAD)
sed 's/^- 3\. Select the \*\*Settings\*\* tab\.$/- 3. Select the **Settings** tab, then `Security`./' \
  en.md >en.new && mv en.new en.md || framework_failure_
git commit -q -a -m 'one step' || framework_failure_
cat >exp <<EOT
ko.md: outdated since $(printf '%.12s' "$base"): 1 changed, 0 new, 0 removed
ko.md:40: changed: en.md:40: Select the **Settings** [-tab.-]{+tab, then \`Security\`.+}
EOT
returns_ 1 "$TWINDOC" status en.md ko.md >out 2>err
compare_ exp out; compare_ /dev/null err
returns_ 1 "$TWINDOC" check --stale en.md ko.md >out 2>err
test "$(grep -c '\[stale\]$' out)" = 1 || fail_ "not one stale finding"
grep -q '^ko.md:40:6: warning: .*\[stale\]$' out || fail_ "the step is not stale"
cd .. || framework_failure_

# 9. Outside git: no record, so --stale changes nothing; then the lock
# file written by status --update holds the English text, and an
# English change is stale.  A suppression comment silences one stale
# finding.
mkdir plain && cd plain || framework_failure_
split en.md ko.md
change_en en.md
"$TWINDOC" check en.md ko.md >plain 2>err
returns_ 1 "$TWINDOC" check --stale en.md ko.md >out 2>err
compare_ plain out; compare_ /dev/null err
split en.md ko.md
returns_ 0 "$TWINDOC" status --update en.md ko.md >out 2>err
test -f twindoc.lock || fail_ "no lock file"
change_en en.md
cat >exp <<'EOT'
ko.md:16:1: warning: the English changed since the translation: link to 'https://clickhouse.com/docs/clickpipes' is missing in the Korean text (link) [stale]
ko.md:40:6: warning: the English changed since the translation: inline code `Security` is missing in the Korean text (inline-code) [stale]
ko.md:52:83: error: inline code `ClickHouseRole-` differs from the English `ClickHouseAccessRole-` [inline-code]
checked 1 page pair: 1 error, 9 warnings
EOT
returns_ 1 "$TWINDOC" check --stale en.md ko.md >out 2>err
pick out >out1; compare_ exp out1; compare_ /dev/null err
# The comment goes before the Korean line 16 (the page's lines below it
# move down by two); the English is not touched.
awk 'NR == 16 { print "<!-- twindoc-disable-next-line stale -->"; print "" }
     { print }' ko.md >ko.new && mv ko.new ko.md || framework_failure_
cat >exp <<'EOT'
ko.md:42:6: warning: the English changed since the translation: inline code `Security` is missing in the Korean text (inline-code) [stale]
ko.md:54:83: error: inline code `ClickHouseRole-` differs from the English `ClickHouseAccessRole-` [inline-code]
checked 1 page pair: 1 error, 8 warnings
EOT
returns_ 1 "$TWINDOC" check --stale en.md ko.md >out 2>err
pick out >out1; compare_ exp out1; compare_ /dev/null err
# A broken lock file is trouble, as for status.
printf '[1]\n' >twindoc.lock
returns_ 2 "$TWINDOC" check --stale en.md ko.md >out 2>err
grep -q '^twindoc: .*twindoc.lock: not a lock file' err \
  || fail_ "no error for a broken lock file"
cd .. || framework_failure_

Exit
