/* test_config.c: unit tests of .twindoc.json reading, finding and globs.  */
#include <config.h>
#include "util/system.h"
/* Not "config.h": from here that names the autoconf header.  */
#include "rules/config_file.h"

#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"
#include "util/xalloc.h"

/* Parses TEXT as ".twindoc.json"; returns the error (caller frees) or
   NULL.  CFG is left as parsed.  */
static char *
parse_err (const char *text, struct td_config *cfg)
{
  char *error = NULL;
  int rc = td_config_parse (".twindoc.json", text, strlen (text), cfg,
                            &error);
  if (rc == 0 && error)
    {
      free (error);
      return xstrdup ("rc 0 with an error");
    }
  if (rc != 0 && !error)
    return xstrdup ("rc -1 without an error");
  return error;
}

/* Checks that TEXT fails with exactly WANT.  */
static void
expect_error (const char *text, const char *want, const char *msg)
{
  struct td_config cfg;
  char *error = parse_err (text, &cfg);
  STR_EQ (error, want, msg);
  OK (cfg.path == NULL && cfg.include == NULL && cfg.nlink_prefixes == 0,
      "a failed parse leaves the defaults");
  free (error);
  td_config_free (&cfg);
}

static void
test_defaults (void)
{
  struct td_config cfg;
  td_config_init (&cfg);
  OK (cfg.path == NULL, "no path");
  OK (!cfg.severity_set[TD_R_NUMBER], "severity not set");
  INT_EQ (cfg.severity[TD_R_NUMBER], td_rules[TD_R_NUMBER].severity,
          "default severity");
  INT_EQ (cfg.anchors, TD_ANCHORS_EXPLICIT, "anchors default");
  INT_EQ (cfg.code_blocks, TD_CODE_EXACT, "code default");
  INT_EQ (cfg.alt_text, TD_TEXT_MAY, "alt default");
  INT_EQ (cfg.jsx_text_attributes, TD_TEXT_MAY, "jsx default");
  OK (cfg.include == NULL && cfg.exclude == NULL, "no globs");
  td_config_free (&cfg);
  td_config_free (&cfg);
  OK (true, "freeing twice is harmless");
}

