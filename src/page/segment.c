/* segment.c: the translatable segments of a half, read from the blocks of
   the document model and the bytes of its source (no second parser: the
   block positions say where each text stands; this file only removes the
   markers around it).  */
#include <config.h>
#include "util/system.h"
#include "page/segment.h"

#include "doc/source.h"
#include "util/buf.h"
#include "util/xalloc.h"

/* Front matter keys whose values are translated (the names Docusaurus,
   Starlight, Hugo, MkDocs and MDN pages use).  */
static const char *const meta_keys[] = {
  "title", "description", "sidebar_label", "sidebarTitle", "linkTitle",
  "summary", "short-title", "subtitle", NULL
};

static const char *const kind_names[TD_SEG__COUNT] = {
  [TD_SEG_HEADING] = "heading",
  [TD_SEG_PARAGRAPH] = "paragraph",
  [TD_SEG_ITEM] = "list item",
  [TD_SEG_QUOTE] = "quote",
  [TD_SEG_CELL] = "table cell",
  [TD_SEG_TITLE] = "admonition title",
  [TD_SEG_ALT] = "alt text",
  [TD_SEG_META] = "front matter",
};

const char *
td_seg_kind_name (enum td_seg_kind kind)
{
  return kind < TD_SEG__COUNT ? kind_names[kind] : "?";
}

static bool
is_blank (char c)
{
  return c == ' ' || c == '\t' || c == '\r';
}

/* The end of the line holding byte OFF (the offset of its terminator).  */
static size_t
line_end (const struct td_source *src, size_t off)
{
  while (off < src->len && src->data[off] != '\n' && src->data[off] != '\r')
    off++;
  return off;
}

/* True when block I of DOC is inside a block quote.  */
static bool
in_quote (const struct td_doc *doc, long i)
{
  for (long p = doc->blocks[i].parent; p >= 0; p = doc->blocks[p].parent)
    if (doc->blocks[p].kind == TD_BLK_QUOTE)
      return true;
  return false;
}

/* The prefix of continuation lines for a block whose first byte is at
   START: the bytes before it on its line, every one but '>' and tabs made
   a space.  */
static char *
cont_prefix (const struct td_source *src, size_t start)
{
  size_t ls = start;
  while (ls > 0 && src->data[ls - 1] != '\n' && src->data[ls - 1] != '\r')
    ls--;
  char *p = xstrndup (src->data + ls, start - ls);
  for (char *q = p; *q; q++)
    if (*q != '>' && *q != '\t')
      *q = ' ';
  return p;
}

/* The text of the bytes [START, END) of SRC: each line after the first
   without its leading blanks (and the '>' markers when QUOTE), line ends
   made "\n".  Sets *CRLF when a line ends in "\r\n".  Stores in *PREFIXES
   what was removed from each line after the first, a line each.  */
static char *
span_text (const struct td_source *src, size_t start, size_t end, bool quote,
           bool *crlf, char **prefixes)
{
  struct td_buf b = TD_BUF_INIT, pre = TD_BUF_INIT;
  size_t i = start;
  bool first = true;
  int lines = 0;
  while (i < end)
    {
      if (!first)
        {
          size_t from = i;
          for (;;)
            {
              while (i < end
                     && (src->data[i] == ' ' || src->data[i] == '\t'))
                i++;
              if (quote && i < end && src->data[i] == '>')
                {
                  i++;
                  continue;
                }
              break;
            }
          if (lines++ > 0)
            td_buf_putc (&pre, '\n');
          td_buf_put (&pre, src->data + from, i - from);
        }
      first = false;
      size_t e = i;
      while (e < end && src->data[e] != '\n' && src->data[e] != '\r')
        e++;
      td_buf_put (&b, src->data + i, e - i);
      if (e >= end)
        break;
      if (src->data[e] == '\r' && e + 1 < end && src->data[e + 1] == '\n')
        {
          *crlf = true;
          e++;
        }
      td_buf_putc (&b, '\n');
      i = e + 1;
    }
  *prefixes = td_buf_detach (&pre);
  return td_buf_detach (&b);
}

