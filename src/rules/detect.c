/* detect.c: which documentation system a run's pages come from (see
   detect.h).  */
#include <config.h>
#include "util/system.h"
#include "rules/detect.h"

#include <sys/stat.h>

#include "rules/tree.h"
#include "util/path.h"
#include "util/xalloc.h"

/* Pages read, and bytes of each, when no marker file is found.  */
enum
{
  SNIFF_PAGES = 50,
  SNIFF_BYTES = 64 * 1024
};

/* The folder of PATH: PATH itself when it is one, else its parent
   ("." for a bare file name).  Returns a new string.  */
static char *
folder_of (const char *path)
{
  struct stat st;
  if (stat (path, &st) == 0 && S_ISDIR (st.st_mode))
    return xstrdup (path);
  return td_path_folder (path);
}

/* Adds the hints of the first SNIFF_BYTES of file PATH to SCORES;
   false when it cannot be read.  */
static bool
sniff (const char *path, unsigned *scores)
{
  /* Regular files only: a FIFO or a terminal would lose what it holds
     to this look.  */
  struct stat st;
  if (stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    return false;
  FILE *f = fopen (path, "rb");
  if (f == NULL)
    return false;
  char *buf = xmalloc (SNIFF_BYTES + 2);
  /* A leading newline lets hints that start a line match the first.  */
  buf[0] = '\n';
  size_t n = fread (buf + 1, 1, SNIFF_BYTES, f);
  fclose (f);
  buf[n + 1] = '\0';
  td_profile_score (buf, n + 1, scores);
  free (buf);
  return true;
}

/* Reads up to SNIFF_PAGES pages of the tree EN_ROOT/KO_ROOT, English
   pages first, into SCORES; returns the number read.  */
static size_t
sniff_tree (const char *en_root, const char *ko_root,
            const struct td_config *include, unsigned *scores)
{
  struct td_tree tree;
  char *error = NULL;
  size_t read = 0;
  if (td_tree_scan (en_root, ko_root, include, &tree, &error) != 0)
    {
      free (error);
      return 0;
    }
  for (int lang = 0; lang < 2; lang++)
    for (size_t i = 0; i < tree.n && read < SNIFF_PAGES; i++)
      {
        if (!(lang == 0 ? tree.pages[i].en : tree.pages[i].ko))
          continue;
        char *path = td_tree_join (lang == 0 ? en_root : ko_root,
                                   tree.pages[i].rel);
        read += sniff (path, scores);
        free (path);
      }
  td_tree_free (&tree);
  return read;
}

void
td_profile_detect (const char *const *paths, size_t n, bool tree,
                   const struct td_config *include,
                   struct td_profile_choice *out)
{
  memset (out, 0, sizeof *out);
  char **dirs = xcalloc (n + 1, sizeof *dirs);
  for (size_t i = 0; i < n; i++)
    dirs[i] = folder_of (paths[i]);
  out->profile = td_profile_from_markers ((const char *const *) dirs, n,
                                          &out->where);
  for (size_t i = 0; i < n; i++)
    free (dirs[i]);
  free (dirs);
  if (out->profile)
    {
      out->source = TD_PROFILE_MARKER;
      return;
    }
  unsigned *scores = xcalloc (td_nprofiles, sizeof *scores);
  if (tree && n == 2)
    out->pages = sniff_tree (paths[0], paths[1], include, scores);
  else
    for (size_t i = 0; i < n; i++)
      out->pages += sniff (paths[i], scores);
  out->profile = td_profile_best (scores, out->pages);
  if (out->profile)
    {
      out->source = TD_PROFILE_PAGES;
      out->hints = scores[out->profile - td_profiles];
    }
  else
    {
      out->profile = &td_profiles[0];
      out->source = TD_PROFILE_DEFAULT;
    }
  free (scores);
}

void
td_profile_choice_free (struct td_profile_choice *choice)
{
  free (choice->where);
  choice->where = NULL;
}
