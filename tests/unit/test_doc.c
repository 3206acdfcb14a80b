/* test_doc.c: unit tests of the document model, the inline scanners and
   the bilingual split.  */
#include <config.h>
#include "util/system.h"
#include "doc/doc.h"

#include "harness.h"
#include "doc/inline.h"
#include "doc/numscale.h"
#include "doc/source.h"
#include "doc/split.h"

static struct td_doc *
parse (const char *text)
{
  return td_doc_parse (td_source_from_memory ("t.md", text, strlen (text)));
}

/* The index of the first block of KIND, or -1.  */
static long
find (const struct td_doc *doc, enum td_block_kind kind)
{
  for (size_t i = 0; i < doc->nblocks; i++)
    if (doc->blocks[i].kind == kind)
      return (long) i;
  return -1;
}

static void
test_anchor_find (void)
{
  size_t off, len, syn;
  const char *s = "Setup {#setup}";
  OK (td_anchor_find (s, strlen (s), &off, &len, &syn), "plain anchor");
  INT_EQ (off, 8, "id offset");
  INT_EQ (len, 5, "id length");
  INT_EQ (syn, 6, "syntax offset");
  s = "설정 \\{#setup\\}";
  OK (td_anchor_find (s, strlen (s), &off, &len, &syn), "escaped anchor");
  INT_EQ (len, 5, "escaped id length");
  INT_EQ (syn, 7, "escaped syntax offset");
  s = "Intro {/* #intro */}";
  OK (td_anchor_find (s, strlen (s), &off, &len, &syn), "MDX comment anchor");
  INT_EQ (len, 5, "comment id length");
  INT_EQ (syn, 6, "comment syntax offset");
  s = "Object {a}";
  OK (!td_anchor_find (s, strlen (s), &off, &len, &syn), "not an anchor");
  s = "소개 {#소개}";
  OK (td_anchor_find (s, strlen (s), &off, &len, &syn), "Hangul id");
  /* react.dev's form, without '#', and what CommonMark leaves of it.  */
  s = "개요 {/*overview*/}";
  OK (td_anchor_find (s, strlen (s), &off, &len, &syn), "comment id, no #");
  INT_EQ (off, 10, "comment id offset, no #");
  INT_EQ (len, 8, "comment id length, no #");
  INT_EQ (syn, 7, "comment syntax offset, no #");
  s = "개요 {/overview/}";
  OK (td_anchor_find (s, strlen (s), &off, &len, &syn), "rendered comment id");
  INT_EQ (off, 9, "rendered id offset");
  INT_EQ (len, 8, "rendered id length");
  INT_EQ (syn, 7, "rendered syntax offset");
  s = "Paths a/b/";
  OK (!td_anchor_find (s, strlen (s), &off, &len, &syn), "a path is no id");
  s = "요약 { #summary }";
  OK (td_anchor_find (s, strlen (s), &off, &len, &syn), "attribute list id");
  INT_EQ (len, 7, "attribute list id length");
  INT_EQ (syn, 7, "attribute list syntax offset");
  s = "Pick {/}";
  OK (!td_anchor_find (s, strlen (s), &off, &len, &syn), "empty rendered id");
}

static void
test_placeholders (void)
{
  const char *s = "Replace {REGION} and `{ACCOUNT_ID}`, not ${HOME}, "
                  "{{name}}, img={logo} or {#id}.";
  size_t pos = 0, start, off, len;
  OK (td_placeholder_next (s, strlen (s), &pos, &start, &off, &len),
      "first placeholder");
  INT_EQ (len, 6, "REGION length");
  INT_EQ (start, 8, "REGION start");
  OK (td_placeholder_next (s, strlen (s), &pos, &start, &off, &len),
      "second placeholder");
  INT_EQ (len, 10, "ACCOUNT_ID length");
  OK (!td_placeholder_next (s, strlen (s), &pos, &start, &off, &len),
      "no third placeholder: ${}, {{}}, ={} and {#} are not placeholders");
}

