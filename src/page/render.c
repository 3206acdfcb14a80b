/* render.c: placeholders, values and filled policies for `render`.  */
#include <config.h>
#include "util/system.h"
#include "page/render.h"

#include "doc/inline.h"
#include "doc/source.h"
#include "util/xalloc.h"

/* VALUE as it can be shown on one line: control characters escaped.
   Newly allocated.  */
char *
td_render_shown (const char *value)
{
  char *s = xmalloc (4 * strlen (value) + 1), *p = s;
  for (const unsigned char *v = (const unsigned char *) value; *v; v++)
    if (*v == '\n')
      p += sprintf (p, "\\n");
    else if (*v == '\t')
      p += sprintf (p, "\\t");
    else if (*v < 0x20 || *v == 0x7f)
      p += sprintf (p, "\\x%02X", (unsigned) *v);
    else
      *p++ = (char) *v;
  *p = '\0';
  return s;
}

/* True when VALUE holds what no placeholder value may: a quote, a brace,
   a backslash, a control character, or ".." as a path part ("..",
   "../x", "x/..", "x/../y").  */
static bool
unsafe (const char *value)
{
  for (const unsigned char *v = (const unsigned char *) value; *v; v++)
    if (*v < 0x20 || *v == 0x7f || *v == '"' || *v == '\\' || *v == '{'
        || *v == '}')
      return true;
  for (const char *p = value; (p = strstr (p, "..")) != NULL; p++)
    if ((p == value || p[-1] == '/') && (p[2] == '\0' || p[2] == '/'))
      return true;
  return false;
}

/* The first string under J that contains NEEDLE, or NULL.  */
static const char *
find_context (const cJSON *j, const char *needle)
{
  if (cJSON_IsString (j))
    return j->valuestring && strstr (j->valuestring, needle)
           ? j->valuestring : NULL;
  if (cJSON_IsArray (j) || cJSON_IsObject (j))
    for (const cJSON *c = j->child; c; c = c->next)
      {
        const char *s = find_context (c, needle);
        if (s)
          return s;
      }
  return NULL;
}

void
td_render_init (struct td_render *r, struct td_page *pg)
{
  memset (r, 0, sizeof *r);
  r->page = pg;
  r->pol = td_page_policies (pg, 0, &r->npol);
  size_t nph;
  const struct td_guide_placeholder *ph = td_page_placeholders (pg, &nph);
  /* The placeholders of the English policies, in the guide's order.  */
  r->needs = xcalloc (nph + 1, sizeof *r->needs);
  for (size_t i = 0; i < nph; i++)
    {
      char *needle = xasprintf ("{%s}", ph[i].name);
      const char *context = NULL;
      for (size_t k = 0; k < r->npol && !context; k++)
        if (r->pol[k].json)
          context = find_context (r->pol[k].json, needle);
      free (needle);
      if (!context)
        continue;
      r->needs[r->nneeds].ph = &ph[i];
      r->needs[r->nneeds].context = context;
      r->nneeds++;
    }
}

void
td_render_free (struct td_render *r)
{
  free (r->needs);
  cJSON_Delete (r->values_json);
  memset (r, 0, sizeof *r);
}

struct td_render_need *
td_render_find (struct td_render *r, const char *name)
{
  for (size_t i = 0; i < r->nneeds; i++)
    if (STREQ (r->needs[i].ph->name, name))
      return &r->needs[i];
  return NULL;
}

/* Reads the values of the JSON file PATH into R: an object of strings;
   members that name no placeholder of the guide are ignored (one file may
   serve several guides).  */
int
td_render_read_values (struct td_render *r, const char *path, char **error)
{
  char *why = NULL;
  struct td_source *src = td_source_read (path, 0, &why);
  if (!src)
    {
      *error = xasprintf ("%s: %s", path, why ? why : "");
      free (why);
      return -1;
    }
  cJSON *j = cJSON_ParseWithLengthOpts (src->data, src->len + 1, NULL, true);
  td_source_free (src);
  if (!cJSON_IsObject (j))
    {
      cJSON_Delete (j);
      /* TRANSLATORS: %s is the file of --values.  */
      *error = xasprintf (_("%s: expected a JSON object of strings, such as "
                            "{\"REGION\": \"us-east-1\"}"), path);
      return -1;
    }
  for (const cJSON *c = j->child; c; c = c->next)
    {
      if (!cJSON_IsString (c) || !c->valuestring)
        {
          /* TRANSLATORS: %1$s is the file of --values, %2$s a key of
             it.  */
          *error = xasprintf (_("%1$s: the value of '%2$s' is not a string"),
                              path, c->string ? c->string : "");
          cJSON_Delete (j);
          return -1;
        }
      struct td_render_need *n = c->string ? td_render_find (r, c->string)
                                           : NULL;
      if (n)
        n->value = c->valuestring;
    }
  cJSON_Delete (r->values_json);
  r->values_json = j;
  return 0;
}

