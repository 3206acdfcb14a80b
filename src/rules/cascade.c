/* cascade.c: the configuration of each page: the run's file, the files
   found upward from the page's folder and the overrides that match it.  */
#include <config.h>
#include "util/system.h"
#include "rules/cascade.h"

#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/xalloc.h"

#define CONFIG_NAME ".twindoc.json"

/* The most run-wide keys a file can have (td_config_run_keys).  */
#define MAX_RUN_KEYS 8

void
td_cascade_init (struct td_cascade *c)
{
  memset (c, 0, sizeof *c);
}

/* The resolved folder of the file PATH (new), or NULL.  */
static char *
folder_of (const char *path)
{
  const char *slash = strrchr (path, '/');
  char *dir = slash ? xstrndup (path, slash == path ? 1
                                                    : (size_t) (slash - path))
                    : xstrdup (".");
  char *real = realpath (dir, NULL);
  free (dir);
  return real;
}

/* PATH relative to the resolved folder DIR (new), or NULL when PATH is
   not inside DIR.  */
static char *
relative_to (const char *dir, const char *path)
{
  if (!dir || !path)
    return NULL;
  char *folder = folder_of (path);
  if (!folder)
    return NULL;
  const char *slash = strrchr (path, '/');
  const char *base = slash ? slash + 1 : path;
  size_t n = strlen (dir);
  char *rel = NULL;
  if (STREQ (dir, "/"))
    n = 0;
  if (strncmp (folder, dir, n) == 0
      && (folder[n] == '\0' || folder[n] == '/'))
    rel = folder[n] ? xasprintf ("%s/%s", folder + n + 1, base)
                    : xstrdup (base);
  free (folder);
  return rel;
}

/* The folder file at PATH, read once.  Returns it (owned by C), or NULL
   with *ERROR.  */
static const struct td_config *
load (struct td_cascade *c, const char *path, char **error)
{
  for (size_t i = 0; i < c->nfiles; i++)
    if (STREQ (c->files[i]->path, path))
      return c->files[i];
  struct td_config *cfg = xmalloc (sizeof *cfg);
  if (td_config_load (path, cfg, error) != 0)
    {
      free (cfg);
      return NULL;
    }
  const char *names[MAX_RUN_KEYS];
  size_t n = td_config_run_keys (cfg, names, MAX_RUN_KEYS);
  for (size_t i = 0; i < n; i++)
    {
      c->warnings = xgrow (c->warnings, &c->warnings_alloc, c->nwarnings + 1,
                           sizeof *c->warnings);
      /* TRANSLATORS: %1$s is a .twindoc.json file, %2$s a key of it
         ("include").  */
      c->warnings[c->nwarnings++]
        = xasprintf (_("%1$s: warning: '%2$s' applies to a whole run and "
                       "is ignored in the configuration of a page's folder; "
                       "set it in the run's configuration (the nearest "
                       ".twindoc.json of the current folder, or --config)"),
                     path, names[i]);
    }
  c->files = xgrow (c->files, &c->files_alloc, c->nfiles + 1,
                    sizeof *c->files);
  c->files[c->nfiles++] = cfg;
  return cfg;
}

/* True when PATH names a regular file.  */
static bool
is_file (const char *path)
{
  struct stat st;
  return stat (path, &st) == 0 && S_ISREG (st.st_mode);
}

/* Stores in *CHAIN (new, *N entries) the files of the folders of the
   page at KO_PATH, nearest first, up to one with "root": true (then
   *STOPPED is true) or the top of the file system; the run's file stands
   for itself in it.  Returns 0 or -1 with *ERROR.  */
