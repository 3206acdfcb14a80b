/* json_indent.c: JSON text laid out with spaces (see json_indent.h).  */
#include <config.h>
#include "util/system.h"
#include "util/json_indent.h"

#include "util/buf.h"

/* A new line and DEPTH * WIDTH spaces.  */
static void
new_line (struct td_buf *b, int depth, int width)
{
  td_buf_putc (b, '\n');
  for (int i = 0; i < depth * width; i++)
    td_buf_putc (b, ' ');
}

char *
td_json_indent (const char *compact, int width)
{
  struct td_buf b = TD_BUF_INIT;
  int depth = 0;
  bool in_string = false;

  for (const char *p = compact; *p; p++)
    {
      char c = *p;
      if (in_string)
        {
          td_buf_putc (&b, c);
          if (c == '\\' && p[1])
            td_buf_putc (&b, *++p);
          else if (c == '"')
            in_string = false;
          continue;
        }
      switch (c)
        {
        case '"':
          in_string = true;
          td_buf_putc (&b, c);
          break;
        case '{':
        case '[':
          td_buf_putc (&b, c);
          if (p[1] == (c == '{' ? '}' : ']'))
            td_buf_putc (&b, *++p);
          else
            new_line (&b, ++depth, width);
          break;
        case '}':
        case ']':
          new_line (&b, --depth, width);
          td_buf_putc (&b, c);
          break;
        case ',':
          td_buf_putc (&b, c);
          new_line (&b, depth, width);
          break;
        case ':':
          td_buf_puts (&b, ": ");
          break;
        default:
          td_buf_putc (&b, c);
          break;
        }
    }
  return td_buf_detach (&b);
}
