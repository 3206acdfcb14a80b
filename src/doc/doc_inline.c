/* doc_inline.c: the inline items of a block (code spans, placeholders,
   links, images, JSX components and attributes, numbers, stray emphasis
   delimiters), found in cmark's inline nodes and located in the source.  */
#include <config.h>
#include "util/system.h"

#include "doc/doc_build.h"
#include "doc/macro.h"
#include "doc/inline.h"
#include "doc/numscale.h"
#include "doc/source.h"
#include "util/utf8.h"
#include "util/xalloc.h"

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
  it->text = tdb_pool_add (doc, text, len);
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
size_t
tdb_find_in_leaf (const struct builder *b, const char *literal, size_t len)
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
void
tdb_scan_placeholders (struct builder *b, const char *s, size_t n, bool in_code,
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
  size_t base = tdb_find_in_leaf (b, s, n);
  size_t saved = b->cursor;
  size_t pos = 0, off, len;
  char tmp[64];
  while (td_number_next (s, n, &pos, &off, &len))
    {
      if (len >= sizeof tmp)
        continue;
      /* "3,900만" and "39 million" are both 39000000.  */
      size_t end;
      if (td_number_scale (s, n, off, len, &end, tmp, sizeof tmp))
        pos = end; /* the item is placed at its digits */
      else
        td_number_normalize (s + off, len, tmp);
      add_item (b, TD_ITEM_NUMBER, tmp, strlen (tmp), false, s + off, len,
                base == SIZE_MAX ? SIZE_MAX : base + off);
    }
  if (base != SIZE_MAX)
    b->cursor = saved;
  tdb_scan_placeholders (b, s, n, false, base);
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
void
tdb_scan_tags (struct builder *b, const char *s, size_t n, size_t base,
           bool text_too)
{
  size_t pos = 0, prev = 0;
  struct td_tag tag;
  struct td_buf tmp = TD_BUF_INIT;
  while (td_tag_next (s, n, &pos, &tag))
    {
      if (text_too && tag.start > prev)
        tdb_scan_placeholders (b, s + prev, tag.start - prev, false,
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
    tdb_scan_placeholders (b, s + prev, n - prev, false,
                       base == SIZE_MAX ? SIZE_MAX : base + prev);
  td_buf_free (&tmp);
}

/* The shortcodes and macros of the prose gathered for the current leaf:
   an item each (closing shortcodes aside; a link for a macro that makes
   one), and in the prose what a reader
   sees of each instead of its syntax (td_macro_display).  */
static void
scan_macros (struct builder *b)
{
  const char *s = td_buf_str (&b->prose);
  size_t n = b->prose.len;
  if (n < 4 || strstr (s, "{{") == NULL)
    return;
  struct td_buf out = TD_BUF_INIT;
  struct td_macro m;
  size_t pos = 0, prev = 0;
  while (td_macro_next (s, n, &pos, &m))
    {
      td_buf_put (&out, s + prev, m.start - prev);
      prev = m.end;
      char *shown = td_macro_display (s, &m);
      td_buf_puts (&out, shown);
      free (shown);
      if (m.closing)
        continue;
      char *link = td_macro_link (s, &m);
      char *key = link ? link : td_macro_key (s, &m);
      add_item (b, link ? TD_ITEM_LINK : TD_ITEM_MACRO, key, strlen (key),
                false, s + m.start, m.end - m.start, SIZE_MAX);
      free (key);
    }
  if (prev == 0)
    {
      td_buf_free (&out);
      return;
    }
  td_buf_put (&out, s + prev, n - prev);
  td_buf_clear (&b->prose);
  td_buf_put (&b->prose, td_buf_str (&out), out.len);
  td_buf_free (&out);
}


/* Counts the opening tag LIT of an inline HTML element that sets its text
   in bold (<strong>, <b>) or italics (<em>, <i>) into BLK, as Markdown's
   own emphasis: a translator may write either.  */
static void
count_html_emphasis (struct td_block *blk, const char *lit)
{
  static const struct
  {
    const char *name;
    bool strong;
  } tags[] = { { "strong", true }, { "b", true }, { "em", false },
               { "i", false } };
  if (lit[0] != '<')
    return;
  for (size_t t = 0; t < ARRAY_SIZE (tags); t++)
    {
      size_t n = strlen (tags[t].name);
      if (strncasecmp (lit + 1, tags[t].name, n) != 0)
        continue;
      char c = lit[1 + n];
      if (c != '>' && c != ' ' && c != '\t' && c != '\n')
        continue;
      if (tags[t].strong)
        blk->strong++;
      else
        blk->emph++;
      return;
    }
}

/* Walks the inline children of leaf NODE: items, strong/emphasis counts,
   plain text and prose.  */
void
tdb_walk_inlines (struct builder *b, cmark_node *node, struct td_block *blk_in)
{
  size_t bi = (size_t) (blk_in - b->doc->blocks);
  size_t leaf_start = b->cursor;
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
              size_t base = tdb_find_in_leaf (b, lit, n);
              size_t saved = b->cursor;
              td_buf_put (&b->text, lit, n);
              td_buf_putc (&b->prose, ' ');
              tdb_scan_placeholders (b, lit, n, true, base);
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
              tdb_scan_tags (b, lit, n, tdb_find_in_leaf (b, lit, n), false);
              count_html_emphasis (blk, lit);
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
  size_t end = b->cursor;
  b->cursor = leaf_start;
  scan_macros (b);
  if (b->cursor < end)
    b->cursor = end;
}

/* Sets the position fields of BLK from NODE.  */
