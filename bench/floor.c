/* floor.c: the parse floor of the benchmark (bench/run.sh): reads every
   file named on standard input, one path a line, and parses it with
   libcmark, nothing else.  What twindoc costs beyond this is its own.

   Usage: floor < LIST
   Prints "N files, M bytes" on standard output.  Exit status 0, or 2
   when a file cannot be read.  */
#include <config.h>

#include <cmark.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The contents of PATH in a new buffer, its size in *LEN; NULL with errno
   set on failure.  */
static char *
slurp (const char *path, size_t *len)
{
  FILE *f = fopen (path, "rb");
  if (!f)
    return NULL;
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc (cap);
  while (buf)
    {
      size_t got = fread (buf + n, 1, cap - n, f);
      n += got;
      if (n < cap)
        break;
      char *bigger = realloc (buf, cap * 2);
      if (!bigger)
        {
          free (buf);
          buf = NULL;
          break;
        }
      buf = bigger;
      cap *= 2;
    }
  int err = ferror (f) ? errno : 0;
  fclose (f);
  if (err && buf)
    {
      free (buf);
      errno = err;
      return NULL;
    }
  *len = n;
  return buf;
}

int
main (void)
{
  char line[4096];
  unsigned long files = 0;
  unsigned long long bytes = 0;
  while (fgets (line, sizeof line, stdin))
    {
      line[strcspn (line, "\n")] = '\0';
      if (!line[0])
        continue;
      size_t len;
      char *text = slurp (line, &len);
      if (!text)
        {
          fprintf (stderr, "floor: %s: %s\n", line, strerror (errno));
          return 2;
        }
      cmark_node *doc = cmark_parse_document (text, len, CMARK_OPT_DEFAULT);
      cmark_node_free (doc);
      free (text);
      files++;
      bytes += len;
    }
  printf ("%lu files, %llu bytes\n", files, bytes);
  return 0;
}
