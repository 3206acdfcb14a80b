#!/bin/sh
# check --tree learns the conventions of a repository: a difference most
# pairs share in the same way is reported once as a [convention] note and
# its findings go; a pair that breaks it is still reported; below the
# thresholds nothing is learned; --no-learn and --print-config.
. "${abs_top_srcdir=.}/tests/init.sh"

LC_ALL=C; export LC_ALL

chk () { "$TWINDOC" check --color=never --excerpt=never "$@"; }

mkdir en ko || framework_failure_

# Four pairs whose Korean links add /kr/ and whose Korean front matter
# leaves out "author"; the fifth links with /old/ and adds "author".
for p in one two three four; do
  printf -- '---\ntitle: %s\nauthor: A\n---\n\n# %s\n\nRead [the guide](/docs/guide/%s) first.\n' \
    $p $p $p >en/$p.md
  printf -- '---\ntitle: %s\n---\n\n# %s\n\n먼저 [안내서](/kr/docs/guide/%s)를 읽습니다.\n' \
    $p $p $p >ko/$p.md
done
cat >en/five.md <<'EOT'
---
title: five
---

# five

Read [the guide](/docs/guide/five) first.
EOT
cat >ko/five.md <<'EOT'
---
title: five
author: B
---

# five

먼저 [안내서](/old/docs/guide/five)를 읽습니다.
EOT

returns_ 1 chk --tree en ko >out 2>err || fail=1
cat >exp <<'EOT'
ko/five.md:3:1: error: front matter key 'author' is not in the English page [front-matter]
en/five.md:1:1: note: the English counterpart: "---"
ko/five.md:8:10: error: link to '/old/docs/guide/five' differs from the English '/docs/guide/five' [link]
en/five.md:7:18: note: the English counterpart: "/docs/guide/five) first."
ko: note: Korean links start with '/kr/' where the English ones start with '/' in 4 of 5 pairs: a convention of this repository, so its 4 [link] findings are not reported; to pin it, add "link_prefixes": [["/kr/","/"]] to .twindoc.json [convention]
ko: note: Korean pages leave out the front matter key 'author' in 4 of 5 pairs: a convention of this repository, so its 4 [front-matter] findings are not reported; no key of .twindoc.json pins it yet [convention]
checked 5 page pairs: 2 errors, 0 warnings, 2 notes
EOT
compare_ exp out || fail=1
compare_ /dev/null err || fail=1

# --no-learn, and the rule turned off, report every finding.
returns_ 1 chk --tree --no-learn en ko >out 2>err || fail=1
test "$(grep -c '\[link\]$' out)" = 5 || fail_ "--no-learn: not 5 [link]"
test "$(grep -c '\[front-matter\]$' out)" = 5 \
  || fail_ "--no-learn: not 5 [front-matter]"
grep '\[convention\]' out && fail_ "--no-learn: a [convention] note"
returns_ 1 chk --tree --severity=convention=off en ko >off 2>err || fail=1
compare_ out off || fail=1

# The pinned prefix takes the place of the learned one: nothing to learn.
cat >pin.json <<'EOT'
{ "link_prefixes": [["/kr/", "/"]] }
EOT
returns_ 1 chk --tree --config=pin.json en ko >out 2>err || fail=1
test "$(grep -c '\[link\]$' out)" = 1 || fail_ "pinned: not 1 [link]"
test "$(grep -c '\[convention\]$' out)" = 1 || fail_ "pinned: not 1 note"

# --print-config with --tree lists what the pages teach.
returns_ 0 chk --tree --print-config en ko >out 2>err || fail=1
sed -n '/"learned"/,$p' out >learned
cat >exp <<'EOT'
	"learned":	[{
			"rule":	"link",
			"kind":	"link-prefix",
			"prefixes":	["/kr/", "/"],
			"pairs":	4,
			"of_pairs":	5,
			"findings":	4,
			"pin":	{
				"link_prefixes":	[["/kr/", "/"]]
			}
		}, {
			"rule":	"front-matter",
			"kind":	"fm-dropped",
			"key":	"author",
			"pairs":	4,
			"of_pairs":	5,
			"findings":	4,
			"pin":	null
		}]
}
EOT
compare_ exp learned || fail=1
returns_ 0 chk --print-config en/one.md ko/one.md >out 2>err || fail=1
grep '"learned"' out && fail_ "--print-config without --tree: learned"

# Below the thresholds: two pairs of three follow the prefix (fewer than
# 3 pairs), and 3 pairs of 5 with a link that differs in 3 ways (under
# 80 % of the links to "/").
rm en/three.md ko/three.md en/four.md ko/four.md
returns_ 1 chk --tree en ko >out 2>err || fail=1
grep '\[convention\]' out && fail_ "2 pairs: a [convention] note"
test "$(grep -c '\[link\]$' out)" = 3 || fail_ "2 pairs: not 3 [link]"
mkdir en2 ko2 || framework_failure_
for p in a b c d e; do
  echo "[x](/docs/$p)" >en2/$p.md
done
for p in a b c; do
  echo "[엑스](/kr/docs/$p)" >ko2/$p.md
done
echo "[엑스](/kor/docs/d)" >ko2/d.md
echo "[엑스](/kor/docs/e)" >ko2/e.md
returns_ 1 chk --tree en2 ko2 >out 2>err || fail=1
grep '\[convention\]' out && fail_ "3 of 5: a [convention] note"
test "$(grep -c '\[link\]$' out)" = 5 || fail_ "3 of 5: not 5 [link]"

Exit $fail
