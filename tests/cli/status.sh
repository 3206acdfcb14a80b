#!/bin/sh
# twindoc status: a page pair in a git repository (one English list step
# and one English sentence changed since the Korean page's commit), the
# same with l10n.sourceCommit in the front matter, with a lock file
# outside git, a renamed English file, the three output formats,
# --update, --tree with a missing page, a page without any record, usage
# errors.
. "${abs_top_srcdir=.}/tests/init.sh"
LC_ALL=C; export LC_ALL; unset LANGUAGE LANG LC_MESSAGES
command -v git >/dev/null 2>&1 || skip_ "git not found"

# git as a test needs it: no user or system configuration, fixed names.
HOME=$PWD; export HOME
GIT_CONFIG_NOSYSTEM=1; export GIT_CONFIG_NOSYSTEM
GIT_AUTHOR_NAME=Test; GIT_AUTHOR_EMAIL=test@example.com
GIT_COMMITTER_NAME=Test; GIT_COMMITTER_EMAIL=test@example.com
export GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL GIT_COMMITTER_NAME GIT_COMMITTER_EMAIL
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE

# write_en FILE, write_ko FILE [FRONT-MATTER-LINES]: the pair as translated.
write_en ()
{
  cat >"$1" <<'EOT'
# Install

Install the tool with the package manager.

1. Download the archive.
2. Unpack it with `tar`.
3. Run the installer.

The installer writes a log to `/var/log/tool.log`.
EOT
}
write_ko ()
{
  { test -n "$2" && printf -- '---\n%s\n---\n' "$2"
    cat <<'EOT'
# 설치

패키지 관리자로 도구를 설치합니다.

1. 아카이브를 내려받습니다.
2. `tar`로 압축을 풉니다.
3. 설치 프로그램을 실행합니다.

설치 프로그램은 `/var/log/tool.log`에 로그를 기록합니다.
EOT
  } >"$1"
}
# change_en FILE: one sentence and one list step change.
change_en ()
{
  sed -e 's/with the package manager/with your package manager/' \
      -e 's/with `tar`\./with `tar` into a new folder./' "$1" >"$1.new" &&
  mv "$1.new" "$1" || framework_failure_ "sed"
}
short () { printf '%.12s' "$1"; }