static void
test_full (void)
{
  static const char text[] =
    "{\n"
    "  \"$schema\": \"https://example.com/twindoc.schema.json\",\n"
    "  \"rules\": { \"number\": \"off\", \"untranslated\": \"error\",\n"
    "             \"link\": \"note\", \"heading\": \"warning\" },\n"
    "  \"include\": [\"docs/**/*.md\", \"blog/*.mdx\"],\n"
    "  \"exclude\": [\"docs/_drafts/**\"],\n"
    "  \"anchors\": \"translated-slugs\",\n"
    "  \"code_blocks\": \"ignore-comments-and-strings\",\n"
    "  \"alt_text\": \"translate\",\n"
    "  \"jsx_text_attributes\": \"keep\",\n"
    "  \"import_prefixes\": [[\"@site/i18n/ko/docusaurus-plugin-content-docs/"
    "current/\", \"@site/docs/\"]],\n"
    "  \"link_prefixes\": [[\"/ko/\", \"/en/\"], [\"/ko-kr/\", \"/\"]]\n"
    "}\n";
  struct td_config cfg;
  char *error = parse_err (text, &cfg);

  STR_EQ (error, NULL, "full config parses");
  free (error);
  STR_EQ (cfg.path, ".twindoc.json", "path is the name");
  OK (cfg.severity_set[TD_R_NUMBER], "number set");
  INT_EQ (cfg.severity[TD_R_NUMBER], TD_SEV_OFF, "number off");
  INT_EQ (cfg.severity[TD_R_UNTRANSLATED], TD_SEV_ERROR, "untranslated");
  INT_EQ (cfg.severity[TD_R_LINK], TD_SEV_NOTE, "link note");
  INT_EQ (cfg.severity[TD_R_HEADING], TD_SEV_WARNING, "heading warning");
  OK (!cfg.severity_set[TD_R_TABLE], "table not set");
  STR_EQ (cfg.include[0], "docs/**/*.md", "include 0");
  STR_EQ (cfg.include[1], "blog/*.mdx", "include 1");
  STR_EQ (cfg.include[2], NULL, "include ends");
  STR_EQ (cfg.exclude[0], "docs/_drafts/**", "exclude 0");
  STR_EQ (cfg.exclude[1], NULL, "exclude ends");
  INT_EQ (cfg.anchors, TD_ANCHORS_TRANSLATED_SLUGS, "anchors");
  INT_EQ (cfg.code_blocks, TD_CODE_IGNORE_COMMENTS, "code_blocks");
  INT_EQ (cfg.alt_text, TD_TEXT_TRANSLATE, "alt_text");
  INT_EQ (cfg.jsx_text_attributes, TD_TEXT_KEEP, "jsx");
  INT_EQ (cfg.nimport_prefixes, 1, "one import prefix");
  STR_EQ (cfg.import_prefixes[0].ko,
          "@site/i18n/ko/docusaurus-plugin-content-docs/current/", "ko");
  STR_EQ (cfg.import_prefixes[0].en, "@site/docs/", "en");
  INT_EQ (cfg.nlink_prefixes, 2, "two link prefixes");
  STR_EQ (cfg.link_prefixes[1].ko, "/ko-kr/", "link ko");
  STR_EQ (cfg.link_prefixes[1].en, "/", "link en");
  td_config_free (&cfg);

  error = parse_err ("{}", &cfg);
  STR_EQ (error, NULL, "empty object");
  free (error);
  td_config_free (&cfg);

  error = parse_err ("\xEF\xBB\xBF{ \"include\": [], \"link_prefixes\": [] }",
                     &cfg);
  STR_EQ (error, NULL, "BOM, empty lists");
  OK (cfg.include && !cfg.include[0], "empty include is given");
  INT_EQ (cfg.nlink_prefixes, 0, "no link prefix");
  free (error);
  td_config_free (&cfg);

  error = parse_err ("{ \"alt_text\": \"may-translate\", "
                     "\"code_blocks\": \"ignore-whitespace\", "
                     "\"anchors\": \"explicit\" }", &cfg);
  STR_EQ (error, NULL, "other values");
  INT_EQ (cfg.alt_text, TD_TEXT_MAY, "may-translate");
  INT_EQ (cfg.code_blocks, TD_CODE_IGNORE_WHITESPACE, "ignore-whitespace");
  free (error);
  td_config_free (&cfg);

  /* ko-colon is off by default; terminal_colon is the older way to set
     it, and "rules" wins over it in either order.  */
  error = parse_err ("{}", &cfg);
  INT_EQ (cfg.severity[TD_R_KO_COLON], TD_SEV_OFF, "ko-colon off");
  OK (!cfg.severity_set[TD_R_KO_COLON], "ko-colon not set");
  free (error);
  td_config_free (&cfg);
  error = parse_err ("{ \"terminal_colon\": true }", &cfg);
  STR_EQ (error, NULL, "terminal_colon true");
  OK (cfg.severity_set[TD_R_KO_COLON], "terminal_colon sets ko-colon");
  INT_EQ (cfg.severity[TD_R_KO_COLON], TD_SEV_WARNING, "ko-colon warning");
  free (error);
  td_config_free (&cfg);
  error = parse_err ("{ \"terminal_colon\": false }", &cfg);
  INT_EQ (cfg.severity[TD_R_KO_COLON], TD_SEV_OFF, "terminal_colon false");
  free (error);
  td_config_free (&cfg);
  error = parse_err ("{ \"rules\": { \"ko-colon\": \"note\" }, "
                     "\"terminal_colon\": true }", &cfg);
  INT_EQ (cfg.severity[TD_R_KO_COLON], TD_SEV_NOTE, "rules before wins");
  free (error);
  td_config_free (&cfg);
  error = parse_err ("{ \"terminal_colon\": false, "
                     "\"rules\": { \"ko-colon\": \"error\" } }", &cfg);
  INT_EQ (cfg.severity[TD_R_KO_COLON], TD_SEV_ERROR, "rules after wins");
  free (error);
  td_config_free (&cfg);
}

