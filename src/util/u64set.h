/* u64set.h: sorted arrays of 64-bit keys (anchors, signatures) used as
   sets.

   The arrays are the caller's; nothing here allocates.  A set is an
   array sorted ascending without repeats, as td_u64_unique leaves it.  */
#ifndef TD_U64SET_H
#define TD_U64SET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Sorts V[0..N) ascending in place.  The arrays sorted while aligning
   are mostly a few keys long: an insertion sort for those, a quicksort
   for the rest, both without a comparison callback.  */
void td_u64_sort (uint64_t *v, size_t n);

/* Sorts V[0..N) and removes repeats; returns the number left.  */
size_t td_u64_unique (uint64_t *v, size_t n);

/* True when the set V (N keys, sorted) holds X.  */
bool td_u64_has (const uint64_t *v, size_t n, uint64_t x);

#endif /* TD_U64SET_H */
