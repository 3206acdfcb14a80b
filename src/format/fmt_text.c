/* fmt_text.c: the GNU-style text output format (FILE:LINE:COLUMN:
   SEVERITY: MESSAGE [RULE]), and the table of output formats.  */
#include <config.h>
#include "util/system.h"
#include "format/fmt.h"

#include "rules/rules.h"
#include "util/xalloc.h"

const struct td_format td_formats[] = {
  { "text", td_fmt_text },
  { "json", td_fmt_json },
  { "sarif", td_fmt_sarif },
  { "github", td_fmt_github },
  { NULL, NULL }
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

/* Prints the closing "N errors, M warnings in K files" line.  */
static void
put_summary (FILE *out, const struct td_diag_list *list)
{
  int errors = (int) list->counts[TD_SEV_ERROR];
  int warnings = (int) list->counts[TD_SEV_WARNING];
  int notes = (int) list->counts[TD_SEV_NOTE];
  int files = (int) td_diag_list_files_with_findings (list);
  char *e, *w, *n = NULL, *f;

  e = xasprintf (ngettext ("%d error", "%d errors", errors), errors);
  w = xasprintf (ngettext ("%d warning", "%d warnings", warnings), warnings);
  f = xasprintf (ngettext ("%d file", "%d files", files), files);
  if (notes > 0)
    {
      n = xasprintf (ngettext ("%d note", "%d notes", notes), notes);
      /* TRANSLATORS: the summary after the findings, e.g. "1 error,
         2 warnings, 3 notes in 1 file".  %1$s is the error count, %2$s the
         warning count, %3$s the note count (each already translated, such
         as "2 warnings") and %4$s the file count ("1 file").  */
      fprintf (out, _("%1$s, %2$s, %3$s in %4$s\n"), e, w, n, f);
    }
  else
    /* TRANSLATORS: the summary after the findings, e.g. "1 error,
       2 warnings in 1 file".  %1$s is the error count, %2$s the warning
       count (each already translated, such as "2 warnings") and %3$s the
       file count ("1 file").  */
    fprintf (out, _("%1$s, %2$s in %3$s\n"), e, w, f);
  free (e);
  free (w);
  free (n);
  free (f);
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
  if (opts->summary && list->n > 0)
    put_summary (out, list);
  if (fflush (out) != 0 || ferror (out))
    return -1;
  return 0;
}
