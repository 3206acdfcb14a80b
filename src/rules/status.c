/* status.c: the status of one page pair, and recording it (see
   status.h).  */
#include <config.h>
#include "util/system.h"
#include "rules/status.h"

#include <errno.h>
#include <sys/stat.h>

#include "doc/frontmatter.h"
#include "doc/source.h"
#include "page/page.h"
#include "rules/lock.h"
#include "util/atomic.h"
#include "util/buf.h"
#include "util/git.h"
#include "util/xalloc.h"

/* S[0..N) without blanks around it and one pair of quotes: new.  */
static char *
trimmed (const char *s, size_t n)
{
  while (n > 0 && (*s == ' ' || *s == '\t'))
    s++, n--;
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
    n--;
  if (n >= 2 && (*s == '"' || *s == '\'') && s[n - 1] == *s)
    s++, n -= 2;
  return xstrndup (s, n);
}

char *
td_status_fm_value (const struct td_frontmatter *fm, const char *key,
                    int *line)
{
  const struct td_fm_entry *e = td_frontmatter_get (fm, key);
  if (e && e->kind == TD_FM_SCALAR && *e->value)
    {
      *line = e->line;
      return xstrdup (e->value);
    }
  const char *dot = strchr (key, '.');
  if (dot == NULL)
    return NULL;
  char *outer = xstrndup (key, (size_t) (dot - key));
  e = td_frontmatter_get (fm, outer);
  free (outer);
  if (e == NULL || e->kind != TD_FM_MAP)
    return NULL;
  const char *inner = dot + 1;
  size_t ni = strlen (inner);
  for (const char *s = e->value; *s;)
    {
      const char *nl = strchr (s, '\n');
      size_t n = nl ? (size_t) (nl - s) : strlen (s);
      if (n > ni && strncmp (s, inner, ni) == 0 && s[ni] == ':')
        {
          char *v = trimmed (s + ni + 1, n - ni - 1);
          if (*v)
            {
              *line = e->line;
              return v;
            }
          free (v);
        }
      s += n;
      if (*s)
        s++;
    }
  return NULL;
}

static bool
file_missing (const char *path)
{
  struct stat st;
  return stat (path, &st) != 0 && errno == ENOENT;
}

int
td_status_page (const char *en_path, const char *ko_path,
                const struct td_status_options *o, struct td_status_page *out,
                const char **error_path, char **error)
{
  memset (out, 0, sizeof *out);
  out->en = xstrdup (en_path);
  out->ko = xstrdup (ko_path);
  out->state = TD_STALE_UNKNOWN;
  if (file_missing (ko_path))
    {
      out->state = TD_STALE_MISSING;
      return 0;
    }
  struct td_source *en = td_source_read (en_path, o->max_bytes, error);
  if (en == NULL)
    {
      *error_path = en_path;
      return -1;
    }
  struct td_source *ko = td_source_read (ko_path, o->max_bytes, error);
  if (ko == NULL)
    {
      td_source_free (en);
      *error_path = ko_path;
      return -1;
    }

  /* Owned here: the English it was translated from.  */
  char *old = NULL;
  size_t old_len = 0;
  struct td_frontmatter fm;
  td_frontmatter_parse (ko, &fm);
  int line;
  char *rev = td_status_fm_value (&fm, o->source_key, &line);
  td_frontmatter_free (&fm);
  const struct td_lock_entry *le;
  bool same = false;
  if (rev)
    {
      out->base = TD_BASE_FRONT_MATTER;
      if (td_git_show (en_path, rev, &old, &old_len) != 0)
        old = NULL;
    }
  else if (o->lock && (le = td_lock_get (o->lock, ko_path)) != NULL)
    {
      out->base = TD_BASE_LOCK;
      if (le->commit)
        {
          rev = xstrdup (le->commit);
          if (td_git_show (en_path, rev, &old, &old_len) != 0)
            old = NULL;
        }
      else if (le->text)
        {
          rev = le->hash ? xstrdup (le->hash) : NULL;
          old = xstrdup (le->text);
          old_len = strlen (old);
        }
      else if (le->hash)
        {
          /* A hash alone tells only whether the English is the same.  */
          char *h = td_lock_hash (en->data, en->len);
          if (STREQ (h, le->hash))
            {
              rev = h;
              same = true;
            }
          else
            free (h);
        }
    }
  else if ((rev = td_git_last_commit (ko_path)) != NULL)
    {
      out->base = TD_BASE_GIT;
      if (td_git_show (en_path, rev, &old, &old_len) != 0)
        old = NULL;
    }
  out->rev = rev;

  if (same)
    out->state = TD_STALE_UP_TO_DATE;
  else if (old)
    {
      /* Owned here: the old English with the Korean, and the current
         English (as a pair with itself, so that no '---' line splits
         it).  */
      struct td_page op, cp;
      td_page_load_memory (&op, en_path, old, old_len, ko_path, ko->data,
                           ko->len);
      td_page_load_memory (&cp, en_path, en->data, en->len, en_path,
                           en->data, en->len);
      td_stale_compare (&op, &cp, o->cfg, &out->stale);
      out->state = out->stale.n ? TD_STALE_OUTDATED : TD_STALE_UP_TO_DATE;
      td_page_free (&op);
      td_page_free (&cp);
      free (old);
    }
  td_source_free (en);
  td_source_free (ko);
  return 0;
}

