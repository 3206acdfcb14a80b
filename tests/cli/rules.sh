#!/bin/sh
# twindoc rules RULE: one rule explained (summary, default severity,
# description, example, documentation link); a misspelt RULE; and each
# rule's example is one the rule reports.
. "${abs_top_srcdir=.}/tests/init.sh"

returns_ 0 "$TWINDOC" rules number >out 2>err || fail_ "rules number"
cat >exp <<'EOT'
number: numbers differ
Default severity: warning

Compares the numbers in the prose of each block.

Example: an English page and a translation that this rule reports:
  en.md:
    Backups are kept for 20 days.
  ko.md:
    백업은 10일 동안 보관됩니다.

Documentation: https://github.com/twindoc/twindoc/blob/main/docs/en/rules.md#number
EOT
compare_ exp out
compare_ /dev/null err

# A rule without a short example: the documentation has a longer one.
returns_ 0 "$TWINDOC" rules iam-version >out || fail_ "rules iam-version"
grep -q '^Example' out && fail_ "iam-version has no example"
tail -n 1 out >got
echo 'Documentation: https://github.com/twindoc/twindoc/blob/main/docs/en/rules.md#iam-version' >exp
compare_ exp got
# Its section exists in both languages' rules pages.
for lang in en ko; do
  grep -q '^## `iam-version` {#iam-version}$' \
    "$abs_top_srcdir/docs/$lang/rules.md" || fail_ "docs/$lang: no anchor"
done

# In Korean: the texts and the Korean page of the guide.
LANGUAGE=ko LC_ALL=C.UTF-8 returns_ 0 "$TWINDOC" rules number >out
sed -n '2p;$p' out >got
cat >exp <<'EOT'
기본 심각도: warning
문서: https://github.com/twindoc/twindoc/blob/main/docs/ko/rules.md#number
EOT
compare_ exp got

# With --format=json, the table of that rule only.
returns_ 0 "$TWINDOC" rules --format=json number >out
grep -c '"id":' out >got
echo 1 >exp
compare_ exp got
grep -q '"id":	"number"' out || fail_ "json: not the rule asked for"

# Unknown rules and extra operands: status 2.
returns_ 2 "$TWINDOC" rules numbr >out 2>err
compare_ /dev/null out
cat >exp <<'EOT'
twindoc: unknown rule 'numbr'; did you mean 'number'?
Try 'twindoc rules --help' for more information.
EOT
compare_ exp err
returns_ 2 "$TWINDOC" rules frobnicate 2>err
cat >exp <<'EOT'
twindoc: unknown rule 'frobnicate'
Try 'twindoc rules --help' for more information.
EOT
compare_ exp err
returns_ 2 "$TWINDOC" rules number heading 2>err
cat >exp <<'EOT'
twindoc: extra operand 'heading'
Try 'twindoc rules --help' for more information.
EOT
compare_ exp err

# Every example is reported by its rule: the pages of `rules RULE`,
# checked as they are.
n=0
for rule in $("$TWINDOC" rules | awk '{print $1}'); do
  "$TWINDOC" rules "$rule" >out || fail_ "rules $rule"
  grep -q '^  en.md:$' out || continue
  n=$((n + 1))
  awk '/^  en.md:$/ {f = 1; next} /^  ko.md:$/ {f = 0} f' out \
    | sed 's/^    //' >en.md
  # The Korean page ends at the blank line before "Documentation:".
  awk '/^  ko.md:$/ {f = 1; next} /^Documentation: / {f = 0} f' out \
    | sed '$d; s/^    //' >ko.md
  "$TWINDOC" check --color=never --excerpt=never en.md ko.md >check-out
  grep -q "\\[$rule\\]\$" check-out \
    || { cat check-out >&9; fail_ "$rule: its example is not reported"; }
done
test "$n" -ge 20 || fail_ "only $n rules have an example"

Exit
