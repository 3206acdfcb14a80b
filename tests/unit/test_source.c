/* test_source.c: unit tests of reading files, the line map and encoding
   checks.  */
#include <config.h>
#include "util/system.h"
#include "doc/source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"
#include "util/xalloc.h"

/* A source made from the string S (its strlen bytes).  */
static struct td_source *
mem (const char *s)
{
  return td_source_from_memory ("test.md", s, strlen (s));
}

/* Checks that line LINE of SRC is TEXT.  */
static void
line_is (const struct td_source *src, int line, const char *text,
         const char *msg)
{
  size_t len;
  const char *s = td_source_line (src, line, &len);
  char *copy = xstrndup (s, len);
  STR_EQ (copy, text, msg);
  free (copy);
}

static void
test_lines (void)
{
  struct td_source *src = mem ("a\nb");
  INT_EQ (src->nlines, 2, "a\\nb: lines");
  INT_EQ (src->lines[0], 0, "a\\nb: line 1");
  INT_EQ (src->lines[1], 2, "a\\nb: line 2");
  line_is (src, 1, "a", "a\\nb: text 1");
  line_is (src, 2, "b", "a\\nb: text 2");
  line_is (src, 3, "", "a\\nb: line 3 out of range");
  line_is (src, 0, "", "a\\nb: line 0 out of range");
  INT_EQ (td_source_line_of (src, 0), 1, "line of 0");
  INT_EQ (td_source_line_of (src, 1), 1, "line of the newline");
  INT_EQ (td_source_line_of (src, 2), 2, "line of b");
  INT_EQ (td_source_line_of (src, 3), 2, "line of len");
  INT_EQ (td_source_offset (src, 2, 1), 2, "offset 2:1");
  INT_EQ (td_source_offset (src, 1, 9), 1, "offset clamped to the line");
  INT_EQ (td_source_offset (src, 1, 0), 0, "offset of column 0");
  STR_EQ (src->path, "test.md", "path");
  INT_EQ (src->data[src->len], 0, "NUL-terminated");
  INT_EQ (src->nenc, 0, "no issues");
  OK (!src->bom, "no BOM");
  td_source_free (src);

  src = mem ("a\r\nb\r\n");
  INT_EQ (src->nlines, 2, "CRLF: lines");
  INT_EQ (src->lines[1], 3, "CRLF: line 2");
  line_is (src, 1, "a", "CRLF: text 1");
  line_is (src, 2, "b", "CRLF: text 2");
  INT_EQ (td_source_line_of (src, 6), 2, "CRLF: line of len");
  INT_EQ (td_source_line_of (src, 4), 2, "CRLF: line of CR");
  td_source_free (src);

  src = mem ("a\rb");
  INT_EQ (src->nlines, 2, "CR: lines");
  INT_EQ (src->lines[1], 2, "CR: line 2");
  line_is (src, 1, "a", "CR: text 1");
  td_source_free (src);

  src = mem ("a\n\r\n\rb\n\n");
  INT_EQ (src->nlines, 5, "mixed: lines");
  INT_EQ (src->lines[2], 4, "mixed: line 3");
  INT_EQ (src->lines[3], 5, "mixed: line 4");
  INT_EQ (src->lines[4], 7, "mixed: line 5");
  line_is (src, 4, "b", "mixed: text 4");
  line_is (src, 5, "", "mixed: text 5");
  td_source_free (src);

  src = mem ("");
  INT_EQ (src->nlines, 1, "empty: one line");
  INT_EQ (src->lines[0], 0, "empty: line 1");
  line_is (src, 1, "", "empty: text 1");
  INT_EQ (td_source_line_of (src, 0), 1, "empty: line of 0");
  INT_EQ (td_source_charcol (src, 1, 1), 1, "empty: charcol");
  td_source_free (src);

  src = mem ("x");
  INT_EQ (src->nlines, 1, "x: one line");
  line_is (src, 1, "x", "x: text 1");
  td_source_free (src);

  src = mem ("\n");
  INT_EQ (src->nlines, 1, "newline: one line");
  td_source_free (src);

  td_source_free (NULL);
}

