/* test_schema.c: twindoc.schema.json, the JSON Schema of .twindoc.json,
   against the parser's own tables: the top-level keys and where they
   apply (config_file.c), the rule ids (rules.c), the profile names
   (profile.c), the severities; and every enumerated value of the schema
   must be accepted by the parser, so that the schema cannot go stale.  */
#include <config.h>
#include "util/system.h"
#include "rules/config_file.h"
#include "rules/profile.h"
#include "rules/rules.h"

#include <cJSON.h>

#include "harness.h"
#include "util/xalloc.h"

/* The schema, parsed; NULL when it cannot be read.  */
static cJSON *
load_schema (void)
{
  const char *srcdir = getenv ("abs_top_srcdir");
  char *path = xasprintf ("%s/twindoc.schema.json", srcdir ? srcdir : ".");
  FILE *f = fopen (path, "rb");
  char *data = NULL;
  size_t len = 0, alloc = 0, got;
  cJSON *doc = NULL;

  if (f)
    {
      do
        {
          data = xgrow (data, &alloc, len + 4096, 1);
          got = fread (data + len, 1, alloc - len, f);
          len += got;
        }
      while (got > 0);
      fclose (f);
      doc = cJSON_ParseWithLength (data, len);
    }
  if (!doc)
    fprintf (stderr, "cannot read %s\n", path);
  free (data);
  free (path);
  return doc;
}

/* True when the object OBJ has a member named NAME.  */
static bool
has (const cJSON *obj, const char *name)
{
  return cJSON_GetObjectItemCaseSensitive (obj, name) != NULL;
}

/* True when the array ARR holds the string S.  */
static bool
holds (const cJSON *arr, const char *s)
{
  const cJSON *e;
  cJSON_ArrayForEach (e, arr)
    if (cJSON_IsString (e) && STREQ (e->valuestring, s))
      return true;
  return false;
}

/* True when .twindoc.json TEXT parses.  */
static bool
parses (const char *text)
{
  struct td_config cfg;
  char *error = NULL;
  int rc = td_config_parse (".twindoc.json", text, strlen (text), &cfg,
                            &error);
  free (error);
  if (rc == 0)
    td_config_free (&cfg);
  return rc == 0;
}

/* The schema's top-level keys are the parser's, both ways; an override
   may set exactly "files" and the settings of a page.  */
static void
test_keys (const cJSON *schema)
{
  const cJSON *props = cJSON_GetObjectItemCaseSensitive (schema,
                                                         "properties");
  const cJSON *defs = cJSON_GetObjectItemCaseSensitive (schema, "$defs");
  const cJSON *ov = cJSON_GetObjectItemCaseSensitive (
    cJSON_GetObjectItemCaseSensitive (defs, "override"), "properties");
  const cJSON *e;
  size_t npage = 0;

  OK (cJSON_IsFalse (cJSON_GetObjectItemCaseSensitive (
        schema, "additionalProperties")), "no other top-level keys");
  for (size_t i = 0; i < td_config_nkeys (); i++)
    {
      const char *k = td_config_key_name (i);
      char *msg = xasprintf ("the schema has the key '%s'", k);
      OK (has (props, k), msg);
      free (msg);
      bool page = td_config_key_scope (i) == TD_KEY_PAGE;
      msg = xasprintf ("an override may set '%s' exactly when it is a "
                       "setting of a page", k);
      OK (has (ov, k) == page, msg);
      free (msg);
      npage += page;
    }
  cJSON_ArrayForEach (e, props)
    {
      bool known = false;
      for (size_t i = 0; i < td_config_nkeys (); i++)
        known |= STREQ (e->string, td_config_key_name (i));
      char *msg = xasprintf ("the parser knows the schema's key '%s'",
                             e->string);
      OK (known, msg);
      free (msg);
    }
  OK (has (ov, "files"), "an override has \"files\"");
  INT_EQ (cJSON_GetArraySize (ov), npage + 1,
          "an override's keys: files and the settings of a page");
}