static void
test_errors (void)
{
  expect_error ("{\n  \"rules\": {},\n  \"rulez\": {}\n}\n",
                ".twindoc.json:3: unknown key 'rulez'; did you mean 'rules'?", "unknown key");
  expect_error ("{\n  \"rules\": {\n    \"number\": \"off\",\n"
                "    \"nosuch\": \"error\"\n  }\n}\n",
                ".twindoc.json:4: unknown key 'rules.nosuch': no such rule",
                "unknown rule id");
  expect_error ("{\n  \"rules\": {\n    \"numbr\": \"off\"\n  }\n}\n",
                ".twindoc.json:3: unknown key 'rules.numbr': no such rule; "
                "did you mean 'number'?", "misspelt rule id");
  expect_error ("{\n  \"glosary\": {}\n}\n",
                ".twindoc.json:2: unknown key 'glosary'; did you mean "
                "'glossary'?", "misspelt key");
  expect_error ("{\n  \"rules\": {\n    \"number\": \"fatal\"\n  }\n}\n",
                ".twindoc.json:3: unknown value 'fatal' for 'rules.number'; "
                "expected off, note, warning or error",
                "unknown severity");
  expect_error ("{ \"rules\": { \"number\": 1 } }",
                ".twindoc.json:1: 'rules.number' must be a string",
                "severity not a string");
  expect_error ("{\n\"rules\": []\n}",
                ".twindoc.json:2: 'rules' must be an object", "rules array");
  expect_error ("{\n\n  \"anchors\": true\n}",
                ".twindoc.json:3: 'anchors' must be a string",
                "anchors not a string");
  expect_error ("{\n  \"anchors\": \"x\"\n}",
                ".twindoc.json:2: unknown value 'x' for 'anchors'; expected "
                "explicit or translated-slugs",
                "unknown anchors");
  expect_error ("{\n  \"code_blocks\": \"loose\"\n}",
                ".twindoc.json:2: unknown value 'loose' for 'code_blocks'; "
                "expected exact, ignore-whitespace or "
                "ignore-comments-and-strings",
                "unknown code_blocks");
  expect_error ("{\n  \"alt_text\": \"maybe\"\n}",
                ".twindoc.json:2: unknown value 'maybe' for 'alt_text'; "
                "expected translate, may-translate or keep",
                "unknown alt_text");
  expect_error ("{\"jsx_text_attributes\": null}",
                ".twindoc.json:1: 'jsx_text_attributes' must be a string",
                "jsx null");
  expect_error ("{\n  \"include\": \"docs/**\"\n}",
                ".twindoc.json:2: 'include' must be an array of strings",
                "include not an array");
  expect_error ("{\n  \"exclude\": [\"a\",\n    3]\n}",
                ".twindoc.json:2: 'exclude' must be an array of strings",
                "exclude with a number");
  expect_error ("{\n  \"link_prefixes\": [\"/ko/\", \"/en/\"]\n}",
                ".twindoc.json:2: 'link_prefixes' must be an array of pairs "
                "of strings [Korean prefix, English prefix]",
                "link_prefixes flat");
  expect_error ("{\n  \"import_prefixes\": [[\"a\", \"b\", \"c\"]]\n}",
                ".twindoc.json:2: 'import_prefixes' must be an array of "
                "pairs of strings [Korean prefix, English prefix]",
                "import_prefixes of three");
  expect_error ("{\"import_prefixes\": [[\"a\", 2]]}",
                ".twindoc.json:1: 'import_prefixes' must be an array of "
                "pairs of strings [Korean prefix, English prefix]",
                "import_prefixes with a number");
  expect_error ("{\"$schema\": 5}",
                ".twindoc.json:1: '$schema' must be a string", "$schema");
  expect_error ("{\n  \"anchors\": \"explicit\",\n  \"anchors\": \"explicit\"\n}",
                ".twindoc.json:3: duplicate key 'anchors'", "duplicate key");
  expect_error ("{\n  \"rules\": {\n    \"number\": \"off\",\n"
                "    \"number\": \"error\"\n  }\n}",
                ".twindoc.json:4: duplicate key 'rules.number'",
                "duplicate rule");
  expect_error ("[1, 2]\n",
                ".twindoc.json:1: the configuration must be a JSON object",
                "top level array");
  expect_error ("\n\n  \"x\"",
                ".twindoc.json:3: the configuration must be a JSON object",
                "top level string");
  /* The first error wins.  */
  expect_error ("{\n  \"a\": 1,\n  \"b\": 2\n}",
                ".twindoc.json:2: unknown key 'a'", "first error");
  /* Keys are found in the text even with strings that look like keys.  */
  expect_error ("{\n  \"include\": [\"\\\"rulez\\\": x\", \"{\"],\n"
                "  \"rulez\": 1\n}",
                ".twindoc.json:3: unknown key 'rulez'; did you mean 'rules'?", "tricky strings");
  /* Escaped key names are decoded like cJSON does.  */
  expect_error ("{\n  \"anchors\": \"explicit\",\n  \"r\\u00e9gle\": 1\n}",
                ".twindoc.json:3: unknown key 'r\xC3\xA9gle'", "escaped key");
  /* A nested object with a key of the same name does not confuse the
     line of the top-level key.  */
  expect_error ("{\n  \"rules\": { \"number\": \"off\" },\n"
                "  \"number\": \"off\"\n}",
                ".twindoc.json:3: unknown key 'number'", "same name nested");
  /* CRLF line ends.  */
  expect_error ("{\r\n  \"anchors\": 1\r\n}\r\n",
                ".twindoc.json:2: 'anchors' must be a string", "CRLF");
}

