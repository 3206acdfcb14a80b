/* fmt_text.c: the GNU-style text output format (FILE:LINE:COLUMN:
   SEVERITY: MESSAGE [RULE]), and the table of output formats.  */
#include <config.h>
#include "util/system.h"
#include "format/fmt.h"

#include "rules/rules.h"
#include "util/buf.h"
#include "util/xalloc.h"

const struct td_format td_formats[] = {
  { "text", td_fmt_text, false },
  { "json", td_fmt_json, false },
  { "sarif", td_fmt_sarif, false },
  { "github", td_fmt_github, false },
  { "html", td_fmt_html, true },
  { NULL, NULL, false }
};

const struct td_format *
td_format_find (const char *name)
{
  const struct td_format *f;

  for (f = td_formats; f->name; f++)
    if (STREQ (f->name, name))
      return f;
  return NULL;
}

/* SGR sequences, as gcc uses them.  */
#define SGR_BOLD "\033[1m"
#define SGR_RED "\033[1;31m"
#define SGR_MAGENTA "\033[1;35m"
#define SGR_CYAN "\033[1;36m"
#define SGR_GREEN "\033[1;32m"
#define SGR_RESET "\033[0m"

static const char *
severity_color (enum td_severity sev)
{
  switch (sev)
    {
    case TD_SEV_ERROR:
      return SGR_RED;
    case TD_SEV_WARNING:
      return SGR_MAGENTA;
    case TD_SEV_NOTE:
    case TD_SEV_OFF:
      return SGR_CYAN;
    }
  return SGR_CYAN;
}

/* Prints "FILE:LINE:COLUMN: SEVERITY: " for LOC, leaving out the parts
   that are unknown.  */
static void
put_prefix (FILE *out, const struct td_loc *loc, enum td_severity sev,
            bool color)
{
  if (color)
    fputs (SGR_BOLD, out);
  fputs (loc->file ? loc->file : "", out);
  if (loc->line > 0)
    {
      fprintf (out, ":%d", loc->line);
      if (loc->column > 0)
        fprintf (out, ":%d", loc->column);
    }
  fputc (':', out);
  if (color)
    fputs (SGR_RESET, out);
  fputc (' ', out);
  if (color)
    fputs (severity_color (sev), out);
  fputs (td_severity_name (sev), out);
  fputc (':', out);
  if (color)
    fputs (SGR_RESET, out);
  fputc (' ', out);
}

/* Prints the source line of D and a caret line under its span.  Tabs are
   printed as one space in both lines so that the caret lines up.  */
static void
put_excerpt (FILE *out, const struct td_diag *d, bool color)
{
  const char *p;
  int i, col = d->excerpt_col > 0 ? d->excerpt_col : 1;
  int width = d->excerpt_width > 0 ? d->excerpt_width : 1;

  fprintf (out, "%5d | ", d->loc.line);
  for (p = d->excerpt; *p; p++)
    fputc (*p == '\t' ? ' ' : *p, out);
  fputs ("\n      | ", out);
  for (i = 1; i < col; i++)
    fputc (' ', out);
  if (color)
    fputs (SGR_GREEN, out);
  fputc ('^', out);
  for (i = 1; i < width; i++)
    fputc ('~', out);
  if (color)
    fputs (SGR_RESET, out);
  fputc ('\n', out);
}

/* Prints the closing "checked N page pairs in T s: N errors, M warnings"
   line: how much was checked, even when nothing was found.  */
static void
put_summary (FILE *out, const struct td_diag_list *list,
             const struct td_fmt_options *opts)
{
  int errors = (int) list->counts[TD_SEV_ERROR];
  int warnings = (int) list->counts[TD_SEV_WARNING];
  int notes = (int) list->counts[TD_SEV_NOTE];
  struct td_buf counts = TD_BUF_INIT;
  char *e, *w, *p;

  e = xasprintf (ngettext ("%d error", "%d errors", errors), errors);
  w = xasprintf (ngettext ("%d warning", "%d warnings", warnings), warnings);
  p = xasprintf (ngettext ("%d page pair", "%d page pairs", opts->pairs),
                 opts->pairs);
  if (notes > 0)
    {
      char *n = xasprintf (ngettext ("%d note", "%d notes", notes), notes);
      /* TRANSLATORS: the counts of the summary, e.g. "1 error, 2 warnings,
         3 notes": %1$s is the error count, %2$s the warning count, %3$s
         the note count (each already translated).  */
      td_buf_printf (&counts, _("%1$s, %2$s, %3$s"), e, w, n);
      free (n);
    }
  else
    /* TRANSLATORS: the counts of the summary, e.g. "1 error, 2 warnings":
       %1$s is the error count, %2$s the warning count (each already
       translated).  */
    td_buf_printf (&counts, _("%1$s, %2$s"), e, w);
  if (opts->show_time)
    /* TRANSLATORS: the summary after the findings, e.g. "checked 30 page
       pairs in 0.04 s: 3 errors, 5 warnings".  %1$s is the number of
       pairs ("30 page pairs"), %2$.2f the seconds, %3$s the counts.  */
    fprintf (out, _("checked %1$s in %2$.2f s: %3$s\n"), p, opts->seconds,
             td_buf_str (&counts));
  else
    /* TRANSLATORS: the summary after the findings without the time, e.g.
       "checked 30 page pairs: 3 errors, 5 warnings".  %1$s is the number
       of pairs ("30 page pairs"), %2$s the counts.  */
    fprintf (out, _("checked %1$s: %2$s\n"), p, td_buf_str (&counts));
  td_buf_free (&counts);
  free (e);
  free (w);
  free (p);
}

