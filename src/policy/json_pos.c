/* json_pos.c: td_json_locate, a small JSON tokenizer that finds the byte
   offset of the value at a path such as "Statement[0].Action[5]".  */
#include <config.h>
#include "util/system.h"
#include "policy/iam.h"

#include "util/buf.h"
#include "util/xalloc.h"

struct lx
{
  const char *s;
  size_t n, i;
};

static void
ws (struct lx *x)
{
  while (x->i < x->n
         && (x->s[x->i] == ' ' || x->s[x->i] == '\t' || x->s[x->i] == '\n'
             || x->s[x->i] == '\r'))
    x->i++;
}

static int
hexval (int c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Reads 4 hex digits at X->i; -1 if there are none.  */
static long
hex4 (struct lx *x)
{
  if (x->n - x->i < 4)
    return -1;
  long v = 0;
  for (int k = 0; k < 4; k++)
    {
      int h = hexval ((unsigned char) x->s[x->i + (size_t) k]);
      if (h < 0)
        return -1;
      v = v * 16 + h;
    }
  x->i += 4;
  return v;
}

static void
put_utf8 (struct td_buf *b, unsigned long cp)
{
  if (cp < 0x80)
    td_buf_putc (b, (int) cp);
  else if (cp < 0x800)
    {
      td_buf_putc (b, (int) (0xC0 | (cp >> 6)));
      td_buf_putc (b, (int) (0x80 | (cp & 0x3F)));
    }
  else if (cp < 0x10000)
    {
      td_buf_putc (b, (int) (0xE0 | (cp >> 12)));
      td_buf_putc (b, (int) (0x80 | ((cp >> 6) & 0x3F)));
      td_buf_putc (b, (int) (0x80 | (cp & 0x3F)));
    }
  else
    {
      td_buf_putc (b, (int) (0xF0 | (cp >> 18)));
      td_buf_putc (b, (int) (0x80 | ((cp >> 12) & 0x3F)));
      td_buf_putc (b, (int) (0x80 | ((cp >> 6) & 0x3F)));
      td_buf_putc (b, (int) (0x80 | (cp & 0x3F)));
    }
}

/* Reads the string at X->i (a '"'); stores its decoded text in OUT when
   OUT is not NULL.  Returns false on malformed input.  */
static bool
string (struct lx *x, struct td_buf *out)
{
  if (x->i >= x->n || x->s[x->i] != '"')
    return false;
  x->i++;
  while (x->i < x->n)
    {
      char c = x->s[x->i++];
      if (c == '"')
        return true;
      if (c != '\\')
        {
          if (out)
            td_buf_putc (out, c);
          continue;
        }
      if (x->i >= x->n)
        return false;
      c = x->s[x->i++];
      if (c == 'u')
        {
          long cp = hex4 (x);
          if (cp < 0)
            return false;
          if (cp >= 0xD800 && cp < 0xDC00 && x->n - x->i >= 6
              && x->s[x->i] == '\\' && x->s[x->i + 1] == 'u')
            {
              x->i += 2;
              long lo = hex4 (x);
              if (lo < 0xDC00 || lo > 0xDFFF)
                return false;
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            }
          if (out)
            put_utf8 (out, (unsigned long) cp);
          continue;
        }
      if (out)
        {
          const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
          const char *p = strchr (from, c);
          td_buf_putc (out, p && c ? to[p - from] : c);
        }
    }
  return false;
}

/* Skips the value at X->i.  */
static bool
skip_value (struct lx *x)
{
  ws (x);
  if (x->i >= x->n)
    return false;
  char c = x->s[x->i];
  if (c == '"')
    return string (x, NULL);
  if (c == '{' || c == '[')
    {
      size_t depth = 0;
      while (x->i < x->n)
        {
          c = x->s[x->i];
          if (c == '"')
            {
              if (!string (x, NULL))
                return false;
              continue;
            }
          x->i++;
          if (c == '{' || c == '[')
            depth++;
          else if (c == '}' || c == ']')
            {
              if (--depth == 0)
                return true;
            }
        }
      return false;
    }
  size_t start = x->i;
  while (x->i < x->n && !strchr (",]} \t\r\n", x->s[x->i]))
    x->i++;
  return x->i > start;
}

/* With X at an object, moves X to the value of member KEY.  */
static bool
enter_member (struct lx *x, const char *key, size_t keylen)
{
  ws (x);
  if (x->i >= x->n || x->s[x->i] != '{')
    return false;
  x->i++;
  struct td_buf k = TD_BUF_INIT;
  bool found = false;
  for (;;)
    {
      ws (x);
      if (x->i >= x->n || x->s[x->i] == '}')
        break;
      td_buf_clear (&k);
      if (!string (x, &k))
        break;
      ws (x);
      if (x->i >= x->n || x->s[x->i] != ':')
        break;
      x->i++;
      ws (x);
      if (k.len == keylen && memcmp (td_buf_str (&k), key, keylen) == 0)
        {
          found = true;
          break;
        }
      if (!skip_value (x))
        break;
      ws (x);
      if (x->i < x->n && x->s[x->i] == ',')
        x->i++;
      else
        break;
    }
  td_buf_free (&k);
  return found;
}

/* With X at an array, moves X to its element INDEX.  */
static bool
enter_element (struct lx *x, size_t index)
{
  ws (x);
  if (x->i >= x->n || x->s[x->i] != '[')
    return false;
  x->i++;
  for (size_t k = 0;; k++)
    {
      ws (x);
      if (x->i >= x->n || x->s[x->i] == ']')
        return false;
      if (k == index)
        return true;
      if (!skip_value (x))
        return false;
      ws (x);
      if (x->i < x->n && x->s[x->i] == ',')
        x->i++;
      else
        return false;
    }
}

bool
td_json_locate (const char *text, size_t len, const char *path,
                size_t *offset)
{
  struct lx x = { text, len, 0 };
  if (len >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    x.i = 3;
  const char *p = path;
  while (*p)
    {
      if (*p == '.')
        p++;
      if (*p == '[')
        {
          char *end;
          errno = 0;
          unsigned long long v = strtoull (p + 1, &end, 10);
          if (end == p + 1 || *end != ']' || errno)
            return false;
          if (!enter_element (&x, (size_t) v))
            return false;
          p = end + 1;
        }
      else
        {
          size_t k = strcspn (p, ".[");
          if (k == 0 || !enter_member (&x, p, k))
            return false;
          p += k;
        }
    }
  ws (&x);
  if (x.i >= x.n)
    return false;
  *offset = x.i;
  return true;
}