static void
test_numbers (void)
{
  const char *s = "Wait 30 seconds, S3 and v2 are words; 1,000 rows, 2.5x.";
  size_t pos = 0, off, len;
  char buf[32];
  OK (td_number_next (s, strlen (s), &pos, &off, &len), "30");
  INT_EQ (len, 2, "30 length");
  OK (td_number_next (s, strlen (s), &pos, &off, &len), "1,000");
  td_number_normalize (s + off, len, buf);
  STR_EQ (buf, "1000", "thousands separator removed");
  OK (td_number_next (s, strlen (s), &pos, &off, &len), "2.5x");
  INT_EQ (len, 3, "2.5 without its unit");
  OK (!td_number_next (s, strlen (s), &pos, &off, &len), "no more");
}

/* The value of the number at the start of S with its scale, or "" when
   it has none; *USED gets the bytes read.  */
static const char *
scale_of (const char *s, size_t *used)
{
  static char buf[32];
  size_t pos = 0, off, len, end;
  *used = 0;
  if (!td_number_next (s, strlen (s), &pos, &off, &len)
      || !td_number_scale (s, strlen (s), off, len, &end, buf, sizeof buf))
    return "";
  *used = end;
  return buf;
}

static void
test_number_scale (void)
{
  size_t used;
  STR_EQ (scale_of ("3,900만 명", &used), "39000000", "3,900만");
  INT_EQ (used, strlen ("3,900만"), "3,900만 read to its end");
  STR_EQ (scale_of ("2억 8,500만 명", &used), "285000000", "2억 8,500만");
  STR_EQ (scale_of ("1억 1천만명", &used), "110000000", "1억 1천만");
  STR_EQ (scale_of ("1만 2천 건", &used), "12000", "1만 2천");
  STR_EQ (scale_of ("1천5백만", &used), "15000000", "1천5백만");
  STR_EQ (scale_of ("10억명", &used), "1000000000", "10억");
  STR_EQ (scale_of ("2.5억", &used), "250000000", "2.5억");
  STR_EQ (scale_of ("2억 3억", &used), "200000000", "units go down");
  INT_EQ (used, strlen ("2억"), "2억 alone");
  STR_EQ (scale_of ("1만 2345명", &used), "10000", "a group needs a unit");
  STR_EQ (scale_of ("39 million", &used), "39000000", "39 million");
  STR_EQ (scale_of ("1.5 Billion", &used), "1500000000", "1.5 Billion");
  STR_EQ (scale_of ("12 thousands", &used), "", "not a scale word");
  STR_EQ (scale_of ("1.2345 million", &used), "1234500", "decimals");
  STR_EQ (scale_of ("1.23456789 million", &used), "", "not whole");
  STR_EQ (scale_of ("10 개", &used), "", "no unit");
  STR_EQ (scale_of ("99999999999 조", &used), "", "a space before 조");
  STR_EQ (scale_of ("9999999조", &used), "", "10^18 and more");
}

static void
test_tags (void)
{
  const char *s = "<Image img={secure_kinesis} alt=\"Secure Kinesis\" "
                  "size=\"lg\" border/>";
  size_t pos = 0;
  struct td_tag tag;
  OK (td_tag_next (s, strlen (s), &pos, &tag), "tag found");
  OK (tag.component, "Image is a component");
  INT_EQ (tag.name_len, 5, "name length");
  size_t apos = 0;
  struct td_attr a;
  const char *as = s + tag.attrs_off;
  OK (td_attr_next (as, tag.attrs_len, &apos, &a), "img attr");
  INT_EQ (a.kind, TD_ATTR_EXPRESSION, "img is an expression");
  OK (td_attr_next (as, tag.attrs_len, &apos, &a), "alt attr");
  OK (td_attr_is_text (as + a.name_off, a.name_len), "alt is text");
  OK (td_attr_next (as, tag.attrs_len, &apos, &a), "size attr");
  OK (td_attr_next (as, tag.attrs_len, &apos, &a), "border attr");
  INT_EQ (a.kind, TD_ATTR_BOOLEAN, "border is boolean");
  OK (!td_attr_next (as, tag.attrs_len, &apos, &a), "no more attrs");
}

