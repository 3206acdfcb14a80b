# tests/init.sh: helpers for the tests/cli/*.sh scripts (after gnulib's
# init.sh, much smaller).  Source it first:
#   . "${abs_top_srcdir=.}/tests/init.sh"
# It runs the test in a fresh temporary directory (kept when KEEP=1) and
# defines fail_, compare_, returns_, skip_, framework_failure_ and Exit.
# make check exports TWINDOC, abs_top_srcdir and abs_top_builddir.

abs_top_srcdir=$(cd "${abs_top_srcdir:-.}" && pwd) || exit 99
abs_top_builddir=$(cd "${abs_top_builddir:-$abs_top_srcdir}" && pwd) || exit 99
: "${TWINDOC:=$abs_top_builddir/src/twindoc}"
# The read-only research data beside the repository; TWINDOC_SHARED
# points elsewhere (a build of the distribution tarball in another folder).
shared_dir=${TWINDOC_SHARED:-$abs_top_srcdir/../shared}
export abs_top_srcdir abs_top_builddir TWINDOC
# The summary leaves out the time: expected output cannot depend on it.
TWINDOC_HIDE_TIME=1; export TWINDOC_HIDE_TIME
# The summary leaves out the time: expected output cannot depend on it.
TWINDOC_HIDE_TIME=1; export TWINDOC_HIDE_TIME
fail=0

# Messages go to the original stderr even when a caller redirects 2>err.
exec 9>&2

fail_ () { printf 'FAIL: %s\n' "$*" >&9; fail=1; }
skip_ () { printf 'SKIP: %s\n' "$*" >&9; exit 77; }
framework_failure_ () { printf 'framework failure: %s\n' "${*:-?}" >&9; exit 99; }
require_shared_ () { test -d "$shared_dir" || skip_ "$shared_dir not found"; }

# compare_ EXP OUT: show a unified diff and mark failure when they differ.
compare_ ()
{
  diff -u "$1" "$2" >&9 && return 0
  fail=1; return 1
}

# compare_clean_ N OUT: OUT is only the summary of a check of N page pairs
# that found nothing.
compare_clean_ ()
{
  if test "$1" -eq 1; then p_='1 page pair'; else p_="$1 page pairs"; fi
  printf 'checked %s: 0 errors, 0 warnings\n' "$p_" >"$test_dir_/clean.exp"
  compare_ "$test_dir_/clean.exp" "$2"
}

# returns_ N CMD...: run CMD; succeed only when its exit status is exactly N.
returns_ ()
{
  exp_=$1; shift
  "$@"; got_=$?
  test "$got_" -eq "$exp_" && return 0
  printf 'FAIL: %s: exit status %s, expected %s\n' "$*" "$got_" "$exp_" >&9
  fail=1; return 1
}

# Exit [STATUS]: end the test, 1 if anything failed, else 0.
Exit ()
{
  test "${1:-0}" -ne 0 && fail=1
  test "$fail" -eq 0 && exit 0
  exit 1
}

cleanup_ ()
{
  st_=$?
  cd / || :
  if test "${KEEP:-0}" = 1; then
    printf 'KEEP=1: test directory kept: %s\n' "$test_dir_" >&9
  else
    rm -rf "$test_dir_"
  fi
  exit "$st_"
}

test_dir_=$(mktemp -d "${TMPDIR:-/tmp}/twindoc-test.XXXXXX") \
  || framework_failure_ "cannot create a temporary directory"
trap cleanup_ 0
trap 'exit 129' HUP; trap 'exit 130' INT; trap 'exit 141' PIPE; trap 'exit 143' TERM
cd "$test_dir_" || framework_failure_ "cannot cd to $test_dir_"
