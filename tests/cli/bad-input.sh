#!/bin/sh
# Bad input: missing, special and unreadable files, empty files, broken
# front matter, invalid UTF-8 in each kind of block, NUL bytes, UTF-16,
# CR line ends, unterminated fences, bilingual files without a Korean part
# or with two, symbolic links in --tree, broken .twindoc.json files,
# refused --set values, unwritable outputs and a full disk.  Each case
# checks the exit status, the exact messages, and that no file but the
# intended output changed.  The big inputs are in bad-input-big.sh.
# docs/en/bad-input.md lists every case.
. "${abs_top_srcdir=.}/tests/init.sh"
LC_ALL=C; export LC_ALL; unset LANGUAGE LANG LC_MESSAGES

# ---- helpers ---------------------------------------------------------------
. "$abs_top_srcdir/tests/cli/bad-input-lib.sh"
chk () { "$TWINDOC" $c "$@"; }
nokorean_ () # nokorean_ FILE: the message for a file with no Korean part
{
  printf "twindoc: %s: no Korean part found: a bilingual file needs a '---' line followed by the Korean text\n" "$1"
}

# ---- files that cannot be read ---------------------------------------------
printf '# Setup\n\nRun `make`.\n\nThen `go`.\n' >en.md
printf '# 설정\n\n`make`를 실행합니다.\n\n그다음 `og`.\n' >ko.md

case_ "a missing file"
run_ 2 $c en.md nope.md
out_ </dev/null
err_ <<'EOT'
twindoc: nope.md: No such file or directory
EOT
done_

mkdir dir
case_ "a directory"
run_ 2 $c dir
out_ </dev/null
err_ <<'EOT'
twindoc: dir: Is a directory
EOT
done_

if mkfifo fifo.md 2>/dev/null; then
  printf '# Setup\n\nRun `make`.\n\n---\n\n# 설정\n\n`mkae`를 실행합니다.\n' >fifo.in
  case_ "a FIFO with a writer"
  cat fifo.in >fifo.md &
  run_ 1 $c fifo.md
  wait
  out_ <<'EOT'
fifo.md:9:2: error: inline code `mkae` differs from the English `make` [inline-code]
fifo.md:3:6: note: the English counterpart: "make`."
checked 1 page pair: 1 error, 0 warnings
EOT
  err_ </dev/null
  done_
else
  echo "SKIP: mkfifo failed"
fi

case_ "an unreadable file"
if test "$(id -u)" -ne 0; then
  cp ko.md secret.md && chmod 000 secret.md
  run_ 2 $c en.md secret.md
  out_ </dev/null
  err_ <<'EOT'
twindoc: secret.md: Permission denied
EOT
  done_
  rm -f secret.md
else
  echo "SKIP: running as root"
fi

# ---- empty files and front matter ----------------------------------------
case_ "an empty bilingual file"
: >empty.md
run_ 2 $c empty.md
out_ </dev/null
nokorean_ empty.md | err_
done_

case_ "an empty Korean file (pair)"
run_ 1 $c en.md empty.md
out_ <<'EOT'
empty.md:1:1: error: heading missing in the Korean text: "Setup" [structure]
en.md:1:1: note: the English counterpart: "# Setup"
empty.md:1:1: error: paragraph missing in the Korean text: "Run make." [structure]
en.md:3:1: note: the English counterpart: "Run `make`."
empty.md:1:1: error: paragraph missing in the Korean text: "Then go." [structure]
en.md:5:1: note: the English counterpart: "Then `go`."
checked 1 page pair: 3 errors, 0 warnings
EOT
err_ </dev/null
done_

case_ "a file of only front matter (bilingual)"
printf -- '---\ntitle: Setup\n---\n' >fm.md
run_ 2 $c fm.md
out_ </dev/null
nokorean_ fm.md | err_
done_

case_ "files of only front matter (pair)"
printf -- '---\ntitle: 설정\n---\n' >fm.ko.md
run_ 0 $c fm.md fm.ko.md
echo 'checked 1 page pair: 0 errors, 0 warnings' | out_
err_ </dev/null
done_

