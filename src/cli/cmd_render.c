/* cmd_render.c: the `twindoc render` command: fills the placeholders of a
   guide's JSON policies with the user's values, after checking each value
   against the type of its placeholder, lints the result and prints it or
   writes one file per policy.  Nothing is written unless every value and
   every policy is good.  */
#include <config.h>
#include "util/system.h"

#include <getopt.h>
#include <limits.h>

#include <cJSON.h>

#include "util/atomic.h"
#include "util/json_indent.h"
#include "util/path.h"
#include "util/suggest.h"
#include "cli/commands.h"
#include "policy/iam.h"
#include "page/page.h"
#include "page/render.h"
#include "doc/source.h"
#include "util/xalloc.h"

#define COMMAND "render"

enum
{
  OPT_SET = CHAR_MAX + 1,
  OPT_VALUES,
  OPT_LANG
};

static const struct option longopts[] = {
  { "set", required_argument, NULL, OPT_SET },
  { "values", required_argument, NULL, OPT_VALUES },
  { "lang", required_argument, NULL, OPT_LANG },
  { "output", required_argument, NULL, 'o' },
  { "help", no_argument, NULL, 'h' },
  { NULL, 0, NULL, 0 }
};

static void
print_help (void)
{
  /* TRANSLATORS: --help output, no-wrap.  %1$s is "twindoc".  */
  printf (_("Usage: %1$s render [OPTION]... GUIDE\n"
            "  or:  %1$s render [OPTION]... EN_FILE KO_FILE\n"),
          PROGRAM_NAME);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Fill the {PLACEHOLDER}s of the JSON policies of GUIDE with your\n"
           "values and print the policies as one JSON object, or write each\n"
           "to DIR/NAME.json.  Every value is checked against the kind of\n"
           "value its placeholder stands for, and every policy is checked\n"
           "again once filled; nothing is written if anything is wrong.\n"),
         stdout);
  putchar ('\n');
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Options:\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --set NAME=VALUE  use VALUE for {NAME} (may be repeated)\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --values=FILE     read values from FILE, a JSON object of\n"
           "                          strings (--set wins)\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --lang=LANG       language of the placeholder descriptions:\n"
           "                          en or ko (default: from the locale)\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -o, --output=DIR      write each policy to DIR/NAME.json (DIR\n"
           "                          is created if it does not exist)\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -h, --help            display this help and exit\n"), stdout);
  putchar ('\n');
  /* TRANSLATORS: --help output, no-wrap.  %s is "twindoc".  */
  printf (_("Run '%s render GUIDE --help' for the placeholders of GUIDE.\n"),
          PROGRAM_NAME);
}

/* The language the user reads: LANG_OPT (--lang) if given, else the
   locale's: LANGUAGE, else the first of LC_ALL, LC_MESSAGES and LANG that
   is set.  */
static const char *
user_lang (const char *lang_opt)
{
  static const char *const vars[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES",
                                      "LANG" };
  if (lang_opt)
    return lang_opt;
  for (size_t i = 0; i < ARRAY_SIZE (vars); i++)
    {
      const char *v = getenv (vars[i]);
      if (v && *v)
        return strncmp (v, "ko", 2) == 0 ? "ko" : "en";
    }
  return "en";
}

/* ---- placeholders --------------------------------------------------- */

/* The "--set NAME=VALUE" text of N.  Newly allocated.  */
static char *
set_text (const struct td_render_need *n)
{
  /* TRANSLATORS: the metavariable of "--set NAME=VALUE" in render's
     --help output and messages: the value of a placeholder.  */
  return xasprintf ("--set %s=%s", n->ph->name, _("VALUE"));
}

/* Prints to OUT one line per need of V (N of them) that FILTER accepts
   (all when FILTER is false, else those without a value): "  --set
   NAME=VALUE  DESCRIPTION (EXAMPLE)", aligned, the description in LANG
   ("en" or "ko"), the other language's when the guide has none in LANG.  */
