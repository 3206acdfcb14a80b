#!/bin/sh
# --fix and --fix --dry-run: only the certain fixes (a decidable hedged
# particle, the space before an annotating parenthesis, decomposed Hangul,
# full-width ASCII, zero-width characters) are applied; the rest is
# reported and left as written.
. "${abs_top_srcdir=.}/tests/init.sh"

# ko-colon (off by default) is on: its finding has no fix and must stay;
# ko-paren-spacing (off by default) is on: its finding has a fix.
check_ ()
{
  "$TWINDOC" check --color=never --excerpt=never --severity=ko-colon=warning \
    --severity=ko-paren-spacing=warning \
    "$@"
}

cat >en.md <<'EOF'
# Stream

Enter `{STREAM_NAME}` in the form.

Choose the Region (for example, us-east-1).

Copy the ARN of the role.

You need the following:

- an AWS account
EOF
cat >ko.md <<'EOF'
# 스트림

양식에 `{STREAM_NAME}`을 (를) 입력합니다.

리전 (예: us-east-1)을 선택합니다.

역할의 ARN를 복사합니다.

다음이 필요합니다:

- AWS 계정
EOF
cp ko.md ko.orig || framework_failure_
chmod 640 ko.md || framework_failure_

# The findings before: two have a certain fix, two have not.
cat >exp-before <<'EOF'
ko.md:3:20: warning: hedged particle '을 (를)': the word before it takes '을' [ko-particle-hedged]
ko.md:5:3: warning: space before an annotating parenthesis: Korean style attaches it to the word [ko-paren-spacing]
ko.md:7:8: warning: particle '를' does not agree with the word before it; write '을' [ko-particle]
ko.md:9:10: warning: a Korean sentence ends with a period, not a colon [ko-colon]
checked 1 page pair: 0 errors, 4 warnings
EOF
returns_ 0 check_ en.md ko.md >before
compare_ exp-before before

# (a) --fix --dry-run: the exact unified diff on stdout, nothing on
# stderr, no file changed.
cksum en.md ko.md >sums-before
cat >exp-diff <<'EOF'
--- ko.md
+++ ko.md
@@ -1,8 +1,8 @@
 # 스트림
 
-양식에 `{STREAM_NAME}`을 (를) 입력합니다.
+양식에 `{STREAM_NAME}`을 입력합니다.
 
-리전 (예: us-east-1)을 선택합니다.
+리전(예: us-east-1)을 선택합니다.
 
 역할의 ARN를 복사합니다.
 
EOF
returns_ 0 check_ --fix --dry-run en.md ko.md >out 2>err
compare_ exp-diff out
test -s err && { cat err >&9; fail_ "--dry-run wrote to stderr"; }
cksum en.md ko.md >sums-after
compare_ sums-before sums-after || fail_ "--dry-run changed a file"

# (b) --fix: the remaining findings on stdout, the count on stderr.
returns_ 0 check_ --fix en.md ko.md >out 2>err
grep -v -e '\[ko-particle-hedged\]$' -e '\[ko-paren-spacing\]$' before \
  | sed 's/4 warnings/2 warnings/' >exp-rest
compare_ exp-rest out
printf 'twindoc: 2 findings fixed\n' >exp-err
compare_ exp-err err
# Afterwards check reports exactly the unfixed findings.
returns_ 0 check_ en.md ko.md >after
compare_ exp-rest after
# The file differs from the original only in the fixed spans.
cat >exp-changes <<'EOF'
3c3
< 양식에 `{STREAM_NAME}`을 (를) 입력합니다.
---
> 양식에 `{STREAM_NAME}`을 입력합니다.
5c5
< 리전 (예: us-east-1)을 선택합니다.
---
> 리전(예: us-east-1)을 선택합니다.
EOF
diff ko.orig ko.md >changes
compare_ exp-changes changes
# The English file is untouched.
cksum en.md >sum-en
grep -F "$(cat sum-en)" sums-before >/dev/null || fail_ "--fix changed en.md"

# (e) The mode of the fixed file is kept.
mode=$(ls -l ko.md | cut -c1-10)
test "$mode" = "-rw-r-----" || fail_ "mode not kept: $mode"

# A second --fix finds nothing more to fix.
returns_ 0 check_ --fix --dry-run en.md ko.md >out
test -s out && { cat out >&9; fail_ "second --dry-run not empty"; }

