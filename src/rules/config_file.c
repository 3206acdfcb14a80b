/* config.c: reading and checking .twindoc.json, finding it, and matching
   the include and exclude globs.  */
#include <config.h>
#include "util/system.h"
#include "rules/config_file.h"

#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cJSON.h>

#include "util/buf.h"
#include "util/suggest.h"
#include "util/utf8.h"
#include "util/xalloc.h"

/* The name of the configuration file.  */
#define CONFIG_NAME ".twindoc.json"

void
td_config_init (struct td_config *cfg)
{
  memset (cfg, 0, sizeof *cfg);
  for (int i = 0; i < TD_R__COUNT; i++)
    {
      cfg->severity_set[i] = false;
      cfg->severity[i] = td_rules[i].severity;
    }
  cfg->anchors = TD_ANCHORS_EXPLICIT;
  cfg->code_blocks = TD_CODE_EXACT;
  cfg->alt_text = TD_TEXT_MAY;
  cfg->jsx_text_attributes = TD_TEXT_MAY;
  cfg->link_locales = true;
  cfg->scope = TD_SCOPES_ALL;
}

void
td_config_apply_profile (struct td_config *cfg,
                         const struct td_profile *profile)
{
  cfg->profile = profile;
  if (!cfg->anchors_given)
    cfg->anchors = profile->anchors;
}

/* Frees a NULL-terminated string list.  */
static void
free_list (char **list)
{
  if (!list)
    return;
  for (char **p = list; *p; p++)
    free (*p);
  free (list);
}

/* Frees N prefix pairs at P.  */
static void
free_prefixes (struct td_prefix *p, size_t n)
{
  for (size_t i = 0; i < n; i++)
    {
      free (p[i].ko);
      free (p[i].en);
    }
  free (p);
}

static void free_overrides (struct td_override *o, size_t n);

void
td_config_free (struct td_config *cfg)
{
  if (!cfg)
    return;
  free (cfg->path);
  free_list (cfg->include);
  free_list (cfg->exclude);
  free_prefixes (cfg->import_prefixes, cfg->nimport_prefixes);
  free_prefixes (cfg->link_prefixes, cfg->nlink_prefixes);
  free_prefixes (cfg->glossary, cfg->nglossary);
  for (size_t i = 0; i < cfg->nparticle_words; i++)
    free (cfg->particle_words[i]);
  free (cfg->particle_words);
  free (cfg->particle_finals);
  free_overrides (cfg->overrides, cfg->noverrides);
  cJSON_Delete (cfg->doc);
  free (cfg->dir);
  free (cfg->status_source_key);
  td_config_init (cfg);
}

/* Positions of the keys in the raw text: cJSON keeps none.  */

/* One key token: its path ("anchors", "rules.number", "x[2].y") and the
   byte offset of its opening quote.  */
struct key_pos
{
  char *path; /* owned */
  size_t offset;
};

struct key_map
{
  struct key_pos *keys; /* owned, in text order */
  size_t n, alloc;
};

/* An open container while scanning.  */
struct frame
{
  bool object;
  char *path; /* owned: the path of the container itself ("" at the top) */
  char *cur;  /* owned: objects, the path of the current key, or NULL */
  long index; /* arrays: index of the current element */
  bool want_key; /* objects: the next string is a key */
};

/* The decoded text of the JSON string token of N bytes at S (quotes
   included); cJSON decodes it exactly as it decoded the document.  */
static char *
decode_key (const char *s, size_t n)
{
  cJSON *item = cJSON_ParseWithLength (s, n);
  char *r;

  if (item && cJSON_IsString (item) && item->valuestring)
    r = xstrdup (item->valuestring);
  else
    r = n >= 2 ? xstrndup (s + 1, n - 2) : xstrdup ("");
  cJSON_Delete (item);
  return r;
}

/* The path of a value in the innermost frame F, or "" at the top.  */
static char *
value_path (const struct frame *f)
{
  if (!f)
    return xstrdup ("");
  if (f->object)
    return xstrdup (f->cur ? f->cur : f->path);
  return xasprintf ("%s[%ld]", f->path, f->index);
}

/* Records in MAP the offset of every key of the LEN bytes of valid JSON
   at TEXT.  */
static void
scan_keys (const char *text, size_t len, struct key_map *map)
{
  struct frame *stack = NULL;
  size_t depth = 0, salloc = 0;
  size_t i = 0;

  if (len >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < len)
    {
      unsigned char c = (unsigned char) text[i];
      struct frame *top = depth ? &stack[depth - 1] : NULL;

      if (c == '{' || c == '[')
        {
          char *path = value_path (top);
          stack = xgrow (stack, &salloc, depth + 1, sizeof *stack);
          stack[depth].object = c == '{';
          stack[depth].path = path;
          stack[depth].cur = NULL;
          stack[depth].index = 0;
          stack[depth].want_key = c == '{';
          depth++;
          i++;
        }
      else if (c == '}' || c == ']')
        {
          if (depth)
            {
              depth--;
              free (stack[depth].path);
              free (stack[depth].cur);
            }
          i++;
        }
      else if (c == ',')
        {
          if (top && top->object)
            top->want_key = true;
          else if (top)
            top->index++;
          i++;
        }
      else if (c == '"')
        {
          size_t start = i++;
          while (i < len && text[i] != '"')
            i += text[i] == '\\' ? 2 : 1;
          if (i < len)
            i++;
          if (i > len)
            i = len;
          if (top && top->object && top->want_key)
            {
              char *key = decode_key (text + start, i - start);
              free (top->cur);
              top->cur = *top->path ? xasprintf ("%s.%s", top->path, key)
                                    : xstrdup (key);
              free (key);
              top->want_key = false;
              map->keys = xgrow (map->keys, &map->alloc, map->n + 1,
                                 sizeof *map->keys);
              map->keys[map->n].path = xstrdup (top->cur);
              map->keys[map->n].offset = start;
              map->n++;
            }
        }
      else
        i++;
    }
  while (depth)
    {
      depth--;
      free (stack[depth].path);
      free (stack[depth].cur);
    }
  free (stack);
}

