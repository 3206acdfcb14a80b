#!/bin/sh
# Judged sentence findings on in-sync pairs of ../shared/corpus (read in
# place; docs/en/evaluation.md lists the verdicts): a paragraph that the
# Korean translator split in two (React's thinking-in-react.md) and a
# paraphrase whose Korean glosses the English terms (the glossary's style
# guide) give no `sentence-missing`; the one judged right (React's 18
# upgrade guide, line 232) is still reported.
. "${abs_top_srcdir=.}/tests/init.sh"
require_shared_

c=$shared_dir/corpus
for f in react/en/learn/thinking-in-react.md \
         glossary/en/style-guide/_index.md \
         react/en/blog/2022/03/08/react-18-upgrade-guide.md; do
  test -f "$c/$f" || skip_ "$c/$f is not there"
done

chk () {
  "$TWINDOC" check --no-config --color=never --excerpt=never \
    "$c/$1/en/$2" "$c/$1/ko/$2" 2>&1 \
    | grep 'sentence-' | sed 's|^.*/ko/||'
}

chk react learn/thinking-in-react.md >out
compare_ /dev/null out

chk glossary style-guide/_index.md >out
compare_ /dev/null out

chk react blog/2022/03/08/react-18-upgrade-guide.md >out
cat >exp <<'EOT'
blog/2022/03/08/react-18-upgrade-guide.md:232:3: warning: sentence missing in the Korean text: "This solves an issue that already exists…" [sentence-missing]
EOT
compare_ exp out

Exit