# (c) Round trip on the worked example: the two certain fixes (lines 164
# and 184) are applied, everything else stays.
cp "$abs_top_srcdir/docs/examples/secure-kinesis.md" ex.md \
  || framework_failure_
cp ex.md ex.orig || framework_failure_
returns_ 0 check_ ex.md >ex-before
returns_ 0 check_ --fix ex.md >ex-fix 2>err
printf 'twindoc: 2 findings fixed\n' >exp-err
compare_ exp-err err
returns_ 0 check_ --fix --dry-run ex.md >out
test -s out && { cat out >&9; fail_ "secure-kinesis: a fixable finding is left"; }
cat >exp-changes <<'EOF'
164c164
<    신뢰 정책은 ClickHouse IAM 역할이 이 역할을 가정할 수 있도록 합니다. `{ClickHouse_IAM_ARN}`을 (를) 이전 단계에서 얻은 ClickHouse 서비스의 IAM 역할 ARN으로 교체합니다.
---
>    신뢰 정책은 ClickHouse IAM 역할이 이 역할을 가정할 수 있도록 합니다. `{ClickHouse_IAM_ARN}`을 이전 단계에서 얻은 ClickHouse 서비스의 IAM 역할 ARN으로 교체합니다.
184c184
<   - `{REGION}`: AWS 지역 (예: `us-east-1`)
---
>   - `{REGION}`: AWS 지역(예: `us-east-1`)
EOF
diff ex.orig ex.md >changes
compare_ exp-changes changes
# The findings after are those before without the two fixed ones.
returns_ 0 check_ ex.md >ex-after
grep -v -e '^ex.md:164:73: .*\[ko-particle-hedged\]$' \
        -e '^ex.md:184:23: .*\[ko-paren-spacing\]$' ex-before \
  | sed 's/10 warnings/8 warnings/' >exp-rest
compare_ exp-rest ex-after
compare_ exp-rest ex-fix

# (d) Decomposed Hangul (한 as U+1112 U+1161 U+11AB), full-width ASCII
# and a zero-width space are fixed.
printf '# Text\n\nSave the file.\n\nOpen the ABC menu.\n\nRestart the server.\n' >en2.md
printf '# 텍스트\n\n파일을 저장\341\204\222\341\205\241\341\206\253 뒤 닫습니다.\n\n\357\274\241\357\274\242\357\274\243 메뉴를 엽니다.\n\n서버를\342\200\213 다시 시작합니다.\n' >ko2.md
cat >exp-findings <<'EOF'
ko2.md:3:7: warning: decomposed Hangul (NFD, as pasted from macOS): the syllables are stored as separate jamo [ko-unicode]
ko2.md:5:1: warning: full-width 'Ａ'; write 'A' [ko-unicode]
ko2.md:5:2: warning: full-width 'Ｂ'; write 'B' [ko-unicode]
ko2.md:5:3: warning: full-width 'Ｃ'; write 'C' [ko-unicode]
ko2.md:7:4: warning: invisible zero-width character [ko-unicode]
checked 1 page pair: 0 errors, 5 warnings
EOF
returns_ 0 check_ en2.md ko2.md >out
compare_ exp-findings out
{
  printf -- '--- ko2.md\n+++ ko2.md\n@@ -1,7 +1,7 @@\n # 텍스트\n \n'
  printf -- '-파일을 저장\341\204\222\341\205\241\341\206\253 뒤 닫습니다.\n'
  printf -- '+파일을 저장한 뒤 닫습니다.\n \n'
  printf -- '-\357\274\241\357\274\242\357\274\243 메뉴를 엽니다.\n'
  printf -- '+ABC 메뉴를 엽니다.\n \n'
  printf -- '-서버를\342\200\213 다시 시작합니다.\n'
  printf -- '+서버를 다시 시작합니다.\n'
} >exp-diff
returns_ 0 check_ --fix --dry-run en2.md ko2.md >out
compare_ exp-diff out
returns_ 0 check_ --fix en2.md ko2.md >out 2>err
printf 'twindoc: 5 findings fixed\n' >exp-err
compare_ exp-err err
printf '# 텍스트\n\n파일을 저장한 뒤 닫습니다.\n\nABC 메뉴를 엽니다.\n\n서버를 다시 시작합니다.\n' >exp-ko2
compare_ exp-ko2 ko2.md
returns_ 0 check_ en2.md ko2.md >out
compare_clean_ 1 out

# (f) A fix is not applied when the file changed between reading and
# writing: that race cannot be set up from the command line; not tested.

Exit