static void
key_map_free (struct key_map *map)
{
  for (size_t i = 0; i < map->n; i++)
    free (map->keys[i].path);
  free (map->keys);
}

/* The offset of the NTH (0-based) key whose path is PATH, or 0.  */
static size_t
key_offset (const struct key_map *map, const char *path, size_t nth)
{
  for (size_t i = 0; i < map->n; i++)
    if (STREQ (map->keys[i].path, path) && nth-- == 0)
      return map->keys[i].offset;
  return 0;
}

/* The 1-based line and character column of byte OFFSET in TEXT.  A line
   ends at "\n", "\r\n" or a lone "\r".  */
static void
line_col (const char *text, size_t len, size_t offset, int *line, int *col)
{
  size_t start = 0;
  int n = 1;

  if (offset > len)
    offset = len;
  for (size_t i = 0; i < offset; i++)
    if (text[i] == '\n'
        || (text[i] == '\r' && (i + 1 >= len || text[i + 1] != '\n')))
      {
        n++;
        start = i + 1;
      }
  if (start == 0 && len >= 3 && offset >= 3
      && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    start = 3;
  *line = n;
  *col = (int) td_utf8_chars (text + start, offset - start) + 1;
}

/* Checking the parsed document.  */

struct checker
{
  const char *name;
  const char *text;
  size_t len;
  struct key_map keys;
  char *error; /* the first error, "NAME:LINE: message" */
  const char *prefix; /* the path of the object read ("overrides[2]."),
                         "" at the top; not owned */
};

/* Records MSG (taken over) as the error, at the line of byte OFFSET.
   Returns -1.  */
static int
fail_at (struct checker *ck, size_t offset, char *msg)
{
  int line, col;

  line_col (ck->text, ck->len, offset, &line, &col);
  ck->error = xasprintf ("%s:%d: %s", ck->name, line, msg);
  free (msg);
  return -1;
}

/* Records MSG (taken over) as the error, at the line of the NTH key whose
   path is PATH.  Returns -1.  */
static int
fail_key (struct checker *ck, const char *path, size_t nth, char *msg)
{
  char *full = xasprintf ("%s%s", ck->prefix ? ck->prefix : "", path);
  size_t at = key_offset (&ck->keys, full, nth);
  free (full);
  return fail_at (ck, at, msg);
}

/* How many members of the object PARENT before ITEM have its name.  */
static size_t
earlier_same (const cJSON *parent, const cJSON *item)
{
  size_t n = 0;

  for (const cJSON *p = parent->child; p && p != item; p = p->next)
    if (p->string && STREQ (p->string, item->string))
      n++;
  return n;
}

/* The kinds of enumerated values, for the "unknown value" message.  */
enum value_kind
{
  VK_ANCHORS,
  VK_CODE,
  VK_TEXT,
  VK_SCOPE,
  VK_SEVERITY
};

/* The message for the unknown value VALUE of key PATH.  */
static char *
unknown_value (enum value_kind kind, const char *path, const char *value)
{
  switch (kind)
    {
    case VK_ANCHORS:
      return xasprintf (_("unknown value '%1$s' for '%2$s'; expected "
                          "explicit or translated-slugs"), value, path);
    case VK_CODE:
      return xasprintf (_("unknown value '%1$s' for '%2$s'; expected exact, "
                          "ignore-whitespace or ignore-comments-and-strings"),
                        value, path);
    case VK_TEXT:
      return xasprintf (_("unknown value '%1$s' for '%2$s'; expected "
                          "translate, may-translate or keep"), value, path);
    case VK_SCOPE:
      return xasprintf (_("unknown value '%1$s' for '%2$s'; expected "
                          "all, translation or source"), value, path);
    case VK_SEVERITY:
      return xasprintf (_("unknown value '%1$s' for '%2$s'; expected "
                          "off, note, warning or error"), value, path);
    }
  abort ();
}

/* Checks that ITEM, the NTH key PATH, is a string.  Returns 0 or -1.  */
static int
need_string (struct checker *ck, const cJSON *item, const char *path,
             size_t nth)
{
  if (cJSON_IsString (item) && item->valuestring)
    return 0;
  return fail_key (ck, path, nth, xasprintf (_("'%s' must be a string"),
                                             path));
}

/* Parses the enumerated ITEM, key NAME (occurrence NTH), into *OUT: one of
   the N words WORDS standing for VALUES.  Returns 0 or -1.  */
static int
get_enum (struct checker *ck, const cJSON *item, size_t nth,
          enum value_kind kind, const char *const *words, const int *values,
          size_t n, int *out)
{
  const char *name = item->string;

  if (need_string (ck, item, name, nth) < 0)
    return -1;
  for (size_t i = 0; i < n; i++)
    if (STREQ (item->valuestring, words[i]))
      {
        *out = values[i];
        return 0;
      }
  return fail_key (ck, name, nth,
                   unknown_value (kind, name, item->valuestring));
}

/* Reads the array of strings ITEM (key occurrence NTH) into *OUT.  */
static int
get_globs (struct checker *ck, const cJSON *item, size_t nth, char ***out)
{
  const cJSON *e;
  size_t n = 0;

  if (!cJSON_IsArray (item))
    goto bad;
  cJSON_ArrayForEach (e, item)
    if (!cJSON_IsString (e) || !e->valuestring)
      goto bad;
    else
      n++;
  free_list (*out);
  *out = xmalloc ((n + 1) * sizeof **out);
  n = 0;
  cJSON_ArrayForEach (e, item)
    (*out)[n++] = xstrdup (e->valuestring);
  (*out)[n] = NULL;
  return 0;

bad:
  return fail_key (ck, item->string, nth,
                   xasprintf (_("'%s' must be an array of strings"),
                              item->string));
}

/* Reads the array of [Korean, English] prefix pairs ITEM (key
   occurrence NTH) into *OUT and *N.  */
static int
get_prefixes (struct checker *ck, const cJSON *item, size_t nth,
              struct td_prefix **out, size_t *nout)
{
  const cJSON *e;
  size_t n = 0;

  if (!cJSON_IsArray (item))
    goto bad;
  cJSON_ArrayForEach (e, item)
    {
      const cJSON *ko = cJSON_GetArrayItem (e, 0);
      const cJSON *en = cJSON_GetArrayItem (e, 1);
      if (!cJSON_IsArray (e) || cJSON_GetArraySize (e) != 2
          || !cJSON_IsString (ko) || !ko->valuestring
          || !cJSON_IsString (en) || !en->valuestring)
        goto bad;
      n++;
    }
  free_prefixes (*out, *nout);
  *out = n ? xmalloc (n * sizeof **out) : NULL;
  *nout = n;
  n = 0;
  cJSON_ArrayForEach (e, item)
    {
      (*out)[n].ko = xstrdup (cJSON_GetArrayItem (e, 0)->valuestring);
      (*out)[n].en = xstrdup (cJSON_GetArrayItem (e, 1)->valuestring);
      n++;
    }
  return 0;

bad:
  return fail_key (ck, item->string, nth,
                   xasprintf (_("'%s' must be an array of pairs of strings "
                                "[Korean prefix, English prefix]"),
                              item->string));
}

/* Reads the "glossary" array of [English term, Korean term] pairs.  */
static int
get_glossary (struct checker *ck, const cJSON *item, size_t nth,
              struct td_config *cfg)
{
  const cJSON *e;
  size_t n = 0;

  if (!cJSON_IsArray (item))
    goto bad;
  cJSON_ArrayForEach (e, item)
    {
      const cJSON *en = cJSON_GetArrayItem (e, 0);
      const cJSON *ko = cJSON_GetArrayItem (e, 1);
      if (!cJSON_IsArray (e) || cJSON_GetArraySize (e) != 2
          || !cJSON_IsString (en) || !en->valuestring || !*en->valuestring
          || !cJSON_IsString (ko) || !ko->valuestring || !*ko->valuestring)
        goto bad;
      n++;
    }
  free_prefixes (cfg->glossary, cfg->nglossary);
  cfg->glossary = n ? xmalloc (n * sizeof *cfg->glossary) : NULL;
  cfg->nglossary = n;
  cfg->glossary_set = true;
  n = 0;
  cJSON_ArrayForEach (e, item)
    {
      cfg->glossary[n].en = xstrdup (cJSON_GetArrayItem (e, 0)->valuestring);
      cfg->glossary[n].ko = xstrdup (cJSON_GetArrayItem (e, 1)->valuestring);
      n++;
    }
  return 0;

bad:
  return fail_key (ck, item->string, nth,
                   xasprintf (_("'%s' must be an array of pairs of strings "
                                "[English term, Korean term]"),
                              item->string));
}

/* Reads the "particle_words" object: word -> consonant, rieul, vowel.  */
static int
get_particle_words (struct checker *ck, const cJSON *item, size_t nth,
                    struct td_config *cfg)
{
  const cJSON *e;
  size_t n = 0;

  if (!cJSON_IsObject (item))
    return fail_key (ck, item->string, nth,
                     xasprintf (_("'%s' must be an object"), item->string));
  cJSON_ArrayForEach (e, item)
    {
      if (!cJSON_IsString (e) || !e->valuestring
          || (!STREQ (e->valuestring, "consonant")
              && !STREQ (e->valuestring, "rieul")
              && !STREQ (e->valuestring, "vowel")))
        {
          char *path = xasprintf ("%s.%s", item->string, e->string);
          int rc = fail_key (ck, path, 0,
                             xasprintf (_("unknown value for '%s'; expected "
                                          "consonant, rieul or vowel"),
                                        path));
          free (path);
          return rc;
        }
      n++;
    }
  for (size_t i = 0; i < cfg->nparticle_words; i++)
    free (cfg->particle_words[i]);
  free (cfg->particle_words);
  free (cfg->particle_finals);
  cfg->particle_words = xcalloc (n + 1, sizeof *cfg->particle_words);
  cfg->particle_finals = xcalloc (n + 1, 1);
  cfg->nparticle_words = n;
  n = 0;
  cJSON_ArrayForEach (e, item)
    {
      cfg->particle_words[n] = xstrdup (e->string);
      cfg->particle_finals[n] = e->valuestring[0];
      n++;
    }
  return 0;
}

/* Reads the "rules" object ITEM (key occurrence NTH) into CFG.  */
static int
get_rules (struct checker *ck, const cJSON *item, size_t nth,
           struct td_config *cfg)
{
  const cJSON *e;

  if (!cJSON_IsObject (item))
    return fail_key (ck, item->string, nth,
                     xasprintf (_("'%s' must be an object"), item->string));
  cJSON_ArrayForEach (e, item)
    {
      char *path = xasprintf ("%s.%s", item->string, e->string);
      size_t k = earlier_same (item, e);
      int r = td_rule_find (e->string);
      enum td_severity sev;
      int rc = 0;

      if (k > 0)
        rc = fail_key (ck, path, k,
                       xasprintf (_("duplicate key '%s'"), path));
      else if (r < 0)
        {
          const char *near = td_rule_suggest (e->string);
          rc = fail_key (ck, path, 0,
                         near
                           /* TRANSLATORS: %1$s is a key such as
                              "rules.numbr", %2$s the nearest rule id,
                              such as "number".  */
                           ? xasprintf (_("unknown key '%1$s': no such "
                                          "rule; did you mean '%2$s'?"),
                                        path, near)
                           : xasprintf (_("unknown key '%s': no such rule"),
                                        path));
        }
      else if (need_string (ck, e, path, 0) < 0)
        rc = -1;
      else if (!td_severity_parse (e->valuestring, &sev))
        rc = fail_key (ck, path, 0,
                       unknown_value (VK_SEVERITY, path, e->valuestring));
      else
        {
          cfg->severity[r] = sev;
          cfg->severity_set[r] = true;
        }
      free (path);
      if (rc < 0)
        return -1;
    }
  return 0;
}

static const char *const anchor_words[] = { "explicit", "translated-slugs" };
static const int anchor_values[] = { TD_ANCHORS_EXPLICIT,
                                     TD_ANCHORS_TRANSLATED_SLUGS };
static const char *const code_words[] = { "exact", "ignore-whitespace",
                                          "ignore-comments-and-strings" };
static const int code_values[] = { TD_CODE_EXACT, TD_CODE_IGNORE_WHITESPACE,
                                   TD_CODE_IGNORE_COMMENTS };
static const char *const text_words[] = { "translate", "may-translate",
                                          "keep" };
static const int text_values[] = { TD_TEXT_TRANSLATE, TD_TEXT_MAY,
                                   TD_TEXT_KEEP };
static const int scope_values[] = { TD_SCOPES_ALL, TD_SCOPES_TRANSLATION,
                                    TD_SCOPES_SOURCE };

/* The readers of the top-level keys: each reads ITEM (the NTH key of its
   name) into CFG and returns 0 or -1.  */
typedef int key_reader (struct checker *ck, const cJSON *item, size_t nth,
                        struct td_config *cfg);

static int
read_schema (struct checker *ck, const cJSON *item, size_t nth,
             struct td_config *cfg)
{
  (void) cfg;
  return need_string (ck, item, item->string, nth);
}

static int
read_rules (struct checker *ck, const cJSON *item, size_t nth,
            struct td_config *cfg)
{
  return get_rules (ck, item, nth, cfg);
}

static int
read_include (struct checker *ck, const cJSON *item, size_t nth,
              struct td_config *cfg)
{
  return get_globs (ck, item, nth, &cfg->include);
}

static int
read_exclude (struct checker *ck, const cJSON *item, size_t nth,
              struct td_config *cfg)
{
  return get_globs (ck, item, nth, &cfg->exclude);
}

static int
read_import_prefixes (struct checker *ck, const cJSON *item, size_t nth,
                      struct td_config *cfg)
{
  return get_prefixes (ck, item, nth, &cfg->import_prefixes,
                       &cfg->nimport_prefixes);
}

static int
read_link_prefixes (struct checker *ck, const cJSON *item, size_t nth,
                    struct td_config *cfg)
{
  return get_prefixes (ck, item, nth, &cfg->link_prefixes,
                       &cfg->nlink_prefixes);
}

static int
read_glossary (struct checker *ck, const cJSON *item, size_t nth,
               struct td_config *cfg)
{
  return get_glossary (ck, item, nth, cfg);
}

static int
read_particle_words (struct checker *ck, const cJSON *item, size_t nth,
                     struct td_config *cfg)
{
  return get_particle_words (ck, item, nth, cfg);
}

/* A key whose value is true or false, stored at *OUT.  */
static int
read_bool (struct checker *ck, const cJSON *item, size_t nth, bool *out)
{
  if (!cJSON_IsBool (item))
    return fail_key (ck, item->string, nth,
                     xasprintf (_("'%s' must be true or false"),
                                item->string));
  *out = cJSON_IsTrue (item);
  return 0;
}

static int
read_terminal_colon (struct checker *ck, const cJSON *item, size_t nth,
                     struct td_config *cfg)
{
  bool on = false;
  if (read_bool (ck, item, nth, &on) != 0)
    return -1;
  /* The older form of "rules": {"ko-colon": ...}, which wins when both
     are given.  */
  if (!cfg->severity_set[TD_R_KO_COLON])
    {
      cfg->severity[TD_R_KO_COLON] = on ? TD_SEV_WARNING : TD_SEV_OFF;
      cfg->severity_set[TD_R_KO_COLON] = true;
    }
  return 0;
}

static int
read_link_locales (struct checker *ck, const cJSON *item, size_t nth,
                   struct td_config *cfg)
{
  return read_bool (ck, item, nth, &cfg->link_locales);
}

/* A key whose value is one of a list of words, stored as an int.  */
static int
read_words (struct checker *ck, const cJSON *item, size_t nth, int vk,
            const char *const *words, const int *values, size_t n, int *out)
{
  int v = *out;
  int rc = get_enum (ck, item, nth, vk, words, values, n, &v);
  if (rc == 0)
    *out = v;
  return rc;
}

static int
read_profile (struct checker *ck, const cJSON *item, size_t nth,
              struct td_config *cfg)
{
  if (need_string (ck, item, item->string, nth) < 0)
    return -1;
  cfg->profile = td_profile_find (item->valuestring);
  if (cfg->profile)
    return 0;
  struct td_buf names = TD_BUF_INIT;
  for (size_t i = 0; i < td_nprofiles; i++)
    td_buf_printf (&names, "%s%s", i ? ", " : "", td_profiles[i].name);
  int rc = fail_key (ck, item->string, nth,
                     /* TRANSLATORS: %1$s is the value, %2$s the key
                        ("profile"), %3$s the list of profile names.  */
                     xasprintf (_("unknown value '%1$s' for '%2$s'; "
                                  "expected one of %3$s"),
                                item->valuestring, item->string,
                                td_buf_str (&names)));
  td_buf_free (&names);
  return rc;
}

static int
read_anchors (struct checker *ck, const cJSON *item, size_t nth,
              struct td_config *cfg)
{
  cfg->anchors_given = true;
  int v = (int) cfg->anchors;
  int rc = read_words (ck, item, nth, VK_ANCHORS, anchor_words,
                       anchor_values, ARRAY_SIZE (anchor_words), &v);
  cfg->anchors = (enum td_anchor_policy) v;
  return rc;
}

static int
read_code_blocks (struct checker *ck, const cJSON *item, size_t nth,
                  struct td_config *cfg)
{
  int v = (int) cfg->code_blocks;
  int rc = read_words (ck, item, nth, VK_CODE, code_words, code_values,
                       ARRAY_SIZE (code_words), &v);
  cfg->code_blocks = (enum td_code_policy) v;
  return rc;
}

static int
read_alt_text (struct checker *ck, const cJSON *item, size_t nth,
               struct td_config *cfg)
{
  int v = (int) cfg->alt_text;
  int rc = read_words (ck, item, nth, VK_TEXT, text_words, text_values,
                       ARRAY_SIZE (text_words), &v);
  cfg->alt_text = (enum td_text_policy) v;
  return rc;
}

static int
read_jsx_text_attributes (struct checker *ck, const cJSON *item, size_t nth,
                          struct td_config *cfg)
{
  int v = (int) cfg->jsx_text_attributes;
  int rc = read_words (ck, item, nth, VK_TEXT, text_words, text_values,
                       ARRAY_SIZE (text_words), &v);
  cfg->jsx_text_attributes = (enum td_text_policy) v;
  return rc;
}

static int
read_scope (struct checker *ck, const cJSON *item, size_t nth,
            struct td_config *cfg)
{
  int v = (int) cfg->scope;
  int rc = read_words (ck, item, nth, VK_SCOPE, td_scope_filter_names,
                       scope_values, ARRAY_SIZE (scope_values), &v);
  cfg->scope = (enum td_scope_filter) v;
  return rc;
}

/* Reads the "status" object: {"sourceKey": KEY}.  */
static int
read_status (struct checker *ck, const cJSON *item, size_t nth,
             struct td_config *cfg)
{
  const cJSON *e;

  if (!cJSON_IsObject (item))
    return fail_key (ck, item->string, nth,
                     xasprintf (_("'%s' must be an object"), item->string));
  cJSON_ArrayForEach (e, item)
    {
      char *path = xasprintf ("%s.%s", item->string, e->string);
      size_t k = earlier_same (item, e);
      int rc = 0;
      if (k > 0)
        rc = fail_key (ck, path, k,
                       xasprintf (_("duplicate key '%s'"), path));
      else if (!STREQ (e->string, "sourceKey"))
        rc = fail_key (ck, path, 0, xasprintf (_("unknown key '%s'"), path));
      else if (need_string (ck, e, path, 0) < 0)
        rc = -1;
      else
        {
          free (cfg->status_source_key);
          cfg->status_source_key = xstrdup (e->valuestring);
        }
      free (path);
      if (rc < 0)
        return rc;
    }
  return 0;
}

/* The top-level keys of .twindoc.json (docs/en/configuration.md).  */

static int
read_root (struct checker *ck, const cJSON *item, size_t nth,
           struct td_config *cfg)
{
  return read_bool (ck, item, nth, &cfg->root);
}

static int
read_stale (struct checker *ck, const cJSON *item, size_t nth,
            struct td_config *cfg)
{
  return read_bool (ck, item, nth, &cfg->stale);
}

static int read_overrides (struct checker *ck, const cJSON *item,
                           size_t nth, struct td_config *cfg);

/* The top-level keys of .twindoc.json (docs/en/configuration.md) and
   where each applies; twindoc.schema.json lists the same keys
   (tests/unit/test_schema.c compares them).  */
static const struct config_key
{
  const char *name;
  enum td_config_key_scope scope;
  key_reader *read;
} config_keys[] = {
  { "$schema", TD_KEY_FILE, read_schema },
  { "root", TD_KEY_FILE, read_root },
  { "rules", TD_KEY_PAGE, read_rules },
  { "include", TD_KEY_RUN, read_include },
  { "exclude", TD_KEY_RUN, read_exclude },
  { "overrides", TD_KEY_FILE, read_overrides },
  { "import_prefixes", TD_KEY_PAGE, read_import_prefixes },
  { "link_prefixes", TD_KEY_PAGE, read_link_prefixes },
  { "link_locales", TD_KEY_PAGE, read_link_locales },
  { "glossary", TD_KEY_PAGE, read_glossary },
  { "particle_words", TD_KEY_PAGE, read_particle_words },
  { "terminal_colon", TD_KEY_PAGE, read_terminal_colon },
  { "profile", TD_KEY_PAGE, read_profile },
  { "anchors", TD_KEY_PAGE, read_anchors },
  { "code_blocks", TD_KEY_PAGE, read_code_blocks },
  { "alt_text", TD_KEY_PAGE, read_alt_text },
  { "jsx_text_attributes", TD_KEY_PAGE, read_jsx_text_attributes },
  { "scope", TD_KEY_PAGE, read_scope },
  { "stale", TD_KEY_RUN, read_stale },
  { "status", TD_KEY_RUN, read_status },
};

size_t
td_config_nkeys (void)
{
  return ARRAY_SIZE (config_keys);
}

const char *
td_config_key_name (size_t i)
{
  return i < ARRAY_SIZE (config_keys) ? config_keys[i].name : NULL;
}

enum td_config_key_scope
td_config_key_scope (size_t i)
{
  return i < ARRAY_SIZE (config_keys) ? config_keys[i].scope : TD_KEY_FILE;
}

/* The row of the key named K, or NULL.  */
static const struct config_key *
find_key (const char *k)
{
  for (size_t i = 0; i < ARRAY_SIZE (config_keys); i++)
    if (STREQ (k, config_keys[i].name))
      return &config_keys[i];
  return NULL;
}

/* Reads ITEM, a member of the object ROOT (the top level, or an override
   when IN_OVERRIDE), into CFG.  Returns 0 or -1.  */
static int
get_key (struct checker *ck, const cJSON *root, const cJSON *item,
         struct td_config *cfg, bool in_override)
{
  const char *k = item->string;
  size_t nth = earlier_same (root, item);
  const struct config_key *key = find_key (k);

  if (nth > 0)
    return fail_key (ck, k, nth, xasprintf (_("duplicate key '%s'"), k));
  if (!key)
    {
      struct td_suggest near;
      td_suggest_init (&near, k);
      for (size_t i = 0; i < ARRAY_SIZE (config_keys); i++)
        td_suggest_add (&near, config_keys[i].name);
      if (near.best)
        /* TRANSLATORS: %1$s is a key of .twindoc.json as given, %2$s the
           nearest known key.  */
        return fail_key (ck, k, nth,
                         xasprintf (_("unknown key '%1$s'; did you mean "
                                      "'%2$s'?"), k, near.best));
      return fail_key (ck, k, nth, xasprintf (_("unknown key '%s'"), k));
    }
  if (in_override && key->scope != TD_KEY_PAGE)
    return fail_key (ck, k, nth,
                     xasprintf (_("'%s' cannot be set in an override: only "
                                  "the settings of a page can"), k));
  return key->read (ck, item, nth, cfg);
}

/* Frees the N overrides at O.  */
static void
free_overrides (struct td_override *o, size_t n)
{
  for (size_t i = 0; i < n; i++)
    {
      free_list (o[i].files);
      cJSON_Delete (o[i].settings);
    }
  free (o);
}

/* Checks the override E, element INDEX of "overrides", and stores it in
   *OUT.  Returns 0 or -1.  */
static int
get_override (struct checker *ck, const cJSON *e, size_t index,
              struct td_override *out)
{
  const cJSON *m;
  const char *saved = ck->prefix;
  char *prefix = xasprintf ("overrides[%zu].", index);
  struct td_config scratch;
  int rc = 0;

  if (!cJSON_IsObject (e)
      || !cJSON_GetObjectItemCaseSensitive (e, "files"))
    {
      free (prefix);
      return fail_key (ck, "overrides", 0,
                       xasprintf (_("each element of '%s' must be an object "
                                    "with \"files\", an array of globs"),
                                  "overrides"));
    }
  td_config_init (&scratch);
  ck->prefix = prefix;
  cJSON_ArrayForEach (m, e)
    {
      if (STREQ (m->string, "files"))
        {
          size_t nth = earlier_same (e, m);
          rc = nth > 0 ? fail_key (ck, "files", nth,
                                   xasprintf (_("duplicate key '%s'"),
                                              "files"))
                       : get_globs (ck, m, nth, &out->files);
        }
      else
        rc = get_key (ck, e, m, &scratch, true);
      if (rc < 0)
        break;
    }
  ck->prefix = saved;
  free (prefix);
  td_config_free (&scratch);
  if (rc < 0)
    return -1;
  out->settings = cJSON_Duplicate (e, true);
  cJSON_DeleteItemFromObjectCaseSensitive (out->settings, "files");
  return 0;
}

static int
read_overrides (struct checker *ck, const cJSON *item, size_t nth,
                struct td_config *cfg)
{
  const cJSON *e;
  size_t n = 0;

  if (ck->prefix && *ck->prefix)
    return fail_key (ck, item->string, nth,
                     xasprintf (_("'%s' cannot be set in an override: only "
                                  "the settings of a page can"),
                                item->string));
  if (!cJSON_IsArray (item))
    return fail_key (ck, item->string, nth,
                     xasprintf (_("'%s' must be an array of objects"),
                                item->string));
  struct td_override *list = xcalloc ((size_t) cJSON_GetArraySize (item) + 1,
                                      sizeof *list);
  cJSON_ArrayForEach (e, item)
    {
      if (get_override (ck, e, n, &list[n]) < 0)
        {
          free_overrides (list, n + 1);
          return -1;
        }
      n++;
    }
  free_overrides (cfg->overrides, cfg->noverrides);
  cfg->overrides = list;
  cfg->noverrides = n;
  return 0;
}

/* Reads the members of OBJ whose keys are settings of a page into DST.
   OBJ was checked when its file was read: no reader fails.  */
static void
apply_page_keys (const cJSON *obj, const char *name, struct td_config *dst)
{
  struct checker ck = { name, "", 0, { NULL, 0, 0 }, NULL, "" };
  const cJSON *item;

  cJSON_ArrayForEach (item, obj)
    {
      const struct config_key *key = find_key (item->string);
      if (key && key->scope == TD_KEY_PAGE)
        key->read (&ck, item, 0, dst);
      free (ck.error);
      ck.error = NULL;
    }
}

/* True when a glob of LIST matches one of the N paths PATHS (NULL entries
   are skipped; a leading "./" does not count).  */
static bool
override_matches (char *const *list, const char *const *paths, size_t n)
{
  for (size_t i = 0; i < n; i++)
    {
      const char *p = paths[i];
      if (!p)
        continue;
      while (p[0] == '.' && p[1] == '/')
        p += 2;
      for (char *const *g = list; g && *g; g++)
        {
          const char *glob = *g;
          while (glob[0] == '.' && glob[1] == '/')
            glob += 2;
          if (td_glob_match (glob, p))
            return true;
        }
    }
  return false;
}

void
td_config_apply (struct td_config *dst, const struct td_config *src,
                 const char *const *paths, size_t npaths)
{
  const char *name = src->path ? src->path : CONFIG_NAME;
  if (src->doc)
    apply_page_keys (src->doc, name, dst);
  for (size_t i = 0; i < src->noverrides; i++)
    if (override_matches (src->overrides[i].files, paths, npaths))
      apply_page_keys (src->overrides[i].settings, name, dst);
}

size_t
td_config_run_keys (const struct td_config *cfg, const char **names,
                    size_t max)
{
  const cJSON *item;
  size_t n = 0;

  if (!cfg->doc)
    return 0;
  cJSON_ArrayForEach (item, cfg->doc)
    {
      const struct config_key *key = find_key (item->string);
      if (key && key->scope == TD_KEY_RUN && n < max)
        names[n++] = key->name;
    }
  return n;
}

/* The offset of the first byte after the white space at OFFSET (cJSON's
   white space: any byte up to the space).  */
static size_t
skip_space (const char *text, size_t len, size_t offset)
{
  while (offset < len && (unsigned char) text[offset] <= ' '
         && text[offset] != '\0')
    offset++;
  return offset;
}

int
td_config_parse (const char *name, const char *text, size_t len,
                 struct td_config *cfg, char **error)
{
  struct checker ck = { name, text, len, { NULL, 0, 0 }, NULL, "" };
  const char *end = NULL;
  cJSON *root;
  const cJSON *item;
  int rc = 0;

  td_config_init (cfg);
  *error = NULL;
  root = cJSON_ParseWithLengthOpts (text, len, &end, false);
  if (!root || !end || end < text || (size_t) (end - text) > len
      || skip_space (text, len, (size_t) (end - text)) < len)
    {
      size_t at = end && end >= text && (size_t) (end - text) <= len
                  ? (size_t) (end - text) : len;
      /* Where a key was expected (after '{' or ','), cJSON reports the
         position just past the character that is not a '"': point at
         that character.  */
      if (!root && at > 0 && at <= len && text[at - 1] != '"')
        {
          size_t k = at - 1;
          while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t'
                           || text[k - 1] == '\n' || text[k - 1] == '\r'))
            k--;
          if (k > 0 && (text[k - 1] == ',' || text[k - 1] == '{'))
            at--;
        }
      int line, col;
      if (root)
        at = skip_space (text, len, at);
      line_col (text, len, at, &line, &col);
      *error = xasprintf ("%s:%d:%d: %s", name, line, col, _("invalid JSON"));
      cJSON_Delete (root);
      return -1;
    }

  if (!cJSON_IsObject (root))
    {
      size_t at = len >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
      rc = fail_at (&ck, skip_space (text, len, at),
                    xstrdup (_("the configuration must be a JSON object")));
    }
  else
    {
      scan_keys (text, len, &ck.keys);
      cJSON_ArrayForEach (item, root)
        if ((rc = get_key (&ck, root, item, cfg, false)) < 0)
          break;
    }

  /* Kept, to apply the settings again over another configuration
     (td_config_apply).  */
  if (rc == 0 && cJSON_IsObject (root))
    {
      cfg->doc = root;
      root = NULL;
    }
  cJSON_Delete (root);
  key_map_free (&ck.keys);
  if (rc < 0)
    {
      td_config_free (cfg);
      *error = ck.error;
      return -1;
    }
  cfg->path = xstrdup (name);
  return 0;
}

