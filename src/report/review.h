/* review.h: the review model: for each page pair that `check` read, its
   aligned blocks in document order (English and Korean source, lines,
   the pairing, the sentence pairs of paired paragraphs) and what went
   stale.  `check` builds it only when the output format shows blocks
   (--format html); the list outlives the pages, as a diagnostic list
   does: it copies everything it keeps.  Data only; formatters print
   it.  */
#ifndef TD_REVIEW_H
#define TD_REVIEW_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

/* How the two sides of a row are paired (the pair kinds of align.h).  */
enum td_review_pairing
{
  TD_REVIEW_SAME,
  TD_REVIEW_CHANGED,
  TD_REVIEW_MOVED,
  TD_REVIEW_MISSING, /* English only: the Korean side is a gap */
  TD_REVIEW_EXTRA    /* Korean only: the English side is a gap */
};

/* One side of a row: a block of one language.  */
struct td_review_block
{
  bool present;        /* false: a gap */
  int kind;            /* enum td_block_kind */
  int depth;           /* container nesting */
  int line, end_line;  /* lines of the block in its file */
  char *source;        /* owned: the block's Markdown (its lines, the
                          container prefixes left of its column removed),
                          or NULL for a container, which shows only its
                          kind */
  char **sentences;    /* owned: a paired paragraph's sentences (plain
                          text), or NULL */
  int *group;          /* owned: for each sentence, the number of the
                          sentence pair it belongs to (the same number on
                          both sides), -1 when it has no counterpart */
  size_t nsentences;
  char *stale;         /* owned: the word diff of the English change this
                          Korean block has not followed (wdiff.h), or
                          NULL */
};

struct td_review_row
{
  enum td_review_pairing pairing;
  struct td_review_block side[2]; /* [0] English, [1] Korean */
};

struct td_review_page
{
  char *en_path, *ko_path; /* owned; the same name for a bilingual file */
  struct td_review_row *rows; /* owned, in Korean document order, gaps
                                 where a block would stand */
  size_t nrows, alloc;
  bool stale_known;       /* `status` knew the English the page was
                             translated from (stale blocks are marked) */
};

/* The pages of a run.  Pages are added from several threads at once
   (check --tree -j), so adding takes the lock; td_review_sort then gives
   the order of the output.  */
struct td_review
{
  struct td_review_page *pages; /* owned */
  size_t n, alloc;
  pthread_mutex_t lock;
};

void td_review_init (struct td_review *r);

/* Appends PAGE to R, taking over what it owns (PAGE is left empty).
   Thread-safe.  */
void td_review_add (struct td_review *r, struct td_review_page *page);

/* Sorts the pages by Korean path.  */
void td_review_sort (struct td_review *r);

/* Appends an empty row to PAGE and returns it.  */
struct td_review_row *td_review_page_row (struct td_review_page *page);

/* Frees what PAGE owns.  */
void td_review_page_free (struct td_review_page *page);

/* Frees what R owns.  */
void td_review_free (struct td_review *r);

#endif
