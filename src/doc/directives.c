/* directives.c: the directive lines of a page, found before cmark reads
   it.  */
#include <config.h>
#include "util/system.h"
#include "doc/directives.h"

#include <cmark.h>

#include "doc/inline.h"
#include "doc/source.h"
#include "util/xalloc.h"

/* MDX reads a line that holds only JSX tags as JSX and the lines between
   as Markdown, and Docusaurus reads ":::" lines as directives; CommonMark
   would make a raw HTML block of the first and a paragraph of the second.
   Both kinds of line are found here (outside fenced code), recorded, and
   blanked in the text given to cmark.  */

/* True when LINE (LEN bytes) opens or closes a fenced code block of FENCE
   (the fence character and length so far, updated).  */
static bool
fence_line (const char *line, size_t len, char *fence_ch, size_t *fence_len)
{
  size_t i = 0;
  while (i < len && (line[i] == ' ' || line[i] == '\t' || line[i] == '>'))
    i++;
  if (i >= len || (line[i] != '`' && line[i] != '~'))
    return false;
  char c = line[i];
  size_t n = 0;
  while (i + n < len && line[i + n] == c)
    n++;
  if (n < 3)
    return false;
  if (*fence_ch == 0)
    {
      /* A backtick fence's info string may not hold a backtick.  */
      if (c == '`' && memchr (line + i + n, '`', len - i - n))
        return false;
      *fence_ch = c;
      *fence_len = n;
      return true;
    }
  if (c != *fence_ch || n < *fence_len)
    return false;
  for (size_t k = i + n; k < len; k++)
    if (line[k] != ' ' && line[k] != '\t')
      return false;
  *fence_ch = 0;
  *fence_len = 0;
  return true;
}

/* True when LINE (LEN bytes) holds only JSX/HTML tags and white space.  */
static bool
tag_line (const char *line, size_t len)
{
  size_t i = 0;
  while (i < len && (line[i] == ' ' || line[i] == '\t'))
    i++;
  if (i >= len || line[i] != '<' || i + 1 >= len || line[i + 1] == '!')
    return false;
  size_t pos = i;
  struct td_tag tag;
  bool any = false;
  while (pos < len)
    {
      while (pos < len && (line[pos] == ' ' || line[pos] == '\t'))
        pos++;
      if (pos >= len)
        break;
      size_t at = pos;
      if (!td_tag_next (line, len, &pos, &tag) || tag.start != at)
        return false;
      any = true;
    }
  return any;
}

/* True when LINE (LEN bytes) starts, after white space and '>', with a
   fence of three backticks or tildes.  */
static bool
fence_start (const char *line, size_t len)
{
  size_t i = 0;
  while (i < len && (line[i] == ' ' || line[i] == '\t' || line[i] == '>'))
    i++;
  return i + 2 < len && (line[i] == '`' || line[i] == '~')
         && line[i + 1] == line[i] && line[i + 2] == line[i];
}

/* Marks in CODE (indexed by file line) the lines of the indented code
   blocks of the body of SRC (from byte BODY_OFF) as cmark reads the text
   as it is: a tag line indented four columns is code there, not HTML.  A
   code block is fenced when its first line starts with a fence and its
   text does not (an indented "    ```" is the text of indented code).  */
static void
mark_indented_code (const struct td_source *src, size_t body_off,
                    unsigned char *code)
{
  int offset = td_source_line_of (src, body_off) - 1;
  cmark_node *root = cmark_parse_document (src->data + body_off,
                                           src->len - body_off,
                                           CMARK_OPT_DEFAULT);
  cmark_iter *it = cmark_iter_new (root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next (it)) != CMARK_EVENT_DONE)
    {
      cmark_node *cur = cmark_iter_get_node (it);
      if (ev != CMARK_EVENT_ENTER
          || cmark_node_get_type (cur) != CMARK_NODE_CODE_BLOCK)
        continue;
      int first = cmark_node_get_start_line (cur) + offset;
      int last = cmark_node_get_end_line (cur) + offset;
      size_t len;
      const char *line = td_source_line (src, first, &len);
      const char *lit = cmark_node_get_literal (cur);
      if (fence_start (line, len)
          && !(lit && fence_start (lit, strcspn (lit, "\n"))))
        continue;
      for (int ln = first; ln <= last && ln <= (int) src->nlines; ln++)
        code[ln] = 1;
    }
  cmark_iter_free (it);
  cmark_node_free (root);
}

/* True when LINE (LEN bytes), whose text starts at byte INDENT, would be
   read below as a fence, an admonition marker or a tag line.  Only such a
   line needs to know whether cmark reads it as indented code: any other
   line outside fences and elements changes nothing when skipped, so the
   page is not parsed for it (an indented line starting with a code span
   is common in list items).  */
