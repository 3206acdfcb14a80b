/* scope.h: the scope of a finding.  A translation finding says that the
   two versions differ (or concerns the Korean text); a source finding
   says that the English page alone is wrong, which a translator cannot
   fix.  The class comes from a table per rule and from where the finding
   is (scope.c).  */
#ifndef TD_SCOPE_H
#define TD_SCOPE_H

#include <stddef.h>

#include "rules/options.h"

struct td_page;
struct td_diag_list;

/* Sets the scope of the findings of LIST from index FIRST on, all
   reported on page PG.  */
void td_scope_classify (const struct td_page *pg, struct td_diag_list *list,
                        size_t first);

/* Applies OPTS->scope to the findings of LIST from index FIRST on: drops
   those of the other scope, and with TD_SCOPES_ALL lowers a source error
   to a warning unless OPTS sets its rule's severity.  */
void td_scope_apply (const struct td_check_options *opts,
                     struct td_diag_list *list, size_t first);

#endif
