#!/bin/sh
# Turning one rule off removes that rule's findings and no others.
#
# tests/data/all-rules is a small --tree pair of folders in which every rule
# of `twindoc rules` fires at least once.  The test runs it with all rules at
# their default severities, then once per rule R with --severity=R=off and
# once with a configuration file {"rules": {"R": "off"}}, and expects the
# first run's findings minus exactly those of R, and the exit status those
# findings give (1 when an error remains, else 0).  The rule list comes from
# `twindoc rules --format=json`: a new rule fails the test until the
# fixture has a case for it (stale excepted, see below).  A rule whose default severity is "off"
# (ko-colon, ko-paren-spacing) is turned on as a warning in every run, by --severity or in
# the configuration file; a run with the defaults must have none of its
# findings.
. "${abs_top_srcdir=.}/tests/init.sh"

LC_ALL=C; export LC_ALL
tab=$(printf '\t')

data=$abs_top_srcdir/tests/data/all-rules
# Relative paths in the output, and no .twindoc.json of the source tree.
cp -R "$data/en" "$data/ko" . || framework_failure_ "cannot copy $data"

rules=$("$TWINDOC" rules --format=json \
          | sed -n 's/^[[:space:]]*"id":[[:space:]]*"\([^"]*\)",\{0,1\}[[:space:]]*$/\1/p') \
  || framework_failure_ "twindoc rules --format=json failed"
test -n "$rules" || framework_failure_ "no rule ids in twindoc rules --format=json"
for r in $rules; do
  case $r in
    *[!a-z0-9-]*) framework_failure_ "unexpected rule id '$r'" ;;
  esac
done
# The rules that are off by default: the "id" line followed by a
# "severity" line of "off".
default_off=$("$TWINDOC" rules --format=json \
                | sed -n '/^[[:space:]]*"id":/{
                            s/^[[:space:]]*"id":[[:space:]]*"\([^"]*\)".*/\1/
                            h
                          }
                          /^[[:space:]]*"severity":[[:space:]]*"off"/{
                            g
                            p
                          }') \
  || framework_failure_ "twindoc rules --format=json failed"
on_opts=
for r in $default_off; do
  on_opts="$on_opts --severity=$r=warning"
done

# on_json [RULE]: the members of a configuration's "rules" that turn the
# default-off rules other than RULE on, each followed by ", ".
on_json ()
{
  for r_ in $default_off; do
    test "$r_" = "${1-}" || printf '"%s": "warning", ' "$r_"
  done
}

# run OUT [OPTION]...: check the tree and write its findings to OUT, one a
# line, sorted: "RULE<TAB>SEVERITY<TAB>finding line<TAB>related line".  The
# exit status goes to OUT.rc; the standard error must stay empty.
run ()
{
  out_=$1; shift
  "$TWINDOC" check --tree --color=never --excerpt=never "$@" en ko \
    >"$out_.raw" 2>"$out_.err"
  echo $? >"$out_.rc"
  if test -s "$out_.err"; then
    fail_ "check $*: unexpected standard error:"
    sed 's/^/  /' "$out_.err" >&9
  fi
  # A finding ends with " [RULE]"; the note lines that follow it (the
  # counterpart in the other language) belong to it; the summary line
  # ("checked N page pairs: N errors, M warnings") is dropped.
  awk '
    / \[[a-z0-9-]+\]$/ {
      if (cur != "") print cur
      rule = $NF; gsub(/^\[|\]$/, "", rule)
      sev = $0; sub(/^[^:]*:[0-9]+:[0-9]+: /, "", sev); sub(/:.*/, "", sev)
      cur = rule "\t" sev "\t" $0
      next
    }
    /^checked [0-9]+ page pairs?: [0-9]+ errors?, [0-9]+ warnings?/ { next }
    cur != "" { cur = cur "\t" $0; next }
    { print "?\t?\t" $0 }
    END { if (cur != "") print cur }
  ' "$out_.raw" | sort >"$out_"
  if grep '^?' "$out_" >/dev/null; then
    fail_ "check $*: output lines that are no finding:"
    grep '^?' "$out_" | sed 's/^/  /' >&9
  fi
}

# Counts per rule of the finding lines of FILE: "rule(N) rule(M)".
rule_counts ()
{
  cut -f1 "$1" | uniq -c | awk '{ printf "%s%s(%s)", sep, $2, $1; sep = " " }'
}

# shellcheck disable=SC2086 # $on_opts is a list of options
run all --no-config $on_opts
test "$(cat all.rc)" = 1 \
  || fail_ "all rules on: exit status $(cat all.rc), expected 1"

