#!/bin/sh
# twindoc render: the bundled example filled with values, each value type
# valid and invalid, missing and unknown names, --values, stdout and -o,
# refused values, a template the IAM lint rejects, and the guide's --help
# in English and in Korean.
. "${abs_top_srcdir=.}/tests/init.sh"
LC_ALL=C; export LC_ALL; unset LANGUAGE LANG LC_MESSAGES

data=$abs_top_srcdir/tests/data
cp "$abs_top_srcdir/docs/examples/secure-kinesis.md" guide.md \
  || framework_failure_
render_ () { "$TWINDOC" render guide.md "$@"; }
ok_region=REGION=us-east-1
ok_account=ACCOUNT_ID=123456789012
ok_stream=STREAM_NAME=orders
ok_arn=ClickHouse_IAM_ARN=arn:aws:iam::123456789012:role/CH-Role
# The IAM lint's warnings on the filled policies are printed on standard
# error and are not fatal: the guide's permission policy grants a consumer
# action on a stream.
cat >warn <<'EOT'
twindoc: permission-policy: Statement[0].Action[5]: warning: 'kinesis:DeregisterStreamConsumer' does not apply to this resource: it needs a resource of type consumer (arn:${Partition}:kinesis:${Region}:${Account}:${StreamType}/${StreamName}/consumer/${ConsumerName}:${ConsumerCreationTimpstamp})
EOT

# -o DIR: one file per policy, named after the policy, exactly as expected.
mkdir outdir
returns_ 0 "$TWINDOC" render guide.md --set "$ok_region" --set "$ok_account" \
  --set "$ok_stream" --set "$ok_arn" -o outdir >stdout 2>err