static void
test_invalid_json (void)
{
  /* Positions point at the offending character (where a key was
     expected, cJSON's own position is one past it).  */
  expect_error ("{\n  \"rules\": {,\n}\n",
                ".twindoc.json:2:13: invalid JSON", "bad object");
  expect_error ("{\n  \"anchors\": \"explicit\",\n}\n",
                ".twindoc.json:3:1: invalid JSON", "trailing comma");
  expect_error ("{\n  \"\xEA\xB0\x80\xEB\x82\x98\": x\n}\n",
                ".twindoc.json:2:9: invalid JSON", "column in characters");
  expect_error ("{} x", ".twindoc.json:1:4: invalid JSON", "trailing garbage");
  expect_error ("", ".twindoc.json:1:1: invalid JSON", "empty");
}

static void
test_load (void)
{
  char tmpl[] = "/tmp/test_config.XXXXXX";
  char *dir = mkdtemp (tmpl);
  struct td_config cfg;
  char *error = NULL;
  char *path, *want;
  FILE *f;

  OK (dir != NULL, "mkdtemp");
  if (!dir)
    return;

  path = xasprintf ("%s/none.json", dir);
  INT_EQ (td_config_load (path, &cfg, &error), -1, "missing file");
  want = xasprintf ("%s: %s", path, strerror (ENOENT));
  STR_EQ (error, want, "missing file message");
  free (want);
  free (error);
  td_config_free (&cfg);

  f = fopen (path, "w");
  fputs ("{\n  \"anchors\": \"translated-slugs\"\n}\n", f);
  fclose (f);
  error = NULL;
  INT_EQ (td_config_load (path, &cfg, &error), 0, "load");
  STR_EQ (error, NULL, "no error");
  STR_EQ (cfg.path, path, "path kept");
  INT_EQ (cfg.anchors, TD_ANCHORS_TRANSLATED_SLUGS, "loaded value");
  td_config_free (&cfg);

  f = fopen (path, "w");
  fputs ("{\n  \"anchors\": \"translated-slugs\",\n  \"bad\": 1\n}\n", f);
  fclose (f);
  INT_EQ (td_config_load (path, &cfg, &error), -1, "load error");
  want = xasprintf ("%s:3: unknown key 'bad'", path);
  STR_EQ (error, want, "load error names the file");
  free (want);
  free (error);
  td_config_free (&cfg);

  INT_EQ (td_config_load (dir, &cfg, &error), -1, "a directory");
  want = xasprintf ("%s: %s", dir, strerror (EISDIR));
  STR_EQ (error, want, "directory message");
  free (want);
  free (error);
  td_config_free (&cfg);

  remove (path);
  free (path);
  rmdir (dir);
}