# With the defaults, the rules that are off by default report nothing and
# the others report the same findings.
run defaults --no-config
cp all exp.defaults
for r in $default_off; do
  awk -F '\t' -v r="$r" '$1 != r' exp.defaults >exp.tmp
  mv exp.tmp exp.defaults
done
compare_ exp.defaults defaults \
  || fail_ "with the default severities: findings other than those of all rules on minus the default-off ones ($default_off)"

# Every rule fires, but stale: it needs --stale and the English a page
# was translated from (git history or a lock file), and turned off it
# gives its findings back to their own rules; tests/cli/stale.sh checks
# both.
never=
for r in $rules; do
  test "$r" = stale && continue
  awk -F '\t' -v r="$r" '$1 == r { found = 1 } END { exit !found }' all \
    || never="$never $r"
done
test -z "$never" \
  || fail_ "rules that never fire in tests/data/all-rules (add a case for them):$never"

# Findings of rules that `twindoc rules` does not list.
unknown=$(cut -f1 all | sort -u | while read -r r; do
            printf '%s\n' "$rules" | grep -Fx "$r" >/dev/null \
              || printf ' %s' "$r"
          done)
test -z "$unknown" \
  || fail_ "findings of rules that 'twindoc rules' does not list:$unknown"

# The suppression comments of the fixture must all be unused (they name an
# unknown rule, or no rule, above a line without findings).  A comment that
# silenced a finding of rule X would be reported as unused once X is off:
# then the findings with X off are not the first run's minus X's, rightly.
# Keeping every comment unused (and naming no rule that can be turned off)
# keeps unused-suppression independent of the other rules.
ncomments=$(cat ko/* en/* | grep -c 'twindoc-disable')
nunused=$(grep -c "^unused-suppression$tab" all)
test "$ncomments" = "$nunused" \
  || fail_ "tests/data/all-rules has $ncomments suppression comments but $nunused unused-suppression findings: every comment there must suppress nothing"

# A configuration file without rules changes nothing.
echo '{}' >empty.json
# shellcheck disable=SC2086
run empty --config=empty.json $on_opts
compare_ all empty || fail_ "--config with '{}' changes the findings"
test "$(cat empty.rc)" = "$(cat all.rc)" \
  || fail_ "--config with '{}': exit status $(cat empty.rc), expected $(cat all.rc)"

# check_off R HOW OUT: OUT is the run with R off (HOW says how); compare it
# with the first run minus R's findings.
# Turning a rule off drops its findings, and the [convention] notes about
# them ("... pairs with [RULE] findings ...").  The rule convention is the
# learning (learn.h): off, the findings its notes explained come back, as
# with --no-learn.
# shellcheck disable=SC2086
run nolearn --no-config $on_opts --no-learn

check_off ()
{
  r_=$1; how_=$2; got_=$3
  from_=all
  test "$r_" = convention && from_=nolearn
  awk -F '\t' -v r="$r_" \
    '$1 != r && !($1 == "convention" && index($0, "[" r "] findings"))' \
    "$from_" >"exp.$r_"
  if grep "${tab}error$tab" "exp.$r_" >/dev/null; then rc_=1; else rc_=0; fi
  test "$(cat "$got_.rc")" = "$rc_" \
    || fail_ "$r_ off ($how_): exit status $(cat "$got_.rc"), expected $rc_"
  cmp -s "exp.$r_" "$got_" && return 0
  comm -23 "exp.$r_" "$got_" >"$got_.lost"
  comm -13 "exp.$r_" "$got_" >"$got_.extra"
  msg_="$r_ off ($how_):"
  test -s "$got_.lost" && msg_="$msg_ also drops $(rule_counts "$got_.lost");"
  test -s "$got_.extra" && msg_="$msg_ adds $(rule_counts "$got_.extra");"
  fail_ "$msg_"
  { sed "s/^[^${tab}]*${tab}[^${tab}]*${tab}/  - /; s/${tab}/ | /g" "$got_.lost"
    sed "s/^[^${tab}]*${tab}[^${tab}]*${tab}/  + /; s/${tab}/ | /g" "$got_.extra"; } >&9
}

for r in $rules; do
  # shellcheck disable=SC2086
  run "opt.$r" --no-config $on_opts "--severity=$r=off"
  check_off "$r" "--severity=$r=off" "opt.$r"

  printf '{"rules": {%s"%s": "off"}}\n' "$(on_json "$r")" "$r" \
    >"cfg.$r.json"
  run "cfg.$r" "--config=cfg.$r.json"
  check_off "$r" "configuration {\"rules\": {\"$r\": \"off\"}}" "cfg.$r"
done

Exit
