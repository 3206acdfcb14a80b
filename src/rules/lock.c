/* lock.c: the lock file of `status` (see lock.h).  */
#include <config.h>
#include "util/system.h"
#include "rules/lock.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <cJSON.h>

#include "doc/source.h"
#include "util/atomic.h"
#include "util/hash.h"
#include "util/path.h"
#include "util/xalloc.h"

static bool
exists (const char *dir, const char *name)
{
  char *p = xasprintf ("%s/%s", dir, name);
  struct stat st;
  bool r = lstat (p, &st) == 0;
  free (p);
  return r;
}

char *
td_lock_find (const char *dir)
{
  char *d = realpath (dir, NULL);
  if (d == NULL)
    return NULL;
  for (;;)
    {
      if (exists (d, TD_LOCK_NAME))
        {
          char *p = STREQ (d, "/") ? xstrdup ("/" TD_LOCK_NAME)
                                   : xasprintf ("%s/%s", d, TD_LOCK_NAME);
          free (d);
          return p;
        }
      if (exists (d, ".git") || STREQ (d, "/"))
        break;
      char *up = td_path_folder (d);
      free (d);
      d = up;
    }
  free (d);
  return NULL;
}

static char *
dup_string (const cJSON *obj, const char *key)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive (obj, key);
  return cJSON_IsString (v) && v->valuestring ? xstrdup (v->valuestring)
                                              : NULL;
}

static int
cmp_entry (const void *a, const void *b)
{
  return strcmp (((const struct td_lock_entry *) a)->ko,
                 ((const struct td_lock_entry *) b)->ko);
}

int
td_lock_load (const char *path, struct td_lock *lk, char **error)
{
  memset (lk, 0, sizeof *lk);
  lk->path = xstrdup (path);
  char *folder = td_path_folder (path);
  lk->dir = realpath (folder, NULL);
  if (lk->dir == NULL)
    {
      *error = xstrdup (strerror (errno));
      free (folder);
      return -1;
    }
  free (folder);
  struct stat st;
  if (stat (path, &st) != 0 && errno == ENOENT)
    return 0;
  struct td_source *src = td_source_read (path, 0, error);
  if (src == NULL)
    return -1;
  cJSON *root = cJSON_ParseWithLength (src->data, src->len);
  td_source_free (src);
  const cJSON *pages = root ? cJSON_GetObjectItemCaseSensitive (root, "pages")
                            : NULL;
  if (!cJSON_IsObject (pages))
    {
      cJSON_Delete (root);
      /* TRANSLATORS: "pages" is a JSON key; do not translate it.  */
      *error = xstrdup (_("not a lock file: a JSON object with \"pages\" "
                          "was expected"));
      return -1;
    }
  const cJSON *e;
  cJSON_ArrayForEach (e, pages)
  {
    if (!cJSON_IsObject (e) || e->string == NULL)
      continue;
    lk->pages = xgrow (lk->pages, &lk->alloc, lk->n + 1, sizeof *lk->pages);
    struct td_lock_entry *en = &lk->pages[lk->n++];
    en->ko = xstrdup (e->string);
    en->en = dup_string (e, "source");
    en->commit = dup_string (e, "commit");
    en->hash = dup_string (e, "hash");
    en->text = dup_string (e, "text");
  }
  cJSON_Delete (root);
  qsort (lk->pages, lk->n, sizeof *lk->pages, cmp_entry);
  return 0;
}

char *
td_lock_rel (const struct td_lock *lk, const char *path)
{
  char *abs = realpath (path, NULL);
  if (abs == NULL)
    return xstrdup (path);
  size_t n = strlen (lk->dir);
  if (STREQ (lk->dir, "/"))
    n = 0;
  if (strncmp (abs, lk->dir, n) == 0 && abs[n] == '/')
    {
      char *r = xstrdup (abs + n + 1);
      free (abs);
      return r;
    }
  return abs;
}

/* The index of the entry of REL in LK, or -1.  */
static long
find (const struct td_lock *lk, const char *rel)
{
  size_t lo = 0, hi = lk->n;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      int c = strcmp (lk->pages[mid].ko, rel);
      if (c == 0)
        return (long) mid;
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return -1;
}

const struct td_lock_entry *
td_lock_get (const struct td_lock *lk, const char *ko_path)
{
  char *rel = td_lock_rel (lk, ko_path);
  long i = find (lk, rel);
  free (rel);
  return i >= 0 ? &lk->pages[i] : NULL;
}

char *
td_lock_hash (const char *text, size_t len)
{
  uint64_t h = td_hash_bytes (TD_HASH_INIT, text, len);
  return xasprintf ("fnv1a64:%016llx", (unsigned long long) h);
}

static void
entry_clear (struct td_lock_entry *e)
{
  free (e->en);
  free (e->commit);
  free (e->hash);
  free (e->text);
  e->en = e->commit = e->hash = e->text = NULL;
}

void
td_lock_set (struct td_lock *lk, const char *ko_path, const char *en_path,
             const char *commit, const char *text, size_t len)
{
  char *rel = td_lock_rel (lk, ko_path);
  long i = find (lk, rel);
  struct td_lock_entry *e = i >= 0 ? &lk->pages[i] : NULL;
  if (e)
    {
      entry_clear (e);
      free (rel);
    }
  else
    {
      lk->pages = xgrow (lk->pages, &lk->alloc, lk->n + 1, sizeof *lk->pages);
      e = &lk->pages[lk->n++];
      memset (e, 0, sizeof *e);
      e->ko = rel;
    }
  e->en = td_lock_rel (lk, en_path);
  if (commit)
    e->commit = xstrdup (commit);
  else
    {
      e->hash = td_lock_hash (text, len);
      e->text = xstrndup (text, len);
    }
  qsort (lk->pages, lk->n, sizeof *lk->pages, cmp_entry);
}

int
td_lock_save (const struct td_lock *lk, char **error)
{
  cJSON *root = cJSON_CreateObject ();
  cJSON_AddNumberToObject (root, "version", 1);
  cJSON *pages = cJSON_AddObjectToObject (root, "pages");
  for (size_t i = 0; i < lk->n; i++)
    {
      const struct td_lock_entry *e = &lk->pages[i];
      cJSON *o = cJSON_AddObjectToObject (pages, e->ko);
      if (e->en)
        cJSON_AddStringToObject (o, "source", e->en);
      if (e->commit)
        cJSON_AddStringToObject (o, "commit", e->commit);
      if (e->hash)
        cJSON_AddStringToObject (o, "hash", e->hash);
      if (e->text)
        cJSON_AddStringToObject (o, "text", e->text);
    }
  char *s = cJSON_Print (root);
  cJSON_Delete (root);
  char *data = xasprintf ("%s\n", s);
  cJSON_free (s);
  int r = td_write_atomic (lk->path, data, strlen (data), error);
  free (data);
  return r;
}

void
td_lock_free (struct td_lock *lk)
{
  for (size_t i = 0; i < lk->n; i++)
    {
      entry_clear (&lk->pages[i]);
      free (lk->pages[i].ko);
    }
  free (lk->pages);
  free (lk->path);
  free (lk->dir);
  memset (lk, 0, sizeof *lk);
}
