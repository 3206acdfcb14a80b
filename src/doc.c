/* doc.c: build the flat block sequence of a document from cmark's tree. */
#include <config.h>
#include "system.h"
#include "doc.h"

#include <cmark.h>

#include "buf.h"
#include "inline.h"
#include "source.h"
#include "utf8.h"
#include "xalloc.h"

/* ---- string pool --------------------------------------------------- */

#define POOL_CHUNK 65536

static const char *
pool_add (struct td_doc *doc, const char *s, size_t n)
{
  if (doc->pool == NULL || doc->pool_len + n + 1 > doc->pool_alloc)
    {
      size_t size = n + 1 > POOL_CHUNK ? n + 1 : POOL_CHUNK;
      doc->pool_chunks = xrealloc (doc->pool_chunks,
                                   (doc->npool_chunks + 1) * sizeof (char *));
      doc->pool = xmalloc (size);
      doc->pool_chunks[doc->npool_chunks++] = doc->pool;
      doc->pool_len = 0;
      doc->pool_alloc = size;
    }
  char *p = doc->pool + doc->pool_len;
  if (n)
    memcpy (p, s, n);
  p[n] = '\0';
  doc->pool_len += n + 1;
  return p;
}

static const char *
pool_str (struct td_doc *doc, const char *s)
{
  return pool_add (doc, s, s ? strlen (s) : 0);
}

/* ---- admonition markers --------------------------------------------- */

struct marker
{
  int line;       /* file line */
  int col;        /* byte column */
  int kind;       /* 1 admonition open, 2 admonition close, 3 JSX line */
  char *type;     /* owned, open only */
  char *title;    /* owned, open only */
};


/* ---- builder -------------------------------------------------------- */

struct builder
{
  struct td_doc *doc;
  const struct td_source *src;
  int line_offset;       /* file line = cmark line + line_offset */
  size_t nblocks_alloc, nitems_alloc;
  int *stack;            /* open containers (block indices) */
  size_t nstack, stack_alloc;
  struct marker *markers;
  size_t nmarkers, imarker;
  /* Current leaf: where inline items are searched in the source.  */
  size_t cursor, leaf_end;
  /* Bytes of indentation removed from each file line (indexed by file
     line) in the text given to cmark, or NULL: cmark columns plus this
     are file columns.  */
  int *dedent;
  int col_shift;         /* added to cmark columns inside a re-parsed
                            indented code block (MDX) */
  bool mdx;              /* the file is .mdx: no indented code */
  struct td_buf text, prose;
};

static int
cur_parent (const struct builder *b)
{
  return b->nstack ? b->stack[b->nstack - 1] : -1;
}

static struct td_block *
new_block (struct builder *b, enum td_block_kind kind, int line, int col)
{
  struct td_doc *doc = b->doc;
  doc->blocks = xgrow (doc->blocks, &b->nblocks_alloc, doc->nblocks + 1,
                       sizeof *doc->blocks);
  struct td_block *blk = &doc->blocks[doc->nblocks++];
  memset (blk, 0, sizeof *blk);
  blk->kind = kind;
  blk->depth = (int) b->nstack;
  blk->parent = cur_parent (b);
  blk->line = blk->end_line = line;
  blk->col = blk->end_col = col > 0 ? col : 1;
  blk->text = blk->info = blk->prose = "";
  blk->item_first = doc->nitems;
  return blk;
}

static void
push (struct builder *b, int index)
{
  b->stack = xgrow (b->stack, &b->stack_alloc, b->nstack + 1, sizeof (int));
  b->stack[b->nstack++] = index;
}

static void scan_tags (struct builder *b, const char *s, size_t n,
                       size_t base, bool text_too);

/* Emits the directive lines that come before file line LINE.  */
static void
flush_markers (struct builder *b, int line)
{
  while (b->imarker < b->nmarkers && b->markers[b->imarker].line < line)
    {
      struct marker *m = &b->markers[b->imarker++];
      if (m->kind == 1)
        {
          struct td_block *blk = new_block (b, TD_BLK_ADMONITION, m->line,
                                            m->col);
          blk->text = pool_str (b->doc, m->type);
          blk->info = pool_str (b->doc, m->title);
          push (b, (int) (b->doc->nblocks - 1));
        }
      else if (m->kind == 3)
        {
          struct td_block *blk = new_block (b, TD_BLK_HTML, m->line, m->col);
          size_t len;
          const char *text = td_source_line (b->src, m->line, &len);
          blk->text = pool_add (b->doc, text + m->col - 1,
                                len - (size_t) (m->col - 1));
          blk->end_col = (int) len;
          size_t base = (size_t) (text - b->src->data) + (size_t) m->col - 1;
          b->cursor = base;
          b->leaf_end = (size_t) (text - b->src->data) + len;
          scan_tags (b, blk->text, strlen (blk->text), base, true);
        }
      else
        {
          /* Close the innermost open admonition.  */
          for (size_t k = b->nstack; k-- > 0;)
            {
              struct td_block *blk = &b->doc->blocks[b->stack[k]];
              if (blk->kind == TD_BLK_ADMONITION)
                {
                  blk->end_line = m->line;
                  blk->end_col = m->col + 2;
                  memmove (b->stack + k, b->stack + k + 1,
                           (b->nstack - k - 1) * sizeof (int));
                  b->nstack--;
                  break;
                }
            }
        }
    }
}

