#!/bin/sh
# Template syntax in pages: placeholders "{{...}}" that a translation
# translates inside code.
. "${abs_top_srcdir=.}/tests/init.sh"

chk () { "$TWINDOC" check --color=never --excerpt=never "$@"; }

# A code span whose template placeholders are translated is the same
# command; a change of the command next to them is not.
cat >en.md <<'EOT'
# tar

Create an archive with `tar cf {{target.tar}} {{path/to/file}}`.
EOT
cat >ko.md <<'EOT'
# tar

`tar cf {{대상.tar}} {{경로/파일}}`로 아카이브를 만듭니다.
EOT
returns_ 0 chk en.md ko.md >out 2>err
compare_clean_ 1 out
compare_ /dev/null err
sed 's/tar cf/tar xf/' ko.md >ko2.md
returns_ 1 chk en.md ko2.md >out 2>err
cat >exp <<'EOT'
ko2.md:3:2: error: inline code `tar xf {{대상.tar}} {{경로/파일}}` differs from the English `tar cf {{target.tar}} {{path/to/file}}` [inline-code]
en.md:3:25: note: the English counterpart: "tar cf {{target.tar}} {{path/to/file}}`."
checked 1 page pair: 1 error, 0 warnings
EOT
compare_ exp out

Exit
