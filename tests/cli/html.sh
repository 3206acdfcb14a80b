#!/bin/sh
# check --format html, without a browser (tests/browser/review.sh opens
# the page in one): one self-contained HTML5 file written atomically with
# -o; the findings of the example guide on their blocks; the structure of
# a small pair (rows, cells, gaps, findings, sentences) exactly; --tree
# with the pages without findings collapsed; markup escaped; the page's
# own text in Korean under a Korean locale; the exit status as with text.
. "${abs_top_srcdir=.}/tests/init.sh"
LC_ALL=C; export LC_ALL; unset LANGUAGE LANG LC_MESSAGES

cp "$abs_top_srcdir/docs/examples/secure-kinesis.md" guide.md \
  || framework_failure_

# -o: nothing on stdout or stderr, the exit status of the text format.
returns_ 0 "$TWINDOC" check guide.md --format html -o r.html >out 2>err
compare_ /dev/null out
compare_ /dev/null err
head -n 1 r.html >got
echo '<!DOCTYPE html>' >exp
compare_ exp got
grep -q '^<html lang="en">$' r.html || fail_ "no <html lang=\"en\">"
grep -q '<meta charset="utf-8">' r.html || fail_ "no charset"
test "$(grep -c '<script' r.html)" -eq 1 || fail_ "not one inline script"
test "$(grep -c '<style' r.html)" -eq 1 || fail_ "not one inline style"
grep -E '<(link|img|iframe)|<script src|url\(' r.html \
  && fail_ "the page loads something"
test "$(tail -n 1 r.html)" = '</html>' || fail_ "no </html> at the end"

# As many findings as the JSON format reports, each once.
"$TWINDOC" check guide.md --format json \
  | grep -c '"rule":' >exp
grep -o '<div class="f sev-[a-z]*" id="f[0-9]*"' r.html | sort -u | wc -l \
  | tr -d ' ' >got
compare_ exp got
# The broken emphasis, the hedged particle and the IAM finding, each on
# its Korean block (the cell opened last before the finding; the IAM
# finding is also on the English policy, a source finding).
for rule in emphasis ko-particle-hedged iam-resource-type; do
  awk -v r="data-rule=\"$rule\"><span" '
    /^<div class="cell / { cell = $0 }
    index($0, r) { print substr(cell, 1, 21) }' r.html >got
  grep -q '^<div class="cell ko d' got || fail_ "$rule is not on a Korean block"
done
grep -q "<mark>\*\*</mark>" r.html || fail_ "the stray ** is not marked"

# Exit status 1 as with the text format, and -o replaces a file
# atomically; a folder that does not exist is trouble and writes nothing.
echo old >r.html
returns_ 1 "$TWINDOC" check guide.md --format html --fail-on=warning \
  -o r.html || fail_ "--fail-on"
grep -q '^<!DOCTYPE html>' r.html || fail_ "-o did not replace the file"
returns_ 2 "$TWINDOC" check guide.md --format html -o nowhere/r.html \
  2>err
grep -q '^twindoc: nowhere/r.html: ' err || fail_ "-o error: $(cat err)"
test -e nowhere && fail_ "-o made a folder"
# -o works for the other formats too.
returns_ 0 "$TWINDOC" check guide.md --format json -o r.json
"$TWINDOC" check guide.md --format json >exp
compare_ exp r.json

# The structure of a small pair: a heading, a paragraph of two sentences,
# a list, a code block only in English (a gap on the Korean side), a
# paragraph only in Korean.
cat >en.md <<'MD'
# Install {#install}

Run the installer. Then restart the server.

- one
- two

```sh
make install
```
MD
cat >ko.md <<'MD'
# 설치 {#install}

설치 프로그램을 실행합니다. 그런 다음 서버를 다시 시작합니다.

- 하나
- 둘

추가 문단입니다.
MD
"$TWINDOC" check en.md ko.md --format html -o small.html
test $? -le 1 || fail_ "check of the small pair"
grep -o -E '<div class="row [^"]*"|<div class="cell [^"]*"|data-rule="[^"]*"|<span class="s" data-g="[0-9]*"|<h1>[^<]*</h1>|<pre><code[^>]*>' \
  small.html | sed 's/<div class="row /row /; s/<div class="cell /  cell /' \
  >got
cat >exp <<'EOF2'
<h1>Translation review</h1>
data-rule="structure"
row r-same"
  cell en d0"
