/* options.c: default check options and the scope keywords.  */
#include <config.h>
#include "util/system.h"
#include "rules/options.h"

const char *const td_scope_filter_names[] = { "all", "translation",
                                               "source", NULL };

void
td_check_options_init (struct td_check_options *opts)
{
  for (int i = 0; i < TD_R__COUNT; i++)
    {
      opts->severity[i] = td_rules[i].severity;
      opts->severity_set[i] = false;
    }
  opts->scope = TD_SCOPES_ALL;
  opts->max_bytes = 0;
  opts->config = NULL;
  opts->stale = NULL;
  opts->review = NULL;
}
