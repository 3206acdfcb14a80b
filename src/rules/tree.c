/* tree.c: walk an English and a Korean documentation tree.  */
#include <config.h>
#include "util/system.h"
#include "rules/tree.h"

#include <dirent.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/buf.h"
#include "rules/config_file.h"
#include "doc/source.h"
#include "util/xalloc.h"

struct seen
{
  dev_t dev;
  ino_t ino;
};

struct walk
{
  const char *root;      /* as given */
  char *root_real;       /* realpath of the root */
  const struct td_config *cfg;
  char **files;          /* relative paths found */
  size_t nfiles, files_alloc;
  struct seen *seen;     /* directories on the current path */
  size_t nseen, seen_alloc;
  struct td_tree *tree;
  size_t trouble_alloc, notes_alloc;
};

static void
add_msg (char ***v, size_t *n, size_t *alloc, char *msg)
{
  *v = xgrow (*v, alloc, *n + 1, sizeof **v);
  (*v)[(*n)++] = msg;
}

static bool
is_page (const struct td_config *cfg, const char *rel)
{
  if (cfg)
    return td_config_selects (cfg, rel);
  size_t n = strlen (rel);
  return (n > 3 && STREQ (rel + n - 3, ".md"))
         || (n > 4 && STREQ (rel + n - 4, ".mdx"));
}

char *
td_tree_join (const char *root, const char *rel)
{
  size_t n = strlen (root);
  while (n > 1 && root[n - 1] == '/')
    n--;
  if (*rel == '\0')
    return xstrndup (root, n);
  return xasprintf ("%.*s/%s", (int) n, root, rel);
}

/* True when PATH (a resolved absolute path) is ROOT or inside it.  */
static bool
inside (const char *root, const char *path)
{
  size_t n = strlen (root);
  if (n == 1 && root[0] == '/')
    return true;
  return strncmp (root, path, n) == 0 && (path[n] == '\0' || path[n] == '/');
}

int
td_tree_roots_apart (const char *en_root, const char *ko_root, char **error)
{
  char *en = realpath (en_root, NULL);
  char *ko = realpath (ko_root, NULL);
  int rc = 0;
  if (en && ko)
    {
      if (STREQ (en, ko))
        *error = xasprintf (_("the English folder '%1$s' and the Korean "
                              "folder '%2$s' are the same folder; --tree "
                              "needs two different folders"),
                            en_root, ko_root);
      else if (inside (en, ko))
        *error = xasprintf (_("the Korean folder '%2$s' is inside the "
                              "English folder '%1$s'; --tree needs two "
                              "separate folders"),
                            en_root, ko_root);
      else if (inside (ko, en))
        *error = xasprintf (_("the English folder '%1$s' is inside the "
                              "Korean folder '%2$s'; --tree needs two "
                              "separate folders"),
                            en_root, ko_root);
      else
        *error = NULL;
      rc = *error ? -1 : 0;
    }
  free (en);
  free (ko);
  return rc;
}

/* The NULL-terminated glob list LIST joined with ", "; a new string.  */
static char *
join_globs (char *const *list)
{
  struct td_buf b = TD_BUF_INIT;
  for (char *const *p = list; *p; p++)
    {
      if (p != list)
        td_buf_puts (&b, ", ");
      td_buf_puts (&b, *p);
    }
  return td_buf_detach (&b);
}

char *
td_tree_no_pages (const char *en_root, const char *ko_root,
                  const struct td_config *cfg)
{
  char *include = cfg && cfg->include ? join_globs (cfg->include)
                                      : xstrdup ("*.md, *.mdx");
  char *msg;
  if (cfg && cfg->exclude && cfg->exclude[0])
    {
      char *exclude = join_globs (cfg->exclude);
      /* TRANSLATORS: %1$s and %2$s are folders, %3$s the include globs
         ("*.md, *.mdx"), %4$s the exclude globs of the configuration.  */
      msg = xasprintf (_("no pages in the English folder '%1$s' or the "
                         "Korean folder '%2$s': no file matches %3$s "
                         "without matching %4$s"),
                       en_root, ko_root, include, exclude);
      free (exclude);
    }
  else
    /* TRANSLATORS: %1$s and %2$s are folders, %3$s the file patterns
       ("*.md, *.mdx").  */
    msg = xasprintf (_("no pages in the English folder '%1$s' or the "
                       "Korean folder '%2$s': no file matches %3$s"),
                     en_root, ko_root, include);
  free (include);
  return msg;
}