/* Pops containers down to (and including) block INDEX; admonitions opened
   inside it and never closed end with it.  */
static void
pop_to (struct builder *b, int index)
{
  while (b->nstack > 0)
    {
      int top = b->stack[--b->nstack];
      if (top == index)
        break;
    }
}

/* Records an item of block BLK.  NEEDLE (NLEN bytes) is what to look for
   in the source to locate it; BASE, when not SIZE_MAX, is its known byte
   offset.  */
static void
add_item (struct builder *b, enum td_item_kind kind, const char *text,
          size_t len, bool in_code, const char *needle, size_t nlen,
          size_t base)
{
  struct td_doc *doc = b->doc;
  struct td_block *blk = &doc->blocks[doc->nblocks - 1];
  doc->items = xgrow (doc->items, &b->nitems_alloc, doc->nitems + 1,
                      sizeof *doc->items);
  struct td_item *it = &doc->items[doc->nitems++];
  it->kind = kind;
  it->text = pool_add (doc, text, len);
  it->in_code = in_code;
  it->line = blk->line;
  it->col = blk->col;
  it->len = (int) (nlen ? nlen : 1);
  size_t off = base;
  if (off == SIZE_MAX && nlen > 0 && b->cursor < b->leaf_end)
    {
      const char *hay = b->src->data + b->cursor;
      size_t hlen = b->leaf_end - b->cursor;
      const char *hit = NULL;
      if (nlen <= hlen)
        for (const char *p = hay; p + nlen <= hay + hlen; p++)
          {
            p = memchr (p, needle[0], (size_t) (hay + hlen - p));
            if (p == NULL || p + nlen > hay + hlen)
              break;
            if (memcmp (p, needle, nlen) == 0)
              {
                hit = p;
                break;
              }
          }
      if (hit)
        off = (size_t) (hit - b->src->data);
    }
  if (off != SIZE_MAX && off < b->src->len)
    {
      it->line = td_source_line_of (b->src, off);
      it->col = (int) (off - b->src->lines[it->line - 1]) + 1;
      if (off + nlen > b->cursor)
        b->cursor = off + nlen;
    }
  blk->nitems++;
}

/* Source offset where LITERAL (LEN bytes) occurs next in the current leaf,
   or SIZE_MAX.  Does not move the cursor.  */
static size_t
find_in_leaf (const struct builder *b, const char *literal, size_t len)
{
  if (len == 0 || b->cursor >= b->leaf_end || len > b->leaf_end - b->cursor)
    return SIZE_MAX;
  const char *hay = b->src->data + b->cursor;
  size_t hlen = b->leaf_end - b->cursor;
  for (const char *p = hay; p + len <= hay + hlen; p++)
    {
      p = memchr (p, literal[0], (size_t) (hay + hlen - p));
      if (p == NULL || p + len > hay + hlen)
        break;
      if (memcmp (p, literal, len) == 0)
        return (size_t) (p - b->src->data);
    }
  return SIZE_MAX;
}

/* Placeholders in S (N bytes); BASE is the source offset of S or
   SIZE_MAX.  */
static void
scan_placeholders (struct builder *b, const char *s, size_t n, bool in_code,
                   size_t base)
{
  size_t pos = 0, start, noff, nlen;
  while (td_placeholder_next (s, n, &pos, &start, &noff, &nlen))
    add_item (b, TD_ITEM_PLACEHOLDER, s + noff, nlen, in_code, s + start,
              nlen + 2, base == SIZE_MAX ? SIZE_MAX : base + start);
}

/* Numbers, placeholders and stray delimiters in a prose text S.  */
static void
scan_prose (struct builder *b, const char *s, size_t n)
{
  size_t base = find_in_leaf (b, s, n);
  size_t saved = b->cursor;
  size_t pos = 0, off, len;
  char tmp[64];
  while (td_number_next (s, n, &pos, &off, &len))
    {
      if (len >= sizeof tmp)
        continue;
      td_number_normalize (s + off, len, tmp);
      add_item (b, TD_ITEM_NUMBER, tmp, strlen (tmp), false, s + off, len,
                base == SIZE_MAX ? SIZE_MAX : base + off);
    }
  if (base != SIZE_MAX)
    b->cursor = saved;
  scan_placeholders (b, s, n, false, base);
  if (base != SIZE_MAX)
    b->cursor = saved;
  for (size_t i = 0; i + 1 < n; i++)
    if ((s[i] == '*' && s[i + 1] == '*') || (s[i] == '_' && s[i + 1] == '_'))
      {
        add_item (b, TD_ITEM_DELIM, s + i, 2, false, s + i, 2,
                  base == SIZE_MAX ? SIZE_MAX : base + i);
        i++;
      }
  if (base != SIZE_MAX && base + n > b->cursor)
    b->cursor = base + n;
}