<h1>Install {#install}</h1>
  cell ko d0"
<h1>설치 {#install}</h1>
row r-same"
  cell en d0"
<span class="s" data-g="0"
<span class="s" data-g="1"
  cell ko d0"
<span class="s" data-g="0"
<span class="s" data-g="1"
row r-same"
  cell en d0"
  cell ko d0"
row r-same"
  cell en d1"
  cell ko d1"
row r-same"
  cell en d2"
  cell ko d2"
row r-same"
  cell en d1"
  cell ko d1"
row r-same"
  cell en d2"
  cell ko d2"
row r-extra"
  cell en d0 gap"
  cell ko d0 has-f has-error"
data-rule="structure"
row r-missing"
  cell en d0"
<pre><code class="language-sh">
  cell ko d0 gap has-f has-error"
data-rule="structure"
EOF2
compare_ exp got

# --tree: every page; the pages without findings collapsed, the others
# open and listed in the summary.
mkdir -p t/en t/ko
cp en.md t/en/a.md; cp ko.md t/ko/a.md
printf '# Same\n\nText.\n' >t/en/b.md
printf '# 같음\n\n텍스트입니다.\n' >t/ko/b.md
"$TWINDOC" check --tree t/en t/ko --format html -o tree.html
test $? -le 1 || fail_ "check --tree"
grep -o '<details class="page" id="p[0-9]*"[^>]*>' tree.html >got
printf '%s\n' '<details class="page" id="p0" open>' \
  '<details class="page" id="p1">' >exp
compare_ exp got
grep -q '<li><a href="#p0">t/ko/a.md</a>' tree.html \
  || fail_ "the summary does not link the page with findings"
grep -q '<a href="#p1">' tree.html && fail_ "a page without findings listed"

# Markup in headings, code, front matter and file names is escaped.
name='x"><b id=bad>'
mkdir e || framework_failure_
printf -- '---\ntitle: "<script>alert(1)</script>"\n---\n\n# A <script>alert(1)</script>\n\nSee `<img src=x onerror=alert(1)>`. Then go.\n' \
  >"e/$name.en.md"
printf -- '---\ntitle: "<i>x</i>"\n---\n\n# 가 <script>alert(2)</script>\n\n`<img src=x onerror=alert(2)>`를 보세요. 그리고 가세요.\n' \
  >"e/$name.ko.md"
"$TWINDOC" check --format html -o e.html "e/$name.en.md" "e/$name.ko.md"
test $? -le 1 || fail_ "check of the markup pair"
grep -E '<script>alert|<img src|<b id=bad|<i>x' e.html \
  && fail_ "markup from the pages is in the report"
grep -q 'x&quot;&gt;&lt;b id=bad&gt;' e.html || fail_ "the file name is not escaped"
grep -q '&lt;img src=x onerror=alert(2)&gt;' e.html \
  || fail_ "the code is not there escaped"

# A stale block: the English changed in git since the Korean was
# committed; its Korean block shows the word diff.
if command -v git >/dev/null 2>&1; then
  mkdir g && (
    cd g || exit 1
    HOME=$PWD GIT_CONFIG_NOSYSTEM=1; export HOME GIT_CONFIG_NOSYSTEM
    GIT_AUTHOR_NAME=T GIT_AUTHOR_EMAIL=t@example.com; export GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL
    GIT_COMMITTER_NAME=T GIT_COMMITTER_EMAIL=t@example.com; export GIT_COMMITTER_NAME GIT_COMMITTER_EMAIL
    printf '# Install {#install}\n\nInstall the tool with the package manager.\n\nRun it.\n' >en.md
    printf '# 설치 {#install}\n\n패키지 관리자로 도구를 설치합니다.\n\n실행합니다.\n' >ko.md
    git init -q . && git add en.md ko.md && git commit -q -m translated \
      && sed -i 's/with the package manager/with your package manager/' en.md \
      && git commit -q -a -m changed && "$TWINDOC" check en.md ko.md \
      --format html -o stale.html
  ) || fail_ "check of the git pair"
  grep -o '<div class="stale">.*</div></div>' g/stale.html | sed 's/<[^>]*>//g' >got
  echo 'stale the English changed since this block was translated: Install the tool with theyour package manager.' >exp
  compare_ exp got
  test "$(grep -c 'class="stale"' g/stale.html)" -eq 1 || fail_ "not one stale block"
  grep -q '<del>the</del><ins>your</ins>' g/stale.html || fail_ "no word diff"
fi

# Under a Korean locale the page's own text is Korean; rule ids and
# severity keys stay English.
: "${MSGFMT:=msgfmt}"
if command -v "$MSGFMT" >/dev/null 2>&1; then
  mkdir -p loc/ko/LC_MESSAGES
  "$MSGFMT" -o loc/ko/LC_MESSAGES/twindoc.mo "$abs_top_srcdir/po/ko.po" \
    || framework_failure_ "msgfmt"
  LC_ALL=C.UTF-8 LANGUAGE=ko TWINDOC_LOCALEDIR=$PWD/loc "$TWINDOC" check \
    guide.md --format html -o ko.html
  grep -q '^<html lang="ko">$' ko.html || fail_ "no <html lang=\"ko\">"
  grep -q '<h1>번역 검토</h1>' ko.html || fail_ "the title is not Korean"
  grep -q 'data-sev="warning" data-rule="emphasis"' ko.html \
    || fail_ "the keys are translated"
fi

Exit
