#!/bin/sh
# The Korean wording of issue 14: each message whose Korean changed, as a
# Korean user meets it (LANGUAGE=ko with the catalog of po/ko.po): no
# hedged particle after an argument, 파일을 지정하지 않았습니다 for every
# command (extract and render check nothing), 페이지 for a page, 자격 증명
# 공급자(IdP), a JSON object whose values are strings, and help lines that
# read as sentences once joined in the man page.
. "${abs_top_srcdir=.}/tests/init.sh"

: "${MSGFMT:=msgfmt}"
command -v "$MSGFMT" >/dev/null 2>&1 || skip_ "msgfmt not found"
mkdir -p loc/ko/LC_MESSAGES
"$MSGFMT" -o loc/ko/LC_MESSAGES/twindoc.mo "$abs_top_srcdir/po/ko.po" \
  || framework_failure_ "msgfmt"
ko_ () { LC_ALL=C.UTF-8 LANGUAGE=ko TWINDOC_LOCALEDIR=$PWD/loc \
         TWINDOC_HIDE_TIME=1 "$@"; }

# A missing operand names no check.
for c in check extract render status po apply; do
  returns_ 2 ko_ "$TWINDOC" "$c" 2>err
  head -n 1 err >got
  echo 'twindoc: 파일을 지정하지 않았습니다' >exp
  compare_ exp got
done

# ko-terminology: the terms stand where no particle follows them.
printf 'Empty the bucket.\n' >en.md
printf '저장소를 비우세요.\n' >ko.md
printf '{"glossary": [["bucket", "버킷"]]}\n' >g.json
returns_ 0 ko_ "$TWINDOC" check --config=g.json --excerpt=never en.md ko.md \
  >out
sed -n 1p out >got
echo "ko.md:1:1: warning: 이 문장에 용어집의 번역어가 없습니다: '버킷'(영어: 'bucket') [ko-terminology]" >exp
compare_ exp got

# Configuration: a key named with 키는, not '%s'은(는).
printf '{"overrides": [{"files": ["x/**"], "include": ["*.md"]}]}\n' >bad.json
returns_ 2 ko_ "$TWINDOC" check --config=bad.json en.md ko.md 2>err
echo "twindoc: bad.json:1: 'include' 키는 overrides 항목에 지정할 수 없습니다. overrides 항목에는 페이지 단위 설정만 지정할 수 있습니다" >exp
compare_ exp err
mkdir -p en2 ko2/sub
printf 'Text.\n' >en2/a.md; mkdir -p en2/sub; printf 'Text.\n' >en2/sub/b.md
printf '텍스트입니다.\n' >ko2/a.md; printf '텍스트입니다.\n' >ko2/sub/b.md
printf '{"include": ["*.md"]}\n' >ko2/sub/.twindoc.json
ko_ "$TWINDOC" check --tree en2 ko2 >out 2>err
ref=$(cd ko2/sub && pwd -P)
echo "twindoc: $ref/.twindoc.json: warning: 'include' 키는 실행 전체에 적용되는 설정이므로 페이지 폴더의 설정에서는 무시합니다. 실행의 설정(현재 폴더에서 가장 가까운 .twindoc.json 또는 --config)에 지정하세요" >exp
compare_ exp err

# render --values: a JSON object whose values are strings.
printf '["us-east-1"]\n' >values.json
cp "$abs_top_srcdir/docs/examples/secure-kinesis.md" guide.md \
  || framework_failure_
returns_ 2 ko_ "$TWINDOC" render guide.md --values values.json 2>err
echo 'twindoc: values.json: {"REGION": "us-east-1"}처럼 값이 모두 문자열인 JSON 객체여야 합니다' >exp
compare_ exp err
ko_ "$TWINDOC" render --help >out
grep -A1 -e '--values=FILE' out >got
cat >exp <<'EOT'
      --values=FILE     FILE에서 값을 읽습니다. FILE은 값이 모두
                          문자열인 JSON 객체입니다(--set이 우선합니다)
EOT
compare_ exp got

# check --help: the --fail-on line ends its sentence before LEVEL's list.
ko_ "$TWINDOC" check --help >out
grep -A2 -e '--fail-on=LEVEL' out >got
cat >exp <<'EOT'
      --fail-on=LEVEL    LEVEL 이상의 지적 사항이 있으면 상태 1로
                           종료합니다. LEVEL: error(기본값), warning,
                           note, none
EOT
compare_ exp got
grep -e '--tree  ' out >got
echo '      --tree             두 폴더를 페이지별로 비교합니다' >exp
compare_ exp got

# An identity provider is a 자격 증명 공급자(IdP), as in AWS's Korean docs.
ko_ "$TWINDOC" rules iam-principal >out
tr '\n' ' ' <out | grep -q '페더레이션 자격 증명 공급자(IdP)' \
  || { cat out >&9; fail_ "IdP"; }
grep -q 'ID 제공업체' out && fail_ "ID 제공업체"

# apply: what a translation lost comes after a colon, not before 이(가).
printf '# Title {#title}\n\nUse `--format` here.\n' >p-en.md
cat >p.po <<'EOT'
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

msgid "Title"
msgstr "제목"

msgid "Use `--format` here."
msgstr "여기에서 형식을 고르세요."
EOT
returns_ 1 ko_ "$TWINDOC" apply --allow-untranslated p-en.md p.po \
  >out.md 2>err
echo 'p-en.md:3: error: 번역에서 빠진 부분이 있지만 번역한 대로 씁니다: `--format`' >exp
compare_ exp err

Exit 0
