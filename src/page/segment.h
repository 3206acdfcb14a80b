/* segment.h: the translatable segments of one language of a page: the
   pieces of text a translator translates, each with the exact bytes of
   the file it stands for.  A segment is the Markdown source of a block's
   inline content (inline code, links and emphasis kept as written), with
   the block's own markers (the list bullet, the heading's '#' and anchor,
   the '>' of a quote, the pipes of a table) left out: a heading, a
   paragraph (on its own, in a list item or in a quote), a table cell, an
   admonition title (or, for an admonition without one, the place where a
   title goes, whose text is the admonition's type), the alt text of an image that stands alone or of a
   JSX element, and, for a page in one language, the front matter values
   that are translated.  Code blocks, HTML, imports, anchors, component
   attributes and URLs are never segments.

   The PO catalogs (po/po.h) are made of segments and rebuilt from them:
   replacing the bytes [start, end) of every segment of an English page by
   its translation (td_segment_replacement) gives the Korean page.  */
#ifndef TD_SEGMENT_H
#define TD_SEGMENT_H

#include <stdbool.h>
#include <stddef.h>

#include "doc/doc.h"

enum td_seg_kind
{
  TD_SEG_HEADING,
  TD_SEG_PARAGRAPH,
  TD_SEG_ITEM,      /* a paragraph in a list item */
  TD_SEG_QUOTE,     /* a paragraph in a block quote */
  TD_SEG_CELL,      /* a table cell */
  TD_SEG_TITLE,     /* an admonition title */
  TD_SEG_ALT,       /* image alt text */
  TD_SEG_META,      /* a front matter value */
  TD_SEG__COUNT
};

struct td_segment
{
  enum td_seg_kind kind;
  long block;        /* index of its block in the document; -1 for META */
  int sub;           /* its place in the block: CELL row * 256 + column
                        (the delimiter row not counted), ALT the alt
                        texts before it; 0 otherwise.  META: the index of
                        the front matter entry */
  size_t start, end; /* the bytes of the source it replaces */
  int line;          /* file line of START */
  char *text;        /* owned: the segment's text (continuation lines
                        without their container prefix, line ends "\n") */
  char *cont;        /* owned: what stands before a continuation line in
                        this block ("  " in a list item, "> " in a quote) */
  char *prefixes;    /* owned: what stood before each continuation line
                        of the text in the file, one a line */
  bool crlf;         /* the block's lines end in "\r\n" */
  char quote;        /* ALT, META: the quote around the value ('"', '\'')
                        or 0.  TITLE with INSERT: how a title is written
                        after the type: '|' ("/// tip | T"), '"' ("!!! tip
                        \"T\""), '[' (":::tip[T]") or ' ' ("::: tip T") */
  bool insert;       /* TITLE: the admonition has no title; the segment
                        is the empty place after its type (START == END)
                        and its text the type ("tip"), the title the site
                        shows by default */
  const char *key;   /* META: the front matter key (owned by the doc) */
  char *path;        /* owned: the headings above it, "Setup > Step 1",
                        "" at the top */
};

struct td_segments
{
  struct td_segment *v; /* owned, in document order */
  size_t n;
};

/* Appends to OUT (zeroed by the caller) the segments of HALF, and of its
   document's front matter when META.  Never fails.  */
void td_segments_extract (const struct td_half *half, bool meta,
                          struct td_segments *out);

/* Frees what SEGS owns.  */
void td_segments_free (struct td_segments *segs);

/* Untranslated name of a segment kind ("list item"), for the catalog's
   comments, which tools read.  */
const char *td_seg_kind_name (enum td_seg_kind kind);

/* The bytes that replace SEG in its file for the translation TEXT: TEXT
   with the block's prefix before each continuation line, quoted as the
   original value was (ALT, META), on one line for a table cell.
   Returns a new string, or NULL when TEXT cannot stand there (an alt
   text holding its own quote, an added admonition title holding the
   quote or bracket around it).  */
char *td_segment_replacement (const struct td_segment *seg,
                              const char *text);

#endif
