/* cmd_check.c: the `twindoc check` command: options, one bilingual file
   or an English/Korean pair, findings to stdout, and the exit status.  */
#include <config.h>
#include "util/system.h"

#include <getopt.h>
#include <limits.h>
#include <time.h>
#include <unistd.h>

#include "util/atomic.h"
#include "util/git.h"
#include "util/path.h"
#include "rules/baseline.h"
#include "rules/cascade.h"
#include "rules/check.h"
#include "rules/check_tree.h"
#include "cli/commands.h"
#include "cli/progress.h"
#include "rules/config_file.h"
#include "rules/detect.h"
#include "report/diag.h"
#include "rules/fix.h"
#include "rules/lock.h"
#include "rules/status.h"
#include "rules/review_page.h"
#include "format/fmt.h"
#include "rules/rules.h"
#include "util/xalloc.h"

#define COMMAND "check"

/* --fail-on=none: above every severity.  */
#define FAIL_ON_NONE (TD_SEV_ERROR + 1)

enum
{
  OPT_FAIL_ON = CHAR_MAX + 1,
  OPT_COLOR,
  OPT_EXCERPT,
  OPT_SEVERITY,
  OPT_MAX_BYTES,
  OPT_TREE,
  OPT_LIST_MISSING,
  OPT_SHARD,
  OPT_FILES_FROM,
  OPT_CONFIG,
  OPT_NO_CONFIG,
  OPT_BASELINE,
  OPT_WRITE_BASELINE,
  OPT_FIX,
  OPT_DRY_RUN,
  OPT_PROFILE,
  OPT_PRINT_CONFIG,
  OPT_SCOPE,
  OPT_NO_LEARN,
  OPT_STATISTICS,
  OPT_PROGRESS,
  OPT_NO_PROGRESS,
  OPT_STALE,
  OPT_SHOW_LINKS
};

static const struct option longopts[] = {
  { "format", required_argument, NULL, 'f' },
  { "fail-on", required_argument, NULL, OPT_FAIL_ON },
  { "color", optional_argument, NULL, OPT_COLOR },
  { "excerpt", required_argument, NULL, OPT_EXCERPT },
  { "show-links", optional_argument, NULL, OPT_SHOW_LINKS },
  { "severity", required_argument, NULL, OPT_SEVERITY },
  { "max-bytes", required_argument, NULL, OPT_MAX_BYTES },
  { "tree", no_argument, NULL, OPT_TREE },
  { "list-missing", no_argument, NULL, OPT_LIST_MISSING },
  { "shard", required_argument, NULL, OPT_SHARD },
  { "files-from", required_argument, NULL, OPT_FILES_FROM },
  { "config", required_argument, NULL, OPT_CONFIG },
  { "no-config", no_argument, NULL, OPT_NO_CONFIG },
  { "baseline", required_argument, NULL, OPT_BASELINE },
  { "write-baseline", required_argument, NULL, OPT_WRITE_BASELINE },
  { "fix", no_argument, NULL, OPT_FIX },
  { "dry-run", no_argument, NULL, OPT_DRY_RUN },
  { "profile", required_argument, NULL, OPT_PROFILE },
  { "print-config", no_argument, NULL, OPT_PRINT_CONFIG },
  { "scope", required_argument, NULL, OPT_SCOPE },
  { "no-learn", no_argument, NULL, OPT_NO_LEARN },
  { "statistics", no_argument, NULL, OPT_STATISTICS },
  { "stale", no_argument, NULL, OPT_STALE },
  { "jobs", required_argument, NULL, 'j' },
  { "progress", no_argument, NULL, OPT_PROGRESS },
  { "no-progress", no_argument, NULL, OPT_NO_PROGRESS },
  { "output", required_argument, NULL, 'o' },
  { "help", no_argument, NULL, 'h' },
  { NULL, 0, NULL, 0 }
};

