/* test_frontmatter.c: unit tests of the YAML front matter parser.  */
#include <config.h>
#include "util/system.h"
#include "doc/frontmatter.h"

#include "harness.h"
#include "doc/source.h"

static struct td_source *src;
static struct td_frontmatter fm;

/* Parses the string S into FM (SRC holds its source).  */
static void
parse (const char *s)
{
  td_frontmatter_free (&fm);
  td_source_free (src);
  src = td_source_from_memory ("test.md", s, strlen (s));
  td_frontmatter_parse (src, &fm);
}

/* The value of KEY, or "(missing)".  */
static const char *
val (const char *key)
{
  const struct td_fm_entry *e = td_frontmatter_get (&fm, key);
  return e ? e->value : "(missing)";
}

/* The entry of KEY; a dummy entry when missing (the check then fails).  */
static const struct td_fm_entry *
ent (const char *key)
{
  static const struct td_fm_entry none = { NULL, NULL, TD_FM_SCALAR, -1,
                                           -1, -1 };
  const struct td_fm_entry *e = td_frontmatter_get (&fm, key);
  return e ? e : &none;
}

static void
test_docusaurus (void)
{
  parse ("---\n"
         "'slug': '/integrations/clickpipes/secure-kinesis'\n"
         "'sidebar_label': 'Kinesis 역할 기반 접근'\n"
         "'title': 'Kinesis 역할 기반 접근'\n"
         "'description': '이 문서에서는 ClickPipes 고객이 Amazon Kinesis와 "
         "인증하고 데이터 스트림에 안전하게 접근하기 위해\n"
         "  역할 기반 접근을 활용하는 방법을 설명합니다.'\n"
         "'doc_type': 'guide'\n"
         "'keywords':\n"
         "- 'Amazon Kinesis'\n"
         "---\n"
         "\n"
         "# 제목\n");
  OK (fm.present, "present");
  STR_EQ (fm.error, NULL, "no error");
  INT_EQ (fm.open_line, 1, "open line");
  INT_EQ (fm.close_line, 10, "close line");
  INT_EQ (fm.body_line, 11, "body line");
  INT_EQ (fm.body_offset, src->lines[10], "body offset");
  INT_EQ (fm.nentries, 6, "entries");
  STR_EQ (val ("slug"), "/integrations/clickpipes/secure-kinesis", "slug");
  STR_EQ (val ("sidebar_label"), "Kinesis 역할 기반 접근", "sidebar_label");
  STR_EQ (val ("title"), "Kinesis 역할 기반 접근", "title");
  STR_EQ (val ("description"),
          "이 문서에서는 ClickPipes 고객이 Amazon Kinesis와 인증하고 데이터 "
          "스트림에 안전하게 접근하기 위해 역할 기반 접근을 활용하는 방법을 "
          "설명합니다.",
          "description folded");
  STR_EQ (val ("doc_type"), "guide", "doc_type");
  STR_EQ (val ("keywords"), "Amazon Kinesis", "keywords");
  INT_EQ (ent ("keywords")->kind, TD_FM_LIST, "keywords kind");
  INT_EQ (ent ("keywords")->nitems, 1, "keywords items");
  INT_EQ (ent ("slug")->kind, TD_FM_SCALAR, "slug kind");
  INT_EQ (ent ("slug")->nitems, 0, "slug items");
  INT_EQ (ent ("slug")->line, 2, "slug line");
  INT_EQ (ent ("slug")->col, 1, "slug col");
  INT_EQ (ent ("sidebar_label")->line, 3, "sidebar_label line");
  INT_EQ (ent ("title")->line, 4, "title line");
  INT_EQ (ent ("description")->line, 5, "description line");
  INT_EQ (ent ("doc_type")->line, 7, "doc_type line");
  INT_EQ (ent ("keywords")->line, 8, "keywords line");
  STR_EQ (fm.entries[0].key, "slug", "first key unquoted, in order");
  OK (td_frontmatter_get (&fm, "missing") == NULL, "missing key");
}

static void
test_scalars (void)
{
  parse ("---\n"
         "title: \"Say \\\"hi\\\" \\\\ now\\nend\"\n"
         "plain: some text # a comment\n"
         "quote: 'it''s'\n"
         "empty:\n"
         "folded_plain: first\n"
         "  second\n"
         "uni: \"\\u00e9\\x41\\t.\"\n"
         "dq: \"one\n"
         "   two\\\n"
         "   three\"\n"
         "---\n");
  STR_EQ (fm.error, NULL, "scalars: no error");
  STR_EQ (val ("title"), "Say \"hi\" \\ now\nend", "double-quoted escapes");
  STR_EQ (val ("plain"), "some text", "plain with comment");
  STR_EQ (val ("quote"), "it's", "'' in single quotes");
  STR_EQ (val ("empty"), "", "empty value");
  INT_EQ (ent ("empty")->kind, TD_FM_SCALAR, "empty kind");
  STR_EQ (val ("folded_plain"), "first second", "multi-line plain");
  STR_EQ (val ("uni"), "\xC3\xA9" "A\t.", "unicode escapes");
  STR_EQ (val ("dq"), "one twothree", "double-quoted folding");
  INT_EQ (ent ("dq")->line, 9, "dq line");
  INT_EQ (fm.nentries, 7, "scalars: entries");
  INT_EQ (fm.body_offset, src->len, "only front matter: body at the end");

  parse ("---\n"
         "a: '  x\n"
         "\n"
         "  y  '\n"
         "---\n");
  STR_EQ (val ("a"), "  x\ny  ", "blank line in quotes is a line feed");
}