case_ "unterminated front matter"
printf -- '---\ntitle: 설정\n\n# 설정\n\n`make`를 실행합니다.\n\n그다음 `og`.\n' >unterm.md
run_ 1 $c en.md unterm.md
out_ <<'EOT'
unterm.md:1:1: error: front matter: the opening '---' line has no closing '---' line [front-matter]
unterm.md:1:1: error: thematic break not in the English text [structure]
en.md:1:1: note: in the English text it would stand before "Setup"
unterm.md:2:1: error: paragraph not in the English text: "title: 설정" [structure]
en.md:1:1: note: in the English text it would stand before "Setup"
unterm.md:8:6: error: inline code `og` differs from the English `go` [inline-code]
en.md:5:7: note: the English counterpart: "go`."
checked 1 page pair: 4 errors, 0 warnings
EOT
err_ </dev/null
done_

case_ "front matter that is not YAML"
printf -- '---\ntitle: Setup\n---\n\n# Setup\n\nRun `make`.\n' >fm2.en.md
printf -- '---\n:::\n{[\n---\n\n# 설정\n\n`mkae`를 실행합니다.\n' >notyaml.md
run_ 1 $c fm2.en.md notyaml.md
out_ <<'EOT'
notyaml.md:1:1: error: front matter key 'title' is missing [front-matter]
fm2.en.md:2:1: note: the English counterpart: "title: Setup"
notyaml.md:2:1: error: front matter key '::' is not in the English page [front-matter]
fm2.en.md:1:1: note: the English counterpart: "---"
notyaml.md:3:1: error: front matter: expected 'key: value' [front-matter]
notyaml.md:8:2: error: inline code `mkae` differs from the English `make` [inline-code]
fm2.en.md:7:6: note: the English counterpart: "make`."
checked 1 page pair: 4 errors, 0 warnings
EOT
err_ </dev/null
done_

# ---- encoding ----------------------------------------------------------------
# The same page with one invalid byte in the front matter, a heading, a code
# block and a JSON block; the last line always has a wrong inline code, to
# show that the rest is still checked.
printf -- '---\ntitle: Setup\n---\n\n# Setup\n\nRun `make` first.\n\n```sh\nmake all\n```\n\n```json\n{"Effect": "Allow"}\n```\n\nThen run `make install`.\n' >u.en.md
mkko_ ()
{
  printf -- "---\ntitle: $1\n---\n\n# $2\n\n먼저 \`make\`를 실행합니다.\n\n\`\`\`sh\n$3\n\`\`\`\n\n\`\`\`json\n$4\n\`\`\`\n\n그다음 \`make instal\`을 실행합니다.\n"
}
mkko_ '설\377정' '설정' 'make all' '{"Effect": "Allow"}' >u1.md
mkko_ '설정' '설\377정' 'make all' '{"Effect": "Allow"}' >u2.md
mkko_ '설정' '설정' 'make \377all' '{"Effect": "Allow"}' >u3.md
mkko_ '설정' '설정' 'make all' '{"Effect": "Al\377low"}' >u4.md

case_ "invalid UTF-8 in the front matter"
run_ 1 $c u.en.md u1.md
out_ <<'EOT'
u1.md:2:9: error: invalid UTF-8 byte 0xFF [encoding]
u1.md:17:6: error: inline code `make instal` differs from the English `make install` [inline-code]
u.en.md:17:11: note: the English counterpart: "make install`."
checked 1 page pair: 2 errors, 0 warnings
EOT
err_ </dev/null
done_

case_ "invalid UTF-8 in a heading"
run_ 1 $c u.en.md u2.md
out_ <<'EOT'
u2.md:5:4: error: invalid UTF-8 byte 0xFF [encoding]
u2.md:17:6: error: inline code `make instal` differs from the English `make install` [inline-code]
u.en.md:17:11: note: the English counterpart: "make install`."
checked 1 page pair: 2 errors, 0 warnings
EOT
err_ </dev/null
done_

case_ "invalid UTF-8 in a code block"
run_ 1 $c u.en.md u3.md
out_ <<'EOT'
u3.md:10:1: error: code differs from the English block: "make ?all" instead of "make all" [code-block]
u.en.md:10:1: note: the English counterpart: "make all"
u3.md:10:6: error: invalid UTF-8 byte 0xFF [encoding]
u3.md:17:6: error: inline code `make instal` differs from the English `make install` [inline-code]
u.en.md:17:11: note: the English counterpart: "make install`."
checked 1 page pair: 3 errors, 0 warnings
EOT
err_ </dev/null
done_

