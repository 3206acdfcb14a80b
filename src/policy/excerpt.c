/* excerpt.c: JSON excerpts of documentation made into documents (see
   excerpt.h).  */
#include <config.h>
#include "util/system.h"
#include "policy/excerpt.h"

#include "util/buf.h"
#include "util/xalloc.h"

/* The keys of an info string that list the deleted lines of a block
   ("del={7}", "del={1,4-5}"), as Expressive Code writes them.  */
static const char *const deleted_keys[] = { "del" };

/* The markers that delete the line they stand on, as Shiki's notation
   writes them in a comment.  */
static const char *const deleted_marks[] = { "[!code --]" };

/* The lines that elide a part of a document, once trimmed (a comma may
   follow).  */
static const char *const elisions[] = { "...", "\xe2\x80\xa6" };

/* The most brackets td_json_complete_excerpt closes.  */
enum { MAX_OPEN = 64 };

/* Whether line LINE (1-based) is in the set of the info string INFO at
   KEY ("{7}", "{1,4-5}").  */
static bool
in_line_set (const char *info, const char *key, long line)
{
  size_t kl = strlen (key);
  for (const char *s = strstr (info, key); s; s = strstr (s + 1, key))
    {
      if ((s > info && s[-1] != ' ' && s[-1] != '\t') || s[kl] != '='
          || s[kl + 1] != '{')
        continue;
      const char *p = s + kl + 2;
      while (*p && *p != '}')
        {
          while (*p == ' ' || *p == ',')
            p++;
          char *end;
          long a = strtol (p, &end, 10);
          if (end == p)
            break;
          long b = a;
          p = end;
          while (*p == ' ')
            p++;
          if (*p == '-')
            {
              b = strtol (p + 1, &end, 10);
              if (end == p + 1)
                break;
              p = end;
            }
          if (line >= a && line <= b)
            return true;
        }
    }
  return false;
}

/* Whether the N bytes at S hold NEEDLE.  */
static bool
holds (const char *s, size_t n, const char *needle)
{
  size_t m = strlen (needle);
  for (size_t i = 0; i + m <= n; i++)
    if (memcmp (s + i, needle, m) == 0)
      return true;
  return false;
}

char *
td_json_drop_deleted (const char *text, size_t len, const char *info,
                      bool *deleted)
{
  char *out = xmalloc (len + 1);
  memcpy (out, text, len);
  out[len] = '\0';
  *deleted = false;
  long line = 1;
  for (size_t i = 0; i < len; line++)
    {
      size_t e = i;
      while (e < len && text[e] != '\n')
        e++;
      bool gone = false;
      for (size_t k = 0; k < ARRAY_SIZE (deleted_keys) && !gone; k++)
        gone = in_line_set (info ? info : "", deleted_keys[k], line);
      for (size_t k = 0; k < ARRAY_SIZE (deleted_marks) && !gone; k++)
        gone = holds (text + i, e - i, deleted_marks[k]);
      if (gone)
        {
          for (size_t k = i; k < e; k++)
            if (out[k] != '\r')
              out[k] = ' ';
          *deleted = true;
        }
      i = e + 1;
    }
  return out;
}

/* Whether the N bytes at S, a line, elide a part.  */
static bool
eliding_line (const char *s, size_t n)
{
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'
                   || s[n - 1] == ','))
    n--;
  while (n > 0 && (*s == ' ' || *s == '\t'))
    s++, n--;
  for (size_t k = 0; k < ARRAY_SIZE (elisions); k++)
    if (strlen (elisions[k]) == n && memcmp (s, elisions[k], n) == 0)
      return true;
  return false;
}

/* The offset of the first token of S (N bytes) at or after I: past
   white space and comments.  */
static size_t
skip_space (const char *s, size_t n, size_t i)
{
  while (i < n)
    {
      if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')
        i++;
      else if (s[i] == '/' && i + 1 < n && s[i + 1] == '/')
        while (i < n && s[i] != '\n')
          i++;
      else if (s[i] == '/' && i + 1 < n && s[i + 1] == '*')
        {
          size_t k = i + 2;
          while (k + 1 < n && !(s[k] == '*' && s[k + 1] == '/'))
            k++;
          i = k + 2 <= n ? k + 2 : n;
        }
      else
        break;
    }
  return i;
}

/* Whether S (N bytes) starts with a member of an object: a string, then
   a colon.  */
static bool
starts_with_member (const char *s, size_t n)
{
  size_t i = skip_space (s, n, 0);
  if (i >= n || s[i] != '"')
    return false;
  for (i++; i < n && s[i] != '"' && s[i] != '\n'; i++)
    if (s[i] == '\\')
      i++;
  if (i >= n || s[i] != '"')
    return false;
  i = skip_space (s, n, i + 1);
  return i < n && s[i] == ':';
}

char *
td_json_complete_excerpt (const char *text, size_t len, size_t *prefix,
                          size_t *out_len)
{
  char *body = xmalloc (len + 1);
  memcpy (body, text, len);
  body[len] = '\0';
  bool elided = false, ends_elided = false;
  for (size_t i = 0; i < len;)
    {
      size_t e = i;
      while (e < len && text[e] != '\n')
        e++;
      bool blank = true;
      for (size_t k = i; k < e && blank; k++)
        blank = text[k] == ' ' || text[k] == '\t' || text[k] == '\r';
      if (eliding_line (text + i, e - i))
        {
          for (size_t k = i; k < e; k++)
            body[k] = ' ';
          elided = ends_elided = true;
        }
      else if (!blank)
        ends_elided = false;
      i = e + 1;
    }
  bool member = starts_with_member (body, len);
  if (!elided && !member)
    {
      free (body);
      return NULL;
    }
  struct td_buf b = TD_BUF_INIT;
  if (member)
    td_buf_putc (&b, '{');
  *prefix = b.len;
  td_buf_put (&b, body, len);
  /* The brackets left open where the text stops short.  */
  char open[MAX_OPEN];
  size_t depth = 0;
  bool str = false, deep = false;
  for (size_t i = 0; i < len; i++)
    {
      char c = body[i];
      if (str)
        {
          if (c == '\\')
            i++;
          else if (c == '"' || c == '\n')
            str = false;
        }
      else if (c == '"')
        str = true;
      else if (c == '/' && i + 1 < len && (body[i + 1] == '/'
                                           || body[i + 1] == '*'))
        i = skip_space (body, len, i) - 1;
      else if (c == '{' || c == '[')
        {
          if (depth == MAX_OPEN)
            deep = true;
          else
            open[depth++] = c;
        }
      else if ((c == '}' || c == ']') && depth > 0)
        depth--;
    }
  if (ends_elided && !deep)
    while (depth > 0)
      {
        td_buf_putc (&b, '\n');
        td_buf_putc (&b, open[--depth] == '{' ? '}' : ']');
      }
  if (member)
    td_buf_puts (&b, "\n}");
  free (body);
  *out_len = b.len;
  return td_buf_detach (&b);
}