/* Components, attributes, images and links of the tags in S; BASE is the
   source offset of S or SIZE_MAX.  Text between tags is scanned for
   placeholders when TEXT_TOO.  */
static void
scan_tags (struct builder *b, const char *s, size_t n, size_t base,
           bool text_too)
{
  size_t pos = 0, prev = 0;
  struct td_tag tag;
  struct td_buf tmp = TD_BUF_INIT;
  while (td_tag_next (s, n, &pos, &tag))
    {
      if (text_too && tag.start > prev)
        scan_placeholders (b, s + prev, tag.start - prev, false,
                           base == SIZE_MAX ? SIZE_MAX : base + prev);
      prev = tag.end;
      size_t tbase = base == SIZE_MAX ? SIZE_MAX : base + tag.start;
      const char *name = s + tag.name_off;
      bool is_img = tag.name_len == 3 && strncasecmp (name, "img", 3) == 0;
      bool is_a = tag.name_len == 1 && (name[0] == 'a' || name[0] == 'A');
      /* Opening tags only: a closing tag goes with its opening one.  */
      if (tag.component && !tag.closing)
        {
          td_buf_clear (&tmp);
          td_buf_put (&tmp, name, tag.name_len);
          add_item (b, TD_ITEM_COMPONENT, tmp.data, tmp.len, false,
                    s + tag.start, tag.end - tag.start, tbase);
        }
      if (tag.closing)
        continue;
      size_t apos = 0;
      struct td_attr attr;
      const char *as = s + tag.attrs_off;
      while (td_attr_next (as, tag.attrs_len, &apos, &attr))
        {
          const char *an = as + attr.name_off;
          const char *av = as + attr.value_off;
          size_t abase = base == SIZE_MAX ? SIZE_MAX
                                          : base + tag.attrs_off
                                                + attr.name_off;
          size_t nlen = attr.name_len;
          bool img_attr = (attr.name_len == 3 && memcmp (an, "img", 3) == 0)
                          || (is_img && attr.name_len == 3
                              && memcmp (an, "src", 3) == 0);
          if (img_attr)
            {
              add_item (b, TD_ITEM_IMAGE, av, attr.value_len, false, an, nlen,
                        abase);
              continue;
            }
          if (is_a && attr.name_len == 4 && memcmp (an, "href", 4) == 0)
            {
              add_item (b, TD_ITEM_LINK, av, attr.value_len, false, an, nlen,
                        abase);
              continue;
            }
          if (attr.name_len == 3 && memcmp (an, "alt", 3) == 0
              && attr.kind == TD_ATTR_STRING)
            {
              add_item (b, TD_ITEM_ALT, av, attr.value_len, false, an, nlen,
                        abase);
              continue;
            }
          if (tag.component && td_attr_is_text (an, attr.name_len)
              && attr.kind == TD_ATTR_STRING)
            {
              td_buf_clear (&tmp);
              td_buf_put (&tmp, name, tag.name_len);
              td_buf_putc (&tmp, '.');
              td_buf_put (&tmp, an, attr.name_len);
              td_buf_putc (&tmp, '=');
              td_buf_put (&tmp, av, attr.value_len);
              add_item (b, TD_ITEM_TEXTATTR, tmp.data, tmp.len, false, an,
                        nlen, abase);
              continue;
            }
          if (!tag.component || td_attr_is_text (an, attr.name_len))
            continue;
          td_buf_clear (&tmp);
          td_buf_put (&tmp, name, tag.name_len);
          td_buf_putc (&tmp, '.');
          td_buf_put (&tmp, an, attr.name_len);
          if (attr.kind == TD_ATTR_STRING)
            {
              td_buf_puts (&tmp, "=\"");
              td_buf_put (&tmp, av, attr.value_len);
              td_buf_putc (&tmp, '"');
            }
          else if (attr.kind == TD_ATTR_EXPRESSION)
            {
              td_buf_puts (&tmp, "={");
              td_buf_put (&tmp, av, attr.value_len);
              td_buf_putc (&tmp, '}');
            }
          add_item (b, TD_ITEM_ATTR, tmp.data, tmp.len, false, an, nlen,
                    abase);
        }
    }
  if (text_too && prev < n)
    scan_placeholders (b, s + prev, n - prev, false,
                       base == SIZE_MAX ? SIZE_MAX : base + prev);
  td_buf_free (&tmp);
}

/* Walks the inline children of leaf NODE: items, strong/emphasis counts,
   plain text and prose.  */
