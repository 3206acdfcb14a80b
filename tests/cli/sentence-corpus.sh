#!/bin/sh
# Judged sentence findings on in-sync pairs of ../shared/corpus (read in
# place; docs/en/evaluation.md lists the verdicts): a paragraph that the
# Korean translator split in two (React's thinking-in-react.md) and a
# paraphrase whose Korean glosses the English terms (the glossary's style
# guide) give no `sentence-missing`; nor do MDN pages where a loanword
# pairs the sentences (온라인 and "online" in an English sentence that the
# Korean splits in two) or the sentences are redistributed
# (linear-gradient); an MDN paragraph that the Korean splits in two, one
# sentence of it in three, stays a note of `structure`, not an error; a
# terse Korean sentence that joins 2 English ones with all their links
# leaves no English sentence missing; the
# one judged right (React's 18 upgrade guide, line 232) is still
# reported.
. "${abs_top_srcdir=.}/tests/init.sh"
require_shared_

c=$shared_dir/corpus
for f in react/en/learn/thinking-in-react.md \
         glossary/en/style-guide/_index.md \
         react/en/blog/2022/03/08/react-18-upgrade-guide.md \
         mdn/en/learn/html/multimedia_and_embedding/other_embedding_technologies/index.md \
         mdn/en/web/css/gradient/linear-gradient/index.md \
         mdn/en/learn/accessibility/what_is_accessibility/index.md; do
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

chk mdn learn/html/multimedia_and_embedding/other_embedding_technologies/index.md >out
compare_ /dev/null out

chk mdn web/css/gradient/linear-gradient/index.md >out
compare_ /dev/null out

"$TWINDOC" check --no-config --color=never --excerpt=never \
  "$c/mdn/en/learn/accessibility/what_is_accessibility/index.md" \
  "$c/mdn/ko/learn/accessibility/what_is_accessibility/index.md" 2>&1 \
  | grep '/ko/.*:47:1: .*\[structure\]' | sed 's|^.*/ko/||; s|: "[^"]*"||' >out
cat >exp <<'EOT'
learn/accessibility/what_is_accessibility/index.md:47:1: note: paragraph continues the translation of the paragraph next to it, which the English text writes as one [structure]
EOT
compare_ exp out

# The Korean joins 2 English sentences, with their 4 links, into one
# sentence of under half their length: the links pair them, and the last
# English sentence is not missing.
chk mdn learn/accessibility/what_is_accessibility/index.md \
  | grep 'index.md:87:' >out
compare_ /dev/null out

chk react blog/2022/03/08/react-18-upgrade-guide.md >out
cat >exp <<'EOT'
blog/2022/03/08/react-18-upgrade-guide.md:232:3: warning: sentence missing in the Korean text: "This solves an issue that already exists…" [sentence-missing]
EOT
compare_ exp out

Exit