static bool
could_be_directive (const char *line, size_t len, int indent)
{
  size_t toff, tlen;
  switch (line[indent])
    {
    case '`':
    case '~':
      return fence_start (line, len);
    case ':':
      return td_admonition_marker (line, len, &toff, &tlen) != 0;
    case '<':
      return tag_line (line, len);
    default:
      return false;
    }
}

/* A JSX element seen while scanning: its content lines are Markdown,
   indented relative to its tag line.  */
struct element
{
  char name[64];
  int tag_indent;  /* indentation of the tag line */
  int min_indent;  /* smallest indentation of its content lines */
};

struct elements
{
  struct element *all; /* every element seen, in order */
  size_t nall, all_alloc;
  size_t *open;        /* indices into ALL of the open ones */
  size_t nopen, open_alloc;
};

static int
indent_of (const char *line, size_t len)
{
  int i = 0;
  while ((size_t) i < len && (line[i] == ' ' || line[i] == '\t'))
    i++;
  return (size_t) i == len ? -1 : i;
}

/* Opens and closes the elements of the tags on tag line LINE.  */
static void
track_tags (struct elements *el, const char *line, size_t len, int indent)
{
  size_t pos = 0;
  struct td_tag tag;
  while (td_tag_next (line, len, &pos, &tag))
    {
      bool self = tag.end >= 2 && line[tag.end - 2] == '/';
      size_t nl = tag.name_len < 63 ? tag.name_len : 63;
      if (tag.closing)
        {
          for (size_t k = el->nopen; k-- > 0;)
            {
              const struct element *e = &el->all[el->open[k]];
              if (strlen (e->name) == nl
                  && memcmp (e->name, line + tag.name_off, nl) == 0)
                {
                  el->nopen = k;
                  break;
                }
            }
        }
      else if (!self)
        {
          el->all = xgrow (el->all, &el->all_alloc, el->nall + 1,
                           sizeof *el->all);
          struct element *e = &el->all[el->nall];
          memcpy (e->name, line + tag.name_off, nl);
          e->name[nl] = '\0';
          e->tag_indent = indent;
          e->min_indent = INT32_MAX;
          el->open = xgrow (el->open, &el->open_alloc, el->nopen + 1,
                            sizeof *el->open);
          el->open[el->nopen++] = el->nall++;
        }
    }
}

/* MkDocs blocks (Python-Markdown and PyMdown Extensions): an admonition
   "!!! type", "??? type", "???+ type" or a content tab '=== "Label"'
   holds the lines indented four columns more than its marker line;
   "/// type | Title" ... "///" holds the lines up to its closing line.  */
struct mk_open
{
  int body;   /* the indentation of the body; -1 for a "///" block */
};

static int
cmp_directive (const void *a, const void *b)
{
  const struct td_directive *x = a, *y = b;
  if (x->line != y->line)
    return x->line < y->line ? -1 : 1;
  /* A close before the line comes before what opens on it.  */
  return (y->kind == 4) - (x->kind == 4);
}

/* Appends to OUT the directive of KIND at LINE, column COL, with TYPE and
   TITLE (N bytes each at T and TI; copied) for an open.  */
static void
add_directive (struct td_directives *out, size_t *alloc, int line, int col,
               int kind, const char *t, size_t tn, const char *ti, size_t tin)
{
  out->v = xgrow (out->v, alloc, out->n + 1, sizeof *out->v);
  struct td_directive *m = &out->v[out->n++];
  m->line = line;
  m->col = col;
  m->kind = kind;
  m->type = kind == 1 ? xstrndup (t, tn) : NULL;
  m->title = kind == 1 ? xstrndup (ti, tin) : NULL;
}

/* The MkDocs marker at LINE + INDENT (LEN bytes in all): stores the type
   and title and returns 1 for an indented block, 2 for a "///" open, 3
   for a "///" close, or 0.  */
static int
mk_marker (const char *line, size_t len, int indent, const char **type,
           size_t *tn, const char **title, size_t *tin)
{
  const char *p = line + indent, *end = line + len;
  size_t n = (size_t) (end - p);
  int what = 0;
  size_t skip = 0;
  if (n >= 4 && (memcmp (p, "!!! ", 4) == 0 || memcmp (p, "??? ", 4) == 0))
    what = 1, skip = 4;
  else if (n >= 5 && memcmp (p, "???+ ", 5) == 0)
    what = 1, skip = 5;
  else if (n >= 5 && memcmp (p, "=== \"", 5) == 0)
    what = 1, skip = 4;
  else if (n >= 3 && memcmp (p, "///", 3) == 0)
    {
      const char *q = p + 3;
      while (q < end && *q == ' ')
        q++;
      if (q == end)
        return 3;
      what = 2, skip = (size_t) (q - p);
    }
  if (what == 0)
    return 0;
  p += skip;
  if (*p == '"')
    {
      /* A content tab: its label is the title, "tab" the type.  */
      *type = "tab";
      *tn = 3;
    }
  else
    {
      *type = p;
      while (p < end && *p != ' ' && *p != '|')
        p++;
      *tn = (size_t) (p - *type);
    }
  while (p < end && (*p == ' ' || *p == '|' || *p == '"'))
    p++;
  const char *e = end;
  while (e > p && (e[-1] == ' ' || e[-1] == '"'))
    e--;
  *title = p;
  *tin = (size_t) (e - p);
  return *tn > 0 ? what : 0;
}