static void
test_find (void)
{
  char tmpl[] = "/tmp/test_config.XXXXXX";
  char *dir = mkdtemp (tmpl);
  char *real, *a, *b, *c, *file, *found, *want, *other;
  FILE *f;

  OK (dir != NULL, "mkdtemp");
  if (!dir)
    return;
  real = realpath (dir, NULL);
  a = xasprintf ("%s/a", dir);
  b = xasprintf ("%s/a/b", dir);
  c = xasprintf ("%s/a/b/c", dir);
  mkdir (a, 0700);
  mkdir (b, 0700);
  mkdir (c, 0700);
  file = xasprintf ("%s/.twindoc.json", a);
  f = fopen (file, "w");
  fputs ("{}\n", f);
  fclose (f);

  want = xasprintf ("%s/a/.twindoc.json", real);
  found = td_config_find (c);
  STR_EQ (found, want, "found in a grandparent");
  free (found);
  found = td_config_find (a);
  STR_EQ (found, want, "found in the directory itself");
  free (found);

  /* A nearer one wins; a directory of that name does not count.  */
  other = xasprintf ("%s/.twindoc.json", c);
  mkdir (other, 0700);
  found = td_config_find (c);
  STR_EQ (found, want, "a directory named .twindoc.json is skipped");
  free (found);
  rmdir (other);
  free (other);
  other = xasprintf ("%s/.twindoc.json", b);
  f = fopen (other, "w");
  fputs ("{}\n", f);
  fclose (f);
  free (want);
  want = xasprintf ("%s/a/b/.twindoc.json", real);
  found = td_config_find (c);
  STR_EQ (found, want, "the nearest wins");
  free (found);
  remove (other);
  free (other);

  remove (file);
  found = td_config_find (c);
  /* Nothing in the tree; a file above /tmp would be found, so only
     check that it is not inside the tree.  */
  OK (found == NULL || strncmp (found, real, strlen (real)) != 0,
      "none in the tree");
  free (found);
  other = xasprintf ("%s/missing", dir);
  found = td_config_find (other);
  STR_EQ (found, NULL, "a missing directory");
  free (found);
  free (other);

  rmdir (c);
  rmdir (b);
  rmdir (a);
  rmdir (dir);
  free (want);
  free (file);
  free (a);
  free (b);
  free (c);
  free (real);
}

