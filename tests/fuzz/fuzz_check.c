/* fuzz_check.c: libFuzzer target for the whole `check` pipeline.

   Input: one byte B, then a body.  The body is split at B * len / 256
   into an English and a Korean page for td_check_pair_memory; the whole
   body is also checked as one bilingual file (td_check_file_memory).
   Each is run with the default options and with a configuration that
   turns every policy on (translated slugs, comments and strings ignored
   in code, link and import prefixes, glossary, particle words, text
   attribute policies) and every rule at least at "note".  The findings
   are then sorted, printed in every output format (to /dev/null) and
   their fixes applied, as `twindoc check --fix` would.  */
#include <config.h>
#include "util/system.h"

#include <stdint.h>
#include <stdio.h>

#include "rules/check.h"
#include "rules/config_file.h"
#include "report/diag.h"
#include "rules/fix.h"
#include "format/fmt.h"
#include "rules/rules.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Two configurations between them set every policy to a non-default
   value; the last input byte picks one.  */
static const char *const config_text[2] = {
  "{\n"
  "  \"anchors\": \"translated-slugs\",\n"
  "  \"code_blocks\": \"ignore-comments-and-strings\",\n"
  "  \"alt_text\": \"translate\",\n"
  "  \"jsx_text_attributes\": \"keep\",\n"
  "  \"import_prefixes\": [[\"@site/i18n/ko/docusaurus-plugin-content-docs/"
  "current/\", \"@site/docs/\"]],\n"
  "  \"link_prefixes\": [[\"/ko/\", \"/en/\"], [\"ko/\", \"en/\"],\n"
  "    [\"https://ko.react.dev/\", \"https://react.dev/\"]],\n"
  "  \"glossary\": [[\"assume role\", \"역할 수임\"], [\"policy\", \"정책\"]],\n"
  "  \"particle_words\": {\"nginx\": \"consonant\", \"bucket\": \"rieul\",\n"
  "    \"ClickHouse\": \"vowel\"},\n"
  "  \"terminal_colon\": false\n"
  "}\n",
  "{\n"
  "  \"anchors\": \"translated-slugs\",\n"
  "  \"code_blocks\": \"ignore-whitespace\",\n"
  "  \"alt_text\": \"keep\",\n"
  "  \"jsx_text_attributes\": \"translate\",\n"
  "  \"import_prefixes\": [[\"@site/ko/\", \"@site/\"], [\"./ko/\", \"./\"]],\n"
  "  \"link_prefixes\": [[\"/ko/\", \"/en/\"], [\"\", \"\"],\n"
  "    [\"https://developer.mozilla.org/ko/\","
  " \"https://developer.mozilla.org/en-US/\"]],\n"
  "  \"glossary\": [[\"role\", \"역할\"]],\n"
  "  \"particle_words\": {\"S3\": \"vowel\"},\n"
  "  \"terminal_colon\": true\n"
  "}\n"
};

static struct td_config configs[2];
static FILE *devnull;
static int ready;

static void
setup (void)
{
  for (int i = 0; i < 2; i++)
    {
      char *error = NULL;
      if (td_config_parse (".twindoc.json", config_text[i],
                           strlen (config_text[i]), &configs[i], &error) != 0)
        {
          fprintf (stderr, "fuzz_check: bad built-in config: %s\n", error);
          abort ();
        }
    }
  devnull = fopen ("/dev/null", "w");
  if (devnull == NULL)
    abort ();
  ready = 1;
}

/* Prints LIST in every format and applies the fixes of each file, as the
   command line does.  */
static void
finish (struct td_diag_list *list, const char *en, size_t en_len,
        const char *ko, size_t ko_len)
{
  td_diag_list_sort (list);
  struct td_fmt_options fo = { true, true, true, 2, 1 };
  for (const struct td_format *f = td_formats; f->name; f++)
    f->write (devnull, list, &fo);
  fflush (devnull);
  static const char *const names[] = { "en.md", "ko.md", "page.md" };
  const char *texts[] = { en, ko, en };
  size_t lens[] = { en_len, ko_len, en_len };
  for (int i = 0; i < 3; i++)
    {
      size_t new_len = 0;
      bool *applied = calloc (list->n + 1, sizeof *applied);
      char *fixed = td_fix_apply (list, names[i], texts[i], lens[i],
                                  &new_len, applied);
      if (fixed)
        {
          char *diff = td_fix_diff (names[i], texts[i], lens[i], fixed,
                                    new_len);
          free (diff);
          free (fixed);
        }
      free (applied);
    }
}

static void
run (const struct td_check_options *opts, const char *body, size_t len,
     size_t cut)
{
  struct td_diag_list list;
  char *error = NULL;

  td_diag_list_init (&list);
  if (td_check_pair_memory ("en.md", body, cut, "ko.md", body + cut,
                            len - cut, opts, &list, &error) == 0)
    finish (&list, body, cut, body + cut, len - cut);
  free (error);
  error = NULL;
  td_diag_list_free (&list);

  td_diag_list_init (&list);
  if (td_check_file_memory ("page.md", body, len, opts, &list, &error) == 0)
    finish (&list, body, len, "", 0);
  free (error);
  td_diag_list_free (&list);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (!ready)
    setup ();
  if (size < 1)
    return 0;
  const char *body = (const char *) data + 1;
  size_t len = size - 1;
  size_t cut = (size_t) data[0] * len / 256;

  struct td_check_options opts;
  td_check_options_init (&opts);
  run (&opts, body, len, cut);

  td_check_options_init (&opts);
  for (int i = 0; i < TD_R__COUNT; i++)
    if (opts.severity[i] == TD_SEV_OFF)
      opts.severity[i] = TD_SEV_NOTE;
  opts.config = &configs[data[size - 1] & 1];
  run (&opts, body, len, cut);
  return 0;
}