struct extractor
{
  const struct td_doc *doc;
  const struct td_source *src;
  struct td_segments *out;
  size_t alloc;
  const char *heads[7]; /* the current heading of each level */
};

/* The heading path above the current block, "" at the top.  */
static char *
heading_path (const struct extractor *x, int below)
{
  struct td_buf b = TD_BUF_INIT;
  for (int l = 1; l < below && l <= 6; l++)
    if (x->heads[l])
      {
        if (b.len)
          td_buf_puts (&b, " > ");
        td_buf_puts (&b, x->heads[l]);
      }
  return td_buf_detach (&b);
}

/* Appends a segment of KIND for block BLOCK over [START, END) after
   trimming blanks at both ends; nothing when it is empty.  */
static struct td_segment *
add (struct extractor *x, enum td_seg_kind kind, long block, int sub,
     size_t start, size_t end, bool quote, int level)
{
  const struct td_source *src = x->src;
  while (start < end && is_blank (src->data[start]))
    start++;
  while (end > start && (is_blank (src->data[end - 1])
                         || src->data[end - 1] == '\n'))
    end--;
  if (start >= end)
    return NULL;
  struct td_segments *out = x->out;
  out->v = xgrow (out->v, &x->alloc, out->n + 1, sizeof *out->v);
  struct td_segment *s = &out->v[out->n++];
  memset (s, 0, sizeof *s);
  s->kind = kind;
  s->block = block;
  s->sub = sub;
  s->start = start;
  s->end = end;
  s->line = td_source_line_of (src, start);
  s->text = span_text (src, start, end, quote, &s->crlf, &s->prefixes);
  s->cont = cont_prefix (src, start);
  s->path = heading_path (x, level);
  return s;
}

static void
heading (struct extractor *x, long i)
{
  const struct td_block *b = &x->doc->blocks[i];
  const struct td_source *src = x->src;
  size_t start = td_source_offset (src, b->line, b->col);
  size_t end;
  if (start < src->len && src->data[start] == '#')
    {
      while (start < src->len && src->data[start] == '#')
        start++;
      end = line_end (src, start);
      if (b->anchor)
        end = td_source_offset (src, b->line, b->anchor_col);
      else
        {
          /* A closing sequence of '#' after a blank goes too.  */
          size_t e = end;
          while (e > start && is_blank (src->data[e - 1]))
            e--;
          size_t h = e;
          while (h > start && src->data[h - 1] == '#')
            h--;
          if (h < e && (h == start || is_blank (src->data[h - 1])))
            end = h;
        }
    }
  else
    {
      /* Setext: the lines above the underline (a line of '=' or '-').  */
      int last = b->line;
      for (int ln = b->line + 1; ln <= b->end_line; ln++)
        {
          size_t len, k = 0;
          const char *t = td_source_line (src, ln, &len);
          while (k < len && (t[k] == ' ' || t[k] == '\t' || t[k] == '>'))
            k++;
          char c = k < len ? t[k] : 0;
          size_t m = k;
          while (m < len && t[m] == c)
            m++;
          while (m < len && is_blank (t[m]))
            m++;
          if ((c == '=' || c == '-') && m == len)
            break;
          last = ln;
        }
      end = line_end (src, td_source_offset (src, last, 1));
    }
  add (x, TD_SEG_HEADING, i, 0, start, end, in_quote (x->doc, i), b->level);
}

/* When the paragraph [START, END) is one image and nothing else, stores
   the bytes of its alt text and returns true.  */
static bool
lone_image (const struct td_source *src, size_t start, size_t end,
            size_t *astart, size_t *aend)
{
  const char *d = src->data;
  while (end > start && is_blank (d[end - 1]))
    end--;
  if (end - start < 5 || d[start] != '!' || d[start + 1] != '['
      || d[end - 1] != ')')
    return false;
  int depth = 0;
  for (size_t k = start + 1; k < end; k++)
    {
      if (d[k] == '\\')
        {
          k++;
          continue;
        }
      if (d[k] == '[')
        depth++;
      else if (d[k] == ']' && --depth == 0)
        {
          if (k + 1 >= end || d[k + 1] != '(')
            return false;
          for (size_t m = k + 2; m < end - 1; m++)
            if (d[m] == ')' || d[m] == '\n')
              return false;
          *astart = start + 2;
          *aend = k;
          return true;
        }
    }
  return false;
}