static void
test_lists (void)
{
  parse ("---\n"
         "keywords: [a, 'b c', \"d\"]\n"
         "empty: []\n"
         "multi: [\n"
         "  one,   # first\n"
         "  'two, three'\n"
         "]\n"
         "block:\n"
         "  - x\n"
         "  # comment\n"
         "  - 'y z'\n"
         "\n"
         "  - long\n"
         "    item\n"
         "maps:\n"
         "- name: a\n"
         "  url: b\n"
         "after: 1\n"
         "---\n");
  STR_EQ (fm.error, NULL, "lists: no error");
  INT_EQ (ent ("keywords")->kind, TD_FM_LIST, "flow list kind");
  INT_EQ (ent ("keywords")->nitems, 3, "flow list items");
  STR_EQ (val ("keywords"), "a\nb c\nd", "flow list value");
  INT_EQ (ent ("empty")->kind, TD_FM_LIST, "empty list kind");
  INT_EQ (ent ("empty")->nitems, 0, "empty list items");
  STR_EQ (val ("empty"), "", "empty list value");
  INT_EQ (ent ("multi")->nitems, 2, "multi-line flow list items");
  STR_EQ (val ("multi"), "one\ntwo, three", "multi-line flow list value");
  INT_EQ (ent ("block")->kind, TD_FM_LIST, "block list kind");
  INT_EQ (ent ("block")->nitems, 3, "block list items");
  STR_EQ (val ("block"), "x\ny z\nlong item", "block list value");
  INT_EQ (ent ("maps")->nitems, 1, "list of maps items");
  STR_EQ (val ("maps"), "name: a url: b", "list of maps value");
  STR_EQ (val ("after"), "1", "key after lists");
  INT_EQ (ent ("after")->line, 18, "after line");
}

static void
test_block_scalars (void)
{
  parse ("---\n"
         "description: >-\n"
         "  Folded text\n"
         "  on two lines.\n"
         "\n"
         "  New paragraph.\n"
         "literal: |\n"
         "  line 1\n"
         "    indented\n"
         "  line 3\n"
         "\n"
         "keep: |+\n"
         "  k\n"
         "\n"
         "strip: |-\n"
         "  s\n"
         "clip: >\n"
         "  c\n"
         "title: end\n"
         "---\n");
  STR_EQ (fm.error, NULL, "block scalars: no error");
  STR_EQ (val ("description"), "Folded text on two lines.\nNew paragraph.",
          "folded, strip");
  STR_EQ (val ("literal"), "line 1\n  indented\nline 3\n", "literal, clip");
  STR_EQ (val ("keep"), "k\n\n", "keep");
  STR_EQ (val ("strip"), "s", "strip");
  STR_EQ (val ("clip"), "c\n", "clip");
  STR_EQ (val ("title"), "end", "key after block scalars");
  INT_EQ (ent ("title")->line, 19, "title line");
}

static void
test_map (void)
{
  parse ("---\n"
         "i18nReady: true\n"
         "head:\n"
         "  title: x\n"
         "sidebar:\n"
         "  label: 'A b'   # c\n"
         "  # comment\n"
         "\n"
         "  badge:\n"
         "    text: New\n"
         "    variant: tip\n"
         "  order: 2\n"
         "tail: z\n"
         "---\n");
  STR_EQ (fm.error, NULL, "map: no error");
  STR_EQ (val ("i18nReady"), "true", "scalar before map");
  INT_EQ (ent ("head")->kind, TD_FM_MAP, "map kind");
  INT_EQ (ent ("head")->nitems, 1, "map keys");
  STR_EQ (val ("head"), "title: x", "map value");
  INT_EQ (ent ("sidebar")->kind, TD_FM_MAP, "map 2 kind");
  INT_EQ (ent ("sidebar")->nitems, 3, "map 2 keys");
  STR_EQ (val ("sidebar"),
          "label: A b\nbadge:\n  text: New\n  variant: tip\norder: 2",
          "deeper nesting kept as text");
  STR_EQ (val ("tail"), "z", "key after map");
  INT_EQ (ent ("tail")->line, 13, "tail line");
}

