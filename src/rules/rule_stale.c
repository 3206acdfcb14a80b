/* rule_stale.c: the stale checker.  With --stale, the pipeline (check.c)
   gives the checkers what the English changed since the Korean page was
   translated (stale.h, found by status.h); this checker, the last of the
   pair stage, takes over the differences that change explains: a
   finding of another checker on the Korean side whose counterpart is on
   the English side (a difference of the two pages, not a flaw of one),
   standing in a Korean block whose English changed or went away, or
   whose counterpart stands in an English block that changed or is new.
   It becomes a finding of rule stale, at that rule's severity, with the
   rule it had in its message.  Every other finding keeps its rule.  */
#include <config.h>
#include "util/system.h"

#include "doc/doc.h"
#include "doc/source.h"
#include "page/page.h"
#include "rules/ctx.h"
#include "rules/stale.h"
#include "util/xalloc.h"

/* True when LINE is in [FROM, TO] (FROM 0: no block).  */
static bool
within (int line, int from, int to)
{
  return from > 0 && line >= from && line <= (to > from ? to : from);
}

/* True when a change of S explains a difference at Korean line KO_LINE
   whose English counterpart is at EN_LINE.  */
static bool
explained (const struct td_stale *s, int ko_line, int en_line)
{
  for (size_t i = 0; i < s->n; i++)
    {
      const struct td_change *c = &s->changes[i];
      if (c->kind != TD_CHANGE_NEW && within (ko_line, c->ko_line, c->ko_end))
        return true;
      if (c->kind != TD_CHANGE_REMOVED
          && within (en_line, c->en_line, c->en_end))
        return true;
    }
  return false;
}

void
td_check_stale (struct td_ctx *ctx)
{
  const struct td_stale *s = ctx->stale;
  if (s == NULL || !ctx->page->pair)
    return;
  const char *en_file = ctx->page->doc[0]->src->path;
  const char *ko_file = ctx->page->doc[1]->src->path;
  enum td_severity sev = ctx->opts->severity[TD_R_STALE];
  for (size_t i = ctx->first; i < ctx->list->n; i++)
    {
      struct td_diag *d = &ctx->list->items[i];
      if (d->rule == TD_R_STALE || d->loc.file == NULL
          || d->related.file == NULL || d->related.line <= 0
          || !STREQ (d->loc.file, ko_file)
          || !STREQ (d->related.file, en_file)
          || !explained (s, d->loc.line, d->related.line))
        continue;
      /* TRANSLATORS: %1$s is the message of a finding, %2$s the id of
         its rule (not translated).  */
      char *m = xasprintf (_("the English changed since the translation: "
                             "%1$s (%2$s)"),
                           d->message, td_rules[d->rule].id);
      free (d->message);
      d->message = m;
      /* Not a convention of the repository (learn.h).  */
      free (d->pattern);
      d->pattern = NULL;
      d->rule = TD_R_STALE;
      td_diag_set_severity (ctx->list, d, sev);
    }
}
