#!/bin/sh
# The bundled example: the broken emphasis at line 160 and nothing else;
# text and JSON output are compared in full.
. "${abs_top_srcdir=.}/tests/init.sh"

ex=$abs_top_srcdir/docs/examples/secure-kinesis.md
cp "$ex" secure-kinesis.md || framework_failure_

returns_ 0 "$TWINDOC" check --color=never --excerpt=never secure-kinesis.md >out
cat >exp <<'EOT'
secure-kinesis.md:160:105: warning: '**' is shown literally: a closing '**' after punctuation must be followed by a space or punctuation, not '로'; move the particle inside the emphasis or put the punctuation outside it [emphasis]
secure-kinesis.md:52:6: note: the English counterpart is here
0 errors, 1 warning in 1 file
EOT
compare_ exp out

# With --fail-on=warning the same finding fails the run.
returns_ 1 "$TWINDOC" check --fail-on=warning secure-kinesis.md >/dev/null

# The excerpt shows the line and a caret under the '**' (Hangul is two
# columns wide, so the caret lines up in a terminal).
returns_ 0 "$TWINDOC" check --color=never --excerpt=always secure-kinesis.md >out
sed -n 2,3p out >got
cat >exp <<'EOT'
  160 | - 3. `AWS account`의 신뢰할 수 있는 엔터티 유형으로 새 IAM 역할을 생성합니다. 이 기능이 작동하려면 IAM 역할의 이름이 **`ClickHouseAccessRole-`**로 시작해야 합니다.
      |                                                                                                                                               ^~
EOT
compare_ exp got

returns_ 0 "$TWINDOC" check --format=json secure-kinesis.md >out
compare_ "$abs_top_srcdir/tests/data/secure-kinesis.json" out

Exit
