#!/bin/sh
# ./quickstart example: its last line says what the exit status of the
# check means, and matches what was printed above it (warnings do not
# fail a check).  Run in a copy of the tree with stand-ins for dpkg-query
# and make: the build is done already.
. "${abs_top_srcdir=.}/tests/init.sh"

mkdir -p tree/src tree/docs/examples bin || framework_failure_
cp "$abs_top_srcdir/quickstart" tree/ || framework_failure_
ln -s "$TWINDOC" tree/src/twindoc || framework_failure_
# Bootstrapped and configured after the last change: quickstart skips
# those steps.
touch -d '2000-01-01 00:00' tree/configure.ac tree/Makefile.am \
  || framework_failure_
touch tree/configure tree/config.status || framework_failure_
printf '#!/bin/sh\nprintf "install ok installed"\n' >bin/dpkg-query
printf '#!/bin/sh\nexit 0\n' >bin/make
chmod +x bin/dpkg-query bin/make || framework_failure_

run_ ()
{
  # run_ STATUS: ./quickstart example with the current example page.
  PATH=$PWD/bin:$PATH returns_ "$1" sh tree/quickstart example >out 2>err
  tail -n 1 out >got
}

# The bundled example: warnings only, status 0.
cp "$abs_top_srcdir/docs/examples/secure-kinesis.md" tree/docs/examples/ \
  || framework_failure_
run_ 0
grep -q '^checked 1 page pair: 0 errors, [1-9][0-9]* warnings$' out \
  || { cat out >&9; fail_ "the example has warnings and no error"; }
echo 'quickstart: exit status 0: no errors (warnings and notes do not fail a check)' >exp
compare_ exp got
compare_ /dev/null err

# A page with an error: status 1.
printf '# Setup\n\nRun it.\n\n---\n\n## 설정\n\n실행합니다.\n' \
  >tree/docs/examples/secure-kinesis.md
run_ 1
grep -q '^checked 1 page pair: 1 error, 0 warnings$' out \
  || { cat out >&9; fail_ "one error"; }
echo 'quickstart: exit status 1: the check found errors, reported above' >exp
compare_ exp got

# No file: trouble, status 2.
rm tree/docs/examples/secure-kinesis.md
run_ 2
echo 'quickstart: exit status 2: twindoc could not check the file' >exp
compare_ exp got

Exit