static void
test_absent (void)
{
  parse ("# Title\n\ntext\n");
  OK (!fm.present, "no front matter");
  INT_EQ (fm.open_line, 0, "no open line");
  INT_EQ (fm.body_offset, 0, "body offset 0");
  INT_EQ (fm.body_line, 1, "body line 1");
  INT_EQ (fm.nentries, 0, "no entries");
  STR_EQ (fm.error, NULL, "no error");

  parse ("");
  OK (!fm.present, "empty file");
  INT_EQ (fm.body_line, 1, "empty file body line");

  parse ("--- \n");
  OK (!fm.present, "only an opening line");
  INT_EQ (fm.error_line, 1, "only an opening line: error line");

  parse ("----\na: b\n---\n");
  OK (!fm.present, "four dashes do not open");
  STR_EQ (fm.error, NULL, "four dashes: no error");

  parse ("---\ntitle: x\n\n# Title\n");
  OK (!fm.present, "unterminated: not present");
  INT_EQ (fm.body_offset, 0, "unterminated: body offset");
  INT_EQ (fm.body_line, 1, "unterminated: body line");
  INT_EQ (fm.nentries, 0, "unterminated: no entries");
  STR_EQ (fm.error, "the opening '---' line has no closing '---' line",
          "unterminated: error");
  INT_EQ (fm.error_line, 1, "unterminated: error line");

  parse ("\xEF\xBB\xBF---\ntitle: x\n...\nbody\n");
  OK (fm.present, "after a BOM, closed by ...");
  STR_EQ (val ("title"), "x", "after a BOM: title");
  INT_EQ (fm.close_line, 3, "after a BOM: close line");
  INT_EQ (fm.body_line, 4, "after a BOM: body line");
  INT_EQ (fm.body_offset, 20, "after a BOM: body offset");
}

static void
test_errors (void)
{
  parse ("---\n"
         "title: x\n"
         "# comment\n"
         "this is not a key\n"
         "  indented: bad\n"
         "slug: /a\n"
         "- item\n"
         "---\n");
  OK (fm.present, "bad line: present");
  STR_EQ (fm.error, "expected 'key: value'", "bad line: error");
  INT_EQ (fm.error_line, 4, "bad line: error line");
  INT_EQ (fm.nentries, 2, "bad line: other keys parsed");
  STR_EQ (val ("title"), "x", "bad line: title");
  STR_EQ (val ("slug"), "/a", "bad line: slug");
  INT_EQ (ent ("slug")->line, 6, "bad line: slug line");

  parse ("---\n"
         "  title: x\n"
         "slug: /a\n"
         "---\n");
  STR_EQ (fm.error, "unexpected indentation", "indented key: error");
  INT_EQ (fm.error_line, 2, "indented key: error line");
  STR_EQ (val ("slug"), "/a", "indented key: slug");

  parse ("---\n"
         "title: 'unterminated\n"
         "slug: /a\n"
         "---\n");
  STR_EQ (fm.error, "unterminated quoted string", "open quote: error");
  INT_EQ (fm.error_line, 2, "open quote: error line");
  STR_EQ (val ("slug"), "/a", "open quote: next key parsed");

  parse ("---\n"
         "title: 'a' b\n"
         "x: [a, b\n"
         "---\n");
  STR_EQ (fm.error, "unexpected text after a quoted string",
          "text after quote: error");
  INT_EQ (fm.error_line, 2, "text after quote: error line");

  parse ("---\n"
         "x: [a, b\n"
         "---\n");
  STR_EQ (fm.error, "unterminated flow list", "open flow list: error");

  parse ("---\n"
         "t: \"a\\qb\"\n"
         "---\n");
  STR_EQ (fm.error, "invalid escape sequence in a double-quoted string",
          "bad escape: error");
  STR_EQ (val ("t"), "a\\qb", "bad escape kept");

  parse ("---\n"
         "t: 1\n"
         "t: 2\n"
         "---\n");
  STR_EQ (fm.error, "duplicate key 't'", "duplicate key: error");
  INT_EQ (fm.error_line, 3, "duplicate key: error line");
  STR_EQ (val ("t"), "1", "duplicate key: first wins");
}

static void
test_crlf (void)
{
  parse ("---\r\n"
         "title: 'Hello\r\n"
         "  world'\r\n"
         "tags: [a, b]\r\n"
         "desc: >\r\n"
         "  x\r\n"
         "  y\r\n"
         "---\r\n"
         "Body\r\n");
  OK (fm.present, "CRLF: present");
  STR_EQ (fm.error, NULL, "CRLF: no error");
  STR_EQ (val ("title"), "Hello world", "CRLF: folded title");
  STR_EQ (val ("tags"), "a\nb", "CRLF: tags");
  STR_EQ (val ("desc"), "x y\n", "CRLF: block scalar");
  INT_EQ (fm.close_line, 8, "CRLF: close line");
  INT_EQ (fm.body_line, 9, "CRLF: body line");
  INT_EQ (fm.body_offset, strlen (src->data) - 6, "CRLF: body offset");

  parse ("---\r\na: b\r\n---");
  OK (fm.present, "only front matter: present");
  INT_EQ (fm.body_offset, src->len, "only front matter: body offset");
  INT_EQ (fm.body_line, 3, "only front matter: body line");
  STR_EQ (val ("a"), "b", "only front matter: value");
}

int
main (void)
{
  test_docusaurus ();
  test_scalars ();
  test_lists ();
  test_block_scalars ();
  test_map ();
  test_absent ();
  test_errors ();
  test_crlf ();
  td_frontmatter_free (&fm);
  td_source_free (src);
  return td_test_end ("test_frontmatter");
}
