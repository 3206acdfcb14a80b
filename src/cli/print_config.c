/* print_config.c: `twindoc check --print-config`: the profile of a run and
   the settings in effect, as JSON (keys as in .twindoc.json; see
   docs/en/configuration.md).  */
#include <config.h>
#include "util/system.h"

#include <cJSON.h>

#include "cli/commands.h"
#include "rules/config_file.h"
#include "rules/detect.h"
#include "rules/learn.h"
#include "rules/rules.h"
#include "util/xalloc.h"

static const char *const source_names[] = {
  [TD_PROFILE_DEFAULT] = "default",
  [TD_PROFILE_OPTION] = "option",
  [TD_PROFILE_CONFIG] = "configuration",
  [TD_PROFILE_MARKER] = "marker",
  [TD_PROFILE_PAGES] = "pages",
};

static const char *const anchor_names[] = {
  [TD_ANCHORS_EXPLICIT] = "explicit",
  [TD_ANCHORS_TRANSLATED_SLUGS] = "translated-slugs",
};

static const char *const code_names[] = {
  [TD_CODE_EXACT] = "exact",
  [TD_CODE_IGNORE_WHITESPACE] = "ignore-whitespace",
  [TD_CODE_IGNORE_COMMENTS] = "ignore-comments-and-strings",
};

static const char *const text_names[] = {
  [TD_TEXT_MAY] = "may-translate",
  [TD_TEXT_TRANSLATE] = "translate",
  [TD_TEXT_KEEP] = "keep",
};

/* Indexed by severity + 1 (TD_SEV_OFF is -1).  */
static const char *const severity_names[] = {
  [TD_SEV_OFF + 1] = "off",
  [TD_SEV_NOTE + 1] = "note",
  [TD_SEV_WARNING + 1] = "warning",
  [TD_SEV_ERROR + 1] = "error",
};

/* A JSON array of the N prefix pairs at P ([Korean, English]).  */
static cJSON *
prefixes (const struct td_prefix *p, size_t n)
{
  cJSON *a = cJSON_CreateArray ();
  for (size_t i = 0; i < n; i++)
    {
      const char *pair[2] = { p[i].ko, p[i].en };
      cJSON_AddItemToArray (a, cJSON_CreateStringArray (pair, 2));
    }
  return a;
}

/* The conventions C learned by a --tree run, as a JSON array.  */
static cJSON *
conventions (const struct td_conventions *c)
{
  cJSON *a = cJSON_CreateArray ();
  for (size_t i = 0; i < c->n; i++)
    {
      const struct td_convention *v = &c->v[i];
      cJSON *o = cJSON_CreateObject ();
      cJSON_AddStringToObject (o, "rule", td_rules[v->rule].id);
      cJSON_AddStringToObject (o, "kind", td_convention_kind_name (v->kind));
      if (v->en)
        {
          const char *pair[2] = { v->ko, v->en };
          cJSON_AddItemToObject (o, "prefixes",
                                 cJSON_CreateStringArray (pair, 2));
        }
      else
        cJSON_AddStringToObject (o, "key", v->ko);
      cJSON_AddNumberToObject (o, "pairs", (double) v->pairs);
      cJSON_AddNumberToObject (o, "of_pairs", (double) v->base);
      cJSON_AddNumberToObject (o, "findings", (double) v->findings);
      char *pin = td_learn_pin (v);
      /* The member that pins it, as a .twindoc.json object.  */
      char *json = pin ? xasprintf ("{%s}", pin) : NULL;
      cJSON *member = json ? cJSON_Parse (json) : NULL;
      if (member)
        cJSON_AddItemToObject (o, "pin", member);
      else
        cJSON_AddNullToObject (o, "pin");
      free (json);
      free (pin);
      cJSON_AddItemToArray (a, o);
    }
  return a;
}

int
cmd_print_config (const struct td_config *cfg,
                  const enum td_severity *severity,
                  const struct td_profile_choice *choice,
                  const char *config_path,
                  const struct td_conventions *learned)
{
  cJSON *o = cJSON_CreateObject ();
  cJSON_AddStringToObject (o, "profile", choice->profile->name);
  cJSON *why = cJSON_AddObjectToObject (o, "profile_source");
  cJSON_AddStringToObject (why, "kind", source_names[choice->source]);
  if (choice->where)
    cJSON_AddStringToObject (why, "marker", choice->where);
  if (choice->source == TD_PROFILE_PAGES)
    {
      cJSON_AddNumberToObject (why, "pages", (double) choice->pages);
      cJSON_AddNumberToObject (why, "hints", (double) choice->hints);
    }
  if (config_path)
    cJSON_AddStringToObject (o, "configuration", config_path);
  else
    cJSON_AddNullToObject (o, "configuration");
  cJSON_AddStringToObject (o, "anchors", anchor_names[cfg->anchors]);
  cJSON_AddStringToObject (o, "code_blocks", code_names[cfg->code_blocks]);
  cJSON_AddStringToObject (o, "alt_text", text_names[cfg->alt_text]);
  cJSON_AddStringToObject (o, "jsx_text_attributes",
                           text_names[cfg->jsx_text_attributes]);
  cJSON_AddBoolToObject (o, "link_locales", cfg->link_locales);
  cJSON_AddItemToObject (o, "link_prefixes",
                         prefixes (cfg->link_prefixes, cfg->nlink_prefixes));
  cJSON_AddItemToObject (o, "import_prefixes",
                         prefixes (cfg->import_prefixes,
                                   cfg->nimport_prefixes));
  cJSON_AddStringToObject (o, "strong_pairing",
                           td_profile_loose_strong (choice->profile)
                             ? "python-markdown" : "commonmark");
  cJSON *fm = cJSON_AddArrayToObject (o, "front_matter_optional");
  for (const char *const *k = choice->profile->fm_optional; *k; k++)
    cJSON_AddItemToArray (fm, cJSON_CreateString (*k));
  cJSON *rules = cJSON_AddObjectToObject (o, "rules");
  for (size_t i = 0; i < TD_R__COUNT; i++)
    cJSON_AddStringToObject (rules, td_rules[i].id,
                             severity_names[severity[i] + 1]);
  if (learned)
    cJSON_AddItemToObject (o, "learned", conventions (learned));
  char *text = cJSON_Print (o);
  cJSON_Delete (o);
  if (text == NULL)
    abort ();
  int status = puts (text) < 0 ? cmd_write_error (errno) : TD_EXIT_OK;
  cJSON_free (text);
  return status;
}