static void
paragraph (struct extractor *x, long i)
{
  const struct td_doc *doc = x->doc;
  const struct td_block *b = &doc->blocks[i];
  const struct td_source *src = x->src;
  size_t start = td_source_offset (src, b->line, b->col);
  size_t end = td_source_offset (src, b->end_line, b->end_col) + 1;
  if (end > src->len)
    end = src->len;
  bool quote = in_quote (doc, i);
  int level = 7;
  size_t as, ae;
  if (lone_image (src, start, end, &as, &ae))
    {
      struct td_segment *s = add (x, TD_SEG_ALT, i, 0, as, ae, quote, level);
      if (s)
        s->quote = ']';
      return;
    }
  if (b->hangul + b->latin == 0)
    return; /* nothing to translate: code, numbers, a link alone */
  enum td_seg_kind kind = TD_SEG_PARAGRAPH;
  if (b->parent >= 0)
    {
      enum td_block_kind pk = doc->blocks[b->parent].kind;
      if (pk == TD_BLK_ITEM)
        kind = TD_SEG_ITEM;
      else if (pk == TD_BLK_QUOTE)
        kind = TD_SEG_QUOTE;
    }
  add (x, kind, i, 0, start, end, quote, level);
}

/* True when the bytes [S, E) hold a letter outside code spans.  */
static bool
has_words (const char *d, size_t s, size_t e)
{
  for (size_t k = s; k < e; k++)
    {
      if (d[k] == '`')
        {
          const char *close = memchr (d + k + 1, '`', e - k - 1);
          if (!close)
            return true;
          k = (size_t) (close - d);
          continue;
        }
      if ((unsigned char) d[k] >= 0x80
          || ((d[k] | 0x20) >= 'a' && (d[k] | 0x20) <= 'z'))
        return true;
    }
  return false;
}

/* The cells of a table row [S, E): calls add for each that holds
   words.  */
static void
table_row (struct extractor *x, long i, int row, size_t s, size_t e)
{
  const char *d = x->src->data;
  while (s < e && is_blank (d[s]))
    s++;
  if (s < e && d[s] == '|')
    s++;
  int col = 0;
  size_t cell = s;
  for (size_t k = s; k <= e; k++)
    {
      if (k < e && d[k] == '\\')
        {
          k++;
          continue;
        }
      if (k < e && d[k] == '`')
        {
          size_t run = 0;
          while (k + run < e && d[k + run] == '`')
            run++;
          /* Skip to the closing run of the same length, if any.  */
          for (size_t m = k + run; m < e; m++)
            if (d[m] == '`')
              {
                size_t r = 0;
                while (m + r < e && d[m + r] == '`')
                  r++;
                if (r == run)
                  {
                    k = m + r - 1;
                    break;
                  }
                m += r - 1;
              }
          if (d[k] == '`')
            k += run - 1;
          continue;
        }
      if (k == e || d[k] == '|')
        {
          if (has_words (d, cell, k))
            add (x, TD_SEG_CELL, i, row * 256 + col, cell, k, false, 7);
          col++;
          cell = k + 1;
        }
    }
}

static void
table (struct extractor *x, long i)
{
  const struct td_block *b = &x->doc->blocks[i];
  const struct td_source *src = x->src;
  int row = 0;
  for (int ln = b->line; ln <= b->end_line; ln++)
    {
      if (ln == b->line + 1)
        continue; /* the delimiter row */
      size_t s = td_source_offset (src, ln, ln == b->line ? b->col : 1);
      size_t e = line_end (src, s);
      /* The container prefix of the row.  */
      while (s < e && (is_blank (src->data[s]) || src->data[s] == '>'))
        s++;
      table_row (x, i, row++, s, e);
    }
}

