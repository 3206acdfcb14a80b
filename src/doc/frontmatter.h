/* frontmatter.h: YAML front matter at the top of a Markdown file.  A
   subset of YAML that is robust to what real documentation contains:
   plain, single- and double-quoted keys and scalars (quoted scalars may
   span lines), plain scalars continued on indented lines, block scalars
   ('|' and '>'), block lists ("- item"), flow lists ("[a, b]"), maps
   nested one level deep, comments.  */
#ifndef TD_FRONTMATTER_H
#define TD_FRONTMATTER_H

#include <stdbool.h>
#include <stddef.h>

struct td_source;

enum td_fm_kind
{
  TD_FM_SCALAR, /* value holds the unquoted, folded string */
  TD_FM_LIST,   /* value holds the items joined by "\n"; nitems counts */
  TD_FM_MAP     /* value holds "key: value" lines of the nested map */
};

struct td_fm_entry
{
  char *key;    /* owned; unquoted top-level key */
  char *value;  /* owned; see td_fm_kind; never NULL ("" when empty) */
  enum td_fm_kind kind;
  int nitems;   /* LIST: items; MAP: keys; SCALAR: 0 */
  int line;     /* file line of the key */
  int col;      /* byte column of the key (1-based) */
};

struct td_frontmatter
{
  bool present;        /* an opening and a closing line were found */
  int open_line;       /* line of the opening "---" (1, or 0 if absent) */
  int close_line;      /* line of the closing "---" or "..." (0 if absent) */
  size_t body_offset;  /* byte offset where the Markdown body starts: just
                          after the closing line, or 0 (after a BOM: 0 as
                          well, the BOM is blanked in the source) */
  int body_line;       /* file line of body_offset (1 when absent) */
  struct td_fm_entry *entries; /* owned, in file order */
  size_t nentries;
  char *error;         /* owned, translated description of the first
                          problem (unterminated block, a line that is not
                          "key: value", bad indentation), or NULL */
  int error_line;      /* file line of that problem */
};

/* Parses the front matter of SRC into *FM (which it initialises).  A file
   whose first line (after a BOM) is exactly "---" (trailing spaces allowed)
   has front matter up to the next line that is exactly "---" or "...".
   Without a closing line there is no front matter (present is false,
   body_offset is 0) and error says so ("the opening '---' line has no
   closing '---' line"), at the opening line.  Problems
   inside the block are recorded in error, the rest is still parsed.
   Never fails.  */
void td_frontmatter_parse (const struct td_source *src,
                           struct td_frontmatter *fm);

/* Frees what FM owns; FM may be reused after td_frontmatter_parse.  */
void td_frontmatter_free (struct td_frontmatter *fm);

/* The entry for KEY, or NULL.  */
const struct td_fm_entry *td_frontmatter_get (const struct td_frontmatter *fm,
                                              const char *key);

#endif
