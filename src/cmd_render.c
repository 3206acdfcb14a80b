/* cmd_render.c: the `twindoc render` command: fills the placeholders of a
   guide's JSON policies with the user's values, after checking each value
   against the type of its placeholder, lints the result and prints it or
   writes one file per policy.  Nothing is written unless every value and
   every policy is good.  */
#include <config.h>
#include "system.h"

#include <getopt.h>
#include <limits.h>
#include <sys/stat.h>

#include <cJSON.h>

#include "atomic.h"
#include "commands.h"
#include "iam.h"
#include "inline.h"
#include "policy.h"
#include "ptype.h"
#include "source.h"
#include "xalloc.h"

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
           "                          must exist)\n"), stdout);
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

/* VALUE as it can be shown on one line: control characters escaped.
   Newly allocated.  */
static char *
shown (const char *value)
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

/* ---- placeholders --------------------------------------------------- */

/* A placeholder the English policies use, with its value.  */
struct need
{
  const struct td_guide_placeholder *g; /* not owned */
  const char *context; /* the first JSON string holding it (not owned) */
  const char *value;   /* not owned, NULL until given */
};

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

/* The "--set NAME=VALUE" text of N.  Newly allocated.  */
static char *
set_text (const struct need *n)
{
  /* TRANSLATORS: the metavariable of "--set NAME=VALUE" in render's
     --help output and messages: the value of a placeholder.  */
  return xasprintf ("--set %s=%s", n->g->name, _("VALUE"));
}

/* Prints to OUT one line per need of V (N of them) that FILTER accepts
   (all when FILTER is false, else those without a value): "  --set
   NAME=VALUE  DESCRIPTION (EXAMPLE)", aligned, the description in LANG
   ("en" or "ko"), the other language's when the guide has none in LANG.  */
