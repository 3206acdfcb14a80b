/* cmd_extract.c: the `twindoc extract` command: the JSON policy blocks of
   a guide and its placeholders, as a JSON manifest (keys are an interface,
   never translated) or as a table.  */
#include <config.h>
#include "util/system.h"


#include <cJSON.h>

#include <unistd.h>

#include "cli/commands.h"
#include "policy/policy.h"
#include "doc/source.h"
#include "page/page.h"
#include "util/xalloc.h"

#define COMMAND "extract"

static void
print_help (void)
{
  /* TRANSLATORS: --help output, no-wrap.  %1$s is "twindoc".  */
  printf (_("Usage: %1$s extract [OPTION]... FILE\n"
            "  or:  %1$s extract [OPTION]... EN_FILE KO_FILE\n"),
          PROGRAM_NAME);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("List the JSON policy blocks of a guide (a bilingual FILE, or\n"
           "KO_FILE and its English source EN_FILE) and its {PLACEHOLDER}s\n"
           "with their descriptions in both languages.\n"), stdout);
  putchar ('\n');
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Options:\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -f, --format=FORMAT  output format: json (default) or text\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -h, --help           display this help and exit\n"), stdout);
  putchar ('\n');
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Exit status is 0, 1 if a JSON block does not parse, and 2 if\n"
           "there was trouble.\n"), stdout);
}

/* ---- JSON ----------------------------------------------------------- */

/* Adds KEY: S (a string, or null when S is NULL) to OBJ; false if out of
   memory.  */
static bool
add_string_or_null (cJSON *obj, const char *key, const char *s)
{
  return (s ? cJSON_AddStringToObject (obj, key, s)
          : cJSON_AddNullToObject (obj, key)) != NULL;
}

/* Appends to ARRAY the object of policy P; false if out of memory.  */
static bool
add_policy (cJSON *array, const struct td_policy *p)
{
  cJSON *obj = cJSON_CreateObject (), *json, *list;
  if (!obj)
    return false;
  if (!cJSON_AddItemToArray (array, obj))
    {
      cJSON_Delete (obj);
      return false;
    }
  if (!cJSON_AddStringToObject (obj, "language", p->half->lang)
      || !cJSON_AddStringToObject (obj, "file", p->half->doc->src->path)
      || !cJSON_AddNumberToObject (obj, "line", p->line)
      || !cJSON_AddNumberToObject (obj, "end_line", p->end_line)
      || !cJSON_AddStringToObject (obj, "heading_path", p->heading_path)
      || !cJSON_AddStringToObject (obj, "name", p->name)
      || !cJSON_AddStringToObject (obj, "kind",
                                   td_policy_kind_name (p->kind)))
    return false;
  json = p->json ? cJSON_Duplicate (p->json, true) : cJSON_CreateNull ();
  if (!json)
    return false;
  if (!cJSON_AddItemToObject (obj, "json", json))
    {
      cJSON_Delete (json);
      return false;
    }
  if (!p->json)
    {
      cJSON *err = cJSON_AddObjectToObject (obj, "error");
      if (!err || !cJSON_AddNumberToObject (err, "line", p->error_line)
          || !cJSON_AddNumberToObject (err, "column", p->error_col))
        return false;
    }
  if (!(list = cJSON_AddArrayToObject (obj, "placeholders")))
    return false;
  for (size_t i = 0; i < p->nplaceholders; i++)
    {
      cJSON *ph = cJSON_CreateObject ();
      if (!ph)
        return false;
      if (!cJSON_AddItemToArray (list, ph))
        {
          cJSON_Delete (ph);
          return false;
        }
      if (!cJSON_AddStringToObject (ph, "name", p->placeholders[i].name)
          || !cJSON_AddStringToObject (ph, "path", p->placeholders[i].path))
        return false;
    }
  return true;
}

/* Appends to ARRAY the object of guide placeholder G; false if out of
   memory.  */
