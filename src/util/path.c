/* path.c: file names as strings (see path.h).  */
#include <config.h>
#include "util/system.h"
#include "util/path.h"

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