/* Values of --color, --excerpt and --show-links.  */
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
            "  or:  %1$s check [OPTION]... EN_FILE KO_FILE\n"
            "  or:  %1$s check [OPTION]... --tree EN_DIR KO_DIR\n"),
          PROGRAM_NAME);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Check a bilingual FILE (English, a '---' line, then Korean),\n"
           "KO_FILE against its English source EN_FILE, or every page of\n"
           "KO_DIR against the page at the same path in EN_DIR.\n"), stdout);
  putchar ('\n');
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Options:\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -f, --format=FORMAT    output format: text (default), json, sarif\n"
           "                           (SARIF 2.1.0), github (GitHub Actions\n"
           "                           annotations) or html (a side-by-side review\n"
           "                           page)\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -o, --output=FILE      write the output to FILE (replaced atomically)\n"
           "                           instead of standard output\n"),
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
  fputs (_("      --show-links[=WHEN]  after the findings, give the address of\n"
           "                           the documentation of each rule found:\n"
           "                           auto (default: on a terminal), always or never\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --severity=RULE=LEVEL  set the severity of RULE: error, warning,\n"
           "                           note or off (may be repeated)\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --scope=SCOPE      report translation findings, source findings\n"
           "                           (on the English page alone) or all (default)\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --stale            report the differences that an English change\n"
           "                           since the translation explains as stale\n"
           "                           (the revision as twindoc status finds it)\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --statistics       after the summary, count the findings of\n"
           "                           each rule (text format)\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --max-bytes=N      refuse input files larger than N bytes\n"
           "                           (suffixes K, M and G allowed)\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --tree             compare two folders page by page\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --list-missing     with --tree: list the English pages that\n"
           "                           have no Korean page, and exit\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --shard=K/N        with --tree: check the K-th of N shares of\n"
           "                           the pages (for a CI matrix)\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --files-from=FILE  with --tree: check only the pages listed in\n"
           "                           FILE, one path a line ('-': standard input)\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -j, --jobs=N           with --tree: check N pages at once (default:\n"
           "                           the number of online CPUs); the output is\n"
           "                           the same for every N\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --progress         with --tree: show pages done and the rate\n"
           "                           on stderr (default: on a terminal, outside\n"
           "                           CI, when the run lasts more than a moment)\n"
           "      --no-progress      with --tree: never show it\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --no-learn         with --tree: report every finding, learn no\n"
           "                           convention (as --severity=convention=off)\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --config=FILE      read the configuration from FILE only, not\n"
           "                           the .twindoc.json files of the current\n"
           "                           folder and of the pages' folders\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --no-config        ignore .twindoc.json files\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --profile=NAME     the documentation system of the pages:\n"
           "                           commonmark, docusaurus, starlight, hugo,\n"
           "                           mkdocs, vitepress or mdn (default: detected)\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --print-config     print the profile and the settings in\n"
           "                           effect, as JSON, and exit; with --tree, the\n"
           "                           conventions learned from the pages too\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --baseline=FILE    do not report the findings recorded in FILE\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --write-baseline=FILE  record the current findings in FILE\n"
           "                           and exit\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --fix              apply the certain fixes to the files (a\n"
           "                           decidable hedged particle, decomposed\n"
           "                           Hangul, full-width ASCII...) and report\n"
           "                           the rest\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --dry-run          with --fix: print the fixes as a unified\n"
           "                           diff and change no file\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -h, --help             display this help and exit\n"), stdout);
  putchar ('\n');
  /* TRANSLATORS: --help output, no-wrap.  %s is "twindoc".  */
  printf (_("Run '%s rules' for the list of rules.\n"), PROGRAM_NAME);
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

/* Severities given with --severity, applied over the configuration's.  */
struct cli_severity
{
  bool set[TD_R__COUNT];
  enum td_severity sev[TD_R__COUNT];
};