static void
walk_dir (struct walk *w, const char *rel)
{
  char *dir = td_tree_join (w->root, rel);
  struct stat st;
  if (stat (dir, &st) != 0)
    {
      add_msg (&w->tree->trouble, &w->tree->ntrouble, &w->trouble_alloc,
               xasprintf ("%s: %s", dir, strerror (errno)));
      free (dir);
      return;
    }
  for (size_t i = 0; i < w->nseen; i++)
    if (w->seen[i].dev == st.st_dev && w->seen[i].ino == st.st_ino)
      {
        add_msg (&w->tree->notes, &w->tree->nnotes, &w->notes_alloc,
                 xasprintf ("%s: %s", dir,
                            _("directory loop (symbolic link), not followed")));
        free (dir);
        return;
      }
  DIR *d = opendir (dir);
  if (d == NULL)
    {
      add_msg (&w->tree->trouble, &w->tree->ntrouble, &w->trouble_alloc,
               xasprintf ("%s: %s", dir, strerror (errno)));
      free (dir);
      return;
    }
  w->seen = xgrow (w->seen, &w->seen_alloc, w->nseen + 1, sizeof *w->seen);
  w->seen[w->nseen].dev = st.st_dev;
  w->seen[w->nseen].ino = st.st_ino;
  w->nseen++;

  /* Read the names first: recursion keeps no directory stream open.  */
  char **names = NULL;
  size_t nnames = 0, names_alloc = 0;
  struct dirent *e;
  errno = 0;
  while ((e = readdir (d)) != NULL)
    {
      if (e->d_name[0] == '.')
        continue;
      add_msg (&names, &nnames, &names_alloc, xstrdup (e->d_name));
    }
  if (errno != 0)
    add_msg (&w->tree->trouble, &w->tree->ntrouble, &w->trouble_alloc,
             xasprintf ("%s: %s", dir, strerror (errno)));
  closedir (d);

  for (size_t i = 0; i < nnames; i++)
    {
      char *crel = *rel ? xasprintf ("%s/%s", rel, names[i])
                        : xstrdup (names[i]);
      char *path = td_tree_join (w->root, crel);
      struct stat lst;
      if (lstat (path, &lst) != 0)
        {
          add_msg (&w->tree->trouble, &w->tree->ntrouble, &w->trouble_alloc,
                   xasprintf ("%s: %s", path, strerror (errno)));
          goto next;
        }
      if (S_ISLNK (lst.st_mode))
        {
          char *real = realpath (path, NULL);
          if (real == NULL)
            {
              add_msg (&w->tree->notes, &w->tree->nnotes, &w->notes_alloc,
                       xasprintf ("%s: %s: %s", path,
                                  _("symbolic link not followed"),
                                  strerror (errno)));
              goto next;
            }
          bool in = inside (w->root_real, real);
          free (real);
          if (!in)
            {
              add_msg (&w->tree->notes, &w->tree->nnotes, &w->notes_alloc,
                       xasprintf ("%s: %s", path,
                                  _("symbolic link out of the tree, not "
                                    "followed")));
              goto next;
            }
          if (stat (path, &lst) != 0)
            {
              add_msg (&w->tree->trouble, &w->tree->ntrouble,
                       &w->trouble_alloc,
                       xasprintf ("%s: %s", path, strerror (errno)));
              goto next;
            }
        }
      if (S_ISDIR (lst.st_mode))
        walk_dir (w, crel);
      else if (S_ISREG (lst.st_mode) && is_page (w->cfg, crel))
        {
          add_msg (&w->files, &w->nfiles, &w->files_alloc, crel);
          crel = NULL;
        }
    next:
      free (path);
      free (crel);
      free (names[i]);
    }
  free (names);
  w->nseen--;
  free (dir);
}