static void
walk_inlines (struct builder *b, cmark_node *node, struct td_block *blk_in)
{
  size_t bi = (size_t) (blk_in - b->doc->blocks);
  cmark_iter *it = cmark_iter_new (node);
  cmark_event_type ev;
  int in_link = 0;
  int in_image = 0; /* alt text is an item of its own, not prose */
  while ((ev = cmark_iter_next (it)) != CMARK_EVENT_DONE)
    {
      cmark_node *cur = cmark_iter_get_node (it);
      struct td_block *blk = &b->doc->blocks[bi];
      cmark_node_type type = cmark_node_get_type (cur);
      if (ev == CMARK_EVENT_EXIT)
        {
          if (type == CMARK_NODE_LINK)
            in_link--;
          else if (type == CMARK_NODE_IMAGE)
            in_image--;
          continue;
        }
      const char *lit;
      switch (type)
        {
        case CMARK_NODE_TEXT:
          lit = cmark_node_get_literal (cur);
          if (lit && in_image == 0)
            {
              size_t n = strlen (lit);
              td_buf_put (&b->text, lit, n);
              td_buf_put (&b->prose, lit, n);
              scan_prose (b, lit, n);
            }
          break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
          td_buf_putc (&b->text, ' ');
          td_buf_putc (&b->prose, ' ');
          break;
        case CMARK_NODE_CODE:
          lit = cmark_node_get_literal (cur);
          if (lit)
            {
              size_t n = strlen (lit);
              size_t base = find_in_leaf (b, lit, n);
              size_t saved = b->cursor;
              td_buf_put (&b->text, lit, n);
              td_buf_putc (&b->prose, ' ');
              scan_placeholders (b, lit, n, true, base);
              b->cursor = saved;
              add_item (b, TD_ITEM_CODE, lit, n, false, lit, n, base);
            }
          break;
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
          {
            const char *url = cmark_node_get_url (cur);
            size_t n = url ? strlen (url) : 0;
            if (type == CMARK_NODE_IMAGE)
              {
                /* The alt text first: it stands before the URL.  */
                struct td_buf alt = TD_BUF_INIT;
                for (cmark_node *c = cmark_node_first_child (cur); c;
                     c = cmark_node_next (c))
                  {
                    const char *t = cmark_node_get_literal (c);
                    if (t)
                      td_buf_puts (&alt, t);
                  }
                add_item (b, TD_ITEM_ALT, td_buf_str (&alt), alt.len, false,
                          alt.len ? alt.data : NULL, alt.len, SIZE_MAX);
                td_buf_free (&alt);
                in_image++;
              }
            add_item (b, type == CMARK_NODE_LINK ? TD_ITEM_LINK
                                                 : TD_ITEM_IMAGE,
                      url ? url : "", n, false, url, n, SIZE_MAX);
            if (type == CMARK_NODE_LINK)
              in_link++;
          }
          break;
        case CMARK_NODE_HTML_INLINE:
          lit = cmark_node_get_literal (cur);
          if (lit)
            {
              size_t n = strlen (lit);
              scan_tags (b, lit, n, find_in_leaf (b, lit, n), false);
            }
          break;
        case CMARK_NODE_STRONG:
          blk->strong++;
          break;
        case CMARK_NODE_EMPH:
          blk->emph++;
          break;
        case CMARK_NODE_NONE:
        case CMARK_NODE_DOCUMENT:
        case CMARK_NODE_BLOCK_QUOTE:
        case CMARK_NODE_LIST:
        case CMARK_NODE_ITEM:
        case CMARK_NODE_CODE_BLOCK:
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_CUSTOM_BLOCK:
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
        case CMARK_NODE_THEMATIC_BREAK:
        case CMARK_NODE_CUSTOM_INLINE:
        default:
          break;
        }
    }
  (void) in_link;
  cmark_iter_free (it);
}

/* Sets the position fields of BLK from NODE.  */
static void
set_span (struct builder *b, struct td_block *blk, cmark_node *node)
{
  blk->line = cmark_node_get_start_line (node) + b->line_offset;
  blk->col = cmark_node_get_start_column (node);
  blk->end_line = cmark_node_get_end_line (node) + b->line_offset;
  blk->end_col = cmark_node_get_end_column (node);
  blk->col += b->col_shift;
  blk->end_col += b->col_shift;
  if (b->dedent && blk->line >= 1 && blk->line <= (int) b->src->nlines)
    blk->col += b->dedent[blk->line];
  if (b->dedent && blk->end_line >= 1
      && blk->end_line <= (int) b->src->nlines)
    blk->end_col += b->dedent[blk->end_line];
  if (blk->col < 1)
    blk->col = 1;
  if (blk->end_line < blk->line)
    blk->end_line = blk->line;
  if (blk->end_col < 1)
    blk->end_col = 1;
}

static void
leaf_range (struct builder *b, const struct td_block *blk)
{
  b->cursor = td_source_offset (b->src, blk->line, blk->col);
  b->leaf_end = td_source_offset (b->src, blk->end_line, blk->end_col) + 1;
  if (b->leaf_end > b->src->len)
    b->leaf_end = b->src->len;
  if (b->cursor > b->leaf_end)
    b->cursor = b->leaf_end;
}

static void
count_scripts (struct td_block *blk)
{
  size_t h = 0, l = 0;
  td_utf8_count_scripts (blk->prose, strlen (blk->prose), &h, &l);
  blk->hangul = (unsigned) h;
  blk->latin = (unsigned) l;
}

