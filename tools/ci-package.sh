#!/bin/bash
# tools/ci-package.sh TARBALL: the install stage of .ci/run.
#   1. The release tarball builds and installs with nothing but the build
#      dependencies: autoconf, automake, aclocal, autoheader, autopoint,
#      autoreconf and makeinfo are replaced on PATH by stubs that record
#      any call (as build-aux/missing would make), and by AUTOCONF=false
#      and the like; the build must call none.  It is installed into a
#      DESTDIR, and the installed program runs: --version, the Korean
#      --help from its own catalog, man -l of both manual pages.
#   2. The Debian package, built from the same tarball with
#      dpkg-buildpackage -us -uc -b (DEB_BUILD_OPTIONS=nocheck: .ci/run
#      has run the tests): its contents (dpkg-deb -c), the program
#      installed in a scratch root (dpkg -x) with the same checks, and
#      lintian with no error (warnings are printed).
# The packaging tools (debhelper, lintian) are installed with apt-get
# when missing and running as root.  Work and logs go to ci-pkg/ of the
# current folder.  Prints one line per check, "ci-package: N failed" at
# the end; exit status 0 when nothing failed.

set -u -o pipefail
tarball=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$PWD/ci-pkg
failed=0
say () { printf 'ci-package: %s\n' "$*"; }
ok () { say "ok: $*"; }
bad () { say "FAILED: $*"; failed=$((failed + 1)); }

rm -rf "$work" && mkdir -p "$work" || exit 2
name=$(basename "$tarball" .tar.gz)
version=${name#twindoc-}
t0=$(date +%s)

# check_installed_ ROOT: the installed program and its files under ROOT
# (a DESTDIR or a dpkg -x root, prefix /usr).
check_installed_ ()
{
  local root=$1 what=$2 bin=$1/usr/bin/twindoc
  local loc=$root/usr/share/locale
  if "$bin" --version | head -n 1 | grep -qx "twindoc $version"; then
    ok "$what: twindoc --version says $version"
  else
    bad "$what: twindoc --version"
  fi
  # Korean help from the installed catalog, found through
  # TWINDOC_LOCALEDIR (the program looks in /usr/share/locale).
  if LC_ALL=C.UTF-8 LANGUAGE=ko TWINDOC_LOCALEDIR=$loc "$bin" --help \
       | grep -q '^사용법: twindoc'; then
    ok "$what: LANGUAGE=ko twindoc --help is Korean"
  else
    bad "$what: LANGUAGE=ko twindoc --help is not Korean"
  fi
  if LC_ALL=C.UTF-8 LANGUAGE=ko TWINDOC_LOCALEDIR=$work/none "$bin" --help \
       | grep -q '^Usage: twindoc'; then
    ok "$what: without its catalog, the help is English"
  else
    bad "$what: the Korean help does not come from the installed catalog"
  fi
  local page
  for page in man/man1/twindoc.1 man/ko/man1/twindoc.1; do
    local f
    f=$(ls "$root/usr/share/$page" "$root/usr/share/$page.gz" 2>/dev/null | head -n 1)
    if test -n "$f" && LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$f" >"$work/man.out" 2>"$work/man.err" \
       && ! test -s "$work/man.err" && grep -q 'twindoc' "$work/man.out"; then
      ok "$what: man -l $page ($(grep -c . "$work/man.out") lines)"
    else
      bad "$what: man -l $page"; cat "$work/man.err" 2>/dev/null
    fi
  done
  local f
  for f in share/locale/ko/LC_MESSAGES/twindoc.mo \
           share/bash-completion/completions/twindoc \
           share/twindoc/twindoc.schema.json \
           share/fish/vendor_completions.d/twindoc.fish \
           bin/twindoc-pre-commit; do
    if test -e "$root/usr/$f"; then ok "$what: /usr/$f"; else bad "$what: no /usr/$f"; fi
  done
  if ls "$root"/usr/share/zsh/*/_twindoc >/dev/null 2>&1; then
    ok "$what: $(cd "$root" && ls usr/share/zsh/*/_twindoc)"
  else
    bad "$what: no zsh completion"
  fi
}

# 1. The tarball, without autotools.
say "1. $name.tar.gz without autotools"
mkdir -p "$work/stubs" "$work/tarball" "$work/destdir"
for p in autoconf automake aclocal autoheader autopoint autoreconf autom4te \
         makeinfo aclocal-1.16 automake-1.16; do
  printf '#!/bin/sh\necho "%s $*" >>"%s/autotools-called"\nexit 1\n' \
    "$p" "$work" >"$work/stubs/$p"
  chmod +x "$work/stubs/$p"
