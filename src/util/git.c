/* git.c: questions to the git command line (see git.h).  */
#include <config.h>
#include "util/system.h"
#include "util/git.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/buf.h"
#include "util/path.h"
#include "util/xalloc.h"

extern char **environ;

static void
free_args (char **args)
{
  for (char **a = args; *a; a++)
    free (*a);
  free (args);
}

int
td_git_run (const char *dir, const char *const *argv, char **out,
            size_t *len)
{
  size_t n = 0;
  while (argv[n])
    n++;
  /* Owned here: the full argument vector and copies of its strings.  */
  char **args = xcalloc (n + 6, sizeof *args);
  size_t k = 0;
  args[k++] = xstrdup ("git");
  args[k++] = xstrdup ("-c");
  args[k++] = xstrdup ("core.quotepath=off");
  args[k++] = xstrdup ("-C");
  args[k++] = xstrdup (dir);
  for (size_t i = 0; i < n; i++)
    args[k++] = xstrdup (argv[i]);
  args[k] = NULL;

  *out = NULL;
  if (len)
    *len = 0;
  int fd[2];
  if (pipe (fd) != 0)
    {
      free_args (args);
      return -1;
    }
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init (&fa);
  posix_spawn_file_actions_addopen (&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2 (&fa, fd[1], 1);
  posix_spawn_file_actions_addopen (&fa, 2, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addclose (&fa, fd[0]);
  posix_spawn_file_actions_addclose (&fa, fd[1]);
  pid_t pid;
  int err = posix_spawnp (&pid, "git", &fa, NULL, args, environ);
  posix_spawn_file_actions_destroy (&fa);
  free_args (args);
  close (fd[1]);
  if (err != 0)
    {
      close (fd[0]);
      return -1;
    }
  struct td_buf b = TD_BUF_INIT;
  char chunk[8192];
  for (;;)
    {
      ssize_t r = read (fd[0], chunk, sizeof chunk);
      if (r < 0 && errno == EINTR)
        continue;
      if (r <= 0)
        break;
      td_buf_put (&b, chunk, (size_t) r);
    }
  close (fd[0]);
  int st;
  while (waitpid (pid, &st, 0) < 0)
    if (errno != EINTR)
      {
        td_buf_free (&b);
        return -1;
      }
  if (len)
    *len = b.len;
  *out = td_buf_detach (&b);
  if (WIFEXITED (st))
    {
      /* 127: the shell's "command not found" of a spawn that exec'd
         nothing.  */
      if (WEXITSTATUS (st) == 127)
        {
          free (*out);
          *out = NULL;
          return -1;
        }
      return WEXITSTATUS (st);
    }
  return 128;
}

/* The last component of PATH (borrowed).  */
static const char *
base_name (const char *path)
{
  const char *slash = strrchr (path, '/');
  return slash ? slash + 1 : path;
}

/* Strips the trailing newlines of S in place.  */
static void
chomp (char *s)
{
  size_t n = strlen (s);
  while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r'))
    s[--n] = '\0';
}

char *
td_git_last_commit (const char *path)
{
  char *dir = td_path_folder (path);
  const char *argv[] = { "log", "-1", "--format=%H", "--", base_name (path),
                         NULL };
  char *out;
  int st = td_git_run (dir, argv, &out, NULL);
  free (dir);
  if (st != 0 || out == NULL)
    {
      free (out);
      return NULL;
    }
  chomp (out);
  if (*out == '\0')
    {
      free (out);
      return NULL;
    }
  return out;
}

char *
td_git_toplevel (const char *dir)
{
  const char *argv[] = { "rev-parse", "--show-toplevel", NULL };
  char *out;
  if (td_git_run (dir, argv, &out, NULL) != 0 || out == NULL)
    {
      free (out);
      return NULL;
    }
  chomp (out);
  if (*out == '\0')
    {
      free (out);
      return NULL;
    }
  return out;
}

bool
td_git_clean (const char *path)
{
  char *dir = td_path_folder (path);
  const char *argv[] = { "status", "--porcelain", "--", base_name (path),
                         NULL };
  char *out;
  int st = td_git_run (dir, argv, &out, NULL);
  bool clean = st == 0 && out && *out == '\0';
  free (out);
  if (clean)
    {
      /* Untracked files are listed by --porcelain, but ignored ones are
         not: ask whether git knows the file at all.  */
      const char *ls[] = { "ls-files", "--error-unmatch", "--",
                           base_name (path), NULL };
      st = td_git_run (dir, ls, &out, NULL);
      free (out);
      clean = st == 0;
    }
  free (dir);
  return clean;
}

/* Runs "git show SPEC" in DIR into *DATA; 0 when it worked.  */
static int
show (const char *dir, const char *spec, char **data, size_t *len)
{
  const char *argv[] = { "show", spec, NULL };
  int st = td_git_run (dir, argv, data, len);
  if (st == 0)
    return 0;
  free (*data);
  *data = NULL;
  return -1;
}

int
td_git_show (const char *path, const char *rev, char **data, size_t *len)
{
  char *dir = td_path_folder (path);
  /* "REV:./NAME" is relative to the folder git runs in.  */
  char *spec = xasprintf ("%s:./%s", rev, base_name (path));
  int r = show (dir, spec, data, len);
  free (spec);
  if (r == 0)
    {
      free (dir);
      return 0;
    }
  /* Renamed since REV: the names the file had, newest first (relative
     to the top of the work tree, as "REV:NAME" takes them).  */
  const char *argv[] = { "log", "--follow", "--name-only", "--format=",
                         "--", base_name (path), NULL };
  char *names;
  int st = td_git_run (dir, argv, &names, NULL);
  if (st == 0 && names)
    {
      char *save = NULL;
      for (char *line = strtok_r (names, "\n", &save); line && r != 0;
           line = strtok_r (NULL, "\n", &save))
        {
          if (*line == '\0')
            continue;
          spec = xasprintf ("%s:%s", rev, line);
          r = show (dir, spec, data, len);
          free (spec);
        }
    }
  free (names);
  free (dir);
  return r;
}
