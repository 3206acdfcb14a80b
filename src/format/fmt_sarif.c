/* fmt_sarif.c: the SARIF 2.1.0 output format (OASIS Static Analysis
   Results Interchange Format), built with cJSON, for code scanning
   services.  Keys, rule ids and level keywords are never translated.  */
#include <config.h>
#include "util/system.h"
#include "format/fmt.h"

#include <unistd.h>

#include <cJSON.h>

#include "util/buf.h"
#include "rules/rules.h"
#include "util/xalloc.h"

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"
#define SRCROOT "SRCROOT"

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

/* Adds KEY: {"text": TEXT} to OBJ (a SARIF message or
   multiformatMessageString); false if out of memory.  */
static bool
add_text (cJSON *obj, const char *key, const char *text)
{
  cJSON *m = cJSON_AddObjectToObject (obj, key);

  return m && add_string (m, "text", text);
}

/* Appends a new object to ARRAY and returns it; NULL if out of memory. */
static cJSON *
append_object (cJSON *array)
{
  cJSON *obj = cJSON_CreateObject ();

  if (!obj)
    return NULL;
  if (!cJSON_AddItemToArray (array, obj))
    {
      cJSON_Delete (obj);
      return NULL;
    }
  return obj;
}

/* Appends S to B, percent-encoding every byte that may not appear as is
   in the path of a URI (RFC 3986): everything but the unreserved
   characters, the sub-delimiters, '@' and '/'.  ':' is encoded too, so
   that a relative path is never taken for a scheme.  Non-ASCII bytes
   (UTF-8) are encoded one by one.  */
static void
put_uri_path (struct td_buf *b, const char *s)
{
  static const char hex[] = "0123456789ABCDEF";
  const unsigned char *p;

  for (p = (const unsigned char *) s; *p; p++)
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')
        || (*p >= '0' && *p <= '9') || strchr ("-._~!$&'()*+,;=@/", *p))
      td_buf_putc (b, *p);
    else
      {
        td_buf_putc (b, '%');
        td_buf_putc (b, hex[*p >> 4]);
        td_buf_putc (b, hex[*p & 15]);
      }
}

/* The URI of the file FILE (as the user named it), caller frees: a
   relative reference, resolved against SRCROOT, for a relative name, a
   file: URI for an absolute one.  *RELATIVE tells which.  */
static char *
file_uri (const char *file, bool *relative)
{
  struct td_buf b = TD_BUF_INIT;

  *relative = file[0] != '/';
  if (!*relative)
    td_buf_puts (&b, "file://");
  put_uri_path (&b, file);
  return td_buf_detach (&b);
}

/* The file: URI of the working directory, ending with '/', caller frees;
   NULL if it is unknown.  */
static char *
cwd_uri (void)
{
  struct td_buf b = TD_BUF_INIT;
  size_t size = 256;
  char *dir = NULL;

  for (;;)
    {
      dir = xrealloc (dir, size);
      if (getcwd (dir, size))
        break;
      if (errno != ERANGE || size > 65536)
        {
          free (dir);
          return NULL;
        }
      size *= 2;
    }
  if (dir[0] != '/')
    {
      free (dir);
      return NULL;
    }
  td_buf_puts (&b, "file://");
  put_uri_path (&b, dir);
  if (b.data[b.len - 1] != '/')
    td_buf_putc (&b, '/');
  free (dir);
  return td_buf_detach (&b);
}

/* The rule id in PascalCase ("code-block" -> "CodeBlock"), caller
   frees.  */
static char *
pascal_case (const char *id)
{
  char *s = xmalloc (strlen (id) + 1), *q = s;
  bool up = true;

  for (; *id; id++)
    if (*id == '-' || *id == '_')
      up = true;
    else
      {
        *q++ = (up && *id >= 'a' && *id <= 'z') ? *id - 'a' + 'A' : *id;
        up = false;
      }
  *q = '\0';
  return s;
}

/* Adds the reportingDescriptor of every rule to RULES, in table order,
   so that a result's ruleIndex is its rule's index in td_rules.  */
