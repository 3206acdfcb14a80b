/* macro.c: "{{...}}" template syntax in Markdown text (see macro.h).  */
#include <config.h>
#include "util/system.h"
#include "doc/macro.h"

#include <ctype.h>

#include "util/buf.h"
#include "util/xalloc.h"

/* Shortcode arguments a translation may translate: what the reader sees
   (Hugo's figure, glossary_tooltip, tabs, details...).  */
static const char *const shortcode_text_args[] = {
  "alt", "caption", "description", "label", "summary", "text", "title",
};

/* Macro calls whose arguments follow translated headings or the
   translated site's pages, compared by name alone (lower case).  Names
   ending in "sidebar" are treated the same.  */
static const char *const name_only_calls[] = {
  "embedlivesample", "livesamplelink", "previous", "next", "previousnext",
  "previousmenu", "nextmenu", "previousmenunext",
};

/* MDN's reference macros and the folder of the pages they link to.
   DOTS: a '.' between two letters of the argument is a '/' of the path
   ("Window.fetch" is "Window/fetch", "Array.prototype.map()" is
   "Array/map": "prototype." and a final "()" are dropped).  */
static const struct link_macro
{
  const char *name; /* lower case */
  const char *folder;
  bool dots;
} link_macros[] = {
  { "glossary", "/docs/Glossary/", false },
  { "htmlelement", "/docs/Web/HTML/Element/", false },
  { "cssxref", "/docs/Web/CSS/", false },
  { "domxref", "/docs/Web/API/", true },
  { "jsxref", "/docs/Web/JavaScript/Reference/Global_Objects/", true },
  { "httpheader", "/docs/Web/HTTP/Headers/", false },
  { "httpstatus", "/docs/Web/HTTP/Status/", false },
  { "httpmethod", "/docs/Web/HTTP/Methods/", false },
  { "svgelement", "/docs/Web/SVG/Element/", false },
  { "svgattr", "/docs/Web/SVG/Attribute/", false },
};

static bool
is_name_byte (unsigned char c)
{
  return isalnum (c) || c == '_' || c == '-' || c == '.' || c == ':';
}

/* The end of the quoted string that starts at S[I] (a quote), past the
   closing quote, or N when it is not closed.  */
static size_t
skip_string (const char *s, size_t n, size_t i)
{
  char q = s[i];
  for (i++; i < n; i++)
    {
      if (s[i] == '\\' && q != '`' && i + 1 < n)
        i++;
      else if (s[i] == q)
        return i + 1;
    }
  return n;
}

/* The offset of the "}}" that closes a macro whose body starts at I, or
   N: not inside a string, on the same paragraph (no blank line).  */
static size_t
find_close (const char *s, size_t n, size_t i, const char *close)
{
  size_t cl = strlen (close);
  while (i + cl <= n)
    {
      if (memcmp (s + i, close, cl) == 0)
        return i;
      if (s[i] == '"' || s[i] == '`')
        {
          i = skip_string (s, n, i);
          continue;
        }
      if (s[i] == '\n' && i + 1 < n && s[i + 1] == '\n')
        return n;
      i++;
    }
  return n;
}

static bool
scan_shortcode (const char *s, size_t n, size_t i, struct td_macro *m)
{
  char d = s[i + 2];
  const char *close = d == '<' ? ">}}" : "%}}";
  size_t b = i + 3;
  while (b < n && s[b] == ' ')
    b++;
  if (b < n && s[b] == '/' && b + 1 < n && s[b + 1] == '*')
    return false; /* a comment inside the delimiters: shown literally */
  size_t e = find_close (s, n, b, close);
  if (e >= n)
    return false;
  m->kind = TD_MACRO_SHORTCODE;
  m->closing = s[b] == '/';
  if (m->closing)
    {
      b++;
      while (b < e && s[b] == ' ')
        b++;
    }
  m->name_off = b;
  while (b < e && is_name_byte ((unsigned char) s[b]))
    b++;
  m->name_len = b - m->name_off;
  if (m->name_len == 0)
    return false;
  m->args_off = b;
  m->args_len = e - b;
  m->start = i;
  m->end = e + 3;
  return true;
}

