#!/bin/sh
# make-seeds.sh: build the seed corpora of the libFuzzer targets.
#
#   tests/fuzz/make-seeds.sh OUTDIR [SRCDIR]
#
# Writes OUTDIR/check, OUTDIR/frontmatter, OUTDIR/policy, OUTDIR/config,
# OUTDIR/baseline and OUTDIR/korean (emptied first) from SRCDIR (default:
# the source tree that holds this script): docs/examples/secure-kinesis.md,
# docs/examples/*.json, tests/golden/cases/*, tests/data/*.json, plus
# built-in samples.  The real-world corpus ($TWINDOC_FUZZ_CORPUS, default
# SRCDIR/../shared/corpus: */en/** and */ko/**) is read in place and used
# only when OUTDIR is outside SRCDIR, so that no copy of it ever lands in
# the source tree.
#
# fuzz_check seeds are one byte B followed by an English and a Korean page,
# split by the target at B * len / 256: the English page is padded with
# newlines until some B splits exactly between the two.

set -u
LC_ALL=C
export LC_ALL

die () { printf 'make-seeds.sh: %s\n' "$*" >&2; exit 1; }

test $# -ge 1 && test $# -le 2 || die "usage: make-seeds.sh OUTDIR [SRCDIR]"
out=$1
src=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
test -f "$src/src/rules/check.h" || die "$src is not the twindoc source tree"
src=$(cd "$src" && pwd -P)
mkdir -p "$out" || die "cannot create $out"
out=$(cd "$out" && pwd -P)