static int
cmp_str (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* Scans ROOT into a sorted list of relative paths.  */
static int
scan_root (const char *root, const struct td_config *cfg,
           struct td_tree *tree, size_t *trouble_alloc, size_t *notes_alloc,
           char ***files, size_t *nfiles, char **error)
{
  struct walk w;
  memset (&w, 0, sizeof w);
  struct stat st;
  if (stat (root, &st) != 0)
    {
      *error = xasprintf ("%s: %s", root, strerror (errno));
      return -1;
    }
  if (!S_ISDIR (st.st_mode))
    {
      *error = xasprintf ("%s: %s", root, strerror (ENOTDIR));
      return -1;
    }
  w.root = root;
  w.root_real = realpath (root, NULL);
  if (w.root_real == NULL)
    {
      *error = xasprintf ("%s: %s", root, strerror (errno));
      return -1;
    }
  w.cfg = cfg;
  w.tree = tree;
  w.trouble_alloc = *trouble_alloc;
  w.notes_alloc = *notes_alloc;
  walk_dir (&w, "");
  *trouble_alloc = w.trouble_alloc;
  *notes_alloc = w.notes_alloc;
  free (w.root_real);
  free (w.seen);
  /* No file, no array: qsort must not see its null pointer.  */
  if (w.nfiles > 1)
    qsort (w.files, w.nfiles, sizeof *w.files, cmp_str);
  *files = w.files;
  *nfiles = w.nfiles;
  return 0;
}

int
td_tree_scan (const char *en_root, const char *ko_root,
              const struct td_config *cfg, struct td_tree *tree,
              char **error)
{
  memset (tree, 0, sizeof *tree);
  size_t ta = 0, na = 0;
  char **ef = NULL, **kf = NULL;
  size_t ne = 0, nk = 0;
  if (scan_root (en_root, cfg, tree, &ta, &na, &ef, &ne, error) != 0)
    return -1;
  if (scan_root (ko_root, cfg, tree, &ta, &na, &kf, &nk, error) != 0)
    {
      for (size_t i = 0; i < ne; i++)
        free (ef[i]);
      free (ef);
      td_tree_free (tree);
      return -1;
    }
  tree->pages = xmalloc ((ne + nk + 1) * sizeof *tree->pages);
  size_t i = 0, j = 0;
  while (i < ne || j < nk)
    {
      int c = i >= ne ? 1 : j >= nk ? -1 : strcmp (ef[i], kf[j]);
      struct td_tree_entry *p = &tree->pages[tree->n++];
      if (c == 0)
        {
          p->rel = ef[i++];
          free (kf[j++]);
          p->en = p->ko = true;
        }
      else if (c < 0)
        {
          p->rel = ef[i++];
          p->en = true;
          p->ko = false;
        }
      else
        {
          p->rel = kf[j++];
          p->en = false;
          p->ko = true;
        }
    }
  free (ef);
  free (kf);
  return 0;
}

void
td_tree_free (struct td_tree *tree)
{
  for (size_t i = 0; i < tree->n; i++)
    free (tree->pages[i].rel);
  free (tree->pages);
  for (size_t i = 0; i < tree->ntrouble; i++)
    free (tree->trouble[i]);
  free (tree->trouble);
  for (size_t i = 0; i < tree->nnotes; i++)
    free (tree->notes[i]);
  free (tree->notes);
  memset (tree, 0, sizeof *tree);
}

/* The relative page path that LINE (LEN bytes) of a --files-from list
   names: "./" and a leading EN_ROOT/ or KO_ROOT/ removed.  New.  */
static char *
list_entry (const char *line, size_t len, const char *en_root,
            const char *ko_root)
{
  char *path = xstrndup (line, len);
  const char *rel = path;
  const char *roots[2] = { en_root, ko_root };
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
  char *out = xstrdup (rel);
  free (path);
  return out;
}

char **
td_tree_read_list (const char *file, const char *en_root,
                   const char *ko_root, char **error)
{
  char *why = NULL;
  struct td_source *src = td_source_read (file, 0, &why);
  if (src == NULL)
    {
      *error = xasprintf ("%s: %s",
                          STREQ (file, "-") ? _("standard input") : file,
                          why);
      free (why);
      return NULL;
    }
  char **v = xmalloc ((src->nlines + 1) * sizeof *v);
  size_t n = 0;
  for (int ln = 1; ln <= (int) src->nlines; ln++)
    {
      size_t len;
      const char *line = td_source_line (src, ln, &len);
      while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\t'))
        len--;
      if (len > 0)
        v[n++] = list_entry (line, len, en_root, ko_root);
    }
  v[n] = NULL;
  td_source_free (src);
  return v;
}

bool
td_tree_listed (char *const *list, const char *rel)
{
  for (; *list; list++)
    if (STREQ (*list, rel))
      return true;
  return false;
}

void
td_tree_list_free (char **list)
{
  if (!list)
    return;
  for (char **p = list; *p; p++)
    free (*p);
  free (list);
}
