/* inline.h: small scanners over UTF-8 text that find what a translation
   must keep: heading anchors in their three syntaxes, {PLACEHOLDER}s,
   numbers, JSX tags and attributes, GFM table delimiter rows and
   Docusaurus admonition markers.  Pure functions on byte ranges: no
   allocation unless said, no locale.  */
#ifndef TD_INLINE_H
#define TD_INLINE_H

#include <stdbool.h>
#include <stddef.h>

/* A heading anchor at the end of heading text S (N bytes): "{#id}",
   "\{#id\}" or "{/ * #id * /}" (without the spaces inside the comment
   markers; the '#' may be left out, as react.dev does), or "{/id/}" (what
   CommonMark leaves of the comment form in a Markdown page, the stars
   read as emphasis), followed only by spaces.  On success stores the offset and
   length of the id and the offset where the anchor syntax starts, and
   returns true.  */
bool td_anchor_find (const char *s, size_t n, size_t *id_off, size_t *id_len,
                     size_t *syntax_off);

/* Finds the next placeholder "{NAME}" in S (N bytes) at or after *POS.
   NAME starts with a letter or '_' and holds letters, digits and '_'.  Not
   a placeholder: "${NAME}" (shell), "{{NAME}}" (templates), "={NAME}"
   (a JSX attribute expression), "{#id}".  On success stores the offset of
   '{' in *START, NAME's offset and length, moves *POS past '}' and returns
   true.  */
bool td_placeholder_next (const char *s, size_t n, size_t *pos,
                          size_t *start, size_t *name_off, size_t *name_len);

/* Finds the next number in prose S (N bytes) at or after *POS: digits with
   optional ',' or '.' groups ("1,000", "2.5", "10"), not preceded by a
   Latin letter or '_' ("S3", "v2", "IPv4" are words, not numbers).  A unit
   may follow: "10GB" and "500ms" hold the numbers 10 and 500.  Stores its offset and length and returns true.  */
bool td_number_next (const char *s, size_t n, size_t *pos, size_t *off,
                     size_t *len);

/* Writes the normalised form of the number at S (LEN bytes) into OUT
   (at least LEN + 1 bytes): thousands separators removed.  */
void td_number_normalize (const char *s, size_t len, char *out);

/* One JSX/HTML tag found by td_tag_next.  */
struct td_tag
{
  size_t start, end;     /* offsets of '<' and just past '>' */
  size_t name_off, name_len;
  bool closing;          /* "</Name>" */
  bool component;        /* name starts with an upper-case letter or holds
                            '.' (JSX component), as opposed to HTML */
  size_t attrs_off, attrs_len; /* the attribute text, for td_attr_next */
};

/* Finds the next tag in S (N bytes) at or after *POS.  Skips HTML and MDX
   comments.  Returns false when there is none.  */
bool td_tag_next (const char *s, size_t n, size_t *pos, struct td_tag *tag);

enum td_attr_kind
{
  TD_ATTR_STRING,     /* name="text" or name='text' */
  TD_ATTR_EXPRESSION, /* name={expression} */
  TD_ATTR_BOOLEAN     /* name alone */
};

struct td_attr
{
  size_t name_off, name_len;
  size_t value_off, value_len; /* inside quotes or braces; 0 for boolean */
  enum td_attr_kind kind;
};

/* Finds the next attribute in the attribute text S (N bytes) at or after
   *POS.  Returns false at the end.  */
bool td_attr_next (const char *s, size_t n, size_t *pos, struct td_attr *attr);

/* True when the attribute NAME (LEN bytes) holds text a translator
   translates: alt, title, label, description, placeholder, aria-label,
   caption, summary, heading, text, name, and camelCase names that end in
   Text, Title, Label, Description, Caption, Heading, Summary or
   Placeholder (titleText, buttonLabel).  */
bool td_attr_is_text (const char *name, size_t len);

/* True when LINE (LEN bytes, no terminator) is a GFM table delimiter row
   such as "|---|:--:|" or "--- | ---"; stores the number of columns.  */
bool td_table_delimiter_row (const char *line, size_t len, int *columns);

/* Docusaurus/Astro admonition marker on a line (LEN bytes): up to three
   spaces of indentation relative to INDENT, then ":::" (or more colons).
   Returns 1 for an opening marker (":::note", ":::tip[Title]",
   ":::caution Title", or VitePress's "::: tip Title" with a space after
   the colons) and stores the type's offset and length; 2 for a
   closing marker (":::" alone); 0 otherwise.  */
int td_admonition_marker (const char *line, size_t len, size_t *type_off,
                          size_t *type_len);

#endif
