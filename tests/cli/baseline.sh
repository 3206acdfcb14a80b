#!/bin/sh
# --write-baseline and --baseline: known findings are not reported, even
# after lines move; new ones are.
. "${abs_top_srcdir=.}/tests/init.sh"

chk () { "$TWINDOC" check --color=never --excerpt=never "$@"; }
tmp=$(pwd)

# (a) A small tree with two findings.
mkdir -p en ko || framework_failure_
cat >en/start.md <<'EOT'
# Start {#start}

Install `twindoc` and run `make check`.

Read the [manual](https://example.com/manual).

Then run `make install`.
EOT
cat >ko/start.md <<'EOT'
# 시작 {#start}

`twindoc`을 설치하고 `make test`를 실행합니다.

[설명서](https://example.com/guide)를 읽으세요.

그다음 `make install`을 실행합니다.
EOT
cat >en/other.md <<'EOT'
# Other

Nothing to see.
EOT
cat >ko/other.md <<'EOT'
# 기타

볼 것이 없습니다.
EOT
returns_ 1 chk --tree en ko >out 2>err
cat >exp <<'EOT'
ko/start.md:3:18: error: inline code `make test` differs from the English `make check` [inline-code]
en/start.md:3:28: note: the English counterpart: "make check`."
ko/start.md:5:7: error: link to 'https://example.com/guide' differs from the English 'https://example.com/manual' [link]
en/start.md:5:19: note: the English counterpart: "https://example.com/manual)."
checked 2 page pairs: 2 errors, 0 warnings
EOT
compare_ exp out

returns_ 0 chk --tree en ko --write-baseline=base.json >out 2>err
echo 'twindoc: 2 findings recorded in base.json' >exp
compare_ exp err
compare_ /dev/null out
test -f base.json || fail_ "no base.json written"
grep -q '"version":[[:space:]]*1' base.json || fail_ "base.json has no version 1"
test "$(grep -c '"fingerprint":' base.json)" -eq 2 \
  || fail_ "base.json should hold 2 fingerprints"
ls -A >files
printf '%s\n' base.json en err exp files ko out >exp
compare_ exp files

returns_ 0 chk --tree en ko --baseline=base.json >out 2>err
compare_clean_ 2 out
compare_ /dev/null err

# Lines inserted at the top shift every finding: still known.
{ printf '\n\n\n'; cat ko/start.md; } >ko/start.tmp && mv ko/start.tmp ko/start.md \
  || framework_failure_
returns_ 0 chk --tree en ko --baseline=base.json >out 2>err
compare_clean_ 2 out
compare_ /dev/null err

# A new defect is reported, alone.
sed 's/`make install`을/`make instal`을/' ko/start.md >ko/start.tmp \
  && mv ko/start.tmp ko/start.md || framework_failure_
returns_ 1 chk --tree en ko --baseline=base.json >out 2>err
cat >exp <<'EOT'
ko/start.md:10:6: error: inline code `make instal` differs from the English `make install` [inline-code]
en/start.md:7:11: note: the English counterpart: "make install`."
checked 2 page pairs: 1 error, 0 warnings
EOT
compare_ exp out
compare_ /dev/null err

# A finding recorded once does not hide a second, identical one.
cat >>ko/start.md <<'EOT'

[설명서](https://example.com/guide)를 읽으세요.
EOT
cat >>en/start.md <<'EOT'

Read the [manual](https://example.com/manual).
EOT
sed 's/`make instal`을/`make install`을/' ko/start.md >ko/start.tmp \
  && mv ko/start.tmp ko/start.md || framework_failure_
returns_ 1 chk --tree en ko --baseline=base.json >out 2>err
cat >exp <<'EOT'
ko/start.md:12:7: error: link to 'https://example.com/guide' differs from the English 'https://example.com/manual' [link]
en/start.md:9:19: note: the English counterpart: "https://example.com/manual)."
checked 2 page pairs: 1 error, 0 warnings
EOT
compare_ exp out

# Bad baselines are trouble.
echo 'not json' >bad.json
returns_ 2 chk --tree en ko --baseline=bad.json >out 2>err
echo 'twindoc: bad.json:1: invalid JSON' >exp
compare_ exp err
compare_ /dev/null out
printf '{\n  "version": 1,\n  "findings": [\n    {"rule": "link",}\n  ]\n}\n' >bad.json
returns_ 2 chk --tree en ko --baseline=bad.json >out 2>err
echo 'twindoc: bad.json:4: invalid JSON' >exp
compare_ exp err
printf '{"rules": {"number": "off"}}\n' >cfg.json
returns_ 2 chk --tree en ko --baseline=cfg.json >out 2>err
echo 'twindoc: cfg.json: not a twindoc baseline (version 1)' >exp
compare_ exp err
compare_ /dev/null out
printf '{"version": 2, "tool": "twindoc", "findings": []}\n' >v2.json
returns_ 2 chk --tree en ko --baseline=v2.json >out 2>err
echo 'twindoc: v2.json: not a twindoc baseline (version 1)' >exp
compare_ exp err
printf '{"version": 1, "findings": [{"rule": "link"}]}\n' >part.json
returns_ 2 chk --tree en ko --baseline=part.json >out 2>err
echo 'twindoc: part.json: each finding needs the strings "rule", "file" and "fingerprint"' >exp
compare_ exp err
returns_ 2 chk --tree en ko --baseline=nosuch.json >out 2>err
echo 'twindoc: nosuch.json: No such file or directory' >exp
compare_ exp err
rm -f bad.json cfg.json v2.json part.json

# Writing into a missing folder fails cleanly and leaves nothing behind.
before=$(ls -A)
returns_ 2 chk --tree en ko --write-baseline=nosuch/base.json >out 2>err
echo 'twindoc: nosuch/base.json: No such file or directory' >exp
compare_ exp err
compare_ /dev/null out
mkdir adir || framework_failure_
returns_ 2 chk --tree en ko --write-baseline=adir >out 2>err
echo 'twindoc: adir: Is a directory' >exp
compare_ exp err
rmdir adir
test "$(ls -A)" = "$before" \
  || fail_ "a failed --write-baseline left files behind: $(ls -A)"


# (b) The ClickHouse corpus, read in place (never copied into the tree).
test -d "$shared_dir" || test "$fail" -eq 0 || Exit
require_shared_
corpus=$shared_dir/corpus/clickhouse
test -d "$corpus/en" && test -d "$corpus/ko" || skip_ "$corpus not found"
( cd "$corpus" || exit 99
  returns_ 0 "$TWINDOC" check --tree en ko --write-baseline="$tmp/ch.json" \
    >"$tmp/out" 2>"$tmp/err" || exit 1
  returns_ 0 "$TWINDOC" check --color=never --excerpt=never --tree en ko \
    --baseline="$tmp/ch.json" >"$tmp/out2" 2>"$tmp/err2" || exit 1
) || fail=1
grep -q '^twindoc: [1-9][0-9]* findings recorded in '"$tmp"'/ch.json$' err \
  || fail_ "corpus baseline message"
compare_ /dev/null out
compare_clean_ 30 out2
compare_ /dev/null err2

# A copy in the test folder: the same baseline applies (paths are
# relative), and one new defect is reported alone.
mkdir ch || framework_failure_
cp -R "$corpus/en" "$corpus/ko" ch/ && chmod -R u+w ch || framework_failure_
cd ch || framework_failure_
returns_ 0 chk --tree en ko --baseline="$tmp/ch.json" >out 2>err
compare_clean_ 30 out
compare_ /dev/null err
page=integrations/data-ingestion/clickpipes/kinesis/02_auth.md
grep -q '(예: `us-east-1`)' ko/$page || framework_failure_ "corpus page changed"
sed 's/(예: `us-east-1`)/(예: `us-west-2`)/' ko/$page >page.tmp \
  && cat page.tmp >ko/$page && rm page.tmp || framework_failure_
returns_ 1 chk --tree en ko --baseline="$tmp/ch.json" >out 2>err
grep -c ': error: \|: warning: ' out >count
echo 1 >exp
compare_ exp count
grep -q "^ko/$page:79:[0-9]*: error: inline code \`us-west-2\` differs from the English \`us-east-1\` \[inline-code\]\$" out \
  || { fail_ "the new corpus defect is not the one reported"; cat out >&9; }
compare_ /dev/null err

# One finding is one "finding" (ngettext), in English and Korean.
printf '# A\n\nRun `a`.\n' >one.en.md
printf '# 가\n\n`b`를 실행합니다.\n' >one.ko.md
returns_ 0 chk one.en.md one.ko.md --write-baseline=one.json >out 2>err
echo 'twindoc: 1 finding recorded in one.json' >exp
compare_ exp err
returns_ 0 env LANGUAGE=ko LC_ALL=C.UTF-8 "$TWINDOC" check one.en.md one.ko.md \
  --write-baseline=one.json >out 2>err
echo 'twindoc: 지적 사항 1개를 one.json에 기록했습니다' >exp
compare_ exp err

Exit