static void
leaf_heading (struct builder *b, cmark_node *node)
{
  struct td_block *blk = new_block (b, TD_BLK_HEADING, 0, 0);
  size_t bi = b->doc->nblocks - 1;
  set_span (b, blk, node);
  blk->level = cmark_node_get_heading_level (node);
  leaf_range (b, blk);
  td_buf_clear (&b->text);
  td_buf_clear (&b->prose);
  walk_inlines (b, node, blk);
  blk = &b->doc->blocks[bi];
  size_t id_off, id_len, syn;
  const char *t = td_buf_str (&b->text);
  size_t tlen = b->text.len;
  if (td_anchor_find (t, tlen, &id_off, &id_len, &syn))
    {
      blk->anchor = pool_add (b->doc, t + id_off, id_len);
      size_t keep = syn;
      while (keep > 0 && (t[keep - 1] == ' ' || t[keep - 1] == '\t'))
        keep--;
      blk->text = pool_add (b->doc, t, keep);
      /* Locate the anchor in the source line.  */
      size_t llen;
      const char *line = td_source_line (b->src, blk->line, &llen);
      blk->anchor_col = blk->col;
      for (size_t k = llen; k-- > 0;)
        if (line[k] == '{')
          {
            blk->anchor_col = (int) k + 1;
            if (k > 0 && line[k - 1] == '\\')
              blk->anchor_col--;
            break;
          }
      /* Numbers and other items inside the anchor are not content.  */
      const char *p = td_buf_str (&b->prose);
      size_t plen = b->prose.len;
      size_t pid, plid, psyn;
      if (td_anchor_find (p, plen, &pid, &plid, &psyn))
        {
          while (psyn > 0 && p[psyn - 1] == ' ')
            psyn--;
          blk->prose = pool_add (b->doc, p, psyn);
        }
      else
        blk->prose = pool_add (b->doc, p, plen);
      size_t anchor_off = td_source_offset (b->src, blk->line,
                                            blk->anchor_col);
      size_t kept = blk->item_first;
      for (size_t k = blk->item_first; k < blk->item_first + blk->nitems;
           k++)
        {
          struct td_item *item = &b->doc->items[k];
          size_t ioff = td_source_offset (b->src, item->line, item->col);
          bool in_anchor = item->line == blk->line && ioff >= anchor_off
                           && item->kind != TD_ITEM_CODE;
          if (!in_anchor)
            b->doc->items[kept++] = *item;
        }
      b->doc->nitems = kept;
      blk->nitems = kept - blk->item_first;
    }
  else
    {
      blk->text = pool_add (b->doc, t, tlen);
      blk->prose = pool_add (b->doc, td_buf_str (&b->prose), b->prose.len);
    }
  count_scripts (blk);
}

/* True when S holds only comments (HTML "<!-- -->" or the MDX comment
   expression: brace, slash, star ... star, slash, brace) and white space:
   nothing a reader sees.  */
static bool
only_comments (const char *s)
{
  for (;;)
    {
      while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
      if (*s == '\0')
        return true;
      const char *e;
      if (strncmp (s, "<!--", 4) == 0 && (e = strstr (s + 4, "-->")) != NULL)
        s = e + 3;
      else if (strncmp (s, "{/*", 3) == 0 && (e = strstr (s + 3, "*/}")) != NULL)
        s = e + 3;
      else
        return false;
    }
}

static bool
is_import_line (const char *s, size_t n)
{
  return (n >= 7 && memcmp (s, "import ", 7) == 0)
         || (n >= 7 && memcmp (s, "export ", 7) == 0)
         || (n >= 7 && memcmp (s, "import{", 7) == 0);
}

/* MDX import/export statements: a top-level paragraph whose first line
   is one.  Emits one IMPORT block per statement; returns true if it did. */
static bool
leaf_imports (struct builder *b, cmark_node *node)
{
  if (b->nstack != 0)
    return false;
  int first = cmark_node_get_start_line (node) + b->line_offset;
  int last = cmark_node_get_end_line (node) + b->line_offset;
  size_t len;
  const char *line = td_source_line (b->src, first, &len);
  if (!is_import_line (line, len))
    return false;
  struct td_block *blk = NULL;
  struct td_buf stmt = TD_BUF_INIT;
  for (int ln = first; ln <= last; ln++)
    {
      line = td_source_line (b->src, ln, &len);
      if (is_import_line (line, len) || blk == NULL)
        {
          if (blk)
            blk->text = pool_add (b->doc, stmt.data, stmt.len);
          td_buf_clear (&stmt);
          blk = new_block (b, TD_BLK_IMPORT, ln, 1);
        }
      else
        td_buf_putc (&stmt, ' ');
      td_buf_put (&stmt, line, len);
      blk->end_line = ln;
      blk->end_col = len > 0 ? (int) len : 1;
    }
  if (blk)
    blk->text = pool_add (b->doc, td_buf_str (&stmt), stmt.len);
  td_buf_free (&stmt);
  return true;
}

