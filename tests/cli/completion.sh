#!/bin/sh
# The bash completion script completes commands, options (the same as
# each command's --help lists), formats and rule ids.
. "${abs_top_srcdir=.}/tests/init.sh"

command -v bash >/dev/null 2>&1 || skip_ "bash not found"
comp=$abs_top_srcdir/completion/twindoc
mkdir bin && ln -s "$TWINDOC" bin/twindoc

complete_ ()
{
  # complete_ WORD...: the completions of the last word.
  PATH=$PWD/bin:$PATH bash -c '
    . "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _twindoc
    printf "%s\n" "${COMPREPLY[@]}"' sh "$comp" "$@" | sort
}

complete_ twindoc ch >out
printf 'check\n' >exp
compare_ exp out

complete_ twindoc check --form >out
printf -- '--format=\n' >exp
compare_ exp out

complete_ twindoc check --format= >out
printf 'github\nhtml\njson\nsarif\ntext\n' >exp
compare_ exp out

complete_ twindoc check --severity=anc >out
printf 'anchor=\n' >exp
compare_ exp out

complete_ twindoc check --severity=anchor=o >out
printf 'off\n' >exp
compare_ exp out

# twindoc rules RULE: the rule ids.
complete_ twindoc rules ko-pa >out
printf 'ko-paren-spacing\nko-particle\nko-particle-hedged\n' >exp
compare_ exp out

# Every option of each command's --help is offered.
for cmd in check rules extract render status po pot apply; do
  "$TWINDOC" "$cmd" --help | grep -o -- '--[a-z][a-z-]*' | sort -u >help-opts
  complete_ twindoc "$cmd" -- | sed 's/=$//' | sort -u >comp-opts
  missing=$(comm -23 help-opts comp-opts)
  test -z "$missing" || fail_ "$cmd: not completed: $missing"
done

Exit
