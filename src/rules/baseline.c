/* baseline.c: read, apply and write baselines of known findings.  */
#include <config.h>
#include "util/system.h"
#include "rules/baseline.h"

#include <cJSON.h>

#include "rules/rules.h"
#include "doc/source.h"
#include "util/xalloc.h"

static uint64_t
fnv (uint64_t h, const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    {
      h ^= (unsigned char) s[i];
      h *= UINT64_C (0x100000001b3);
    }
  return h;
}

void
td_baseline_fingerprint (const struct td_diag *d, char out[17])
{
  uint64_t h = UINT64_C (0xcbf29ce484222325);
  const char *id = td_rules[d->rule].id;
  h = fnv (h, id, strlen (id) + 1);
  h = fnv (h, d->loc.file, strlen (d->loc.file) + 1);
  /* The line's text without its indentation and trailing blanks, and the
     finding's place inside it.  */
  const char *s = d->excerpt ? d->excerpt : "";
  size_t n = strlen (s), b = 0;
  while (b < n && (s[b] == ' ' || s[b] == '\t'))
    b++;
  while (n > b && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
    n--;
  h = fnv (h, s + b, n - b);
  char col[32];
  int c = d->excerpt_col - 1 - (int) b;
  snprintf (col, sizeof col, "|%d", c > 0 ? c : 0);
  h = fnv (h, col, strlen (col));
  snprintf (out, 17, "%016" PRIx64, h);
}

static void
add (struct td_baseline *b, const char *rule, const char *file,
     const char *fp)
{
  for (size_t i = 0; i < b->n; i++)
    if (STREQ (b->v[i].fingerprint, fp) && STREQ (b->v[i].rule, rule)
        && STREQ (b->v[i].file, file))
      {
        b->v[i].count++;
        return;
      }
  b->v = xgrow (b->v, &b->alloc, b->n + 1, sizeof *b->v);
  struct td_baseline_entry *e = &b->v[b->n++];
  e->rule = xstrdup (rule);
  e->file = xstrdup (file);
  e->fingerprint = xstrdup (fp);
  e->count = 1;
}

int
td_baseline_load (const char *path, struct td_baseline *b, char **error)
{
  memset (b, 0, sizeof *b);
  char *why = NULL;
  struct td_source *src = td_source_read (path, 0, &why);
  if (src == NULL)
    {
      *error = xasprintf ("%s: %s", path, why);
      free (why);
      return -1;
    }
  const char *end = NULL;
  cJSON *root = cJSON_ParseWithLengthOpts (src->data, src->len, &end, 0);
  if (root == NULL)
    {
      size_t off = end ? (size_t) (end - src->data) : 0;
      *error = xasprintf ("%s:%d: %s", path, td_source_line_of (src, off),
                          _("invalid JSON"));
      td_source_free (src);
      return -1;
    }
  const cJSON *findings = cJSON_GetObjectItemCaseSensitive (root, "findings");
  const cJSON *version = cJSON_GetObjectItemCaseSensitive (root, "version");
  if (!cJSON_IsObject (root) || !cJSON_IsArray (findings)
      || !cJSON_IsNumber (version) || version->valueint != 1)
    {
      *error = xasprintf ("%s: %s", path,
                          _("not a twindoc baseline (version 1)"));
      cJSON_Delete (root);
      td_source_free (src);
      return -1;
    }
  const cJSON *f;
  cJSON_ArrayForEach (f, findings)
    {
      const cJSON *r = cJSON_GetObjectItemCaseSensitive (f, "rule");
      const cJSON *fi = cJSON_GetObjectItemCaseSensitive (f, "file");
      const cJSON *fp = cJSON_GetObjectItemCaseSensitive (f, "fingerprint");
      if (!cJSON_IsString (r) || !cJSON_IsString (fi)
          || !cJSON_IsString (fp))
        {
          *error = xasprintf ("%s: %s", path,
                              _("each finding needs the strings \"rule\", "
                                "\"file\" and \"fingerprint\""));
          cJSON_Delete (root);
          td_source_free (src);
          td_baseline_free (b);
          return -1;
        }
      add (b, r->valuestring, fi->valuestring, fp->valuestring);
    }
  cJSON_Delete (root);
  td_source_free (src);
  return 0;
}

/* A finding that an entry of the baseline B records (using the entry
   up).  */
static bool
in_baseline (const struct td_diag *d, size_t i, void *arg)
{
  struct td_baseline *b = arg;
  char fp[17];
  (void) i;
  td_baseline_fingerprint (d, fp);
  for (size_t k = 0; k < b->n; k++)
    {
      struct td_baseline_entry *e = &b->v[k];
      if (e->count > 0 && STREQ (e->fingerprint, fp)
          && STREQ (e->rule, td_rules[d->rule].id)
          && STREQ (e->file, d->loc.file))
        {
          e->count--;
          return true;
        }
    }
  return false;
}

size_t
td_baseline_apply (struct td_baseline *b, struct td_diag_list *list)
{
  return td_diag_list_remove_if (list, 0, in_baseline, b);
}

char *
td_baseline_format (const struct td_diag_list *list)
{
  cJSON *root = cJSON_CreateObject ();
  cJSON_AddNumberToObject (root, "version", 1);
  cJSON_AddStringToObject (root, "tool", "twindoc");
  cJSON *arr = cJSON_AddArrayToObject (root, "findings");
  for (size_t i = 0; i < list->n; i++)
    {
      const struct td_diag *d = &list->items[i];
      char fp[17];
      td_baseline_fingerprint (d, fp);
      cJSON *o = cJSON_CreateObject ();
      cJSON_AddStringToObject (o, "rule", td_rules[d->rule].id);
      cJSON_AddStringToObject (o, "file", d->loc.file);
      cJSON_AddStringToObject (o, "fingerprint", fp);
      cJSON_AddNumberToObject (o, "line", d->loc.line);
      cJSON_AddStringToObject (o, "message", d->message);
      cJSON_AddItemToArray (arr, o);
    }
  char *text = cJSON_Print (root);
  cJSON_Delete (root);
  if (text == NULL)
    xalloc_die ();
  char *out = xasprintf ("%s\n", text);
  cJSON_free (text);
  return out;
}

void
td_baseline_free (struct td_baseline *b)
{
  for (size_t i = 0; i < b->n; i++)
    {
      free (b->v[i].rule);
      free (b->v[i].file);
      free (b->v[i].fingerprint);
    }
  free (b->v);
  memset (b, 0, sizeof *b);
}
