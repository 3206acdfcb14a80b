#!/bin/sh
# bench/run.sh: the benchmark of twindoc (make bench).  Times, side by side
# in one run and on the same inputs:
#
#   floor        bench/floor: read every file and parse it with libcmark
#   check -j1    twindoc check --tree on one thread
#   check -jN    the same on all online CPUs
#   po           twindoc po --tree
#   po4a         po4a-gettextize + pofilter on a sample of pairs,
#                extrapolated to the tree (what a team would use instead)
#   mdlint       markdownlint-cli2 over both trees (what a docs linter
#                costs)
#
# and prints a Markdown table: the median wall and CPU time of RUNS runs,
# their ratios to the floor, and the peak resident memory (GNU time).  Then the scaling
# figures of issue 15: time at PAIRS/4 and PAIRS pairs, memory at
# PAIRS/10 and PAIRS pairs, and the large pairs against their own floor.
#
# Options (environment variables, so that make can pass them):
#   BENCH_PAIRS=2000   page pairs of the tree
#   BENCH_RUNS=5       runs of each command (the median is reported)
#   BENCH_LARGE="1000000 10000000"   sizes of the large pairs (bytes)
#   BENCH_SAMPLE=10    pairs of the po4a sample
#   BENCH_EXTERNAL=1   0: skip po4a and markdownlint-cli2
#   BENCH_DIR=...      where the inputs are built (default: a temporary
#                      folder, removed at the end)
#   TWINDOC, FLOOR     the programs (default: src/twindoc, bench/floor)
#   TWINDOC_SHARED     the shared folder (default: ../shared)
# Tools that are not installed are reported as such, never installed
# here; markdownlint-cli2 is looked for on PATH and in
# $BENCH_NPM_PREFIX/node_modules/.bin (install it there with
# `npm install --prefix DIR markdownlint-cli2`).
set -e
LC_ALL=C; export LC_ALL
top=$(cd "$(dirname "$0")/.." && pwd)
: "${TWINDOC:=$top/src/twindoc}" "${FLOOR:=$top/bench/floor}"
: "${BENCH_PAIRS:=2000}" "${BENCH_RUNS:=5}" "${BENCH_SAMPLE:=10}"
: "${BENCH_EXTERNAL:=1}" "${TWINDOC_SHARED:=$top/../shared}"
BENCH_LARGE=${BENCH_LARGE-1000000 10000000}
corpus=$TWINDOC_SHARED/corpus
test -d "$corpus" || { echo "bench: $corpus: no such folder (set TWINDOC_SHARED)" >&2; exit 2; }
test -x "$TWINDOC" || { echo "bench: $TWINDOC: not built (make)" >&2; exit 2; }
test -x "$FLOOR" || { echo "bench: $FLOOR: not built (make bench/floor)" >&2; exit 2; }
test -x /usr/bin/time || { echo "bench: /usr/bin/time (GNU time) is needed" >&2; exit 2; }
if test -n "$BENCH_DIR"; then
  work=$BENCH_DIR
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/twindoc-bench.XXXXXX")
  trap 'rm -rf "$work"' 0
fi
cpus=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)

quarter=$((BENCH_PAIRS / 4)) tenth=$((BENCH_PAIRS / 10))
test "$quarter" -gt 0 || quarter=1
test "$tenth" -gt 0 || tenth=1
sh "$top/bench/mkcorpus.sh" "$corpus" "$work/full" "$BENCH_PAIRS" $BENCH_LARGE
sh "$top/bench/mkcorpus.sh" "$corpus" "$work/quarter" "$quarter"
sh "$top/bench/mkcorpus.sh" "$corpus" "$work/tenth" "$tenth"
ko_of=i18n/ko/docusaurus-plugin-content-docs/current
for t in full quarter tenth; do
  (cd "$work/$t" && find docs "$ko_of" -type f | sort | sed "s|^|$work/$t/|") > "$work/$t.files"
done

