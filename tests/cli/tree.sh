#!/bin/sh
# check --tree: pages paired by relative path, orphans, missing
# translations, --list-missing, --shard, --files-from, symbolic links.
. "${abs_top_srcdir=.}/tests/init.sh"

chk () { "$TWINDOC" check --color=never --excerpt=never "$@"; }

mkdir -p en/guide ko/guide en/.git ko/.git || framework_failure_

# Created in reverse order: the output must still follow the sorted paths.
cat >ko/guide/zeta.md <<'EOT'
# 제타

`zeta` 옵션을 켭니다.
EOT
cat >en/guide/zeta.md <<'EOT'
# Zeta

Turn on the `zeta` option.
EOT
cat >ko/extra.md <<'EOT'
# 추가 안내

영어 원문이 없는 페이지입니다.
EOT
cat >en/only-en.md <<'EOT'
# Only in English

This page is not translated yet.
EOT
cat >ko/alpha.md <<'EOT'
# 알파

먼저 `alpah` 패키지를 설치합니다.
EOT
cat >en/alpha.md <<'EOT'
# Alpha

First install the `alpha` package.
EOT
# Not pages: other extensions, hidden folders, hidden files.
echo 'not markdown' >en/notes.txt
echo '마크다운이 아닙니다' >ko/notes.txt
echo '마크다운이 아닙니다' >ko/todo.markdown.txt
cp ko/extra.md ko/.git/HEAD.md
cp en/alpha.md en/.git/config.md
cp ko/extra.md ko/.draft.md

returns_ 1 chk --tree en ko >out 2>err
cat >exp <<'EOT'
ko/alpha.md:3:5: error: inline code `alpah` differs from the English `alpha` [inline-code]
en/alpha.md:3:20: note: the English counterpart: "alpha` package."
ko/extra.md:1:1: error: no English page at en/extra.md [orphan]
en/only-en.md:1:1: note: no Korean translation at ko/only-en.md [missing-translation]
checked 2 page pairs: 2 errors, 0 warnings, 1 note
EOT
compare_ exp out
compare_ /dev/null err

# A missing translation alone is a note: exit 0 with the default --fail-on.
returns_ 0 chk --tree --files-from=- en ko >out 2>err <<'EOT'
only-en.md
EOT
cat >exp <<'EOT'
en/only-en.md:1:1: note: no Korean translation at ko/only-en.md [missing-translation]
checked 0 page pairs: 0 errors, 0 warnings, 1 note
EOT
compare_ exp out
compare_ /dev/null err

# --list-missing: the relative paths, one a line, and exit 0.
cp en/only-en.md en/guide/beta.md
returns_ 0 chk --tree --list-missing en ko >out 2>err
printf '%s\n' guide/beta.md only-en.md >exp
compare_ exp out
compare_ /dev/null err
rm en/guide/beta.md

# --shard: the shares are disjoint and together make the whole run.
returns_ 1 chk --tree en ko >all
returns_ 1 chk --tree --shard=1/2 en ko >s1
returns_ 1 chk --tree --shard=2/2 en ko >s2
findings () { grep '^e\{0,1\}[nk]o\{0,1\}/' "$@" | LC_ALL=C sort; }
findings all >all.f
findings s1 >s1.f
findings s2 >s2.f
test -s s1.f && test -s s2.f || fail_ "both shards should have findings"
LC_ALL=C comm -12 s1.f s2.f >both
compare_ /dev/null both
LC_ALL=C sort s1.f s2.f >union.f
compare_ all.f union.f
returns_ 1 chk --tree --shard=1/1 en ko >s11
compare_ all s11

for bad in 3/2 0/1 1/0 2 x/2 1/2x; do
  returns_ 2 chk --tree --shard=$bad en ko >out 2>err
  printf '%s\n' "twindoc: invalid argument '$bad' for '--shard'" \
    "Try 'twindoc check --help' for more information." >exp
  compare_ exp err
  compare_ /dev/null out
done

# --files-from: paths under the Korean or English root, or relative paths.
returns_ 1 chk --tree --files-from=- en ko >out 2>err <<'EOT'
ko/alpha.md
guide/zeta.md
./extra.md

EOT
cat >exp <<'EOT'
ko/alpha.md:3:5: error: inline code `alpah` differs from the English `alpha` [inline-code]
en/alpha.md:3:20: note: the English counterpart: "alpha` package."
ko/extra.md:1:1: error: no English page at en/extra.md [orphan]
checked 2 page pairs: 2 errors, 0 warnings
EOT
compare_ exp out
compare_ /dev/null err

printf 'en/only-en.md\nguide/zeta.md\n' >list
returns_ 0 chk --tree --files-from=list en ko >out 2>err
cat >exp <<'EOT'
en/only-en.md:1:1: note: no Korean translation at ko/only-en.md [missing-translation]
checked 1 page pair: 0 errors, 0 warnings, 1 note
EOT
compare_ exp out
compare_ /dev/null err

returns_ 2 chk --tree --files-from=nosuch.txt en ko >out 2>err
echo 'twindoc: nosuch.txt: No such file or directory' >exp
compare_ exp err

# Usage errors.
returns_ 2 chk --list-missing en/alpha.md ko/alpha.md >out 2>err
printf '%s\n' "twindoc: --list-missing, --shard and --files-from go with --tree" \
  "Try 'twindoc check --help' for more information." >exp
