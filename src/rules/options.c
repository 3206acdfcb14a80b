/* options.c: default check options.  */
#include <config.h>
#include "util/system.h"
#include "rules/options.h"

void
td_check_options_init (struct td_check_options *opts)
{
  for (int i = 0; i < TD_R__COUNT; i++)
    opts->severity[i] = td_rules[i].severity;
  opts->max_bytes = 0;
  opts->config = NULL;
}