static void
test_table_and_markers (void)
{
  int cols = 0;
  OK (td_table_delimiter_row ("|---|:--:|", 10, &cols), "pipe row");
  INT_EQ (cols, 2, "2 columns");
  OK (td_table_delimiter_row ("--- | ---", 9, &cols), "row without edges");
  OK (!td_table_delimiter_row ("---", 3, &cols), "a thematic break is not");
  size_t to, tl;
  INT_EQ (td_admonition_marker (":::note[참고]", 15, &to, &tl), 1, "open");
  INT_EQ (tl, 4, "type length");
  INT_EQ (td_admonition_marker (":::", 3, &to, &tl), 2, "close");
  /* VitePress writes a space after the colons.  */
  INT_EQ (td_admonition_marker ("::: tip Note", 12, &to, &tl), 1,
          "spaced open");
  INT_EQ (to, 4, "spaced type offset");
  INT_EQ (tl, 3, "spaced type length");
  INT_EQ (td_admonition_marker ("::: {.note}", 11, &to, &tl), 0,
          "a Pandoc div is not a marker");
  INT_EQ (td_admonition_marker (":::: ", 5, &to, &tl), 2, "spaced close");
}

static void
test_blocks (void)
{
  struct td_doc *doc = parse (
    "---\ntitle: T\n---\n"                     /* lines 1-3 */
    "\n# Title {#top}\n\n"                     /* line 5 */
    "Text with `code`, {NAME} and [a link](https://x.y/z) 42.\n\n" /* 7 */
    "| a | b |\n|---|---|\n| 1 | 2 |\n\n"      /* 9-11 */
    ":::note\nInside.\n:::\n\n"                /* 13-15 */
    "- one\n- two\n\n"                         /* 17-18 */
    "```json\n{\"a\": \"{X}\"}\n```\n");        /* 20-22 */
  long h = find (doc, TD_BLK_HEADING);
  OK (h >= 0, "heading found");
  INT_EQ (doc->blocks[h].line, 5, "heading line is a file line");
  STR_EQ (doc->blocks[h].anchor, "top", "anchor");
  STR_EQ (doc->blocks[h].text, "Title", "heading text without anchor");
  long p = find (doc, TD_BLK_PARAGRAPH);
  OK (p >= 0, "paragraph found");
  const struct td_block *pb = &doc->blocks[p];
  INT_EQ (pb->nitems, 4, "code, placeholder, link, number");
  const struct td_item *it = td_block_items (doc, pb);
  int kinds = 0;
  for (size_t i = 0; i < pb->nitems; i++)
    kinds |= 1 << it[i].kind;
  OK (kinds == ((1 << TD_ITEM_CODE) | (1 << TD_ITEM_PLACEHOLDER)
                | (1 << TD_ITEM_LINK) | (1 << TD_ITEM_NUMBER)),
      "item kinds");
  for (size_t i = 0; i < pb->nitems; i++)
    if (it[i].kind == TD_ITEM_PLACEHOLDER)
      {
        STR_EQ (it[i].text, "NAME", "placeholder name");
        INT_EQ (it[i].line, 7, "placeholder line");
        INT_EQ (it[i].col, 19, "placeholder byte column");
      }
  long t = find (doc, TD_BLK_TABLE);
  OK (t >= 0, "table found");
  INT_EQ (doc->blocks[t].columns, 2, "table columns");
  INT_EQ (doc->blocks[t].count, 1, "table body rows");
  long a = find (doc, TD_BLK_ADMONITION);
  OK (a >= 0, "admonition found");
  STR_EQ (doc->blocks[a].text, "note", "admonition type");
  INT_EQ (doc->blocks[a].end_line, 15, "admonition end");
  OK ((size_t) a + 1 < doc->nblocks
        && doc->blocks[a + 1].parent == a && doc->blocks[a + 1].depth == 1,
      "admonition contains its paragraph");
  long l = find (doc, TD_BLK_LIST);
  OK (l >= 0 && doc->blocks[l].count == 2, "list of two items");
  long c = find (doc, TD_BLK_CODE);
  OK (c >= 0, "code found");
  STR_EQ (doc->blocks[c].info, "json", "info string");
  INT_EQ (doc->blocks[c].level, 1, "fenced");
  INT_EQ (doc->blocks[c].nitems, 1, "placeholder in code");
  td_doc_free (doc);
}

/* The kinds of the blocks of DOC as letters: h heading, p paragraph,
   l list, i item, C code, x HTML, a admonition, ...; into BUF (at least
   N bytes).  */