static bool
add_rules (cJSON *rules)
{
  int i;

  for (i = 0; i < TD_R__COUNT; i++)
    {
      const struct td_rule *r = &td_rules[i];
      cJSON *obj = append_object (rules), *conf;
      char *name, *help;
      bool ok;

      if (!obj)
        return false;
      name = pascal_case (r->id);
      help = xasprintf ("%s/blob/main/docs/en/rules.md#%s", PACKAGE_URL,
                        r->id);
      /* The validator wants a name that differs from the id other than
         in case (SARIF1001), so a one-word id ("link" -> "Link") gets
         none.  */
      ok = (add_string (obj, "id", r->id)
            && (!strpbrk (r->id, "-_") || add_string (obj, "name", name))
            && add_text (obj, "shortDescription", _(r->summary))
            && add_text (obj, "fullDescription", _(r->description))
            && (conf = cJSON_AddObjectToObject (obj,
                                                "defaultConfiguration"))
            && (r->severity == TD_SEV_OFF
                ? cJSON_AddFalseToObject (conf, "enabled") != NULL
                : add_string (conf, "level",
                              td_severity_name (r->severity)))
            && add_string (obj, "helpUri", help));
      free (name);
      free (help);
      if (!ok)
        return false;
    }
  return true;
}

/* Adds KEY: an artifactLocation for FILE to OBJ.  */
static bool
add_artifact_location (cJSON *obj, const char *key, const char *file)
{
  cJSON *al = cJSON_AddObjectToObject (obj, key);
  bool relative, ok;
  char *uri;

  if (!al)
    return false;
  uri = file_uri (file, &relative);
  ok = (add_string (al, "uri", uri)
        && (!relative || add_string (al, "uriBaseId", SRCROOT)));
  free (uri);
  return ok;
}

/* Adds "physicalLocation" for LOC to OBJ.  The region is left out when
   the line is unknown; SARIF's endColumn is exclusive, twindoc's
   end_column inclusive.  */
static bool
add_physical_location (cJSON *obj, const struct td_loc *loc)
{
  cJSON *pl = cJSON_AddObjectToObject (obj, "physicalLocation"), *region;
  int end_line, end_column;

  if (!pl || !add_artifact_location (pl, "artifactLocation",
                                     loc->file ? loc->file : "-"))
    return false;
  if (loc->line <= 0)
    return true;
  if (!(region = cJSON_AddObjectToObject (pl, "region"))
      || !add_number (region, "startLine", loc->line))
    return false;
  if (loc->column <= 0)
    return true;
  end_line = loc->end_line >= loc->line ? loc->end_line : loc->line;
  end_column = loc->end_column > 0 ? loc->end_column : loc->column;
  if (end_line == loc->line && end_column < loc->column)
    end_column = loc->column;
  return (add_number (region, "startColumn", loc->column)
          && add_number (region, "endLine", end_line)
          && add_number (region, "endColumn", end_column + 1));
}

/* Appends the result for D to RESULTS.  */
static bool
add_result (cJSON *results, const struct td_diag *d)
{
  cJSON *res = append_object (results), *locs, *loc, *rels, *rel, *props;
  bool known = d->rule >= 0 && d->rule < TD_R__COUNT;

  if (!res)
    return false;
  if (known
      && !(add_string (res, "ruleId", td_rules[d->rule].id)
           && add_number (res, "ruleIndex", d->rule)))
    return false;
  if (!add_string (res, "level", (d->severity == TD_SEV_OFF ? "none"
                                  : td_severity_name (d->severity)))
      || !add_text (res, "message", d->message)
      || !(locs = cJSON_AddArrayToObject (res, "locations"))
      || !(loc = append_object (locs))
      || !add_physical_location (loc, &d->loc)
      || !(props = cJSON_AddObjectToObject (res, "properties"))
      || !add_string (props, "scope", td_scope_name (d->scope)))
    return false;
  if (d->related.line <= 0)
    return true;
  return ((rels = cJSON_AddArrayToObject (res, "relatedLocations"))
          && (rel = append_object (rels))
          && add_number (rel, "id", 1)
          && add_physical_location (rel, &d->related)
          && add_text (rel, "message",
                       (d->related_message ? d->related_message
                        /* TRANSLATORS: the note that points at the
                           counterpart of a finding in the other
                           language's file.  */
                        : _("the counterpart is here"))));
}