/* The place for the title of the admonition I, which has none: after
   its type on the opening line.  */
static void
default_title (struct extractor *x, long i, const char *ln, size_t len)
{
  const struct td_block *b = &x->doc->blocks[i];
  size_t k = b->col > 0 ? (size_t) b->col - 1 : 0;
  while (k < len && is_blank (ln[k]))
    k++;
  if (k >= len || !*b->text)
    return;
  char style;
  size_t m = k;
  if (ln[k] == '/')
    style = '|';
  else if (ln[k] == '!' || ln[k] == '?')
    style = '"';
  else if (ln[k] == ':')
    {
      while (m < len && ln[m] == ':')
        m++;
      style = m < len && ln[m] == ' ' ? ' ' : '[';
    }
  else
    return;
  size_t tl = strlen (b->text);
  for (; m + tl <= len; m++)
    if (memcmp (ln + m, b->text, tl) == 0)
      break;
  if (m + tl > len)
    return;
  /* Only blanks may follow the type: anything else (attributes, an
     unusual form) is left alone.  */
  for (size_t r = m + tl; r < len; r++)
    if (!is_blank (ln[r]))
      return;
  size_t at = (size_t) (ln - x->src->data) + m + tl;
  struct td_segments *out = x->out;
  out->v = xgrow (out->v, &x->alloc, out->n + 1, sizeof *out->v);
  struct td_segment *s = &out->v[out->n++];
  memset (s, 0, sizeof *s);
  s->kind = TD_SEG_TITLE;
  s->block = i;
  s->start = s->end = at;
  s->line = b->line;
  s->text = xstrdup (b->text);
  s->cont = xstrdup ("");
  s->prefixes = xstrdup ("");
  s->quote = style;
  s->insert = true;
  s->path = heading_path (x, 7);
}

static void
admonition (struct extractor *x, long i)
{
  const struct td_block *b = &x->doc->blocks[i];
  size_t len;
  const char *ln = td_source_line (x->src, b->line, &len);
  if (!*b->info)
    {
      default_title (x, i, ln, len);
      return;
    }
  size_t tl = strlen (b->info);
  size_t from = b->col > 0 ? (size_t) b->col - 1 : 0;
  /* After the ":::" and the type.  */
  while (from < len && ln[from] == ':')
    from++;
  for (size_t k = from; k + tl <= len; k++)
    if (memcmp (ln + k, b->info, tl) == 0)
      {
        size_t start = (size_t) (ln - x->src->data) + k;
        add (x, TD_SEG_TITLE, i, 0, start, start + tl, false, 7);
        return;
      }
}

/* The alt attributes of a JSX or HTML block.  */
static void
html_alts (struct extractor *x, long i)
{
  const struct td_doc *doc = x->doc;
  const struct td_block *b = &doc->blocks[i];
  const struct td_item *items = td_block_items (doc, b);
  const char *d = x->src->data;
  int n = 0;
  for (size_t k = 0; k < b->nitems; k++)
    {
      const struct td_item *it = &items[k];
      if (it->kind != TD_ITEM_ALT)
        continue;
      size_t p = td_source_offset (x->src, it->line, it->col);
      if (p + 3 > x->src->len || memcmp (d + p, "alt", 3) != 0)
        continue;
      p += 3;
      while (p < x->src->len && is_blank (d[p]))
        p++;
      if (p >= x->src->len || d[p] != '=')
        continue;
      p++;
      while (p < x->src->len && is_blank (d[p]))
        p++;
      if (p >= x->src->len || (d[p] != '"' && d[p] != '\''))
        continue;
      char q = d[p++];
      const char *close = memchr (d + p, q, x->src->len - p);
      if (!close || (size_t) (close - (d + p)) != strlen (it->text)
          || memcmp (d + p, it->text, strlen (it->text)) != 0)
        continue;
      struct td_segment *s = add (x, TD_SEG_ALT, i, n++, p,
                                  (size_t) (close - d), false, 7);
      if (s)
        s->quote = q;
    }
}