static bool
scan_call_or_expr (const char *s, size_t n, size_t i, struct td_macro *m)
{
  size_t e = find_close (s, n, i + 2, "}}");
  if (e >= n || e == i + 2)
    return false;
  if (memchr (s + i + 2, '{', e - i - 2))
    return false; /* nested braces: JSX or a template block, not ours */
  size_t b = i + 2, z = e;
  while (b < z && s[b] == ' ')
    b++;
  while (z > b && s[z - 1] == ' ')
    z--;
  if (b == z)
    return false;
  m->start = i;
  m->end = e + 2;
  m->closing = false;
  size_t k = b;
  while (k < z && (isalnum ((unsigned char) s[k]) || s[k] == '_'
                   || s[k] == '-'))
    k++;
  bool call = b == i + 2 && k > b && isalpha ((unsigned char) s[b])
              && (k == z || (s[k] == '(' && s[z - 1] == ')'));
  if (call)
    {
      m->kind = TD_MACRO_CALL;
      m->name_off = b;
      m->name_len = k - b;
      m->args_off = k < z ? k + 1 : z;
      m->args_len = k < z ? z - 1 - (k + 1) : 0;
    }
  else
    {
      m->kind = TD_MACRO_EXPR;
      m->name_off = b;
      m->name_len = z - b;
      m->args_off = z;
      m->args_len = 0;
    }
  return true;
}

bool
td_macro_next (const char *s, size_t n, size_t *pos, struct td_macro *m)
{
  for (size_t i = *pos; i + 4 <= n; i++)
    {
      if (s[i] != '{' || s[i + 1] != '{')
        continue;
      if (i > 0 && (s[i - 1] == '\\' || s[i - 1] == '{' || s[i - 1] == '$'
                    || s[i - 1] == '='))
        {
          i++;
          continue;
        }
      bool found = (s[i + 2] == '<' || s[i + 2] == '%')
                     ? scan_shortcode (s, n, i, m)
                     : scan_call_or_expr (s, n, i, m);
      if (found)
        {
          *pos = m->end;
          return true;
        }
      i++;
    }
  *pos = n;
  return false;
}

/* One argument of a shortcode: [NAME=]VALUE.  */
struct arg
{
  size_t start, end;          /* the whole argument */
  size_t name_off, name_len;  /* name_len 0: positional */
  size_t value_off, value_len; /* without quotes */
};

/* The next shortcode argument in S[*I, END); false at the end.  */
static bool
next_arg (const char *s, size_t *i, size_t end, struct arg *a)
{
  size_t k = *i;
  while (k < end && isspace ((unsigned char) s[k]))
    k++;
  if (k >= end)
    return false;
  a->start = k;
  a->name_len = 0;
  size_t w = k;
  while (w < end && is_name_byte ((unsigned char) s[w]))
    w++;
  if (w < end && w > k && s[w] == '=')
    {
      a->name_off = k;
      a->name_len = w - k;
      k = w + 1;
    }
  if (k < end && (s[k] == '"' || s[k] == '`'))
    {
      size_t e = skip_string (s, end, k);
      a->value_off = k + 1;
      a->value_len = e > k + 1 ? e - k - 2 : 0;
      if (e == end && s[end - 1] != s[k])
        a->value_len = end - k - 1;
      k = e;
    }
  else
    {
      a->value_off = k;
      while (k < end && !isspace ((unsigned char) s[k]))
        k++;
      a->value_len = k - a->value_off;
    }
  a->end = k;
  *i = k;
  return true;
}

static bool
in_list (const char *s, size_t n, const char *const *list, size_t count)
{
  for (size_t i = 0; i < count; i++)
    if (strlen (list[i]) == n && strncasecmp (s, list[i], n) == 0)
      return true;
  return false;
}

/* True when the shortcode argument A is text a reader sees.  */
static bool
text_arg (const char *s, const struct arg *a)
{
  if (a->name_len > 0)
    return in_list (s + a->name_off, a->name_len, shortcode_text_args,
                    ARRAY_SIZE (shortcode_text_args));
  /* A positional argument of several words is a title or a label.  */
  return memchr (s + a->value_off, ' ', a->value_len) != NULL;
}

/* The arguments of a call: the bytes of each top-level argument.  */
static size_t
call_args (const char *s, const struct td_macro *m, struct arg *v,
           size_t max)
{
  size_t i = m->args_off, end = m->args_off + m->args_len, k = 0;
  while (i < end && k < max)
    {
      while (i < end && isspace ((unsigned char) s[i]))
        i++;
      if (i >= end)
        break;
      size_t a = i;
      while (i < end && s[i] != ',')
        i = (s[i] == '"' || s[i] == '\'' || s[i] == '`')
              ? skip_string (s, end, i)
              : i + 1;
      size_t z = i;
      while (z > a && isspace ((unsigned char) s[z - 1]))
        z--;
      v[k].start = a;
      v[k].end = z;
      v[k].name_len = 0;
      bool quoted = z - a >= 2 && (s[a] == '"' || s[a] == '\'' || s[a] == '`')
                    && s[z - 1] == s[a];
      v[k].value_off = quoted ? a + 1 : a;
      v[k].value_len = quoted ? z - a - 2 : z - a;
      k++;
      i++; /* the comma */
    }
  return k;
}