/* The resolved folder of the file PATH (new), or NULL.  */
static char *
folder_of (const char *path)
{
  const char *slash = strrchr (path, '/');
  char *dir = slash ? xstrndup (path, slash == path ? 1 : (size_t) (slash - path))
                    : xstrdup (".");
  char *real = realpath (dir, NULL);
  free (dir);
  return real;
}

int
td_config_load (const char *path, struct td_config *cfg, char **error)
{
  FILE *f;
  char *data = NULL;
  size_t len = 0, alloc = 0;
  int rc;

  td_config_init (cfg);
  *error = NULL;
  f = fopen (path, "rb");
  if (!f)
    {
      *error = xasprintf ("%s: %s", path, strerror (errno));
      return -1;
    }
  for (;;)
    {
      size_t got;
      data = xgrow (data, &alloc, len + 4096, 1);
      got = fread (data + len, 1, alloc - len, f);
      len += got;
      if (got == 0)
        break;
    }
  if (ferror (f))
    {
      int e = errno;
      *error = xasprintf ("%s: %s", path, strerror (e));
      fclose (f);
      free (data);
      return -1;
    }
  fclose (f);
  rc = td_config_parse (path, data, len, cfg, error);
  free (data);
  if (rc == 0)
    cfg->dir = folder_of (path);
  return rc;
}