static bool
add_placeholder (cJSON *array, const struct td_guide_placeholder *g)
{
  cJSON *obj = cJSON_CreateObject (), *used, *desc;
  if (!obj)
    return false;
  if (!cJSON_AddItemToArray (array, obj))
    {
      cJSON_Delete (obj);
      return false;
    }
  if (!cJSON_AddStringToObject (obj, "name", g->name)
      || !(used = cJSON_AddArrayToObject (obj, "used_in")))
    return false;
  if (g->in_code)
    {
      cJSON *s = cJSON_CreateString ("code");
      if (!s || !cJSON_AddItemToArray (used, s))
        {
          cJSON_Delete (s);
          return false;
        }
    }
  if (g->in_prose)
    {
      cJSON *s = cJSON_CreateString ("prose");
      if (!s || !cJSON_AddItemToArray (used, s))
        {
          cJSON_Delete (s);
          return false;
        }
    }
  return ((desc = cJSON_AddObjectToObject (obj, "descriptions"))
          && add_string_or_null (desc, "en", g->desc[0])
          && add_string_or_null (desc, "ko", g->desc[1])
          && add_string_or_null (obj, "example", g->example));
}

/* The manifest; NULL if out of memory.  */
static cJSON *
build (const struct td_policy *const pol[2], const size_t npol[2],
       const struct td_guide_placeholder *ph, size_t nph)
{
  cJSON *root = cJSON_CreateObject (), *tool, *policies, *placeholders;
  if (!root)
    return NULL;
  if (!cJSON_AddNumberToObject (root, "version", 1)
      || !(tool = cJSON_AddObjectToObject (root, "tool"))
      || !cJSON_AddStringToObject (tool, "name", PACKAGE)
      || !cJSON_AddStringToObject (tool, "version", PACKAGE_VERSION)
      || !(policies = cJSON_AddArrayToObject (root, "policies")))
    goto fail;
  for (int h = 0; h < 2; h++)
    for (size_t i = 0; i < npol[h]; i++)
      if (!add_policy (policies, &pol[h][i]))
        goto fail;
  if (!(placeholders = cJSON_AddArrayToObject (root, "placeholders")))
    goto fail;
  for (size_t i = 0; i < nph; i++)
    if (!add_placeholder (placeholders, &ph[i]))
      goto fail;
  return root;

fail:
  cJSON_Delete (root);
  return NULL;
}

/* ---- text ----------------------------------------------------------- */

/* The placeholder names of P, comma-separated, each once; or the position
   of its syntax error.  Newly allocated.  */
static char *
policy_names (const struct td_policy *p)
{
  if (!p->json)
    /* TRANSLATORS: extract --format=text, in place of the placeholders of
       a JSON block that does not parse.  %1$d and %2$d are its line and
       column in the file.  */
    return xasprintf (_("invalid JSON at line %1$d, column %2$d"),
                      p->error_line, p->error_col);
  size_t len = 1;
  for (size_t i = 0; i < p->nplaceholders; i++)
    len += strlen (p->placeholders[i].name) + 2;
  char *s = xmalloc (len);
  s[0] = '\0';
  for (size_t i = 0; i < p->nplaceholders; i++)
    {
      bool seen = false;
      for (size_t k = 0; k < i && !seen; k++)
        seen = STREQ (p->placeholders[k].name, p->placeholders[i].name);
      if (seen)
        continue;
      if (*s)
        strcat (s, ", ");
      strcat (s, p->placeholders[i].name);
    }
  return s;
}

/* Prints the columns of ROW (NCOL cells) padded to W, the last one
   unpadded.  */
static void
put_row (const char *const *row, const int *w, int ncol)
{
  for (int c = 0; c < ncol; c++)
    {
      if (c + 1 < ncol)
        {
          cmd_put_padded (row[c], w[c] + 2);
        }
      else
        fputs (row[c], stdout);
    }
  putchar ('\n');
}

static void
widen (int *w, const char *const *row, int ncol)
{
  for (int c = 0; c < ncol; c++)
    if (cmd_width (row[c]) > w[c])
      w[c] = cmd_width (row[c]);
}

