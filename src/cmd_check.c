/* cmd_check.c: the `twindoc check` command: options, one bilingual file
   or an English/Korean pair, findings to stdout, and the exit status.  */
#include <config.h>
#include "system.h"

#include <getopt.h>
#include <limits.h>
#include <unistd.h>

#include "check.h"
#include "commands.h"
#include "diag.h"
#include "fmt.h"
#include "rules.h"
#include "xalloc.h"

#define COMMAND "check"

/* --fail-on=none: above every severity.  */
#define FAIL_ON_NONE (TD_SEV_ERROR + 1)

enum
{
  OPT_FAIL_ON = CHAR_MAX + 1,
  OPT_COLOR,
  OPT_EXCERPT,
  OPT_SEVERITY,
  OPT_MAX_BYTES
};

static const struct option longopts[] = {
  { "format", required_argument, NULL, 'f' },
  { "fail-on", required_argument, NULL, OPT_FAIL_ON },
  { "color", optional_argument, NULL, OPT_COLOR },
  { "excerpt", required_argument, NULL, OPT_EXCERPT },
  { "severity", required_argument, NULL, OPT_SEVERITY },
  { "max-bytes", required_argument, NULL, OPT_MAX_BYTES },
  { "help", no_argument, NULL, 'h' },
  { NULL, 0, NULL, 0 }
};

/* Values of --color and --excerpt.  */
enum when
{
  WHEN_AUTO,
  WHEN_ALWAYS,
  WHEN_NEVER
};

static const char *const when_names[] = { "auto", "always", "never", NULL };
static const char *const fail_on_names[] = { "error", "warning", "note",
                                             "none", NULL };

static void
print_help (void)
{
  /* TRANSLATORS: --help output, no-wrap.  %1$s is "twindoc".  */
  printf (_("Usage: %1$s check [OPTION]... FILE\n"
            "  or:  %1$s check [OPTION]... EN_FILE KO_FILE\n"),
          PROGRAM_NAME);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Check a bilingual FILE (English, a '---' line, then Korean), or\n"
           "KO_FILE against its English source EN_FILE.\n"), stdout);
  putchar ('\n');
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Options:\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -f, --format=FORMAT    output format: text (default), json, sarif\n"
           "                           (SARIF 2.1.0) or github (GitHub Actions\n"
           "                           annotations)\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --fail-on=LEVEL    exit with status 1 on a finding at or above\n"
           "                           LEVEL: error (default), warning, note or none\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --color[=WHEN]     color the output: auto (default: on a terminal\n"
           "                           unless NO_COLOR is set), always or never\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --excerpt=WHEN     show the source line under each finding:\n"
           "                           auto (default: on a terminal), always or never\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --severity=RULE=LEVEL  set the severity of RULE: error, warning,\n"
           "                           note or off (may be repeated)\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --max-bytes=N      refuse input files larger than N bytes\n"
           "                           (suffixes K, M and G allowed)\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -h, --help             display this help and exit\n"), stdout);
  putchar ('\n');
  /* TRANSLATORS: --help output, no-wrap.  %s is "twindoc".  */
  printf (_("Run '%s rules' for the list of rules.\n"), PROGRAM_NAME);
}

/* Reports ARG as an invalid argument of OPTION, lists the valid CHOICES
   (NULL-terminated, or NULL) and returns TD_EXIT_TROUBLE.  */
static int
bad_argument (const char *option, const char *arg,
              const char *const *choices)
{
  /* TRANSLATORS: %1$s is what the user gave, %2$s the option, such as
     "--format".  */
  cmd_error (_("invalid argument '%1$s' for '%2$s'"), arg, option);
  if (choices)
    {
      /* TRANSLATORS: followed by a list of keywords, which are not
         translated.  */
      fputs (_("Valid arguments are:"), stderr);
      for (; *choices; choices++)
        fprintf (stderr, " '%s'", *choices);
      fputc ('\n', stderr);
    }
  cmd_try_help (COMMAND);
  return TD_EXIT_TROUBLE;
}

/* The index of ARG in the NULL-terminated CHOICES, or -1.  */
static int
find_choice (const char *arg, const char *const *choices)
{
  int i;

  for (i = 0; choices[i]; i++)
    if (STREQ (arg, choices[i]))
      return i;
  return -1;
}

/* Parses a positive byte count with an optional K, M or G suffix (powers
   of 1024).  */
static bool
parse_size (const char *s, size_t *out)
{
  size_t n = 0, mult = 1;

  if (*s < '0' || *s > '9')
    return false;
  for (; *s >= '0' && *s <= '9'; s++)
    {
      size_t digit = (size_t) (*s - '0');
      if (n > (SIZE_MAX - digit) / 10)
        return false;
      n = n * 10 + digit;
    }
  switch (*s)
    {
    case '\0':
      break;
    case 'K':
    case 'k':
      mult = (size_t) 1 << 10;
      s++;
      break;
    case 'M':
      mult = (size_t) 1 << 20;
      s++;
      break;
    case 'G':
      mult = (size_t) 1 << 30;
      s++;
      break;
    default:
      return false;
    }
  if (*s != '\0' || n == 0 || n > SIZE_MAX / mult)
    return false;
  *out = n * mult;
  return true;
}

