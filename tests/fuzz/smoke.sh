#!/bin/sh
# tests/fuzz/smoke.sh ROOT: the fuzz smoke stage of .ci/run.  Builds the
# newest distribution tarball in ROOT (made by make distcheck) in a
# folder of its own, ROOT/ci-fuzz, with clang, libFuzzer and the
# sanitizers, then runs `make fuzz-smoke`: the regression inputs of
# tests/fuzz/regressions, then each target for FUZZ_SECONDS (default 60).
# Installs clang and its runtime when missing and run as root.

set -u
root=${1:?usage: smoke.sh ROOT}
cd "$root" || exit 2

say () { printf 'smoke.sh: %s\n' "$*"; }

missing=
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' \
    || missing="$missing $p"
done
if test -n "$missing"; then
  if test "$(id -u)" -eq 0; then
    say "installing Debian packages:$missing"
    apt-get update -qq || exit 2
    # shellcheck disable=SC2086 # a list of package names
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      --no-install-recommends $missing || exit 2
  else
    say "missing Debian packages:$missing (install them as root)" >&2
    exit 2
  fi
fi

tarball=$(ls -t twindoc-*.tar.gz 2>/dev/null | head -n 1)
if test -z "$tarball"; then
  say "no distribution tarball in $root (run make dist first)" >&2
  exit 2
fi

rm -rf ci-fuzz && mkdir ci-fuzz && tar -xzf "$tarball" -C ci-fuzz || exit 2
cd ci-fuzz/twindoc-* || exit 2
say "building $tarball with clang and libFuzzer"
./configure -q CC=clang --enable-fuzz --enable-sanitizers \
  || { say "configure failed" >&2; exit 1; }
make -j2 >make.log 2>&1 || { tail -n 40 make.log; say "make failed" >&2; exit 1; }
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  TWINDOC_FUZZ_CORPUS=$root/../shared/corpus \
  make fuzz-smoke FUZZ_SECONDS="${FUZZ_SECONDS:-60}" FUZZ_WORKDIR="$root/ci-fuzz/work"