static void
print_text (const struct td_policy *const pol[2], const size_t npol[2],
            const struct td_guide_placeholder *ph, size_t nph)
{
  size_t total = npol[0] + npol[1];
  if (total > 0)
    {
      /* TRANSLATORS: extract --format=text, column headings of the table
         of policies.  */
      const char *head[5] = { _("LANGUAGE"), _("LINE"), _("NAME"),
                              _("KIND"), _("PLACEHOLDERS") };
      char (*lines)[16] = xmalloc (total * sizeof *lines);
      char **names = xmalloc (total * sizeof *names);
      const struct td_policy **all = xmalloc (total * sizeof *all);
      int w[5] = { 0 };
      size_t k = 0;
      widen (w, head, 5);
      for (int h = 0; h < 2; h++)
        for (size_t i = 0; i < npol[h]; i++, k++)
          {
            all[k] = &pol[h][i];
            snprintf (lines[k], sizeof lines[k], "%d", all[k]->line);
            names[k] = policy_names (all[k]);
            const char *row[5] = { all[k]->half->lang, lines[k],
                                   all[k]->name,
                                   td_policy_kind_name (all[k]->kind),
                                   names[k] };
            widen (w, row, 5);
          }
      put_row (head, w, 5);
      for (k = 0; k < total; k++)
        {
          const char *row[5] = { all[k]->half->lang, lines[k], all[k]->name,
                                 td_policy_kind_name (all[k]->kind),
                                 names[k] };
          put_row (row, w, 5);
          free (names[k]);
        }
      free (lines);
      free (names);
      free (all);
    }
  if (nph > 0)
    {
      /* TRANSLATORS: extract --format=text, column headings of the table
         of placeholders.  */
      const char *head[4] = { _("PLACEHOLDER"), _("USED IN"), _("EXAMPLE"),
                              _("DESCRIPTION") };
      int w[4] = { 0 };
      widen (w, head, 4);
      for (size_t i = 0; i < nph; i++)
        {
          const char *row[3] = {
            ph[i].name,
            ph[i].in_code && ph[i].in_prose ? "code, prose"
            : ph[i].in_code ? "code" : "prose",
            ph[i].example ? ph[i].example : "-"
          };
          widen (w, row, 3);
        }
      if (total > 0)
        putchar ('\n');
      put_row (head, w, 4);
      for (size_t i = 0; i < nph; i++)
        {
          const char *used = (ph[i].in_code && ph[i].in_prose ? "code, prose"
                              : ph[i].in_code ? "code" : "prose");
          const char *langs[2] = { "en", "ko" };
          bool any = false;
          for (int h = 0; h < 2; h++)
            {
              if (!ph[i].desc[h])
                continue;
              char *d = xasprintf ("%s: %s", langs[h], ph[i].desc[h]);
              const char *row[4] = { any ? "" : ph[i].name, any ? "" : used,
                                     any ? "" : (ph[i].example
                                                 ? ph[i].example : "-"),
                                     d };
              put_row (row, w, 4);
              free (d);
              any = true;
            }
          if (!any)
            {
              const char *row[4] = { ph[i].name, used,
                                     ph[i].example ? ph[i].example : "-",
                                     "-" };
              put_row (row, w, 4);
            }
        }
    }
}

/* ---- the command ---------------------------------------------------- */

int
cmd_extract (int argc, char **argv)
{
  static const char *const formats[] = { "json", "text", NULL };
  int format = 0;
  int status = cmd_format_options (COMMAND, argc, argv, formats, &format,
                                   print_help);
  if (status >= 0)
    return status;
  bool text = format == 1;
  int nfiles = argc - optind;
  if (nfiles < 1)
    return cmd_usage_error (COMMAND, "%s", _("missing file operand"));
  if (nfiles > 2)
    return cmd_usage_error (COMMAND, _("extra operand '%s'"),
                            argv[optind + 2]);

  struct td_page pg;
  const char *error_path;
  char *error = NULL;
  if (td_page_load (&pg, argv[optind], nfiles == 2 ? argv[optind + 1] : NULL,
                    0, &error_path, &error)
      != 0)
    {
      cmd_error ("%s: %s", cmd_file_name (error_path), error ? error : "");
      free (error);
      return TD_EXIT_TROUBLE;
    }

  const struct td_policy *pol[2];
  size_t npol[2], nph;
  pol[0] = td_page_policies (&pg, 0, &npol[0]);
  pol[1] = td_page_policies (&pg, 1, &npol[1]);
  const struct td_guide_placeholder *ph = td_page_placeholders (&pg, &nph);

  status = TD_EXIT_OK;
  for (int h = 0; h < 2; h++)
    for (size_t i = 0; i < npol[h]; i++)
      if (!pol[h][i].json)
        status = TD_EXIT_FINDINGS;

  if (text)
    print_text (pol, npol, ph, nph);
  else
    {
      cJSON *root = build (pol, npol, ph, nph);
      char *out = root ? cJSON_Print (root) : NULL;
      cJSON_Delete (root);
      if (!out)
        xalloc_die ();
      fputs (out, stdout);
      putchar ('\n');
      cJSON_free (out);
    }
  td_page_free (&pg);
  return status;
}
