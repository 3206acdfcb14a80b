/* fmt_github.c: GitHub Actions workflow commands, one per finding:
   ::error file=F,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE
   (::warning and ::notice for the other severities).  GitHub shows them
   as annotations of the run and of the pull request.  */
#include <config.h>
#include "util/system.h"
#include "format/fmt.h"

#include "util/buf.h"
#include "rules/rules.h"
#include "util/xalloc.h"

/* Appends S to B, escaped as @actions/core escapes command data: '%',
   CR and LF; in a property value (PROPERTY) also ':' and ','.  */
static void
put_escaped (struct td_buf *b, const char *s, bool property)
{
  for (; *s; s++)
    switch (*s)
      {
      case '%':
        td_buf_puts (b, "%25");
        break;
      case '\r':
        td_buf_puts (b, "%0D");
        break;
      case '\n':
        td_buf_puts (b, "%0A");
        break;
      case ':':
        td_buf_puts (b, property ? "%3A" : ":");
        break;
      case ',':
        td_buf_puts (b, property ? "%2C" : ",");
        break;
      default:
        td_buf_putc (b, *s);
        break;
      }
}

/* The workflow command for a severity.  */
static const char *
command_name (enum td_severity sev)
{
  switch (sev)
    {
    case TD_SEV_ERROR:
      return "error";
    case TD_SEV_WARNING:
      return "warning";
    case TD_SEV_NOTE:
    case TD_SEV_OFF:
      return "notice";
    }
  return "notice";
}

/* Appends the properties of LOC ("file=F,line=L,...") to B, each after a
   separator (' ' before the first, ',' before the others); returns
   whether one was written.  GitHub takes columns only on one line, so
   they are left out for a span over several lines.  */
static bool
put_location (struct td_buf *b, const struct td_loc *loc)
{
  int end_line, end_column;

  if (!loc->file)
    return false;
  td_buf_puts (b, " file=");
  put_escaped (b, loc->file, true);
  if (loc->line <= 0)
    return true;
  td_buf_printf (b, ",line=%d", loc->line);
  end_line = loc->end_line > loc->line ? loc->end_line : loc->line;
  if (end_line != loc->line)
    {
      td_buf_printf (b, ",endLine=%d", end_line);
      return true;
    }
  if (loc->column <= 0)
    return true;
  end_column = loc->end_column >= loc->column ? loc->end_column
               : loc->column;
  td_buf_printf (b, ",col=%d,endLine=%d,endColumn=%d", loc->column,
                 end_line, end_column);
  return true;
}

/* The message of D with its counterpart, caller frees.  */
static char *
message (const struct td_diag *d)
{
  const char *msg = d->message ? d->message : "";
  const char *rfile = d->related.file ? d->related.file : "";

  if (d->related.line <= 0)
    return xstrdup (msg);
  if (d->related.column <= 0)
    /* TRANSLATORS: a finding in a GitHub annotation followed by where its
       counterpart in the other language's file is: %1$s is the message,
       %2$s the file name, %3$d the line.  */
    return xasprintf (_("%1$s (counterpart: %2$s:%3$d)"), msg, rfile,
                      d->related.line);
  /* TRANSLATORS: a finding in a GitHub annotation followed by where its
     counterpart in the other language's file is: %1$s is the message,
     %2$s the file name, %3$d the line and %4$d the column.  */
  return xasprintf (_("%1$s (counterpart: %2$s:%3$d:%4$d)"), msg, rfile,
                    d->related.line, d->related.column);
}

int
td_fmt_github (FILE *out, const struct td_diag_list *list,
               const struct td_fmt_options *opts)
{
  struct td_buf b = TD_BUF_INIT;
  size_t i;

  (void) opts;
  for (i = 0; i < list->n; i++)
    {
      const struct td_diag *d = &list->items[i];
      bool props;
      char *msg;

      td_buf_clear (&b);
      td_buf_puts (&b, "::");
      td_buf_puts (&b, command_name (d->severity));
      props = put_location (&b, &d->loc);
      if (d->rule >= 0 && d->rule < TD_R__COUNT)
        {
          td_buf_puts (&b, props ? ",title=" : " title=");
          put_escaped (&b, td_rules[d->rule].id, true);
        }
      td_buf_puts (&b, "::");
      msg = message (d);
      put_escaped (&b, msg, false);
      free (msg);
      td_buf_putc (&b, '\n');
      fputs (td_buf_str (&b), out);
    }
  td_buf_free (&b);
  if (fflush (out) != 0 || ferror (out))
    return -1;
  return 0;
}