bool
td_render_value_ok (const struct td_render_need *n, const char **expected)
{
  enum td_ptype type = td_ptype_guess (n->ph->name, n->context);
  const char *const desc[2] = { n->ph->desc[0], n->ph->desc[1] };
  type = td_ptype_refine (type, desc, 2);
  *expected = NULL;
  if (td_ptype_check (type, n->value, expected))
    {
      if (!unsafe (n->value))
        return true;
      /* Whatever the type allows, a value never carries quotes, braces,
         backslashes, control characters or a ".." path part; the
         expected form is the type's (every type refuses the empty
         text).  */
      td_ptype_check (type, "", expected);
    }
  return false;
}

const char *
td_render_partition (const struct td_render *r)
{
  const char *partition = NULL;
  for (size_t i = 0; i < r->nneeds; i++)
    {
      const struct td_render_need *n = &r->needs[i];
      if (!n->value
          || td_ptype_guess (n->ph->name, n->context) != TD_PT_REGION)
        continue;
      const char *p = td_ptype_partition (n->value);
      if (partition && !STREQ (partition, p))
        return NULL;
      partition = p;
    }
  return partition;
}

bool
td_render_partition_ok (const struct td_render *r,
                        const struct td_render_need *n, const char **want)
{
  const char *partition = td_render_partition (r);
  *want = partition;
  if (!partition || !n->value || strncmp (n->value, "arn:", 4) != 0)
    return true;
  const char *p = n->value + 4, *end = strchr (p, ':');
  return !end || ((size_t) (end - p) == strlen (partition)
                  && strncmp (p, partition, (size_t) (end - p)) == 0);
}

/* Replaces in every string under J each {NAME} by its value in NEEDS (N);
   names without a value stay.  A string of the guide that starts with
   "arn:aws:" gets PARTITION instead of aws, when PARTITION is not NULL
   (values keep theirs).  */
static void
fill (cJSON *j, const struct td_render_need *needs, size_t n,
      const char *partition)
{
  if (cJSON_IsArray (j) || cJSON_IsObject (j))
    {
      for (cJSON *c = j->child; c; c = c->next)
        fill (c, needs, n, partition);
      return;
    }
  if (!cJSON_IsString (j) || !j->valuestring)
    return;
  if (partition && !STREQ (partition, "aws")
      && strncmp (j->valuestring, "arn:aws:", 8) == 0)
    {
      char *arn = xasprintf ("arn:%s:%s", partition, j->valuestring + 8);
      char *copy = cJSON_malloc (strlen (arn) + 1);
      if (!copy)
        xalloc_die ();
      strcpy (copy, arn);
      free (arn);
      cJSON_free (j->valuestring);
      j->valuestring = copy;
    }
  const char *s = j->valuestring;
  size_t len = strlen (s), pos = 0, done = 0, start, off, nlen;
  size_t alloc = len + 1, olen = 0;
  char *out = xmalloc (alloc);
  bool changed = false;
  while (td_placeholder_next (s, len, &pos, &start, &off, &nlen))
    {
      const char *value = NULL;
      for (size_t i = 0; i < n && !value; i++)
        if (strlen (needs[i].ph->name) == nlen
            && memcmp (needs[i].ph->name, s + off, nlen) == 0)
          value = needs[i].value;
      if (!value)
        continue;
      size_t vlen = strlen (value);
      out = xgrow (out, &alloc, olen + (start - done) + vlen + 1, 1);
      memcpy (out + olen, s + done, start - done);
      olen += start - done;
      memcpy (out + olen, value, vlen);
      olen += vlen;
      done = pos;
      changed = true;
    }
  if (changed)
    {
      out = xgrow (out, &alloc, olen + (len - done) + 1, 1);
      memcpy (out + olen, s + done, len - done);
      olen += len - done;
      out[olen] = '\0';
      char *copy = cJSON_malloc (olen + 1);
      if (!copy)
        xalloc_die ();
      memcpy (copy, out, olen + 1);
      cJSON_free (j->valuestring);
      j->valuestring = copy;
    }
  free (out);
}

cJSON *
td_render_fill (const struct td_render *r, size_t k)
{
  cJSON *doc = cJSON_Duplicate (r->pol[k].json, true);
  if (!doc)
    xalloc_die ();
  fill (doc, r->needs, r->nneeds, td_render_partition (r));
  return doc;
}

/* DIR/NAME.json, newly allocated.  */
char *
td_render_out_path (const char *dir, const char *name)
{
  size_t n = strlen (dir);
  while (n > 1 && dir[n - 1] == '/')
    n--;
  return xasprintf ("%.*s/%s.json", (int) n, dir, name);
}