# measure NAME CMD...: runs CMD BENCH_RUNS times; appends to results
# "NAME wall_seconds cpu_seconds max_rss_kib", the medians of the runs
# and the largest peak.  CPU time (user + system, GNU time) is what the
# ratios use: other jobs on the machine slow the wall clock, not it.
# Exit status 0 and 1 of CMD are both a run (twindoc exits 1 when it
# has findings).
measure ()
{
  name=$1
  shift
  : > "$work/runs"
  r=0
  while test "$r" -lt "$BENCH_RUNS"; do
    set +e
    (cd "$work" && /usr/bin/time -f '%e %U %S %M' -o "$work/one" "$@") > /dev/null 2> "$work/err"
    st=$?
    set -e
    if test "$st" -gt 1; then
      echo "bench: $name failed (exit status $st):" >&2
      cat "$work/err" >&2
      exit 2
    fi
    tail -n 1 "$work/one" >> "$work/runs"
    r=$((r + 1))
  done
  awk -v name="$name" '
    function median(v, n,   i, j, t) {
      for (i = 2; i <= n; i++)
        for (j = i; j > 1 && v[j - 1] > v[j]; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
      return (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    }
    { w[NR] = $1; c[NR] = $2 + $3; if ($4 > m) m = $4 }
    END { printf "%s %.4f %.4f %d\n", name, median(w, NR), median(c, NR), m }' "$work/runs" >> "$work/results"
}

: > "$work/results"
f=$work/full
measure floor sh -c "\"$FLOOR\" < \"$work/full.files\""
measure check-j1 "$TWINDOC" check --no-config --tree -j1 "$f/docs" "$f/$ko_of"
measure "check-j$cpus" "$TWINDOC" check --no-config --tree -j"$cpus" "$f/docs" "$f/$ko_of"
rm -rf "$work/po"
measure po sh -c "rm -rf \"$work/po\" && \"$TWINDOC\" po --tree \"$f/docs\" \"$f/$ko_of\" -o \"$work/po\""

if test "$BENCH_EXTERNAL" = 1 && command -v po4a-gettextize > /dev/null \
   && command -v pofilter > /dev/null; then
  # po4a stops at the first structural difference; pairs where it does
  # still cost their time.  Per pair, then times the tree's pairs.
  (cd "$f/docs" && find . -type f | sort | head -n "$BENCH_SAMPLE") > "$work/sample"
  cat > "$work/po4a.sh" <<EOS
while read -r p; do
  po4a-gettextize -f text -o markdown -M UTF-8 -L UTF-8 -m "$f/docs/\$p" -l "$f/$ko_of/\$p" -p "$work/po4a.po" > /dev/null 2>&1 || true
  test -f "$work/po4a.po" && pofilter --progress=none "$work/po4a.po" "$work/po4a-out.po" > /dev/null 2>&1 || true
  rm -f "$work/po4a.po" "$work/po4a-out.po"
done < "$work/sample"
EOS
  measure po4a-sample sh "$work/po4a.sh"
  awk -v pairs="$BENCH_PAIRS" -v sample="$(wc -l < "$work/sample")" '
    $1 == "po4a-sample" { printf "po4a %.4f %.4f %s\n", $2 / sample * pairs, $3 / sample * pairs, $4 }' "$work/results" >> "$work/results"
else
  echo "po4a - - -" >> "$work/results"
fi

mdl=
if test "$BENCH_EXTERNAL" = 1; then
  if command -v markdownlint-cli2 > /dev/null; then
    mdl=markdownlint-cli2
  elif test -n "$BENCH_NPM_PREFIX" && test -x "$BENCH_NPM_PREFIX/node_modules/.bin/markdownlint-cli2"; then
    mdl=$BENCH_NPM_PREFIX/node_modules/.bin/markdownlint-cli2
  fi
fi
if test -n "$mdl"; then
  measure mdlint sh -c "cd \"$f\" && \"$mdl\" 'docs/**/*.md' 'i18n/**/*.md'"
else
  echo "mdlint - - -" >> "$work/results"
fi

# Scaling.
q=$work/quarter t=$work/tenth
measure floor-quarter sh -c "\"$FLOOR\" < \"$work/quarter.files\""
measure check-j1-quarter "$TWINDOC" check --no-config --tree -j1 "$q/docs" "$q/$ko_of"
measure check-j1-tenth "$TWINDOC" check --no-config --tree -j1 "$t/docs" "$t/$ko_of"
for size in $BENCH_LARGE; do
  l=$f/large-$size
  measure "floor-large-$size" sh -c "printf '%s\n%s\n' \"$l/en.md\" \"$l/ko.md\" | \"$FLOOR\""
  measure "check-large-$size" "$TWINDOC" check --no-config "$l/en.md" "$l/ko.md"
done

bytes=$(cat $(cat "$work/full.files") | wc -c)
awk -v pairs="$BENCH_PAIRS" -v bytes="$bytes" -v cpus="$cpus" -v runs="$BENCH_RUNS" '
  { w[$1] = $2; t[$1] = $3; m[$1] = $4; order[++n] = $1 }
  function row(name, label, floor) {
    if (!(name in t)) return
    if (t[name] == "-") { printf "| %s | not installed | | | |\n", label; return }
    printf "| %s | %.3f s | %.3f s | %.2f | %.2f | %.1f MiB |\n", label, w[name], t[name], t[name] / t[floor], w[name] / w[floor], m[name] / 1024
  }
  END {
    printf "%d page pairs (%.1f MB), median of %d runs, %d CPUs.\n\n", pairs, bytes / 1e6, runs, cpus
    printf "| command | wall time | CPU time | × floor (CPU) | × floor (wall) | peak memory |\n|---|---:|---:|---:|---:|---:|\n"
    row("floor", "parse floor (libcmark)", "floor")
    row("check-j1", "`twindoc check --tree -j1`", "floor")
    row("check-j" cpus, "`twindoc check --tree -j" cpus "`", "floor")
    row("po", "`twindoc po --tree`", "floor")
    row("po4a", "po4a-gettextize + pofilter (extrapolated)", "floor")
    row("mdlint", "markdownlint-cli2", "floor")
    printf "\n| scaling (CPU time) | figure |\n|---|---:|\n"
    printf "| time, %d pairs / %d pairs (`-j1`) | %.2f |\n", pairs, int(pairs / 4), t["check-j1"] / t["check-j1-quarter"]
    printf "| floor, %d pairs / %d pairs | %.2f |\n", pairs, int(pairs / 4), t["floor"] / t["floor-quarter"]
    printf "| peak memory, %d pairs / %d pairs (`-j1`) | %.2f |\n", pairs, int(pairs / 10), m["check-j1"] / m["check-j1-tenth"]
    if (t["po4a"] != "" && t["po4a"] != "-")
      printf "| po4a + pofilter / `twindoc check -j1`, per pair | %.0f |\n", t["po4a"] / t["check-j1"]
    for (i = 1; i <= n; i++)
      if (order[i] ~ /^check-large-/) {
        size = order[i]; sub(/^check-large-/, "", size)
        printf "| large pair of %g MB: time × its floor | %.2f |\n", size / 1e6, t[order[i]] / t["floor-large-" size]
        printf "| large pair of %g MB: peak memory | %.1f MiB (%.1f × its size) |\n", size / 1e6, m[order[i]] / 1024, m[order[i]] * 1024 / size
      }
  }' "$work/results"
