/* test_po.c: unit tests of the segments of a page and of writing and
   reading PO catalogs.  */
#include <config.h>
#include "util/system.h"
#include "po/po.h"

#include "harness.h"
#include "page/segment.h"
#include "util/xalloc.h"

/* The segments of the one-language page S.  */
static void
segments (const char *s, struct td_segments *out, struct td_page *pg)
{
  td_page_load_memory (pg, "t.md", s, strlen (s), NULL, NULL, 0);
  memset (out, 0, sizeof *out);
  td_segments_extract (&pg->en, true, out);
}

static void
test_segments (void)
{
  struct td_page pg;
  struct td_segments segs;
  segments ("---\ntitle: 'It''s here'\nslug: /x\n---\n\n"
            "# Heading `x` {#h}\n\n"
            "## Closed ##\n\n"
            "Text with [a link](https://example.com) and *emphasis*.\n\n"
            "- item one\n  continued\n\n"
            "| A | `code` |\n|---|---|\n| b \\| c | d |\n\n"
            ":::tip Title text\nInside.\n:::\n\n"
            "![Alt words](i.png)\n\n"
            "<Image img={x} alt=\"JSX alt\" />\n\n"
            "```\nnot this\n```\n\n"
            "`code alone`\n\n"
            "[only a link](https://example.com)\n",
            &segs, &pg);
  const char *want[] = { "It's here", "Heading `x`", "Closed",
                         "Text with [a link](https://example.com) and "
                         "*emphasis*.",
                         "item one\ncontinued", "A", "b \\| c", "d",
                         "Title text", "Inside.", "Alt words", "JSX alt",
                         "[only a link](https://example.com)" };
  const enum td_seg_kind kinds[] = {
    TD_SEG_META, TD_SEG_HEADING, TD_SEG_HEADING, TD_SEG_PARAGRAPH,
    TD_SEG_ITEM, TD_SEG_CELL, TD_SEG_CELL, TD_SEG_CELL, TD_SEG_TITLE,
    TD_SEG_PARAGRAPH, TD_SEG_ALT, TD_SEG_ALT, TD_SEG_PARAGRAPH
  };
  INT_EQ (segs.n, ARRAY_SIZE (want), "segments of the page");
  for (size_t i = 0; i < segs.n && i < ARRAY_SIZE (want); i++)
    {
      STR_EQ (segs.v[i].text, want[i], "segment text");
      INT_EQ (segs.v[i].kind, kinds[i], "segment kind");
    }
  /* Replacements: the block's prefix on continuation lines, a quoted
     front matter value, an alt text that holds its quote refused.  */
  char *r = td_segment_replacement (&segs.v[4], "하나\n둘\n셋");
  STR_EQ (r, "하나\n  둘\n  셋", "continuation lines of a list item");
  free (r);
  r = td_segment_replacement (&segs.v[0], "it's");
  STR_EQ (r, "'it''s'", "a single-quoted value");
  free (r);
  r = td_segment_replacement (&segs.v[11], "a \"b\"");
  OK (r == NULL, "an alt text with its own quote");
  free (r);
  td_segments_free (&segs);
  td_page_free (&pg);
}