/* True when PATH names a readable regular file.  */
static bool
readable_file (const char *path)
{
  struct stat st;

  return stat (path, &st) == 0 && S_ISREG (st.st_mode)
         && access (path, R_OK) == 0;
}

char *
td_config_find (const char *dir)
{
  char *d = realpath (dir, NULL);

  if (!d)
    return NULL;
  /* Found from the current folder, the name is given relative to it
     (".twindoc.json", "../.twindoc.json"), as users type it.  */
  bool relative = STREQ (dir, ".");
  struct td_buf up = TD_BUF_INIT;
  for (;;)
    {
      char *slash;
      char *file = xasprintf ("%s%s%s", d,
                              d[strlen (d) - 1] == '/' ? "" : "/",
                              CONFIG_NAME);
      if (readable_file (file))
        {
          free (d);
          if (relative)
            {
              free (file);
              td_buf_puts (&up, CONFIG_NAME);
              return td_buf_detach (&up);
            }
          td_buf_free (&up);
          return file;
        }
      free (file);
      td_buf_puts (&up, "../");
      slash = strrchr (d, '/');
      if (!slash || STREQ (d, "/"))
        break;
      if (slash == d)
        slash[1] = '\0';
      else
        *slash = '\0';
    }
  free (d);
  td_buf_free (&up);
  return NULL;
}

