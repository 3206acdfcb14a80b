/* test_stale.c: the word diff (align/wdiff.h) and the mapping of English
   changes to Korean blocks (rules/stale.h).  */
#include <config.h>
#include "util/system.h"

#include "align/wdiff.h"
#include "page/page.h"
#include "rules/stale.h"
#include "harness.h"

static void
wdiff (const char *a, const char *b, const char *want, const char *msg)
{
  char *got = td_word_diff (a, strlen (a), b, strlen (b));
  STR_EQ (got, want, msg);
  free (got);
}

static void
test_word_diff (void)
{
  wdiff ("a b c", "a b c", "a b c", "equal");
  wdiff ("a  b\n c", "a b c", "a b c", "white space does not count");
  wdiff ("Install the tool.", "Install your tool.",
         "Install [-the-]{+your+} tool.", "one word replaced");
  wdiff ("Run it.", "Run it now.", "Run [-it.-]{+it now.+}",
         "words at the end");
  wdiff ("a b", "x a b", "{+x+} a b", "a word at the start");
  wdiff ("a b c", "a c", "a [-b-] c", "a word removed");
  wdiff ("", "new text", "{+new text+}", "from nothing");
  wdiff ("old", "", "[-old-]", "to nothing");
  wdiff ("", "", "", "both empty");
  wdiff ("큰 고양이", "작은 고양이", "[-큰-]{+작은+} 고양이", "Hangul");
}

/* The changes of OLD_EN with KO against NOW.  */
static void
compare (const char *old_en, const char *ko, const char *now,
         struct td_stale *s)
{
  struct td_page op, cp;
  td_page_load_memory (&op, "en.md", old_en, strlen (old_en), "ko.md", ko,
                       strlen (ko));
  td_page_load_memory (&cp, "en.md", now, strlen (now), "en.md", now,
                       strlen (now));
  td_stale_compare (&op, &cp, NULL, s);
  td_page_free (&op);
  td_page_free (&cp);
}

static const char old_en[] =
  "# Install\n"
  "\n"
  "Install the tool with the package manager.\n"
  "\n"
  "1. Download the archive.\n"
  "2. Unpack it with `tar`.\n"
  "3. Run the installer.\n"
  "\n"
  "The installer writes a log to `/var/log/tool.log`.\n";

static const char ko[] =
  "# 설치\n"
  "\n"
  "패키지 관리자로 도구를 설치합니다.\n"
  "\n"
  "1. 아카이브를 내려받습니다.\n"
  "2. `tar`로 압축을 풉니다.\n"
  "3. 설치 프로그램을 실행합니다.\n"
  "\n"
  "설치 프로그램은 `/var/log/tool.log`에 로그를 기록합니다.\n";

static void
test_unchanged (void)
{
  struct td_stale s;
  compare (old_en, ko, old_en, &s);
  INT_EQ (s.n, 0, "nothing changed");
  td_stale_free (&s);
}

static void
test_changed (void)
{
  static const char now[] =
    "# Install\n"
    "\n"
    "Install the tool with your system's package manager.\n"
    "\n"
    "1. Download the archive.\n"
    "2. Unpack it with `tar` into a new folder.\n"
    "3. Run the installer.\n"
    "\n"
    "The installer writes a log to `/var/log/tool.log`.\n";
  struct td_stale s;
  compare (old_en, ko, now, &s);
  INT_EQ (s.n, 2, "two changes");
  INT_EQ (s.nchanged, 2, "both changed");
  if (s.n == 2)
    {
      INT_EQ (s.changes[0].ko_line, 3, "the paragraph in Korean");
      INT_EQ (s.changes[0].en_line, 3, "the paragraph in English");
      STR_EQ (s.changes[0].diff,
              "Install the tool with [-the-]{+your system's+} package "
              "manager.",
              "the paragraph's diff");
      INT_EQ (s.changes[1].ko_line, 6, "the step in Korean");
      INT_EQ (s.changes[1].en_line, 6, "the step in English");
      STR_EQ (s.changes[1].diff,
              "Unpack it with [-`tar`.-]{+`tar` into a new folder.+}",
              "the step's diff");
    }
  td_stale_free (&s);
}

static void
test_new_and_removed (void)
{
  static const char now[] =
    "# Install\n"
    "\n"
    "Install the tool with the package manager.\n"
    "\n"
    "1. Download the archive.\n"
    "2. Check its signature with `gpg --verify`.\n"
    "3. Unpack it with `tar`.\n"
    "4. Run the installer.\n";
  struct td_stale s;
  compare (old_en, ko, now, &s);
  INT_EQ (s.nnew, 1, "one new step");
  INT_EQ (s.nremoved, 1, "one paragraph removed");
  INT_EQ (s.nchanged, 0, "nothing changed in place");
  for (size_t i = 0; i < s.n; i++)
    {
      const struct td_change *c = &s.changes[i];
      if (c->kind == TD_CHANGE_NEW)
        {
          INT_EQ (c->en_line, 6, "the new step");
          INT_EQ (c->ko_line, 5, "goes after the Korean first step");
          OK (c->ko_after, "after it");
          STR_EQ (c->diff, "2. Check its signature with `gpg --verify`.",
                  "the new words");
        }
      else if (c->kind == TD_CHANGE_REMOVED)
        {
          INT_EQ (c->en_line, 9, "the old paragraph");
          INT_EQ (c->ko_line, 9, "its Korean");
        }
    }
  td_stale_free (&s);
}

int
main (void)
{
  test_word_diff ();
  test_unchanged ();
  test_changed ();
  test_new_and_removed ();
  return td_test_end ("test_stale");
}
