/* options.h: what a check run is asked to do: the severity of each rule,
   the size limit, the project configuration.  */
#ifndef TD_OPTIONS_H
#define TD_OPTIONS_H

#include <stddef.h>

#include "report/diag.h"
#include "rules/rules.h"

struct td_config;

struct td_check_options
{
  /* Effective severity of each rule (TD_SEV_OFF disables it).  Filled
     with the defaults by td_check_options_init.  */
  enum td_severity severity[TD_R__COUNT];
  size_t max_bytes; /* refuse larger input files; 0 = no limit */
  const struct td_config *config; /* project policies; NULL = defaults */
};

/* Sets every rule to its default severity and max_bytes to 0.  */
void td_check_options_init (struct td_check_options *opts);

#endif