static void
print_needs (FILE *out, const struct td_render_need *v, size_t n, bool only_missing,
             const char *lang)
{
  int width = 0;
  int li = STREQ (lang, "ko") ? 1 : 0;
  for (size_t i = 0; i < n; i++)
    if (!only_missing || !v[i].value)
      {
        char *s = set_text (&v[i]);
        if (cmd_width (s) > width)
          width = cmd_width (s);
        free (s);
      }
  for (size_t i = 0; i < n; i++)
    {
      if (only_missing && v[i].value)
        continue;
      const struct td_guide_placeholder *g = v[i].ph;
      const char *desc = g->desc[li] ? g->desc[li] : g->desc[1 - li];
      int dl = g->desc[li] ? li : 1 - li;
      char *s = set_text (&v[i]);
      fputs ("  ", out);
      fputs (s, out);
      if (desc || g->example)
        for (int w = cmd_width (s); w < width + 2; w++)
          fputc (' ', out);
      if (desc)
        fputs (desc, out);
      if (g->example)
        /* The example's wording follows the description's language (the
           guide's text), not the interface's: these are the guide's own
           forms, "(e.g., x)" and "(예: x)".  */
        fprintf (out, dl == 1 ? "%s(예: %s)" : "%s(e.g., %s)",
                 desc ? " " : "", g->example);
      fputc ('\n', out);
      free (s);
    }
}

/* ---- the command ---------------------------------------------------- */

/* One --set NAME=VALUE.  */
struct set
{
  char *name;        /* owned */
  const char *value; /* in argv */
};

/* The options of one run.  */
struct options
{
  struct set *sets;  /* owned */
  size_t nsets, sets_alloc;
  const char *values_path, *lang_opt, *dir;
  bool help;
};

static void
options_free (struct options *o)
{
  for (size_t s = 0; s < o->nsets; s++)
    free (o->sets[s].name);
  free (o->sets);
}

/* Parses the options into O.  Returns -1 to go on, or an exit status.  */
static int
parse_options (int argc, char **argv, struct options *o)
{
  int c;
  while ((c = getopt_long (argc, argv, "o:h", longopts, NULL)) != -1)
    switch (c)
      {
      case OPT_SET:
        {
          const char *eq = strchr (optarg, '=');
          if (!eq || eq == optarg)
            return cmd_bad_argument (COMMAND, "--set", optarg, NULL);
          o->sets = xgrow (o->sets, &o->sets_alloc, o->nsets + 1,
                           sizeof *o->sets);
          o->sets[o->nsets].name = xstrndup (optarg, (size_t) (eq - optarg));
          o->sets[o->nsets].value = eq + 1;
          o->nsets++;
        }
        break;
      case OPT_VALUES:
        o->values_path = optarg;
        break;
      case OPT_LANG:
        if (!STREQ (optarg, "en") && !STREQ (optarg, "ko"))
          {
            static const char *const langs[] = { "en", "ko", NULL };
            return cmd_bad_argument (COMMAND, "--lang", optarg, langs);
          }
        o->lang_opt = optarg;
        break;
      case 'o':
        o->dir = optarg;
        break;
      case 'h':
        o->help = true;
        break;
      default:
        return cmd_bad_option (COMMAND, argv, longopts);
      }
  return -1;
}

/* Checks the operands: one guide, or an English file and its Korean
   translation.  Returns -1 to go on, or an exit status.  */
static int
check_operands (int argc, char **argv, const struct options *o)
{
  int nfiles = argc - optind;
  if (o->help && nfiles == 0)
    {
      print_help ();
      return TD_EXIT_OK;
    }
  if (nfiles < 1)
    return cmd_usage_error (COMMAND, "%s", _("missing file operand"));
  if (nfiles > 2)
    return cmd_usage_error (COMMAND, _("extra operand '%s'"),
                            argv[optind + 2]);
  return -1;
}

/* render GUIDE --help: the help and the guide's placeholders.  */
static int
guide_help (const struct td_render *r, const char *gpath, const char *lang)
{
  print_help ();
  if (r->nneeds > 0)
    {
      putchar ('\n');
      /* TRANSLATORS: render GUIDE --help, before the list of the
         guide's placeholders.  %s is the guide's file name.  */
      printf (_("Placeholders of %s:\n"), gpath);
      print_needs (stdout, r->needs, r->nneeds, false, lang);
    }
  return TD_EXIT_OK;
}

