#!/bin/sh
# Writes never lose data: --fix and render -o killed with SIGKILL at
# random moments leave each file either as it was or complete; --fix keeps
# the file's mode and a symbolic link; a failing write leaves the original
# untouched and no temporary .twindoc-XXXXXX file behind.
. "${abs_top_srcdir=.}/tests/init.sh"
LC_ALL=C; export LC_ALL; unset LANGUAGE LANG LC_MESSAGES

# ko-paren-spacing (off by default) is on for its fix.
chk () { "$TWINDOC" check --color=never --excerpt=never \
  --severity=ko-paren-spacing=warning "$@"; }
ex=$abs_top_srcdir/docs/examples/secure-kinesis.md
temps_ () { ls -A "$1" | grep -c '^\.twindoc-......$'; }
# delay_ I [SCALE]: a random delay in [I/SCALE, (I+1)/SCALE) seconds
# (SCALE 100 by default: 30 runs spread over 0 to 0.3 s).
delay_ ()
{
  awk -v i="$1" -v d="${2:-100}" -v s="$$" \
    'BEGIN { srand(s * 100 + i); printf "%.4f", (i + rand()) / d }'
}

# ---- (a) --fix killed at random moments ------------------------------------
i=0
while test $i -lt 150; do cat "$ex"; i=$((i + 1)); done >orig.md \
  || framework_failure_
chmod 644 orig.md
cp orig.md fixed.md
chk --fix fixed.md >/dev/null 2>&1
cmp -s orig.md fixed.md && framework_failure_ "--fix changed nothing"

mkdir a
seen_orig=0 seen_fixed=0 seen_tmp=0
i=0
while test $i -lt 30; do
  cp orig.md a/big.md
  chk --fix a/big.md >/dev/null 2>&1 &
  pid=$!
  sleep "$(delay_ $i)"
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  if cmp -s a/big.md orig.md; then
    seen_orig=$((seen_orig + 1))
  elif cmp -s a/big.md fixed.md; then
    seen_fixed=$((seen_fixed + 1))
  else
    fail_ "(a) run $i: big.md is neither the original nor the fixed file"
  fi
  n=$(temps_ a)
  seen_tmp=$((seen_tmp + n))
  ls -A a | grep -v -e '^big\.md$' -e '^\.twindoc-......$' \
    && fail_ "(a) run $i: unexpected files"
  rm -f a/.twindoc-??????
  i=$((i + 1))
done
printf '(a) --fix: %d original, %d fixed, %d temporary files left by kill -9\n' \
  $seen_orig $seen_fixed $seen_tmp

# ---- (b) render -o killed at random moments ----------------------------------
cp "$ex" guide.md || framework_failure_
render_ ()
{
  "$TWINDOC" render guide.md --set REGION=us-east-1 \
    --set ACCOUNT_ID=123456789012 --set STREAM_NAME=orders \
    --set ClickHouse_IAM_ARN=arn:aws:iam::123456789012:role/CH-Role "$@"
}
mkdir expected
render_ -o expected || framework_failure_ "render"
seen_none=0 seen_all=0 seen_some=0 seen_tmp=0
i=0
while test $i -lt 30; do
  rm -rf b && mkdir b
  render_ -o b >/dev/null 2>&1 &
  pid=$!
  # render takes about 15 ms: spread the kills over 0 to 20 ms.
  sleep "$(delay_ $i 1500)"
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  got=0
  for f in permission-policy.json trust-policy.json; do
    if test -e b/$f; then
      got=$((got + 1))
      cmp -s b/$f expected/$f || fail_ "(b) run $i: $f is not complete"
    fi
  done
  case $got in 0) seen_none=$((seen_none + 1)) ;;
               2) seen_all=$((seen_all + 1)) ;;
               *) seen_some=$((seen_some + 1)) ;; esac
  n=$(temps_ b)
  seen_tmp=$((seen_tmp + n))
  ls -A b | grep -v -e '^permission-policy\.json$' -e '^trust-policy\.json$' \
    -e '^\.twindoc-......$' && fail_ "(b) run $i: unexpected files"
  i=$((i + 1))
done
printf '(b) render: %d none, %d one, %d both, %d temporary files left by kill -9\n' \
  $seen_none $seen_some $seen_all $seen_tmp

# ---- (c) --fix keeps the mode ------------------------------------------------
cp "$ex" mode.md && chmod 640 mode.md || framework_failure_
returns_ 0 chk --fix mode.md >/dev/null 2>err
echo 'twindoc: 2 findings fixed' >exp
compare_ exp err
cmp -s "$ex" mode.md && fail_ "(c) nothing fixed"
ls -l mode.md | cut -c1-10 >got
echo '-rw-r-----' >exp
compare_ exp got || fail_ "(c) the mode changed"
test "$(temps_ .)" -eq 0 || fail_ "(c) a temporary file is left"

# ---- (d) a failing write -----------------------------------------------------
# The target is a directory: --write-baseline.
mkdir d d/base.json
printf '# Setup\n\nRun `make`.\n' >d/en.md
printf '# 설정\n\n`mkae`를 실행합니다.\n' >d/ko.md
returns_ 2 chk d/en.md d/ko.md --write-baseline=d/base.json >out 2>err
echo 'twindoc: d/base.json: Is a directory' >exp
compare_ exp err
compare_ /dev/null out
test -d d/base.json || fail_ "(d) d/base.json is no longer a folder"
test "$(temps_ d)" -eq 0 || fail_ "(d) a temporary file is left in d"

# The target is a directory: render -o, the first policy written.
mkdir e e/trust-policy.json
echo old >e/permission-policy.json
returns_ 2 render_ -o e >out 2>err
# The guide's permission policy has a warning of the IAM lint, printed
# first (not fatal).
cat >exp <<'EOT'
twindoc: permission-policy: Statement[0].Action[5]: warning: 'kinesis:DeregisterStreamConsumer' does not apply to this resource: it needs a resource of type consumer (arn:${Partition}:kinesis:${Region}:${Account}:${StreamType}/${StreamName}/consumer/${ConsumerName}:${ConsumerCreationTimpstamp})
twindoc: e/trust-policy.json: Is a directory
EOT
compare_ exp err
compare_ /dev/null out
test -d e/trust-policy.json || fail_ "(d) e/trust-policy.json is no longer a folder"
echo old >exp
compare_ exp e/permission-policy.json
test "$(temps_ e)" -eq 0 || fail_ "(d) a temporary file is left in e"

# A read-only folder: --fix cannot write the file.
if test "$(id -u)" -ne 0; then
  mkdir ro && cp "$ex" ro/g.md && chmod 644 ro/g.md && chmod 555 ro \
    || framework_failure_
  returns_ 2 chk --fix ro/g.md >out 2>err
  echo 'twindoc: ro/g.md: Permission denied' >exp
  compare_ exp err
  cmp -s "$ex" ro/g.md || fail_ "(d) ro/g.md changed"
  test "$(temps_ ro)" -eq 0 || fail_ "(d) a temporary file is left in ro"
  chmod 755 ro
else
  echo "SKIP: (d) read-only folder: running as root"
fi

# ---- (e) --fix through a symbolic link fixes the file, keeps the link -------
mkdir l && cp "$ex" l/real.md && chmod 644 l/real.md && ln -s real.md l/link.md \
  || framework_failure_
returns_ 0 chk --fix l/link.md >/dev/null 2>err
echo 'twindoc: 2 findings fixed' >exp
compare_ exp err
test -h l/link.md || fail_ "(e) l/link.md is no longer a symbolic link"
cmp -s "$ex" l/real.md && fail_ "(e) l/real.md was not fixed"

Exit
