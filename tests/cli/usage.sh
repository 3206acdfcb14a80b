#!/bin/sh
# Usage errors exit 2 with a GNU-style message and the Try line.
. "${abs_top_srcdir=.}/tests/init.sh"

# twindoc alone: a usage error (status 2) that lists the commands on
# stderr; nothing on stdout.
returns_ 2 "$TWINDOC" >out 2>err
cat >exp <<'EOT'
twindoc: missing command
Usage: twindoc [OPTION]... COMMAND [ARG]...

Commands:
  check    check a translation against its English source
  rules    list the rules and their default severities
  extract  list the JSON policies and placeholders of a guide
  render   fill a guide's policies with your values, checked
  status   show the Korean blocks that an English change made stale
  po       write a PO catalog of a page and its translation
  pot      write the PO template of an English page
  apply    write the Korean page from the English one and a PO catalog

Try 'twindoc --help' for more information.
EOT
compare_ exp err
compare_ /dev/null out
# The same list as --help's.
"$TWINDOC" --help | sed -n '/^Commands:/,/^$/p' >help-commands
sed -n '/^Commands:/,/^$/p' err >commands
compare_ help-commands commands

returns_ 2 "$TWINDOC" frobnicate 2>err
printf '%s\n' "twindoc: unknown command 'frobnicate'" \
  "Try 'twindoc --help' for more information." >exp
compare_ exp err

# Did you mean: the nearest command, option or rule id.
returns_ 2 "$TWINDOC" chek a.md 2>err
printf '%s\n' "twindoc: unknown command 'chek'; did you mean 'check'?" \
  "Try 'twindoc --help' for more information." >exp
compare_ exp err
returns_ 2 "$TWINDOC" redner 2>err
printf '%s\n' "twindoc: unknown command 'redner'; did you mean 'render'?" \
  "Try 'twindoc --help' for more information." >exp
compare_ exp err
returns_ 2 "$TWINDOC" --verison 2>err
printf '%s\n' "twindoc: unrecognized option '--verison'" \
  "twindoc: did you mean '--version'?" \
  "Try 'twindoc --help' for more information." >exp
compare_ exp err
returns_ 2 "$TWINDOC" check --formt=json a.md 2>err
printf '%s\n' "twindoc: unrecognized option '--formt=json'" \
  "twindoc: did you mean '--format'?" \
  "Try 'twindoc check --help' for more information." >exp
compare_ exp err
returns_ 2 "$TWINDOC" check a.md --severty=number=off 2>err
printf '%s\n' "twindoc: unrecognized option '--severty=number=off'" \
  "twindoc: did you mean '--severity'?" \
  "Try 'twindoc check --help' for more information." >exp
compare_ exp err
for cmd in rules extract; do
  returns_ 2 "$TWINDOC" $cmd --fromat=json 2>err
  printf '%s\n' "twindoc: unrecognized option '--fromat=json'" \
    "twindoc: did you mean '--format'?" \
    "Try 'twindoc $cmd --help' for more information." >exp
  compare_ exp err
done
returns_ 2 "$TWINDOC" render --vlaues=v.json g.md 2>err
printf '%s\n' "twindoc: unrecognized option '--vlaues=v.json'" \
  "twindoc: did you mean '--values'?" \
  "Try 'twindoc render --help' for more information." >exp
compare_ exp err
returns_ 2 "$TWINDOC" po --tere en ko -o dir 2>err
sed -n 2p err >got
echo "twindoc: did you mean '--tree'?" >exp
compare_ exp got
returns_ 2 "$TWINDOC" pot --outptu=x en.md 2>err
sed -n 2p err >got
echo "twindoc: did you mean '--output'?" >exp
compare_ exp got
returns_ 2 "$TWINDOC" apply --allow-untranslatd en.md ko.po 2>err
sed -n 2p err >got
echo "twindoc: did you mean '--allow-untranslated'?" >exp
compare_ exp got
# Nothing near, an ambiguous abbreviation, a missing argument or a short
# option: getopt's message alone.
for args in "--frobnicate a.md" "--f a.md" "a.md --format" "-x a.md"; do
  # shellcheck disable=SC2086
  returns_ 2 "$TWINDOC" check $args 2>err
  grep -q 'did you mean' err && fail_ "check $args: a suggestion"
  tail -n 1 err >got
  echo "Try 'twindoc check --help' for more information." >exp
  compare_ exp got
done
returns_ 2 "$TWINDOC" check --severity=numbr=error a.md 2>err
printf '%s\n' "twindoc: unknown rule 'numbr'; did you mean 'number'?" \
  "Try 'twindoc check --help' for more information." >exp
compare_ exp err
returns_ 2 "$TWINDOC" check --severity=ko-spcing=off a.md 2>err
printf '%s\n' "twindoc: unknown rule 'ko-spcing'; did you mean 'ko-spacing'?" \
  "Try 'twindoc check --help' for more information." >exp
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
