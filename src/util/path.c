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
