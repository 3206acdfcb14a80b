#!/bin/sh
# The GitHub Action's steps (action.yml runs tools/action.sh) on a sample
# repository, with a fake GITHUB_* environment: a pull request that
# changes one Korean page; its annotations, the SARIF log, the job
# summary and the outputs.  The install step finds twindoc on PATH and
# builds nothing (.ci/run builds the Debian package).
. "${abs_top_srcdir=.}/tests/init.sh"

command -v bash >/dev/null 2>&1 || skip_ "bash not found"
command -v git >/dev/null 2>&1 || skip_ "git not found"
command -v jq >/dev/null 2>&1 || command -v python3 >/dev/null 2>&1 \
  || skip_ "neither jq nor python3 found (the action reads the event with one)"
action=$abs_top_srcdir/tools/action.sh

# Every step of action.yml that runs a shell runs a subcommand of
# tools/action.sh that exists (or the final exit).
grep "^ *run: .*tools/action.sh" "$abs_top_srcdir/action.yml" \
  | sed 's/.*action.sh" *\([a-z-]*\).*/\1/' | sort -u >steps
printf 'cache-key\nchanged\ncheck\ninstall\n' >exp
compare_ exp steps

mkdir bin && ln -s "$TWINDOC" bin/twindoc || framework_failure_
PATH=$PWD/bin:$PATH; export PATH

# The sample repository: two pages and their translations; the pull
# request breaks the anchor of one Korean page.  The other Korean page
# has a defect of its own, outside the pull request.
g () { git -c user.name=t -c user.email=t@example.invalid -c commit.gpgsign=false "$@"; }
mkdir -p repo/docs repo/ko && cd repo || framework_failure_
printf '# Intro {#intro}\n\nRun `make`.\n' >docs/intro.md
printf '# Setup {#setup}\n\nRun `make install`.\n' >docs/setup.md
printf '# 소개 {#intro}\n\n`make`를 실행합니다.\n' >ko/intro.md
printf '# 설정 {#set-up}\n\n`make install`을 실행합니다.\n' >ko/setup.md
g init -q && g add . && g commit -q -m base || framework_failure_
base=$(git rev-parse HEAD)
printf '# 소개 {#introduction}\n\n`make`를 실행합니다.\n' >ko/intro.md
g commit -q -a -m 'pull request' || framework_failure_
head=$(git rev-parse HEAD)
cd .. || framework_failure_

printf '{"pull_request": {"base": {"sha": "%s"}, "head": {"sha": "%s"}}}\n' \
  "$base" "$head" >event.json
mkdir tmp
GITHUB_WORKSPACE=$PWD/repo GITHUB_EVENT_NAME=pull_request
GITHUB_EVENT_PATH=$PWD/event.json GITHUB_OUTPUT=$PWD/output
GITHUB_STEP_SUMMARY=$PWD/summary RUNNER_TEMP=$PWD/tmp
export GITHUB_WORKSPACE GITHUB_EVENT_NAME GITHUB_EVENT_PATH GITHUB_OUTPUT \
  GITHUB_STEP_SUMMARY RUNNER_TEMP

# cache-key: one key, the version and a hash.
bash "$action" cache-key >/dev/null || fail_ "cache-key failed"
grep -q '^key=twindoc-deb-[0-9.]*-[a-z0-9_]*-[0-9a-f]\{16\}$' output \
  || { cat output >&9; fail_ "no cache key"; }

# install: twindoc is on PATH.
bash "$action" install >out || fail_ "install failed"
grep -q 'is already installed' out || { cat out >&9; fail_ "install did not find twindoc"; }

# changed: the list of the pull request.
: >output
bash "$action" changed >out || fail_ "changed failed"
printf 'files-from=%s/tmp/twindoc-files-from.txt\ncount=1\n' "$PWD" >exp
compare_ exp output
printf 'ko/intro.md\n' >exp
compare_ exp tmp/twindoc-files-from.txt

# check: annotations of the changed page only; the step succeeds and
# hands the exit status on.
: >output
INPUT_ROOTS='docs ko' INPUT_FILES_FROM=$PWD/tmp/twindoc-files-from.txt \
  INPUT_FAIL_ON=error bash "$action" check >out || fail_ "check step failed"
cat >exp <<'EOT'
::error file=ko/intro.md,line=1,col=6,endLine=1,endColumn=20,title=anchor::anchor 'introduction' differs from the English anchor 'intro' (counterpart: docs/intro.md:1:9)
checked 1 page pair: 1 error, 0 warnings
EOT
compare_ exp out
printf 'status=1\n' >exp
compare_ exp output
grep -q '^checked 1 page pair: 1 error, 0 warnings (exit status 1)$' summary \
  || { cat summary >&9; fail_ "no job summary"; }

# sarif: true writes the SARIF log and names it.
: >output
INPUT_ROOTS='docs ko' INPUT_FILES_FROM=$PWD/tmp/twindoc-files-from.txt \
  INPUT_SARIF=true bash "$action" check >out || fail_ "check step failed"
printf 'sarif=%s/tmp/twindoc.sarif\nstatus=1\n' "$PWD" >exp
compare_ exp output
grep -q '"version":[[:space:]]*"2.1.0"' tmp/twindoc.sarif || fail_ "no SARIF log"
grep -q '"ruleId":[[:space:]]*"anchor"' tmp/twindoc.sarif || fail_ "SARIF log without the finding"

# Outside a pull request, every page: both defects.
: >output
GITHUB_EVENT_NAME=push bash "$action" changed >/dev/null || fail_ "changed failed"
printf 'files-from=\n' >exp
compare_ exp output
INPUT_ROOTS='docs ko' INPUT_FILES_FROM= bash "$action" check >out
tail -n 1 out >last
printf 'checked 2 page pairs: 2 errors, 0 warnings\n' >exp
compare_ exp last

# A pull request that changes no page checks nothing and succeeds.
: >empty; : >output
INPUT_ROOTS='docs ko' INPUT_FILES_FROM=$PWD/empty bash "$action" check >/dev/null
printf 'status=0\n' >exp
compare_ exp output

# roots must name two folders.
INPUT_ROOTS='docs' bash "$action" check >out
test $? -eq 2 || fail_ "one root accepted"

Exit
