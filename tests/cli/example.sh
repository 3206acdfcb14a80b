#!/bin/sh
# The bundled example: the IAM action on the wrong resource type (lines 92
# and 200, one in each language), the broken emphasis at line 160, the
# hedged particle at 164 (fix: 을), the Korean style issues the research
# notes list (a heading ending in a period, two sentence-final colons, a
# space before an annotating parenthesis (ko-paren-spacing, off by
# default, so not reported), 가정 for "assume role" and 지역
# for "region"), and nothing else; text and JSON output in full.
. "${abs_top_srcdir=.}/tests/init.sh"

ex=$abs_top_srcdir/docs/examples/secure-kinesis.md
cp "$ex" secure-kinesis.md || framework_failure_

returns_ 0 "$TWINDOC" check --color=never --excerpt=never secure-kinesis.md >out
cat >exp <<'EOT'
secure-kinesis.md:92:9: warning: 'kinesis:DeregisterStreamConsumer' does not apply to this resource: it needs a resource of type consumer (arn:${Partition}:kinesis:${Region}:${Account}:${StreamType}/${StreamName}/consumer/${ConsumerName}:${ConsumerCreationTimpstamp}) [iam-resource-type]
secure-kinesis.md:154:1: warning: 'assume role' is rendered '수임' in the glossary, and this text does not use it [ko-terminology]
secure-kinesis.md:46:1: note: the English counterpart: "### Setting up IAM assume role {#setting…"
secure-kinesis.md:156:18: warning: a heading does not end with a period [ko-punctuation]
secure-kinesis.md:160:105: warning: '**' is shown literally: a closing '**' after punctuation must be followed by a space or punctuation, not '로'; move the particle inside the emphasis or put the punctuation outside it [emphasis]
secure-kinesis.md:52:6: note: the English counterpart: "Create a new IAM role with Trusted Entit…"
secure-kinesis.md:164:73: warning: hedged particle '을 (를)': the word before it takes '을' [ko-particle-hedged]
secure-kinesis.md:184:5: warning: 'region' is rendered '리전' in the glossary, and this text does not use it [ko-terminology]
secure-kinesis.md:76:5: note: the English counterpart: "`{REGION}`: Your AWS region (e.g., `us-e…"
secure-kinesis.md:200:9: warning: 'kinesis:DeregisterStreamConsumer' does not apply to this resource: it needs a resource of type consumer (arn:${Partition}:kinesis:${Region}:${Account}:${StreamType}/${StreamName}/consumer/${ConsumerName}:${ConsumerCreationTimpstamp}) [iam-resource-type]
checked 1 page pair: 0 errors, 7 warnings
EOT
compare_ exp out

# With --fail-on=warning the same finding fails the run.
returns_ 1 "$TWINDOC" check --fail-on=warning secure-kinesis.md >/dev/null

# The excerpt shows the line and a caret under the '**' (Hangul is two
# columns wide, so the caret lines up in a terminal).
returns_ 0 "$TWINDOC" check --color=never --excerpt=always secure-kinesis.md >out
grep -A2 '^secure-kinesis.md:160:' out | sed -n 2,3p >got
cat >exp <<'EOT'
  160 | - 3. `AWS account`의 신뢰할 수 있는 엔터티 유형으로 새 IAM 역할을 생성합니다. 이 기능이 작동하려면 IAM 역할의 이름이 **`ClickHouseAccessRole-`**로 시작해야 합니다.
      |                                                                                                                                               ^~
EOT
compare_ exp got

returns_ 0 "$TWINDOC" check --format=json secure-kinesis.md >out
compare_ "$abs_top_srcdir/tests/data/secure-kinesis.json" out

Exit