/* Glob matching.  */

/* Matches the set at G (just after its '[') against the character C;
   stores in *NEXT the glob after the closing ']'.  Returns -1 when there
   is no closing ']' (the '[' is then an ordinary character).  */
static int
match_set (const char *g, char c, const char **next)
{
  bool negate = false, found = false;
  const char *p = g;

  if (*p == '!' || *p == '^')
    {
      negate = true;
      p++;
    }
  /* A ']' first in the set is an ordinary member.  */
  for (bool first = true; *p && (first || *p != ']'); first = false)
    {
      unsigned char lo = (unsigned char) *p, hi = lo;
      if (p[1] == '-' && p[2] && p[2] != ']')
        {
          hi = (unsigned char) p[2];
          p += 3;
        }
      else
        p++;
      if ((unsigned char) c >= lo && (unsigned char) c <= hi)
        found = true;
    }
  if (*p != ']')
    return -1;
  *next = p + 1;
  return c != '/' && found != negate;
}

/* A match in progress.  FAILED remembers, for each (glob position, path
   position, at_start) already tried, that it does not match, so that a
   glob of many '*' ("*a*a*a*a*b") costs polynomial time instead of
   exponential: each state is tried once.  */
struct glob_run
{
  const char *glob, *path;
  size_t plen;
  unsigned char *failed; /* owned: bit set, 2 * (glen + 1) * (plen + 1) */
};

