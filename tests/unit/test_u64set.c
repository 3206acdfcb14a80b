/* test_u64set.c: unit tests of sorted key arrays: sorting against
   qsort on many shapes of input, repeats removed, membership.  */
#include <config.h>
#include "util/system.h"
#include "util/u64set.h"
#include "util/xalloc.h"

#include "harness.h"

static int
cmp (const void *x, const void *y)
{
  uint64_t a = *(const uint64_t *) x, b = *(const uint64_t *) y;
  return a < b ? -1 : a > b;
}

/* A small deterministic generator (xorshift64), so a failure can be
   reproduced.  */
static uint64_t
next (uint64_t *s)
{
  *s ^= *s << 13;
  *s ^= *s >> 7;
  *s ^= *s << 17;
  return *s;
}

/* Sorts copies of V (N keys) with td_u64_sort and qsort; true when they
   agree.  */
static bool
same_as_qsort (const uint64_t *v, size_t n)
{
  uint64_t *a = xmalloc ((n + 1) * sizeof *a);
  uint64_t *b = xmalloc ((n + 1) * sizeof *b);
  memcpy (a, v, n * sizeof *a);
  memcpy (b, v, n * sizeof *b);
  td_u64_sort (a, n);
  qsort (b, n, sizeof *b, cmp);
  bool same = n == 0 || memcmp (a, b, n * sizeof *a) == 0;
  free (a);
  free (b);
  return same;
}

static void
test_sort (void)
{
  static const size_t sizes[] = { 0, 1, 2, 3, 15, 16, 17, 33, 100, 1000,
                                  5000 };
  uint64_t seed = UINT64_C (88172645463325252);
  uint64_t *v = xmalloc (5000 * sizeof *v);
  for (size_t s = 0; s < ARRAY_SIZE (sizes); s++)
    {
      size_t n = sizes[s];
      char msg[64];
      /* Random, few distinct values, ascending, descending, all equal,
         and an organ pipe.  */
      for (int shape = 0; shape < 6; shape++)
        {
          for (size_t i = 0; i < n; i++)
            switch (shape)
              {
              case 0: v[i] = next (&seed); break;
              case 1: v[i] = next (&seed) % 4; break;
              case 2: v[i] = i; break;
              case 3: v[i] = UINT64_MAX - i; break;
              case 4: v[i] = 7; break;
              default: v[i] = i < n / 2 ? i : n - i; break;
              }
          snprintf (msg, sizeof msg, "sort: %zu keys, shape %d", n, shape);
          OK (same_as_qsort (v, n), msg);
        }
    }
  free (v);
}

static void
test_unique (void)
{
  uint64_t v[] = { 5, 3, 5, UINT64_MAX, 0, 3, 3, 0 };
  size_t n = td_u64_unique (v, ARRAY_SIZE (v));
  INT_EQ (n, 4, "unique: four keys left");
  OK (v[0] == 0 && v[1] == 3 && v[2] == 5 && v[3] == UINT64_MAX,
      "unique: ascending");
  INT_EQ (td_u64_unique (v, 0), 0, "unique: empty");
  OK (td_u64_has (v, n, 0), "has: first");
  OK (td_u64_has (v, n, UINT64_MAX), "has: last");
  OK (td_u64_has (v, n, 5), "has: middle");
  OK (!td_u64_has (v, n, 4), "has: between");
  OK (!td_u64_has (v, n, 6), "has: after the middle");
  OK (!td_u64_has (v, 0, 0), "has: empty set");
}

int
main (void)
{
  test_sort ();
  test_unique ();
  return td_test_end ("test_u64set");
}
