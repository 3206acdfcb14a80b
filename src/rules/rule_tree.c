/* rule_tree.c: the checker of --tree pages that exist in one language
   only: orphan (a Korean page without its English source) and
   missing-translation (an English page without a Korean page).  */
#include <config.h>
#include "util/system.h"

#include "rules/ctx.h"
#include "util/xalloc.h"

void
td_check_unpaired (struct td_ctx *ctx)
{
  const struct td_unpaired *u = ctx->unpaired;
  if (u->ko_exists)
    td_report_file (ctx, TD_R_ORPHAN, u->ko_path,
                    xasprintf (_("no English page at %s"), u->en_path));
  else
    td_report_file (ctx, TD_R_MISSING_TRANSLATION, u->en_path,
                    xasprintf (_("no Korean translation at %s"), u->ko_path));
}