static void
test_charcol (void)
{
  struct td_source *src = mem ("text\n# 제목 {#intro}\n");
  INT_EQ (td_source_charcol (src, 2, 10), 6, "byte col 10 is char col 6");
  INT_EQ (td_source_charcol (src, 2, 1), 1, "col 1");
  INT_EQ (td_source_charcol (src, 2, 3), 3, "start of the first syllable");
  INT_EQ (td_source_charcol (src, 2, 4), 4, "inside a syllable");
  INT_EQ (td_source_charcol (src, 2, 99), 14, "clamped to the line end");
  INT_EQ (td_source_charcol (src, 1, 3), 3, "ASCII line");
  td_source_free (src);
}

static void
test_encoding (void)
{
  struct td_source *src = mem ("ab\xFF" "c\xC3\n\xE2\x82");
  STR_EQ (src->data, "ab?c?\n??", "invalid bytes replaced");
  INT_EQ (src->len, 8, "length kept");
  INT_EQ (src->nenc, 4, "four issues");
  INT_EQ (src->enc[0].kind, TD_ENC_INVALID, "issue 1 kind");
  INT_EQ (src->enc[0].offset, 2, "issue 1 offset");
  INT_EQ (src->enc[0].len, 1, "issue 1 len");
  INT_EQ (src->enc[1].offset, 4, "issue 2 offset");
  INT_EQ (src->enc[2].offset, 6, "issue 3 offset");
  INT_EQ (src->enc[3].offset, 7, "issue 4 offset");
  INT_EQ (src->nlines, 2, "lines with invalid bytes");
  td_source_free (src);

  src = td_source_from_memory ("nul", "a\0b", 3);
  STR_EQ (src->data, "a?b", "NUL replaced");
  INT_EQ (src->nenc, 1, "NUL issue");
  INT_EQ (src->enc[0].kind, TD_ENC_NUL, "NUL kind");
  INT_EQ (src->enc[0].offset, 1, "NUL offset");
  td_source_free (src);

  src = mem ("\xEF\xBB\xBF# T\n");
  OK (src->bom, "leading BOM");
  STR_EQ (src->data, "   # T\n", "BOM blanked");
  INT_EQ (src->nenc, 1, "BOM issue");
  INT_EQ (src->enc[0].kind, TD_ENC_BOM, "BOM kind");
  INT_EQ (src->enc[0].offset, 0, "BOM offset");
  INT_EQ (src->enc[0].len, 3, "BOM len");
  td_source_free (src);

  src = mem ("a\xEF\xBB\xBF" "b");
  OK (!src->bom, "inner BOM is not a leading BOM");
  STR_EQ (src->data, "a\xEF\xBB\xBF" "b", "inner BOM kept");
  INT_EQ (src->nenc, 1, "inner BOM issue");
  INT_EQ (src->enc[0].kind, TD_ENC_BOM, "inner BOM kind");
  INT_EQ (src->enc[0].offset, 1, "inner BOM offset");
  td_source_free (src);

  /* Only the first 1000 issues are recorded, all bytes are sanitised.  */
  char big[1500];
  memset (big, 0xFF, sizeof big);
  src = td_source_from_memory ("big", big, sizeof big);
  INT_EQ (src->nenc, 1000, "issues capped at 1000");
  INT_EQ (src->data[1499], '?', "last byte sanitised");
  td_source_free (src);
}

/* Writes the N bytes at DATA to PATH.  */
static void
write_file (const char *path, const char *data, size_t n)
{
  FILE *f = fopen (path, "wb");
  if (!f)
    {
      perror (path);
      exit (2);
    }
  fwrite (data, 1, n, f);
  fclose (f);
}