/* The translated scalar values of the front matter.  */
static void
front_matter (struct extractor *x)
{
  const struct td_frontmatter *fm = &x->doc->fm;
  const struct td_source *src = x->src;
  if (!fm->present)
    return;
  for (size_t e = 0; e < fm->nentries; e++)
    {
      const struct td_fm_entry *en = &fm->entries[e];
      bool wanted = false;
      for (size_t k = 0; meta_keys[k] && !wanted; k++)
        wanted = STREQ (en->key, meta_keys[k]);
      if (!wanted || en->kind != TD_FM_SCALAR || !*en->value)
        continue;
      /* The value: after the key's colon up to the next entry.  */
      size_t p = td_source_offset (src, en->line, en->col);
      size_t eol = line_end (src, p);
      const char *colon = memchr (src->data + p, ':', eol - p);
      if (!colon)
        continue;
      p = (size_t) (colon - src->data) + 1;
      while (p < eol && is_blank (src->data[p]))
        p++;
      if (p >= eol || src->data[p] == '|' || src->data[p] == '>')
        continue; /* empty or a block scalar: left alone */
      int next = e + 1 < fm->nentries ? fm->entries[e + 1].line
                                      : fm->close_line;
      size_t end = td_source_offset (src, next, 1);
      while (end > p && (is_blank (src->data[end - 1])
                         || src->data[end - 1] == '\n'))
        end--;
      /* Comment lines between the entries stay.  */
      for (size_t k = p; k < end; k++)
        if (src->data[k] == '\n' && k + 1 < end)
          {
            size_t m = k + 1;
            while (m < end && is_blank (src->data[m]))
              m++;
            if (m < end && src->data[m] == '#')
              {
                end = k;
                break;
              }
          }
      x->out->v = xgrow (x->out->v, &x->alloc, x->out->n + 1,
                         sizeof *x->out->v);
      struct td_segment *s = &x->out->v[x->out->n++];
      memset (s, 0, sizeof *s);
      s->kind = TD_SEG_META;
      s->block = -1;
      s->sub = (int) e;
      s->start = p;
      s->end = end;
      s->line = en->line;
      s->text = xstrdup (en->value);
      s->cont = xstrdup ("");
      s->prefixes = xstrdup ("");
      s->quote = src->data[p] == '"' || src->data[p] == '\'' ? src->data[p]
                                                               : 0;
      s->key = en->key;
      s->path = xstrdup ("");
    }
}

void
td_segments_extract (const struct td_half *half, bool meta,
                     struct td_segments *out)
{
  struct extractor x = { 0 };
  x.doc = half->doc;
  x.src = half->doc->src;
  x.out = out;
  x.alloc = out->n;
  if (meta)
    front_matter (&x);
  for (size_t i = half->first; i < half->last; i++)
    {
      const struct td_block *b = &x.doc->blocks[i];
      switch (b->kind)
        {
        case TD_BLK_HEADING:
          heading (&x, (long) i);
          if (b->level >= 1 && b->level <= 6)
            {
              x.heads[b->level] = b->text;
              for (int l = b->level + 1; l <= 6; l++)
                x.heads[l] = NULL;
            }
          break;
        case TD_BLK_PARAGRAPH:
          paragraph (&x, (long) i);
          break;
        case TD_BLK_TABLE:
          table (&x, (long) i);
          break;
        case TD_BLK_ADMONITION:
          admonition (&x, (long) i);
          break;
        case TD_BLK_HTML:
          html_alts (&x, (long) i);
          break;
        case TD_BLK_LIST:
        case TD_BLK_ITEM:
        case TD_BLK_QUOTE:
          break; /* containers: their paragraphs follow */
        case TD_BLK_CODE:
        case TD_BLK_BREAK:
        case TD_BLK_IMPORT:
        case TD_BLK__COUNT:
          break; /* never translated */
        }
    }
}

void
td_segments_free (struct td_segments *segs)
{
  for (size_t i = 0; i < segs->n; i++)
    {
      free (segs->v[i].text);
      free (segs->v[i].cont);
      free (segs->v[i].prefixes);
      free (segs->v[i].path);
    }
  free (segs->v);
  segs->v = NULL;
  segs->n = 0;
}

