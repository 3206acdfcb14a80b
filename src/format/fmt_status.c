/* fmt_status.c: the output formats of `status`: text, JSON (its keys
   are an interface, never translated) and Markdown.  */
#include <config.h>
#include "util/system.h"
#include "format/fmt.h"

#include <errno.h>

#include <cJSON.h>

#include "rules/status.h"

/* REV as messages show it, in BUF (SIZE bytes): a commit shortened to
   12 digits, a hash as it is, "?" for none.  Returns BUF.  */
static const char *
short_rev (const char *rev, char *buf, size_t size)
{
  if (rev == NULL)
    rev = "?";
  size_t n = strlen (rev);
  bool hex = n == 40 && strspn (rev, "0123456789abcdef") == n;
  snprintf (buf, size, "%.*s", hex ? 12 : (int) n, rev);
  return buf;
}

static int
finish (FILE *out)
{
  return (fflush (out) != 0 || ferror (out)) ? -1 : 0;
}

/* The counts of each state of PAGES into C.  */
static void
count (const struct td_status_page *pages, size_t n, size_t c[4])
{
  c[0] = c[1] = c[2] = c[3] = 0;
  for (size_t i = 0; i < n; i++)
    c[pages[i].state]++;
}

static void
text_change (FILE *out, const struct td_status_page *p,
             const struct td_change *c)
{
  switch (c->kind)
    {
    case TD_CHANGE_CHANGED:
      if (c->ko_line)
        /* TRANSLATORS: %1$s:%2$d is the Korean block to update, %3$s:%4$d
           the English block that changed, %5$s a word diff.  */
        fprintf (out, _("%1$s:%2$d: changed: %3$s:%4$d: %5$s\n"), p->ko,
                 c->ko_line, p->en, c->en_line, c->diff);
      else
        /* TRANSLATORS: %2$s:%3$d is the English block that changed,
           %4$s a word diff.  */
        fprintf (out, _("%1$s: changed, without a Korean block: %2$s:%3$d: "
                        "%4$s\n"),
                 p->ko, p->en, c->en_line, c->diff);
      break;
    case TD_CHANGE_NEW:
      if (c->ko_after)
        /* TRANSLATORS: %3$s:%4$d is a new English block that belongs
           after Korean line %1$s:%2$d; %5$s its text.  */
        fprintf (out, _("%1$s:%2$d: new after this line: %3$s:%4$d: %5$s\n"),
                 p->ko, c->ko_line, p->en, c->en_line, c->diff);
      else
        /* TRANSLATORS: %3$s:%4$d is a new English block that belongs
           before Korean line %1$s:%2$d; %5$s its text.  */
        fprintf (out, _("%1$s:%2$d: new before this line: %3$s:%4$d: "
                        "%5$s\n"),
                 p->ko, c->ko_line, p->en, c->en_line, c->diff);
      break;
    case TD_CHANGE_REMOVED:
      if (c->ko_line)
        /* TRANSLATORS: %1$s:%2$d is a Korean block to remove; %3$s:%4$d
           where its English was, in the version it was translated from;
           %5$s the English text removed.  */
        fprintf (out, _("%1$s:%2$d: removed: %3$s:%4$d (old): %5$s\n"),
                 p->ko, c->ko_line, p->en, c->en_line, c->diff);
      else
        /* TRANSLATORS: %2$s:%3$d is where an English block was removed,
           in the version translated; %4$s its text.  */
        fprintf (out, _("%1$s: removed, without a Korean block: %2$s:%3$d "
                        "(old): %4$s\n"),
                 p->ko, p->en, c->en_line, c->diff);
      break;
    }
}