static void
print_needs (FILE *out, const struct need *v, size_t n, bool only_missing,
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
      const struct td_guide_placeholder *g = v[i].g;
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

/* ---- values --------------------------------------------------------- */

/* Reads the values of --values=PATH into NEEDS (N): an object of strings;
   members that name no placeholder of the guide are ignored (one file may
   serve several guides).  Returns 0, or -1 after reporting.  */
static int
read_values (const char *path, struct need *needs, size_t n, cJSON **keep)
{
  char *why = NULL;
  struct td_source *src = td_source_read (path, 0, &why);
  if (!src)
    {
      cmd_error ("%s: %s", path, why ? why : "");
      free (why);
      return -1;
    }
  cJSON *j = cJSON_ParseWithLengthOpts (src->data, src->len + 1, NULL, true);
  td_source_free (src);
  if (!cJSON_IsObject (j))
    {
      cJSON_Delete (j);
      /* TRANSLATORS: %s is the file of --values.  */
      cmd_error (_("%s: expected a JSON object of strings, such as "
                   "{\"REGION\": \"us-east-1\"}"), path);
      return -1;
    }
  for (const cJSON *c = j->child; c; c = c->next)
    {
      if (!cJSON_IsString (c) || !c->valuestring)
        {
          /* TRANSLATORS: %1$s is the file of --values, %2$s a key of
             it.  */
          cmd_error (_("%1$s: the value of '%2$s' is not a string"), path,
                     c->string ? c->string : "");
          cJSON_Delete (j);
          return -1;
        }
      for (size_t i = 0; i < n; i++)
        if (c->string && STREQ (c->string, needs[i].g->name))
          needs[i].value = c->valuestring;
    }
  *keep = j;
  return 0;
}

/* ---- filling -------------------------------------------------------- */

/* Replaces in every string under J each {NAME} by its value in NEEDS (N);
   names without a value stay.  */
static void
fill (cJSON *j, const struct need *needs, size_t n)
{
  if (cJSON_IsArray (j) || cJSON_IsObject (j))
    {
      for (cJSON *c = j->child; c; c = c->next)
        fill (c, needs, n);
      return;
    }
  if (!cJSON_IsString (j) || !j->valuestring)
    return;
  const char *s = j->valuestring;
  size_t len = strlen (s), pos = 0, done = 0, start, off, nlen;
  size_t alloc = len + 1, olen = 0;
  char *out = xmalloc (alloc);
  bool changed = false;
  while (td_placeholder_next (s, len, &pos, &start, &off, &nlen))
    {
      const char *value = NULL;
      for (size_t i = 0; i < n && !value; i++)
        if (strlen (needs[i].g->name) == nlen
            && memcmp (needs[i].g->name, s + off, nlen) == 0)
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

/* DIR/NAME.json, newly allocated.  */
static char *
out_path (const char *dir, const char *name)
{
  size_t n = strlen (dir);
  while (n > 1 && dir[n - 1] == '/')
    n--;
  return xasprintf ("%.*s/%s.json", (int) n, dir, name);
}

/* ---- the command ---------------------------------------------------- */

struct set
{
  char *name;        /* owned */
  const char *value; /* in argv */
};

int
cmd_render (int argc, char **argv)
{
  struct set *sets = NULL;
  size_t nsets = 0, sets_alloc = 0;
  const char *values_path = NULL, *lang_opt = NULL, *dir = NULL;
  bool help = false;
  int c, status = TD_EXIT_TROUBLE;

  while ((c = getopt_long (argc, argv, "o:h", longopts, NULL)) != -1)
    switch (c)
      {
      case OPT_SET:
        {
          const char *eq = strchr (optarg, '=');
          if (!eq || eq == optarg)
            {
              status = cmd_bad_argument (COMMAND, "--set", optarg, NULL);
              goto out;
            }
          sets = xgrow (sets, &sets_alloc, nsets + 1, sizeof *sets);
          sets[nsets].name = xstrndup (optarg, (size_t) (eq - optarg));
          sets[nsets].value = eq + 1;
          nsets++;
        }
        break;
      case OPT_VALUES:
        values_path = optarg;
        break;
      case OPT_LANG:
        if (!STREQ (optarg, "en") && !STREQ (optarg, "ko"))
          {
            static const char *const langs[] = { "en", "ko", NULL };
            status = cmd_bad_argument (COMMAND, "--lang", optarg, langs);
            goto out;
          }
        lang_opt = optarg;
        break;
      case 'o':
        dir = optarg;
        break;
      case 'h':
        help = true;
        break;
      default:
        cmd_try_help (COMMAND);
        goto out;
      }
  int nfiles = argc - optind;
  if (help && nfiles == 0)
    {
      print_help ();
      status = TD_EXIT_OK;
      goto out;
    }
  if (nfiles < 1)
    {
      status = cmd_usage_error (COMMAND, "%s", _("missing file operand"));
      goto out;
    }
  if (nfiles > 2)
    {
      status = cmd_usage_error (COMMAND, _("extra operand '%s'"),
                                argv[optind + 2]);
      goto out;
    }

  struct cmd_guide guide;
  if (cmd_guide_load (&guide, argv[optind],
                      nfiles == 2 ? argv[optind + 1] : NULL) != 0)
    goto out;
  const char *gpath = argv[optind];
  const char *lang = user_lang (lang_opt);
  struct td_policy *pol;
  size_t npol;
  struct td_guide_placeholder *ph;
  size_t nph;
  struct need *needs = NULL;
  size_t nneeds = 0;
  cJSON *values = NULL, *result = NULL;
  char **texts = NULL;
  td_policies_extract (&guide.en, &pol, &npol);
  td_guide_placeholders (&guide.en, guide.has_ko ? &guide.ko : NULL, &ph,
                         &nph);

  /* The placeholders of the English policies, in the guide's order.  */
  needs = xcalloc (nph + 1, sizeof *needs);
  for (size_t i = 0; i < nph; i++)
    {
      char *needle = xasprintf ("{%s}", ph[i].name);
      const char *context = NULL;
      for (size_t k = 0; k < npol && !context; k++)
        if (pol[k].json)
          context = find_context (pol[k].json, needle);
      free (needle);
      if (!context)
        continue;
      needs[nneeds].g = &ph[i];
      needs[nneeds].context = context;
      nneeds++;
    }

  if (help)
    {
      print_help ();
      if (nneeds > 0)
        {
          putchar ('\n');
          /* TRANSLATORS: render GUIDE --help, before the list of the
             guide's placeholders.  %s is the guide's file name.  */
          printf (_("Placeholders of %s:\n"), gpath);
          print_needs (stdout, needs, nneeds, false, lang);
        }
      status = TD_EXIT_OK;
      goto done;
    }

  if (npol == 0)
    {
      /* TRANSLATORS: %s is a file name.  */
      cmd_error (_("%s: no JSON policy to render"), gpath);
      goto done;
    }
  for (size_t k = 0; k < npol; k++)
    if (!pol[k].json)
      {
        /* TRANSLATORS: %1$s is a file name, %2$d and %3$d a line and a
           column, %4$s the name of a policy.  */
        cmd_error (_("%1$s:%2$d:%3$d: the JSON policy '%4$s' does not parse"),
                   pol[k].half->doc->src->path, pol[k].error_line,
                   pol[k].error_col, pol[k].name);
        goto done;
      }

  /* Values: --values first, then --set over them.  */
  if (values_path && read_values (values_path, needs, nneeds, &values) != 0)
    goto done;
  for (size_t s = 0; s < nsets; s++)
    {
      size_t i;
      for (i = 0; i < nneeds; i++)
        if (STREQ (needs[i].g->name, sets[s].name))
          break;
      if (i == nneeds)
        {
          status = cmd_usage_error (COMMAND,
                                    /* TRANSLATORS: %1$s is the NAME of
                                       --set NAME=VALUE, %2$s a file
                                       name.  */
                                    _("'%1$s' is not a placeholder of the "
                                      "policies of %2$s"),
                                    sets[s].name, gpath);
          goto done;
        }
      needs[i].value = sets[s].value;
    }

  /* Every placeholder has a value...  */
  {
    bool missing = false;
    for (size_t i = 0; i < nneeds; i++)
      missing |= needs[i].value == NULL;
    if (missing)
      {
        /* TRANSLATORS: followed by one "--set NAME=VALUE  description"
           line per missing value.  */
        cmd_error ("%s", _("these placeholders need a value:"));
        print_needs (stderr, needs, nneeds, true, lang);
        goto done;
      }
  }
  /* ... of the right type.  */
  {
    bool bad = false;
    for (size_t i = 0; i < nneeds; i++)
      {
        enum td_ptype type = td_ptype_guess (needs[i].g->name,
                                             needs[i].context);
        const char *expected = NULL;
        if (td_ptype_check (type, needs[i].value, &expected))
          {
            if (!unsafe (needs[i].value))
              continue;
            /* Whatever the type allows, a value never carries quotes,
               braces, backslashes, control characters or a ".." path
               part; the expected form is the type's (every type refuses
               the empty text).  */
            td_ptype_check (type, "", &expected);
          }
        char *v = shown (needs[i].value);
        /* TRANSLATORS: %1$s is the value given, %2$s the placeholder's
           name, %3$s a description of the expected form, such as "an AWS
           region such as us-east-1".  */
        cmd_error (_("%1$s: invalid value for {%2$s}: expected %3$s"), v,
                   needs[i].g->name, expected ? expected : "?");
        free (v);
        bad = true;
      }
    if (bad)
      goto done;
  }

  /* Fill, then check the policies again.  */
  result = cJSON_CreateObject ();
  texts = xcalloc (npol + 1, sizeof *texts);
  if (!result)
    xalloc_die ();
  {
    bool bad = false;
    for (size_t k = 0; k < npol; k++)
      {
        cJSON *doc = cJSON_Duplicate (pol[k].json, true);
        if (!doc)
          xalloc_die ();
        fill (doc, needs, nneeds);
        struct td_iam_findings f = { NULL, 0, 0 };
        td_iam_lint (doc, pol[k].kind, &f);
        for (size_t i = 0; i < f.n; i++)
          if (f.v[i].severity == TD_SEV_ERROR)
            {
              /* NAME: JSON path ("Statement[0].Resource[0]"): what is
                 wrong.  */
              cmd_error ("%s: %s: %s", pol[k].name,
                         *f.v[i].path ? f.v[i].path : "$", f.v[i].message);
              bad = true;
            }
        td_iam_findings_free (&f);
        texts[k] = cJSON_Print (doc);
        if (!texts[k] || !cJSON_AddItemToObject (result, pol[k].name, doc))
          xalloc_die ();
      }
    if (bad)
      {
        cmd_error ("%s", _("the filled policies are not valid; nothing was "
                           "written"));
        goto done;
      }
  }

  if (!dir)
    {
      char *text = cJSON_Print (result);
      if (!text)
        xalloc_die ();
      fputs (text, stdout);
      putchar ('\n');
      cJSON_free (text);
      status = TD_EXIT_OK;
      goto done;
    }
  {
    struct stat st;
    if (stat (dir, &st) != 0)
      {
        cmd_error ("%s: %s", dir, strerror (errno));
        goto done;
      }
    if (!S_ISDIR (st.st_mode))
      {
        cmd_error ("%s: %s", dir, strerror (ENOTDIR));
        goto done;
      }
  }
  status = TD_EXIT_OK;
  for (size_t k = 0; k < npol; k++)
    {
      char *path = out_path (dir, pol[k].name);
      size_t len = strlen (texts[k]);
      char *data = xmalloc (len + 2);
      char *error = NULL;
      memcpy (data, texts[k], len);
      data[len] = '\n';
      data[len + 1] = '\0';
      if (td_write_atomic (path, data, len + 1, &error) != 0)
        {
          cmd_error ("%s: %s", path, error ? error : "");
          free (error);
          status = TD_EXIT_TROUBLE;
        }
      free (data);
      free (path);
      if (status != TD_EXIT_OK)
        break;
    }

done:
  if (texts)
    for (size_t k = 0; k < npol; k++)
      cJSON_free (texts[k]);
  free (texts);
  cJSON_Delete (result);
  cJSON_Delete (values);
  free (needs);
  td_policies_free (pol, npol);
  td_guide_placeholders_free (ph, nph);
  cmd_guide_free (&guide);
out:
  for (size_t s = 0; s < nsets; s++)
    free (sets[s].name);
  free (sets);
  return status;
}