static void
leaf_paragraph (struct builder *b, cmark_node *node)
{
  flush_markers (b, cmark_node_get_start_line (node) + b->line_offset);
  if (leaf_imports (b, node))
    return;
  {
    /* An MDX comment paragraph (brace, slash, star ...) is not rendered
       either.  */
    int first = cmark_node_get_start_line (node) + b->line_offset;
    int last = cmark_node_get_end_line (node) + b->line_offset;
    size_t from = td_source_offset (b->src, first, 1);
    size_t len;
    const char *l = td_source_line (b->src, last, &len);
    size_t to = (size_t) (l - b->src->data) + len;
    char *t = xstrndup (b->src->data + from, to - from);
    bool skip = only_comments (t);
    free (t);
    if (skip)
      return;
  }
  struct td_block *blk = new_block (b, TD_BLK_PARAGRAPH, 0, 0);
  size_t bi = b->doc->nblocks - 1;
  set_span (b, blk, node);
  if (blk->end_line > blk->line)
    {
      size_t len;
      const char *l2 = td_source_line (b->src, blk->line + 1, &len);
      /* Inside containers the delimiter row is indented like the rest. */
      int columns;
      if (td_table_delimiter_row (l2, len, &columns))
        {
          blk->kind = TD_BLK_TABLE;
          blk->columns = columns;
          blk->count = blk->end_line - blk->line - 1;
        }
    }
  leaf_range (b, blk);
  td_buf_clear (&b->text);
  td_buf_clear (&b->prose);
  walk_inlines (b, node, blk);
  blk = &b->doc->blocks[bi];
  blk->text = pool_add (b->doc, td_buf_str (&b->text), b->text.len);
  blk->prose = pool_add (b->doc, td_buf_str (&b->prose), b->prose.len);
  count_scripts (blk);
}

static void
leaf_code (struct builder *b, cmark_node *node)
{
  struct td_block *blk = new_block (b, TD_BLK_CODE, 0, 0);
  size_t bi = b->doc->nblocks - 1;
  set_span (b, blk, node);
  const char *lit = cmark_node_get_literal (node);
  const char *info = cmark_node_get_fence_info (node);
  blk->text = pool_str (b->doc, lit ? lit : "");
  {
    /* cmark 0.30 has no getter for "fenced": look at the first line.  */
    size_t len;
    const char *line = td_source_line (b->src, blk->line, &len);
    size_t i = (size_t) blk->col - 1;
    while (i < len && (line[i] == ' ' || line[i] == '\t' || line[i] == '>'))
      i++;
    blk->level = i + 2 < len && ((line[i] == '`' && line[i + 1] == '`'
                                  && line[i + 2] == '`')
                                 || (line[i] == '~' && line[i + 1] == '~'
                                     && line[i + 2] == '~'));
  }
  /* The info string's first word is the language; keep the rest too.  */
  if (info)
    {
      while (*info == ' ')
        info++;
      size_t n = strlen (info);
      while (n > 0 && (info[n - 1] == ' ' || info[n - 1] == '\t'))
        n--;
      blk->info = pool_add (b->doc, info, n);
    }
  leaf_range (b, blk);
  if (lit)
    scan_placeholders (b, lit, strlen (lit), true, SIZE_MAX);
  blk = &b->doc->blocks[bi];
  (void) blk;
}

static void
leaf_html (struct builder *b, cmark_node *node)
{
  /* Comments are not rendered: they are not part of the structure.  */
  const char *l0 = cmark_node_get_literal (node);
  if (l0 && only_comments (l0))
    return;
  struct td_block *blk = new_block (b, TD_BLK_HTML, 0, 0);
  set_span (b, blk, node);
  const char *lit = cmark_node_get_literal (node);
  blk->text = pool_str (b->doc, lit ? lit : "");
  leaf_range (b, blk);
  if (lit)
    {
      size_t n = strlen (lit);
      scan_tags (b, lit, n, find_in_leaf (b, lit, n), true);
    }
}

/* ---- directive lines: admonition markers and JSX tag lines ----------
   MDX reads a line that holds only JSX tags as JSX and the lines between
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

static void
find_markers (struct builder *b, size_t body_off)
{
  size_t alloc = 0;
  char fence_ch = 0;
  size_t fence_len = 0;
  int first = td_source_line_of (b->src, body_off);
  int nlines = (int) b->src->nlines;
  struct elements el;
  memset (&el, 0, sizeof el);
  /* The innermost element holding each content line, or -1.  */
  long *line_elem = xmalloc (((size_t) nlines + 2) * sizeof *line_elem);
  /* 0: prose; 1: a fence line; 2: inside fenced code.  */
  unsigned char *line_code = xcalloc ((size_t) nlines + 2, 1);
  for (int ln = 0; ln <= nlines + 1; ln++)
    line_elem[ln] = -1;
  for (int ln = first; ln <= nlines; ln++)
    {
      size_t len;
      const char *line = td_source_line (b->src, ln, &len);
      int indent = indent_of (line, len);
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
              b->markers = xgrow (b->markers, &alloc, b->nmarkers + 1,
                                  sizeof *b->markers);
              struct marker *m = &b->markers[b->nmarkers++];
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
      const char *line = td_source_line (b->src, ln, &len);
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
      if (b->dedent == NULL)
        b->dedent = xcalloc ((size_t) nlines + 2, sizeof *b->dedent);
      b->dedent[ln] = d;
    }
  free (line_code);
  free (line_elem);
  free (el.all);
  free (el.open);
}

