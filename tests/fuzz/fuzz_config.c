/* fuzz_config.c: libFuzzer target for .twindoc.json: td_config_parse on
   the input; when it parses, td_config_selects on a few paths and a check
   of a small built-in bilingual page under that configuration.  The input
   is also read as a glob (its first line) and a path (the rest) for
   td_glob_match.  */
#include <config.h>
#include "util/system.h"

#include <stdint.h>

#include "rules/check.h"
#include "rules/config_file.h"
#include "report/diag.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static volatile size_t sink;

static const char *const paths[] = {
  "a.md", "docs/ko/a.mdx", "ko/guide/setup.md", "README", "x/y/z/.md", ""
};

static const char page[] =
  "---\ntitle: Guide\n---\n"
  "import Tabs from '@site/docs/tabs';\n\n"
  "# Setup {#setup}\n\n"
  "Use the [console](/en/console) to assume role with `nginx` policy.\n\n"
  "![A diagram](./img.png)\n\n"
  "<Card title=\"Hello\" href=\"/en/x\" />\n\n"
  "```json\n{\"Version\": \"2012-10-17\", \"Statement\": []}\n```\n\n"
  "See [setup](#setup).\n\n"
  "---\n\n"
  "# 설정 {#setup}\n\n"
  "[콘솔](/ko/console)을 사용해 `nginx` 정책으로 역할 수임합니다:\n\n"
  "![다이어그램](./img.png)\n\n"
  "<Card title=\"안녕\" href=\"/ko/x\" />\n\n"
  "```json\n{\"Version\": \"2012-10-17\", \"Statement\": []}\n```\n\n"
  "[설정](#설정)을 참조하세요.\n";

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  const char *text = (const char *) data;
  struct td_config cfg;
  char *error = NULL;

  if (td_config_parse (".twindoc.json", text, size, &cfg, &error) == 0)
    {
      for (size_t i = 0; i < sizeof paths / sizeof *paths; i++)
        sink += (size_t) td_config_selects (&cfg, paths[i]);
      struct td_check_options opts;
      td_check_options_init (&opts);
      opts.config = &cfg;
      for (int i = 0; i < TD_R__COUNT; i++)
        if (cfg.severity_set[i])
          opts.severity[i] = cfg.severity[i];
      struct td_diag_list list;
      char *why = NULL;
      td_diag_list_init (&list);
      td_check_file_memory ("page.md", page, sizeof page - 1, &opts, &list,
                            &why);
      sink += list.n;
      free (why);
      td_diag_list_free (&list);
    }
  else
    sink += strlen (error);
  free (error);
  td_config_free (&cfg);

  /* Glob and path: NUL-terminated copies of the first line and the rest. */
  const char *nl = memchr (text, '\n', size);
  size_t glen = nl ? (size_t) (nl - text) : size;
  char *glob = strndup (text, glen);
  char *path = nl ? strndup (nl + 1, size - glen - 1) : strdup ("a/b.md");
  if (glob && path)
    sink += (size_t) td_glob_match (glob, path);
  free (glob);
  free (path);
  return 0;
}
