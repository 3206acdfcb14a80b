/* diag.c: the diagnostic list: interned file names, appending, stable
   sorting and counting of findings.  */
#include <config.h>
#include "util/system.h"
#include "report/diag.h"

#include "util/xalloc.h"

void
td_diag_list_init (struct td_diag_list *list)
{
  memset (list, 0, sizeof *list);
}

void
td_diag_release (struct td_diag *d)
{
  free (d->message);
  free (d->related_message);
  free (d->excerpt);
  free (d->fix_old);
  free (d->fix_new);
  free (d->pattern);
  d->message = d->related_message = d->excerpt = NULL;
  d->fix_old = d->fix_new = d->pattern = NULL;
}

void
td_diag_list_free (struct td_diag_list *list)
{
  size_t i;

  if (!list)
    return;
  for (i = 0; i < list->n; i++)
    td_diag_release (&list->items[i]);
  free (list->items);
  for (i = 0; i < list->nfiles; i++)
    free (list->files[i]);
  free (list->files);
  td_diag_list_init (list);
}

void
td_diag_list_take (struct td_diag_list *dst, struct td_diag_list *src)
{
  /* SRC's names first, in their order, as if SRC's run had interned them
     in DST: files without findings keep their place too.  */
  for (size_t i = 0; i < src->nfiles; i++)
    td_diag_intern (dst, src->files[i]);
  for (size_t i = 0; i < src->n; i++)
    {
      struct td_diag *d = &src->items[i];
      dst->items = xgrow (dst->items, &dst->alloc, dst->n + 1,
                          sizeof *dst->items);
      struct td_diag *to = &dst->items[dst->n];
      *to = *d;
      to->loc.file = td_diag_intern (dst, d->loc.file);
      if (d->related.file)
        to->related.file = td_diag_intern (dst, d->related.file);
      to->seq = dst->n;
      dst->counts[d->severity]++;
      dst->n++;
    }
  /* The strings went with the findings; only the arrays are left.  */
  free (src->items);
  for (size_t i = 0; i < src->nfiles; i++)
    free (src->files[i]);
  free (src->files);
  td_diag_list_init (src);
}

/* The index of the interned NAME in LIST->files, or LIST->nfiles if NAME
   is not one of them.  Compares pointers first: interned names are
   shared.  */
static size_t
file_index (const struct td_diag_list *list, const char *name)
{
  size_t i;

  for (i = 0; i < list->nfiles; i++)
    if (list->files[i] == name)
      return i;
  if (name)
    for (i = 0; i < list->nfiles; i++)
      if (STREQ (list->files[i], name))
        return i;
  return list->nfiles;
}

const char *
td_diag_intern (struct td_diag_list *list, const char *name)
{
  size_t i;

  if (!name)
    name = "";
  i = file_index (list, name);
  if (i < list->nfiles)
    return list->files[i];
  list->files = xgrow (list->files, &list->files_alloc, list->nfiles + 1,
                       sizeof *list->files);
  list->files[list->nfiles] = xstrdup (name);
  return list->files[list->nfiles++];
}

struct td_diag *
td_diag_push (struct td_diag_list *list, int rule, enum td_severity severity,
              const char *file, int line, int column, char *message)
{
  struct td_diag *d;

  if (severity < TD_SEV_NOTE || severity > TD_SEV_ERROR)
    {
      fprintf (stderr, "BUG: %s:%d: invalid severity %d\n", __FILE__,
               __LINE__, (int) severity);
      abort ();
    }
  list->items = xgrow (list->items, &list->alloc, list->n + 1,
                       sizeof *list->items);
  d = &list->items[list->n];
  memset (d, 0, sizeof *d);
  d->rule = rule;
  d->severity = severity;
  d->loc.file = td_diag_intern (list, file);
  d->loc.line = line;
  d->loc.column = column;
  d->message = message;
  d->excerpt_width = 1;
  d->seq = list->n;
  list->counts[severity]++;
  list->n++;
  return d;
}

/* A diagnostic with its file's first-use index, for sorting.  */
struct sort_item
{
  size_t file;
  struct td_diag diag;
};

static int
compare_items (const void *a, const void *b)
{
  const struct sort_item *x = a, *y = b;

  if (x->file != y->file)
    return x->file < y->file ? -1 : 1;
  if (x->diag.loc.line != y->diag.loc.line)
    return x->diag.loc.line < y->diag.loc.line ? -1 : 1;
  if (x->diag.loc.column != y->diag.loc.column)
    return x->diag.loc.column < y->diag.loc.column ? -1 : 1;
  if (x->diag.seq != y->diag.seq)
    return x->diag.seq < y->diag.seq ? -1 : 1;
  return 0;
}

size_t
td_diag_list_remove_if (struct td_diag_list *list, size_t first,
                        bool (*pred) (const struct td_diag *d, size_t i,
                                      void *arg),
                        void *arg)
{
  size_t w = first, removed = 0;
  for (size_t i = first; i < list->n; i++)
    {
      struct td_diag *d = &list->items[i];
      if (pred (d, i, arg))
        {
          list->counts[d->severity]--;
          td_diag_release (d);
          removed++;
        }
      else
        list->items[w++] = *d;
    }
  list->n = w;
  return removed;
}

void
td_diag_set_severity (struct td_diag_list *list, struct td_diag *d,
                      enum td_severity sev)
{
  list->counts[d->severity]--;
  d->severity = sev;
  list->counts[sev]++;
}

void
td_diag_list_sort (struct td_diag_list *list)
{
  struct sort_item *tmp;
  size_t i;

  if (list->n < 2)
    return;
  tmp = xmalloc (list->n * sizeof *tmp);
  for (i = 0; i < list->n; i++)
    {
      tmp[i].file = file_index (list, list->items[i].loc.file);
      tmp[i].diag = list->items[i];
    }
  /* The seq key makes every key distinct, so qsort's order is stable.  */
  qsort (tmp, list->n, sizeof *tmp, compare_items);
  for (i = 0; i < list->n; i++)
    list->items[i] = tmp[i].diag;
  free (tmp);
}

size_t
td_diag_list_files_with_findings (const struct td_diag_list *list)
{
  bool *seen;
  size_t i, count = 0;

  if (list->n == 0)
    return 0;
  seen = xcalloc (list->nfiles + 1, sizeof *seen);
  for (i = 0; i < list->n; i++)
    {
      size_t f = file_index (list, list->items[i].loc.file);
      if (!seen[f])
        {
          seen[f] = true;
          count++;
        }
    }
  free (seen);
  return count;
}

const char *
td_severity_name (enum td_severity sev)
{
  switch (sev)
    {
    case TD_SEV_OFF:
      return "off";
    case TD_SEV_NOTE:
      return "note";
    case TD_SEV_WARNING:
      return "warning";
    case TD_SEV_ERROR:
      return "error";
    }
  return "?";
}

bool
td_severity_parse (const char *s, enum td_severity *out)
{
  static const struct
  {
    const char *name;
    enum td_severity sev;
  } names[] = {
    { "error", TD_SEV_ERROR },
    { "warning", TD_SEV_WARNING },
    { "note", TD_SEV_NOTE },
    { "off", TD_SEV_OFF },
  };
  size_t i;

  for (i = 0; i < ARRAY_SIZE (names); i++)
    if (STREQ (s, names[i].name))
      {
        *out = names[i].sev;
        return true;
      }
  return false;
}

const char *
td_scope_name (enum td_scope scope)
{
  switch (scope)
    {
    case TD_SCOPE_TRANSLATION:
      return "translation";
    case TD_SCOPE_SOURCE:
      return "source";
    }
  return "?";
}