compare_ /dev/null stdout
compare_ warn err
ls outdir >got
printf '%s\n' permission-policy.json trust-policy.json >exp
compare_ exp got
compare_ "$data/render-trust-policy.json" outdir/trust-policy.json
compare_ "$data/render-permission-policy.json" outdir/permission-policy.json
for f in outdir/*.json; do
  grep -q '[{}]' "$f" || fail_ "$f: no JSON object"
  grep -q '{[A-Za-z_]' "$f" && fail_ "$f: a placeholder is left"
  # The written file is valid JSON: the program reads it back as a guide's
  # only JSON block.
  { echo '```json'; cat "$f"; echo '```'; } >back.md
  "$TWINDOC" extract back.md >/dev/null || fail_ "$f does not parse"
done
# Again over existing files (-o DIR/ with a slash works too).
returns_ 0 render_ --set "$ok_region" --set "$ok_account" --set "$ok_stream" \
  --set "$ok_arn" -o outdir/ 2>err
compare_ warn err
compare_ "$data/render-trust-policy.json" outdir/trust-policy.json

# Without -o: one JSON object on stdout, nothing written.
returns_ 0 render_ --set "$ok_region" --set "$ok_account" --set "$ok_stream" \
  --set "$ok_arn" >out.json 2>err
compare_ "$data/render-secure-kinesis.json" out.json
compare_ warn err
# --set=NAME=VALUE works too, and the order of the options does not matter.
returns_ 0 "$TWINDOC" render --set="$ok_arn" --set "$ok_stream" guide.md \
  --set "$ok_account" --set "$ok_region" >out2.json
compare_ out.json out2.json

# --values: an object of strings; --set wins; members that name no
# placeholder of the guide are ignored.
cat >values.json <<'EOT'
{"REGION": "us-east-1", "ACCOUNT_ID": "123456789012", "STREAM_NAME": "other",
 "ClickHouse_IAM_ARN": "arn:aws:iam::123456789012:role/CH-Role",
 "BUCKET": "unused"}
EOT
returns_ 0 render_ --values values.json --set "$ok_stream" >out2.json 2>err
compare_ out.json out2.json
compare_ warn err
echo '["us-east-1"]' >bad.json
returns_ 2 render_ --values bad.json >out2.json 2>err
compare_ /dev/null out2.json
echo 'twindoc: bad.json: expected a JSON object of strings, such as {"REGION": "us-east-1"}' >exp
compare_ exp err
echo '{"REGION": 1}' >bad.json
returns_ 2 render_ --values bad.json 2>err
echo "twindoc: bad.json: the value of 'REGION' is not a string" >exp
compare_ exp err
returns_ 2 render_ --values no-such.json 2>err
echo 'twindoc: no-such.json: No such file or directory' >exp
compare_ exp err

# Each type: a valid value passes, an invalid one is named with its
# placeholder and the expected form; status 2 and nothing written.
all_but_ () { # all_but_ NAME VALUE: the good values, NAME set to VALUE
  for kv in "$ok_region" "$ok_account" "$ok_stream" "$ok_arn"; do
    case $kv in "$1"=*) printf '%s\n' "--set" "$1=$2" ;;
                *) printf '%s\n' "--set" "$kv" ;; esac
  done
}
check_ () { # check_ STATUS NAME VALUE
  # shellcheck disable=SC2046
  (IFS='
'; returns_ "$1" render_ $(all_but_ "$2" "$3")) >/dev/null
}
mkdir out2
for v in us-east-1 ap-northeast-2 eu-central-1; do
  check_ 0 REGION "$v" 2>err || fail_ "region $v"
done
for v in ACCOUNT_ID=123456789012 STREAM_NAME=my_stream.v-2 \
         ClickHouse_IAM_ARN=arn:aws:iam::000000000000:role/ClickHouseAccessRole-x; do
  check_ 0 "${v%%=*}" "${v#*=}" 2>err || fail_ "$v"
done
check_ 2 REGION us-east 2>err
echo 'twindoc: us-east: invalid value for {REGION}: expected an AWS region such as us-east-1' >exp
compare_ exp err
check_ 2 REGION US-EAST-1 2>err
echo 'twindoc: US-EAST-1: invalid value for {REGION}: expected an AWS region such as us-east-1' >exp
compare_ exp err
check_ 2 ACCOUNT_ID 12345678901 2>err
echo 'twindoc: 12345678901: invalid value for {ACCOUNT_ID}: expected a 12-digit AWS account ID' >exp
compare_ exp err
check_ 2 ACCOUNT_ID 1234-5678-9012 2>err
echo 'twindoc: 1234-5678-9012: invalid value for {ACCOUNT_ID}: expected a 12-digit AWS account ID' >exp
compare_ exp err
check_ 2 STREAM_NAME 'my stream' 2>err
echo "twindoc: my stream: invalid value for {STREAM_NAME}: expected a Kinesis stream name (1 to 128 letters, digits, '_', '.' or '-')" >exp
compare_ exp err
check_ 2 ClickHouse_IAM_ARN arn:aws:s3:::bucket 2>err
echo 'twindoc: arn:aws:s3:::bucket: invalid value for {ClickHouse_IAM_ARN}: expected an IAM role ARN such as arn:aws:iam::123456789012:role/name' >exp
compare_ exp err
check_ 2 ClickHouse_IAM_ARN CH-Role 2>err
echo 'twindoc: CH-Role: invalid value for {ClickHouse_IAM_ARN}: expected an IAM role ARN such as arn:aws:iam::123456789012:role/name' >exp
compare_ exp err
# The placeholder's description says "IAM Role ARN": a user ARN is refused.
check_ 2 ClickHouse_IAM_ARN arn:aws:iam::123456789012:user/bob 2>err
echo 'twindoc: arn:aws:iam::123456789012:user/bob: invalid value for {ClickHouse_IAM_ARN}: expected an IAM role ARN such as arn:aws:iam::123456789012:role/name' >exp
compare_ exp err
# A placeholder that names a user takes a user ARN and refuses a role's.
sed -e 's/the IAM Role ARN from your ClickHouse service/the ARN of your IAM user/' \
  -e 's/ClickHouse 서비스의 IAM 역할 ARN/IAM 사용자의 ARN/' guide.md >user.md
returns_ 0 "$TWINDOC" render user.md --set "$ok_region" --set "$ok_account" \
  --set "$ok_stream" --set ClickHouse_IAM_ARN=arn:aws:iam::123456789012:user/bob \
  >stdout 2>err
grep -q '"AWS": "arn:aws:iam::123456789012:user/bob"' stdout \
  || fail_ "user ARN rendered"
returns_ 2 "$TWINDOC" render user.md --set "$ok_region" --set "$ok_account" \
  --set "$ok_stream" --set "$ok_arn" >stdout 2>err
echo 'twindoc: arn:aws:iam::123456789012:role/CH-Role: invalid value for {ClickHouse_IAM_ARN}: expected an IAM user ARN such as arn:aws:iam::123456789012:user/name' >exp
compare_ exp err

# The partition of the guide's ARNs follows the region: aws-us-gov for
# us-gov-*, aws-cn for cn-*; an ARN value of another partition is refused.
for v in us-gov-west-1:aws-us-gov cn-north-1:aws-cn cn-northwest-1:aws-cn \
         eu-west-1:aws; do
  region=${v%%:*} part=${v#*:}
  returns_ 0 render_ --set REGION="$region" --set "$ok_account" \
    --set "$ok_stream" \
    --set "ClickHouse_IAM_ARN=arn:$part:iam::123456789012:role/CH-Role" \
    >out.json 2>err
  compare_ warn err
  grep -o '"arn:[^"]*"' out.json >got
  cat >exp <<EOT
"arn:$part:iam::123456789012:role/CH-Role"
"arn:$part:kinesis:$region:123456789012:stream/orders"
"arn:$part:kinesis:$region:123456789012:stream/orders/*"
EOT
  compare_ exp got
done
returns_ 2 render_ --set REGION=us-gov-east-1 --set "$ok_account" \
  --set "$ok_stream" --set "$ok_arn" >stdout 2>err
compare_ /dev/null stdout
echo 'twindoc: arn:aws:iam::123456789012:role/CH-Role: the ARN for {ClickHouse_IAM_ARN} is in another partition than the region: expected arn:aws-us-gov:...' >exp
compare_ exp err

# Values that would break the JSON or reach outside a folder are refused:
# quotes, newlines, '../'.  Every bad value is reported, in the guide's
# order.
returns_ 2 render_ --set 'REGION=us-east-1"' --set "$ok_account" \
  --set 'STREAM_NAME=../../etc/passwd' --set 'ClickHouse_IAM_ARN=arn:aws:iam::123456789012:role/x
y' -o out2 >stdout 2>err
cat >exp <<'EOT'
twindoc: arn:aws:iam::123456789012:role/x\ny: invalid value for {ClickHouse_IAM_ARN}: expected an IAM role ARN such as arn:aws:iam::123456789012:role/name
twindoc: us-east-1": invalid value for {REGION}: expected an AWS region such as us-east-1
twindoc: ../../etc/passwd: invalid value for {STREAM_NAME}: expected a Kinesis stream name (1 to 128 letters, digits, '_', '.' or '-')
EOT
compare_ exp err
compare_ /dev/null stdout
ls out2 >got
compare_ /dev/null got
check_ 2 STREAM_NAME 'a"b' 2>/dev/null
check_ 2 STREAM_NAME '..' 2>err
echo "twindoc: ..: invalid value for {STREAM_NAME}: expected a Kinesis stream name (1 to 128 letters, digits, '_', '.' or '-')" >exp
compare_ exp err
check_ 2 ClickHouse_IAM_ARN 'arn:aws:iam::123456789012:role/../x' 2>err
echo 'twindoc: arn:aws:iam::123456789012:role/../x: invalid value for {ClickHouse_IAM_ARN}: expected an IAM role ARN such as arn:aws:iam::123456789012:role/name' >exp
compare_ exp err
check_ 2 ClickHouse_IAM_ARN 'arn:aws:iam::123456789012:role/x\y' 2>/dev/null
check_ 2 ClickHouse_IAM_ARN 'arn:aws:iam::123456789012:role/{x}' 2>/dev/null

# Missing values: every one listed with its description, in the user's
# language (--lang, else the locale); status 2.
returns_ 2 render_ --set "$ok_region" >stdout 2>err
compare_ /dev/null stdout
cat >exp <<'EOT'
twindoc: these placeholders need a value:
  --set ClickHouse_IAM_ARN=VALUE  The IAM Role ARN from your ClickHouse service (obtained in the previous step)
  --set ACCOUNT_ID=VALUE          Your AWS account ID
  --set STREAM_NAME=VALUE         Your Kinesis stream name
EOT
compare_ exp err
returns_ 2 render_ --set "$ok_region" --lang ko 2>err
cat >exp <<'EOT'
twindoc: these placeholders need a value:
  --set ClickHouse_IAM_ARN=VALUE  이전 단계에서 얻은 ClickHouse 서비스의 IAM 역할 ARN
  --set ACCOUNT_ID=VALUE          AWS 계정 ID
  --set STREAM_NAME=VALUE         Kinesis 스트림 이름
EOT
compare_ exp err
LC_ALL= LANG=ko_KR.UTF-8 returns_ 2 render_ --set "$ok_region" 2>err2
compare_ err err2
LC_ALL= LANG=ko_KR.UTF-8 returns_ 2 render_ --set "$ok_region" --lang en 2>err2
sed -n 3p err2 >got
echo '  --set ACCOUNT_ID=VALUE          Your AWS account ID' >exp
compare_ exp got

# Usage errors: an unknown placeholder, --set without '=', a bad --lang,
# no guide.
returns_ 2 render_ --set "$ok_region" --set BUCKET=b >stdout 2>err
compare_ /dev/null stdout
cat >exp <<'EOT'
twindoc: 'BUCKET' is not a placeholder of the policies of guide.md
Try 'twindoc render --help' for more information.
EOT
compare_ exp err
# A misspelt placeholder: the nearest one is suggested.
returns_ 2 render_ --set REGOIN=us-east-1 >stdout 2>err
compare_ /dev/null stdout
cat >exp <<'EOT'
twindoc: 'REGOIN' is not a placeholder of the policies of guide.md; did you mean 'REGION'?
Try 'twindoc render --help' for more information.
EOT
compare_ exp err
returns_ 2 render_ --set account_id=123456789012 2>err
cat >exp <<'EOT'
twindoc: 'account_id' is not a placeholder of the policies of guide.md; did you mean 'ACCOUNT_ID'?
Try 'twindoc render --help' for more information.
EOT
compare_ exp err
returns_ 2 render_ --set REGION 2>err
cat >exp <<'EOT'
twindoc: invalid argument 'REGION' for '--set'
Try 'twindoc render --help' for more information.
EOT
compare_ exp err
returns_ 2 render_ --lang fr 2>err
cat >exp <<'EOT'
twindoc: invalid argument 'fr' for '--lang'
Valid arguments are: 'en' 'ko'
Try 'twindoc render --help' for more information.
EOT
compare_ exp err
returns_ 2 "$TWINDOC" render 2>err
cat >exp <<'EOT'
twindoc: missing file operand
Try 'twindoc render --help' for more information.
EOT
compare_ exp err
returns_ 2 "$TWINDOC" render no-such.md 2>err
echo 'twindoc: no-such.md: No such file or directory' >exp
compare_ exp err

# -o into a missing folder creates it, and the folders above it (like
# mkdir -p); a file in the way is never replaced: status 2.
returns_ 0 render_ --set "$ok_region" --set "$ok_account" --set "$ok_stream" \
  --set "$ok_arn" -o new/policies/ >stdout 2>err
compare_ /dev/null stdout
compare_ warn err
compare_ "$data/render-trust-policy.json" new/policies/trust-policy.json
returns_ 2 render_ --set "$ok_region" --set "$ok_account" --set "$ok_stream" \
  --set "$ok_arn" -o guide.md 2>err
echo 'twindoc: guide.md: Not a directory' | cat warn - >exp
compare_ exp err
cp guide.md guide.md.orig || framework_failure_
returns_ 2 render_ --set "$ok_region" --set "$ok_account" --set "$ok_stream" \
  --set "$ok_arn" -o guide.md/sub 2>err
echo 'twindoc: guide.md/sub: Not a directory' | cat warn - >exp
compare_ exp err
compare_ guide.md.orig guide.md
# A missing folder is not created when the values are wrong.
returns_ 2 render_ --set "$ok_region" -o never >stdout 2>err
test -e never && fail_ "folder created for a failed render"

# An empty value is named as empty.
returns_ 2 render_ --set REGION= --set "$ok_account" --set "$ok_stream" \
  --set "$ok_arn" >stdout 2>err
compare_ /dev/null stdout
echo 'twindoc: empty value for {REGION}: expected an AWS region such as us-east-1' >exp
compare_ exp err

# A template the IAM lint rejects once filled: the findings, status 2,
# nothing written.
cat >lint.md <<'EOT'
# Stream access

Replace `{STREAM_NAME}` with the name of your stream.

```json
{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Permit", "Action": "kinesis:GetRecords",
      "Resource": "arn:aws:kinesis:us-east-1:123456789012:stream/{STREAM_NAME}" }
  ]
}
```
EOT
returns_ 2 "$TWINDOC" render lint.md --set STREAM_NAME=orders -o out2 \
  >stdout 2>err
compare_ /dev/null stdout
tail -n 1 err >got
echo 'twindoc: the filled policies are not valid; nothing was written' >exp
compare_ exp got
grep -q '^twindoc: stream-access: Statement\[0\]\.Effect: ' err \
  || { cat err >&9; fail_ "lint finding"; }
ls out2 >got
compare_ /dev/null got

# A policy that does not parse cannot be rendered; nor can a page without
# policies.
printf '# T\n\n```json\n{"a": 1,,}\n```\n' >broken.md
returns_ 2 "$TWINDOC" render broken.md 2>err
echo "twindoc: broken.md:4:10: the JSON policy 't' does not parse" >exp
compare_ exp err
printf '# T\n\nText.\n' >plain.md
returns_ 2 "$TWINDOC" render plain.md 2>err
echo 'twindoc: plain.md: no JSON policy to render' >exp
compare_ exp err

# render --help: generic; render GUIDE --help adds the guide's placeholders.
returns_ 0 "$TWINDOC" render --help >generic 2>err
compare_ /dev/null err
head -n 1 generic >got
echo 'Usage: twindoc render [OPTION]... GUIDE' >exp
compare_ exp got
grep -q 'Placeholders of' generic && fail_ "generic help lists placeholders"
returns_ 0 render_ --help >out 2>err
compare_ /dev/null err
cat generic - >exp <<'EOT'

Placeholders of guide.md:
  --set ClickHouse_IAM_ARN=VALUE  The IAM Role ARN from your ClickHouse service (obtained in the previous step)
  --set REGION=VALUE              Your AWS region (e.g., us-east-1)
  --set ACCOUNT_ID=VALUE          Your AWS account ID
  --set STREAM_NAME=VALUE         Your Kinesis stream name
EOT
compare_ exp out

# In Korean (the catalog compiled from po/ko.po): the descriptions come
# from the Korean half, aligned by display width.  Only the guide's lines
# are compared: the fixed strings (and the VALUE metavariable) follow the
# catalog.
: "${MSGFMT:=msgfmt}"
if command -v "$MSGFMT" >/dev/null 2>&1; then
  mkdir -p loc/ko/LC_MESSAGES
  "$MSGFMT" -o loc/ko/LC_MESSAGES/twindoc.mo "$abs_top_srcdir/po/ko.po" \
    || framework_failure_ "msgfmt"
  LC_ALL=C.UTF-8 LANGUAGE=ko TWINDOC_LOCALEDIR=$PWD/loc \
    returns_ 0 render_ --help >out 2>err
  compare_ /dev/null err
  sed -n 's/^  --set [A-Za-z_]*=[^ ]*  *//p' out >got
  cat >exp <<'EOT'
이전 단계에서 얻은 ClickHouse 서비스의 IAM 역할 ARN
AWS 지역 (예: us-east-1)
AWS 계정 ID
Kinesis 스트림 이름
EOT
  compare_ exp got
  # Aligned: the descriptions start at the same column on every line (the
  # text before them is ASCII but for the same metavariable).
  grep '^  --set ' out | while IFS= read -r line; do
    rest=${line#"  --set "}
    d=${rest#*=*  }; d=${d#"${d%%[! ]*}"}
    echo $(( ${#line} - ${#d} ))
  done | sort -u | wc -l | tr -d ' ' >n
  test "$(cat n)" = 1 || fail_ "Korean --help not aligned"
fi

Exit
