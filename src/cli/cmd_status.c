/* cmd_status.c: `twindoc status`: which Korean pages went stale since
   they were translated, block by block, and `status --update`, which
   records that they were brought up to date.  The engine is
   rules/status.h; this file reads the options, finds the lock file,
   walks the tree and prints.  */
#include <config.h>
#include "util/system.h"

#include <errno.h>
#include <getopt.h>
#include <sys/stat.h>

#include "cli/commands.h"
#include "format/fmt.h"
#include "rules/config_file.h"
#include "rules/lock.h"
#include "rules/status.h"
#include "rules/tree.h"
#include "util/git.h"
#include "util/path.h"
#include "util/xalloc.h"

static void
print_status_help (void)
{
  /* TRANSLATORS: --help output, no-wrap.  %1$s is "twindoc".  */
  printf (_("Usage: %1$s status [OPTION]... EN_FILE KO_FILE\n"
            "  or:  %1$s status --tree [OPTION]... EN_DIR KO_DIR\n"),
          PROGRAM_NAME);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Show what changed in the English since each Korean page was\n"
           "translated: the Korean blocks to update, with a word diff of the\n"
           "English change, the new English blocks and where they go, and the\n"
           "removed ones.  The English a page was translated from is named\n"
           "by a front matter key of the Korean page, by twindoc.lock, or\n"
           "found in git history.\n"),
         stdout);
  putchar ('\n');
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Options:\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -f, --format=FORMAT   text (default), json or markdown\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --source-key=KEY  the front matter key naming the English\n"
           "                        commit (default: l10n.sourceCommit)\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --tree            EN_DIR and KO_DIR are folders\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --update          first record that the Korean pages are up\n"
           "                        to date with the English as it is now\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -h, --help            display this help and exit\n"), stdout);
  putchar ('\n');
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Exit status is 0 when every page is up to date (or unknown), 1\n"
           "when a page is outdated or missing, and 2 if there was trouble.\n"),
         stdout);
}

enum
{
  OPT_TREE = 256,
  OPT_UPDATE,
  OPT_SOURCE_KEY
};

static const char *const status_formats[] = { "text", "json", "markdown",
                                              NULL };

/* The pages of a run: owned paths, as pairs.  */
struct pages
{
  char **en, **ko;
  size_t n, alloc;
};

static void
add_page (struct pages *ps, char *en, char *ko)
{
  size_t a = ps->alloc;
  ps->en = xgrow (ps->en, &a, ps->n + 1, sizeof *ps->en);
  ps->ko = xgrow (ps->ko, &ps->alloc, ps->n + 1, sizeof *ps->ko);
  ps->en[ps->n] = en;
  ps->ko[ps->n++] = ko;
}

static void
free_pages (struct pages *ps)
{
  for (size_t i = 0; i < ps->n; i++)
    {
      free (ps->en[i]);
      free (ps->ko[i]);
    }
  free (ps->en);
  free (ps->ko);
}