/* Writes a catalog of one entry ID/STR and reads it back.  */
static void
round_trip (const char *ctxt, const char *id, const char *str, bool fuzzy)
{
  struct td_po po = { 0 }, back = { 0 };
  po.v = xcalloc (1, sizeof *po.v);
  po.n = 1;
  po.v[0].ctxt = ctxt ? xstrdup (ctxt) : NULL;
  po.v[0].id = xstrdup (id);
  po.v[0].str = xstrdup (str);
  po.v[0].fuzzy = fuzzy;
  po.v[0].comment = xstrdup ("paragraph\nsection: A > B");
  po.v[0].refs = xstrdup ("en.md:3 ko.md:3");
  char *text = td_po_write (&po, "t.md", false);
  int line = 0;
  char *error = NULL;
  INT_EQ (td_po_read (text, strlen (text), &back, &line, &error), 0,
          "the catalog reads back");
  INT_EQ (back.n, 1, "one entry");
  if (back.n == 1)
    {
      STR_EQ (back.v[0].ctxt, ctxt, "msgctxt");
      STR_EQ (back.v[0].id, id, "msgid");
      STR_EQ (back.v[0].str, str, "msgstr");
      INT_EQ (back.v[0].fuzzy, fuzzy, "fuzzy");
    }
  OK (back.header && strstr (back.header, "Language: ko\n"), "header");
  /* No line of the catalog is wider than gettext's 79 columns unless a
     word is.  */
  for (const char *p = text; *p;)
    {
      size_t n = strcspn (p, "\n");
      OK (n <= 79 * 3, "line length");
      p += n + (p[n] == '\n');
    }
  free (error);
  free (text);
  td_po_free (&po);
  td_po_free (&back);
}

static void
test_io (void)
{
  round_trip (NULL, "plain", "평범", false);
  round_trip ("A > B", "quote \" backslash \\ tab \t end", "따옴표 \" \\ \t",
              true);
  round_trip (NULL, "two\nlines\n", "두\n줄\n", false);
  round_trip (NULL, "carriage\rreturn", "캐리지\r리턴", false);
  round_trip (NULL,
              "A long sentence that goes on and on, well past the width "
              "of one line of a catalog, so that it is wrapped at its "
              "blanks as gettext's own tools wrap it.",
              "한 줄의 폭을 훌쩍 넘도록 길게 이어지는 한국어 문장이라서 "
              "gettext 도구처럼 공백에서 줄을 나누어야 합니다. 계속 "
              "이어집니다.",
              false);
  round_trip (NULL, "unbreakable-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
              "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "", false);
}

static void
test_read (void)
{
  const char *po = "# comment\n"
                   "msgid \"\"\nmsgstr \"Language: ko\\n\"\n\n"
                   "#, fuzzy, c-format\n"
                   "#| msgid \"old\"\n"
                   "msgid \"new\"\nmsgstr \"새\"\n\n"
                   "msgctxt \"c\"\nmsgid \"\"\n\"split \"\n\"string\"\n"
                   "msgstr \"나눈 \"\n\"문자열\"\n\n"
                   "#~ msgid \"gone\"\n#~ msgstr \"사라짐\"\n\n"
                   "msgid \"one\"\nmsgid_plural \"many\"\n"
                   "msgstr[0] \"하나\"\n";
  struct td_po back = { 0 };
  int line = 0;
  char *error = NULL;
  INT_EQ (td_po_read (po, strlen (po), &back, &line, &error), 0, "reads");
  INT_EQ (back.n, 3, "three entries, the obsolete one skipped");
  if (back.n == 3)
    {
      OK (back.v[0].fuzzy, "fuzzy flag among others");
      STR_EQ (back.v[1].id, "split string", "continued msgid");
      STR_EQ (back.v[1].str, "나눈 문자열", "continued msgstr");
      STR_EQ (back.v[1].ctxt, "c", "msgctxt");
      STR_EQ (back.v[2].str, "하나", "msgstr[0]");
    }
  td_po_free (&back);

  const char *bad[] = { "msgid \"x\"\nmsgstr \"y\n",
                        "msgid \"x\"\nmsgid \"y\"\nmsgstr \"\"\n",
                        "\"orphan\"\n", "msgid \"x\"\n", "garbage\n" };
  for (size_t i = 0; i < ARRAY_SIZE (bad); i++)
    {
      struct td_po p = { 0 };
      error = NULL;
      INT_EQ (td_po_read (bad[i], strlen (bad[i]), &p, &line, &error), -1,
              "a malformed catalog is refused");
      OK (error != NULL && line > 0, "with a reason and a line");
      free (error);
      td_po_free (&p);
    }
}

int
main (void)
{
  test_segments ();
  test_io ();
  test_read ();
  return td_test_end ("test_po");
}