/* ---- the walk ------------------------------------------------------- */

/* True when file line LINE opens a fenced code block.  */
static bool
fenced_at (const struct builder *b, int line)
{
  size_t len;
  const char *s = td_source_line (b->src, line, &len);
  size_t i = 0;
  while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '>'))
    i++;
  return i + 2 < len && ((s[i] == '`' && s[i + 1] == '`' && s[i + 2] == '`')
                         || (s[i] == '~' && s[i + 1] == '~'
                             && s[i + 2] == '~'));
}

/* True when code block NODE (at file line LINE) is an indented code
   block: its first line is not a fence, or it is a fence that cmark read
   as content ("    ```yaml" indented four columns past its container).  */
static bool
is_indented_code (const struct builder *b, cmark_node *node, int line)
{
  if (!fenced_at (b, line))
    return true;
  const char *lit = cmark_node_get_literal (node);
  if (lit == NULL)
    return false;
  while (*lit == ' ' || *lit == '\t')
    lit++;
  return strncmp (lit, "```", 3) == 0 || strncmp (lit, "~~~", 3) == 0;
}

static void
build (struct builder *b, cmark_node *root)
{
  cmark_iter *it = cmark_iter_new (root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next (it)) != CMARK_EVENT_DONE)
    {
      cmark_node *cur = cmark_iter_get_node (it);
      cmark_node_type type = cmark_node_get_type (cur);
      if (ev == CMARK_EVENT_EXIT)
        {
          if (type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST
              || type == CMARK_NODE_ITEM)
            {
              /* Find this container's block on the stack.  */
              for (size_t k = b->nstack; k-- > 0;)
                {
                  struct td_block *blk = &b->doc->blocks[b->stack[k]];
                  if (blk->kind != TD_BLK_ADMONITION)
                    {
                      pop_to (b, b->stack[k]);
                      break;
                    }
                }
            }
          continue;
        }
      int line = cmark_node_get_start_line (cur) + b->line_offset;
      struct td_block *blk;
      switch (type)
        {
        case CMARK_NODE_BLOCK_QUOTE:
        case CMARK_NODE_LIST:
        case CMARK_NODE_ITEM:
          flush_markers (b, line);
          blk = new_block (b, type == CMARK_NODE_BLOCK_QUOTE ? TD_BLK_QUOTE
                              : type == CMARK_NODE_LIST      ? TD_BLK_LIST
                                                             : TD_BLK_ITEM,
                           0, 0);
          set_span (b, blk, cur);
          if (type == CMARK_NODE_LIST)
            {
              blk->level = cmark_node_get_list_type (cur) == CMARK_ORDERED_LIST;
              blk->start = blk->level ? cmark_node_get_list_start (cur) : 0;
              for (cmark_node *c = cmark_node_first_child (cur); c;
                   c = cmark_node_next (c))
                blk->count++;
            }
          push (b, (int) (b->doc->nblocks - 1));
          break;
        case CMARK_NODE_HEADING:
          flush_markers (b, line);
          leaf_heading (b, cur);
          break;
        case CMARK_NODE_PARAGRAPH:
          leaf_paragraph (b, cur);
          break;
        case CMARK_NODE_CODE_BLOCK:
          flush_markers (b, line);
          if (b->mdx && is_indented_code (b, cur, line))
            {
              /* MDX has no indented code: what CommonMark reads as an
                 indented code block is Markdown there.  Parse its text and
                 take its blocks here, at their file lines.  */
              const char *lit = cmark_node_get_literal (cur);
              cmark_node *sub = cmark_parse_document (lit ? lit : "",
                                                      lit ? strlen (lit) : 0,
                                                      CMARK_OPT_DEFAULT);
              cmark_consolidate_text_nodes (sub);
              int saved_offset = b->line_offset, saved_shift = b->col_shift;
              b->line_offset = line - 1;
              b->col_shift = saved_shift + cmark_node_get_start_column (cur)
                             - 1;
              build (b, sub);
              b->line_offset = saved_offset;
              b->col_shift = saved_shift;
              cmark_node_free (sub);
            }
          else
            leaf_code (b, cur);
          break;
        case CMARK_NODE_HTML_BLOCK:
          flush_markers (b, line);
          leaf_html (b, cur);
          break;
        case CMARK_NODE_THEMATIC_BREAK:
          flush_markers (b, line);
          blk = new_block (b, TD_BLK_BREAK, 0, 0);
          set_span (b, blk, cur);
          break;
        case CMARK_NODE_NONE:
        case CMARK_NODE_DOCUMENT:
        case CMARK_NODE_CUSTOM_BLOCK:
        case CMARK_NODE_TEXT:
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE:
        case CMARK_NODE_CUSTOM_INLINE:
        case CMARK_NODE_EMPH:
        case CMARK_NODE_STRONG:
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
        default:
          break;
        }
    }
  cmark_iter_free (it);
}

