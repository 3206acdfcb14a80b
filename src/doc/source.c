/* source.c: reading an input file, checking its UTF-8 and mapping its
   lines.  */
#include <config.h>
#include "util/system.h"
#include "doc/source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/utf8.h"
#include "util/xalloc.h"

/* Encoding issues recorded per file; the rest are sanitised silently.  */
enum { MAX_ENC_ISSUES = 1000 };

/* Appends an issue to SRC unless the limit is reached.  */
static void
add_issue (struct td_source *src, size_t *nalloc, enum td_enc_kind kind,
           size_t offset, size_t len)
{
  if (src->nenc >= MAX_ENC_ISSUES)
    return;
  src->enc = xgrow (src->enc, nalloc, src->nenc + 1, sizeof *src->enc);
  src->enc[src->nenc].kind = kind;
  src->enc[src->nenc].offset = offset;
  src->enc[src->nenc].len = len;
  src->enc[src->nenc].byte = (unsigned char) src->data[offset];
  src->nenc++;
}

/* Validates and sanitises SRC->data and builds the line map, in one
   pass.  */
static void
scan (struct td_source *src)
{
  unsigned char *p = (unsigned char *) src->data;
  size_t n = src->len;
  size_t i = 0;
  size_t lalloc = 0, ealloc = 0;
  size_t nlines = 1;

  /* A rough guess (one line per 40 bytes) saves most regrowing.  */
  src->lines = xgrow (NULL, &lalloc, n / 40 + 1, sizeof *src->lines);
  src->lines[0] = 0;

  if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
    {
      src->bom = true;
      add_issue (src, &ealloc, TD_ENC_BOM, 0, 3);
      p[0] = p[1] = p[2] = ' ';
      i = 3;
    }

  while (i < n)
    {
      unsigned char c = p[i];
      if (c > '\r' && c < 0x80)
        {
          i++;
          continue;
        }
      if (c == '\n' || c == '\r')
        {
          i++;
          if (c == '\r' && i < n && p[i] == '\n')
            i++;
          if (i < n)
            {
              src->lines = xgrow (src->lines, &lalloc, nlines + 1,
                                  sizeof *src->lines);
              src->lines[nlines++] = i;
            }
          continue;
        }
      if (c < 0x80)
        {
          if (c == 0)
            {
              add_issue (src, &ealloc, TD_ENC_NUL, i, 1);
              p[i] = '?';
            }
          i++;
          continue;
        }

      uint32_t cp;
      int len = td_utf8_decode (p + i, n - i, &cp);
      if (len < 0)
        {
          /* At the first invalid byte, the bytes are still as read: a
             file in the legacy Korean encoding is one problem, not one
             per byte.  */
          if (src->nenc == 0 || (src->nenc == 1 && src->bom))
            src->cp949 = td_looks_cp949 (p, n);
          add_issue (src, &ealloc, TD_ENC_INVALID, i, 1);
          p[i] = '?';
          i++;
        }
      else
        {
          if (cp == 0xFEFF)
            add_issue (src, &ealloc, TD_ENC_BOM, i, 3);
          i += (size_t) len;
        }
    }
  src->nlines = nlines;
}

/* Makes a source named NAME that owns DATA, LEN bytes with room for a
   terminating NUL.  */
static struct td_source *
make_source (const char *name, char *data, size_t len)
{
  struct td_source *src = xcalloc (1, sizeof *src);
  src->path = xstrdup (name);
  src->data = data;
  src->len = len;
  data[len] = '\0';
  scan (src);
  return src;
}

struct td_source *
td_source_from_memory (const char *name, const char *data, size_t len)
{
  char *copy = xmalloc (len + 1);
  if (len)
    memcpy (copy, data, len);
  return make_source (name, copy, len);
}

/* The reason for refusing a file whose first N bytes are S because of a
   UTF-16 or UTF-32 byte order mark, or NULL.  */
