/* atomic.c: atomic file replacement.  */
#include <config.h>
#include "util/system.h"
#include "util/atomic.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/path.h"
#include "util/xalloc.h"

/* Writes LEN bytes of DATA to FD; returns 0 or an errno value.  */
static int
write_all (int fd, const void *data, size_t len)
{
  const char *p = data;
  while (len > 0)
    {
      ssize_t w = write (fd, p, len);
      if (w < 0)
        {
          if (errno == EINTR)
            continue;
          return errno;
        }
      p += w;
      len -= (size_t) w;
    }
  return 0;
}

/* Writes DATA straight into PATH, a device or FIFO that exists
   ("/dev/stdout", "/dev/full"): it cannot be replaced by a rename, and
   replacing it would destroy it.  */
static int
write_special (const char *path, const void *data, size_t len, char **error)
{
  int fd = open (path, O_WRONLY | O_TRUNC);
  int err = fd < 0 ? errno : write_all (fd, data, len);
  if (fd >= 0 && close (fd) != 0 && err == 0)
    err = errno;
  if (err == 0)
    return 0;
  *error = xstrdup (strerror (err));
  return -1;
}

int
td_write_atomic (const char *path, const void *data, size_t len,
                 char **error)
{
  struct stat st;
  char *real = NULL;
  if (*path == '\0')
    {
      *error = xstrdup (strerror (ENOENT));
      return -1;
    }
  if (lstat (path, &st) == 0 && S_ISLNK (st.st_mode))
    {
      /* Replace the file the link points to, and keep the link.  */
      real = realpath (path, NULL);
      if (real == NULL)
        {
          *error = xstrdup (strerror (errno));
          return -1;
        }
      path = real;
    }
  bool exists = stat (path, &st) == 0;
  if (exists && !S_ISREG (st.st_mode) && !S_ISDIR (st.st_mode))
    {
      int r = write_special (path, data, len, error);
      free (real);
      return r;
    }

  char *dir = td_path_folder (path);
  char *tmp = xasprintf ("%s/.twindoc-XXXXXX", dir);
  int fd = -1, err = 0;

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
  err = write_all (fd, data, len);
  if (err != 0)
    goto fail;
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
  free (real);
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
  free (real);
  *error = xstrdup (strerror (err));
  return -1;
}
