/* buf.h: a growable byte buffer, always NUL-terminated (cmark_strbuf,
   lowdown hbuf).  */
#ifndef TD_BUF_H
#define TD_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct td_buf
{
  char *data;   /* owned; NUL-terminated once anything was added */
  size_t len;   /* bytes used, not counting the NUL */
  size_t alloc; /* bytes allocated */
};

#define TD_BUF_INIT { NULL, 0, 0 }

void td_buf_put (struct td_buf *b, const void *p, size_t n);
void td_buf_puts (struct td_buf *b, const char *s);
void td_buf_putc (struct td_buf *b, int c);
void td_buf_printf (struct td_buf *b, const char *fmt, ...)
#if defined __GNUC__
  __attribute__ ((format (printf, 2, 3)))
#endif
  ;
/* Empties B but keeps its memory.  */
void td_buf_clear (struct td_buf *b);
/* Returns B's string (never NULL, "" when empty) and leaves B empty; the
   caller owns the string.  */
char *td_buf_detach (struct td_buf *b);
/* Frees B's memory; B is empty afterwards.  */
void td_buf_free (struct td_buf *b);
/* B's contents as a C string, "" when empty; owned by B.  */
const char *td_buf_str (const struct td_buf *b);

#endif
