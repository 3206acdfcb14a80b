#!/bin/sh
# Usage errors exit 2 with a GNU-style message and the Try line.
. "${abs_top_srcdir=.}/tests/init.sh"

returns_ 2 "$TWINDOC" 2>err
printf '%s\n' "twindoc: missing command" \
  "Try 'twindoc --help' for more information." >exp
compare_ exp err

returns_ 2 "$TWINDOC" frobnicate 2>err
printf '%s\n' "twindoc: unknown command 'frobnicate'" \
  "Try 'twindoc --help' for more information." >exp
compare_ exp err

returns_ 2 "$TWINDOC" check 2>err
printf '%s\n' "twindoc: missing file operand" \
  "Try 'twindoc check --help' for more information." >exp
compare_ exp err

returns_ 2 "$TWINDOC" check a b c 2>err
printf '%s\n' "twindoc: extra operand 'c'" \
  "Try 'twindoc check --help' for more information." >exp
compare_ exp err

returns_ 2 "$TWINDOC" check --format=xml a 2>err || fail_ "--format=xml"
grep -q "invalid argument 'xml' for '--format'" err || fail_ "format message"

returns_ 2 "$TWINDOC" check --severity=nosuch=error a 2>err
grep -q "unknown rule 'nosuch'" err || fail_ "unknown rule message"

returns_ 2 "$TWINDOC" check --max-bytes=lots a 2>err
grep -q "lots" err || fail_ "max-bytes message names the value"

# --help goes to stdout and exits 0, for the program and each command.
returns_ 0 "$TWINDOC" --help >out || fail_ "--help"
grep -q '^Usage: twindoc \[OPTION\]\.\.\. COMMAND' out || fail_ "help usage line"
returns_ 0 "$TWINDOC" check --help >out || fail_ "check --help"
grep -q -- '--fail-on=LEVEL' out || fail_ "check help lists --fail-on"
returns_ 0 "$TWINDOC" rules --help >out || fail_ "rules --help"

# Every command reports a bad keyword the same way (cmd_bad_argument).
returns_ 2 "$TWINDOC" rules --format=x >out 2>err || fail_ "rules --format=x"
cat >exp <<'EOT'
twindoc: invalid argument 'x' for '--format'
Valid arguments are: 'text' 'json'
Try 'twindoc rules --help' for more information.
EOT
compare_ exp err
compare_ /dev/null out

Exit
