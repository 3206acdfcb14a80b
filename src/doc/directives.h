/* directives.h: the lines a page's documentation system reads before
   Markdown.  MDX reads a line that holds only JSX tags as JSX and the
   lines between as Markdown, and Docusaurus reads ":::" lines as
   admonition directives; CommonMark would make a raw HTML block of the
   first and a paragraph of the second.  The scan finds both kinds of line
   (outside fenced code) and the indentation MDX removes from the content
   of an element; the document model then gives cmark the text with those
   lines blanked and dedented, keeping every line a line.  In a Markdown
   page (not MDX, which has no indented code) the lines of an indented
   code block are code, and are neither directives nor fences, except in
   the blocks of MkDocs (admonitions "!!! note", content tabs '=== "A"',
   whose bodies are indented four columns, and PyMdown's "/// note" ...
   "///"), which are admonitions with their bodies dedented.  */
#ifndef TD_DIRECTIVES_H
#define TD_DIRECTIVES_H

#include <stdbool.h>
#include <stddef.h>

struct td_source;

/* One directive line.  */
struct td_directive
{
  int line;       /* file line */
  int col;        /* byte column */
  int kind;       /* 1 admonition open, 2 admonition close, 3 JSX line,
                     4 admonition close before the line (the end of an
                     MkDocs block made by indentation: the line stays) */
  char *type;     /* owned, open only */
  char *title;    /* owned, open only */
};

struct td_directives
{
  struct td_directive *v; /* owned, in line order */
  size_t n;
  int *dedent;            /* owned: bytes of indentation removed from each
                             file line (indexed by line), or NULL */
};

/* Scans the body of SRC (from byte BODY_OFF) into *OUT, which it
   fills from empty.  MDX tells whether SRC is an MDX page.  */
void td_directives_scan (const struct td_source *src, size_t body_off,
                         bool mdx, struct td_directives *out);

/* The text cmark reads: the body of SRC from byte OFF with the directive
   lines of D emptied and the lines D dedents dedented.  New; *LEN its
   length.  */
char *td_directives_text (const struct td_source *src, size_t off,
                          const struct td_directives *d, size_t *len);

/* Frees what D owns.  */
void td_directives_free (struct td_directives *d);

#endif