static void
test_read (void)
{
  char dir[] = "/tmp/td_test_source_XXXXXX";
  char *error = NULL;
  struct td_source *src;

  if (!mkdtemp (dir))
    {
      perror ("mkdtemp");
      exit (2);
    }
  /* On the stack: the forked writers must not leak under valgrind.  */
  char file[64], utf16[64], fifo[64], missing[64];
  snprintf (file, sizeof file, "%s/a.md", dir);
  snprintf (utf16, sizeof utf16, "%s/u16.md", dir);
  snprintf (fifo, sizeof fifo, "%s/fifo", dir);
  snprintf (missing, sizeof missing, "%s/missing.md", dir);

  write_file (file, "# Title\n\n본문\n", 16);
  src = td_source_read (file, 0, &error);
  OK (src != NULL, "regular file read");
  STR_EQ (error, NULL, "no error");
  if (src)
    {
      INT_EQ (src->len, 16, "file length");
      INT_EQ (src->nlines, 3, "file lines");
      STR_EQ (src->path, file, "file path");
      STR_EQ (src->data, "# Title\n\n본문\n", "file data");
    }
  td_source_free (src);

  src = td_source_read (file, 16, &error);
  OK (src != NULL, "file at the limit is read");
  td_source_free (src);
  src = td_source_read (file, 15, &error);
  OK (src == NULL, "file over the limit is refused");
  STR_EQ (error, "file is larger than the limit of 15 bytes", "limit reason");
  free (error);
  error = NULL;

  write_file (utf16, "\xFF\xFE#\0 \0T\0", 8);
  src = td_source_read (utf16, 0, &error);
  OK (src == NULL, "UTF-16LE refused");
  STR_EQ (error, "UTF-16 input is not supported; convert the file to UTF-8",
          "UTF-16 reason");
  free (error);
  write_file (utf16, "\xFE\xFF\0#", 4);
  src = td_source_read (utf16, 0, &error);
  OK (src == NULL, "UTF-16BE refused");
  free (error);
  write_file (utf16, "\0\0\xFE\xFF", 4);
  src = td_source_read (utf16, 0, &error);
  OK (src == NULL, "UTF-32BE refused");
  STR_EQ (error, "UTF-32 input is not supported; convert the file to UTF-8",
          "UTF-32 reason");
  free (error);

  src = td_source_read (dir, 0, &error);
  OK (src == NULL, "directory refused");
  STR_EQ (error, strerror (EISDIR), "directory reason");
  free (error);

  src = td_source_read (missing, 0, &error);
  OK (src == NULL, "missing file refused");
  STR_EQ (error, strerror (ENOENT), "missing file reason");
  free (error);
  error = NULL;

  /* A FIFO: a child writes more than a pipe buffer, the parent reads.  */
  if (mkfifo (fifo, 0600) == 0)
    {
      fflush (NULL);
      pid_t pid = fork ();
      if (pid == 0)
        {
          int fd = open (fifo, O_WRONLY);
          char chunk[1000];
          memset (chunk, 'x', sizeof chunk);
          chunk[sizeof chunk - 1] = '\n';
          for (int i = 0; i < 100 && fd >= 0; i++)
            if (write (fd, chunk, sizeof chunk) != (ssize_t) sizeof chunk)
              _exit (1);
          _exit (0);
        }
      src = td_source_read (fifo, 0, &error);
      int status = 0;
      waitpid (pid, &status, 0);
      OK (src != NULL, "FIFO read");
      if (src)
        {
          INT_EQ (src->len, 100000, "FIFO length");
          INT_EQ (src->nlines, 100, "FIFO lines");
        }
      td_source_free (src);
      free (error);
      error = NULL;

      /* Over the limit while reading a stream.  */
      fflush (NULL);
      pid = fork ();
      if (pid == 0)
        {
          int fd = open (fifo, O_WRONLY);
          char chunk[1000];
          memset (chunk, 'y', sizeof chunk);
          for (int i = 0; i < 100 && fd >= 0; i++)
            if (write (fd, chunk, sizeof chunk) != (ssize_t) sizeof chunk)
              _exit (0); /* the reader gave up: expected */
          _exit (0);
        }
      src = td_source_read (fifo, 5000, &error);
      OK (src == NULL, "FIFO over the limit refused");
      STR_EQ (error, "file is larger than the limit of 5000 bytes",
              "FIFO limit reason");
      waitpid (pid, &status, 0);
      free (error);
    }
  else
    OK (false, "mkfifo failed");

  unlink (file);
  unlink (utf16);
  unlink (fifo);
  rmdir (dir);
}

int
main (void)
{
  test_lines ();
  test_charcol ();
  test_encoding ();
  test_read ();
  return td_test_end ("test_source");
}