static void
test_globs (void)
{
  static const struct
  {
    const char *glob, *path;
    bool match;
  } cases[] = {
    { "**/*.md", "a.md", true },
    { "**/*.md", "a/b/c.md", true },
    { "**/*.md", "a/b/c.mdx", false },
    { "docs/**", "docs", true },
    { "docs/**", "docs/a/b.md", true },
    { "docs/**", "docsx/a.md", false },
    { "*.md", "a/b.md", false },
    { "*.md", "b.md", true },
    { "*.md", ".md", true },
    { "a/**/b", "a/b", true },
    { "a/**/b", "a/x/y/b", true },
    { "a/**/b", "a/xb", false },
    { "a/**/b", "ab", false },
    { "[!_]*", "index.md", true },
    { "[!_]*", "_draft.md", false },
    { "[!_]*", "a/b.md", false },
    { "[abc].md", "b.md", true },
    { "[abc].md", "d.md", false },
    { "[a-z]x", "qx", true },
    { "[a-z]x", "Qx", false },
    { "a?c", "abc", true },
    { "a?c", "a/c", false },
    { "a?c", "ac", false },
    { "docs/*/index.md", "docs/x/index.md", true },
    { "docs/*/index.md", "docs/x/y/index.md", false },
    { "docs/**/index.md", "docs/index.md", true },
    { "*", "", true },
    { "", "", true },
    { "", "a", false },
    { "a*b*c", "aXbYc", true },
    { "a*b*c", "aXbY/c", false },
    { "a**b", "aXb", true },
    { "a**b", "a/b", false },
    { "[]]", "]", true },
    { "[", "[", true },
    { "\\*", "*", true },
    { "\\*", "a", false },
    { "**", "a/b/c", true },
    { "x/**/", "x/", true },
    /* Regression (fuzz_config): many stars backtracked exponentially,
       this one for more than 30 seconds.  */
    { "*a*a*a*a*a*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      false },
    { "**/*a*a*a*a*a*a*a*a*b", "x/y/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", true },
  };

  for (size_t i = 0; i < ARRAY_SIZE (cases); i++)
    {
      char *msg = xasprintf ("glob \"%s\" vs \"%s\"", cases[i].glob,
                             cases[i].path);
      OK (td_glob_match (cases[i].glob, cases[i].path) == cases[i].match,
          msg);
      free (msg);
    }
}

static void
test_selects (void)
{
  struct td_config cfg;
  char *error;

  td_config_init (&cfg);
  OK (td_config_selects (&cfg, "docs/a.md"), "default .md");
  OK (td_config_selects (&cfg, "a.mdx"), "default .mdx");
  OK (!td_config_selects (&cfg, "a.txt"), "default not .txt");
  OK (!td_config_selects (&cfg, "md"), "default not md");
  OK (td_config_selects (NULL, "./x.md"), "NULL config, ./ prefix");
  td_config_free (&cfg);

  error = parse_err ("{ \"exclude\": [\"**/_*\", \"blog/**\"] }", &cfg);
  STR_EQ (error, NULL, "exclude only");
  free (error);
  OK (td_config_selects (&cfg, "docs/a.md"), "not excluded");
  OK (!td_config_selects (&cfg, "docs/_partial.md"), "excluded partial");
  OK (!td_config_selects (&cfg, "blog/2024/post.md"), "excluded blog");
  OK (!td_config_selects (&cfg, "docs/a.txt"), "still only .md");
  td_config_free (&cfg);

  error = parse_err ("{ \"include\": [\"docs/**/*.md\", \"*.txt\"],"
                     " \"exclude\": [\"docs/drafts/**\"] }", &cfg);
  STR_EQ (error, NULL, "include and exclude");
  free (error);
  OK (td_config_selects (&cfg, "docs/a.md"), "included");
  OK (td_config_selects (&cfg, "docs/x/y/a.md"), "included deep");
  OK (td_config_selects (&cfg, "notes.txt"), "included txt");
  OK (!td_config_selects (&cfg, "README.md"), "not included");
  OK (!td_config_selects (&cfg, "docs/a.mdx"), "mdx not included");
  OK (!td_config_selects (&cfg, "docs/drafts/a.md"), "included but excluded");
  td_config_free (&cfg);

  error = parse_err ("{ \"include\": [] }", &cfg);
  STR_EQ (error, NULL, "empty include");
  free (error);
  OK (!td_config_selects (&cfg, "a.md"), "an empty include selects nothing");
  td_config_free (&cfg);
}

/* td_config_apply: a file's settings of a page, then its overrides that
   match, in order; "rules" merged rule by rule; run-wide keys left out.  */
static void
test_apply (void)
{
  const char *text =
    "{ \"rules\": { \"number\": \"error\", \"link\": \"note\" },\n"
    "  \"include\": [\"**/*.md\"], \"root\": true,\n"
    "  \"overrides\": [\n"
    "    { \"files\": [\"ref/**\"], \"rules\": { \"number\": \"off\" },\n"
    "      \"code_blocks\": \"ignore-whitespace\" },\n"
    "    { \"files\": [\"./ref/limits.md\"],\n"
    "      \"rules\": { \"number\": \"warning\" } } ] }";
  struct td_config src, dst;
  char *error = parse_err (text, &src);
  STR_EQ (error, NULL, "overrides parse");
  free (error);
  OK (src.root, "root read");
  INT_EQ (src.noverrides, 2, "two overrides");

  const char *other[] = { "guide/a.md", NULL };
  td_config_init (&dst);
  td_config_apply (&dst, &src, other, 2);
  INT_EQ (dst.severity[TD_R_NUMBER], TD_SEV_ERROR, "no override matches");
  INT_EQ (dst.severity[TD_R_LINK], TD_SEV_NOTE, "the file's rules");
  OK (dst.include == NULL, "include is not a setting of a page");
  OK (!dst.root, "nor is root");
  td_config_free (&dst);

  const char *ref[] = { NULL, "ref/x/b.md" };
  td_config_init (&dst);
  td_config_apply (&dst, &src, ref, 2);
  INT_EQ (dst.severity[TD_R_NUMBER], TD_SEV_OFF, "the override wins");
  INT_EQ (dst.severity[TD_R_LINK], TD_SEV_NOTE, "rules merged by rule");
  INT_EQ (dst.code_blocks, TD_CODE_IGNORE_WHITESPACE, "override setting");
  td_config_free (&dst);

  const char *limits[] = { "ref/limits.md", "ko/ref/limits.md" };
  td_config_init (&dst);
  td_config_apply (&dst, &src, limits, 2);
  INT_EQ (dst.severity[TD_R_NUMBER], TD_SEV_WARNING, "a later override wins");
  td_config_free (&dst);
  td_config_free (&src);

  /* The key scopes the schema test relies on.  */
  size_t page = 0, run = 0;
  for (size_t i = 0; i < td_config_nkeys (); i++)
    {
      page += td_config_key_scope (i) == TD_KEY_PAGE;
      run += td_config_key_scope (i) == TD_KEY_RUN;
    }
  INT_EQ (run, 4, "include, exclude, stale and status apply to a whole run");
  OK (page >= 13, "the settings of a page");
}

int
main (void)
{
  test_defaults ();
  test_full ();
  test_errors ();
  test_invalid_json ();
  test_load ();
  test_find ();
  test_globs ();
  test_selects ();
  test_apply ();
  return td_test_end ("test_config");
}