void
td_status_page_free (struct td_status_page *p)
{
  free (p->en);
  free (p->ko);
  free (p->rev);
  td_stale_free (&p->stale);
  memset (p, 0, sizeof *p);
}

/* Whether line S (N bytes) holds KEY (KN bytes) followed by ':', after
   indentation.  */
static bool
line_has_key (const char *s, size_t n, const char *key, size_t kn)
{
  while (n > 0 && (*s == ' ' || *s == '\t'))
    s++, n--;
  return n > kn && memcmp (s, key, kn) == 0 && s[kn] == ':';
}

/* Rewrites the value of the front matter key KEY of KO, found on lines
   [FROM, TO) ("a.b": the line of b, which follows the line of a), to
   VALUE, atomically.  The file's own bytes are written back (KO's data
   are sanitised), so it must not have changed since it was read.  */
static int
rewrite_key (const struct td_source *ko, int from, int to, const char *key,
             const char *value, char **error)
{
  const char *dot = strchr (key, '.');
  const char *inner = dot ? dot + 1 : key;
  const char *s = NULL;
  size_t n = 0;
  for (int ln = from; ln < to && s == NULL; ln++)
    {
      const char *t = td_source_line (ko, ln, &n);
      if (line_has_key (t, n, key, strlen (key))
          || (ln > from && line_has_key (t, n, inner, strlen (inner))))
        s = t;
    }
  if (s == NULL)
    {
      *error = xstrdup (_("the front matter key to update has no ':'"));
      return -1;
    }
  const char *colon = memchr (s, ':', n);
  /* The raw bytes: sanitising moved none of them.  */
  FILE *f = fopen (ko->path, "rb");
  char *bytes = xmalloc (ko->len + 1);
  size_t got = f ? fread (bytes, 1, ko->len + 1, f) : 0;
  if (f)
    fclose (f);
  if (got != ko->len)
    {
      free (bytes);
      *error = xstrdup (_("the file changed while it was being updated"));
      return -1;
    }
  struct td_buf b = TD_BUF_INIT;
  td_buf_put (&b, bytes, (size_t) (colon + 1 - ko->data));
  td_buf_printf (&b, " %s", value);
  size_t rest = (size_t) (s + n - ko->data);
  td_buf_put (&b, bytes + rest, ko->len - rest);
  free (bytes);
  int r = td_write_atomic (ko->path, b.data, b.len, error);
  td_buf_free (&b);
  return r;
}

int
td_status_update (const char *en_path, const char *ko_path,
                  const struct td_status_options *o, struct td_lock *lock,
                  bool *in_lock, const char **error_path, char **error)
{
  *in_lock = false;
  struct td_source *en = td_source_read (en_path, o->max_bytes, error);
  if (en == NULL)
    {
      *error_path = en_path;
      return -1;
    }
  struct td_source *ko = td_source_read (ko_path, o->max_bytes, error);
  if (ko == NULL)
    {
      td_source_free (en);
      *error_path = ko_path;
      return -1;
    }
  char *commit = td_git_clean (en_path) ? td_git_last_commit (en_path) : NULL;
  struct td_frontmatter fm;
  td_frontmatter_parse (ko, &fm);
  int line = 0;
  char *cur = td_status_fm_value (&fm, o->source_key, &line);
  int close_line = fm.close_line;
  td_frontmatter_free (&fm);
  int r = 0;
  if (cur && commit)
    {
      if (!STREQ (cur, commit))
        {
          r = rewrite_key (ko, line, close_line, o->source_key, commit,
                           error);
          if (r != 0)
            *error_path = ko_path;
        }
    }
  else
    {
      td_lock_set (lock, ko_path, en_path, commit, en->data, en->len);
      *in_lock = true;
    }
  free (cur);
  free (commit);
  td_source_free (en);
  td_source_free (ko);
  return r;
}
