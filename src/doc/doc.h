/* doc.h: the document model.  A Markdown body parsed by cmark becomes a
   flat sequence of blocks in document order, each with its file position,
   its kind-specific facts and its invariants (the inline items that a
   translation must keep: code spans, placeholders, links, images, MDX
   components and their attributes, numbers, stray emphasis delimiters).
   Rules, alignment, extraction and the later review page all work on this
   sequence; none of them walks the cmark tree again.  */
#ifndef TD_DOC_H
#define TD_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc/frontmatter.h"

struct td_source;

enum td_block_kind
{
  TD_BLK_HEADING,
  TD_BLK_PARAGRAPH,
  TD_BLK_LIST,       /* container: its items follow at depth + 1 */
  TD_BLK_ITEM,       /* container: its blocks follow at depth + 1 */
  TD_BLK_CODE,       /* fenced or indented code */
  TD_BLK_HTML,       /* HTML or JSX block */
  TD_BLK_QUOTE,      /* container */
  TD_BLK_BREAK,      /* thematic break */
  TD_BLK_TABLE,      /* GFM pipe table (cmark sees a paragraph) */
  TD_BLK_ADMONITION, /* container: Docusaurus ":::type" ... ":::" */
  TD_BLK_IMPORT,     /* MDX import/export statement */
  TD_BLK__COUNT
};

enum td_item_kind
{
  TD_ITEM_CODE,        /* inline code span: text is its content */
  TD_ITEM_PLACEHOLDER, /* {NAME}: text is NAME */
  TD_ITEM_LINK,        /* link destination */
  TD_ITEM_IMAGE,       /* image source: a URL, or the expression of a JSX
                          img={...} attribute */
  TD_ITEM_COMPONENT,   /* JSX component opening tag: "Name" */
  TD_ITEM_ATTR,        /* non-text JSX attribute: "Name.attr=value" */
  TD_ITEM_NUMBER,      /* number in prose (thousands separators removed) */
  TD_ITEM_DELIM,       /* "**" or "__" that cmark left as literal text */
  TD_ITEM_ALT,         /* image alt text (Markdown image or JSX alt=) */
  TD_ITEM_TEXTATTR,    /* text attribute of a JSX component, translatable:
                          "Name.attr=value" */
  TD_ITEM_MACRO,       /* shortcode or macro "{{...}}" in the text: its
                          td_macro_key */
  TD_ITEM__COUNT
};

struct td_item
{
  enum td_item_kind kind;
  const char *text; /* in the doc's string pool */
  int line, col;   /* file position of the item (byte column), or the
                      block's position when it cannot be located */
  int len;         /* bytes of source the item spans (>= 1) */
  bool in_code;    /* PLACEHOLDER: inside a code span or code block */
};

struct td_block
{
  enum td_block_kind kind;
  int depth;           /* container nesting, 0 at the top */
  int parent;          /* index of the enclosing container block, or -1 */
  int line, col;       /* file position of the first byte (byte column) */
  int end_line, end_col;
  int level;           /* HEADING: 1-6.  LIST: 1 if ordered, else 0.
                          CODE: 1 if fenced */
  int count;           /* LIST: items.  TABLE: body rows */
  int columns;         /* TABLE: columns */
  int start;           /* LIST: number of the first item (ordered) */
  const char *text;    /* HEADING: text without its anchor.  PARAGRAPH,
                          TABLE: plain text (code spans included).  CODE:
                          content.
                          HTML: raw.  ADMONITION: the type ("note").
                          IMPORT: the statement.  Never NULL.  */
  const char *prose;   /* HEADING, PARAGRAPH, TABLE: the text without code
                          spans, inline HTML, anchor and URLs (what a
                          translator translates).  Otherwise "".  */
  const char *info;    /* CODE: info string ("" if none).  ADMONITION: the
                          title, if any.  Otherwise "".  */
  const char *anchor;  /* HEADING: explicit anchor id, or NULL */
  int anchor_col;      /* HEADING: byte column of the anchor syntax */
  size_t item_first;   /* this block's items: doc->items[item_first ..
                          item_first + nitems) */
  size_t nitems;
  int strong, emph;    /* rendered strong and emphasis spans */
  unsigned hangul;     /* Hangul letters in the prose (HEADING, PARAGRAPH,
                          TABLE; 0 for other kinds) */
  unsigned latin;      /* Latin letters in the prose */
  uint64_t sig_coarse; /* kind and depth: "the same sort of block" */
  uint64_t sig_fine;   /* plus everything a translation keeps */
  uint64_t sig_content; /* sig_fine without the depth: recognises a block
                          that moved to another nesting level */
  bool keyed;          /* HEADING: the signatures identify it: it has an
                          anchor or items, or its section (up to the next
                          heading of the same or a higher level) holds
                          code spans, placeholders, components or images,
                          folded into them */
};

struct td_doc
{
  struct td_source *src;     /* owned */
  struct td_frontmatter fm;  /* owned */
  struct td_block *blocks;   /* owned, document order */
  size_t nblocks;
  struct td_item *items;     /* owned */
  size_t nitems;
  char *pool;                /* owned string pool (block and item texts) */
  size_t pool_len, pool_alloc;
  char **pool_chunks;        /* owned retired pool chunks */
  size_t npool_chunks;
};

/* Parses SRC (taking ownership of it) into a new document: front matter,
   then the body with cmark.  Never fails (any bytes are Markdown).  The
   signatures of the blocks are left for sign.h.  */
struct td_doc *td_doc_parse (struct td_source *src);

/* Frees DOC and its source; NULL is a no-op.  */
void td_doc_free (struct td_doc *doc);

/* The items of block B (NULL when the page has none: B has none then).  */
static inline const struct td_item *
td_block_items (const struct td_doc *doc, const struct td_block *b)
{
  return doc->items ? doc->items + b->item_first : NULL;
}

/* Untranslatable name of a block kind ("heading", "paragraph", ...), for
   debugging output and JSON.  */
const char *td_block_kind_name (enum td_block_kind kind);

/* A translated noun phrase for a block kind, for messages ("heading",
   "제목").  */
const char *td_block_kind_label (enum td_block_kind kind);

/* A view of a document: a range of its blocks that holds one language. */
struct td_half
{
  const struct td_doc *doc;
  size_t first, last;   /* blocks [first, last) */
  const char *lang;     /* "en" or "ko" */
};

#endif
