#!/bin/sh
# twindoc extract: the policies and placeholders of the bundled example as
# a JSON manifest and as a table, the pair form, a JSON block that does not
# parse, and the exit statuses.
. "${abs_top_srcdir=.}/tests/init.sh"
LC_ALL=C; export LC_ALL; unset LANGUAGE LANG LC_MESSAGES

cp "$abs_top_srcdir/docs/examples/secure-kinesis.md" secure-kinesis.md \
  || framework_failure_

# The manifest, compared in full.
returns_ 0 "$TWINDOC" extract secure-kinesis.md >out 2>err
compare_ "$abs_top_srcdir/tests/data/extract-secure-kinesis.json" out
compare_ /dev/null err

# The table: columns aligned by display width, Hangul two columns wide.
returns_ 0 "$TWINDOC" extract --format text secure-kinesis.md >out 2>err
cat >exp <<'EOT'
LANGUAGE  LINE  NAME               KIND      PLACEHOLDERS
en        58    trust-policy       trust     ClickHouse_IAM_ARN
en        80    permission-policy  identity  REGION, ACCOUNT_ID, STREAM_NAME
ko        166   trust-policy       trust     ClickHouse_IAM_ARN
ko        188   permission-policy  identity  REGION, ACCOUNT_ID, STREAM_NAME

PLACEHOLDER         USED IN      EXAMPLE    DESCRIPTION
ClickHouse_IAM_ARN  code, prose  -          en: The IAM Role ARN from your ClickHouse service (obtained in the previous step)
                                            ko: 이전 단계에서 얻은 ClickHouse 서비스의 IAM 역할 ARN
REGION              code, prose  us-east-1  en: Your AWS region
                                            ko: AWS 지역
ACCOUNT_ID          code, prose  -          en: Your AWS account ID
                                            ko: AWS 계정 ID
STREAM_NAME         code, prose  -          en: Your Kinesis stream name
                                            ko: Kinesis 스트림 이름
EOT
compare_ exp out
compare_ /dev/null err
returns_ 0 "$TWINDOC" extract -f text secure-kinesis.md >out2
compare_ out out2

# The pair form: an English file, and a Korean file that starts with a copy
# of the English page: the Korean policies are those after its '---'.
sed -n 1,121p secure-kinesis.md >en.md
returns_ 0 "$TWINDOC" extract -f text en.md secure-kinesis.md >out2 2>err
compare_ out out2
compare_ /dev/null err
returns_ 0 "$TWINDOC" extract en.md secure-kinesis.md >out 2>err
grep '"file":' out | sed 's/^[[:space:]]*//' >got
printf '"file":\t"%s",\n' en.md en.md secure-kinesis.md secure-kinesis.md >exp
compare_ exp got

# A file in one language: its policies, no Korean descriptions.
returns_ 0 "$TWINDOC" extract -f text en.md >out 2>err
cat >exp <<'EOT'
LANGUAGE  LINE  NAME               KIND      PLACEHOLDERS
en        58    trust-policy       trust     ClickHouse_IAM_ARN
en        80    permission-policy  identity  REGION, ACCOUNT_ID, STREAM_NAME

PLACEHOLDER         USED IN      EXAMPLE    DESCRIPTION
ClickHouse_IAM_ARN  code, prose  -          en: The IAM Role ARN from your ClickHouse service (obtained in the previous step)
REGION              code, prose  us-east-1  en: Your AWS region
ACCOUNT_ID          code, prose  -          en: Your AWS account ID
STREAM_NAME         code, prose  -          en: Your Kinesis stream name
EOT
compare_ exp out

# JSON blocks that do not parse: "json": null and the file position of the
# error (column in characters: '없음' is two); names from the bold label or
# the heading, made unique; exit status 1.
cat >broken.md <<'EOT'
# Bucket access

**Create the bucket policy**

Replace `{BUCKET}` with the name of your bucket.

```json
{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow" "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::{BUCKET}/*" }
  ]
}
```

## Second

```json
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::{BUCKET}"}]}
```

