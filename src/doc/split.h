/* split.h: the two languages of a document.  A bilingual file holds the
   English body, a top-level thematic break ("---"), then a body that is
   mainly Hangul; the split is a pair of views, nothing is copied.  */
#ifndef TD_SPLIT_H
#define TD_SPLIT_H

#include <stdbool.h>

#include "doc/doc.h"

/* The index of the top-level thematic break that best separates an English
   part from a following, mainly Hangul part, or -1 when there is none.  */
long td_split_find (const struct td_doc *doc);

/* Splits DOC at its boundary into EN and KO.  The MDX import and export
   lines at the top belong to neither half: both languages share them.
   Returns 0, or -1 when DOC has no Korean part.  */
int td_split (const struct td_doc *doc, struct td_half *en,
              struct td_half *ko);

/* The whole of DOC as one half in language LANG.  */
void td_half_whole (const struct td_doc *doc, const char *lang,
                    struct td_half *half);

/* True when the part of DOC before block BOUNDARY holds English prose (at
   least one paragraph or heading, mostly Latin letters): the sign of an
   English copy left in a Korean file.  With ENGLISH (the English page of
   the pair, or NULL), the part must also hold at least a third of the
   Latin letters of its prose: a copy of the page, not a byline.  */
bool td_split_has_english_copy (const struct td_doc *doc, long boundary,
                                const struct td_doc *english);

#endif
