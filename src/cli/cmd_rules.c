/* cmd_rules.c: the `twindoc rules` command: the rule table as aligned
   text or as JSON, or one rule explained.  */
#include <config.h>
#include "util/system.h"


#include <cJSON.h>

#include <unistd.h>

#include "cli/commands.h"
#include "report/diag.h"
#include "rules/examples.h"
#include "rules/rules.h"
#include "util/xalloc.h"

#define COMMAND "rules"

static void
print_help (void)
{
  /* TRANSLATORS: --help output, no-wrap.  %s is "twindoc".  */
  printf (_("Usage: %s rules [OPTION]... [RULE]\n"), PROGRAM_NAME);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("List the rules with their default severities and summaries.\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("With RULE, explain that rule: what it checks, its default\n"
           "severity, an example and where the guide documents it.\n"),
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

/* Prints TEXT, a page of an example, each line indented (empty lines
   stay empty).  */
static void
print_indented (const char *text)
{
  while (*text)
    {
      size_t n = strcspn (text, "\n");
      if (n > 0)
        printf ("    %.*s", (int) n, text);
      putchar ('\n');
      text += n;
      if (*text == '\n')
        text++;
    }
}

/* Prints TEXT, one paragraph, on lines of at most WIDTH columns (a
   longer word stands alone), broken at spaces.  */
static void
print_wrapped (const char *text, int width)
{
  int col = 0;
  while (*text)
    {
      size_t n = strcspn (text, " ");
      char *word = xstrndup (text, n);
      int w = cmd_width (word);
      if (col > 0 && col + 1 + w > width)
        {
          putchar ('\n');
          col = 0;
        }
      else if (col > 0)
        {
          putchar (' ');
          col++;
        }
      fputs (word, stdout);
      col += w;
      free (word);
      text += n;
      while (*text == ' ')
        text++;
    }
  putchar ('\n');
}

/* `twindoc rules RULE`: what RULE checks, its default severity, its
   example and the address of its documentation.  */
static void
print_rule (int rule)
{
  const struct td_rule *r = &td_rules[rule];
  const struct td_rule_example *ex = &td_rule_examples[rule];

  printf ("%s: %s\n", r->id, _(r->summary));
  /* TRANSLATORS: `twindoc rules RULE`.  %s is a severity keyword such as
     "warning" (not translated).  */
  printf (_("Default severity: %s\n"), td_severity_name (r->severity));
  putchar ('\n');
  print_wrapped (_(r->description), 76);
  if (ex->en)
    {
      putchar ('\n');
      /* TRANSLATORS: `twindoc rules RULE`, followed by two pages, en.md
         and ko.md, that the rule reports.  */
      fputs (_("Example: an English page and a translation that this rule "
               "reports:\n"), stdout);
      fputs ("  en.md:\n", stdout);
      print_indented (ex->en);
      fputs ("  ko.md:\n", stdout);
      print_indented (ex->ko);
    }
  putchar ('\n');
  char *link = td_rule_link (rule);
  /* TRANSLATORS: `twindoc rules RULE`.  %s is a web address.  */
  printf (_("Documentation: %s\n"), link);
  free (link);
}

/* The rule table as JSON, with the texts in the user's language; only
   rule ONLY when it is not negative.  False if out of memory.  */
static bool
print_json (int only)
{
  cJSON *root = cJSON_CreateObject (), *rules;
  char *text = NULL;
  size_t i;

  if (!root || !cJSON_AddNumberToObject (root, "version", 1)
      || !(rules = cJSON_AddArrayToObject (root, "rules")))
    goto out;
  for (i = 0; i < TD_R__COUNT; i++)
    {
      if (only >= 0 && i != (size_t) only)
        continue;
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
  int only = -1;
  if (optind < argc)
    {
      const char *id = argv[optind];
      if (optind + 1 < argc)
        return cmd_usage_error (COMMAND, _("extra operand '%s'"),
                                argv[optind + 1]);
      only = td_rule_find (id);
      if (only < 0)
        return cmd_usage_error_hint (COMMAND, td_rule_suggest (id),
                                     _("unknown rule '%s'"), id);
    }

  if (!json && only >= 0)
    print_rule (only);
  else if (!json)
    print_text ();
  else if (!print_json (only))
    {
      cmd_error ("%s", _("memory exhausted"));
      return TD_EXIT_TROUBLE;
    }
  if (fflush (stdout) != 0)
    return cmd_write_error (errno);
  return TD_EXIT_OK;
}
