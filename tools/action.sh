#!/bin/bash
# tools/action.sh: the steps of the GitHub Action (action.yml), one
# subcommand each, so that tests/cli/action.sh can run them with a fake
# GITHUB_* environment.
#
#   action.sh cache-key   write key=... (the cache key of the .deb) to
#                         $GITHUB_OUTPUT
#   action.sh install     install twindoc: the cached .deb of
#                         $TWINDOC_DEB_DIR, or one built there from the
#                         action's source (dpkg-buildpackage); nothing when
#                         the same version of twindoc is already on PATH
#   action.sh changed     with INPUT_CHANGED_ONLY=true on a pull_request
#                         event, write the files the pull request changed
#                         to a list; files-from=LIST and count=N to
#                         $GITHUB_OUTPUT (files-from empty: check all)
#   action.sh check       run twindoc check on INPUT_ROOTS (EN_DIR KO_DIR)
#                         with INPUT_PROFILE, INPUT_FAIL_ON, INPUT_ARGS and
#                         INPUT_FILES_FROM; GitHub annotations, or with
#                         INPUT_SARIF=true a SARIF log (sarif=FILE); the
#                         summary line goes to $GITHUB_STEP_SUMMARY and the
#                         exit status to status=N: the step itself succeeds
#                         so that the SARIF upload runs, and a later step
#                         fails the job.
# Exit status: 0, or 2 on trouble (a missing input, a failed install).

set -u -o pipefail
me=action.sh
src=$(cd "$(dirname "$0")/.." && pwd) || exit 2
die () { printf '::error title=twindoc::%s\n' "$*"; exit 2; }
out () { printf '%s\n' "$*" >>"${GITHUB_OUTPUT:-/dev/null}"; }

version=$(sed -n 's/^AC_INIT(\[twindoc\], \[\([^]]*\)\].*/\1/p' "$src/configure.ac")

cmd_cache_key ()
{
  # The version and a hash of everything the package is built from.
  local hash
  hash=$(cd "$src" && find configure.ac Makefile.am src po completion debian \
           tools twindoc.schema.json -type f \
           ! -name '*.o' ! -name '*.a' ! -name '*.mo' ! -name '*.gmo' \
           ! -path 'src/twindoc' -print 2>/dev/null \
         | LC_ALL=C sort | (cd "$src" && xargs sha256sum) | sha256sum | cut -c1-16)
  out "key=twindoc-deb-$version-$(uname -m)-$hash"
  printf '%s: cache key twindoc-deb-%s-%s-%s\n' "$me" "$version" "$(uname -m)" "$hash"
}

cmd_install ()
{
  local have deb dir build sudo=
  have=$(twindoc --version 2>/dev/null | sed -n '1s/^twindoc //p')
  if test "$have" = "$version"; then
    printf '%s: twindoc %s is already installed (%s)\n' "$me" "$have" "$(command -v twindoc)"
    return 0
  fi
  test "$(id -u)" -eq 0 || sudo=sudo
  dir=${TWINDOC_DEB_DIR:-${RUNNER_TEMP:-/tmp}/twindoc-deb}
  mkdir -p "$dir" || die "cannot create $dir"
  deb=$(ls "$dir"/twindoc_"$version"_*.deb 2>/dev/null | head -n 1)
  if test -z "$deb"; then
    printf '%s: building the Debian package of twindoc %s\n' "$me" "$version"
    build=$(mktemp -d) || die "mktemp failed"
    cp -a "$src" "$build/twindoc" || die "cannot copy the source"
    $sudo apt-get update -qq || die "apt-get update failed"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      --no-install-recommends devscripts equivs >/dev/null \
      || die "cannot install devscripts"
    (cd "$build/twindoc" \
      && $sudo env DEBIAN_FRONTEND=noninteractive mk-build-deps -i -r \
           -t 'apt-get -y -qq --no-install-recommends' debian/control \
      && DEB_BUILD_OPTIONS=nocheck dpkg-buildpackage -us -uc -b) \
      || die "dpkg-buildpackage failed"
    cp "$build"/twindoc_"$version"_*.deb "$dir/" || die "no package built"
    deb=$(ls "$dir"/twindoc_"$version"_*.deb | head -n 1)
  else
    printf '%s: using the cached package %s\n' "$me" "$deb"
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" \
    || die "cannot install $deb"
  twindoc --version | head -n 1
}

