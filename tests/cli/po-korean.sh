#!/bin/sh
# Eat our own cooking: twindoc's Korean rules (particles, hedged
# particles, spacing, punctuation, Unicode, terminology) hold every msgstr
# of po/ko.po to what they hold users' pages to.  Each message becomes a
# paragraph (its msgid in en.md, its msgstr in ko.md), its lines joined as
# the man page joins them, its format directives (%1$s, %d...) replaced by
# '…', which no rule reads as a word.  A finding is a defect of the
# catalog, or a bug of the rule: neither is exempted here.
. "${abs_top_srcdir=.}/tests/init.sh"

: "${MSGEXEC:=msgexec}"
command -v "$MSGEXEC" >/dev/null 2>&1 || skip_ "msgexec not found"
po=$abs_top_srcdir/po/ko.po

# para_ VAR: one Markdown paragraph per message of the catalog.
para_ ()
{
  "$MSGEXEC" -i "$po" sh -c '
    test -n "$MSGEXEC_MSGID" || exit 0
    if test "$1" = msgid; then printf "%s" "$MSGEXEC_MSGID"; else cat; fi |
      tr "\n" " "
    printf "\n\n"' sh "$1" |
  LC_ALL=C.UTF-8 sed -e 's/%%/%/g' \
    -e 's/%\([0-9][0-9]*\$\)\{0,1\}[-+ #0]*[0-9]*\(\.[0-9]*\)\{0,1\}\(hh\|h\|ll\|l\|z\|j\|t\)\{0,1\}[sdiufxXcp]/…/g' \
    -e 's/[\\`*_<>#|!{}~+&^$[]/\\&/g' -e 's/\]/\\]/g' -e 's/-/\\-/g' \
    -e 's/   */ /g' -e 's/^ //' -e 's/ $//'
}
para_ msgid >en.md || framework_failure_ "msgexec"
para_ msgstr >ko.md || framework_failure_ "msgexec"
test "$(grep -c . en.md)" -eq "$(grep -c . ko.md)" \
  || framework_failure_ "not one paragraph per message"
test "$(grep -c . ko.md)" -gt 300 || framework_failure_ "too few messages"

# The glossary of the project (.twindoc.json of docs/ko), as for the docs.
"$TWINDOC" check --config="$abs_top_srcdir/docs/ko/.twindoc.json" \
  --excerpt=never --color=never --severity=ko-paren-spacing=warning \
  en.md ko.md >out 2>err
test -s err && { cat err >&9; fail_ "trouble"; }
grep -E '\[(ko-[a-z-]*)\]$' out >findings
if test -s findings; then
  # Each finding with its message, to read.
  while IFS=: read -r _ line _; do
    sed -n "${line}p" ko.md
  done <findings >context
  cat findings context >&9
  fail_ "Korean rules report the catalog"
fi

# The project's own rule (po/GLOSSARY.md): no hedged particle after an
# argument (%s이(가)), and no particle that depends on the last sound after
# a quoted or braced argument, a user's value ('%s'을, {%1$s}로).
LC_ALL=C.UTF-8 grep -n -E -e "^(msgstr)?.*%([0-9]+\\\$)?[a-z]+['\")}]?(은\\(는\\)|이\\(가\\)|을\\(를\\)|와\\(과\\)|\\(으\\)로)" \
  -e "^(msgstr)?.*%([0-9]+\\\$)?[a-z]+['\"}](을|를|이|가|은|는|와|과|으로|로)([ ,.)]|\"\$|\\\\n)" \
  "$po" | grep -v '^[0-9]*:msgid' >bad
test -s bad && { cat bad >&9; fail_ "a particle after an argument"; }

Exit 0
