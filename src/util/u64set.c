/* u64set.c: sorted arrays of 64-bit keys (see u64set.h).  */
#include <config.h>
#include "util/system.h"
#include "util/u64set.h"

/* Below this many keys, a run is sorted by insertion.  */
enum
{
  SMALL = 16
};

static void
insertion (uint64_t *v, size_t n)
{
  for (size_t i = 1; i < n; i++)
    {
      uint64_t x = v[i];
      size_t j = i;
      for (; j > 0 && v[j - 1] > x; j--)
        v[j] = v[j - 1];
      v[j] = x;
    }
}

static inline void
swap (uint64_t *a, uint64_t *b)
{
  uint64_t t = *a;
  *a = *b;
  *b = t;
}

void
td_u64_sort (uint64_t *v, size_t n)
{
  /* Quicksort on the median of three, recursing into the smaller part
     only, so the depth stays below log2 N.  */
  while (n > SMALL)
    {
      size_t mid = n / 2;
      if (v[mid] < v[0])
        swap (&v[mid], &v[0]);
      if (v[n - 1] < v[0])
        swap (&v[n - 1], &v[0]);
      if (v[n - 1] < v[mid])
        swap (&v[n - 1], &v[mid]);
      uint64_t pivot = v[mid];
      size_t i = 0, j = n - 1;
      for (;;)
        {
          while (v[i] < pivot)
            i++;
          while (v[j] > pivot)
            j--;
          if (i >= j)
            break;
          swap (&v[i], &v[j]);
          i++;
          j--;
        }
      /* V[0..J] <= pivot <= V[J+1..N).  */
      size_t left = j + 1;
      if (left < n - left)
        {
          td_u64_sort (v, left);
          v += left;
          n -= left;
        }
      else
        {
          td_u64_sort (v + left, n - left);
          n = left;
        }
    }
  insertion (v, n);
}

size_t
td_u64_unique (uint64_t *v, size_t n)
{
  td_u64_sort (v, n);
  size_t w = 0;
  for (size_t k = 0; k < n; k++)
    if (w == 0 || v[w - 1] != v[k])
      v[w++] = v[k];
  return w;
}

bool
td_u64_has (const uint64_t *v, size_t n, uint64_t x)
{
  size_t lo = 0, hi = n;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (v[mid] < x)
        lo = mid + 1;
      else if (v[mid] > x)
        hi = mid;
      else
        return true;
    }
  return false;
}
