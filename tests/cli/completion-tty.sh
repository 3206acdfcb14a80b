#!/bin/sh
# Bash completion of option values in a real interactive bash with
# bash-completion loaded: the test starts bash in a tmux pane, types
# "twindoc check --format=" and the like, presses TAB and reads the
# screen.  (tests/cli/completion.sh calls the function directly; here
# readline splits the words, as it does for a user.)  Also checks the
# syntax of the zsh and fish completion files when zsh and fish exist.
. "${abs_top_srcdir=.}/tests/init.sh"

comp=$abs_top_srcdir/completion

# zsh and fish: syntax only.
if command -v zsh >/dev/null 2>&1; then
  zsh -n "$comp/_twindoc" || fail_ "zsh -n completion/_twindoc"
  echo "zsh: completion/_twindoc parses (zsh -n)"
else
  echo "zsh: not installed, completion/_twindoc not checked"
fi
if command -v fish >/dev/null 2>&1; then
  fish -n "$comp/twindoc.fish" || fail_ "fish -n completion/twindoc.fish"
  echo "fish: completion/twindoc.fish parses (fish -n)"
else
  echo "fish: not installed, completion/twindoc.fish not checked"
fi

bc=/usr/share/bash-completion/bash_completion
command -v bash >/dev/null 2>&1 || skip_ "bash not found"
command -v tmux >/dev/null 2>&1 || skip_ "tmux not found (Debian package tmux)"
test -f "$bc" || skip_ "$bc not found (Debian package bash-completion)"

mkdir bin home && ln -s "$TWINDOC" bin/twindoc || framework_failure_
cat >home/rc <<RC
. '$bc'
. '$comp/twindoc'
bind 'set show-all-if-ambiguous on'
bind 'set completion-query-items 0'
bind 'set page-completions off'
bind 'set bell-style none'
PS1='PROMPT\$ '
RC

sock=$PWD/tmux.sock
tm () { tmux -S "$sock" -f /dev/null "$@"; }
cleanup_ () { tm kill-server 2>/dev/null; }
trap cleanup_ EXIT

tm new-session -d -s t -x 200 -y 40 \
  "env -i HOME='$PWD/home' PATH='$PWD/bin:$PATH' TERM=xterm LC_ALL=C \
   bash --noprofile --rcfile '$PWD/home/rc' -i" || framework_failure_ "tmux"

# screen_: the pane's text (tmux drops trailing spaces).
screen_ () { tm capture-pane -p -t t; }

# wait_for_ PATTERN: wait up to 10 s for PATTERN (grep -E) on the screen.
wait_for_ ()
{
  i_=0
  while test $i_ -lt 100; do
    screen_ | grep -E -q -- "$1" && return 0
    sleep 0.1; i_=$((i_ + 1))
  done
  return 1
}

wait_for_ '^PROMPT\$' || framework_failure_ "bash did not start: $(screen_)"

# try_ KEYS EXPECTED-REGEX: type KEYS, press TAB, wait for the screen to
# show EXPECTED-REGEX, then clear the line (C-u) and the screen (C-l).
try_ ()
{
  tm send-keys -t t -l "$1"
  tm send-keys -t t Tab
  if wait_for_ "$2"; then
    printf 'ok: %s<TAB>\n' "$1"
  else
    fail_ "$1<TAB>: expected /$2/ on the screen, got:"
    screen_ >&9
  fi
  tm send-keys -t t C-u
  tm send-keys -t t C-l
  sleep 0.2
}

try_ 'twindoc check --format=' '^github +html +json +sarif +text *$'
try_ 'twindoc check --severity=ko-sp' '^PROMPT\$ twindoc check --severity=ko-spacing=$'
try_ 'twindoc check --severity=ko-spacing=o' '^PROMPT\$ twindoc check --severity=ko-spacing=off$'
try_ 'twindoc check --fail-on=' '^error +none +note +warning *$'
try_ 'twindoc check --fail-on=w' '^PROMPT\$ twindoc check --fail-on=warning$'
try_ 'twindoc status --format=m' '^PROMPT\$ twindoc status --format=markdown$'
try_ 'twindoc ch' '^PROMPT\$ twindoc check$'

Exit
