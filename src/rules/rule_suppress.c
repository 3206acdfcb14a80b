/* rule_suppress.c: the unused-suppression checker.  It runs after the
   pipeline has applied the suppression comments of each file (check.c)
   and reports the comments that suppressed nothing or name an unknown
   rule.  */
#include <config.h>
#include "util/system.h"

#include "rules/ctx.h"
#include "rules/suppress.h"

static void
report_unused (struct td_ctx *ctx, const struct td_half *half,
               const struct td_suppressions *s)
{
  for (size_t i = 0; i < s->n; i++)
    {
      const struct td_suppression *sup = &s->v[i];
      struct td_at at = { half, sup->line, sup->col, 4 };
      const char *near = sup->unknown ? td_rule_suggest (sup->unknown)
                                      : NULL;
      if (near)
        td_report (ctx, TD_R_UNUSED_SUPPRESSION, at, td_nowhere,
                   /* TRANSLATORS: %1$s is what was written as a rule id,
                      %2$s the nearest rule id.  */
                   _("suppression names an unknown rule '%1$s'; did you "
                     "mean '%2$s'?"),
                   sup->unknown, near);
      else if (sup->unknown)
        td_report (ctx, TD_R_UNUSED_SUPPRESSION, at, td_nowhere,
                   /* TRANSLATORS: %s is what was written as a rule id.  */
                   _("suppression names an unknown rule '%s'"),
                   sup->unknown);
      else if (!sup->used)
        td_report (ctx, TD_R_UNUSED_SUPPRESSION, at, td_nowhere, "%s",
                   _("this suppression comment suppresses nothing"));
    }
}

void
td_check_unused_suppressions (struct td_ctx *ctx)
{
  report_unused (ctx, ctx->en, ctx->suppressions[0]);
  if (ctx->suppressions[1])
    report_unused (ctx, ctx->ko, ctx->suppressions[1]);
}
