/* frontmatter.c: a small, forgiving parser for the YAML front matter at
   the top of a Markdown file.  */
#include <config.h>
#include "util/system.h"
#include "doc/frontmatter.h"

#include "util/buf.h"
#include "doc/source.h"
#include "util/utf8.h"
#include "util/xalloc.h"

/* The parse of one front matter block.  Lines are file lines; the block
   is the lines before END, the closing line.  */
struct parser
{
  const struct td_source *src;
  struct td_frontmatter *fm;
  int end;
  size_t nalloc; /* entries allocated */
};

/* A position inside the block that may move on to later lines (quoted
   scalars and flow lists span lines).  Continuation lines must be
   indented more than K.  */
struct cursor
{
  int line;
  const char *b; /* start of the line */
  const char *s; /* current byte */
  const char *e; /* end of the line, without its terminator */
  size_t k;
};

static bool
is_blank (char c)
{
  return c == ' ' || c == '\t';
}

/* Leading spaces and tabs of the N bytes at S.  */
static size_t
indent_of (const char *s, size_t n)
{
  size_t i = 0;
  while (i < n && is_blank (s[i]))
    i++;
  return i;
}

/* Whether the line S, N is blank or only a comment.  */
static bool
is_empty_line (const char *s, size_t n)
{
  size_t i = indent_of (s, n);
  return i == n || s[i] == '#';
}

/* Whether S..E starts a block list item: "-" alone or "- ...".  */
static bool
is_item (const char *s, const char *e)
{
  return s < e && *s == '-' && (s + 1 == e || is_blank (s[1]));
}

/* Whether the N bytes at S are MARK followed only by blanks.  */
static bool
is_marker (const char *s, size_t n, const char *mark)
{
  if (n < 3 || memcmp (s, mark, 3) != 0)
    return false;
  for (size_t i = 3; i < n; i++)
    if (!is_blank (s[i]))
      return false;
  return true;
}

static const char *
get_line (const struct parser *p, int line, size_t *n)
{
  return td_source_line (p->src, line, n);
}

/* Records MSG (translated) at LINE unless a problem is already known.  */
static void
fail (struct parser *p, int line, const char *msg)
{
  if (p->fm->error)
    return;
  p->fm->error = xstrdup (msg);
  p->fm->error_line = line;
}

/* Drops trailing blanks of OUT beyond its first FLOOR bytes.  */
static void
trim_buf (struct td_buf *out, size_t floor)
{
  while (out->len > floor && is_blank (out->data[out->len - 1]))
    out->len--;
  if (out->data)
    out->data[out->len] = '\0';
}

static void
put_newlines (struct td_buf *out, int n)
{
  for (int i = 0; i < n; i++)
    td_buf_putc (out, '\n');
}

/* The end of a plain scalar in S..E: before a " #" comment and trailing
   blanks.  */
static const char *
plain_end (const char *s, const char *e)
{
  for (const char *q = s; q < e; q++)
    if (*q == '#' && q > s && is_blank (q[-1]))
      {
        e = q;
        break;
      }
  while (e > s && is_blank (e[-1]))
    e--;
  return e;
}

/* Moves C to the first non-blank byte of the next line that is not
   blank, counting the blank lines skipped in *NBLANK.  Fails, leaving C
   as it was, at the end of the block or at a line not indented more than
   C->k (unless CLOSE_OK and the line starts with ']').  */