static const char *
shape (const struct td_doc *doc, char *buf, size_t n)
{
  static const char letters[TD_BLK__COUNT + 1] = "hpliCxqbtam";
  size_t i;
  for (i = 0; i < doc->nblocks && i + 1 < n; i++)
    buf[i] = letters[doc->blocks[i].kind];
  buf[i] = '\0';
  return buf;
}

static void
test_indented_html (void)
{
  /* An indented code block of HTML tag lines is one code block in a
     Markdown page, as cmark reads it, not JSX lines.  */
  static const char text[] =
    "An HTML page:\n\n"                       /* 1-2 */
    "    <html>\n    <body>\n    <p>Hi</p>\n" /* 3-5 */
    "    </body>\n    </html>\n\n"            /* 6-7 */
    "    :::note\n    ```\n\n"                /* 9-10 */
    "Done.\n";                                /* 12 */
  char buf[32];
  struct td_doc *doc = parse (text);
  STR_EQ (shape (doc, buf, sizeof buf), "pCp", "paragraph, code, paragraph");
  if (doc->nblocks == 3)
    {
      INT_EQ (doc->blocks[1].line, 3, "code starts at <html>");
      OK (doc->blocks[1].end_line >= 10,
          "code goes on past the fence: ':::' and '```' are code too");
      INT_EQ (doc->blocks[1].level, 0, "indented code");
      OK (strstr (doc->blocks[1].text, "<body>") != NULL, "code text");
      INT_EQ (doc->blocks[2].line, 12, "paragraph after");
    }
  td_doc_free (doc);

  /* A tag line that cmark does not read as code is still a JSX line: in a
     list item, and after a paragraph line.  */
  doc = parse ("1. Step\n\n    <Tabs>\n\n    Text.\n\n    </Tabs>\n\n"
               "Intro\n    <br/>\n");
  OK (find (doc, TD_BLK_CODE) < 0, "no code block");
  long x = find (doc, TD_BLK_HTML);
  OK (x >= 0 && doc->blocks[x].line == 3, "<Tabs> is a JSX line");
  td_doc_free (doc);

  /* MDX has no indented code: there the lines are JSX (unchanged).  */
  doc = td_doc_parse (td_source_from_memory ("t.mdx", text, strlen (text)));
  OK (find (doc, TD_BLK_CODE) < 0 || doc->blocks[find (doc, TD_BLK_CODE)].line
                                       != 3,
      "MDX: no code block at <html>");
  td_doc_free (doc);
}

static void
test_literal_delims (void)
{
  struct td_doc *doc = parse ("이름이 **`ClickHouseAccessRole-`**로 시작합니다.\n");
  const struct td_block *b = &doc->blocks[0];
  INT_EQ (b->strong, 0, "cmark does not close the strong span");
  int delims = 0;
  for (size_t i = 0; i < b->nitems; i++)
    delims += td_block_items (doc, b)[i].kind == TD_ITEM_DELIM;
  INT_EQ (delims, 2, "both '**' stay literal");
  td_doc_free (doc);
  doc = parse ("이름이 **`ClickHouseAccessRole-`** 로 시작합니다.\n");
  INT_EQ (doc->blocks[0].strong, 1, "with a space it renders");
  td_doc_free (doc);
}

static void
test_split (void)
{
  struct td_doc *doc = parse (
    "import A from 'a';\n\nEnglish text about the product here.\n\n---\n\n"
    "제품에 대한 한국어 설명입니다.\n");
  struct td_half en, ko;
  OK (td_split (doc, &en, &ko) == 0, "split found");
  INT_EQ (en.first, 1, "imports are shared");
  INT_EQ (en.last, 2, "English half");
  INT_EQ (ko.first, 3, "Korean half after the break");
  td_doc_free (doc);
  doc = parse ("Only English here.\n\n---\n\nMore English.\n");
  OK (td_split (doc, &en, &ko) != 0, "no Korean part");
  td_doc_free (doc);
}

int
main (void)
{
  test_anchor_find ();
  test_placeholders ();
  test_numbers ();
  test_number_scale ();
  test_tags ();
  test_table_and_markers ();
  test_blocks ();
  test_indented_html ();
  test_literal_delims ();
  test_split ();
  return td_test_end ("test_doc");
}