/* A YAML scalar for TEXT, quoted as Q was ('\'', '"' or 0 for plain,
   which becomes single quotes when TEXT needs them).  */
static char *
yaml_scalar (const char *text, char q)
{
  struct td_buf b = TD_BUF_INIT;
  if (q == 0)
    {
      bool plain = *text && !strchr ("-?:,[]{}#&*!|>'\"%@` ", text[0])
                   && !strstr (text, ": ") && !strstr (text, " #")
                   && !strchr (text, '\n')
                   && text[strlen (text) - 1] != ':'
                   && text[strlen (text) - 1] != ' ';
      if (plain)
        return xstrdup (text);
      q = '\'';
    }
  td_buf_putc (&b, q);
  for (const char *p = text; *p; p++)
    {
      if (q == '\'' && *p == '\'')
        td_buf_puts (&b, "''");
      else if (q == '"' && (*p == '"' || *p == '\\'))
        {
          td_buf_putc (&b, '\\');
          td_buf_putc (&b, *p);
        }
      else if (*p == '\n')
        td_buf_puts (&b, q == '"' ? "\\n" : " ");
      else
        td_buf_putc (&b, *p);
    }
  td_buf_putc (&b, q);
  return td_buf_detach (&b);
}

char *
td_segment_replacement (const struct td_segment *seg, const char *text)
{
  if (seg->kind == TD_SEG_META)
    return yaml_scalar (text, seg->quote);
  if (seg->insert)
    {
      /* A title where the admonition had none, on its opening line.  */
      if ((seg->quote == '"' && strchr (text, '"'))
          || (seg->quote == '[' && (strchr (text, '[') || strchr (text, ']'))))
        return NULL;
      char *t = xstrdup (text), *r;
      for (char *p = t; *p; p++)
        if (*p == '\n' || *p == '\r')
          *p = ' '; /* on one line, as any title */
      switch (seg->quote)
        {
        case '|':
          r = xasprintf (" | %s", t);
          break;
        case '"':
          r = xasprintf (" \"%s\"", t);
          break;
        case '[':
          r = xasprintf ("[%s]", t);
          break;
        default:
          r = xasprintf (" %s", t);
          break;
        }
      free (t);
      return r;
    }
  if (seg->kind == TD_SEG_ALT && seg->quote != ']'
      && strchr (text, seg->quote))
    return NULL;
  struct td_buf b = TD_BUF_INIT;
  bool one_line = seg->kind == TD_SEG_CELL || seg->kind == TD_SEG_ALT
                  || seg->kind == TD_SEG_TITLE;
  /* The prefix of an empty line: the markers without trailing blanks.  */
  size_t blank_len = strlen (seg->cont);
  while (blank_len > 0 && (seg->cont[blank_len - 1] == ' '
                           || seg->cont[blank_len - 1] == '\t'))
    blank_len--;
  /* Continuation line K takes the prefix of the English line K when
     there is one (so that a translation with the same lines keeps the
     indentation exactly), else the block's.  */
  const char *pre = seg->prefixes;
  bool have_pre = *seg->text && strchr (seg->text, '\n');
  for (const char *p = text; *p; p++)
    {
      if (*p != '\n')
        {
          td_buf_putc (&b, *p);
          continue;
        }
      if (one_line)
        {
          td_buf_putc (&b, ' ');
          continue;
        }
      td_buf_puts (&b, seg->crlf ? "\r\n" : "\n");
      if (have_pre && pre)
        {
          size_t n = strcspn (pre, "\n");
          if (p[1] != '\n' && p[1] != '\0')
            td_buf_put (&b, pre, n);
          else
            td_buf_put (&b, seg->cont, blank_len);
          pre = pre[n] ? pre + n + 1 : NULL;
        }
      else if (p[1] == '\n' || p[1] == '\0')
        td_buf_put (&b, seg->cont, blank_len);
      else
        td_buf_puts (&b, seg->cont);
    }
  return td_buf_detach (&b);
}