int
td_fmt_status_text (FILE *out, const struct td_status_page *pages, size_t n,
                    bool tree)
{
  for (size_t i = 0; i < n; i++)
    {
      const struct td_status_page *p = &pages[i];
      char rev[64];
      short_rev (p->rev, rev, sizeof rev);
      switch (p->state)
        {
        case TD_STALE_UP_TO_DATE:
          /* TRANSLATORS: %1$s is the Korean page, %2$s a commit or a hash
             of the English it was translated from.  */
          fprintf (out, _("%1$s: up to date with %2$s\n"), p->ko, rev);
          break;
        case TD_STALE_OUTDATED:
          /* TRANSLATORS: %1$s is the Korean page, %2$s a commit or a hash
             of the English it was translated from, then the counts of
             English blocks changed, added and removed since.  */
          fprintf (out, _("%1$s: outdated since %2$s: %3$zu changed, "
                          "%4$zu new, %5$zu removed\n"),
                   p->ko, rev, p->stale.nchanged, p->stale.nnew,
                   p->stale.nremoved);
          for (size_t j = 0; j < p->stale.n; j++)
            text_change (out, p, &p->stale.changes[j]);
          break;
        case TD_STALE_MISSING:
          /* TRANSLATORS: %1$s is the Korean page, %2$s the English one.  */
          fprintf (out, _("%1$s: missing: no translation of %2$s\n"), p->ko,
                   p->en);
          break;
        case TD_STALE_UNKNOWN:
          if (p->rev)
            /* TRANSLATORS: %2$s is a commit at which git has no English
               file.  */
            fprintf (out, _("%1$s: unknown: git has no English file at "
                            "%2$s\n"),
                     p->ko, rev);
          else
            fprintf (out, _("%s: unknown: no record of the English it was "
                            "translated from\n"),
                     p->ko);
          break;
        }
    }
  if (tree)
    {
      size_t c[4];
      count (pages, n, c);
      /* TRANSLATORS: the summary of `status --tree`.  */
      fprintf (out, _("%1$zu pages: %2$zu up to date, %3$zu outdated, "
                      "%4$zu missing, %5$zu unknown\n"),
               n, c[0], c[1], c[2], c[3]);
    }
  return finish (out);
}

static const char *
base_name (enum td_status_base b)
{
  switch (b)
    {
    case TD_BASE_FRONT_MATTER: return "front-matter";
    case TD_BASE_LOCK: return "lock";
    case TD_BASE_GIT: return "git";
    case TD_BASE_NONE: break;
    }
  return NULL;
}

static cJSON *
build (const struct td_status_page *pages, size_t n)
{
  cJSON *root = cJSON_CreateObject ();
  cJSON *arr = cJSON_AddArrayToObject (root, "pages");
  for (size_t i = 0; i < n; i++)
    {
      const struct td_status_page *p = &pages[i];
      cJSON *o = cJSON_CreateObject ();
      cJSON_AddItemToArray (arr, o);
      cJSON_AddStringToObject (o, "en", p->en);
      cJSON_AddStringToObject (o, "ko", p->ko);
      cJSON_AddStringToObject (o, "status", td_stale_state_name (p->state));
      const char *b = base_name (p->base);
      if (b)
        cJSON_AddStringToObject (o, "base", b);
      else
        cJSON_AddNullToObject (o, "base");
      if (p->rev)
        cJSON_AddStringToObject (o, "revision", p->rev);
      else
        cJSON_AddNullToObject (o, "revision");
      cJSON_AddNumberToObject (o, "changed", (double) p->stale.nchanged);
      cJSON_AddNumberToObject (o, "new", (double) p->stale.nnew);
      cJSON_AddNumberToObject (o, "removed", (double) p->stale.nremoved);
      cJSON *ch = cJSON_AddArrayToObject (o, "changes");
      for (size_t j = 0; j < p->stale.n; j++)
        {
          const struct td_change *c = &p->stale.changes[j];
          cJSON *co = cJSON_CreateObject ();
          cJSON_AddItemToArray (ch, co);
          cJSON_AddStringToObject (co, "kind", td_change_kind_name (c->kind));
          if (c->ko_line)
            cJSON_AddNumberToObject (co, "ko_line", c->ko_line);
          else
            cJSON_AddNullToObject (co, "ko_line");
          if (c->kind == TD_CHANGE_NEW)
            cJSON_AddStringToObject (co, "insert",
                                     c->ko_after ? "after" : "before");
          cJSON_AddNumberToObject (co, "en_line", c->en_line);
          cJSON_AddStringToObject (co, "text", c->diff);
        }
    }
  size_t c[4];
  count (pages, n, c);
  cJSON *s = cJSON_AddObjectToObject (root, "summary");
  cJSON_AddNumberToObject (s, "pages", (double) n);
  cJSON_AddNumberToObject (s, "up-to-date", (double) c[0]);
  cJSON_AddNumberToObject (s, "outdated", (double) c[1]);
  cJSON_AddNumberToObject (s, "missing", (double) c[2]);
  cJSON_AddNumberToObject (s, "unknown", (double) c[3]);
  return root;
}