static bool glob_step (struct glob_run *r, const char *g, const char *p,
                       bool at_start);

/* Matches the glob G against the path P.  AT_START: G begins a path
   component of the glob.  */
static bool
glob_rec (struct glob_run *r, const char *g, const char *p, bool at_start)
{
  size_t bit = (((size_t) (g - r->glob) * (r->plen + 1))
                + (size_t) (p - r->path)) * 2 + at_start;
  if (r->failed[bit / 8] & (1u << (bit % 8)))
    return false;
  if (glob_step (r, g, p, at_start))
    return true;
  r->failed[bit / 8] |= (unsigned char) (1u << (bit % 8));
  return false;
}

static bool
glob_step (struct glob_run *r, const char *g, const char *p, bool at_start)
{
  for (;;)
    switch (*g)
      {
      case '\0':
        return *p == '\0';

      case '*':
        if (g[1] == '*' && at_start && (g[2] == '/' || g[2] == '\0'))
          {
            /* "**" as a whole component: zero or more components.  */
            if (g[2] == '\0')
              return true;
            for (const char *q = p;; q++)
              {
                if ((q == p || q[-1] == '/') && glob_rec (r, g + 3, q, true))
                  return true;
                if (!*q)
                  return false;
              }
          }
        while (*g == '*')
          g++;
        for (const char *q = p;; q++)
          {
            if (glob_rec (r, g, q, false))
              return true;
            if (!*q || *q == '/')
              return false;
          }

      case '?':
        if (!*p || *p == '/')
          return false;
        g++;
        p++;
        at_start = false;
        break;

      case '[':
        {
          const char *next;
          int m = *p ? match_set (g + 1, *p, &next) : 0;
          if (m == 0)
            return false;
          if (m > 0)
            {
              g = next;
              p++;
              at_start = false;
              break;
            }
          if (*p != '[')
            return false;
          g++;
          p++;
          at_start = false;
          break;
        }

      case '\\':
        if (g[1])
          g++;
        if (*g != *p)
          return false;
        g++;
        p++;
        at_start = false;
        break;

      default:
        /* A glob that ends in a "**" component after DIR also matches
           DIR itself: zero components.  */
        if (*g == '/' && !*p && STREQ (g, "/**"))
          return true;
        if (*g != *p)
          return false;
        at_start = *g == '/';
        g++;
        p++;
        break;
      }
}

bool
td_glob_match (const char *glob, const char *path)
{
  size_t glen = strlen (glob), plen = strlen (path);
  struct glob_run r = { glob, path, plen, NULL };
  r.failed = xcalloc ((2 * (glen + 1) * (plen + 1) + 7) / 8, 1);
  bool m = glob_rec (&r, glob, path, true);
  free (r.failed);
  return m;
}

/* True when PATH ends in SUFFIX.  */
static bool
ends_with (const char *path, const char *suffix)
{
  size_t n = strlen (path), m = strlen (suffix);

  return n >= m && STREQ (path + n - m, suffix);
}

/* True when a glob of LIST matches PATH.  */
static bool
any_match (char *const *list, const char *path)
{
  for (; *list; list++)
    if (td_glob_match (*list, path))
      return true;
  return false;
}

bool
td_config_selects (const struct td_config *cfg, const char *path)
{
  while (path[0] == '.' && path[1] == '/')
    path += 2;
  if (cfg && cfg->include ? !any_match (cfg->include, path)
      : !ends_with (path, ".md") && !ends_with (path, ".mdx"))
    return false;
  return !(cfg && cfg->exclude && any_match (cfg->exclude, path));
}