static bool
next_content_line (const struct parser *p, struct cursor *c, int *nblank,
                   bool close_ok)
{
  int nb = 0;

  for (int ln = c->line + 1; ln < p->end; ln++)
    {
      size_t n;
      const char *s = get_line (p, ln, &n);
      size_t i = indent_of (s, n);
      if (i == n)
        {
          nb++;
          continue;
        }
      if (i <= c->k && !(close_ok && s[i] == ']'))
        return false;
      c->line = ln;
      c->b = s;
      c->s = s + i;
      c->e = s + n;
      *nblank = nb;
      return true;
    }
  return false;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Appends the character of the escape sequence at *PS (just after a
   backslash, before E) to OUT and moves *PS past it.  An unknown or
   malformed sequence is reported at LINE and kept as written.  */
static void
read_escape (struct parser *p, int line, const char **ps, const char *e,
             struct td_buf *out)
{
  const char *s = *ps;
  char c = *s++;
  uint32_t cp = 0;
  int digits = 0;

  /* Escapes of one character: the letter, then what it stands for.  */
  static const char simple[] = "a\ab\bt\tn\nv\vf\fr\re\033  \"\"//\\\\\t\t";
  const char *hit = NULL;

  for (size_t i = 0; i + 1 < sizeof simple; i += 2)
    if (simple[i] == c)
      hit = simple + i + 1;
  if (hit)
    td_buf_putc (out, *hit);
  else if (c == '0')
    ; /* U+0000 cannot be kept in a C string: dropped */
  else if (c == 'N')
    cp = 0x85;
  else if (c == '_')
    cp = 0xA0;
  else if (c == 'L')
    cp = 0x2028;
  else if (c == 'P')
    cp = 0x2029;
  else if (c == 'x' || c == 'u' || c == 'U')
    digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
  else
    {
      fail (p, line, _("invalid escape sequence in a double-quoted string"));
      td_buf_putc (out, '\\');
      td_buf_putc (out, c);
    }
  if (digits)
    {
      bool ok = e - s >= digits;
      for (int i = 0; ok && i < digits; i++)
        {
          int v = hex_value (s[i]);
          ok = v >= 0 && cp <= 0x10FFFF;
          cp = (cp << 4) | (uint32_t) (v & 0xF);
        }
      if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        {
          fail (p, line,
                _("invalid escape sequence in a double-quoted string"));
          td_buf_putc (out, '\\');
          td_buf_putc (out, c);
          cp = 0;
        }
      else
        s += digits;
    }
  if (cp)
    {
      char u[4];
      td_buf_put (out, u, (size_t) td_utf8_encode (cp, u));
    }
  *ps = s;
}

/* Reads the quoted scalar whose opening quote is at C->s, across lines if
   needed, and appends its value to OUT: a line break and the indentation
   after it become one space, blank lines become line feeds, '' in single
   quotes is a quote, double quotes take backslash escapes.  Leaves C just
   after the closing quote, or fails (recording why) with C on the last
   line that belongs to the scalar.  */
static bool
read_quoted (struct parser *p, struct cursor *c, struct td_buf *out)
{
  char quote = *c->s++;
  int start_line = c->line;
  size_t floor = out->len; /* blanks beyond this are dropped at a break */
  int nblank;

  for (;;)
    {
      if (c->s == c->e)
        {
          trim_buf (out, floor);
          if (!next_content_line (p, c, &nblank, false))
            break;
          if (nblank)
            put_newlines (out, nblank);
          else
            td_buf_putc (out, ' ');
          floor = out->len;
          continue;
        }
      char ch = *c->s;
      if (ch == quote)
        {
          if (quote == '\'' && c->s + 1 < c->e && c->s[1] == '\'')
            {
              td_buf_putc (out, '\'');
              c->s += 2;
              continue;
            }
          c->s++;
          return true;
        }
      if (quote == '"' && ch == '\\')
        {
          c->s++;
          if (c->s == c->e)
            {
              /* An escaped line break joins the lines without a space.  */
              if (!next_content_line (p, c, &nblank, false))
                break;
              put_newlines (out, nblank);
            }
          else
            read_escape (p, c->line, &c->s, c->e, out);
          floor = out->len;
          continue;
        }
      td_buf_putc (out, ch);
      c->s++;
    }
  fail (p, start_line, _("unterminated quoted string"));
  return false;
}

/* Records MSG unless the rest of C's line is blank or a comment.  */
static void
check_trailing (struct parser *p, const struct cursor *c, const char *msg)
{
  const char *s = c->s;
  while (s < c->e && is_blank (*s))
    s++;
  if (s < c->e && !(*s == '#' && s > c->s))
    fail (p, c->line, msg);
}

/* Skips blanks, line breaks and comments inside a flow list; fails at the
   end of the block.  */
static bool
skip_flow_space (const struct parser *p, struct cursor *c)
{
  for (;;)
    {
      int nblank;
      while (c->s < c->e && is_blank (*c->s))
        c->s++;
      if (c->s < c->e
          && !(*c->s == '#' && (c->s == c->b || is_blank (c->s[-1]))))
        return true;
      if (!next_content_line (p, c, &nblank, true))
        return false;
    }
}

/* Reads a plain scalar inside a flow list, up to ',', a bracket, a brace
   or a comment; it may continue on the next lines.  */
static void
read_flow_plain (const struct parser *p, struct cursor *c,
                 struct td_buf *out)
{
  size_t start = out->len;

  for (;;)
    {
      while (c->s < c->e && !strchr (",[]{}", *c->s)
             && !(*c->s == '#' && c->s > c->b && is_blank (c->s[-1])))
        td_buf_putc (out, *c->s++);
      trim_buf (out, start);
      if (c->s < c->e)
        return;
      struct cursor save = *c;
      int nblank;
      if (!next_content_line (p, c, &nblank, true) || strchr (",]#", *c->s))
        {
          *c = save;
          return;
        }
      if (nblank)
        put_newlines (out, nblank);
      else
        td_buf_putc (out, ' ');
    }
}

/* Copies a nested flow collection starting at C->s as written (line
   breaks become spaces) up to its matching bracket.  */
static bool
read_balanced (const struct parser *p, struct cursor *c, struct td_buf *out)
{
  int depth = 0;

  for (;;)
    {
      if (c->s == c->e)
        {
          int nblank;
          if (!next_content_line (p, c, &nblank, true))
            return false;
          td_buf_putc (out, ' ');
          continue;
        }
      char ch = *c->s++;
      td_buf_putc (out, ch);
      if (ch == '[' || ch == '{')
        depth++;
      else if ((ch == ']' || ch == '}') && --depth == 0)
        return true;
    }
}

/* Reads the flow list whose '[' is at C->s, appending its items joined by
   line feeds to OUT and counting them in *NITEMS.  */
static bool
read_flow_list (struct parser *p, struct cursor *c, struct td_buf *out,
                int *nitems)
{
  int start_line = c->line;

  c->s++;
  for (;;)
    {
      if (!skip_flow_space (p, c))
        break;
      if (*c->s == ']')
        {
          c->s++;
          return true;
        }
      if (*c->s == ',')
        {
          fail (p, c->line, _("empty item in a flow list"));
          c->s++;
          continue;
        }
      if (*nitems > 0)
        td_buf_putc (out, '\n');
      ++*nitems;
      if (*c->s == '\'' || *c->s == '"')
        {
          if (!read_quoted (p, c, out))
            return false;
        }
      else if (*c->s == '[' || *c->s == '{')
        {
          if (!read_balanced (p, c, out))
            break;
        }
      else
        read_flow_plain (p, c, out);
      if (!skip_flow_space (p, c))
        break;
      if (*c->s == ',')
        c->s++;
      else if (*c->s != ']')
        {
          fail (p, c->line, _("expected ',' or ']' in a flow list"));
          while (c->s < c->e && *c->s != ',' && *c->s != ']')
            c->s++;
        }
    }
  fail (p, start_line, _("unterminated flow list"));
  return false;
}

/* Reads a plain scalar starting at C->s and its continuation lines
   (non-blank lines indented more than C->k; blank lines between them
   become line feeds), folded with spaces.  Leaves C->line on the last
   line read.  */
static void
read_plain (const struct parser *p, struct cursor *c, struct td_buf *out)
{
  const char *e = plain_end (c->s, c->e);
  int nblank = 0;

  td_buf_put (out, c->s, (size_t) (e - c->s));
  for (int ln = c->line + 1; ln < p->end; ln++)
    {
      size_t n;
      const char *s = get_line (p, ln, &n);
      size_t ind = indent_of (s, n);
      if (ind == n)
        {
          nblank++;
          continue;
        }
      if (ind <= c->k || s[ind] == '#')
        break;
      if (nblank)
        put_newlines (out, nblank);
      else
        td_buf_putc (out, ' ');
      e = plain_end (s + ind, s + n);
      td_buf_put (out, s + ind, (size_t) (e - (s + ind)));
      nblank = 0;
      c->line = ln;
    }
}

/* Leading spaces (not tabs) of the N bytes at S.  */
static size_t
spaces_of (const char *s, size_t n)
{
  size_t i = 0;
  while (i < n && s[i] == ' ')
    i++;
  return i;
}

/* Reads the block scalar whose indicator ('|' or '>') is at S..E on LINE,
   for a node indented K, into OUT, following YAML's folding and chomping
   rules.  Returns the last line read.  */
static int
read_block_scalar (struct parser *p, int line, const char *s, const char *e,
                   size_t k, struct td_buf *out)
{
  bool folded = *s == '>';
  int chomp = 0; /* -1 strip, 0 clip, 1 keep */
  size_t ind = 0;
  const char *q = s + 1;
  int last = line;

  for (int i = 0; i < 2 && q < e; i++)
    {
      if ((*q == '-' || *q == '+') && !chomp)
        chomp = *q++ == '-' ? -1 : 1;
      else if (*q >= '1' && *q <= '9' && !ind)
        ind = k + (size_t) (*q++ - '0');
    }
  const char *r = q;
  while (r < e && is_blank (*r))
    r++;
  if (r < e && !(*r == '#' && r > q))
    fail (p, line, _("invalid block scalar header"));

  if (!ind)
    for (int ln = line + 1; ln < p->end; ln++)
      {
        size_t n;
        const char *t = get_line (p, ln, &n);
        if (indent_of (t, n) < n)
          {
            ind = spaces_of (t, n);
            break;
          }
      }
  if (ind <= k)
    ind = SIZE_MAX; /* no content */

  int nempty = 0;
  bool have = false, prev_more = false;
  for (int ln = line + 1; ln < p->end; ln++)
    {
      size_t n;
      const char *t = get_line (p, ln, &n);
      if (indent_of (t, n) == n)
        {
          nempty++;
          continue;
        }
      if (spaces_of (t, n) < ind)
        break;
      const char *text = t + ind;
      size_t tl = n - ind;
      bool more = is_blank (text[0]);
      if (!have)
        put_newlines (out, nempty);
      else if (folded && !more && !prev_more)
        {
          if (nempty)
            put_newlines (out, nempty);
          else
            td_buf_putc (out, ' ');
        }
      else
        put_newlines (out, nempty + 1);
      td_buf_put (out, text, tl);
      have = true;
      prev_more = more;
      nempty = 0;
      last = ln;
    }
  if (have && chomp >= 0)
    td_buf_putc (out, '\n');
  if (chomp > 0)
    put_newlines (out, nempty);
  return last;
}

/* The last line of a nested structure (deeper than a top-level entry's
   value) starting at line FROM: lines indented more than K, and list
   items indented K when SEQ_AT_K.  */
static int
raw_extent (const struct parser *p, int from, size_t k, bool seq_at_k)
{
  int last = from - 1;

  for (int ln = from; ln < p->end; ln++)
    {
      size_t n;
      const char *s = get_line (p, ln, &n);
      size_t ind = indent_of (s, n);
      if (is_empty_line (s, n))
        continue;
      if (ind > k || (seq_at_k && ind == k && is_item (s + ind, s + n)))
        last = ln;
      else
        break;
    }
  return last;
}

/* Appends to OUT the text of lines FROM to TO as written: the first from
   S, the others without their first DEDENT bytes of indentation, blank
   lines dropped, joined by SEP.  */
static void
raw_text (const struct parser *p, int from, const char *s, int to,
          size_t dedent, char sep, struct td_buf *out)
{
  size_t n;
  const char *t = get_line (p, from, &n);
  bool any = s < t + n;
  td_buf_put (out, s, n - (size_t) (s - t));
  for (int ln = from + 1; ln <= to; ln++)
    {
      t = get_line (p, ln, &n);
      size_t ind = indent_of (t, n);
      if (ind == n)
        continue;
      if (ind > dedent)
        ind = dedent;
      if (any)
        td_buf_putc (out, sep);
      td_buf_put (out, t + ind, n - ind);
      any = true;
    }
}

static bool parse_key (struct parser *p, int line, const char *s,
                       const char *e, struct td_buf *key, const char **rest);
static int parse_value (struct parser *p, int line, const char *s,
                        const char *e, size_t k, int depth, bool map_value,
                        struct td_buf *out, enum td_fm_kind *kind,
                        int *nitems);

/* Parses the block list whose first item is on line FIRST, indented J,
   appending the items joined by line feeds to OUT.  Nested structures in
   an item are kept as their text on one line.  Returns the last line
   read.  */
static int
parse_block_list (struct parser *p, int first, size_t j, struct td_buf *out,
                  int *nitems)
{
  int last = first - 1;
  struct td_buf item = TD_BUF_INIT;

  for (int ln = first; ln < p->end;)
    {
      size_t n;
      const char *s = get_line (p, ln, &n);
      size_t ind = indent_of (s, n);
      if (is_empty_line (s, n))
        {
          ln++;
          continue;
        }
      if (ind != j || !is_item (s + ind, s + n))
        break;
      const char *q = s + ind + 1;
      while (q < s + n && is_blank (*q))
        q++;
      enum td_fm_kind kind;
      int sub;
      td_buf_clear (&item);
      last = parse_value (p, ln, q, s + n, j, 1, false, &item, &kind, &sub);
      if (*nitems > 0)
        td_buf_putc (out, '\n');
      ++*nitems;
      if (kind == TD_FM_SCALAR)
        {
          for (size_t i = 0; i < item.len; i++)
            if (item.data[i] == '\n')
              item.data[i] = ' ';
          td_buf_put (out, item.data, item.len);
        }
      else
        raw_text (p, ln, q, last, SIZE_MAX, ' ', out);
      ln = last + 1;
    }
  td_buf_free (&item);
  return last;
}

/* Parses the map whose first key is on line FIRST, indented I, appending
   "key: value" lines to OUT.  A value that is not a one-line scalar is
   kept as written.  Returns the last line read.  */
static int
parse_map (struct parser *p, int first, size_t i, struct td_buf *out,
           int *nitems)
{
  int last = first - 1;
  struct td_buf key = TD_BUF_INIT, val = TD_BUF_INIT;

  for (int ln = first; ln < p->end;)
    {
      size_t n;
      const char *s = get_line (p, ln, &n);
      size_t ind = indent_of (s, n);
      const char *rest;
      if (is_empty_line (s, n))
        {
          ln++;
          continue;
        }
      if (ind == 0)
        break;
      td_buf_clear (&key);
      if (ind != i)
        fail (p, ln, _("unexpected indentation"));
      else if (!parse_key (p, ln, s + ind, s + n, &key, &rest))
        fail (p, ln, _("expected 'key: value'"));
      else
        {
          enum td_fm_kind kind;
          int sub;
          td_buf_clear (&val);
          int vl = parse_value (p, ln, rest, s + n, i, 1, true, &val, &kind,
                                &sub);
          if (*nitems > 0)
            td_buf_putc (out, '\n');
          ++*nitems;
          if (kind == TD_FM_SCALAR && !memchr (td_buf_str (&val), '\n',
                                               val.len))
            {
              td_buf_put (out, key.data, key.len);
              td_buf_putc (out, ':');
              if (val.len)
                {
                  td_buf_putc (out, ' ');
                  td_buf_put (out, val.data, val.len);
                }
            }
          else
            raw_text (p, ln, s + ind, vl, i, '\n', out);
          last = ln = vl;
        }
      last = ln;
      ln++;
    }
  td_buf_free (&key);
  td_buf_free (&val);
  return last;
}

/* Parses a key at S..E (S at its first byte), plain or quoted, followed by
   ':' and a blank or the end of the line.  Appends the unquoted key to
   KEY, stores the start of the value (blanks skipped) in *REST.  */
static bool
parse_key (struct parser *p, int line, const char *s, const char *e,
           struct td_buf *key, const char **rest)
{
  const char *q;

  if (*s == '\'' || *s == '"')
    {
      char quote = *s;
      for (q = s + 1;; q++)
        {
          if (q == e)
            return false;
          if (*q == quote)
            {
              if (quote == '\'' && q + 1 < e && q[1] == '\'')
                {
                  td_buf_putc (key, '\'');
                  q++;
                  continue;
                }
              break;
            }
          if (quote == '"' && *q == '\\' && q + 1 < e)
            {
              q++;
              read_escape (p, line, &q, e, key);
              q--;
            }
          else
            td_buf_putc (key, *q);
        }
      q++;
      while (q < e && is_blank (*q))
        q++;
      if (q == e || *q != ':')
        return false;
      q++;
      if (q < e && !is_blank (*q))
        return false;
    }
  else
    {
      if (is_item (s, e) || strchr ("#[]{},&*!|>%@`?", *s))
        return false;
      for (q = s; q < e; q++)
        {
          if (*q == ':' && (q + 1 == e || is_blank (q[1])))
            break;
          if (*q == '#' && q > s && is_blank (q[-1]))
            return false;
        }
      if (q == e)
        return false;
      const char *ke = q;
      while (ke > s && is_blank (ke[-1]))
        ke--;
      td_buf_put (key, s, (size_t) (ke - s));
      q++;
    }
  while (q < e && is_blank (*q))
    q++;
  *rest = q;
  return true;
}

/* Parses the value of a key (or list item) indented K whose text starts at
   S..E on LINE (blanks skipped): a scalar, a flow list, a block scalar,
   or, when S..E is empty, what the next lines hold.  DEPTH 0 is a
   top-level value: its block lists and maps are parsed into OUT; deeper
   ones are only measured (*KIND says which).  MAP_VALUE allows a block
   list indented K, as YAML does for map values.  Returns the last line
   read.  */
static int
parse_value (struct parser *p, int line, const char *s, const char *e,
             size_t k, int depth, bool map_value, struct td_buf *out,
             enum td_fm_kind *kind, int *nitems)
{
  size_t n;
  struct cursor c;

  c.line = line;
  c.b = get_line (p, line, &n);
  c.s = s;
  c.e = e;
  c.k = k;
  *kind = TD_FM_SCALAR;
  *nitems = 0;

  if (s == e || *s == '#')
    {
      int ln;
      const char *t = NULL;
      size_t ind = 0;
      for (ln = line + 1; ln < p->end; ln++)
        {
          t = get_line (p, ln, &n);
          if (!is_empty_line (t, n))
            break;
        }
      if (ln >= p->end)
        return line;
      ind = indent_of (t, n);
      const char *key_rest;
      struct td_buf scratch = TD_BUF_INIT;
      if ((ind > k || (map_value && ind == k)) && is_item (t + ind, t + n))
        {
          *kind = TD_FM_LIST;
          if (depth == 0)
            return parse_block_list (p, ln, ind, out, nitems);
          return raw_extent (p, ln, k, map_value);
        }
      if (ind <= k)
        return line;
      bool is_map = parse_key (p, ln, t + ind, t + n, &scratch, &key_rest);
      td_buf_free (&scratch);
      if (is_map)
        {
          *kind = TD_FM_MAP;
          if (depth == 0)
            return parse_map (p, ln, ind, out, nitems);
          return raw_extent (p, ln, k, map_value);
        }
      /* A scalar or flow list that starts on the next line.  */
      return parse_value (p, ln, t + ind, t + n, k, depth, map_value, out,
                          kind, nitems);
    }

  switch (*s)
    {
    case '\'':
    case '"':
      if (read_quoted (p, &c, out))
        check_trailing (p, &c, _("unexpected text after a quoted string"));
      return c.line;
    case '[':
      *kind = TD_FM_LIST;
      if (read_flow_list (p, &c, out, nitems))
        check_trailing (p, &c, _("unexpected text after a flow list"));
      return c.line;
    case '|':
    case '>':
      return read_block_scalar (p, line, s, e, k, out);
    default:
      read_plain (p, &c, out);
      return c.line;
    }
}

void
td_frontmatter_parse (const struct td_source *src, struct td_frontmatter *fm)
{
  struct parser p;
  size_t n;
  const char *s;
  int nlines = (int) src->nlines;
  struct td_buf key = TD_BUF_INIT, val = TD_BUF_INIT;

  memset (fm, 0, sizeof *fm);
  fm->body_line = 1;

  s = td_source_line (src, 1, &n);
  if (src->bom && n >= 3)
    {
      s += 3;
      n -= 3;
    }
  if (!is_marker (s, n, "---"))
    return;

  int close = 0;
  for (int ln = 2; ln <= nlines && !close; ln++)
    {
      s = td_source_line (src, ln, &n);
      if (is_marker (s, n, "---") || is_marker (s, n, "..."))
        close = ln;
    }
  fm->open_line = 1;
  if (!close)
    {
      fm->error = xstrdup (_("the opening '---' line has no closing '---' line"));
      fm->error_line = 1;
      return;
    }
  fm->present = true;
  fm->close_line = close;
  if (close < nlines)
    {
      fm->body_offset = src->lines[close];
      fm->body_line = close + 1;
    }
  else
    {
      fm->body_offset = src->len;
      fm->body_line = td_source_line_of (src, src->len);
    }

  p.src = src;
  p.fm = fm;
  p.end = close;
  p.nalloc = 0;
  for (int ln = 2; ln < close;)
    {
      const char *rest;
      s = td_source_line (src, ln, &n);
      if (is_empty_line (s, n))
        {
          ln++;
          continue;
        }
      if (indent_of (s, n) > 0)
        {
          fail (&p, ln, _("unexpected indentation"));
          ln++;
          continue;
        }
      td_buf_clear (&key);
      if (!parse_key (&p, ln, s, s + n, &key, &rest))
        {
          fail (&p, ln, _("expected 'key: value'"));
          ln++;
          continue;
        }
      if (!fm->error && td_frontmatter_get (fm, td_buf_str (&key)))
        {
          fm->error = xasprintf (_("duplicate key '%s'"), td_buf_str (&key));
          fm->error_line = ln;
        }

      struct td_fm_entry ent;
      td_buf_clear (&val);
      ent.line = ln;
      ent.col = 1;
      int last = parse_value (&p, ln, rest, s + n, 0, 0, true, &val,
                              &ent.kind, &ent.nitems);
      ent.key = xstrdup (td_buf_str (&key));
      ent.value = xstrdup (td_buf_str (&val));
      fm->entries = xgrow (fm->entries, &p.nalloc, fm->nentries + 1,
                           sizeof *fm->entries);
      fm->entries[fm->nentries++] = ent;
      ln = last + 1;
    }
  td_buf_free (&key);
  td_buf_free (&val);
}

void
td_frontmatter_free (struct td_frontmatter *fm)
{
  for (size_t i = 0; i < fm->nentries; i++)
    {
      free (fm->entries[i].key);
      free (fm->entries[i].value);
    }
  free (fm->entries);
  free (fm->error);
  memset (fm, 0, sizeof *fm);
}

const struct td_fm_entry *
td_frontmatter_get (const struct td_frontmatter *fm, const char *key)
{
  for (size_t i = 0; i < fm->nentries; i++)
    if (STREQ (fm->entries[i].key, key))
      return &fm->entries[i];
  return NULL;
}