int
td_fmt_status_json (FILE *out, const struct td_status_page *pages, size_t n,
                    bool tree)
{
  (void) tree;
  cJSON *root = build (pages, n);
  char *text = root ? cJSON_Print (root) : NULL;
  cJSON_Delete (root);
  if (!text)
    {
      errno = ENOMEM;
      return -1;
    }
  fputs (text, out);
  fputc ('\n', out);
  cJSON_free (text);
  return finish (out);
}

/* S with '&', '<', '>' and '|' escaped for HTML in Markdown.  */
static void
put_html (FILE *out, const char *s)
{
  for (; *s; s++)
    switch (*s)
      {
      case '&': fputs ("&amp;", out); break;
      case '<': fputs ("&lt;", out); break;
      case '>': fputs ("&gt;", out); break;
      case '|': fputs ("&#124;", out); break;
      default: fputc (*s, out);
      }
}

static const char *
state_label (enum td_stale_state s)
{
  switch (s)
    {
    /* TRANSLATORS: a page's status in the Markdown table.  */
    case TD_STALE_UP_TO_DATE: return _("up to date");
    /* TRANSLATORS: a page's status in the Markdown table.  */
    case TD_STALE_OUTDATED: return _("outdated");
    /* TRANSLATORS: a page's status in the Markdown table.  */
    case TD_STALE_MISSING: return _("missing");
    case TD_STALE_UNKNOWN: break;
    }
  /* TRANSLATORS: a page's status in the Markdown table.  */
  return _("unknown");
}

static const char *
kind_label (enum td_change_kind k)
{
  switch (k)
    {
    /* TRANSLATORS: a kind of change in the Markdown output.  */
    case TD_CHANGE_CHANGED: return _("changed");
    /* TRANSLATORS: a kind of change in the Markdown output.  */
    case TD_CHANGE_NEW: return _("new");
    case TD_CHANGE_REMOVED: break;
    }
  /* TRANSLATORS: a kind of change in the Markdown output.  */
  return _("removed");
}

int
td_fmt_status_markdown (FILE *out, const struct td_status_page *pages,
                        size_t n, bool tree)
{
  (void) tree;
  /* TRANSLATORS: the header of the Markdown table of `status`: keep the
     '|' characters.  */
  fputs (_("| Page | Status | Changed | New | Removed |\n"), out);
  fputs ("| --- | --- | ---: | ---: | ---: |\n", out);
  for (size_t i = 0; i < n; i++)
    {
      const struct td_status_page *p = &pages[i];
      fputs ("| <code>", out);
      put_html (out, p->ko);
      fprintf (out, "</code> | %s | %zu | %zu | %zu |\n", state_label (p->state),
               p->stale.nchanged, p->stale.nnew, p->stale.nremoved);
    }
  for (size_t i = 0; i < n; i++)
    {
      const struct td_status_page *p = &pages[i];
      if (p->state != TD_STALE_OUTDATED)
        continue;
      fputs ("\n<details>\n<summary><code>", out);
      put_html (out, p->ko);
      fprintf (out, "</code>: ");
      fprintf (out, _("%1$zu changed, %2$zu new, %3$zu removed"),
               p->stale.nchanged, p->stale.nnew, p->stale.nremoved);
      fputs ("</summary>\n\n", out);
      for (size_t j = 0; j < p->stale.n; j++)
        {
          const struct td_change *c = &p->stale.changes[j];
          fputs ("- ", out);
          if (c->ko_line)
            {
              fputs ("<code>", out);
              put_html (out, p->ko);
              fprintf (out, ":%d</code> ", c->ko_line);
            }
          fprintf (out, "%s (<code>", kind_label (c->kind));
          put_html (out, p->en);
          fprintf (out, ":%d</code>): <code>", c->en_line);
          put_html (out, c->diff);
          fputs ("</code>\n", out);
        }
      fputs ("\n</details>\n", out);
    }
  return finish (out);
}
