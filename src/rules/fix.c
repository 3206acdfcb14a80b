/* fix.c: apply certain fixes and show them as a unified diff.  */
#include <config.h>
#include "util/system.h"
#include "rules/fix.h"

#include "util/atomic.h"
#include "util/buf.h"
#include "util/xalloc.h"

struct edit
{
  size_t start, end;
  const char *text;
  size_t diag;
};

static int
cmp_edit (const void *a, const void *b)
{
  const struct edit *x = a, *y = b;
  return (x->start > y->start) - (x->start < y->start);
}

char *
td_fix_apply (const struct td_diag_list *list, const char *file,
              const char *data, size_t len, size_t *new_len, bool *applied)
{
  struct edit *v = xmalloc ((list->n + 1) * sizeof *v);
  size_t n = 0;
  for (size_t i = 0; i < list->n; i++)
    {
      const struct td_diag *d = &list->items[i];
      if (!d->fix_new || !d->loc.file || !STREQ (d->loc.file, file)
          || d->fix_end < d->fix_start || d->fix_end > len)
        continue;
      /* The text must still be what was checked.  */
      size_t ol = strlen (d->fix_old ? d->fix_old : "");
      if (ol != d->fix_end - d->fix_start
          || memcmp (data + d->fix_start, d->fix_old, ol) != 0)
        continue;
      v[n].start = d->fix_start;
      v[n].end = d->fix_end;
      v[n].text = d->fix_new;
      v[n].diag = i;
      n++;
    }
  qsort (v, n, sizeof *v, cmp_edit);
  struct td_buf out = TD_BUF_INIT;
  size_t at = 0, used = 0;
  for (size_t k = 0; k < n; k++)
    {
      if (v[k].start < at)
        continue; /* overlaps the previous fix */
      td_buf_put (&out, data + at, v[k].start - at);
      td_buf_puts (&out, v[k].text);
      at = v[k].end;
      used++;
      if (applied)
        applied[v[k].diag] = true;
    }
  free (v);
  if (used == 0)
    {
      td_buf_free (&out);
      return NULL;
    }
  td_buf_put (&out, data + at, len - at);
  *new_len = out.len;
  return td_buf_detach (&out);
}

/* The line starts of S (N bytes): a new array of *NL + 1 offsets, the last
   being N.  */
static size_t *
line_starts (const char *s, size_t n, size_t *nl)
{
  size_t count = 1;
  for (size_t i = 0; i < n; i++)
    if (s[i] == '\n')
      count++;
  size_t *v = xmalloc ((count + 1) * sizeof *v);
  size_t k = 0;
  v[k++] = 0;
  for (size_t i = 0; i < n; i++)
    if (s[i] == '\n')
      v[k++] = i + 1;
  if (v[k - 1] == n && k > 1)
    k--;
  v[k] = n;
  *nl = k;
  return v;
}

static void
put_line (struct td_buf *b, char mark, const char *s, size_t from, size_t to)
{
  td_buf_putc (b, mark);
  td_buf_put (b, s + from, to - from);
  if (to == from || s[to - 1] != '\n')
    td_buf_puts (b, "\n\\ No newline at end of file\n");
}

char *
td_fix_diff (const char *file, const char *old, size_t old_len,
             const char *new_text, size_t new_len)
{
  size_t no, nn;
  size_t *lo = line_starts (old, old_len, &no);
  size_t *ln = line_starts (new_text, new_len, &nn);
  struct td_buf b = TD_BUF_INIT;
  td_buf_printf (&b, "--- %s\n+++ %s\n", file, file);
  size_t lines = no < nn ? no : nn;
  size_t i = 0;
  while (i < lines)
    {
      /* The next changed line.  */
      while (i < lines
             && (lo[i + 1] - lo[i] != ln[i + 1] - ln[i]
                 || memcmp (old + lo[i], new_text + ln[i], lo[i + 1] - lo[i]))
                    == 0)
        i++;
      if (i >= lines)
        break;
      /* A hunk: from 3 lines before to 3 lines after the last change
         within reach.  */
      size_t first = i >= 3 ? i - 3 : 0;
      size_t last = i;
      for (size_t k = i; k < lines && k <= last + 6; k++)
        if (lo[k + 1] - lo[k] != ln[k + 1] - ln[k]
            || memcmp (old + lo[k], new_text + ln[k], lo[k + 1] - lo[k]) != 0)
          last = k;
      size_t end = last + 4 < lines ? last + 4 : lines;
      td_buf_printf (&b, "@@ -%zu,%zu +%zu,%zu @@\n", first + 1, end - first,
                     first + 1, end - first);
      for (size_t k = first; k < end; k++)
        {
          bool same = lo[k + 1] - lo[k] == ln[k + 1] - ln[k]
                      && memcmp (old + lo[k], new_text + ln[k],
                                 lo[k + 1] - lo[k]) == 0;
          if (same)
            put_line (&b, ' ', old, lo[k], lo[k + 1]);
          else
            {
              put_line (&b, '-', old, lo[k], lo[k + 1]);
              put_line (&b, '+', new_text, ln[k], ln[k + 1]);
            }
        }
      i = end;
    }
  free (lo);
  free (ln);
  return td_buf_detach (&b);
}

