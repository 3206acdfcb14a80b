/* review_page.h: the review model (report/review.h) of one checked page:
   its aligned blocks with their Markdown and the sentence pairs of its
   paired paragraphs, and the stale blocks `status` found.  */
#ifndef TD_REVIEW_PAGE_H
#define TD_REVIEW_PAGE_H

#include "report/review.h"

struct td_page;
struct td_alignment;
struct td_stale;

/* Records the page PG, aligned as AL, in R (thread-safe).  */
void td_review_record (const struct td_page *pg, const struct td_alignment *al,
                       struct td_review *r);

/* Marks the Korean blocks of PAGE that the changes of ST concern with
   the word diff of their English change.  */
void td_review_mark_stale (struct td_review_page *page,
                           const struct td_stale *st);

#endif
