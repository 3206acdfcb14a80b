#!/bin/sh
# The project's own guide is its first user: the Korean pages of docs/ko
# must pass twindoc's check against docs/en with no finding at all, with
# the project glossary of docs/ko/.twindoc.json (the words of
# po/GLOSSARY.md) for ko-terminology.
. "${abs_top_srcdir=.}/tests/init.sh"

cd "$abs_top_srcdir" || framework_failure_
returns_ 0 "$TWINDOC" check --config=docs/ko/.twindoc.json --fail-on=note --color=never \
  --excerpt=never --tree docs/en docs/ko >"$test_dir_/out" 2>&1
cd "$test_dir_" || framework_failure_
grep -v '^checked [0-9]* page pairs: 0 errors, 0 warnings$' out >findings
test -s findings && { cat out >&9; fail_ "findings in docs/ko"; }

Exit