1. A step:

   ```json
   {"Note": "없음",, "x": 1}
   ```
EOT
returns_ 1 "$TWINDOC" extract broken.md >out 2>err
compare_ /dev/null err
cat >exp <<'EOT'
{
	"version":	1,
	"tool":	{
		"name":	"twindoc",
		"version":	"@VERSION@"
	},
	"policies":	[{
			"language":	"en",
			"file":	"broken.md",
			"line":	7,
			"end_line":	15,
			"heading_path":	"Bucket access",
			"name":	"bucket-policy",
			"kind":	"other",
			"json":	null,
			"error":	{
				"line":	11,
				"column":	25
			},
			"placeholders":	[]
		}, {
			"language":	"en",
			"file":	"broken.md",
			"line":	19,
			"end_line":	21,
			"heading_path":	"Bucket access > Second",
			"name":	"second",
			"kind":	"identity",
			"json":	{
				"Version":	"2012-10-17",
				"Statement":	[{
						"Effect":	"Allow",
						"Action":	"s3:ListBucket",
						"Resource":	"arn:aws:s3:::{BUCKET}"
					}]
			},
			"placeholders":	[{
					"name":	"BUCKET",
					"path":	"Statement[0].Resource"
				}]
		}, {
			"language":	"en",
			"file":	"broken.md",
			"line":	25,
			"end_line":	27,
			"heading_path":	"Bucket access > Second",
			"name":	"second-2",
			"kind":	"other",
			"json":	null,
			"error":	{
				"line":	26,
				"column":	19
			},
			"placeholders":	[]
		}],
	"placeholders":	[{
			"name":	"BUCKET",
			"used_in":	["code", "prose"],
			"descriptions":	{
				"en":	"The name of your bucket",
				"ko":	null
			},
			"example":	null
		}]
}
EOT
version=$("$TWINDOC" --version | sed -n '1s/.* //p')
sed "s/@VERSION@/$version/" exp >exp2
compare_ exp2 out
returns_ 1 "$TWINDOC" extract -f text broken.md >out
cat >exp <<'EOT'
LANGUAGE  LINE  NAME           KIND      PLACEHOLDERS
en        7     bucket-policy  other     invalid JSON at line 11, column 25
en        19    second         identity  BUCKET
en        25    second-2       other     invalid JSON at line 26, column 19

PLACEHOLDER  USED IN      EXAMPLE  DESCRIPTION
BUCKET       code, prose  -        en: The name of your bucket
EOT
compare_ exp out

# No policy at all: empty lists, status 0.
printf '# Nothing\n\nText.\n' >plain.md
returns_ 0 "$TWINDOC" extract plain.md >out
grep -q '"policies":	\[\]' out || fail_ "empty policies"
returns_ 0 "$TWINDOC" extract -f text plain.md >out
compare_ /dev/null out

# Trouble and usage errors: status 2.
returns_ 2 "$TWINDOC" extract >out 2>err
compare_ /dev/null out
cat >exp <<'EOT'
twindoc: missing file operand
Try 'twindoc extract --help' for more information.
EOT
compare_ exp err
returns_ 2 "$TWINDOC" extract a b c 2>err
head -n 1 err >got
echo "twindoc: extra operand 'c'" >exp
compare_ exp got
returns_ 2 "$TWINDOC" extract --format=xml secure-kinesis.md >out 2>err
compare_ /dev/null out
cat >exp <<'EOT'
twindoc: invalid argument 'xml' for '--format'
Valid arguments are: 'json' 'text'
Try 'twindoc extract --help' for more information.
EOT
compare_ exp err
returns_ 2 "$TWINDOC" extract no-such.md >out 2>err
compare_ /dev/null out
echo 'twindoc: no-such.md: No such file or directory' >exp
compare_ exp err
returns_ 2 "$TWINDOC" extract en.md no-such.md >out 2>err
compare_ exp err
returns_ 0 "$TWINDOC" extract --help >out
grep -q '^Usage: twindoc extract ' out || fail_ "extract --help"

Exit
