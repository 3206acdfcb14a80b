/* path.c: file names as strings (see path.h).  */
#include <config.h>
#include "util/system.h"
#include "util/path.h"

#include <sys/stat.h>
#include <unistd.h>

#include "util/xalloc.h"

char *
td_path_folder (const char *path)
{
  const char *slash = strrchr (path, '/');
  if (slash == NULL)
    return xstrdup (".");
  if (slash == path)
    return xstrdup ("/");
  return xstrndup (path, (size_t) (slash - path));
}

/* stat of PATH, or of standard input for "-".  */
static int
stat_operand (const char *path, struct stat *st)
{
  return STREQ (path, "-") ? fstat (STDIN_FILENO, st) : stat (path, st);
}

bool
td_path_same_file (const char *a, const char *b)
{
  struct stat sa, sb;
  if (STREQ (a, "-") && STREQ (b, "-"))
    return true;
  return stat_operand (a, &sa) == 0 && stat_operand (b, &sb) == 0
         && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* Whether PATH is a folder (following symbolic links).  */
static bool
is_folder (const char *path)
{
  struct stat st;
  return stat (path, &st) == 0 && S_ISDIR (st.st_mode);
}

/* mkdir PATH, or nothing when it is a folder already; 0 or errno.  */
static int
make_one (const char *path)
{
  if (mkdir (path, 0777) == 0)
    return 0;
  int err = errno;
  if (err == EEXIST)
    return is_folder (path) ? 0 : ENOTDIR;
  return err;
}

int
td_mkdir_p (const char *dir)
{
  if (is_folder (dir))
    return 0;
  char *path = xstrdup (dir);
  int err = 0;
  /* Each folder from the top, at every '/' after a name.  */
  for (char *p = path + 1; *p && !err; p++)
    if (*p == '/' && p[-1] != '/')
      {
        *p = '\0';
        err = make_one (path);
        *p = '/';
      }
  if (!err)
    err = make_one (path);
  free (path);
  return err;
}