/* Finds the MkDocs blocks of the Markdown lines FIRST..NLINES of SRC that
   are not fenced code (LINE_CODE 0) and adds their directives and
   dedents to OUT.  */
static void
scan_mkdocs (const struct td_source *src, int first, int nlines,
             const unsigned char *line_code, struct td_directives *out,
             size_t *alloc)
{
  struct mk_open stack[16];
  int depth = 0, dedent = 0;
  size_t before = out->n;
  for (int ln = first; ln <= nlines; ln++)
    {
      size_t len;
      const char *line = td_source_line (src, ln, &len);
      int indent = indent_of (line, len);
      if (indent < 0)
        continue;
      /* The indented blocks this line is outside of end before it.  */
      while (depth > 0 && stack[depth - 1].body >= 0
             && indent < stack[depth - 1].body)
        {
          add_directive (out, alloc, ln, 1, 4, NULL, 0, NULL, 0);
          depth--;
          dedent -= 4;
        }
      if (dedent > 0 && line_code[ln] == 0)
        {
          if (out->dedent == NULL)
            out->dedent = xcalloc ((size_t) nlines + 2, sizeof *out->dedent);
          int d = dedent < indent ? dedent : indent;
          if (out->dedent[ln] < d)
            out->dedent[ln] = d;
        }
      if (line_code[ln] != 0)
        continue;
      const char *type, *title;
      size_t tn, tin;
      int what = mk_marker (line, len, indent, &type, &tn, &title, &tin);
      if (what == 3)
        {
          for (int k = depth; k-- > 0;)
            if (stack[k].body < 0)
              {
                add_directive (out, alloc, ln, indent + 1, 2, NULL, 0, NULL,
                               0);
                depth = k;
                break;
              }
          continue;
        }
      if (what == 0 || depth == (int) (sizeof stack / sizeof *stack))
        continue;
      add_directive (out, alloc, ln, indent + 1, 1, type, tn, title, tin);
      stack[depth].body = what == 1 ? indent + 4 : -1;
      if (what == 1)
        dedent += 4;
      depth++;
    }
  for (; depth > 0; depth--)
    add_directive (out, alloc, nlines + 1, 1, 4, NULL, 0, NULL, 0);
  if (out->n > before)
    qsort (out->v, out->n, sizeof *out->v, cmp_directive);
}