/* Something to render: at least one policy, and every policy parses.  */
static bool
renderable (const struct td_render *r, const char *gpath)
{
  if (r->npol == 0)
    {
      /* TRANSLATORS: %s is a file name.  */
      cmd_error (_("%s: no JSON policy to render"), gpath);
      return false;
    }
  for (size_t k = 0; k < r->npol; k++)
    if (!r->pol[k].json)
      {
        const struct td_policy *p = &r->pol[k];
        /* TRANSLATORS: %1$s is a file name, %2$d and %3$d a line and a
           column, %4$s the name of a policy.  */
        cmd_error (_("%1$s:%2$d:%3$d: the JSON policy '%4$s' does not parse"),
                   p->half->doc->src->path, p->error_line, p->error_col,
                   p->name);
        return false;
      }
  return true;
}

/* Gives every placeholder its value: --values first, then --set over
   them; then checks that each has one, of the right kind.  Returns -1 to
   go on, or an exit status after reporting.  */
static int
bind_values (struct td_render *r, const struct options *o, const char *gpath,
             const char *lang)
{
  char *error = NULL;
  if (o->values_path && td_render_read_values (r, o->values_path, &error))
    {
      cmd_error ("%s", error);
      free (error);
      return TD_EXIT_TROUBLE;
    }
  for (size_t s = 0; s < o->nsets; s++)
    {
      struct td_render_need *n = td_render_find (r, o->sets[s].name);
      if (!n)
        {
          struct td_suggest near;
          td_suggest_init (&near, o->sets[s].name);
          for (size_t i = 0; i < r->nneeds; i++)
            td_suggest_add (&near, r->needs[i].ph->name);
          return cmd_usage_error_hint (COMMAND, near.best,
                                       /* TRANSLATORS: %1$s is the NAME
                                          of --set NAME=VALUE, %2$s a
                                          file name.  */
                                       _("'%1$s' is not a placeholder of "
                                         "the policies of %2$s"),
                                       o->sets[s].name, gpath);
        }
      n->value = o->sets[s].value;
    }
  bool missing = false;
  for (size_t i = 0; i < r->nneeds; i++)
    missing |= r->needs[i].value == NULL;
  if (missing)
    {
      /* TRANSLATORS: followed by one "--set NAME=VALUE  description"
         line per missing value.  */
      cmd_error ("%s", _("these placeholders need a value:"));
      print_needs (stderr, r->needs, r->nneeds, true, lang);
      return TD_EXIT_TROUBLE;
    }
  bool bad = false;
  for (size_t i = 0; i < r->nneeds; i++)
    {
      const char *expected;
      if (td_render_value_ok (&r->needs[i], &expected))
        continue;
      if (*r->needs[i].value == '\0')
        /* TRANSLATORS: %1$s is the placeholder's name, %2$s a
           description of the expected form, such as "an AWS region such
           as us-east-1".  */
        cmd_error (_("empty value for {%1$s}: expected %2$s"),
                   r->needs[i].ph->name, expected ? expected : "?");
      else
        {
          char *v = td_render_shown (r->needs[i].value);
          /* TRANSLATORS: %1$s is the value given, %2$s the placeholder's
             name, %3$s a description of the expected form, such as "an
             AWS region such as us-east-1".  */
          cmd_error (_("%1$s: invalid value for {%2$s}: expected %3$s"), v,
                     r->needs[i].ph->name, expected ? expected : "?");
          free (v);
        }
      bad = true;
    }
  for (size_t i = 0; i < r->nneeds && !bad; i++)
    {
      const char *want;
      if (td_render_partition_ok (r, &r->needs[i], &want))
        continue;
      char *v = td_render_shown (r->needs[i].value);
      /* TRANSLATORS: %1$s is the value given (an ARN), %2$s the
         placeholder's name, %3$s the ARN partition of the region given
         (aws, aws-cn or aws-us-gov).  */
      cmd_error (_("%1$s: the ARN for {%2$s} is in another partition than "
                   "the region: expected arn:%3$s:..."), v,
                 r->needs[i].ph->name, want);
      free (v);
      bad = true;
    }
  return bad ? TD_EXIT_TROUBLE : -1;
}

/* JSON as the guides print it: indented by two spaces.  New (free).  */
static char *
print_json (const cJSON *json)
{
  char *compact = cJSON_PrintUnformatted (json);
  if (!compact)
    xalloc_die ();
  char *text = td_json_indent (compact, 2);
  cJSON_free (compact);
  return text;
}

/* Fills every policy into RESULT (an object by policy name) and TEXTS[k]
   (its printed JSON), and lints each again.  Returns false after
   reporting the errors of the filled policies.  */