static bool
name_only (const char *name, size_t n)
{
  return in_list (name, n, name_only_calls, ARRAY_SIZE (name_only_calls))
         || (n >= 7 && strncasecmp (name + n - 7, "sidebar", 7) == 0);
}

char *
td_macro_key (const char *s, const struct td_macro *m)
{
  struct td_buf b = TD_BUF_INIT;
  const char *name = s + m->name_off;
  switch (m->kind)
    {
    case TD_MACRO_SHORTCODE:
      {
        char d = s[m->start + 2];
        td_buf_printf (&b, "{{%c %s%.*s", d, m->closing ? "/" : "",
                       (int) m->name_len, name);
        size_t i = m->args_off, end = m->args_off + m->args_len;
        struct arg a;
        while (next_arg (s, &i, end, &a))
          if (!text_arg (s, &a))
            {
              td_buf_putc (&b, ' ');
              td_buf_put (&b, s + a.start, a.end - a.start);
            }
        td_buf_printf (&b, " %c}}", d == '<' ? '>' : '%');
      }
      break;
    case TD_MACRO_CALL:
      td_buf_puts (&b, "{{");
      for (size_t i = 0; i < m->name_len; i++)
        td_buf_putc (&b, tolower ((unsigned char) name[i]));
      if (!name_only (name, m->name_len) && m->args_len > 0)
        {
          struct arg v[1];
          if (call_args (s, m, v, 1) == 1)
            {
              td_buf_putc (&b, '(');
              /* One spelling for the quotes.  */
              td_buf_putc (&b, '"');
              td_buf_put (&b, s + v[0].value_off, v[0].value_len);
              td_buf_puts (&b, "\")");
            }
        }
      td_buf_puts (&b, "}}");
      break;
    case TD_MACRO_EXPR:
      td_buf_puts (&b, "{{ ");
      for (size_t i = 0; i < m->name_len; i++)
        if (!(isspace ((unsigned char) name[i])
              && (i + 1 >= m->name_len
                  || isspace ((unsigned char) name[i + 1]))))
          td_buf_putc (&b, isspace ((unsigned char) name[i]) ? ' ' : name[i]);
      td_buf_puts (&b, " }}");
      break;
    }
  return td_buf_detach (&b);
}

char *
td_macro_link (const char *s, const struct td_macro *m)
{
  if (m->kind != TD_MACRO_CALL || m->args_len == 0)
    return NULL;
  for (size_t i = 0; i < ARRAY_SIZE (link_macros); i++)
    {
      const struct link_macro *lm = &link_macros[i];
      if (strlen (lm->name) != m->name_len
          || strncasecmp (s + m->name_off, lm->name, m->name_len) != 0)
        continue;
      struct arg v[1];
      if (call_args (s, m, v, 1) != 1 || v[0].value_len == 0)
        return NULL;
      struct td_buf b = TD_BUF_INIT;
      td_buf_puts (&b, lm->folder);
      const char *a = s + v[0].value_off;
      size_t n = v[0].value_len;
      if (lm->dots && n > 2 && a[n - 2] == '(' && a[n - 1] == ')')
        n -= 2;
      for (size_t k = 0; k < n; k++)
        {
          if (lm->dots && k + 10 <= n && memcmp (a + k, "prototype.", 10) == 0
              && (k == 0 || a[k - 1] == '.'))
            {
              k += 9;
              continue;
            }
          bool dot = lm->dots && a[k] == '.' && k > 0 && k + 1 < n
                     && isalpha ((unsigned char) a[k - 1])
                     && isalpha ((unsigned char) a[k + 1]);
          td_buf_putc (&b, a[k] == ' ' ? '_' : dot ? '/' : a[k]);
        }
      return td_buf_detach (&b);
    }
  return NULL;
}

char *
td_macro_display (const char *s, const struct td_macro *m)
{
  if (m->kind == TD_MACRO_SHORTCODE)
    {
      size_t i = m->args_off, end = m->args_off + m->args_len;
      struct arg a;
      while (next_arg (s, &i, end, &a))
        if (a.name_len > 0 && text_arg (s, &a))
          return xstrndup (s + a.value_off, a.value_len);
      return xstrdup ("");
    }
  if (m->kind == TD_MACRO_CALL && m->args_len > 0
      && !name_only (s + m->name_off, m->name_len))
    {
      struct arg v[8];
      size_t k = call_args (s, m, v, ARRAY_SIZE (v));
      if (k > 0)
        return xstrndup (s + v[k - 1].value_off, v[k - 1].value_len);
    }
  return xstrdup ("");
}
