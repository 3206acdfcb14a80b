/* test_path.c: unit tests of file names: the folder of a path, the same
   file under two names, and mkdir -p.  */
#include <config.h>
#include "util/system.h"
#include "util/path.h"

#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"

static void
test_folder (void)
{
  char *s = td_path_folder ("a/b.md");
  STR_EQ (s, "a", "folder");
  free (s);
  s = td_path_folder ("b.md");
  STR_EQ (s, ".", "no folder");
  free (s);
}

static bool
is_dir (const char *p)
{
  struct stat st;
  return stat (p, &st) == 0 && S_ISDIR (st.st_mode);
}

/* In the temporary folder DIR.  */
static void
test_files (const char *dir)
{
  char buf[512];
  FILE *f;

  snprintf (buf, sizeof buf, "%s/a", dir);
  f = fopen (buf, "w");
  OK (f != NULL, "create a");
  if (f)
    fclose (f);
  OK (chdir (dir) == 0, "chdir");
  OK (link ("a", "b") == 0, "hard link");
  OK (symlink ("a", "c") == 0, "symbolic link");
  f = fopen ("d", "w");
  if (f)
    fclose (f);
  OK (td_path_same_file ("a", "a"), "same name");
  OK (td_path_same_file ("a", "./a"), "another spelling");
  OK (td_path_same_file ("a", "b"), "hard link");
  OK (td_path_same_file ("c", "a"), "symbolic link");
  OK (!td_path_same_file ("a", "d"), "another file");
  OK (!td_path_same_file ("a", "nosuch"), "a missing file");
  OK (td_path_same_file ("-", "-"), "standard input twice");

  INT_EQ (td_mkdir_p ("x/y/z"), 0, "mkdir -p");
  OK (is_dir ("x/y/z"), "made");
  INT_EQ (td_mkdir_p ("x/y/z/"), 0, "again, with a slash");
  INT_EQ (td_mkdir_p ("x//y2"), 0, "a double slash");
  OK (is_dir ("x/y2"), "made through //");
  INT_EQ (td_mkdir_p ("a"), ENOTDIR, "a file in the way");
  INT_EQ (td_mkdir_p ("a/sub"), ENOTDIR, "a file above");
  OK (!is_dir ("a"), "the file stays");
  char abs[600];
  snprintf (abs, sizeof abs, "%s/abs/olute", dir);
  INT_EQ (td_mkdir_p (abs), 0, "an absolute path");
  OK (is_dir (abs), "made from /");
}

int
main (void)
{
  char tmpl[] = "/tmp/twindoc-test_path.XXXXXX";
  test_folder ();
  char *dir = mkdtemp (tmpl);
  OK (dir != NULL, "mkdtemp");
  if (dir)
    {
      test_files (dir);
      char cmd[600];
      snprintf (cmd, sizeof cmd, "rm -rf '%s'", dir);
      if (system (cmd) != 0)
        fprintf (stderr, "test_path: could not remove %s\n", dir);
    }
  return td_test_end ("test_path");
}
