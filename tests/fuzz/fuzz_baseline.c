/* fuzz_baseline.c: libFuzzer target for td_baseline_load, which reads a
   file: the input is written to one temporary file (made once with
   mkstemp in $TMPDIR, else /dev/shm, else /tmp; removed at exit) and
   loaded; a loaded
   baseline is applied to a small list of findings and the list is
   formatted back as a baseline.  */
#include <config.h>
#include "util/system.h"

#include <stdint.h>
#include <unistd.h>

#include "rules/baseline.h"
#include "report/diag.h"
#include "rules/rules.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static volatile size_t sink;
static char tmp_path[4096];
static int tmp_fd = -1;

static void
remove_tmp (void)
{
  if (tmp_fd >= 0)
    unlink (tmp_path);
}

static void
setup (void)
{
  /* A file system in memory when there is one: on ext4, truncating a file
     and closing it starts a write-back each time.  */
  const char *dir = getenv ("TMPDIR");
  if (dir == NULL || *dir == '\0')
    dir = access ("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
  snprintf (tmp_path, sizeof tmp_path, "%s/twindoc-fuzz-baseline-XXXXXX",
            dir);
  tmp_fd = mkstemp (tmp_path);
  if (tmp_fd < 0)
    {
      perror ("fuzz_baseline: mkstemp");
      abort ();
    }
  atexit (remove_tmp);
}

/* Writes DATA to the temporary file, replacing its content (written
   first, then cut to SIZE: never truncated to 0, see setup).  */
static void
store (const uint8_t *data, size_t size)
{
  size_t done = 0;
  while (done < size)
    {
      ssize_t w = pwrite (tmp_fd, data + done, size - done, (off_t) done);
      if (w <= 0)
        abort ();
      done += (size_t) w;
    }
  if (ftruncate (tmp_fd, (off_t) size) != 0)
    abort ();
}

/* A few findings, some with source excerpts, for td_baseline_apply.  */
static void
fill (struct td_diag_list *list)
{
  static const char *const files[] = { "ko/a.md", "a.md", "" };
  static const char *const excerpts[] = { "# 제목", "", NULL };
  for (int i = 0; i < 9; i++)
    {
      struct td_diag *d = td_diag_push (list, i % TD_R__COUNT,
                                        (enum td_severity) (i % 3),
                                        files[i % 3], i + 1, 1,
                                        strdup ("message"));
      if (excerpts[i % 3])
        d->excerpt = strdup (excerpts[i % 3]);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (tmp_fd < 0)
    setup ();
  store (data, size);

  struct td_baseline b;
  char *error = NULL;
  if (td_baseline_load (tmp_path, &b, &error) == 0)
    {
      struct td_diag_list list;
      td_diag_list_init (&list);
      fill (&list);
      sink += td_baseline_apply (&b, &list);
      char *text = td_baseline_format (&list);
      sink += strlen (text);
      free (text);
      td_diag_list_free (&list);
    }
  else
    sink += strlen (error);
  free (error);
  td_baseline_free (&b);
  return 0;
}
