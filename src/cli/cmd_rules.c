/* cmd_rules.c: the `twindoc rules` command: the rule table as aligned
   text or as JSON.  */
#include <config.h>
#include "util/system.h"


#include <cJSON.h>

#include <unistd.h>

#include "cli/commands.h"
#include "report/diag.h"
#include "rules/rules.h"

#define COMMAND "rules"

static void
print_help (void)
{
  /* TRANSLATORS: --help output, no-wrap.  %s is "twindoc".  */
  printf (_("Usage: %s rules [OPTION]...\n"), PROGRAM_NAME);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("List the rules with their default severities and summaries.\n"),
         stdout);
  putchar ('\n');
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Options:\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -f, --format=FORMAT  output format: text (default) or json\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -h, --help           display this help and exit\n"), stdout);
}

/* One line per rule: id, default severity, translated summary, in
   columns.  */
static void
print_text (void)
{
  int idw = 0, sevw = 0;
  size_t i;

  for (i = 0; i < TD_R__COUNT; i++)
    {
      int w = cmd_width (td_rules[i].id);
      if (w > idw)
        idw = w;
      w = cmd_width (td_severity_name (td_rules[i].severity));
      if (w > sevw)
        sevw = w;
    }
  for (i = 0; i < TD_R__COUNT; i++)
    {
      cmd_put_padded (td_rules[i].id, idw + 2);
      cmd_put_padded (td_severity_name (td_rules[i].severity), sevw + 2);
      printf ("%s\n", _(td_rules[i].summary));
    }
}

/* The rule table as JSON, with the texts in the user's language; false
   if out of memory.  */
static bool
print_json (void)
{
  cJSON *root = cJSON_CreateObject (), *rules;
  char *text = NULL;
  size_t i;

  if (!root || !cJSON_AddNumberToObject (root, "version", 1)
      || !(rules = cJSON_AddArrayToObject (root, "rules")))
    goto out;
  for (i = 0; i < TD_R__COUNT; i++)
    {
      cJSON *obj = cJSON_CreateObject ();

      if (!obj)
        goto out;
      if (!cJSON_AddItemToArray (rules, obj))
        {
          cJSON_Delete (obj);
          goto out;
        }
      if (!cJSON_AddStringToObject (obj, "id", td_rules[i].id)
          || !cJSON_AddStringToObject (obj, "severity",
                                       td_severity_name (td_rules[i].severity))
          || !cJSON_AddStringToObject (obj, "summary",
                                       _(td_rules[i].summary))
          || !cJSON_AddStringToObject (obj, "description",
                                       _(td_rules[i].description)))
        goto out;
    }
  text = cJSON_Print (root);
  if (text)
    {
      fputs (text, stdout);
      putchar ('\n');
    }

out:
  cJSON_Delete (root);
  if (!text)
    return false;
  cJSON_free (text);
  return true;
}

int
cmd_rules (int argc, char **argv)
{
  static const char *const formats[] = { "text", "json", NULL };
  int format = 0;
  int status = cmd_format_options (COMMAND, argc, argv, formats, &format,
                                   print_help);
  if (status >= 0)
    return status;
  bool json = format == 1;
  if (optind < argc)
    return cmd_usage_error (COMMAND, _("extra operand '%s'"), argv[optind]);

  if (!json)
    print_text ();
  else if (!print_json ())
    {
      cmd_error ("%s", _("memory exhausted"));
      return TD_EXIT_TROUBLE;
    }
  if (fflush (stdout) != 0)
    return cmd_write_error (errno);
  return TD_EXIT_OK;
}