/* Records --severity=ARG in CLI; returns 0 or a usage error's status.  */
static int
set_severity (struct cli_severity *cli, const char *arg)
{
  const char *eq = strchr (arg, '=');
  enum td_severity sev;
  char *id;
  int rule;

  if (!eq)
    return cmd_bad_argument (COMMAND, "--severity", arg, NULL);
  id = xstrndup (arg, (size_t) (eq - arg));
  rule = td_rule_find (id);
  if (rule < 0)
    {
      int status = cmd_usage_error_hint (COMMAND, td_rule_suggest (id),
                                         _("unknown rule '%s'"), id);
      free (id);
      return status;
    }
  free (id);
  if (!td_severity_parse (eq + 1, &sev))
    {
      static const char *const levels[] = { "error", "warning", "note",
                                            "off", NULL };
      return cmd_bad_argument (COMMAND, "--severity", arg, levels);
    }
  cli->set[rule] = true;
  cli->sev[rule] = sev;
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

/* Parses "K/N" (1 <= K <= N).  */
static bool
parse_shard (const char *s, unsigned long *k, unsigned long *n)
{
  char *end;
  errno = 0;
  *k = strtoul (s, &end, 10);
  if (errno || end == s || *end != '/')
    return false;
  const char *t = end + 1;
  *n = strtoul (t, &end, 10);
  return !errno && end != t && *end == '\0' && *k >= 1 && *n >= 1
         && *k <= *n;
}

/* The most threads -j gives a tree run.  */
#define MAX_JOBS 256

/* Parses the N of -j N (1 to MAX_JOBS).  */
static bool
parse_jobs (const char *s, unsigned *jobs)
{
  char *end;
  errno = 0;
  unsigned long n = strtoul (s, &end, 10);
  if (errno || end == s || *end != '\0' || *s == '-' || n < 1
      || n > MAX_JOBS)
    return false;
  *jobs = (unsigned) n;
  return true;
}

/* The number of online CPUs, at least 1 and at most MAX_JOBS: the
   default of -j.  */
static unsigned
online_cpus (void)
{
  long n = sysconf (_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > MAX_JOBS ? MAX_JOBS : (unsigned) n;
}

/* The options of one run.  */
struct options
{
  const struct td_format *format;
  int fail_on;                   /* index in fail_on_names */
  int color, excerpt, links;     /* enum when */
  int scope;                     /* enum td_scope_filter, -1 if not given */
  struct cli_severity cli;
  size_t max_bytes;
  bool tree, list_missing, no_config, fix, dry_run, print_config, no_learn;
  bool statistics, stale;
  const struct td_profile *profile; /* --profile, or NULL */
  unsigned long shard_k, shard_n;
  unsigned jobs;                 /* -j; 0: not given (the online CPUs) */
  enum cli_progress_when progress; /* --progress, --no-progress */
  const char *files_from, *config_path, *baseline_path, *write_baseline;
  const char *output;            /* -o: the file to write, or NULL */
};

/* Options that only set a flag.  */
static const struct flag_option
{
  int opt;
  size_t offset; /* of the bool in struct options */
} flag_options[] = {
  { OPT_TREE, offsetof (struct options, tree) },
  { OPT_LIST_MISSING, offsetof (struct options, list_missing) },
  { OPT_NO_CONFIG, offsetof (struct options, no_config) },
  { OPT_FIX, offsetof (struct options, fix) },
  { OPT_DRY_RUN, offsetof (struct options, dry_run) },
  { OPT_PRINT_CONFIG, offsetof (struct options, print_config) },
  { OPT_NO_LEARN, offsetof (struct options, no_learn) },
  { OPT_STATISTICS, offsetof (struct options, statistics) },
  { OPT_STALE, offsetof (struct options, stale) },
};

/* Options that name a file (never empty).  */
static const struct file_option
{
  int opt;
  const char *name;
  size_t offset; /* of the const char * in struct options */
} file_options[] = {
  { OPT_FILES_FROM, "--files-from", offsetof (struct options, files_from) },
  { OPT_CONFIG, "--config", offsetof (struct options, config_path) },
  { 'o', "--output", offsetof (struct options, output) },
  { OPT_BASELINE, "--baseline", offsetof (struct options, baseline_path) },
  { OPT_WRITE_BASELINE, "--write-baseline",
    offsetof (struct options, write_baseline) },
};

/* Options whose argument is one of a list of keywords.  */
static const struct choice_option
{
  int opt;
  const char *name;
  const char *const *choices;
  size_t offset; /* of the int in struct options */
} choice_options[] = {
  { OPT_FAIL_ON, "--fail-on", fail_on_names,
    offsetof (struct options, fail_on) },
  { OPT_COLOR, "--color", when_names, offsetof (struct options, color) },
  { OPT_EXCERPT, "--excerpt", when_names,
    offsetof (struct options, excerpt) },
  { OPT_SHOW_LINKS, "--show-links", when_names,
    offsetof (struct options, links) },
  { OPT_SCOPE, "--scope", td_scope_filter_names,
    offsetof (struct options, scope) },
};

/* Handles option C with argument ARG through the tables above.  Returns
   -1 when C is none of theirs, else 0 or an exit status.  */
static int
table_option (struct options *o, int c, const char *arg)
{
  for (size_t i = 0; i < ARRAY_SIZE (flag_options); i++)
    if (flag_options[i].opt == c)
      {
        *(bool *) ((char *) o + flag_options[i].offset) = true;
        return 0;
      }
  for (size_t i = 0; i < ARRAY_SIZE (file_options); i++)
    if (file_options[i].opt == c)
      {
        if (*arg == '\0')
          return cmd_bad_argument (COMMAND, file_options[i].name, arg, NULL);
        *(const char **) ((char *) o + file_options[i].offset) = arg;
        return 0;
      }
  for (size_t i = 0; i < ARRAY_SIZE (choice_options); i++)
    if (choice_options[i].opt == c)
      return cmd_choice (COMMAND, choice_options[i].name, arg,
                         choice_options[i].choices,
                         (int *) ((char *) o + choice_options[i].offset));
  return -1;
}

/* The names of the output formats, NULL-terminated (static).  */
static const char *const *
format_names (void)
{
  static const char *names[8];
  size_t n = 0;
  for (const struct td_format *f = td_formats;
       f->name && n + 1 < ARRAY_SIZE (names); f++)
    names[n++] = f->name;
  names[n] = NULL;
  return names;
}

/* The names of the profiles, NULL-terminated (static).  */
static const char *const *
profile_names (void)
{
  static const char *names[16];
  size_t n = 0;
  for (size_t i = 0; i < td_nprofiles && n + 1 < ARRAY_SIZE (names); i++)
    names[n++] = td_profiles[i].name;
  names[n] = NULL;
  return names;
}

/* Parses the options into O.  Returns -1 to go on, or an exit status.  */
static int
parse_options (int argc, char **argv, struct options *o)
{
  int c, status;
  while ((c = getopt_long (argc, argv, "f:hj:o:", longopts, NULL)) != -1)
    {
      if (c == OPT_COLOR && !optarg)
        {
          o->color = WHEN_ALWAYS;
          continue;
        }
      if (c == OPT_SHOW_LINKS && !optarg)
        {
          o->links = WHEN_ALWAYS;
          continue;
        }
      if ((status = table_option (o, c, optarg)) >= 0)
        {
          if (status)
            return status;
          continue;
        }
      switch (c)
        {
        case 'f':
          o->format = td_format_find (optarg);
          if (!o->format)
            return cmd_bad_argument (COMMAND, "--format", optarg,
                                     format_names ());
          break;
        case OPT_SEVERITY:
          if ((status = set_severity (&o->cli, optarg)))
            return status;
          break;
        case OPT_MAX_BYTES:
          if (!parse_size (optarg, &o->max_bytes))
            return cmd_bad_argument (COMMAND, "--max-bytes", optarg, NULL);
          break;
        case OPT_PROFILE:
          o->profile = td_profile_find (optarg);
          if (!o->profile)
            return cmd_bad_argument (COMMAND, "--profile", optarg,
                                     profile_names ());
          break;
        case OPT_PROGRESS:
          o->progress = CLI_PROGRESS_ALWAYS;
          break;
        case OPT_NO_PROGRESS:
          o->progress = CLI_PROGRESS_NEVER;
          break;
        case 'j':
          if (!parse_jobs (optarg, &o->jobs))
            return cmd_bad_argument (COMMAND, "--jobs", optarg, NULL);
          break;
        case OPT_SHARD:
          if (!parse_shard (optarg, &o->shard_k, &o->shard_n))
            return cmd_bad_argument (COMMAND, "--shard", optarg, NULL);
          break;
        case 'h':
          print_help ();
          return TD_EXIT_OK;
        default:
          return cmd_bad_option (COMMAND, argv, longopts);
        }
    }
  return -1;
}

/* Checks the operands and the options that go together.  Returns -1 to
   go on, or an exit status.  */
static int
check_operands (int argc, const struct options *o, char **argv)
{
  int nfiles = argc - optind;
  if (nfiles < 1)
    return cmd_usage_error (COMMAND, "%s", _("missing file operand"));
  if (nfiles > 2)
    return cmd_usage_error (COMMAND, _("extra operand '%s'"),
                            argv[optind + 2]);
  if (o->tree && nfiles != 2)
    return cmd_usage_error (COMMAND, "%s",
                            _("--tree needs two folders: EN_DIR KO_DIR"));
  if (o->dry_run && !o->fix)
    return cmd_usage_error (COMMAND, "%s", _("--dry-run goes with --fix"));
  if (!o->tree && (o->list_missing || o->shard_n || o->files_from))
    return cmd_usage_error (COMMAND, "%s",
                            _("--list-missing, --shard and --files-from go "
                              "with --tree"));
  if (!o->tree && nfiles == 2
      && td_path_same_file (argv[optind], argv[optind + 1]))
    {
      /* TRANSLATORS: %1$s and %2$s are file names (or "standard
         input").  */
      cmd_error (_("the English file '%1$s' and the Korean file '%2$s' are "
                   "the same file; a check needs two different files"),
                 cmd_file_name (argv[optind]),
                 cmd_file_name (argv[optind + 1]));
      return TD_EXIT_TROUBLE;
    }
  return -1;
}

/* What a run of check does besides the checks.  */
struct run
{
  struct td_check_options opts;
  struct td_config cfg;     /* the project configuration, with the
                               profile's defaults */
  bool have_cfg;            /* one was read */
  char *config_path;        /* owned: the file read, or NULL */
  struct td_profile_choice profile;
  struct td_diag_list list;
  int files, pairs;
  bool trouble;   /* something could not be read: exit 2 at the end */
  struct timespec start; /* when the run began (CLOCK_MONOTONIC) */
  struct td_conventions learned; /* owned: what --tree learned */
  struct td_cascade cascade; /* owned: the settings of each page */
  /* --stale or "stale": true: where the English each Korean page was
     translated from is found (opts.stale points here), and the lock file
     it reads (owned).  */
  struct td_status_options stale;
  struct td_lock lock;
  struct td_review review;   /* owned: the pages' blocks, when the format
                                shows them (html) */
};

/* Chooses the profile of R: --profile, the configuration's "profile",
   else detected from the N PATHS (see td_profile_detect).  */
static void
choose_profile (struct run *r, const struct options *o, char **paths,
                size_t n)
{
  memset (&r->profile, 0, sizeof r->profile);
  if (o->profile || r->cfg.profile)
    {
      r->profile.profile = o->profile ? o->profile : r->cfg.profile;
      r->profile.source = o->profile ? TD_PROFILE_OPTION : TD_PROFILE_CONFIG;
    }
  else
    td_profile_detect ((const char *const *) paths, n, o->tree, &r->cfg,
                       &r->profile);
  td_config_apply_profile (&r->cfg, r->profile.profile);
}

/* --stale: finds and reads the lock file (from the Korean folder of the
   N operands PATHS upwards, as `status` does) and points R's options at
   the status engine's settings.  Returns false after reporting.  */
static bool
use_stale (struct run *r, const struct options *o, char **paths, size_t n)
{
  char *ko_dir = o->tree ? xstrdup (paths[n - 1])
                          : td_path_folder (paths[n - 1]);
  char *lock_path = td_lock_find (ko_dir);
  free (ko_dir);
  r->stale.lock = NULL;
  if (lock_path)
    {
      char *error = NULL;
      if (td_lock_load (lock_path, &r->lock, &error) != 0)
        {
          cmd_error ("%s: %s", lock_path, error);
          free (error);
          free (lock_path);
          return false;
        }
      r->stale.lock = &r->lock;
    }
  free (lock_path);
  r->stale.source_key = r->cfg.status_source_key && *r->cfg.status_source_key
                          ? r->cfg.status_source_key : TD_STATUS_SOURCE_KEY;
  r->stale.cfg = NULL;
  r->stale.max_bytes = o->max_bytes;
  r->opts.stale = &r->stale;
  return true;
}

/* Reads the configuration (--config, else the nearest .twindoc.json),
   chooses the profile for the N operands PATHS and sets the severities of
   R: the rule table's, the configuration's, then --severity.  Returns
   false after reporting.  */
static bool
configure (struct run *r, const struct options *o, char **paths, size_t n)
{
  const char *path = o->config_path;
  char *found = NULL;
  td_config_init (&r->cfg);
  if (!path && !o->no_config)
    path = found = td_config_find (".");
  if (path)
    {
      char *error = NULL;
      if (td_config_load (path, &r->cfg, &error) != 0)
        {
          cmd_error ("%s", error);
          free (error);
          free (found);
          return false;
        }
    }
  r->config_path = path ? xstrdup (path) : NULL;
  free (found);
  r->have_cfg = path != NULL;
  choose_profile (r, o, paths, n);
  td_check_options_init (&r->opts);
  r->opts.max_bytes = o->max_bytes;
  r->opts.config = &r->cfg;
  r->opts.scope = o->scope >= 0 ? (enum td_scope_filter) o->scope
                                : r->cfg.scope;
  for (size_t i = 0; i < TD_R__COUNT; i++)
    {
      if (r->cfg.severity_set[i])
        r->opts.severity[i] = r->cfg.severity[i];
      if (o->cli.set[i])
        r->opts.severity[i] = o->cli.sev[i];
      r->opts.severity_set[i] = r->cfg.severity_set[i] || o->cli.set[i];
    }
  if (o->no_learn)
    r->opts.severity[TD_R_CONVENTION] = TD_SEV_OFF;
  if ((o->stale || r->cfg.stale) && !use_stale (r, o, paths, n))
    return false;
  if (o->format->review)
    r->opts.review = &r->review;
  /* Each page: the run's file, then the files of its folders (unless
     --config or --no-config), with their overrides.  */
  td_cascade_init (&r->cascade);
  r->cascade.base = r->have_cfg ? &r->cfg : NULL;
  r->cascade.lookup = !o->config_path && !o->no_config;
  r->cascade.forced = o->profile;
  r->cascade.run_profile = r->profile.profile;
  r->cascade.opts = &r->opts;
  r->cascade.cli_set = o->cli.set;
  r->cascade.cli_scope = o->scope >= 0;
  return true;
}

/* Reports trouble "MESSAGE" and goes on.  */
static void
trouble (struct run *r, const char *message)
{
  cmd_error ("%s", message);
  r->trouble = true;
}

/* --tree.  Returns -1 to go on to the output, or an exit status.  */
static int
run_tree (struct run *r, const struct options *o, char **argv)
{
  struct td_tree_request req = { argv[optind], argv[optind + 1],
                                 r->have_cfg ? &r->cfg : NULL,
                                 o->list_missing, o->shard_k, o->shard_n,
                                 o->files_from,
                                 o->jobs ? o->jobs : online_cpus (),
                                 &r->cascade, NULL, NULL };
  struct cli_progress progress;
  cli_progress_init (&progress, o->progress, stderr);
  if (progress.on)
    {
      req.progress = cli_progress_update;
      req.progress_arg = &progress;
    }
  struct td_tree_run run;
  char *error = NULL;
  int status = td_check_tree (&req, &r->opts, &r->list, &run, &error);
  cli_progress_end (&progress);
  for (size_t i = 0; i < run.nnotes; i++)
    cmd_error ("%s", run.notes[i]);
  for (size_t i = 0; i < run.ntrouble; i++)
    trouble (r, run.trouble[i]);
  for (size_t i = 0; i < run.nmissing; i++)
    printf ("%s\n", run.missing[i]);
  r->files = run.files;
  r->pairs = run.pairs;
  r->learned = run.learned;
  memset (&run.learned, 0, sizeof run.learned);
  td_tree_run_free (&run);
  if (status != 0)
    {
      cmd_error ("%s", error);
      free (error);
      return TD_EXIT_TROUBLE;
    }
  if (o->list_missing)
    return r->trouble ? TD_EXIT_TROUBLE : TD_EXIT_OK;
  return -1;
}

/* One bilingual file or one pair.  Returns -1 to go on to the output, or
   an exit status.  */
static int
run_files (struct run *r, int nfiles, char **argv)
{
  const char *error_path = argv[optind];
  char *error = NULL;
  struct td_page_config pc;
  int status = td_cascade_page (&r->cascade, argv[optind],
                                argv[optind + nfiles - 1], &pc, &error);
  if (status < 0)
    {
      cmd_error ("%s", error);
      free (error);
      return TD_EXIT_TROUBLE;
    }
  const struct td_check_options *opts = td_page_options (&r->cascade, &pc);
  if (nfiles == 1)
    status = td_check_file (argv[optind], opts, &r->list, &error);
  else
    status = td_check_pair (argv[optind], argv[optind + 1], opts,
                            &r->list, &error_path, &error);
  td_page_config_free (&pc);
  if (status < 0)
    {
      cmd_error ("%s: %s", error_path, error ? error : "");
      free (error);
      return TD_EXIT_TROUBLE;
    }
  r->files = nfiles;
  r->pairs = 1;
  return -1;
}

/* --write-baseline=PATH: records the findings and returns the exit
   status.  */
static int
write_baseline (struct run *r, const char *path)
{
  char *text = td_baseline_format (&r->list);
  char *error = NULL;
  int status = TD_EXIT_OK;
  if (td_write_atomic (path, text, strlen (text), &error) != 0)
    {
      cmd_error ("%s: %s", path, error);
      free (error);
      status = TD_EXIT_TROUBLE;
    }
  else
    /* TRANSLATORS: %1$s is "twindoc", %2$zu a number of findings, %3$s a
       file name.  */
    fprintf (stderr, ngettext ("%1$s: %2$zu finding recorded in %3$s\n",
                               "%1$s: %2$zu findings recorded in %3$s\n",
                               r->list.n),
             PROGRAM_NAME, r->list.n, path);
  free (text);
  return r->trouble ? TD_EXIT_TROUBLE : status;
}

/* --baseline=PATH: drops the recorded findings.  False after
   reporting.  */
static bool
apply_baseline (struct run *r, const char *path)
{
  struct td_baseline b;
  char *error = NULL;
  if (td_baseline_load (path, &b, &error) != 0)
    {
      cmd_error ("%s", error);
      free (error);
      return false;
    }
  td_baseline_apply (&b, &r->list);
  td_baseline_free (&b);
  return true;
}

/* --fix: applies the certain fixes (or prints them with --dry-run).  */
static void
apply_fixes (struct run *r, bool dry_run)
{
  struct td_fix_run fx;
  td_fix_files (&r->list, dry_run, &fx);
  fputs (fx.diff, stdout);
  for (size_t i = 0; i < fx.nerrors; i++)
    trouble (r, fx.errors[i]);
  if (fx.fixed)
    /* TRANSLATORS: %1$s is "twindoc", %2$zu a number of fixes.  */
    fprintf (stderr, _("%1$s: %2$zu findings fixed\n"), PROGRAM_NAME,
             fx.fixed);
  td_fix_run_free (&fx);
}

/* The lowest severity that fails the run for --fail-on's keyword INDEX
   (error, warning, note, none).  */
static int
fail_level (int index)
{
  return index == 3 ? FAIL_ON_NONE : TD_SEV_ERROR - index;
}

/* The seconds elapsed since START (CLOCK_MONOTONIC).  */
static double
seconds_since (const struct timespec *start)
{
  struct timespec now;
  if (clock_gettime (CLOCK_MONOTONIC, &now) != 0)
    return 0;
  return (double) (now.tv_sec - start->tv_sec)
         + (double) (now.tv_nsec - start->tv_nsec) / 1e9;
}

/* True when TWINDOC_HIDE_TIME is set and not empty: the summary leaves
   out the time, so that the tests' and the guide's expected output does
   not depend on the machine.  */
static bool
hide_time (void)
{
  const char *env = getenv ("TWINDOC_HIDE_TIME");
  return env && *env;
}

/* With a format that shows the blocks: sorts the pages and marks the
   stale blocks of each pair whose status (status.h) is known.  */
static void
prepare_review (struct run *r, const struct options *o)
{
  if (!o->format->review)
    return;
  td_review_sort (&r->review);
  /* The English a page was translated from comes from git (status.h);
     outside a work tree, asking for each page would cost some git runs
     per page for nothing.  */
  if (r->review.n == 0)
    return;
  char *folder = td_path_folder (r->review.pages[0].ko_path);
  char *top = td_git_toplevel (folder);
  free (folder);
  if (!top)
    return;
  free (top);
  const char *key = (r->cfg.status_source_key && *r->cfg.status_source_key
                     ? r->cfg.status_source_key : TD_STATUS_SOURCE_KEY);
  struct td_status_options so = { key, NULL, &r->cfg, o->max_bytes };
  for (size_t i = 0; i < r->review.n; i++)
    {
      struct td_review_page *pg = &r->review.pages[i];
      struct td_status_page st;
      const char *error_path = NULL;
      char *error = NULL;
      if (strcmp (pg->en_path, pg->ko_path) == 0)
        continue; /* a bilingual file has no separate English history */
      if (td_status_page (pg->en_path, pg->ko_path, &so, &st, &error_path,
                          &error) != 0)
        {
          free (error); /* the check itself read both files */
          continue;
        }
      if (st.state == TD_STALE_OUTDATED || st.state == TD_STALE_UP_TO_DATE)
        td_review_mark_stale (pg, &st.stale);
      td_status_page_free (&st);
    }
}

/* Writes the output with FORMAT to PATH atomically (with -o): in memory
   first.  Returns 0, or -1 after reporting.  */
static int
write_output (const char *path, const struct td_format *format,
              const struct td_diag_list *list,
              const struct td_fmt_options *fopts)
{
  char *data = NULL;
  size_t len = 0;
  char *error = NULL;
  FILE *mem = open_memstream (&data, &len);
  if (!mem)
    return cmd_write_error (errno), -1;
  int status = format->write (mem, list, fopts);
  if (fclose (mem) != 0 || status != 0)
    {
      free (data);
      cmd_write_error (errno);
      return -1;
    }
  if (td_write_atomic (path, data, len, &error) != 0)
    {
      cmd_error ("%s: %s", path, error);
      free (error);
      free (data);
      return -1;
    }
  free (data);
  return 0;
}

/* Prints the findings; returns the exit status.  */
static int
report (struct run *r, const struct options *o)
{
  struct td_fmt_options fopts = { false, false, true, 0, 1, 0, true, false,
                                  NULL, false };
  int status = TD_EXIT_OK;
  fopts.color = want_color ((enum when) o->color);
  fopts.excerpt = (o->excerpt == WHEN_ALWAYS
                   || (o->excerpt == WHEN_AUTO && isatty (STDOUT_FILENO)));
  fopts.summary = true;
  fopts.files = r->files;
  fopts.pairs = r->pairs;
  fopts.seconds = seconds_since (&r->start);
  fopts.show_time = !hide_time ();
  fopts.statistics = o->statistics;
  fopts.links = (o->links == WHEN_ALWAYS
                 || (o->links == WHEN_AUTO && isatty (STDOUT_FILENO)));
  prepare_review (r, o);
  fopts.review = o->format->review ? &r->review : NULL;
  if (o->output)
    {
      if (write_output (o->output, o->format, &r->list, &fopts) != 0)
        status = TD_EXIT_TROUBLE;
    }
  else if (o->format->write (stdout, &r->list, &fopts) != 0)
    status = cmd_write_error (errno);
  if (status == TD_EXIT_OK)
    for (size_t i = 0; i < r->list.n; i++)
      if ((int) r->list.items[i].severity >= fail_level (o->fail_on))
        {
          status = TD_EXIT_FINDINGS;
          break;
        }
  if (r->trouble && status != TD_EXIT_TROUBLE)
    status = TD_EXIT_TROUBLE;
  return status;
}

/* Everything after the options: check, then baseline, fixes, output.  */
static int
run (struct run *r, const struct options *o, int argc, char **argv)
{
  int status = o->tree ? run_tree (r, o, argv)
                       : run_files (r, argc - optind, argv);
  if (status >= 0)
    return status;
  td_diag_list_sort (&r->list);
  if (o->write_baseline)
    return write_baseline (r, o->write_baseline);
  if (o->baseline_path && !apply_baseline (r, o->baseline_path))
    return TD_EXIT_TROUBLE;
  if (o->fix)
    apply_fixes (r, o->dry_run);
  if (o->fix && o->dry_run) /* the diff is the output */
    return r->trouble ? TD_EXIT_TROUBLE : TD_EXIT_OK;
  return report (r, o);
}

int
cmd_check (int argc, char **argv)
{
  struct options o;
  struct run r;
  memset (&o, 0, sizeof o);
  memset (&r, 0, sizeof r);
  if (clock_gettime (CLOCK_MONOTONIC, &r.start) != 0)
    memset (&r.start, 0, sizeof r.start);
  o.format = td_format_find ("text");
  o.fail_on = 0;
  o.color = o.excerpt = o.links = WHEN_AUTO;
  o.scope = -1;
  int status = parse_options (argc, argv, &o);
  if (status < 0)
    status = check_operands (argc, &o, argv);
  if (status >= 0)
    return status;
  if (!configure (&r, &o, argv + optind, (size_t) (argc - optind)))
    {
      td_lock_free (&r.lock);
      td_config_free (&r.cfg);
      free (r.config_path);
      return TD_EXIT_TROUBLE;
    }
  td_diag_list_init (&r.list);
  td_review_init (&r.review);
  if (o.print_config)
    {
      /* With --tree, what the pages teach is part of the settings.  */
      status = o.tree ? run_tree (&r, &o, argv) : -1;
      if (status < 0)
        status = cmd_print_config (&r.cfg, r.opts.severity, &r.profile,
                                   r.config_path,
                                   o.tree ? &r.learned : NULL);
      if (r.trouble && status == TD_EXIT_OK)
        status = TD_EXIT_TROUBLE;
    }
  else
    status = run (&r, &o, argc, argv);
  for (size_t i = 0; i < r.cascade.nwarnings; i++)
    cmd_error ("%s", r.cascade.warnings[i]);
  td_cascade_free (&r.cascade);
  td_diag_list_free (&r.list);
  td_review_free (&r.review);
  td_conventions_free (&r.learned);
  td_profile_choice_free (&r.profile);
  free (r.config_path);
  td_lock_free (&r.lock);
  td_config_free (&r.cfg);
  return status;
}