case_ "invalid UTF-8 in a JSON block"
run_ 1 $c u.en.md u4.md
out_ <<'EOT'
u4.md:14:12: error: Effect: "Al?low" here, "Allow" in the English block [json-mismatch]
u.en.md:14:12: note: the English counterpart: ""Allow"}"
u4.md:14:15: error: invalid UTF-8 byte 0xFF [encoding]
u4.md:17:6: error: inline code `make instal` differs from the English `make install` [inline-code]
u.en.md:17:11: note: the English counterpart: "make install`."
checked 1 page pair: 3 errors, 0 warnings
EOT
err_ </dev/null
done_

case_ "a NUL byte"
printf '# 설정\n\n`make`를 실\000행합니다.\n\n그다음 `og`.\n' >nul.md
run_ 1 $c en.md nul.md
out_ <<'EOT'
nul.md:3:10: error: NUL byte in the text [encoding]
nul.md:5:6: error: inline code `og` differs from the English `go` [inline-code]
en.md:5:7: note: the English counterpart: "go`."
checked 1 page pair: 2 errors, 0 warnings
EOT
err_ </dev/null
done_

case_ "UTF-16 with a byte order mark"
printf '\377\376#\000 \000' >utf16.md
run_ 2 $c en.md utf16.md
out_ </dev/null
err_ <<'EOT'
twindoc: utf16.md: UTF-16 input is not supported; convert the file to UTF-8
EOT
done_

case_ "UTF-16 big-endian with a byte order mark"
printf '\376\377\000#\000 ' >utf16be.md
run_ 2 $c utf16be.md
out_ </dev/null
err_ <<'EOT'
twindoc: utf16be.md: UTF-16 input is not supported; convert the file to UTF-8
EOT
done_

case_ "CRLF line ends"
printf '# Setup\r\n\r\nRun `make`.\r\n\r\n---\r\n\r\n# 설정\r\n\r\n`mkae`를 실행합니다.\r\n' >crlf.md
run_ 1 $c crlf.md
out_ <<'EOT'
crlf.md:9:2: error: inline code `mkae` differs from the English `make` [inline-code]
crlf.md:3:6: note: the English counterpart: "make`."
checked 1 page pair: 1 error, 0 warnings
EOT
err_ </dev/null
done_

case_ "lone CR line ends"
printf '# Setup\r\rRun `make`.\r\r---\r\r# 설정\r\r`mkae`를 실행합니다.\r' >cr.md
run_ 1 $c cr.md
out_ <<'EOT'
cr.md:9:2: error: inline code `mkae` differs from the English `make` [inline-code]
cr.md:3:6: note: the English counterpart: "make`."
checked 1 page pair: 1 error, 0 warnings
EOT
err_ </dev/null
done_

# ---- structure -----------------------------------------------------------------
case_ "an unterminated code fence"
printf '# Setup\n\nRun `make`.\n\n```sh\nmake all\n```\n\nThen `go`.\n' >f.en.md
printf '# 설정\n\n`make`를 실행합니다.\n\n```sh\nmake all\n\n그다음 `go`.\n' >f.ko.md
run_ 1 $c f.en.md f.ko.md
out_ <<'EOT'
f.ko.md:7:1: error: code block goes on after the end of the English block: "그다음 `go`." [code-block]
f.en.md:7:1: note: the English counterpart: "```"
f.ko.md:8:10: error: paragraph missing in the Korean text: "Then go." [structure]
f.en.md:9:1: note: the English counterpart: "Then `go`."
checked 1 page pair: 2 errors, 0 warnings
EOT
err_ </dev/null
done_

case_ "a bilingual file with no Korean part"
printf 'Only English.\n\n---\n\nMore English.\n' >english.md
run_ 2 $c english.md
out_ </dev/null
nokorean_ english.md | err_
done_