compare_ exp err
returns_ 2 chk --shard=1/2 en/alpha.md ko/alpha.md >out 2>err
compare_ exp err
returns_ 2 chk --files-from=list en/alpha.md ko/alpha.md >out 2>err
compare_ exp err
returns_ 2 chk --tree en >out 2>err
printf '%s\n' "twindoc: --tree needs two folders: EN_DIR KO_DIR" \
  "Try 'twindoc check --help' for more information." >exp
compare_ exp err

# A root that does not exist.
returns_ 2 chk --tree en nosuch >out 2>err
echo 'twindoc: nosuch: No such file or directory' >exp
compare_ exp err
compare_ /dev/null out
returns_ 2 chk --tree nosuch ko >out 2>err
compare_ exp err
returns_ 2 chk --tree en ko/alpha.md >out 2>err
echo 'twindoc: ko/alpha.md: Not a directory' >exp
compare_ exp err

# Roots that cannot be right: one folder twice, or one inside the other.
# A CI job pointed at them would otherwise pass with no finding.
returns_ 2 chk --tree en ./en/ >out 2>err
echo "twindoc: the English folder 'en' and the Korean folder './en/' are the same folder; --tree needs two different folders" >exp
compare_ exp err
compare_ /dev/null out
ln -s en en-link || framework_failure_
returns_ 2 chk --tree en-link en >out 2>err
echo "twindoc: the English folder 'en-link' and the Korean folder 'en' are the same folder; --tree needs two different folders" >exp
compare_ exp err
compare_ /dev/null out
rm en-link
returns_ 2 chk --tree en en/guide >out 2>err
echo "twindoc: the Korean folder 'en/guide' is inside the English folder 'en'; --tree needs two separate folders" >exp
compare_ exp err
compare_ /dev/null out
returns_ 2 chk --tree --list-missing ko/. ko/.. >out 2>err
echo "twindoc: the English folder 'ko/.' is inside the Korean folder 'ko/..'; --tree needs two separate folders" >exp
compare_ exp err
compare_ /dev/null out

# Folders without a page: trouble that names the roots and the patterns.
mkdir -p none/en none/ko || framework_failure_
echo 'text' >none/en/notes.txt || framework_failure_
returns_ 2 chk --tree none/en none/ko >out 2>err
echo "twindoc: no pages in the English folder 'none/en' or the Korean folder 'none/ko': no file matches *.md, *.mdx" >exp
compare_ exp err
compare_ /dev/null out
printf '%s\n' '{"include": ["docs/**/*.md", "*.mdx"], "exclude": ["drafts/**"]}' \
  >none.json || framework_failure_
returns_ 2 chk --config=none.json --tree en ko >out 2>err
echo "twindoc: no pages in the English folder 'en' or the Korean folder 'ko': no file matches docs/**/*.md, *.mdx without matching drafts/**" >exp
compare_ exp err
compare_ /dev/null out

# Symbolic links: one out of the root is not followed; a loop is noticed.
mkdir -p s/en s/ko outside || framework_failure_
cat >s/en/page.md <<'EOT'
# Page

Use `run`.
EOT
cat >s/ko/page.md <<'EOT'
# 페이지

`run`을 사용합니다.
EOT
cp s/ko/page.md outside/stray.md
ln -s ../../outside s/ko/ext || framework_failure_
returns_ 0 chk --tree s/en s/ko >out 2>err
echo 'twindoc: s/ko/ext: symbolic link out of the tree, not followed' >exp
compare_ exp err
compare_clean_ 1 out
rm s/ko/ext

ln -s ../../outside/stray.md s/ko/stray.md || framework_failure_
returns_ 0 chk --tree s/en s/ko >out 2>err
echo 'twindoc: s/ko/stray.md: symbolic link out of the tree, not followed' >exp
compare_ exp err
compare_clean_ 1 out
rm s/ko/stray.md

# A link inside the root is followed.
mkdir s/en/sub s/ko/real || framework_failure_
cp s/en/page.md s/en/sub/page.md
sed 's/`run`/`ran`/' s/ko/page.md >s/ko/real/page.md
ln -s real s/ko/sub || framework_failure_
returns_ 1 chk --tree s/en s/ko >out 2>err
cat >exp <<'EOT'
s/ko/real/page.md:1:1: error: no English page at s/en/real/page.md [orphan]
s/ko/sub/page.md:3:2: error: inline code `ran` differs from the English `run` [inline-code]
s/en/sub/page.md:3:6: note: the English counterpart: "run`."
checked 2 page pairs: 2 errors, 0 warnings
EOT
compare_ exp out
compare_ /dev/null err
rm -r s/ko/sub s/ko/real s/en/sub

mkdir s/ko/dir || framework_failure_
ln -s .. s/ko/dir/loop || framework_failure_
to=
command -v timeout >/dev/null 2>&1 && to='timeout 60'
returns_ 0 $to "$TWINDOC" check --color=never --excerpt=never \
  --tree s/en s/ko >out 2>err
echo 'twindoc: s/ko/dir/loop: directory loop (symbolic link), not followed' >exp
compare_ exp err
compare_clean_ 1 out
rm -r s/ko/dir

# Unreadable pages are trouble (exit 2) but the others are still checked.
if test "$(id -u)" -ne 0; then
  chmod 0 ko/guide/zeta.md || framework_failure_
  returns_ 2 chk --tree en ko >out 2>err
  echo 'twindoc: ko/guide/zeta.md: Permission denied' >exp
  compare_ exp err
  grep -q 'alpah' out || fail_ "the other pages are still checked"
  chmod 644 ko/guide/zeta.md
fi

Exit
