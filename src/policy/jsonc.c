/* jsonc.c: td_jsonc_blank, JSONC made into JSON in place (see jsonc.h).  */
#include <config.h>
#include "util/system.h"
#include "policy/jsonc.h"

#include "util/xalloc.h"

/* The end of the comment that starts at S[I] ('/'), or I when none does
   or a slash-star comment is not closed.  */
static size_t
comment_end (const char *s, size_t len, size_t i)
{
  if (i + 1 >= len || s[i] != '/')
    return i;
  if (s[i + 1] == '/')
    {
      size_t k = i + 2;
      while (k < len && s[k] != '\n')
        k++;
      return k;
    }
  if (s[i + 1] == '*')
    for (size_t k = i + 2; k + 1 < len; k++)
      if (s[k] == '*' && s[k + 1] == '/')
        return k + 2;
  return i;
}

/* The offset of the next token at or after I: past white space and
   comments.  */
static size_t
next_token (const char *s, size_t len, size_t i)
{
  while (i < len)
    {
      if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')
        i++;
      else
        {
          size_t e = comment_end (s, len, i);
          if (e == i)
            break;
          i = e;
        }
    }
  return i;
}

/* Replaces the bytes [FROM, TO) of S by spaces, keeping line breaks.  */
static void
blank (char *s, size_t from, size_t to)
{
  for (size_t k = from; k < to; k++)
    if (s[k] != '\n' && s[k] != '\r')
      s[k] = ' ';
}

char *
td_jsonc_blank (const char *text, size_t len, bool *blanked)
{
  char *out = xmalloc (len + 1);
  memcpy (out, text, len);
  out[len] = '\0';
  bool any = false;
  char last = '\0'; /* the last byte of the previous token */
  for (size_t i = 0; i < len;)
    {
      char c = text[i];
      if (c == '"')
        {
          last = '"';
          /* A string literal, up to its closing quote or the end of the
             line (an unclosed string is the parser's error).  */
          i++;
          while (i < len && text[i] != '"' && text[i] != '\n')
            i += text[i] == '\\' && i + 1 < len ? 2 : 1;
          if (i < len && text[i] == '"')
            i++;
          continue;
        }
      if (c == '/')
        {
          size_t e = comment_end (text, len, i);
          if (e > i)
            {
              blank (out, i, e);
              any = true;
              i = e;
              continue;
            }
        }
      /* A trailing comma follows a value: "[1,,]" and "[,]" stay
         errors at their first comma.  */
      if (c == ',' && last != '\0' && !strchr (",[{:", last))
        {
          size_t t = next_token (text, len, i + 1);
          if (t < len && (text[t] == '}' || text[t] == ']'))
            {
              out[i] = ' ';
              any = true;
            }
        }
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        last = c;
      i++;
    }
  if (blanked)
    *blanked = any;
  return out;
}