/* The rule ids, the profile names and the severities.  */
static void
test_tables (const cJSON *schema)
{
  const cJSON *props = cJSON_GetObjectItemCaseSensitive (schema,
                                                         "properties");
  const cJSON *rules = cJSON_GetObjectItemCaseSensitive (
    cJSON_GetObjectItemCaseSensitive (props, "rules"), "properties");
  const cJSON *profiles = cJSON_GetObjectItemCaseSensitive (
    cJSON_GetObjectItemCaseSensitive (props, "profile"), "enum");
  const cJSON *sev = cJSON_GetObjectItemCaseSensitive (
    cJSON_GetObjectItemCaseSensitive (
      cJSON_GetObjectItemCaseSensitive (schema, "$defs"), "severity"),
    "enum");
  const cJSON *e;

  for (int r = 0; r < TD_R__COUNT; r++)
    {
      char *msg = xasprintf ("the schema has the rule '%s'", td_rules[r].id);
      OK (has (rules, td_rules[r].id), msg);
      free (msg);
    }
  INT_EQ (cJSON_GetArraySize (rules), TD_R__COUNT, "the schema's rules");
  for (size_t i = 0; i < td_nprofiles; i++)
    {
      char *msg = xasprintf ("the schema has the profile '%s'",
                             td_profiles[i].name);
      OK (holds (profiles, td_profiles[i].name), msg);
      free (msg);
    }
  INT_EQ (cJSON_GetArraySize (profiles), td_nprofiles,
          "the schema's profiles");
  INT_EQ (cJSON_GetArraySize (sev), 4, "four severities");
  cJSON_ArrayForEach (e, sev)
    {
      enum td_severity s;
      OK (cJSON_IsString (e) && td_severity_parse (e->valuestring, &s),
          "a severity of the schema parses");
    }
}

/* Every value the schema enumerates for a key is accepted, and a value
   it does not list is refused.  */
static void
test_values (const cJSON *schema)
{
  const cJSON *props = cJSON_GetObjectItemCaseSensitive (schema,
                                                         "properties");
  const cJSON *p, *e;
  int nenums = 0;

  cJSON_ArrayForEach (p, props)
    {
      const cJSON *en = cJSON_GetObjectItemCaseSensitive (p, "enum");
      const cJSON *type = cJSON_GetObjectItemCaseSensitive (p, "type");
      if (en)
        {
          nenums++;
          cJSON_ArrayForEach (e, en)
            {
              char *text = xasprintf ("{\"%s\": \"%s\"}", p->string,
                                      e->valuestring);
              OK (parses (text), text);
              free (text);
            }
          char *text = xasprintf ("{\"%s\": \"no-such-value\"}", p->string);
          OK (!parses (text), text);
          free (text);
        }
      else if (type && STREQ (type->valuestring, "boolean"))
        {
          char *text = xasprintf ("{\"%s\": true}", p->string);
          OK (parses (text), text);
          free (text);
        }
    }
  OK (nenums >= 6, "the schema enumerates the values of keys");
  OK (parses ("{\"particle_words\": {\"a\": \"consonant\", \"b\": \"rieul\", "
              "\"c\": \"vowel\"}}"), "particle_words values");
  OK (parses ("{\"$schema\": \"./twindoc.schema.json\", \"overrides\": "
              "[{\"files\": [\"a/**\"], \"rules\": {\"number\": \"off\"}}]}"),
      "$schema and an override");
}

int
main (void)
{
  cJSON *schema = load_schema ();
  OK (schema != NULL, "twindoc.schema.json parses");
  if (schema)
    {
      const cJSON *draft = cJSON_GetObjectItemCaseSensitive (schema,
                                                             "$schema");
      OK (cJSON_IsString (draft)
          && STREQ (draft->valuestring,
                    "https://json-schema.org/draft/2020-12/schema"),
          "draft 2020-12");
      test_keys (schema);
      test_tables (schema);
      test_values (schema);
      cJSON_Delete (schema);
    }
  return td_test_end ("test_schema");
}
