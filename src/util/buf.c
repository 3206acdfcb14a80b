/* buf.c: growable byte buffer.  */
#include <config.h>
#include "util/system.h"
#include "util/buf.h"
#include "util/xalloc.h"

static void
reserve (struct td_buf *b, size_t extra)
{
  if (extra > SIZE_MAX - b->len - 1)
    {
      fprintf (stderr, "twindoc: %s\n", _("memory exhausted"));
      exit (TD_EXIT_TROUBLE);
    }
  b->data = xgrow (b->data, &b->alloc, b->len + extra + 1, 1);
}

void
td_buf_put (struct td_buf *b, const void *p, size_t n)
{
  reserve (b, n);
  if (n)
    memcpy (b->data + b->len, p, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void
td_buf_puts (struct td_buf *b, const char *s)
{
  td_buf_put (b, s, strlen (s));
}

void
td_buf_putc (struct td_buf *b, int c)
{
  char ch = (char) c;
  td_buf_put (b, &ch, 1);
}

void
td_buf_printf (struct td_buf *b, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  char *s = xvasprintf (fmt, ap);
  va_end (ap);
  td_buf_puts (b, s);
  free (s);
}

void
td_buf_clear (struct td_buf *b)
{
  b->len = 0;
  if (b->data)
    b->data[0] = '\0';
}

char *
td_buf_detach (struct td_buf *b)
{
  char *s = b->data ? b->data : xstrdup ("");
  b->data = NULL;
  b->len = b->alloc = 0;
  return s;
}

void
td_buf_free (struct td_buf *b)
{
  free (b->data);
  b->data = NULL;
  b->len = b->alloc = 0;
}

const char *
td_buf_str (const struct td_buf *b)
{
  return b->data ? b->data : "";
}
