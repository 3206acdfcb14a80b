/* cmd_check.c: the `twindoc check` command: options, one bilingual file
   or an English/Korean pair, findings to stdout, and the exit status.  */
#include <config.h>
#include "system.h"

#include <getopt.h>
#include <limits.h>
#include <unistd.h>

#include "atomic.h"
#include "buf.h"
#include "baseline.h"
#include "check.h"
#include "commands.h"
#include "config_file.h"
#include "diag.h"
#include "fix.h"
#include "fmt.h"
#include "rules.h"
#include "source.h"
#include "tree.h"
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
  OPT_DRY_RUN
};

static const struct option longopts[] = {
  { "format", required_argument, NULL, 'f' },
  { "fail-on", required_argument, NULL, OPT_FAIL_ON },
  { "color", optional_argument, NULL, OPT_COLOR },
  { "excerpt", required_argument, NULL, OPT_EXCERPT },
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
  fputs (_("      --config=FILE      read the configuration from FILE instead of\n"
           "                           the nearest .twindoc.json\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --no-config        ignore .twindoc.json files\n"), stdout);
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

/* Reports ARG as an invalid argument of OPTION (see cmd_bad_argument).  */
static int
bad_argument (const char *option, const char *arg,
              const char *const *choices)
{
  return cmd_bad_argument (COMMAND, option, arg, choices);
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

/* Reads all of FILE into a new buffer (*LEN bytes).  Returns NULL with
   errno set on failure.  */
static char *
slurp (const char *file, size_t *len)
{
  FILE *f = fopen (file, "rb");
  if (f == NULL)
    return NULL;
  struct td_buf b = TD_BUF_INIT;
  char chunk[65536];
  size_t n;
  while ((n = fread (chunk, 1, sizeof chunk, f)) > 0)
    td_buf_put (&b, chunk, n);
  int err = ferror (f) ? errno : 0;
  fclose (f);
  if (err)
    {
      td_buf_free (&b);
      errno = err;
      return NULL;
    }
  *len = b.len;
  return td_buf_detach (&b);
}

/* --fix: applies the certain fixes of LIST to their files (or prints them
   as a diff when DRY_RUN), then drops the fixed findings from LIST.
   Returns false if a file could not be read or written.  */
static bool
apply_fixes (struct td_diag_list *list, bool dry_run)
{
  bool ok = true;
  bool *applied = xcalloc (list->n + 1, sizeof *applied);
  for (size_t f = 0; f < list->nfiles; f++)
    {
      const char *file = list->files[f];
      bool any = false;
      for (size_t i = 0; i < list->n && !any; i++)
        any = list->items[i].fix_new && list->items[i].loc.file
              && STREQ (list->items[i].loc.file, file);
      if (!any)
        continue;
      size_t len, new_len;
      char *data = slurp (file, &len);
      if (data == NULL)
        {
          cmd_error ("%s: %s", file, strerror (errno));
          ok = false;
          continue;
        }
      bool *mine = xcalloc (list->n + 1, sizeof *mine);
      char *fixed = td_fix_apply (list, file, data, len, &new_len, mine);
      if (fixed)
        {
          char *error = NULL;
          if (dry_run)
            {
              char *diff = td_fix_diff (file, data, len, fixed, new_len);
              fputs (diff, stdout);
              free (diff);
            }
          else if (td_write_atomic (file, fixed, new_len, &error) != 0)
            {
              cmd_error ("%s: %s", file, error);
              free (error);
              ok = false;
              memset (mine, 0, (list->n + 1) * sizeof *mine);
            }
          for (size_t i = 0; i < list->n; i++)
            applied[i] = applied[i] || mine[i];
          free (fixed);
        }
      free (mine);
      free (data);
    }
  if (!dry_run)
    {
      size_t w = 0, fixed = 0;
      for (size_t i = 0; i < list->n; i++)
        if (applied[i])
          {
            list->counts[list->items[i].severity]--;
            td_diag_release (&list->items[i]);
            fixed++;
          }
        else
          list->items[w++] = list->items[i];
      list->n = w;
      if (fixed)
        /* TRANSLATORS: %1$s is "twindoc", %2$zu a number of fixes.  */
        fprintf (stderr, _("%1$s: %2$zu findings fixed\n"), PROGRAM_NAME,
                 fixed);
    }
  free (applied);
  return ok;
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

/* What a run of check does besides the checks.  */
struct run
{
  struct td_check_options opts;
  struct td_diag_list list;
  int files, pairs;
  bool trouble;   /* something could not be read: exit 2 at the end */
};

/* Reports trouble "PATH: REASON" and goes on.  */
static void
trouble (struct run *r, const char *path, const char *reason)
{
  if (path)
    cmd_error ("%s: %s", path, reason);
  else
    cmd_error ("%s", reason);
  r->trouble = true;
}

/* Reads the paths of --files-from=FILE as relative page paths of the
   trees EN_ROOT and KO_ROOT.  Returns a NULL-terminated list, or NULL
   with the trouble reported.  */
static char **
read_files_from (struct run *r, const char *file, const char *en_root,
                 const char *ko_root)
{
  char *why = NULL;
  struct td_source *src = td_source_read (file, 0, &why);
  if (src == NULL)
    {
      trouble (r, STREQ (file, "-") ? _("standard input") : file, why);
      free (why);
      return NULL;
    }
  char **v = xmalloc ((src->nlines + 1) * sizeof *v);
  size_t n = 0;
  const char *roots[2] = { en_root, ko_root };
  for (int ln = 1; ln <= (int) src->nlines; ln++)
    {
      size_t len;
      const char *line = td_source_line (src, ln, &len);
      while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\t'))
        len--;
      if (len == 0)
        continue;
      char *path = xstrndup (line, len);
      const char *rel = path;
      while (rel[0] == '.' && rel[1] == '/')
        rel += 2;
      for (int k = 0; k < 2; k++)
        {
          const char *root = roots[k];
          while (root[0] == '.' && root[1] == '/')
            root += 2;
          size_t rl = strlen (root);
          while (rl > 0 && root[rl - 1] == '/')
            rl--;
          if (rl > 0 && strncmp (rel, root, rl) == 0 && rel[rl] == '/')
            {
              rel += rl + 1;
              break;
            }
        }
      v[n++] = xstrdup (rel);
      free (path);
    }
  v[n] = NULL;
  td_source_free (src);
  return v;
}

static bool
listed (char **v, const char *rel)
{
  for (; *v; v++)
    if (STREQ (*v, rel))
      return true;
  return false;
}

/* Checks the two trees.  Returns 0, or a status to exit with at once. */
static int
check_tree (struct run *r, const char *en_root, const char *ko_root,
            const struct td_config *cfg, bool list_missing,
            unsigned long shard_k, unsigned long shard_n,
            const char *files_from)
{
  struct td_tree tree;
  char *error = NULL;
  if (td_tree_scan (en_root, ko_root, cfg, &tree, &error) != 0)
    {
      cmd_error ("%s", error);
      free (error);
      return TD_EXIT_TROUBLE;
    }
  for (size_t i = 0; i < tree.nnotes; i++)
    cmd_error ("%s", tree.notes[i]);
  for (size_t i = 0; i < tree.ntrouble; i++)
    trouble (r, NULL, tree.trouble[i]);
  char **only = NULL;
  if (files_from)
    {
      only = read_files_from (r, files_from, en_root, ko_root);
      if (only == NULL)
        {
          td_tree_free (&tree);
          return TD_EXIT_TROUBLE;
        }
    }
  size_t index = 0;
  for (size_t i = 0; i < tree.n; i++)
    {
      const struct td_page *pg = &tree.pages[i];
      if (only && !listed (only, pg->rel))
        continue;
      if (shard_n > 0 && index++ % shard_n != shard_k - 1)
        continue;
      char *en = td_tree_join (en_root, pg->rel);
      char *ko = td_tree_join (ko_root, pg->rel);
      if (list_missing)
        {
          if (pg->en && !pg->ko)
            printf ("%s\n", pg->rel);
        }
      else if (pg->en && pg->ko)
        {
          const char *error_path = NULL;
          char *why = NULL;
          r->files += 2;
          r->pairs++;
          if (td_check_pair (en, ko, &r->opts, &r->list, &error_path, &why)
              != 0)
            {
              trouble (r, error_path, why);
              free (why);
            }
        }
      else
        {
          r->files++;
          td_check_unpaired_page (en, ko, pg->ko, &r->opts, &r->list);
        }
      free (en);
      free (ko);
    }
  if (only)
    {
      for (char **p = only; *p; p++)
        free (*p);
      free (only);
    }
  td_tree_free (&tree);
  return 0;
}

int
cmd_check (int argc, char **argv)
{
  struct run r;
  struct cli_severity cli;
  struct td_config cfg;
  struct td_fmt_options fopts = { false, false, true, 0, 1 };
  const struct td_format *format = td_format_find ("text");
  enum when color = WHEN_AUTO, excerpt = WHEN_AUTO;
  int fail_on = TD_SEV_ERROR;
  int c, status, nfiles;
  bool tree = false, list_missing = false, no_config = false;
  unsigned long shard_k = 0, shard_n = 0;
  const char *files_from = NULL, *config_path = NULL;
  const char *baseline_path = NULL, *write_baseline = NULL;
  bool fix = false, dry_run = false;
  size_t max_bytes = 0;
  size_t i;

  memset (&r, 0, sizeof r);
  memset (&cli, 0, sizeof cli);
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
        status = set_severity (&cli, optarg);
        if (status)
          return status;
        break;
      case OPT_MAX_BYTES:
        if (!parse_size (optarg, &max_bytes))
          return bad_argument ("--max-bytes", optarg, NULL);
        break;
      case OPT_TREE:
        tree = true;
        break;
      case OPT_LIST_MISSING:
        list_missing = true;
        break;
      case OPT_SHARD:
        if (!parse_shard (optarg, &shard_k, &shard_n))
          return bad_argument ("--shard", optarg, NULL);
        break;
      case OPT_FILES_FROM:
        if (*optarg == '\0')
          return bad_argument ("--files-from", optarg, NULL);
        files_from = optarg;
        break;
      case OPT_CONFIG:
        if (*optarg == '\0')
          return bad_argument ("--config", optarg, NULL);
        config_path = optarg;
        break;
      case OPT_NO_CONFIG:
        no_config = true;
        break;
      case OPT_BASELINE:
        if (*optarg == '\0')
          return bad_argument ("--baseline", optarg, NULL);
        baseline_path = optarg;
        break;
      case OPT_WRITE_BASELINE:
        if (*optarg == '\0')
          return bad_argument ("--write-baseline", optarg, NULL);
        write_baseline = optarg;
        break;
      case OPT_FIX:
        fix = true;
        break;
      case OPT_DRY_RUN:
        dry_run = true;
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
  if (tree && nfiles != 2)
    return cmd_usage_error (COMMAND, "%s",
                            _("--tree needs two folders: EN_DIR KO_DIR"));
  if (dry_run && !fix)
    return cmd_usage_error (COMMAND, "%s", _("--dry-run goes with --fix"));
  if (!tree && (list_missing || shard_n || files_from))
    return cmd_usage_error (COMMAND, "%s",
                            _("--list-missing, --shard and --files-from go "
                              "with --tree"));

  /* The configuration: --config, else the nearest .twindoc.json.  */
  td_config_init (&cfg);
  {
    char *found = NULL;
    if (!config_path && !no_config)
      config_path = found = td_config_find (".");
    if (config_path)
      {
        char *error = NULL;
        if (td_config_load (config_path, &cfg, &error) != 0)
          {
            cmd_error ("%s", error);
            free (error);
            free (found);
            return TD_EXIT_TROUBLE;
          }
      }
    free (found);
  }
  td_check_options_init (&r.opts);
  r.opts.max_bytes = max_bytes;
  r.opts.config = config_path ? &cfg : NULL;
  for (i = 0; i < TD_R__COUNT; i++)
    {
      if (cfg.severity_set[i])
        r.opts.severity[i] = cfg.severity[i];
      if (cli.set[i])
        r.opts.severity[i] = cli.sev[i];
    }

  td_diag_list_init (&r.list);
  if (tree)
    {
      status = check_tree (&r, argv[optind], argv[optind + 1],
                           config_path ? &cfg : NULL, list_missing, shard_k,
                           shard_n, files_from);
      if (status != 0 || list_missing)
        {
          td_diag_list_free (&r.list);
          td_config_free (&cfg);
          return status != 0 ? status
                 : r.trouble ? TD_EXIT_TROUBLE : TD_EXIT_OK;
        }
    }
  else
    {
      const char *error_path = argv[optind];
      char *error = NULL;
      if (nfiles == 1)
        status = td_check_file (argv[optind], &r.opts, &r.list, &error);
      else
        status = td_check_pair (argv[optind], argv[optind + 1], &r.opts,
                                &r.list, &error_path, &error);
      if (status < 0)
        {
          cmd_error ("%s: %s", error_path, error ? error : "");
          free (error);
          td_diag_list_free (&r.list);
          td_config_free (&cfg);
          return TD_EXIT_TROUBLE;
        }
      r.files = nfiles;
      r.pairs = 1;
    }

  td_diag_list_sort (&r.list);
  if (write_baseline)
    {
      char *text = td_baseline_format (&r.list);
      char *error = NULL;
      status = TD_EXIT_OK;
      if (td_write_atomic (write_baseline, text, strlen (text), &error) != 0)
        {
          cmd_error ("%s: %s", write_baseline, error);
          free (error);
          status = TD_EXIT_TROUBLE;
        }
      else
        /* TRANSLATORS: %1$s is "twindoc", %2$zu a number of findings, %3$s a
           file name.  */
        fprintf (stderr, ngettext ("%1$s: %2$zu finding recorded in %3$s\n",
                                   "%1$s: %2$zu findings recorded in %3$s\n",
                                   r.list.n),
                 PROGRAM_NAME, r.list.n, write_baseline);
      free (text);
      td_diag_list_free (&r.list);
      td_config_free (&cfg);
      return r.trouble ? TD_EXIT_TROUBLE : status;
    }
  if (baseline_path)
    {
      struct td_baseline b;
      char *error = NULL;
      if (td_baseline_load (baseline_path, &b, &error) != 0)
        {
          cmd_error ("%s", error);
          free (error);
          td_diag_list_free (&r.list);
          td_config_free (&cfg);
          return TD_EXIT_TROUBLE;
        }
      td_baseline_apply (&b, &r.list);
      td_baseline_free (&b);
    }

  if (fix && !apply_fixes (&r.list, dry_run))
    r.trouble = true;
  if (fix && dry_run)
    {
      /* The diff is the output.  */
      td_diag_list_free (&r.list);
      td_config_free (&cfg);
      return r.trouble ? TD_EXIT_TROUBLE : TD_EXIT_OK;
    }
  fopts.color = want_color (color);
  fopts.excerpt = (excerpt == WHEN_ALWAYS
                   || (excerpt == WHEN_AUTO && isatty (STDOUT_FILENO)));
  fopts.summary = true;
  fopts.files = r.files;
  fopts.pairs = r.pairs;
  status = TD_EXIT_OK;
  if (format->write (stdout, &r.list, &fopts) != 0)
    status = cmd_write_error (errno);
  else
    for (i = 0; i < r.list.n; i++)
      if ((int) r.list.items[i].severity >= fail_on)
        {
          status = TD_EXIT_FINDINGS;
          break;
        }
  td_diag_list_free (&r.list);
  td_config_free (&cfg);
  if (r.trouble && status != TD_EXIT_TROUBLE)
    status = TD_EXIT_TROUBLE;
  return status;
}
