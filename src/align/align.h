/* align.h: pair the blocks of an English half with those of a Korean half.
   Sections matched across the languages by their anchors but out of
   order are aligned with each other first and paired as moved.  Headings
   with the same explicit id on both sides are fixed points (a
   longest common subsequence of their ids); each stretch between two
   fixed points is aligned by a scored dynamic programme over the blocks
   in document order (bitext.h: kind and depth, lengths against the
   page's Korean/English ratio, the anchors a translation keeps), which
   may also join two English paragraphs in one Korean paragraph or split
   one in two.  Blocks left on one side only that match a block left on
   the other (the same content, or most anchors shared) are paired as
   moved, whether they changed place or nesting level.  */
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
  long en2;    /* a second English paragraph joined in the Korean one, or
                  -1 */
  long ko2;    /* a second Korean paragraph that the English one was split
                  into, or -1 */
  long at;     /* MISSING: the Korean block before which the English one
                  would stand, or -1 for the end of the Korean half */
  long en_at;  /* EXTRA: the English block after which the Korean one
                  would stand, or -1 for the start of the English half */
};

struct td_alignment
{
  struct td_pair *pairs; /* owned, in Korean document order, missing
                            blocks where they would stand */
  size_t n;
  long *en_pair;         /* owned; pair index of each English block
                            (indexed by block index - en->first); both
                            blocks of a join index the same pair */
  long *ko_pair;         /* owned; likewise for the Korean half */
};

/* Aligns EN with KO into *OUT (which it initialises).  Never fails.  */
void td_align (const struct td_half *en, const struct td_half *ko,
               struct td_alignment *out);

/* Frees what OUT owns.  */
void td_alignment_free (struct td_alignment *out);

/* The fixed points' matcher (lcs.c): computes an LCS of A (N) and B (M)
   by a linear-space Myers O(ND) diff, its work capped for very different
   inputs, and stores in A2B[i] the index in B matched with A[i], or -1.  */
void td_align_lcs (const uint64_t *a, size_t n, const uint64_t *b, size_t m,
                   long *a2b);

#endif