static int
find_chain (struct td_cascade *c, const char *ko_path,
            const struct td_config ***chain, size_t *n, bool *stopped,
            char **error)
{
  char *d = folder_of (ko_path);
  size_t alloc = 0;
  *chain = NULL;
  *n = 0;
  *stopped = false;
  while (d)
    {
      if (c->base && c->base->dir && STREQ (c->base->dir, d))
        {
          *chain = xgrow (*chain, &alloc, *n + 1, sizeof **chain);
          (*chain)[(*n)++] = c->base;
          if (c->base->root)
            {
              *stopped = true;
              break;
            }
          goto up;
        }
      char *file = xasprintf ("%s%s%s", d, STREQ (d, "/") ? "" : "/",
                              CONFIG_NAME);
      if (is_file (file))
        {
          const struct td_config *cfg = load (c, file, error);
          free (file);
          if (!cfg)
            {
              free (d);
              return -1;
            }
          *chain = xgrow (*chain, &alloc, *n + 1, sizeof **chain);
          (*chain)[(*n)++] = cfg;
          if (cfg->root)
            {
              *stopped = true;
              break;
            }
        }
      else
        free (file);
    up:;
      char *slash = strrchr (d, '/');
      if (!slash || STREQ (d, "/"))
        break;
      if (slash == d)
        slash[1] = '\0';
      else
        *slash = '\0';
    }
  free (d);
  return 0;
}

/* True when an override of CFG matches the page.  */
static bool
has_overrides (const struct td_config *cfg)
{
  return cfg && cfg->noverrides > 0;
}

/* Applies CFG to DST for the page EN_PATH / KO_PATH.  */
static void
apply (struct td_config *dst, const struct td_config *cfg,
       const char *en_path, const char *ko_path)
{
  char *rel[2] = { relative_to (cfg->dir, en_path),
                   relative_to (cfg->dir, ko_path) };
  td_config_apply (dst, cfg, (const char *const *) rel, 2);
  free (rel[0]);
  free (rel[1]);
}

int
td_cascade_page (struct td_cascade *c, const char *en_path,
                 const char *ko_path, struct td_page_config *out,
                 char **error)
{
  const struct td_config **chain = NULL;
  size_t n = 0;
  bool stopped = false, base_in = false;
  memset (out, 0, sizeof *out);
  *error = NULL;
  if (c->lookup
      && find_chain (c, ko_path, &chain, &n, &stopped, error) != 0)
    return -1;
  for (size_t i = 0; i < n; i++)
    base_in |= chain[i] == c->base;
  /* The run's file is the bottom of the settings of a page outside its
     folder, unless a "root" file ends the page's own search first.  */
  bool base_first = c->base && !base_in && !stopped;
  if (!has_overrides (c->base)
      && ((n == 0 && !stopped) || (n == 1 && base_in)))
    {
      free (chain);
      return 0; /* the run's settings */
    }
  out->own = true;
  td_config_init (&out->cfg);
  if (base_first)
    apply (&out->cfg, c->base, en_path, ko_path);
  for (size_t i = n; i-- > 0;)
    apply (&out->cfg, chain[i], en_path, ko_path);
  free (chain);
  const struct td_profile *profile
    = c->forced ? c->forced
                : out->cfg.profile ? out->cfg.profile : c->run_profile;
  if (profile)
    td_config_apply_profile (&out->cfg, profile);

  out->opts = *c->opts;
  out->opts.config = &out->cfg;
  for (int i = 0; i < TD_R__COUNT; i++)
    {
      /* The command line wins; the conventions are the run's.  */
      if ((c->cli_set && c->cli_set[i]) || i == TD_R_CONVENTION)
        continue;
      out->opts.severity[i] = out->cfg.severity_set[i]
                              ? out->cfg.severity[i] : td_rules[i].severity;
      out->opts.severity_set[i] = out->cfg.severity_set[i];
    }
  if (!c->cli_scope)
    out->opts.scope = out->cfg.scope;
  return 0;
}

const struct td_check_options *
td_page_options (const struct td_cascade *c, const struct td_page_config *pc)
{
  return pc && pc->own ? &pc->opts : c->opts;
}

void
td_page_config_free (struct td_page_config *pc)
{
  if (pc && pc->own)
    td_config_free (&pc->cfg);
  if (pc)
    pc->own = false;
}

void
td_cascade_free (struct td_cascade *c)
{
  for (size_t i = 0; i < c->nfiles; i++)
    {
      td_config_free (c->files[i]);
      free (c->files[i]);
    }
  free (c->files);
  for (size_t i = 0; i < c->nwarnings; i++)
    free (c->warnings[i]);
  free (c->warnings);
  td_cascade_init (c);
}
