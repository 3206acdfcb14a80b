#!/bin/sh
# The text summary says how much was checked, even when nothing was found;
# the time is in it unless TWINDOC_HIDE_TIME is set (as in every other
# test); --statistics counts the findings of each rule.
. "${abs_top_srcdir=.}/tests/init.sh"

chk () { "$TWINDOC" check --color=never --excerpt=never "$@"; }

cat >en.md <<'EOT'
# Setup {#setup}

Run `make` 2 times.

Then run `make install` now.
EOT
cat >ko.md <<'EOT'
# 설정 {#set-up}

`make`를 3번 실행합니다.

그다음 `make install`을 실행합니다.
EOT
cp en.md ok.md || framework_failure_
sed 's/{#set-up}/{#setup}/; s/3번/2번/' ko.md >ok.md || framework_failure_

# A clean pair: the summary line alone.
returns_ 0 chk en.md ok.md >out 2>err
compare_clean_ 1 out
compare_ /dev/null err

# The time, when it is not hidden: "in S.SS s", whatever S.SS is.
(unset TWINDOC_HIDE_TIME; chk en.md ok.md) >out 2>err || fail=1
grep -Eq '^checked 1 page pair in [0-9]+\.[0-9][0-9] s: 0 errors, 0 warnings$' out \
  || { cat out >&9; fail_ "the time is in the summary"; }
(TWINDOC_HIDE_TIME= ; export TWINDOC_HIDE_TIME; chk en.md ok.md) >out 2>&1 \
  || fail=1
grep -Eq '^checked 1 page pair in [0-9.]+ s: ' out \
  || fail_ "an empty TWINDOC_HIDE_TIME hides nothing"

# --statistics: the findings per rule, the most frequent first, after
# the summary.
returns_ 1 chk --statistics en.md ko.md >out 2>err
sed -n '/^checked/,$p' out >tail
cat >exp <<'EOT'
checked 1 page pair: 1 error, 1 warning
     1  anchor
     1  number
EOT
compare_ exp tail
compare_ /dev/null err
# Without it, the summary is the last line.
returns_ 1 chk en.md ko.md >out 2>err
tail -n 1 out >last
echo "checked 1 page pair: 1 error, 1 warning" >exp
compare_ exp last

# A tree: every pair counts.
mkdir -p t/en t/ko || framework_failure_
cp en.md t/en/a.md && cp ok.md t/ko/a.md && cp en.md t/en/b.md \
  && cp ok.md t/ko/b.md || framework_failure_
returns_ 0 chk -j 1 --tree t/en t/ko >out 2>err
compare_clean_ 2 out

# In Korean.
if test -d "$abs_top_builddir/locale/ko"; then
  (LC_ALL=C.UTF-8 LANGUAGE=ko TWINDOC_LOCALEDIR=$abs_top_builddir/locale \
     chk en.md ok.md) >out 2>&1 || fail=1
  echo '페이지 쌍 1개를 검사했습니다: 오류 0개, 경고 0개' >exp
  compare_ exp out
fi

Exit
