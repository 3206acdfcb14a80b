#!/bin/sh
# The pre-commit hook (.pre-commit-hooks.yaml, tools/twindoc-pre-commit)
# on a sample git repository with staged changes: only the pages of the
# commit are checked, a changed Korean page with its English source and a
# changed English page with its translation.  With pre-commit installed,
# the hook runs through `pre-commit run` from a copy of the hook
# definition; otherwise the entry script runs directly on the staged
# files (the output says which).
. "${abs_top_srcdir=.}/tests/init.sh"

command -v git >/dev/null 2>&1 || skip_ "git not found"
hooks=$abs_top_srcdir/.pre-commit-hooks.yaml
test -f "$hooks" || framework_failure_ "$hooks not found"

mkdir bin && ln -s "$TWINDOC" bin/twindoc \
  && cp "$abs_top_srcdir/tools/twindoc-pre-commit" bin/ \
  && chmod +x bin/twindoc-pre-commit || framework_failure_
PATH=$PWD/bin:$PATH; export PATH
HOME=$PWD; export HOME
g () { git -c user.name=t -c user.email=t@example.invalid -c commit.gpgsign=false "$@"; }

# The hook definition names the entry; language system.
grep -q '^  entry: twindoc-pre-commit$' "$hooks" || fail_ "entry"
grep -q '^  language: system$' "$hooks" || fail_ "language"

# The sample repository: three pages and their translations.  ko/old.md
# has a defect that is not part of the commit.
mkdir -p repo/docs repo/ko && cd repo || framework_failure_
printf '# Intro {#intro}\n\nRun `make`.\n' >docs/intro.md
printf '# Setup {#setup}\n\nRun `make install`.\n' >docs/setup.md
printf '# Old {#old}\n\nGone.\n' >docs/old.md
printf '# 소개 {#intro}\n\n`make`를 실행합니다.\n' >ko/intro.md
printf '# 설정 {#setup}\n\n`make install`을 실행합니다.\n' >ko/setup.md
printf '# 옛 페이지 {#old-page}\n\n없어졌습니다.\n' >ko/old.md
printf 'notes\n' >README.md
g init -q && g add . && g commit -q -m base || framework_failure_

# The commit: a Korean page breaks its anchor, an English page changes
# its code, the README changes.
printf '# 소개 {#introduction}\n\n`make`를 실행합니다.\n' >ko/intro.md
printf '# Setup {#setup}\n\nRun `make install-strip`.\n' >docs/setup.md
printf 'more notes\n' >README.md
g add ko/intro.md docs/setup.md README.md || framework_failure_

cat >../exp <<'EOT'
ko/intro.md:1:6: error: anchor 'introduction' differs from the English anchor 'intro' [anchor]
docs/intro.md:1:9: note: the English counterpart: "{#intro}"
ko/setup.md:3:1: error: inline code `make install-strip` is missing in the Korean text [inline-code]
docs/setup.md:3:6: note: the English counterpart: "make install-strip`."
checked 2 page pairs: 2 errors, 0 warnings
EOT

if command -v pre-commit >/dev/null 2>&1; then
  echo "running the hook with $(pre-commit --version)"
  # A hook repository holding .pre-commit-hooks.yaml, as pre-commit
  # clones it from GitHub.
  mkdir ../hookrepo && cp "$hooks" ../hookrepo/ \
    && (cd ../hookrepo && g init -q && g add . && g commit -q -m hooks) \
    || framework_failure_
  rev=$(git -C ../hookrepo rev-parse HEAD)
  cat >.pre-commit-config.yaml <<EOT
repos:
  - repo: $(cd ../hookrepo && pwd)
    rev: $rev
    hooks:
      - id: twindoc
        args: [--tree, docs, ko, --]
EOT
  g add .pre-commit-config.yaml || framework_failure_
  PRE_COMMIT_HOME=$PWD/../pre-commit-home PRE_COMMIT_COLOR=never \
    pre-commit run >../out 2>&1
  st=$?
  test $st -eq 1 || { cat ../out >&9; fail_ "pre-commit run: exit status $st, expected 1"; }
  # pre-commit frames the hook's output; the findings are in it.
  sed -n '/^ko\/\|^docs\/\|^checked /p' ../out >../findings
  compare_ ../exp ../findings
  grep -q '^twindoc (Korean translations against the English source)\.*Failed$' ../out \
    || { cat ../out >&9; fail_ "pre-commit did not report the hook as failed"; }
else
  echo "pre-commit not installed: running the entry, twindoc-pre-commit, directly"
  git diff --cached --name-only | grep -E '\.(md|mdx)$' >../staged
  # shellcheck disable=SC2046
  twindoc-pre-commit --tree docs ko -- $(cat ../staged) >../out 2>&1
  st=$?
  test $st -eq 1 || fail_ "twindoc-pre-commit: exit status $st, expected 1"
  compare_ ../exp ../out
fi

# Nothing staged that is a page: the hook succeeds without running twindoc.
twindoc-pre-commit --tree docs ko -- >../out 2>&1 || fail_ "no files: failure"
test -s ../out && { cat ../out >&9; fail_ "no files: output"; }
# Without "--", a usage error.
returns_ 2 twindoc-pre-commit --tree docs ko ko/intro.md 2>/dev/null

Exit