cmd_changed ()
{
  local list base head
  list=${RUNNER_TEMP:-/tmp}/twindoc-files-from.txt
  case ${INPUT_CHANGED_ONLY:-true}:${GITHUB_EVENT_NAME-} in
    true:pull_request|true:pull_request_target) ;;
    *)
      printf '%s: checking every page\n' "$me"
      out "files-from="
      return 0 ;;
  esac
  base=$(event_ .pull_request.base.sha)
  head=$(event_ .pull_request.head.sha)
  test -n "$base" && test -n "$head" \
    || die "no pull_request.base.sha and head.sha in $GITHUB_EVENT_PATH"
  if ! git -C "${GITHUB_WORKSPACE:-.}" diff --name-only --no-renames \
         "$base...$head" >"$list" 2>"$list.err"; then
    printf '::warning title=twindoc::cannot list the changed files (%s); checking every page (use actions/checkout with fetch-depth: 0)\n' \
      "$(head -n 1 "$list.err")"
    rm -f "$list.err"
    out "files-from="
    return 0
  fi
  rm -f "$list.err"
  printf '%s: the pull request changed %s files\n' "$me" "$(wc -l <"$list")"
  out "files-from=$list"
  out "count=$(wc -l <"$list")"
}

# event_ PATH: a string of the event payload (jq, else python3).
event_ ()
{
  test -f "${GITHUB_EVENT_PATH-}" || return 0
  if command -v jq >/dev/null 2>&1; then
    jq -r "$1 // empty" "$GITHUB_EVENT_PATH"
  else
    python3 -c 'import json, sys
v = json.load(open(sys.argv[1]))
for k in sys.argv[2].strip(".").split("."):
    v = v.get(k) if isinstance(v, dict) else None
print(v if v is not None else "")' "$GITHUB_EVENT_PATH" "$1"
  fi
}

cmd_check ()
{
  local -a roots args
  read -r -a roots <<<"${INPUT_ROOTS-}"
  test ${#roots[@]} -eq 2 || die "roots: give two folders, EN_DIR KO_DIR (got '${INPUT_ROOTS-}')"
  args=(check)
  test -n "${INPUT_PROFILE-}" && args+=("--profile=$INPUT_PROFILE")
  test -n "${INPUT_FAIL_ON-}" && args+=("--fail-on=$INPUT_FAIL_ON")
  if test -n "${INPUT_ARGS-}"; then
    local -a extra
    read -r -a extra <<<"$INPUT_ARGS"
    args+=("${extra[@]}")
  fi
  if test -n "${INPUT_FILES_FROM-}"; then
    if ! test -s "$INPUT_FILES_FROM"; then
      printf '%s: the pull request changed no file: nothing to check\n' "$me"
      printf 'twindoc: the pull request changed no page\n' >>"${GITHUB_STEP_SUMMARY:-/dev/null}"
      out "status=0"
      return 0
    fi
    args+=("--files-from=$INPUT_FILES_FROM")
  fi
  args+=(--tree "${roots[0]}" "${roots[1]}")

  local status summary
  cd "${GITHUB_WORKSPACE:-.}" || die "cannot cd to ${GITHUB_WORKSPACE-}"
  if test "${INPUT_SARIF:-false}" = true; then
    local sarif=${RUNNER_TEMP:-/tmp}/twindoc.sarif
    twindoc "${args[@]}" --format=sarif >"$sarif"
    status=$?
    out "sarif=$sarif"
  else
    twindoc "${args[@]}" --format=github
    status=$?
  fi
  # The summary line of the text format, for the job summary.
  summary=$(twindoc "${args[@]}" --format=text 2>&1 | tail -n 1)
  printf '%s\n' "$summary"
  {
    printf '### twindoc\n\n'
    printf '`twindoc %s`\n\n' "${args[*]}"
    printf '%s (exit status %s)\n' "$summary" "$status"
  } >>"${GITHUB_STEP_SUMMARY:-/dev/null}"
  out "status=$status"
  return 0
}

case ${1-} in
  cache-key) cmd_cache_key ;;
  install) cmd_install ;;
  changed) cmd_changed ;;
  check) cmd_check ;;
  *) printf 'usage: %s cache-key|install|changed|check\n' "$me" >&2; exit 2 ;;
esac
