# tests/cli/bad-input-lib.sh: helpers shared by bad-input.sh and
# bad-input-big.sh (sourced after tests/init.sh, in the test folder).
#
# case_ NAME: start a case.
# run_ STATUS ARG...: run twindoc ARG... with a timeout, stdout
#   to out, stderr to err; $c holds the usual check options.
# out_ / err_: compare out / err with the text on standard input.
# done_ [PATH...]: no file changed since run_ except PATH... (and out,
#   err, exp).
# The timeout is a guard against hangs and quadratic time, not a measure
# of speed: generous enough for a loaded 2-core machine.
to=
command -v timeout >/dev/null 2>&1 && to='timeout 300'
# Under `make check-valgrind` (TWINDOC_VALGRIND set) $TWINDOC is already
# the valgrind wrapper: allow it more time.
test -n "${TWINDOC_VALGRIND-}" && test -n "$to" && to='timeout 600'
ncase=0 cname=

snap_ ()
{
  find . \( -name '.snap*' -o -name out -o -name err -o -name exp \) -prune \
    -o -type f -exec cksum {} + | sort
  find . \( -name '.snap*' -o -name out -o -name err -o -name exp \) -prune \
    -o ! -type f -print | sort
}
case_ ()
{
  ncase=$((ncase + 1)); cname=$1
  printf '== case %d: %s\n' "$ncase" "$cname"
}
run_ ()
{
  st_=$1; shift
  snap_ >.snap.before
  # shellcheck disable=SC2086 # $to is a command and its argument
  returns_ "$st_" $to "$TWINDOC" "$@" >out 2>err && return 0
  fail_ "case $ncase: $cname"; return 1
}
out_ () { cat >exp; compare_ exp out || fail_ "case $ncase: $cname: stdout"; }
err_ () { cat >exp; compare_ exp err || fail_ "case $ncase: $cname: stderr"; }
done_ ()
{
  snap_ >.snap.after
  for p_ in "$@"; do
    for f_ in .snap.before .snap.after; do
      awk -v p="./$p_" '$NF != p && index($NF, p "/") != 1' $f_ >$f_.t
      mv $f_.t $f_
    done
  done
  compare_ .snap.before .snap.after \
    || fail_ "case $ncase: $cname: other files changed"
}
c='check --color=never --excerpt=never'