/* Reads all of FILE into a new buffer (*LEN bytes).  Returns NULL with
   errno set on failure.  */
static char *
slurp (const char *file, size_t *len)
{
  FILE *f = fopen (file, "rb");
  if (f == NULL)
    return NULL;
  struct td_buf b = TD_BUF_INIT;
  char chunk[65536];
  size_t n;
  while ((n = fread (chunk, 1, sizeof chunk, f)) > 0)
    td_buf_put (&b, chunk, n);
  int err = ferror (f) ? errno : 0;
  fclose (f);
  if (err)
    {
      td_buf_free (&b);
      errno = err;
      return NULL;
    }
  *len = b.len;
  return td_buf_detach (&b);
}

/* Marks in APPLIED the findings that td_fix_files may drop.  */
static bool
was_applied (const struct td_diag *d, size_t i, void *arg)
{
  const bool *applied = arg;
  (void) d;
  return applied[i];
}

/* Records the trouble "FILE: REASON".  */
static void
add_error (struct td_fix_run *run, const char *file, const char *reason)
{
  run->errors = xgrow (run->errors, &run->errors_alloc, run->nerrors + 1,
                       sizeof *run->errors);
  run->errors[run->nerrors++] = xasprintf ("%s: %s", file, reason);
}

/* Fixes FILE: writes it, or adds its diff to RUN when DRY_RUN; marks in
   APPLIED the findings whose fix went in.  */
static void
fix_file (const struct td_diag_list *list, const char *file, bool dry_run,
          bool *applied, struct td_fix_run *run, struct td_buf *diffs)
{
  size_t len, new_len;
  char *data = slurp (file, &len);
  if (data == NULL)
    {
      add_error (run, file, strerror (errno));
      return;
    }
  bool *mine = xcalloc (list->n + 1, sizeof *mine);
  char *fixed = td_fix_apply (list, file, data, len, &new_len, mine);
  bool ok = true;
  if (fixed)
    {
      char *error = NULL;
      if (dry_run)
        {
          char *diff = td_fix_diff (file, data, len, fixed, new_len);
          td_buf_puts (diffs, diff);
          free (diff);
        }
      else if (td_write_atomic (file, fixed, new_len, &error) != 0)
        {
          add_error (run, file, error);
          free (error);
          ok = false;
        }
      for (size_t i = 0; i < list->n && ok; i++)
        applied[i] = applied[i] || mine[i];
      free (fixed);
    }
  free (mine);
  free (data);
}

void
td_fix_files (struct td_diag_list *list, bool dry_run, struct td_fix_run *run)
{
  struct td_buf diffs = TD_BUF_INIT;
  bool *applied = xcalloc (list->n + 1, sizeof *applied);
  memset (run, 0, sizeof *run);
  for (size_t f = 0; f < list->nfiles; f++)
    {
      const char *file = list->files[f];
      bool any = false;
      for (size_t i = 0; i < list->n && !any; i++)
        any = list->items[i].fix_new && list->items[i].loc.file
              && STREQ (list->items[i].loc.file, file);
      if (any)
        fix_file (list, file, dry_run, applied, run, &diffs);
    }
  if (!dry_run)
    run->fixed = td_diag_list_remove_if (list, 0, was_applied, applied);
  run->diff = td_buf_detach (&diffs);
  free (applied);
}

void
td_fix_run_free (struct td_fix_run *run)
{
  for (size_t i = 0; i < run->nerrors; i++)
    free (run->errors[i]);
  free (run->errors);
  free (run->diff);
  memset (run, 0, sizeof *run);
}
