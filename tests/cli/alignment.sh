#!/bin/sh
# The two cases of the alignment issue, on the ClickHouse pages of
# ../shared/corpus (read in place; the edited copies live in the test's
# temporary folder): an English paragraph added before "Before diving into
# the setup" in kinesis/02_auth.md is reported as that paragraph, missing,
# at its place, and nothing else changes; a list item of secure-kinesis.md
# nested one level deeper in English is one `list` finding.
. "${abs_top_srcdir=.}/tests/init.sh"
require_shared_

pages=$shared_dir/corpus/clickhouse
auth=integrations/data-ingestion/clickpipes/kinesis/02_auth.md
kin=integrations/data-ingestion/clickpipes/secure-kinesis.md
test -f "$pages/en/$auth" && test -f "$pages/en/$kin" \
  || skip_ "the ClickHouse pages are not in $pages"

mkdir -p en ko || framework_failure_
chk () { (cd "$1" && "$TWINDOC" check --no-config --color=never --excerpt=never en.md ko.md); }

# 1. A paragraph inserted in the English page.
mkdir -p a b && cp "$pages/en/$auth" a/en.md && cp "$pages/ko/$auth" a/ko.md \
  && cp a/ko.md b/ko.md || framework_failure_
awk '/^Before diving into the setup/ { print "This guide assumes an existing `ClickPipes` service that runs in the console of your cloud account."; print "" } { print }' a/en.md >b/en.md
chk a >before 2>&1
chk b >after 2>&1
# What changed, English lines moved by two put back.
sed 's/^en\.md:\([0-9]*\):/EN\1:/' before >before.n
awk -F: '/^en\.md:/ { n = $2 + 0; if (n > 27) n -= 2; sub(/^en\.md:[0-9]*:/, "EN" n ":") } { print }' after >after.n
diff before.n after.n | grep '^[<>]' >changes
cat >exp <<'EOT'
> ko.md:29:1: error: paragraph missing in the Korean text: "This guide assumes an existing ClickPipe…" [structure]
> EN27:1: note: the English counterpart: "This guide assumes an existing `ClickPip…"
< checked 1 page pair: 0 errors, 8 warnings
> checked 1 page pair: 1 error, 8 warnings
EOT
compare_ exp changes

# 2. A list item nested one level deeper in the English page.
mkdir -p c d && cp "$pages/en/$kin" c/en.md && cp "$pages/ko/$kin" c/ko.md \
  && cp c/ko.md d/ko.md || framework_failure_
sed 's/^- 3\. Select the \*\*Settings\*\* tab/  - 3. Select the **Settings** tab/' c/en.md >d/en.md
cmp -s c/en.md d/en.md && framework_failure_ "the list item was not found"
chk c >before 2>&1
chk d >after 2>&1
diff before after | grep '^[<>]' | grep -v ' note: the English counterpart' >changes
cat >exp <<'EOT'
> ko.md:148:1: error: list item "설정 탭을 선택합니다." is nested at another level than in the English text [list]
< checked 1 page pair: 7 errors, 7 warnings
> checked 1 page pair: 8 errors, 7 warnings
EOT
compare_ exp changes

Exit
