/* rule_convention.c: the end of a --tree run: the conventions learned
   from its findings (learn.h), each reported once on the Korean folder,
   and the findings they explain dropped.  */
#include <config.h>
#include "util/system.h"

#include "rules/ctx.h"
#include "rules/learn.h"
#include "util/xalloc.h"

/* What each kind of convention says, by enum td_convention_kind: %1$s
   and %2$s are the convention's ko and en.  */
static const char *const clauses[TD_CONV__COUNT] = {
  /* TRANSLATORS: %1$s is the start of the Korean links, %2$s that of the
     English links they stand for.  */
  [TD_CONV_LINK_PREFIX] = N_("Korean links start with '%1$s' where the "
                             "English ones start with '%2$s'"),
  /* TRANSLATORS: %s is a front matter key.  */
  [TD_CONV_FM_DROPPED] = N_("Korean pages leave out the front matter key "
                            "'%s'"),
  /* TRANSLATORS: %s is a front matter key.  */
  [TD_CONV_FM_ADDED] = N_("Korean pages add the front matter key '%s'"),
};

/* The message of the note about C.  Returns a new string.  */
static char *
message (const struct td_convention *c)
{
  char *clause = td_fill_message (_(clauses[c->kind]), c->ko,
                                  c->en ? c->en : "");
  char *member = td_learn_pin (c);
  const char *id = td_rules[c->rule].id;
  char *m;
  if (member)
    m = xasprintf (ngettext (
                     /* TRANSLATORS: %1$s is a sentence such as "Korean
                        links start with '/ko/' where the English ones
                        start with '/'"; %2$zu and %3$zu are numbers of
                        pairs (both at least 3: the pairs that follow it,
                        and those it was counted on), %4$s a rule id, %5$zu a
                        number of findings, %6$s a JSON member such as
                        "link_prefixes": [["/ko/","/"]].  */
                     "%1$s in %2$zu of %3$zu pairs: a convention of this "
                     "repository, so its %5$zu [%4$s] finding is not "
                     "reported; to pin it, add "
                     "%6$s to .twindoc.json",
                     "%1$s in %2$zu of %3$zu pairs: a convention of this "
                     "repository, so its %5$zu [%4$s] findings are not "
                     "reported; to pin it, add "
                     "%6$s to .twindoc.json",
                     c->findings),
                   clause, c->pairs, c->base, id, c->findings, member);
  else
    m = xasprintf (ngettext (
                     /* TRANSLATORS: as the message before, without a JSON
                        member: %1$s is a sentence, %2$zu and %3$zu numbers
                        of pairs, %4$s a rule id, %5$zu a number of
                        findings.  */
                     "%1$s in %2$zu of %3$zu pairs: a convention of this "
                     "repository, so its %5$zu [%4$s] finding is not "
                     "reported; no key of "
                     ".twindoc.json pins it yet",
                     "%1$s in %2$zu of %3$zu pairs: a convention of this "
                     "repository, so its %5$zu [%4$s] findings are not "
                     "reported; no key of "
                     ".twindoc.json pins it yet",
                     c->findings),
                   clause, c->pairs, c->base, id, c->findings);
  free (member);
  free (clause);
  return m;
}

/* td_diag_list_remove_if predicate: D follows a convention of ARG.  */
static bool
explained (const struct td_diag *d, size_t i, void *arg)
{
  (void) i;
  return td_learn_match (arg, d) != NULL;
}

void
td_check_conventions (struct td_ctx *ctx)
{
  const struct td_run_end *end = ctx->run_end;
  struct td_conventions *learned = end->learned;
  size_t had = learned->n;
  td_learn (ctx->list, end->first, end->pairs, learned);
  if (learned->n == had)
    return;
  td_diag_list_remove_if (ctx->list, end->first, explained, learned);
  enum td_severity sev = ctx->opts->severity[TD_R_CONVENTION];
  for (size_t i = had; i < learned->n; i++)
    td_diag_push (ctx->list, TD_R_CONVENTION, sev, end->ko_root, 0, 0,
                  message (&learned->v[i]));
}