int
cmd_status (int argc, char **argv)
{
  static const struct option longopts[] = {
    { "format", required_argument, NULL, 'f' },
    { "tree", no_argument, NULL, OPT_TREE },
    { "update", no_argument, NULL, OPT_UPDATE },
    { "source-key", required_argument, NULL, OPT_SOURCE_KEY },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 }
  };
  bool tree = false, update = false, source_key_given = false;
  int format = 0, c;
  const char *source_key = TD_STATUS_SOURCE_KEY;

  while ((c = getopt_long (argc, argv, "f:h", longopts, NULL)) != -1)
    switch (c)
      {
      case 'f':
        if (cmd_choice ("status", "--format", optarg, status_formats, &format)
            != 0)
          return TD_EXIT_TROUBLE;
        break;
      case OPT_TREE:
        tree = true;
        break;
      case OPT_UPDATE:
        update = true;
        break;
      case OPT_SOURCE_KEY:
        if (*optarg == '\0')
          return cmd_bad_argument ("status", "--source-key", optarg, NULL);
        source_key = optarg;
        source_key_given = true;
        break;
      case 'h':
        print_status_help ();
        return TD_EXIT_OK;
      default:
        cmd_try_help ("status");
        return TD_EXIT_TROUBLE;
      }
  int nfiles = argc - optind;
  if (tree && nfiles != 2)
    return cmd_usage_error ("status", "%s",
                            _("--tree needs two folders: EN_DIR KO_DIR"));
  if (nfiles < 2)
    return cmd_usage_error ("status", "%s", _("missing file operand"));
  if (nfiles > 2)
    return cmd_usage_error ("status", _("extra operand '%s'"),
                            argv[optind + 2]);
  const char *en_arg = argv[optind], *ko_arg = argv[optind + 1];

  /* Owned here: the configuration, the lock file, the pages.  */
  struct td_config cfg;
  td_config_init (&cfg);
  char *cfg_path = td_config_find (".");
  if (cfg_path)
    {
      char *error = NULL;
      if (td_config_load (cfg_path, &cfg, &error) != 0)
        {
          cmd_error ("%s", error);
          free (error);
          free (cfg_path);
          td_config_free (&cfg);
          return TD_EXIT_TROUBLE;
        }
    }
  free (cfg_path);

  int status = TD_EXIT_OK;
  struct pages ps = { 0 };
  if (tree)
    {
      struct td_tree t;
      char *error = NULL;
      if (td_tree_roots_apart (en_arg, ko_arg, &error) != 0
          || td_tree_scan (en_arg, ko_arg, &cfg, &t, &error) != 0)
        {
          cmd_error ("%s", error);
          free (error);
          td_config_free (&cfg);
          return TD_EXIT_TROUBLE;
        }
      for (size_t i = 0; i < t.ntrouble; i++)
        {
          cmd_error ("%s", t.trouble[i]);
          status = TD_EXIT_TROUBLE;
        }
      for (size_t i = 0; i < t.n; i++)
        if (t.pages[i].en)
          add_page (&ps, td_tree_join (en_arg, t.pages[i].rel),
                    td_tree_join (ko_arg, t.pages[i].rel));
      td_tree_free (&t);
    }
  else
    add_page (&ps, xstrdup (en_arg), xstrdup (ko_arg));

  /* The lock file: found from the Korean folder upwards; for --update
     without one, made at the top of the git work tree, or in the Korean
     folder.  */
  char *ko_dir = tree ? xstrdup (ko_arg) : td_path_folder (ko_arg);
  char *lock_path = td_lock_find (ko_dir);
  if (!lock_path && update)
    {
      char *top = td_git_toplevel (ko_dir);
      lock_path = xasprintf ("%s/%s", top ? top : ko_dir, TD_LOCK_NAME);
      free (top);
    }
  free (ko_dir);
  struct td_lock lock;
  memset (&lock, 0, sizeof lock);
  bool lock_ok = false;
  if (lock_path)
    {
      char *error = NULL;
      if (td_lock_load (lock_path, &lock, &error) != 0)
        {
          cmd_error ("%s: %s", lock_path, error);
          free (error);
          free (lock_path);
          td_lock_free (&lock);
          free_pages (&ps);
          td_config_free (&cfg);
          return TD_EXIT_TROUBLE;
        }
      lock_ok = true;
    }
  free (lock_path);

  if (!source_key_given && cfg.status_source_key
      && *cfg.status_source_key)
    source_key = cfg.status_source_key;
  struct td_status_options o = { source_key, NULL, &cfg, 0 };
  if (update)
    {
      bool lock_changed = false;
      for (size_t i = 0; i < ps.n; i++)
        {
          const char *error_path = NULL;
          char *error = NULL;
          bool in_lock;
          struct stat st;
          if (stat (ps.ko[i], &st) != 0)
            continue;
          if (td_status_update (ps.en[i], ps.ko[i], &o, &lock, &in_lock,
                                &error_path, &error) != 0)
            {
              cmd_error ("%s: %s", error_path, error);
              free (error);
              status = TD_EXIT_TROUBLE;
            }
          else if (in_lock)
            lock_changed = true;
        }
      if (lock_changed)
        {
          char *error = NULL;
          if (td_lock_save (&lock, &error) != 0)
            {
              cmd_error ("%s: %s", lock.path, error);
              free (error);
              status = TD_EXIT_TROUBLE;
            }
        }
    }
  o.lock = lock_ok ? &lock : NULL;

  /* Owned here: the statuses.  */
  struct td_status_page *res = xcalloc (ps.n ? ps.n : 1, sizeof *res);
  size_t nres = 0;
  bool stale = false;
  for (size_t i = 0; i < ps.n; i++)
    {
      const char *error_path = NULL;
      char *error = NULL;
      if (td_status_page (ps.en[i], ps.ko[i], &o, &res[nres], &error_path,
                          &error) != 0)
        {
          cmd_error ("%s: %s", error_path, error);
          free (error);
          td_status_page_free (&res[nres]);
          status = TD_EXIT_TROUBLE;
          continue;
        }
      if (res[nres].state == TD_STALE_OUTDATED
          || res[nres].state == TD_STALE_MISSING)
        stale = true;
      nres++;
    }
  int (*write) (FILE *, const struct td_status_page *, size_t, bool)
    = format == 1   ? td_fmt_status_json
      : format == 2 ? td_fmt_status_markdown
                    : td_fmt_status_text;
  if (write (stdout, res, nres, tree) != 0)
    status = cmd_write_error (errno);
  else if (status == TD_EXIT_OK && stale)
    status = TD_EXIT_FINDINGS;

  for (size_t i = 0; i < nres; i++)
    td_status_page_free (&res[i]);
  free (res);
  td_lock_free (&lock);
  free_pages (&ps);
  td_config_free (&cfg);
  return status;
}