done
if (cd "$work/tarball" && tar -xzf "$tarball" && cd "$name" \
    && export PATH=$work/stubs:$PATH AUTOCONF=false AUTOHEADER=false \
              AUTOMAKE=false ACLOCAL=false AUTOPOINT=false MAKEINFO=false \
    && ./configure -q --prefix=/usr \
    && make -j2 \
    && make install DESTDIR="$work/destdir") >"$work/tarball.log" 2>&1; then
  ok "configure, make, make install DESTDIR"
else
  bad "the tarball did not build (see $work/tarball.log)"; tail -n 20 "$work/tarball.log"
fi
if test -s "$work/autotools-called" \
   || grep -q -E "WARNING: '[a-z-]+' is (missing|probably too old)" "$work/tarball.log"; then
  bad "the build called autotools:"; cat "$work/autotools-called" 2>/dev/null
else
  ok "no autotools called (build-aux/missing never ran one)"
fi
test -x "$work/destdir/usr/bin/twindoc" && check_installed_ "$work/destdir" tarball

# 2. The Debian package.
say "2. the Debian package"
t1=$(date +%s)
if ! command -v dh >/dev/null 2>&1 || ! command -v lintian >/dev/null 2>&1 \
   || ! command -v dpkg-buildpackage >/dev/null 2>&1; then
  if test "$(id -u)" -eq 0; then
    say "installing debhelper, lintian, dpkg-dev"
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
      --no-install-recommends debhelper lintian dpkg-dev fakeroot >"$work/apt.log" 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1 \
           && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
                --no-install-recommends debhelper lintian dpkg-dev fakeroot >>"$work/apt.log" 2>&1; }
  fi
fi
if ! command -v dh >/dev/null 2>&1 || ! command -v dpkg-buildpackage >/dev/null 2>&1; then
  bad "debhelper or dpkg-buildpackage missing (Debian packages debhelper, dpkg-dev)"
else
  mkdir -p "$work/deb"
  if (cd "$work/deb" && tar -xzf "$tarball" && cd "$name" \
      && dpkg-checkbuilddeps -Pnocheck \
      && DEB_BUILD_OPTIONS="nocheck parallel=2" dpkg-buildpackage -us -uc -b -Pnocheck) \
     >"$work/deb.log" 2>&1; then
    ok "dpkg-buildpackage -us -uc -b ($(( $(date +%s) - t1 )) s)"
  else
    bad "dpkg-buildpackage failed (see $work/deb.log)"; tail -n 30 "$work/deb.log"
  fi
  deb=$(ls "$work"/deb/twindoc_"$version"_*.deb 2>/dev/null | head -n 1)
  if test -n "$deb"; then
    dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/deb-contents"
    for f in /usr/bin/twindoc /usr/bin/twindoc-pre-commit \
             /usr/share/locale/ko/LC_MESSAGES/twindoc.mo \
             /usr/share/man/man1/twindoc.1.gz /usr/share/man/ko/man1/twindoc.1.gz \
             /usr/share/bash-completion/completions/twindoc \
             /usr/share/zsh/vendor-completions/_twindoc \
             /usr/share/fish/vendor_completions.d/twindoc.fish \
             /usr/share/twindoc/twindoc.schema.json \
             /usr/share/doc/twindoc/copyright /usr/share/doc/twindoc/en/install.md.gz \
             /usr/share/doc/twindoc/ko/install.md.gz; do
      if grep -qx "$f" "$work/deb-contents"; then
        ok "dpkg-deb -c: $f"
      else
        bad "dpkg-deb -c: no $f"
      fi
    done
    rm -rf "$work/root" && dpkg -x "$deb" "$work/root" \
      && check_installed_ "$work/root" "package"
    if command -v lintian >/dev/null 2>&1; then
      changes=$(ls "$work"/deb/twindoc_"$version"_*.changes | head -n 1)
      lintian --fail-on error --info "$changes" >"$work/lintian.log" 2>&1
      st=$?
      grep -E '^[EW]: ' "$work/lintian.log" | sed 's/^/ci-package: lintian: /'
      if test $st -eq 0; then
        ok "lintian: $(grep -c '^E: ' "$work/lintian.log") errors, $(grep -c '^W: ' "$work/lintian.log") warnings"
      else
        bad "lintian reported errors (see $work/lintian.log)"
      fi
    else
      bad "lintian not found (Debian package lintian)"
    fi
  else
    bad "no .deb built"
  fi
fi

say "took $(( $(date +%s) - t0 )) s"
say "$failed failed"
test "$failed" -eq 0
