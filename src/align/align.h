/* align.h: pair the blocks of an English half with those of a Korean half.
   An order-preserving alignment: a Myers O(ND) diff over the blocks' fine
   signatures (what a translation keeps), then, inside each differing
   stretch, a second diff over coarse signatures (the same sort of block),
   so that one missing block does not shift every later pair.  Blocks that
   moved, in order or in nesting, are recognised by equal content
   signatures.  */
#ifndef TD_ALIGN_H
#define TD_ALIGN_H

#include <stddef.h>

#include "doc/doc.h"

enum td_pair_kind
{
  TD_PAIR_SAME,    /* both blocks, equal fine signatures */
  TD_PAIR_CHANGED, /* both blocks, same sort, something differs */
  TD_PAIR_MOVED,   /* both blocks, but out of order */
  TD_PAIR_MISSING, /* English block without a Korean counterpart */
  TD_PAIR_EXTRA    /* Korean block without an English counterpart */
};

struct td_pair
{
  enum td_pair_kind kind;
  long en, ko; /* block indices into each half's document, or -1 */
  long at;     /* MISSING: the Korean block before which the English one
                  would stand, or -1 for the end of the Korean half */
};

struct td_alignment
{
  struct td_pair *pairs; /* owned, in Korean document order, missing
                            blocks where they would stand */
  size_t n;
  long *en_pair;         /* owned; pair index of each English block
                            (indexed by block index - en->first) */
  long *ko_pair;         /* owned; likewise for the Korean half */
};

/* Aligns EN with KO into *OUT (which it initialises).  Never fails.  */
void td_align (const struct td_half *en, const struct td_half *ko,
               struct td_alignment *out);

/* Frees what OUT owns.  */
void td_alignment_free (struct td_alignment *out);

/* Lowest-level entry, for tests: computes an LCS of A (N) and B (M) and
   stores in A2B[i] the index in B matched with A[i], or -1.  */
void td_align_lcs (const uint64_t *a, size_t n, const uint64_t *b, size_t m,
                   long *a2b);

#endif