case_ "a bilingual file whose '---' is inside an unclosed code fence"
printf '# Setup\n\nRun:\n\n```sh\nmake\n\n---\n\n# 설정\n\n실행합니다.\n' >sw.md
run_ 2 $c sw.md
out_ </dev/null
err_ <<'EOT'
twindoc: sw.md: no Korean part found: the code fence opened at line 5 is never closed, so the '---' line after it is code
EOT
done_

case_ "a bilingual file with two '---' splits"
printf '# Setup\n\nRun `make`.\n\n---\n\n# 설정\n\n`make`를 실행합니다.\n\n---\n\n# 다시\n\n두 번째 한국어 부분입니다.\n' >two.md
run_ 1 $c two.md
out_ <<'EOT'
two.md:11:1: error: thematic break not in the English text [structure]
two.md:3:1: note: in the English text it would stand after "Run make."
two.md:13:1: error: heading not in the English text: "다시" [structure]
two.md:3:1: note: in the English text it would stand after "Run make."
two.md:15:1: error: paragraph not in the English text: "두 번째 한국어 부분입니다." [structure]
two.md:3:1: note: in the English text it would stand after "Run make."
checked 1 page pair: 3 errors, 0 warnings
EOT
err_ </dev/null
done_

# ---- --tree and symbolic links ---------------------------------------------
mkdir -p s/en s/ko outside
printf '# Page\n\nUse `run`.\n' >s/en/page.md
printf '# 페이지\n\n`run`을 사용합니다.\n' >s/ko/page.md
cp s/ko/page.md outside/stray.md

mkdir s/ko/dir && ln -s .. s/ko/dir/loop
case_ "--tree with a symbolic link loop"
run_ 0 $c --tree s/en s/ko
echo 'checked 1 page pair: 0 errors, 0 warnings' | out_
err_ <<'EOT'
twindoc: s/ko/dir/loop: directory loop (symbolic link), not followed
EOT
done_
rm -r s/ko/dir

ln -s ../../outside s/ko/ext
case_ "--tree with a symbolic link out of the root"
run_ 0 $c --tree s/en s/ko
echo 'checked 1 page pair: 0 errors, 0 warnings' | out_
err_ <<'EOT'
twindoc: s/ko/ext: symbolic link out of the tree, not followed
EOT
done_
rm s/ko/ext

# ---- .twindoc.json -----------------------------------------------------------
mkdir c && cp en.md ko.md c/
case_ ".twindoc.json that is not JSON"
printf '{\n  "rules": {\n    "number": "off",\n  }\n}\n' >c/.twindoc.json
snap_ >.snap.before
(cd c && run_ 2 $c en.md ko.md) || fail=1
mv c/out c/err . || framework_failure_
out_ </dev/null
err_ <<'EOT'
twindoc: .twindoc.json:4:3: invalid JSON
EOT
done_

case_ ".twindoc.json with a wrong type"
printf '{\n  "anchors": "explicit",\n  "rules": ["number"]\n}\n' >c/.twindoc.json
snap_ >.snap.before
(cd c && run_ 2 $c en.md ko.md) || fail=1
mv c/out c/err . || framework_failure_
out_ </dev/null
err_ <<'EOT'
twindoc: .twindoc.json:3: 'rules' must be an object
EOT
done_

case_ "--config with a wrong type"
printf '{\n  "include": "*.md"\n}\n' >bad.json
run_ 2 $c --config=bad.json en.md ko.md
out_ </dev/null
err_ <<'EOT'
twindoc: bad.json:2: 'include' must be an array of strings
EOT
done_

# ---- render --set --------------------------------------------------------------
cp "$abs_top_srcdir/docs/examples/secure-kinesis.md" guide.md \
  || framework_failure_
mkdir o
r='render guide.md --set REGION=us-east-1 --set ACCOUNT_ID=123456789012
 --set STREAM_NAME=orders
 --set ClickHouse_IAM_ARN=arn:aws:iam::123456789012:role/CH-Role'
render_ () { "$TWINDOC" $r "$@"; }
stream_msg_ ()
{
  printf "twindoc: %s: invalid value for {STREAM_NAME}: expected a Kinesis stream name (1 to 128 letters, digits, '_', '.' or '-')\n" "$1"
}