corpus=${TWINDOC_FUZZ_CORPUS-$src/../shared/corpus}
case $out/ in
  "$src"/*)
    if test -d "$corpus"; then
      printf 'make-seeds.sh: %s is inside the source tree: not using %s\n' \
        "$out" "$corpus" >&2
    fi
    corpus= ;;
esac
test -n "$corpus" && test -d "$corpus" && corpus=$(cd "$corpus" && pwd -P) \
  || corpus=

for t in check frontmatter policy config baseline korean; do
  rm -rf "$out/$t" && mkdir -p "$out/$t" || die "cannot create $out/$t"
done

# name_ PREFIX PATH: a seed name from a path (unique for unique paths).
name_ () { printf '%s-%s' "$1" "$(printf '%s' "$2" | tr -c 'A-Za-z0-9._-' _)"; }

# octal_ B: byte B as a printf octal escape.
octal_ () { printf '\\%03o' "$1"; }

# pair_ EN KO DEST: one fuzz_check seed.
pair_ ()
{
  le=$(wc -c <"$1") lk=$(wc -c <"$2")
  set -- "$1" "$2" "$3" $(awk -v le="$le" -v lk="$lk" 'BEGIN {
    for (p = 0; p < 4096; p++) {
      e = le + p; l = e + lk
      if (l == 0) { print 0, 0; exit }
      b = int ((e * 256 + l - 1) / l)
      if (b > 255) b = 255
      if (int (b * l / 256) == e) { print b, p; exit }
    }
    print int (le * 256 / (le + lk)), 0 }')
  {
    printf "$(octal_ "$4")"
    cat "$1"
    i=0
    while test "$i" -lt "$5"; do printf '\n'; i=$((i + 1)); done
    cat "$2"
  } >"$3"
}

# one_ FILE DEST: a fuzz_check seed for a single (bilingual) file.
one_ () { { printf '\200'; cat "$1"; } >"$2"; }

# json_blocks_ FILE DIR: the ```json blocks of a Markdown file.
json_blocks_ ()
{
  awk -v dir="$2" -v base="$(printf '%s' "$1" | tr -c 'A-Za-z0-9._-' _)" '
    /^[ \t]*```+[ \t]*json/ { inb = 1; k++; f = dir "/json-" base "-" k; next }
    inb && /^[ \t]*```/ { inb = 0; close (f); next }
    inb { print > f }' "$1"
}

# paragraphs_ FILE DIR PREFIX: each blank-line separated paragraph that
# holds Hangul (bytes 0xEA-0xED), at most 64 per file, as its own seed.
paragraphs_ ()
{
  awk -v dir="$2" -v pre="$3" 'BEGIN { RS = "" }
    /[\352\353\354\355]/ && k < 64 { k++; f = dir "/" pre "-" k; printf "%s", $0 > f; close (f) }' "$1"
}

# Markdown pages of the source tree.
for f in "$src"/docs/examples/*.md "$src"/tests/golden/cases/*.md \
         "$src"/tests/golden/cases/*.mdx; do
  test -f "$f" || continue
  base=$(name_ repo "${f#"$src"/}")
  cp "$f" "$out/frontmatter/$base"
  cp "$f" "$out/policy/$base"
  json_blocks_ "$f" "$out/policy"
  case $f in
    *.en.md|*.en.mdx)
      ko=$(printf '%s' "$f" | sed 's/\.en\.\(mdx*\)$/.ko.\1/')
      test -f "$ko" && pair_ "$f" "$ko" "$out/check/$base" ;;
    *.ko.md|*.ko.mdx)
      cp "$f" "$out/korean/$base"
      paragraphs_ "$f" "$out/korean" "$base" ;;
    *)
      one_ "$f" "$out/check/$base"
      cp "$f" "$out/korean/$base"
      paragraphs_ "$f" "$out/korean" "$base" ;;
  esac
done

# JSON of the source tree.
for f in "$src"/tests/data/*.json "$src"/tests/golden/cases/*.json; do
  test -f "$f" && cp "$f" "$out/policy/$(name_ repo "${f#"$src"/}")"
done
for f in "$src"/docs/examples/*.json "$src"/tests/golden/cases/*.twindoc.json; do
  test -f "$f" && cp "$f" "$out/config/$(name_ repo "${f#"$src"/}")"
done

# The real-world corpus, read in place, never written into the tree.
if test -n "$corpus"; then
  for en in "$corpus"/*/en; do
    test -d "$en" || continue
    ko=${en%/en}/ko
    proj=$(basename "${en%/en}")
    find "$en" -type f \( -name '*.md' -o -name '*.mdx' \) | sort |
    while IFS= read -r f; do
      rel=${f#"$en"/}
      base=$(name_ "$proj" "$rel")
      cp "$f" "$out/frontmatter/$base.en"
      json_blocks_ "$f" "$out/policy"
      if test -f "$ko/$rel"; then
        pair_ "$f" "$ko/$rel" "$out/check/$base"
        cp "$ko/$rel" "$out/frontmatter/$base.ko"
        cp "$ko/$rel" "$out/korean/$base"
        paragraphs_ "$ko/$rel" "$out/korean" "$base"
        if grep -q '```json' "$f"; then
          cp "$f" "$out/policy/$base.en"
          cp "$ko/$rel" "$out/policy/$base.ko"
        fi
      fi
    done
  done
fi

# Built-in samples.
cat >"$out/config/full.json" <<'EOT'
{
  "rules": { "number": "off", "untranslated": "error", "ko-particle": "note" },
  "include": ["**/*.md", "docs/**/*.mdx", "[a-z]?/x*"],
  "exclude": ["**/node_modules/**", "*.tmp"],
  "anchors": "translated-slugs",
  "code_blocks": "ignore-comments-and-strings",
  "alt_text": "translate",
  "jsx_text_attributes": "keep",
  "import_prefixes": [["@site/i18n/ko/docusaurus-plugin-content-docs/current/",
                       "@site/docs/"]],
  "link_prefixes": [["/ko/", "/en/"]],
  "glossary": [["assume role", "역할 수임"]],
  "particle_words": {"nginx": "consonant", "bucket": "rieul", "S3": "vowel"},
  "terminal_colon": false
}
EOT
cat >"$out/config/small.json" <<'EOT'
{"anchors": "explicit", "code_blocks": "ignore-whitespace", "alt_text": "keep",
 "jsx_text_attributes": "may-translate", "terminal_colon": true}
EOT
printf '{}' >"$out/config/empty.json"
cat >"$out/baseline/two.json" <<'EOT'
{"version": 1, "tool": "twindoc",
 "findings": [{"rule": "anchor", "file": "ko/a.md",
               "fingerprint": "9f1c0a1b2c3d4e5f", "line": 12,
               "message": "anchor differs"},
              {"rule": "structure", "file": "ko/a.md",
               "fingerprint": "0123456789abcdef", "line": 1,
               "message": "x", "count": 2}]}
EOT
printf '{"version": 1, "tool": "twindoc", "findings": []}\n' \
  >"$out/baseline/empty.json"
cat >"$out/policy/trust.json" <<'EOT'
{"Version": "2012-10-17",
 "Statement": [{"Effect": "Allow",
                "Principal": {"AWS": "arn:aws:iam::{ACCOUNT_ID}:role/{ROLE}"},
                "Action": "sts:AssumeRole",
                "Condition": {"StringEquals": {"sts:ExternalId": "{EXTERNAL_ID}"}}}]}
EOT
cat >"$out/policy/identity.json" <<'EOT'
{"Version": "2012-10-17",
 "Statement": [{"Sid": "Read", "Effect": "Allow",
                "Action": ["kinesis:GetRecords", "kinesis:DescribeStream", "s3:GetObject"],
                "Resource": ["arn:aws:kinesis:{REGION}:{ACCOUNT_ID}:stream/{STREAM}",
                             "arn:aws:s3:::{BUCKET}/*", "*"]}]}
EOT
cat >"$out/korean/particles.txt" <<'EOT'
`ARN`을 확인하고 `S3` 버킷를 만든 뒤 nginx가 IAM 역할을(를) 수임합니다.
{ClickHouse_IAM_ARN}로 바꾸고 훅(hook)은 **`Role`**이 됩니다 :
지역 (예:us-east-1)   읽기 · 쓰기。 전체，  ～ 1∼2 ㅎㅏㄴ
EOT

for t in check frontmatter policy config baseline korean; do
  printf 'make-seeds.sh: %s: %s seeds\n' "$t" "$(ls "$out/$t" | wc -l)"
done