/* Appends FILE to FILES (an array of FILES_N names) unless it is there
   already.  */
static void
note_file (const char **files, size_t *files_n, const char *file)
{
  size_t i;

  if (!file)
    return;
  for (i = 0; i < *files_n; i++)
    if (files[i] == file || STREQ (files[i], file))
      return;
  files[(*files_n)++] = file;
}

/* Adds "artifacts": one per file that a result names, in the order the
   results name them.  */
static bool
add_artifacts (cJSON *run, const struct td_diag_list *list)
{
  const char **files;
  size_t n = 0, i;
  cJSON *arts;
  bool ok = true;

  if (list->n == 0)
    return true;
  files = xmalloc (2 * list->n * sizeof *files);
  for (i = 0; i < list->n; i++)
    {
      note_file (files, &n, list->items[i].loc.file);
      if (list->items[i].related.line > 0)
        note_file (files, &n, list->items[i].related.file);
    }
  arts = cJSON_AddArrayToObject (run, "artifacts");
  if (!arts)
    ok = false;
  for (i = 0; ok && i < n; i++)
    {
      cJSON *art = append_object (arts);

      ok = art && add_artifact_location (art, "location", files[i]);
    }
  free (files);
  return ok;
}

/* Builds the whole log; NULL if out of memory.  */
static cJSON *
build (const struct td_diag_list *list)
{
  cJSON *root = cJSON_CreateObject (), *runs, *run, *tool, *driver, *rules;
  cJSON *inv, *invs, *bases, *base, *results;
  char *cwd = NULL;
  size_t i;

  if (!root)
    return NULL;
  if (!add_string (root, "$schema", SARIF_SCHEMA)
      || !add_string (root, "version", "2.1.0")
      || !(runs = cJSON_AddArrayToObject (root, "runs"))
      || !(run = append_object (runs))
      || !(tool = cJSON_AddObjectToObject (run, "tool"))
      || !(driver = cJSON_AddObjectToObject (tool, "driver"))
      || !add_string (driver, "name", PACKAGE)
      || !add_string (driver, "version", PACKAGE_VERSION)
      || !add_string (driver, "semanticVersion", PACKAGE_VERSION)
      || !add_string (driver, "informationUri", PACKAGE_URL)
      || !(rules = cJSON_AddArrayToObject (driver, "rules"))
      || !add_rules (rules)
      || !add_string (run, "columnKind", "unicodeCodePoints")
      || !(invs = cJSON_AddArrayToObject (run, "invocations"))
      || !(inv = append_object (invs))
      || !cJSON_AddTrueToObject (inv, "executionSuccessful"))
    goto fail;
  cwd = cwd_uri ();
  if (cwd
      && (!(bases = cJSON_AddObjectToObject (run, "originalUriBaseIds"))
          || !(base = cJSON_AddObjectToObject (bases, SRCROOT))
          || !add_string (base, "uri", cwd)))
    goto fail;
  if (!add_artifacts (run, list)
      || !(results = cJSON_AddArrayToObject (run, "results")))
    goto fail;
  for (i = 0; i < list->n; i++)
    if (!add_result (results, &list->items[i]))
      goto fail;
  free (cwd);
  return root;

fail:
  free (cwd);
  cJSON_Delete (root);
  return NULL;
}

int
td_fmt_sarif (FILE *out, const struct td_diag_list *list,
              const struct td_fmt_options *opts)
{
  cJSON *root;
  char *text;

  (void) opts;
  root = build (list);
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
  return (fflush (out) != 0 || ferror (out)) ? -1 : 0;
}