/* One line of --statistics: a rule and its number of findings.  */
struct rule_count
{
  int rule;
  size_t n;
};

static int
by_count (const void *a, const void *b)
{
  const struct rule_count *x = a, *y = b;
  if (x->n != y->n)
    return x->n < y->n ? 1 : -1;
  return strcmp (td_rules[x->rule].id, td_rules[y->rule].id);
}

/* Prints, with --statistics, the number of findings of each rule that has
   any, the most frequent first: "     3  ko-spacing".  */
static void
put_statistics (FILE *out, const struct td_diag_list *list)
{
  struct rule_count counts[TD_R__COUNT];
  size_t n = 0;

  for (int r = 0; r < TD_R__COUNT; r++)
    counts[r] = (struct rule_count) { r, 0 };
  for (size_t i = 0; i < list->n; i++)
    if (list->items[i].rule >= 0 && list->items[i].rule < TD_R__COUNT)
      counts[list->items[i].rule].n++;
  qsort (counts, TD_R__COUNT, sizeof *counts, by_count);
  while (n < TD_R__COUNT && counts[n].n > 0)
    n++;
  for (size_t i = 0; i < n; i++)
    fprintf (out, "%6zu  %s\n", counts[i].n, td_rules[counts[i].rule].id);
}

/* Prints, with --show-links, the documentation link of each rule that
   has findings, in the order of the rule table:
   "  ko-particle: https://.../rules.md#ko-particle".  */
static void
put_links (FILE *out, const struct td_diag_list *list)
{
  bool seen[TD_R__COUNT] = { false };
  bool any = false;

  for (size_t i = 0; i < list->n; i++)
    if (list->items[i].rule >= 0 && list->items[i].rule < TD_R__COUNT)
      any = seen[list->items[i].rule] = true;
  if (!any)
    return;
  /* TRANSLATORS: before the documentation links of the rules found
     (--show-links), one "  RULE: ADDRESS" line each.  */
  fputs (_("For more information:\n"), out);
  for (int r = 0; r < TD_R__COUNT; r++)
    if (seen[r])
      {
        char *link = td_rule_link (r);
        fprintf (out, "  %s: %s\n", td_rules[r].id, link);
        free (link);
      }
}

int
td_fmt_text (FILE *out, const struct td_diag_list *list,
             const struct td_fmt_options *opts)
{
  size_t i;

  for (i = 0; i < list->n; i++)
    {
      const struct td_diag *d = &list->items[i];
      const char *id = (d->rule >= 0 && d->rule < TD_R__COUNT
                        ? td_rules[d->rule].id : "?");

      put_prefix (out, &d->loc, d->severity, opts->color);
      fprintf (out, "%s [%s]\n", d->message ? d->message : "", id);
      if (opts->excerpt && d->excerpt && d->loc.line > 0)
        put_excerpt (out, d, opts->color);
      if (d->related.line > 0)
        {
          put_prefix (out, &d->related, TD_SEV_NOTE, opts->color);
          fprintf (out, "%s\n", (d->related_message ? d->related_message
                                 /* TRANSLATORS: the note that points at
                                    the counterpart of a finding in the
                                    other language's file.  */
                                 : _("the counterpart is here")));
        }
    }
  if (opts->links)
    put_links (out, list);
  if (opts->summary)
    put_summary (out, list, opts);
  if (opts->statistics)
    put_statistics (out, list);
  if (fflush (out) != 0 || ferror (out))
    return -1;
  return 0;
}