static const char *
wide_bom_reason (const unsigned char *s, size_t n)
{
  if (n >= 4 && ((s[0] == 0 && s[1] == 0 && s[2] == 0xFE && s[3] == 0xFF)
                 || (s[0] == 0xFF && s[1] == 0xFE && s[2] == 0 && s[3] == 0)))
    return _("UTF-32 input is not supported; convert the file to UTF-8");
  if (n >= 2
      && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
    return _("UTF-16 input is not supported; convert the file to UTF-8");
  return NULL;
}

struct td_source *
td_source_read (const char *path, size_t max_bytes, char **error)
{
  bool is_stdin = STREQ (path, "-");
  int fd = is_stdin ? STDIN_FILENO : open (path, O_RDONLY);
  struct stat st;
  char *data = NULL;
  size_t len = 0, alloc = 0;
  int saved;

  *error = NULL;
  if (max_bytes >= SIZE_MAX - 2)
    max_bytes = 0;
  if (fd < 0)
    {
      *error = xstrdup (strerror (errno));
      return NULL;
    }
  if (fstat (fd, &st) != 0)
    goto fail_errno;
  if (S_ISDIR (st.st_mode))
    {
      errno = EISDIR;
      goto fail_errno;
    }

  if (max_bytes && S_ISREG (st.st_mode) && st.st_size > 0
      && (uintmax_t) st.st_size > max_bytes)
    goto too_big;

  /* Size the buffer from a regular file's size, but never beyond the
     limit; the loop below reads to the real end either way.  */
  if (S_ISREG (st.st_mode) && st.st_size > 0)
    {
      size_t want = (uintmax_t) st.st_size < SIZE_MAX - 1
                        ? (size_t) st.st_size + 1 : SIZE_MAX - 1;
      if (max_bytes && want > max_bytes + 1)
        want = max_bytes + 1;
      data = xgrow (NULL, &alloc, want + 1, 1);
    }

  for (;;)
    {
      /* Keep one byte for the NUL, and read at most one byte past the
         limit to learn that the file is over it.  */
      if (alloc - len < 2)
        data = xgrow (data, &alloc, len < 4096 ? 8192 : len * 2, 1);
      size_t room = alloc - len - 1;
      if (max_bytes && room > max_bytes + 1 - len)
        room = max_bytes + 1 - len;
      ssize_t r = read (fd, data + len, room);
      if (r < 0)
        {
          if (errno == EINTR)
            continue;
          goto fail_errno;
        }
      if (r == 0)
        break;
      len += (size_t) r;
      if (max_bytes && len > max_bytes)
        goto too_big;
    }
  if (!is_stdin)
    close (fd);
  fd = -1;

  const char *reason = wide_bom_reason ((unsigned char *) data, len);
  if (reason)
    {
      free (data);
      *error = xstrdup (reason);
      return NULL;
    }
  if (data == NULL)
    data = xmalloc (1);
  return make_source (path, data, len);

too_big:
  *error = xasprintf (_("file is larger than the limit of %zu bytes"),
                      max_bytes);
  goto fail;
fail_errno:
  saved = errno;
  *error = xstrdup (strerror (saved));
fail:
  if (!is_stdin && fd >= 0)
    close (fd);
  free (data);
  return NULL;
}

void
td_source_free (struct td_source *src)
{
  if (src == NULL)
    return;
  free (src->path);
  free (src->data);
  free (src->lines);
  free (src->enc);
  free (src);
}

const char *
td_source_line (const struct td_source *src, int line, size_t *len)
{
  if (line < 1 || (size_t) line > src->nlines)
    {
      *len = 0;
      return "";
    }
  size_t start = src->lines[line - 1];
  size_t end = (size_t) line < src->nlines ? src->lines[line] : src->len;
  if (end > start && src->data[end - 1] == '\n')
    end--;
  if (end > start && src->data[end - 1] == '\r')
    end--;
  *len = end - start;
  return src->data + start;
}

int
td_source_line_of (const struct td_source *src, size_t offset)
{
  size_t lo = 0, hi = src->nlines;

  /* Find the last line that starts at or before OFFSET.  */
  while (hi - lo > 1)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (src->lines[mid] <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return (int) lo + 1;
}

size_t
td_source_offset (const struct td_source *src, int line, int bytecol)
{
  size_t len;

  if (line < 1)
    line = 1;
  if ((size_t) line > src->nlines)
    line = (int) src->nlines;
  const char *s = td_source_line (src, line, &len);
  size_t col = bytecol > 1 ? (size_t) bytecol - 1 : 0;
  if (col > len)
    col = len;
  return (size_t) (s - src->data) + col;
}

int
td_source_charcol (const struct td_source *src, int line, int bytecol)
{
  size_t len;
  const unsigned char *s
      = (const unsigned char *) td_source_line (src, line, &len);
  size_t col = bytecol > 1 ? (size_t) bytecol - 1 : 0;
  int chars = 1;

  if (col > len)
    col = len;
  /* The data is valid UTF-8 once sanitised, so each character has exactly
     one byte that is not a continuation byte; a column inside a character
     counts that character.  */
  for (size_t i = 0; i < col; i++)
    chars += (s[i] & 0xC0) != 0x80;
  return chars;
}
