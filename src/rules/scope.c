/* scope.c: translation and source findings (scope.h).  One rule: a
   finding of a rule that can blame one page alone (its row below) is a
   source finding when it stands on the English side, the English file of
   a pair or the English half of a bilingual file; every other finding is
   a translation finding.  Code that the translation must keep as it is
   (JSON, IAM policies) brings the English defects along: a finding of
   such a rule in the Korean text that repeats a source finding, same
   message on the same line of code, is a source finding too.  */
#include <config.h>
#include "util/system.h"
#include "rules/scope.h"

#include <limits.h>

#include "doc/source.h"
#include "page/page.h"
#include "report/diag.h"

/* What a rule's findings can blame.  */
enum rule_class
{
  CLASS_PAIR = 0, /* the two versions differ: always translation */
  CLASS_PAGE,     /* one page: source on the English side */
  CLASS_COPY      /* code copied as is: source on the English side, and
                     where the Korean copy repeats the English finding */
};

static const enum rule_class rule_class[TD_R__COUNT] = {
  [TD_R_FRONT_MATTER] = CLASS_PAGE,
  [TD_R_ENCODING] = CLASS_PAGE,
  [TD_R_UNUSED_SUPPRESSION] = CLASS_PAGE,
  [TD_R_JSON_SYNTAX] = CLASS_COPY,
  [TD_R_PLACEHOLDER_UNDOCUMENTED] = CLASS_COPY,
  [TD_R_PLACEHOLDER_UNUSED] = CLASS_COPY,
  [TD_R_IAM_SHAPE] = CLASS_COPY,
  [TD_R_IAM_VERSION] = CLASS_COPY,
  [TD_R_IAM_ACTION] = CLASS_COPY,
  [TD_R_IAM_ARN] = CLASS_COPY,
  [TD_R_IAM_RESOURCE_TYPE] = CLASS_COPY,
  [TD_R_IAM_RESOURCE_STAR] = CLASS_COPY,
  [TD_R_IAM_DUPLICATE] = CLASS_COPY,
  [TD_R_IAM_PRINCIPAL] = CLASS_COPY,
  [TD_R_IAM_TRUST] = CLASS_COPY,
};

/* The file line where HALF's blocks start, or INT_MAX when it has
   none.  */
static int
half_start (const struct td_half *half)
{
  if (half->first >= half->last)
    return INT_MAX;
  return half->doc->blocks[half->first].line;
}

/* True when D stands on the English side of PG.  In a bilingual file,
   the front matter and the imports before the English half are shared
   by both languages and count as neither.  */
static bool
english_side (const struct td_page *pg, const struct td_diag *d)
{
  if (d->loc.file == NULL || !STREQ (d->loc.file, pg->doc[0]->src->path))
    return false;
  if (pg->pair)
    return true;
  int ko = pg->ko.first < pg->ko.doc->nblocks
             ? pg->ko.doc->blocks[pg->ko.first].line : INT_MAX;
  return d->loc.line >= half_start (&pg->en) && d->loc.line < ko;
}

/* S without its leading and trailing white space: *N bytes from the
   result.  */
static const char *
trim (const char *s, size_t *n)
{
  if (s == NULL)
    s = "";
  while (*s == ' ' || *s == '\t')
    s++;
  size_t len = strlen (s);
  while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'
                     || s[len - 1] == '\r'))
    len--;
  *n = len;
  return s;
}

/* True when D repeats E: the same rule, message and line of code.  */
static bool
repeats (const struct td_diag *d, const struct td_diag *e)
{
  size_t dn, en;
  const char *dx = trim (d->excerpt, &dn);
  const char *ex = trim (e->excerpt, &en);
  return d->rule == e->rule && STREQ (d->message, e->message) && dn == en
         && memcmp (dx, ex, dn) == 0;
}

void
td_scope_classify (const struct td_page *pg, struct td_diag_list *list,
                   size_t first)
{
  for (size_t i = first; i < list->n; i++)
    {
      struct td_diag *d = &list->items[i];
      d->scope = rule_class[d->rule] != CLASS_PAIR && english_side (pg, d)
                   ? TD_SCOPE_SOURCE : TD_SCOPE_TRANSLATION;
    }
  for (size_t i = first; i < list->n; i++)
    {
      struct td_diag *d = &list->items[i];
      if (rule_class[d->rule] != CLASS_COPY || d->scope == TD_SCOPE_SOURCE)
        continue;
      for (size_t k = first; k < list->n; k++)
        if (list->items[k].scope == TD_SCOPE_SOURCE
            && english_side (pg, &list->items[k])
            && repeats (d, &list->items[k]))
          {
            d->scope = TD_SCOPE_SOURCE;
            break;
          }
    }
}

/* True when D is out of the scope *ARG keeps.  */
static bool
out_of_scope (const struct td_diag *d, size_t i, void *arg)
{
  const enum td_scope_filter *scope = arg;
  (void) i;
  switch (*scope)
    {
    case TD_SCOPES_TRANSLATION:
      return d->scope != TD_SCOPE_TRANSLATION;
    case TD_SCOPES_SOURCE:
      return d->scope != TD_SCOPE_SOURCE;
    case TD_SCOPES_ALL:
    default:
      return false;
    }
}

void
td_scope_apply (const struct td_check_options *opts,
                struct td_diag_list *list, size_t first)
{
  enum td_scope_filter scope = opts->scope;
  if (scope != TD_SCOPES_ALL)
    {
      td_diag_list_remove_if (list, first, out_of_scope, &scope);
      return;
    }
  for (size_t i = first; i < list->n; i++)
    {
      struct td_diag *d = &list->items[i];
      if (d->scope == TD_SCOPE_SOURCE && d->severity > TD_SEV_WARNING
          && !opts->severity_set[d->rule])
        td_diag_set_severity (list, d, TD_SEV_WARNING);
    }
}
