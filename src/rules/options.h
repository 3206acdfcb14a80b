/* options.h: what a check run is asked to do: the severity of each rule,
   the size limit, the project configuration.  */
#ifndef TD_OPTIONS_H
#define TD_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "report/diag.h"
#include "rules/rules.h"

struct td_config;
struct td_status_options;
struct td_review;

/* Which findings a run keeps (--scope, "scope" in .twindoc.json), in the
   order of td_scope_filter_names.  */
enum td_scope_filter
{
  TD_SCOPES_ALL,         /* both; source findings at most warnings unless
                            their rule's severity was set (the default) */
  TD_SCOPES_TRANSLATION, /* translation findings only */
  TD_SCOPES_SOURCE       /* source findings only, at their severity */
};

/* "all", "translation", "source", NULL (never translated).  */
extern const char *const td_scope_filter_names[];

struct td_check_options
{
  /* Effective severity of each rule (TD_SEV_OFF disables it).  Filled
     with the defaults by td_check_options_init.  */
  enum td_severity severity[TD_R__COUNT];
  /* The severity of the rule was set by the configuration or --severity:
     source findings keep it.  */
  bool severity_set[TD_R__COUNT];
  enum td_scope_filter scope;
  size_t max_bytes; /* refuse larger input files; 0 = no limit */
  const struct td_config *config; /* project policies; NULL = defaults */
  /* --stale: where to find the English each Korean page was translated
     from (rules/status.h; its cfg and max_bytes are ignored: the page's
     apply), or NULL.  Not owned.  */
  const struct td_status_options *stale;
  struct td_review *review; /* not owned: when set, each checked page's
                               aligned blocks are recorded there for a
                               format that shows them (report/review.h) */
};

/* Sets every rule to its default severity (not set), the scope to all,
   max_bytes to 0 and stale to NULL.  */
void td_check_options_init (struct td_check_options *opts);

#endif