void
td_directives_scan (const struct td_source *src, size_t body_off, bool mdx,
                    struct td_directives *out)
{
  size_t alloc = 0;
  char fence_ch = 0;
  size_t fence_len = 0;
  int first = td_source_line_of (src, body_off);
  int nlines = (int) src->nlines;
  struct elements el;
  memset (&el, 0, sizeof el);
  /* The innermost element holding each content line, or -1.  */
  long *line_elem = xmalloc (((size_t) nlines + 2) * sizeof *line_elem);
  /* 0: prose; 1: a fence line; 2: inside fenced code.  */
  unsigned char *line_code = xcalloc ((size_t) nlines + 2, 1);
  /* The lines of indented code as cmark reads the page (Markdown pages
     only), found when a line outside elements could be one.  */
  unsigned char *indented = NULL;
  for (int ln = 0; ln <= nlines + 1; ln++)
    line_elem[ln] = -1;
  for (int ln = first; ln <= nlines; ln++)
    {
      size_t len;
      const char *line = td_source_line (src, ln, &len);
      int indent = indent_of (line, len);
      if (!mdx && fence_ch == 0 && el.nopen == 0 && indent > 0
          && (indent >= 4 || memchr (line, '\t', (size_t) indent))
          && could_be_directive (line, len, indent))
        {
          if (indented == NULL)
            {
              indented = xcalloc ((size_t) nlines + 2, 1);
              mark_indented_code (src, body_off, indented);
            }
          if (indented[ln])
            continue;
        }
      bool in_fence = fence_ch != 0;
      bool is_fence = fence_line (line, len, &fence_ch, &fence_len);
      line_code[ln] = is_fence ? 1 : in_fence ? 2 : 0;
      if (!in_fence && !is_fence && indent >= 0
          && (line[indent] == ':' || line[indent] == '<'))
        {
          size_t toff = 0, tlen = 0;
          int kind = line[indent] == ':'
                       ? td_admonition_marker (line, len, &toff, &tlen)
                       : (tag_line (line, len) ? 3 : 0);
          if (kind != 0)
            {
              out->v = xgrow (out->v, &alloc, out->n + 1,
                                  sizeof *out->v);
              struct td_directive *m = &out->v[out->n++];
              m->line = ln;
              m->col = indent + 1;
              m->kind = kind;
              m->type = kind == 1 ? xstrndup (line + toff, tlen) : NULL;
              m->title = NULL;
              if (kind == 1)
                {
                  size_t r = toff + tlen;
                  while (r < len && (line[r] == ' ' || line[r] == '['))
                    r++;
                  size_t e = len;
                  while (e > r && (line[e - 1] == ' ' || line[e - 1] == ']'))
                    e--;
                  m->title = xstrndup (line + r, e > r ? e - r : 0);
                }
              else if (kind == 3)
                track_tags (&el, line, len, indent);
              if (kind == 1)
                {
                  /* An admonition holds Markdown as a JSX element does. */
                  el.all = xgrow (el.all, &el.all_alloc, el.nall + 1,
                                  sizeof *el.all);
                  struct element *e = &el.all[el.nall];
                  strcpy (e->name, ":::");
                  e->tag_indent = indent;
                  e->min_indent = INT32_MAX;
                  el.open = xgrow (el.open, &el.open_alloc, el.nopen + 1,
                                   sizeof *el.open);
                  el.open[el.nopen++] = el.nall++;
                }
              else if (kind == 2)
                for (size_t k = el.nopen; k-- > 0;)
                  if (STREQ (el.all[el.open[k]].name, ":::"))
                    {
                      el.nopen = k;
                      break;
                    }
              continue;
            }
        }
      if (el.nopen > 0)
        {
          size_t idx = el.open[el.nopen - 1];
          line_elem[ln] = (long) idx;
          if (indent >= 0 && indent < el.all[idx].min_indent)
            el.all[idx].min_indent = indent;
        }
    }
  /* Dedent: content lines of an element lose the indentation that all of
     them have beyond their tag line's, as MDX reads them (MDX has no
     indented code).  Lines inside fenced code move with their opening
     fence.  A line indented four columns more than the least indented one
     still reads as indented code here, unlike in MDX: telling it from a
     list item's continuation needs the list structure.  */
  int fence_shift = 0;
  for (int ln = first; ln <= nlines; ln++)
    {
      long e = line_elem[ln];
      if (e < 0 || el.all[e].min_indent == INT32_MAX)
        {
          fence_shift = 0;
          continue;
        }
      int base = el.all[e].min_indent;
      int d = base - el.all[e].tag_indent;
      size_t len;
      const char *line = td_source_line (src, ln, &len);
      int have = indent_of (line, len);
      if (have < 0)
        have = (int) len;
      if (line_code[ln] == 2)
        d = fence_shift;
      if (line_code[ln] == 1)
        fence_shift = d;
      if (d > have)
        d = have;
      if (d <= 0)
        continue;
      if (out->dedent == NULL)
        out->dedent = xcalloc ((size_t) nlines + 2, sizeof *out->dedent);
      out->dedent[ln] = d;
    }
  if (!mdx)
    scan_mkdocs (src, first, nlines, line_code, out, &alloc);
  free (indented);
  free (line_code);
  free (line_elem);
  free (el.all);
  free (el.open);
}


char *
td_directives_text (const struct td_source *src, size_t off,
                    const struct td_directives *d, size_t *len)
{
  char *copy = xmalloc (src->len - off + 1);
  size_t o = 0;
  size_t im = 0;
  int first = td_source_line_of (src, off);
  for (int ln = first; ln <= (int) src->nlines; ln++)
    {
      size_t n;
      const char *line = td_source_line (src, ln, &n);
      size_t start = (size_t) (line - src->data);
      size_t next = ln < (int) src->nlines ? src->lines[ln] : src->len;
      while (im < d->n && d->v[im].line < ln)
        im++;
      size_t from = start;
      size_t to = start + n;
      while (im < d->n && d->v[im].line == ln && d->v[im].kind == 4)
        im++;
      if (im < d->n && d->v[im].line == ln)
        from = to;
      else if (d->dedent)
        from += (size_t) d->dedent[ln];
      if (from < off)
        from = to < off ? to : off;
      memcpy (copy + o, src->data + from, to - from);
      o += to - from;
      /* The line terminator.  */
      memcpy (copy + o, src->data + to, next - to);
      o += next - to;
    }
  copy[o] = '\0';
  *len = o;
  return copy;
}

void
td_directives_free (struct td_directives *d)
{
  for (size_t i = 0; i < d->n; i++)
    {
      free (d->v[i].type);
      free (d->v[i].title);
    }
  free (d->v);
  free (d->dedent);
  memset (d, 0, sizeof *d);
}
