/* doc.c: build the flat block sequence of a document from cmark's tree:
   the containers and leaves (this file), their inline items
   (doc_inline.c), the string pool (doc_pool.c), the directive lines found
   before cmark reads the page (directives.c).  */
#include <config.h>
#include "util/system.h"
#include "doc/doc.h"

#include "doc/doc_build.h"
#include "doc/inline.h"
#include "doc/source.h"
#include "util/utf8.h"
#include "util/xalloc.h"

/* ---- builder -------------------------------------------------------- */


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

/* Emits the directive lines that come before file line LINE.  */
static void
flush_markers (struct builder *b, int line)
{
  while (b->imarker < b->nmarkers && b->markers[b->imarker].line < line)
    {
      const struct td_directive *m = &b->markers[b->imarker++];
      if (m->kind == 1)
        {
          struct td_block *blk = new_block (b, TD_BLK_ADMONITION, m->line,
                                            m->col);
          blk->text = tdb_pool_str (b->doc, m->type);
          blk->info = tdb_pool_str (b->doc, m->title);
          push (b, (int) (b->doc->nblocks - 1));
        }
      else if (m->kind == 3)
        {
          struct td_block *blk = new_block (b, TD_BLK_HTML, m->line, m->col);
          size_t len;
          const char *text = td_source_line (b->src, m->line, &len);
          blk->text = tdb_pool_add (b->doc, text + m->col - 1,
                                len - (size_t) (m->col - 1));
          blk->end_col = (int) len;
          size_t base = (size_t) (text - b->src->data) + (size_t) m->col - 1;
          b->cursor = base;
          b->leaf_end = (size_t) (text - b->src->data) + len;
          tdb_scan_tags (b, blk->text, strlen (blk->text), base, true);
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
  tdb_walk_inlines (b, node, blk);
  blk = &b->doc->blocks[bi];
  size_t id_off, id_len, syn;
  const char *t = td_buf_str (&b->text);
  size_t tlen = b->text.len;
  if (td_anchor_find (t, tlen, &id_off, &id_len, &syn))
    {
      blk->anchor = tdb_pool_add (b->doc, t + id_off, id_len);
      size_t keep = syn;
      while (keep > 0 && (t[keep - 1] == ' ' || t[keep - 1] == '\t'))
        keep--;
      blk->text = tdb_pool_add (b->doc, t, keep);
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
          blk->prose = tdb_pool_add (b->doc, p, psyn);
        }
      else
        blk->prose = tdb_pool_add (b->doc, p, plen);
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
      blk->text = tdb_pool_add (b->doc, t, tlen);
      blk->prose = tdb_pool_add (b->doc, td_buf_str (&b->prose), b->prose.len);
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
            blk->text = tdb_pool_add (b->doc, stmt.data, stmt.len);
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
    blk->text = tdb_pool_add (b->doc, td_buf_str (&stmt), stmt.len);
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
  tdb_walk_inlines (b, node, blk);
  blk = &b->doc->blocks[bi];
  blk->text = tdb_pool_add (b->doc, td_buf_str (&b->text), b->text.len);
  blk->prose = tdb_pool_add (b->doc, td_buf_str (&b->prose), b->prose.len);
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
  blk->text = tdb_pool_str (b->doc, lit ? lit : "");
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
      blk->info = tdb_pool_add (b->doc, info, n);
    }
  leaf_range (b, blk);
  if (lit)
    tdb_scan_placeholders (b, lit, strlen (lit), true, SIZE_MAX);
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
  blk->text = tdb_pool_str (b->doc, lit ? lit : "");
  leaf_range (b, blk);
  if (lit)
    {
      size_t n = strlen (lit);
      tdb_scan_tags (b, lit, n, tdb_find_in_leaf (b, lit, n), true);
    }
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
  struct td_directives dir;
  memset (&dir, 0, sizeof dir);
  cmark_node *root;
  if (memmem (body, blen, ":::", 3) != NULL || memchr (body, '<', blen)
      || memmem (body, blen, "!!! ", 4) != NULL
      || memmem (body, blen, "??? ", 4) != NULL
      || memmem (body, blen, "???+ ", 5) != NULL
      || memmem (body, blen, "=== \"", 5) != NULL
      || memmem (body, blen, "///", 3) != NULL)
    td_directives_scan (src, off, b.mdx, &dir);
  b.markers = dir.v;
  b.nmarkers = dir.n;
  b.dedent = dir.dedent;
  if (dir.n > 0 || dir.dedent)
    {
      size_t len;
      char *text = td_directives_text (src, off, &dir, &len);
      root = cmark_parse_document (text, len, CMARK_OPT_DEFAULT);
      free (text);
    }
  else
    root = cmark_parse_document (body, blen, CMARK_OPT_DEFAULT);
  cmark_consolidate_text_nodes (root);
  build (&b, root);
  flush_markers (&b, INT32_MAX);
  cmark_node_free (root);

  td_directives_free (&dir);
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