case_ "render --set with a quote"
run_ 2 $r --set 'STREAM_NAME=a"b' -o o
out_ </dev/null
stream_msg_ 'a"b' | err_
done_

case_ "render --set with a newline"
run_ 2 $r --set 'REGION=us-east-1
x' -o o
out_ </dev/null
err_ <<'EOT'
twindoc: us-east-1\nx: invalid value for {REGION}: expected an AWS region such as us-east-1
EOT
done_

case_ "render --set with '..'"
run_ 2 $r --set 'STREAM_NAME=..' -o o
out_ </dev/null
stream_msg_ '..' | err_
done_

case_ "render --set with '../'"
run_ 2 $r --set 'STREAM_NAME=../../etc/passwd' -o o
out_ </dev/null
stream_msg_ '../../etc/passwd' | err_
done_

# ---- outputs that cannot be written --------------------------------------------
case_ "render -o under a file"
run_ 2 $r -o en.md/sub
out_ </dev/null
err_ <<'EOT'
twindoc: permission-policy: Statement[0].Action[5]: warning: 'kinesis:DeregisterStreamConsumer' does not apply to this resource: it needs a resource of type consumer (arn:${Partition}:kinesis:${Region}:${Account}:${StreamType}/${StreamName}/consumer/${ConsumerName}:${ConsumerCreationTimpstamp})
twindoc: en.md/sub: Not a directory
EOT
done_

case_ "--write-baseline with an empty file name"
run_ 2 $c en.md ko.md --write-baseline=
out_ </dev/null
err_ <<'EOT'
twindoc: invalid argument '' for '--write-baseline'
Try 'twindoc check --help' for more information.
EOT
done_

case_ "--write-baseline into a missing folder"
run_ 2 $c en.md ko.md --write-baseline=nodir/base.json
out_ </dev/null
err_ <<'EOT'
twindoc: nodir/base.json: No such file or directory
EOT
done_

if test "$(id -u)" -ne 0; then
  mkdir ro && chmod 555 ro
  case_ "render -o into a read-only folder"
  run_ 2 $r -o ro
  out_ </dev/null
  err_ <<'EOT'
twindoc: ro/trust-policy.json: Permission denied
EOT
  done_

  case_ "--write-baseline into a read-only folder"
  run_ 2 $c en.md ko.md --write-baseline=ro/base.json
  out_ </dev/null
  err_ <<'EOT'
twindoc: ro/base.json: Permission denied
EOT
  done_
else
  echo "SKIP: read-only folders: running as root"
fi

if test -w /dev/full; then
  case_ "standard output on a full disk"
  snap_ >.snap.before
  returns_ 2 chk en.md ko.md >/dev/full 2>err || fail_ "case $ncase: $cname"
  err_ <<'EOT'
twindoc: write error: No space left on device
EOT
  done_

  case_ "render standard output on a full disk"
  snap_ >.snap.before
  returns_ 2 render_ >/dev/full 2>err || fail_ "case $ncase: $cname"
  err_ <<'EOT'
twindoc: permission-policy: Statement[0].Action[5]: warning: 'kinesis:DeregisterStreamConsumer' does not apply to this resource: it needs a resource of type consumer (arn:${Partition}:kinesis:${Region}:${Account}:${StreamType}/${StreamName}/consumer/${ConsumerName}:${ConsumerCreationTimpstamp})
twindoc: write error: No space left on device
EOT
  done_

  # --write-baseline to a full device.  As root the folder /dev is
  # writable: never risk /dev/full itself, use a node of the same device.
  full=/dev/full
  if test "$(id -u)" -eq 0; then
    full=
    mknod full c 1 7 2>/dev/null && full=full
  fi
  if test -n "$full"; then
    case_ "--write-baseline to a full device"
    run_ 2 $c en.md ko.md --write-baseline=$full
    out_ </dev/null
    printf 'twindoc: %s: No space left on device\n' "$full" | err_
    test -c $full || fail_ "case $ncase: $cname: $full is no longer a device"
    done_
  else
    echo "SKIP: --write-baseline to a full device: cannot make a device node"
  fi
else
  echo "SKIP: /dev/full is not available"
fi

printf '%d cases\n' "$ncase"
Exit
