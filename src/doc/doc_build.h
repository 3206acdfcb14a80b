/* doc_build.h: the state shared by the files that build a document (doc.c,
   doc_inline.c, doc_pool.c) while cmark's tree is walked.  Private to
   them.  */
#ifndef TD_DOC_BUILD_H
#define TD_DOC_BUILD_H

#include <cmark.h>

#include "util/buf.h"
#include "doc/directives.h"
#include "doc/doc.h"

struct td_source;

struct builder
{
  struct td_doc *doc;
  const struct td_source *src;
  int line_offset;       /* file line = cmark line + line_offset */
  size_t nblocks_alloc, nitems_alloc;
  int *stack;            /* open containers (block indices) */
  size_t nstack, stack_alloc;
  const struct td_directive *markers; /* from the directive scan */
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

/* Copies N bytes of S into DOC's string pool; returns the copy (NUL
   terminated, owned by DOC).  */
const char *tdb_pool_add (struct td_doc *doc, const char *s, size_t n);
/* The same for the string S (NULL: "").  */
const char *tdb_pool_str (struct td_doc *doc, const char *s);

/* Inline items (doc_inline.c).  */

/* The byte offset in the source of LITERAL (LEN bytes) inside the current
   leaf, searched from the cursor; the cursor when not found.  */
size_t tdb_find_in_leaf (const struct builder *b, const char *literal,
                         size_t len);
/* Adds the {PLACEHOLDER}s of S (N bytes at source offset BASE).  */
void tdb_scan_placeholders (struct builder *b, const char *s, size_t n,
                            bool in_code, size_t base);
/* Adds the JSX components, attributes, images and links of the tags in S
   (N bytes at source offset BASE); TEXT_TOO also their text attributes. */
void tdb_scan_tags (struct builder *b, const char *s, size_t n, size_t base,
                    bool text_too);
/* Walks the inline nodes under NODE, adding the items of block BLK and
   collecting its text and prose in b->text and b->prose.  */
void tdb_walk_inlines (struct builder *b, cmark_node *node,
                       struct td_block *blk);

#endif
