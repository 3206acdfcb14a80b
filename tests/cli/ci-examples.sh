#!/bin/sh
# The CI examples of docs/ci run as written: the twindoc command lines of
# the GitHub Actions workflow and the pre-commit hook's entry, on a small
# Docusaurus-style site (docs/ and i18n/ko/...).
. "${abs_top_srcdir=.}/tests/init.sh"

mkdir -p bin docs/guide i18n/ko/docusaurus-plugin-content-docs/current/guide
ln -s "$TWINDOC" bin/twindoc
PATH=$PWD/bin:$PATH; export PATH
ko=i18n/ko/docusaurus-plugin-content-docs/current

cat >docs/guide/setup.md <<'EOT'
# Setup {#setup}

Run `make install` as root.
EOT
cat >$ko/guide/setup.md <<'EOT'
# 설정 {#setup}

root 권한으로 `make install`을 실행합니다.
EOT

wf=$abs_top_srcdir/docs/ci/github-workflow.yml
hook=$abs_top_srcdir/docs/ci/pre-commit-config.yaml
grep -c '^ *run: twindoc ' "$wf" >n || framework_failure_ "no twindoc run line"
test "$(cat n)" -eq 2 || fail_ "expected two twindoc run lines"

# The baseline the workflow reads: recorded from the current site.
twindoc check --write-baseline=.twindoc-baseline.json --tree docs $ko 2>err \
  || fail_ "write baseline"

run_lines_ ()
{
  sed -n 's/^ *run: \(twindoc .*\)$/\1/p' "$wf"
}
run_lines_ >lines
while read -r line; do
  sh -c "$line" >out 2>err; st=$?
  test $st -eq 0 || { cat out err >&9; fail_ "exit $st: $line"; }
done <lines
test -s twindoc.sarif || fail_ "the SARIF step wrote nothing"
grep -q '"version":	"2.1.0"' twindoc.sarif || fail_ "not SARIF"

entry=$(sed -n 's/^ *entry: \(.*\)$/\1/p' "$hook")
test -n "$entry" || framework_failure_ "no entry in the hook"
sh -c "$entry" >out 2>&1 || { cat out >&9; fail_ "hook on a clean site"; }

# A defect makes both fail, with a GitHub annotation at the right place.
cat >$ko/guide/setup.md <<'EOT'
# 설정 {#set-up}

root 권한으로 `make install`을 실행합니다.
EOT
returns_ 1 sh -c "$entry" >out 2>&1
head -n 1 out | grep -q "^$ko/guide/setup.md:1:6: error: anchor" \
  || { cat out >&9; fail_ "hook finding"; }
line=$(head -n 1 lines)
returns_ 1 sh -c "$line" >out 2>&1
grep -q "^::error file=$ko/guide/setup.md,line=1,col=6," out \
  || { cat out >&9; fail_ "workflow annotation"; }

Exit
