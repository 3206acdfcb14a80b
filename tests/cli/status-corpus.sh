#!/bin/sh
# twindoc status on a real page pair of ../shared/corpus (read in place,
# copied into the test's own git repository): Astro's Heroku guide, in
# sync in the region edited.  One English step (step 2 of the <Steps>
# list) and one English sentence (the second sentence of the first
# paragraph) change and are committed; status reports exactly the two
# Korean blocks that translate them, with the word diff, and exit 1;
# status --update makes the page up to date, exit 0.  The same with
# l10n.sourceCommit in the Korean front matter, and with the lock file
# outside git.
. "${abs_top_srcdir=.}/tests/init.sh"
LC_ALL=C; export LC_ALL; unset LANGUAGE LANG LC_MESSAGES
require_shared_
command -v git >/dev/null 2>&1 || skip_ "git not found"

page=guides/deploy/heroku.mdx
c=$shared_dir/corpus/astro
test -f "$c/en/$page" && test -f "$c/ko/$page" \
  || skip_ "the Astro page $page is not in $c"

HOME=$PWD; export HOME
GIT_CONFIG_NOSYSTEM=1; export GIT_CONFIG_NOSYSTEM
GIT_AUTHOR_NAME=Test; GIT_AUTHOR_EMAIL=test@example.com
GIT_COMMITTER_NAME=Test; GIT_COMMITTER_EMAIL=test@example.com
export GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL GIT_COMMITTER_NAME GIT_COMMITTER_EMAIL
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE

# The region edited must be as the test knows it: the two English lines
# and the Korean lines that translate them.
grep -q '^2\. Create a Heroku account by \[signing up\]' "$c/en/$page" \
  && grep -q 'You can deploy an Astro site to Heroku using this guide\.$' \
       "$c/en/$page" \
  && sed -n 24p "$c/ko/$page" | grep -q '^2\. \[가입\]' \
  && sed -n 13p "$c/ko/$page" | grep -q '^\[Heroku\]' \
  || skip_ "$page changed in $c: the edited lines are not there"

# change_en FILE: one step and one sentence of the English change.
change_en ()
{
  sed -e 's/^2\. Create a Heroku account by/2. Create a free Heroku account by/' \
      -e 's/to Heroku using this guide\.$/to Heroku by following this guide./' \
      "$1" >"$1.new" && mv "$1.new" "$1" || framework_failure_ "sed"
  grep -q 'free Heroku account' "$1" && grep -q 'by following this guide' "$1" \
    || framework_failure_ "the English did not change"
}
short () { printf '%.12s' "$1"; }

# expect KO_SHIFT SINCE EN KO: the report of the two changes, the Korean
# lines moved down by KO_SHIFT (lines added to the front matter).
expect ()
{
  cat <<EOT
$4: outdated since $2: 2 changed, 0 new, 0 removed
$4:$((13 + $1)): changed: $3:13: [Heroku](https://www.heroku.com/) is a platform-as-a-service for building, running, and managing modern apps in the cloud. You can deploy an Astro site to Heroku [-using-]{+by following+} this guide.
$4:$((24 + $1)): changed: $3:24: Create a {+free+} Heroku account by [signing up](https://signup.heroku.com/).
EOT
}

# 1. git history: the English as it was at the Korean file's last commit.
mkdir repo && cd repo || framework_failure_
git init -q . || framework_failure_ "git init"
mkdir en ko && cp "$c/en/$page" en/heroku.mdx && cp "$c/ko/$page" ko/heroku.mdx \
  || framework_failure_
git add . && git commit -q -m translated || framework_failure_
base=$(git rev-parse HEAD)
# In sync: nothing to report.
printf 'ko/heroku.mdx: up to date with %s\n' "$(short "$base")" >exp
returns_ 0 "$TWINDOC" status en/heroku.mdx ko/heroku.mdx >out 2>err
compare_ exp out; compare_ /dev/null err
change_en en/heroku.mdx
git commit -q -a -m 'English changed' || framework_failure_
expect 0 "$(short "$base")" en/heroku.mdx ko/heroku.mdx >exp
returns_ 1 "$TWINDOC" status en/heroku.mdx ko/heroku.mdx >out 2>err
compare_ exp out; compare_ /dev/null err
head=$(git rev-parse HEAD)
printf 'ko/heroku.mdx: up to date with %s\n' "$(short "$head")" >exp
returns_ 0 "$TWINDOC" status --update en/heroku.mdx ko/heroku.mdx >out 2>err
compare_ exp out; compare_ /dev/null err
returns_ 0 "$TWINDOC" status en/heroku.mdx ko/heroku.mdx >out 2>err
compare_ exp out; compare_ /dev/null err
cd .. || framework_failure_

# 2. l10n.sourceCommit in the Korean front matter (two lines more in the
# Korean page), committed after the English.
mkdir fm && cd fm || framework_failure_
git init -q . || framework_failure_ "git init"
cp "$c/en/$page" en.mdx && git add en.mdx && git commit -q -m english \
  || framework_failure_
base=$(git rev-parse HEAD)
sed "1a\\
l10n:\\
  sourceCommit: $base" "$c/ko/$page" >ko.mdx || framework_failure_
git add ko.mdx && git commit -q -m translated || framework_failure_
change_en en.mdx
git commit -q -a -m 'English changed' || framework_failure_
expect 2 "$(short "$base")" en.mdx ko.mdx >exp
returns_ 1 "$TWINDOC" status en.mdx ko.mdx >out 2>err
compare_ exp out; compare_ /dev/null err
head=$(git rev-parse HEAD)
printf 'ko.mdx: up to date with %s\n' "$(short "$head")" >exp
returns_ 0 "$TWINDOC" status --update en.mdx ko.mdx >out 2>err
compare_ exp out; compare_ /dev/null err
sed -n 3p ko.mdx >out
printf '  sourceCommit: %s\n' "$head" >exp
compare_ exp out
test -e twindoc.lock && fail_ "a lock file was written beside a front matter key"
returns_ 0 "$TWINDOC" status en.mdx ko.mdx >out 2>err
cd .. || framework_failure_

# 3. Outside git: status --update writes the lock file with the English
# text, then the English changes.
mkdir plain && cd plain || framework_failure_
cp "$c/en/$page" en.mdx && cp "$c/ko/$page" ko.mdx || framework_failure_
returns_ 0 "$TWINDOC" status --update en.mdx ko.mdx >out 2>err
compare_ /dev/null err
hash=$(sed -n 's/.*"hash":[^"]*"\(fnv1a64:[0-9a-f]*\)".*/\1/p' twindoc.lock)
test -n "$hash" || fail_ "no hash in twindoc.lock"
change_en en.mdx
expect 0 "$hash" en.mdx ko.mdx >exp
returns_ 1 "$TWINDOC" status en.mdx ko.mdx >out 2>err
compare_ exp out; compare_ /dev/null err
returns_ 0 "$TWINDOC" status --update en.mdx ko.mdx >out 2>err
compare_ /dev/null err
returns_ 0 "$TWINDOC" status en.mdx ko.mdx >out 2>err
grep -q '^ko\.mdx: up to date with fnv1a64:' out \
  || fail_ "not up to date after --update outside git"
cd .. || framework_failure_

Exit
