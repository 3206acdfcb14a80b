#!/bin/sh
# --format=github: GitHub Actions workflow commands, compared in full.
# Property values escape '%', CR, LF, ':' and ','; the message escapes only
# '%', CR and LF.
. "${abs_top_srcdir=.}/tests/init.sh"

# A pair whose Korean file name has a comma and a colon, and whose findings
# have a '%' (in inline code) and ':' (in the messages and counterparts).
printf '%s\n' '# Title' '' 'Set the limit to `100%` now.' '' \
  'See [the guide](https://example.com/guide) for 3 options.' '' \
  '```sh' 'echo hi' 'exit 0' '```' >en.md || framework_failure_
printf '%s\n' '# 제목' '' '한도를 `100 %`로 설정합니다.' '' \
  '[안내서](https://example.com/gude)에서 4가지 옵션을 확인하세요.' '' \
  '```sh' 'echo hello' 'exit 0' '```' '' '> 추가된 인용문' '> 두 번째 줄' \
  >'a,b:c.md' || framework_failure_

returns_ 1 "$TWINDOC" check --format=github --severity=number=note \
  en.md 'a,b:c.md' >out
cat >exp <<'EOT'
::error file=a%2Cb%3Ac.md,line=3,col=6,endLine=3,endColumn=10,title=inline-code::inline code `100 %25` differs from the English `100%25` (counterpart: en.md:3:19)
::error file=a%2Cb%3Ac.md,line=5,col=7,endLine=5,endColumn=30,title=link::link to 'https://example.com/gude' differs from the English 'https://example.com/guide' (counterpart: en.md:5:17)
::notice file=a%2Cb%3Ac.md,line=5,col=35,endLine=5,endColumn=35,title=number::number 4 differs from the English 3 (counterpart: en.md:5:48)
::error file=a%2Cb%3Ac.md,line=8,col=1,endLine=8,endColumn=10,title=code-block::code differs from the English block: "echo hello" instead of "echo hi" (counterpart: en.md:8:1)
::error file=a%2Cb%3Ac.md,line=12,col=1,endLine=12,endColumn=9,title=structure::block quote not in the English text: "추가된 인용문 두 번째 줄" (counterpart: en.md:10:1)
EOT
compare_ exp out

# The bundled example: one warning, no summary line.
cp "$abs_top_srcdir/docs/examples/secure-kinesis.md" . || framework_failure_
returns_ 0 "$TWINDOC" check --format=github secure-kinesis.md >out
cat >exp <<'EOT'
::warning file=secure-kinesis.md,line=92,col=9,endLine=92,endColumn=42,title=iam-resource-type::'kinesis:DeregisterStreamConsumer' does not apply to this resource: it needs a resource of type consumer (arn:${Partition}:kinesis:${Region}:${Account}:${StreamType}/${StreamName}/consumer/${ConsumerName}:${ConsumerCreationTimpstamp})
::warning file=secure-kinesis.md,line=154,col=1,endLine=154,endColumn=46,title=ko-terminology::'assume role' is rendered '수임' in the glossary, and this text does not use it (counterpart: secure-kinesis.md:46:1)
::warning file=secure-kinesis.md,line=156,col=18,endLine=156,endColumn=18,title=ko-punctuation::a heading does not end with a period
::warning file=secure-kinesis.md,line=160,col=105,endLine=160,endColumn=106,title=emphasis::'**' is shown literally: a closing '**' after punctuation must be followed by a space or punctuation, not '로'; move the particle inside the emphasis or put the punctuation outside it (counterpart: secure-kinesis.md:52:6)
::warning file=secure-kinesis.md,line=164,col=73,endLine=164,endColumn=77,title=ko-particle-hedged::hedged particle '을 (를)': the word before it takes '을'
::warning file=secure-kinesis.md,line=184,col=5,endLine=184,endColumn=39,title=ko-terminology::'region' is rendered '리전' in the glossary, and this text does not use it (counterpart: secure-kinesis.md:76:5)
::warning file=secure-kinesis.md,line=200,col=9,endLine=200,endColumn=42,title=iam-resource-type::'kinesis:DeregisterStreamConsumer' does not apply to this resource: it needs a resource of type consumer (arn:${Partition}:kinesis:${Region}:${Account}:${StreamType}/${StreamName}/consumer/${ConsumerName}:${ConsumerCreationTimpstamp})
EOT
compare_ exp out

# No finding, no output.
cp en.md en-copy.md || framework_failure_
returns_ 0 "$TWINDOC" check --format=github --severity=untranslated=off \
  en.md en-copy.md >out
compare_ /dev/null out

Exit