/* Applies --severity=ARG to OPTS; returns 0 or a usage error's status.  */
static int
set_severity (struct td_check_options *opts, const char *arg)
{
  const char *eq = strchr (arg, '=');
  enum td_severity sev;
  char *id;
  int rule;

  if (!eq)
    return bad_argument ("--severity", arg, NULL);
  id = xstrndup (arg, (size_t) (eq - arg));
  rule = td_rule_find (id);
  if (rule < 0)
    {
      int status = cmd_usage_error (COMMAND, _("unknown rule '%s'"), id);
      free (id);
      return status;
    }
  free (id);
  if (!td_severity_parse (eq + 1, &sev))
    {
      static const char *const levels[] = { "error", "warning", "note",
                                            "off", NULL };
      return bad_argument ("--severity", arg, levels);
    }
  opts->severity[rule] = sev;
  return 0;
}

/* Whether colours are wanted on standard output for WHEN.  */
static bool
want_color (enum when when)
{
  const char *no_color;

  switch (when)
    {
    case WHEN_ALWAYS:
      return true;
    case WHEN_NEVER:
      return false;
    case WHEN_AUTO:
      break;
    }
  no_color = getenv ("NO_COLOR");
  return isatty (STDOUT_FILENO) && !(no_color && *no_color);
}

int
cmd_check (int argc, char **argv)
{
  struct td_check_options opts;
  struct td_fmt_options fopts = { false, false, true, 0, 1 };
  struct td_diag_list list;
  const struct td_format *format = td_format_find ("text");
  enum when color = WHEN_AUTO, excerpt = WHEN_AUTO;
  int fail_on = TD_SEV_ERROR;
  const char *error_path = NULL;
  char *error = NULL;
  int c, status, nfiles;
  size_t i;

  td_check_options_init (&opts);
  while ((c = getopt_long (argc, argv, "f:h", longopts, NULL)) != -1)
    switch (c)
      {
      case 'f':
        format = td_format_find (optarg);
        if (!format)
          {
            const char *names[8];
            size_t n = 0;
            const struct td_format *f;

            for (f = td_formats; f->name && n + 1 < ARRAY_SIZE (names); f++)
              names[n++] = f->name;
            names[n] = NULL;
            return bad_argument ("--format", optarg, names);
          }
        break;
      case OPT_FAIL_ON:
        {
          int k = find_choice (optarg, fail_on_names);
          if (k < 0)
            return bad_argument ("--fail-on", optarg, fail_on_names);
          fail_on = (k == 0 ? TD_SEV_ERROR : k == 1 ? TD_SEV_WARNING
                     : k == 2 ? TD_SEV_NOTE : FAIL_ON_NONE);
        }
        break;
      case OPT_COLOR:
        if (!optarg)
          color = WHEN_ALWAYS;
        else
          {
            int k = find_choice (optarg, when_names);
            if (k < 0)
              return bad_argument ("--color", optarg, when_names);
            color = (enum when) k;
          }
        break;
      case OPT_EXCERPT:
        {
          int k = find_choice (optarg, when_names);
          if (k < 0)
            return bad_argument ("--excerpt", optarg, when_names);
          excerpt = (enum when) k;
        }
        break;
      case OPT_SEVERITY:
        status = set_severity (&opts, optarg);
        if (status)
          return status;
        break;
      case OPT_MAX_BYTES:
        if (!parse_size (optarg, &opts.max_bytes))
          return bad_argument ("--max-bytes", optarg, NULL);
        break;
      case 'h':
        print_help ();
        return TD_EXIT_OK;
      default:
        cmd_try_help (COMMAND);
        return TD_EXIT_TROUBLE;
      }

  nfiles = argc - optind;
  if (nfiles < 1)
    return cmd_usage_error (COMMAND, "%s", _("missing file operand"));
  if (nfiles > 2)
    return cmd_usage_error (COMMAND, _("extra operand '%s'"),
                            argv[optind + 2]);

  td_diag_list_init (&list);
  if (nfiles == 1)
    {
      error_path = argv[optind];
      status = td_check_file (argv[optind], &opts, &list, &error);
    }
  else
    status = td_check_pair (argv[optind], argv[optind + 1], &opts, &list,
                            &error_path, &error);
  if (status < 0)
    {
      cmd_error ("%s: %s", error_path ? error_path : argv[optind],
                 error ? error : "");
      free (error);
      td_diag_list_free (&list);
      return TD_EXIT_TROUBLE;
    }

  td_diag_list_sort (&list);
  fopts.color = want_color (color);
  fopts.excerpt = (excerpt == WHEN_ALWAYS
                   || (excerpt == WHEN_AUTO && isatty (STDOUT_FILENO)));
  fopts.summary = true;
  fopts.files = nfiles;
  fopts.pairs = 1;
  status = TD_EXIT_OK;
  if (format->write (stdout, &list, &fopts) != 0)
    status = cmd_write_error (errno);
  else
    for (i = 0; i < list.n; i++)
      if ((int) list.items[i].severity >= fail_on)
        {
          status = TD_EXIT_FINDINGS;
          break;
        }
  td_diag_list_free (&list);
  return status;
}