static bool
fill_all (const struct td_render *r, cJSON *result, char **texts)
{
  bool bad = false;
  for (size_t k = 0; k < r->npol; k++)
    {
      const struct td_policy *p = &r->pol[k];
      cJSON *doc = td_render_fill (r, k);
      struct td_iam_findings f = { NULL, 0, 0 };
      td_iam_lint (doc, p->kind, &f);
      for (size_t i = 0; i < f.n; i++)
        if (f.v[i].severity == TD_SEV_ERROR)
          {
            /* NAME: JSON path ("Statement[0].Resource[0]"): what is
               wrong.  */
            cmd_error ("%s: %s: %s", p->name,
                       *f.v[i].path ? f.v[i].path : "$", f.v[i].message);
            bad = true;
          }
        else
          /* A warning or a note of the lint is printed, as gcc prints
             its warnings, and changes nothing: the policy is valid.
             The severity keywords are never translated.  */
          cmd_error ("%s: %s: %s: %s", p->name,
                     *f.v[i].path ? f.v[i].path : "$",
                     td_severity_name (f.v[i].severity), f.v[i].message);
      td_iam_findings_free (&f);
      texts[k] = print_json (doc);
      if (!cJSON_AddItemToObject (result, p->name, doc))
        xalloc_die ();
    }
  if (bad)
    cmd_error ("%s", _("the filled policies are not valid; nothing was "
                       "written"));
  return !bad;
}

/* Writes each policy's TEXTS[k] to DIR/NAME.json.  Returns an exit
   status.  */
static int
write_files (const struct td_render *r, char *const *texts, const char *dir)
{
  int err = td_mkdir_p (dir);
  if (err)
    {
      cmd_error ("%s: %s", dir, strerror (err));
      return TD_EXIT_TROUBLE;
    }
  for (size_t k = 0; k < r->npol; k++)
    {
      char *path = td_render_out_path (dir, r->pol[k].name);
      size_t len = strlen (texts[k]);
      char *data = xmalloc (len + 2);
      char *error = NULL;
      memcpy (data, texts[k], len);
      data[len] = '\n';
      data[len + 1] = '\0';
      int failed = td_write_atomic (path, data, len + 1, &error);
      if (failed)
        {
          cmd_error ("%s: %s", path, error ? error : "");
          free (error);
        }
      free (data);
      free (path);
      if (failed)
        return TD_EXIT_TROUBLE;
    }
  return TD_EXIT_OK;
}

/* Fills the policies of R and prints them, or writes them to DIR.  */
static int
output (const struct td_render *r, const char *dir)
{
  int status = TD_EXIT_TROUBLE;
  cJSON *result = cJSON_CreateObject ();
  char **texts = xcalloc (r->npol + 1, sizeof *texts);
  if (!result)
    xalloc_die ();
  if (fill_all (r, result, texts))
    {
      if (dir)
        status = write_files (r, texts, dir);
      else
        {
          char *text = print_json (result);
          fputs (text, stdout);
          putchar ('\n');
          free (text);
          status = TD_EXIT_OK;
        }
    }
  for (size_t k = 0; k < r->npol; k++)
    free (texts[k]);
  free (texts);
  cJSON_Delete (result);
  return status;
}

int
cmd_render (int argc, char **argv)
{
  struct options o = { 0 };
  int status = parse_options (argc, argv, &o);
  if (status < 0)
    status = check_operands (argc, argv, &o);
  if (status >= 0)
    {
      options_free (&o);
      return status;
    }
  const char *gpath = argv[optind];
  struct td_page pg;
  const char *error_path;
  char *error = NULL;
  if (td_page_load (&pg, gpath, argc - optind == 2 ? argv[optind + 1] : NULL,
                    0, &error_path, &error)
      != 0)
    {
      cmd_error ("%s: %s", cmd_file_name (error_path), error ? error : "");
      free (error);
      options_free (&o);
      return TD_EXIT_TROUBLE;
    }
  const char *lang = user_lang (o.lang_opt);
  struct td_render r;
  td_render_init (&r, &pg);
  if (o.help)
    status = guide_help (&r, gpath, lang);
  else if (!renderable (&r, gpath))
    status = TD_EXIT_TROUBLE;
  else if ((status = bind_values (&r, &o, gpath, lang)) < 0)
    status = output (&r, o.dir);
  td_render_free (&r);
  td_page_free (&pg);
  options_free (&o);
  return status;
}
