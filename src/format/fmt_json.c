/* fmt_json.c: the JSON output format, built with cJSON; its keys are an
   interface and are never translated.  */
#include <config.h>
#include "util/system.h"
#include "format/fmt.h"

#include <cJSON.h>

#include "rules/rules.h"

/* Adds KEY: S (a string) to OBJ; false if out of memory.  */
static bool
add_string (cJSON *obj, const char *key, const char *s)
{
  return cJSON_AddStringToObject (obj, key, s ? s : "") != NULL;
}

/* Adds KEY: N (a number) to OBJ; false if out of memory.  */
static bool
add_number (cJSON *obj, const char *key, double n)
{
  return cJSON_AddNumberToObject (obj, key, n) != NULL;
}

/* Appends to ARRAY the object for the counterpart of D; false if out of
   memory.  */
static bool
add_related (cJSON *array, const struct td_diag *d)
{
  cJSON *rel = cJSON_CreateObject ();

  if (!rel)
    return false;
  if (!cJSON_AddItemToArray (array, rel))
    {
      cJSON_Delete (rel);
      return false;
    }
  return (add_string (rel, "file", d->related.file)
          && add_number (rel, "line", d->related.line)
          && add_number (rel, "column", d->related.column)
          && add_string (rel, "message",
                         (d->related_message ? d->related_message
                          : _("the counterpart is here"))));
}

/* Appends to ARRAY the object for D; false if out of memory.  */
static bool
add_diag (cJSON *array, const struct td_diag *d)
{
  cJSON *obj = cJSON_CreateObject (), *related;
  const char *id = (d->rule >= 0 && d->rule < TD_R__COUNT
                    ? td_rules[d->rule].id : "?");

  if (!obj)
    return false;
  if (!cJSON_AddItemToArray (array, obj))
    {
      cJSON_Delete (obj);
      return false;
    }
  if (!(add_string (obj, "rule", id)
        && add_string (obj, "severity", td_severity_name (d->severity))
        && add_string (obj, "scope", td_scope_name (d->scope))
        && add_string (obj, "file", d->loc.file)
        && add_number (obj, "line", d->loc.line)
        && add_number (obj, "column", d->loc.column)
        && add_number (obj, "end_line",
                       d->loc.end_line ? d->loc.end_line : d->loc.line)
        && add_number (obj, "end_column",
                       d->loc.end_column ? d->loc.end_column
                       : d->loc.column)
        && add_string (obj, "message", d->message)))
    return false;
  related = cJSON_AddArrayToObject (obj, "related");
  if (!related)
    return false;
  return d->related.line <= 0 || add_related (related, d);
}

/* Builds the whole document; NULL if out of memory.  */
static cJSON *
build (const struct td_diag_list *list, const struct td_fmt_options *opts)
{
  cJSON *root = cJSON_CreateObject (), *tool, *diags, *summary;
  size_t i;

  if (!root)
    return NULL;
  if (!add_number (root, "version", 1)
      || !(tool = cJSON_AddObjectToObject (root, "tool"))
      || !add_string (tool, "name", PACKAGE)
      || !add_string (tool, "version", PACKAGE_VERSION)
      || !(diags = cJSON_AddArrayToObject (root, "diagnostics")))
    goto fail;
  for (i = 0; i < list->n; i++)
    if (!add_diag (diags, &list->items[i]))
      goto fail;
  if (!(summary = cJSON_AddObjectToObject (root, "summary"))
      || !add_number (summary, "files", opts->files)
      || !add_number (summary, "pairs", opts->pairs)
      || !add_number (summary, "errors",
                      (double) list->counts[TD_SEV_ERROR])
      || !add_number (summary, "warnings",
                      (double) list->counts[TD_SEV_WARNING])
      || !add_number (summary, "notes", (double) list->counts[TD_SEV_NOTE]))
    goto fail;
  return root;

fail:
  cJSON_Delete (root);
  return NULL;
}

int
td_fmt_json (FILE *out, const struct td_diag_list *list,
             const struct td_fmt_options *opts)
{
  cJSON *root = build (list, opts);
  char *text;
  int status;

  if (!root)
    {
      errno = ENOMEM;
      return -1;
    }
  text = cJSON_Print (root);
  cJSON_Delete (root);
  if (!text)
    {
      errno = ENOMEM;
      return -1;
    }
  fputs (text, out);
  fputc ('\n', out);
  cJSON_free (text);
  status = (fflush (out) != 0 || ferror (out)) ? -1 : 0;
  return status;
}