struct td_doc *
td_doc_parse (struct td_source *src)
{
  struct td_doc *doc = xcalloc (1, sizeof *doc);
  doc->src = src;
  td_frontmatter_parse (src, &doc->fm);

  struct builder b;
  memset (&b, 0, sizeof b);
  b.doc = doc;
  b.src = src;
  b.line_offset = doc->fm.body_line - 1;
  {
    size_t pl = strlen (src->path);
    b.mdx = pl > 4 && STREQ (src->path + pl - 4, ".mdx");
  }

  size_t off = doc->fm.body_offset;
  const char *body = src->data + off;
  size_t blen = src->len - off;
  /* Directive lines (admonition markers, JSX tag lines) are blanked in
     the text cmark parses, keeping every byte offset.  */
  cmark_node *root;
  if (memmem (body, blen, ":::", 3) != NULL || memchr (body, '<', blen))
    find_markers (&b, off);
  if (b.nmarkers > 0 || b.dedent)
    {
      /* The text for cmark: directive lines emptied, dedented lines
         without their extra indentation; every line stays a line.  */
      char *copy = xmalloc (blen + 1);
      size_t o = 0;
      size_t im = 0;
      int first = td_source_line_of (src, off);
      for (int ln = first; ln <= (int) src->nlines; ln++)
        {
          size_t len;
          const char *line = td_source_line (src, ln, &len);
          size_t start = (size_t) (line - src->data);
          size_t next = ln < (int) src->nlines ? src->lines[ln] : src->len;
          while (im < b.nmarkers && b.markers[im].line < ln)
            im++;
          size_t from = start;
          size_t to = start + len;
          if (im < b.nmarkers && b.markers[im].line == ln)
            from = to;
          else if (b.dedent)
            from += (size_t) b.dedent[ln];
          if (from < off)
            from = to < off ? to : off;
          memcpy (copy + o, src->data + from, to - from);
          o += to - from;
          /* The line terminator.  */
          memcpy (copy + o, src->data + to, next - to);
          o += next - to;
        }
      copy[o] = '\0';
      root = cmark_parse_document (copy, o, CMARK_OPT_DEFAULT);
      free (copy);
    }
  else
    root = cmark_parse_document (body, blen, CMARK_OPT_DEFAULT);
  cmark_consolidate_text_nodes (root);
  build (&b, root);
  flush_markers (&b, INT32_MAX);
  cmark_node_free (root);

  for (size_t i = 0; i < b.nmarkers; i++)
    {
      free (b.markers[i].type);
      free (b.markers[i].title);
    }
  free (b.markers);
  free (b.dedent);
  free (b.stack);
  td_buf_free (&b.text);
  td_buf_free (&b.prose);
  return doc;
}

void
td_doc_free (struct td_doc *doc)
{
  if (doc == NULL)
    return;
  td_source_free (doc->src);
  td_frontmatter_free (&doc->fm);
  free (doc->blocks);
  free (doc->items);
  for (size_t i = 0; i < doc->npool_chunks; i++)
    free (doc->pool_chunks[i]);
  free (doc->pool_chunks);
  free (doc);
}

const char *
td_block_kind_name (enum td_block_kind kind)
{
  static const char *const names[TD_BLK__COUNT] = {
    [TD_BLK_HEADING] = "heading",       [TD_BLK_PARAGRAPH] = "paragraph",
    [TD_BLK_LIST] = "list",             [TD_BLK_ITEM] = "item",
    [TD_BLK_CODE] = "code",             [TD_BLK_HTML] = "html",
    [TD_BLK_QUOTE] = "blockquote",      [TD_BLK_BREAK] = "thematic-break",
    [TD_BLK_TABLE] = "table",           [TD_BLK_ADMONITION] = "admonition",
    [TD_BLK_IMPORT] = "import",
  };
  return (unsigned) kind < TD_BLK__COUNT ? names[kind] : "?";
}

const char *
td_block_kind_label (enum td_block_kind kind)
{
  switch (kind)
    {
    case TD_BLK_HEADING: return _("heading");
    case TD_BLK_PARAGRAPH: return _("paragraph");
    case TD_BLK_LIST: return _("list");
    case TD_BLK_ITEM: return _("list item");
    case TD_BLK_CODE: return _("code block");
    case TD_BLK_HTML: return _("HTML/JSX block");
    case TD_BLK_QUOTE: return _("block quote");
    case TD_BLK_BREAK: return _("thematic break");
    case TD_BLK_TABLE: return _("table");
    case TD_BLK_ADMONITION: return _("admonition");
    case TD_BLK_IMPORT: return _("import statement");
    case TD_BLK__COUNT:
    default: return "?";
    }
}
