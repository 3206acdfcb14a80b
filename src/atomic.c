/* atomic.c: atomic file replacement.  */
#include <config.h>
#include "system.h"
#include "atomic.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xalloc.h"

/* The folder of PATH ("." when it has none); caller frees.  */
static char *
folder_of (const char *path)
{
  const char *slash = strrchr (path, '/');
  if (slash == NULL)
    return xstrdup (".");
  if (slash == path)
    return xstrdup ("/");
  return xstrndup (path, (size_t) (slash - path));
}

int
td_write_atomic (const char *path, const void *data, size_t len,
                 char **error)
{
  char *dir = folder_of (path);
  char *tmp = xasprintf ("%s/.twindoc-XXXXXX", dir);
  int fd = -1, err = 0;
  struct stat st;
  bool exists = stat (path, &st) == 0;

  if (exists && S_ISDIR (st.st_mode))
    {
      err = EISDIR;
      goto fail;
    }
  fd = mkstemp (tmp);
  if (fd < 0)
    {
      err = errno;
      free (tmp);
      tmp = NULL;
      goto fail;
    }
  {
    mode_t mode;
    if (exists)
      mode = st.st_mode & 07777;
    else
      {
        mode_t mask = umask (0);
        umask (mask);
        mode = 0666 & ~mask;
      }
    if (fchmod (fd, mode) != 0)
      {
        err = errno;
        goto fail;
      }
  }
  {
    const char *p = data;
    size_t left = len;
    while (left > 0)
      {
        ssize_t w = write (fd, p, left);
        if (w < 0)
          {
            if (errno == EINTR)
              continue;
            err = errno;
            goto fail;
          }
        p += w;
        left -= (size_t) w;
      }
  }
  if (fsync (fd) != 0)
    {
      err = errno;
      goto fail;
    }
  if (close (fd) != 0)
    {
      fd = -1;
      err = errno;
      goto fail;
    }
  fd = -1;
  if (rename (tmp, path) != 0)
    {
      err = errno;
      goto fail;
    }
  free (tmp);
  tmp = NULL;
  {
    /* Make the rename itself durable.  */
    int dfd = open (dir, O_RDONLY | O_DIRECTORY);
    if (dfd >= 0)
      {
        fsync (dfd);
        close (dfd);
      }
  }
  free (dir);
  return 0;

fail:
  if (fd >= 0)
    close (fd);
  if (tmp)
    {
      unlink (tmp);
      free (tmp);
    }
  free (dir);
  *error = xstrdup (strerror (err));
  return -1;
}