# 1. git history: the English as it was at the Korean file's last commit.
mkdir repo && cd repo || framework_failure_
git init -q . || framework_failure_ "git init"
write_en en.md; write_ko ko.md
git add en.md ko.md && git commit -q -m translated || framework_failure_
base=$(git rev-parse HEAD)
change_en en.md
git commit -q -a -m 'English changed' || framework_failure_
cat >exp <<EOT
ko.md: outdated since $(short "$base"): 2 changed, 0 new, 0 removed
ko.md:3: changed: en.md:3: Install the tool with [-the-]{+your+} package manager.
ko.md:6: changed: en.md:6: Unpack it with [-\`tar\`.-]{+\`tar\` into a new folder.+}
EOT
returns_ 1 "$TWINDOC" status en.md ko.md >out 2>err
compare_ exp out; compare_ /dev/null err

# The same as JSON and as Markdown.
cat >exp <<EOT
{
	"pages":	[{
			"en":	"en.md",
			"ko":	"ko.md",
			"status":	"outdated",
			"base":	"git",
			"revision":	"$base",
			"changed":	2,
			"new":	0,
			"removed":	0,
			"changes":	[{
					"kind":	"changed",
					"ko_line":	3,
					"en_line":	3,
					"text":	"Install the tool with [-the-]{+your+} package manager."
				}, {
					"kind":	"changed",
					"ko_line":	6,
					"en_line":	6,
					"text":	"Unpack it with [-\`tar\`.-]{+\`tar\` into a new folder.+}"
				}]
		}],
	"summary":	{
		"pages":	1,
		"up-to-date":	0,
		"outdated":	1,
		"missing":	0,
		"unknown":	0
	}
}
EOT
returns_ 1 "$TWINDOC" status --format=json en.md ko.md >out 2>err
compare_ exp out; compare_ /dev/null err
cat >exp <<'EOT'
| Page | Status | Changed | New | Removed |
| --- | --- | ---: | ---: | ---: |
| <code>ko.md</code> | outdated | 2 | 0 | 0 |

<details>
<summary><code>ko.md</code>: 2 changed, 0 new, 0 removed</summary>

- <code>ko.md:3</code> changed (<code>en.md:3</code>): <code>Install the tool with [-the-]{+your+} package manager.</code>
- <code>ko.md:6</code> changed (<code>en.md:6</code>): <code>Unpack it with [-`tar`.-]{+`tar` into a new folder.+}</code>

</details>
EOT
returns_ 1 "$TWINDOC" status -f markdown en.md ko.md >out 2>err
compare_ exp out; compare_ /dev/null err

# --update records the English commit in twindoc.lock at the top of the
# work tree; then the page is up to date.
head=$(git rev-parse HEAD)
printf 'ko.md: up to date with %s\n' "$(short "$head")" >exp
returns_ 0 "$TWINDOC" status --update en.md ko.md >out 2>err
compare_ exp out; compare_ /dev/null err
cat >exp <<EOT
{
	"version":	1,
	"pages":	{
		"ko.md":	{
			"source":	"en.md",
			"commit":	"$head"
		}
	}
}
EOT
compare_ exp twindoc.lock
returns_ 0 "$TWINDOC" status en.md ko.md >out 2>err
printf 'ko.md: up to date with %s\n' "$(short "$head")" >exp
compare_ exp out; compare_ /dev/null err
cd .. || framework_failure_

# 2. l10n.sourceCommit in the Korean front matter (MDN): it wins over git
# history, and --update rewrites its line alone (no lock file).
mkdir fm && cd fm || framework_failure_
git init -q . || framework_failure_ "git init"
write_en en.md
git add en.md && git commit -q -m english || framework_failure_
base=$(git rev-parse HEAD)
write_ko ko.md "title: 설치
l10n:
  # The English commit translated.
  sourceCommit: $base"
git add ko.md && git commit -q -m translated || framework_failure_
translated=$(git rev-parse HEAD)
change_en en.md
git commit -q -a -m 'English changed' || framework_failure_
cat >exp <<EOT
ko.md: outdated since $(short "$base"): 2 changed, 0 new, 0 removed
ko.md:9: changed: en.md:3: Install the tool with [-the-]{+your+} package manager.
ko.md:12: changed: en.md:6: Unpack it with [-\`tar\`.-]{+\`tar\` into a new folder.+}
EOT
returns_ 1 "$TWINDOC" status en.md ko.md >out 2>err
compare_ exp out; compare_ /dev/null err
head=$(git rev-parse HEAD)
printf 'ko.md: up to date with %s\n' "$(short "$head")" >exp
returns_ 0 "$TWINDOC" status --update en.md ko.md >out 2>err
compare_ exp out; compare_ /dev/null err
sed 6q ko.md >out
printf -- '---\ntitle: 설치\nl10n:\n  # The English commit translated.\n  sourceCommit: %s\n---\n' "$head" >exp
compare_ exp out
test -e twindoc.lock && fail_ "a lock file was written beside a front matter key"
# --source-key names another key: the page has none, so git history
# (the Korean file's last commit) tells.
returns_ 1 "$TWINDOC" status --source-key=l10n.other en.md ko.md >out 2>err
printf 'ko.md: outdated since %s: 2 changed, 0 new, 0 removed\n' \
  "$(short "$translated")" >exp
sed 1q out >out1
compare_ exp out1
# The configuration file names it too; --source-key overrides it.
printf '{ "status": { "sourceKey": "l10n.other" } }\n' >.twindoc.json
returns_ 1 "$TWINDOC" status en.md ko.md >out 2>err
sed 1q out >out1
compare_ exp out1
returns_ 0 "$TWINDOC" status --source-key=l10n.sourceCommit en.md ko.md \
  >out 2>err
printf '{ "status": { "source": "x" } }\n' >.twindoc.json
returns_ 2 "$TWINDOC" status en.md ko.md >out 2>err
grep -q "unknown key 'status.source'" err \
  || fail_ "no error for an unknown status key"
rm -f .twindoc.json
cd .. || framework_failure_

# 3. Outside git: nothing is known until --update writes the lock file
# with the English text; then an English change is shown.
mkdir plain && cd plain || framework_failure_
write_en en.md; write_ko ko.md
printf 'ko.md: unknown: no record of the English it was translated from\n' >exp
returns_ 0 "$TWINDOC" status en.md ko.md >out 2>err
compare_ exp out; compare_ /dev/null err
returns_ 0 "$TWINDOC" status --update en.md ko.md >out 2>err
compare_ /dev/null err
hash=$(sed -n 's/.*"hash":[^"]*"\(fnv1a64:[0-9a-f]*\)".*/\1/p' twindoc.lock)
test -n "$hash" || fail_ "no hash in twindoc.lock"
printf 'ko.md: up to date with %s\n' "$hash" >exp
compare_ exp out
grep -q '"text":	"# Install\\n\\nInstall the tool' twindoc.lock \
  || fail_ "no English text in twindoc.lock"
change_en en.md
# The lock file is found from a folder below it, too.
mkdir sub && cd sub || framework_failure_
cat >exp <<EOT
../ko.md: outdated since $hash: 2 changed, 0 new, 0 removed
../ko.md:3: changed: ../en.md:3: Install the tool with [-the-]{+your+} package manager.
../ko.md:6: changed: ../en.md:6: Unpack it with [-\`tar\`.-]{+\`tar\` into a new folder.+}
EOT
returns_ 1 "$TWINDOC" status ../en.md ../ko.md >out 2>err
compare_ exp out; compare_ /dev/null err
cd .. || framework_failure_
# A hand-written entry with the hash alone: up to date only when the
# English is the same.
cat >twindoc.lock <<EOT
{ "pages": { "ko.md": { "source": "en.md", "hash": "$hash" } } }
EOT
printf 'ko.md: unknown: no record of the English it was translated from\n' >exp
returns_ 0 "$TWINDOC" status en.md ko.md >out 2>err
compare_ exp out; compare_ /dev/null err
write_en en.md
printf 'ko.md: up to date with %s\n' "$hash" >exp
returns_ 0 "$TWINDOC" status en.md ko.md >out 2>err
compare_ exp out; compare_ /dev/null err
# A broken lock file is trouble.
printf '[1, 2]\n' >twindoc.lock
returns_ 2 "$TWINDOC" status en.md ko.md >out 2>err
grep -q '^twindoc: .*twindoc.lock: not a lock file' err \
  || fail_ "no error for a broken lock file"
cd .. || framework_failure_

# 4. A renamed English file: git log --follow finds its old name.
mkdir moved && cd moved || framework_failure_
git init -q . || framework_failure_ "git init"
mkdir en ko
write_en en/setup.md; write_ko ko/install.md
git add . && git commit -q -m translated || framework_failure_
base=$(git rev-parse HEAD)
git mv en/setup.md en/install.md && git commit -q -m renamed \
  || framework_failure_
change_en en/install.md
git commit -q -a -m 'English changed' || framework_failure_
cat >exp <<EOT
ko/install.md: outdated since $(short "$base"): 2 changed, 0 new, 0 removed
ko/install.md:3: changed: en/install.md:3: Install the tool with [-the-]{+your+} package manager.
ko/install.md:6: changed: en/install.md:6: Unpack it with [-\`tar\`.-]{+\`tar\` into a new folder.+}
EOT
returns_ 1 "$TWINDOC" status en/install.md ko/install.md >out 2>err
compare_ exp out; compare_ /dev/null err

# 5. --tree: the outdated page, a page without translation, an
# up-to-date page.
write_en en/faq.md
write_en en/same.md; write_ko ko/same.md
git add . && git commit -q -m more || framework_failure_
cat >exp <<EOT
ko/faq.md: missing: no translation of en/faq.md
ko/install.md: outdated since $(short "$base"): 2 changed, 0 new, 0 removed
ko/install.md:3: changed: en/install.md:3: Install the tool with [-the-]{+your+} package manager.
ko/install.md:6: changed: en/install.md:6: Unpack it with [-\`tar\`.-]{+\`tar\` into a new folder.+}
ko/same.md: up to date with $(short "$(git rev-parse HEAD)")
3 pages: 1 up to date, 1 outdated, 1 missing, 0 unknown
EOT
returns_ 1 "$TWINDOC" status --tree en ko >out 2>err
compare_ exp out; compare_ /dev/null err
cd .. || framework_failure_

# 6. Usage errors and trouble.
returns_ 2 "$TWINDOC" status en.md >out 2>err
returns_ 2 "$TWINDOC" status --format=xml repo/en.md repo/ko.md >out 2>err
returns_ 2 "$TWINDOC" status nowhere.md repo/ko.md >out 2>err
grep -q '^twindoc: nowhere.md: ' err || fail_ "no error for a missing English page"

Exit
