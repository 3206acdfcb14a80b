/* lcs.c: the longest common subsequence of two hash sequences by a
   linear-space Myers diff (align.h: td_align_lcs).  */
#include <config.h>
#include "util/system.h"
#include "align/align.h"

#include <limits.h>

#include "util/u64set.h"
#include "util/xalloc.h"

/* ---- Myers' O(ND) diff with the linear-space refinement --------------
   After E. Myers, "An O(ND) Difference Algorithm and Its Variations"
   (1986), section 4b: find the middle snake of an edit script, recurse on
   both sides.  Our own code.  */

struct lcs
{
  const uint64_t *a, *b;
  long *fd, *bd; /* furthest reaching paths, indexed by diagonal */
  long *a2b;
  long max_cost; /* beyond this many edit steps, settle for a good split */
};

static void
middle_snake (struct lcs *c, long xoff, long xlim, long yoff, long ylim,
              long *xmid, long *ymid)
{
  long *fd = c->fd, *bd = c->bd;
  const uint64_t *a = c->a, *b = c->b;
  long dmin = xoff - ylim, dmax = xlim - yoff;
  long fmid = xoff - yoff, bmid = xlim - ylim;
  long fmin = fmid, fmax = fmid, bmin = bmid, bmax = bmid;
  bool odd = ((fmid - bmid) & 1) != 0;

  fd[fmid] = xoff;
  bd[bmid] = xlim;
  for (long cost = 1;; cost++)
    {
      if (fmin > dmin)
        fd[--fmin - 1] = -1;
      else
        fmin++;
      if (fmax < dmax)
        fd[++fmax + 1] = -1;
      else
        fmax--;
      for (long d = fmax; d >= fmin; d -= 2)
        {
          long tlo = fd[d - 1], thi = fd[d + 1];
          long x = tlo >= thi ? tlo + 1 : thi;
          long y = x - d;
          while (x < xlim && y < ylim && a[x] == b[y])
            {
              x++;
              y++;
            }
          fd[d] = x;
          if (odd && bmin <= d && d <= bmax && bd[d] <= x)
            {
              *xmid = x;
              *ymid = y;
              return;
            }
        }
      if (bmin > dmin)
        bd[--bmin - 1] = LONG_MAX;
      else
        bmin++;
      if (bmax < dmax)
        bd[++bmax + 1] = LONG_MAX;
      else
        bmax--;
      for (long d = bmax; d >= bmin; d -= 2)
        {
          long tlo = bd[d - 1], thi = bd[d + 1];
          long x = tlo < thi ? tlo : thi - 1;
          long y = x - d;
          while (x > xoff && y > yoff && a[x - 1] == b[y - 1])
            {
              x--;
              y--;
            }
          bd[d] = x;
          if (!odd && fmin <= d && d <= fmax && x <= fd[d])
            {
              *xmid = x;
              *ymid = y;
              return;
            }
        }
      if (cost >= c->max_cost)
        {
          /* Too expensive: split at the forward path that got furthest.
             It has advanced by at least COST steps, so both halves are
             smaller than the whole.  */
          long best = -1, bx = xoff, by = yoff;
          for (long d = fmax; d >= fmin; d -= 2)
            {
              long x = fd[d] < xlim ? fd[d] : xlim;
              long y = x - d;
              if (y > ylim)
                {
                  y = ylim;
                  x = y + d;
                }
              if (x < xoff || y < yoff)
                continue;
              if (x + y > best)
                {
                  best = x + y;
                  bx = x;
                  by = y;
                }
            }
          if (bx == xoff && by == yoff)
            bx = xoff + 1 <= xlim ? xoff + 1 : xlim;
          *xmid = bx;
          *ymid = by;
          return;
        }
    }
}

static void
compare (struct lcs *c, long xoff, long xlim, long yoff, long ylim)
{
  for (;;)
    {
      while (xoff < xlim && yoff < ylim && c->a[xoff] == c->b[yoff])
        c->a2b[xoff++] = yoff++;
      while (xlim > xoff && ylim > yoff && c->a[xlim - 1] == c->b[ylim - 1])
        c->a2b[--xlim] = --ylim;
      if (xoff == xlim || yoff == ylim)
        return;
      long xmid, ymid;
      middle_snake (c, xoff, xlim, yoff, ylim, &xmid, &ymid);
      /* Recurse on the smaller side, loop on the other.  */
      if (xmid - xoff + ymid - yoff < xlim - xmid + ylim - ymid)
        {
          compare (c, xoff, xmid, yoff, ymid);
          xoff = xmid;
          yoff = ymid;
        }
      else
        {
          compare (c, xmid, xlim, ymid, ylim);
          xlim = xmid;
          ylim = ymid;
        }
    }
}

/* True when A[0..N) and B[0..M) have an element in common.  Blocks that
   nothing identifies get signatures that match nothing, so a whole page of
   them has no common element: the diff would find nothing, at its full
   cost.  */
static bool
share_any (const uint64_t *a, size_t n, const uint64_t *b, size_t m)
{
  uint64_t *s = xmalloc (m * sizeof *s);
  memcpy (s, b, m * sizeof *s);
  td_u64_sort (s, m);
  bool found = false;
  for (size_t i = 0; i < n && !found; i++)
    found = td_u64_has (s, m, a[i]);
  free (s);
  return found;
}

void
td_align_lcs (const uint64_t *a, size_t n, const uint64_t *b, size_t m,
              long *a2b)
{
  for (size_t i = 0; i < n; i++)
    a2b[i] = -1;
  if (n == 0 || m == 0 || !share_any (a, n, b, m))
    return;
  size_t diags = n + m + 3;
  long *fbuf = xmalloc (diags * sizeof (long));
  long *bbuf = xmalloc (diags * sizeof (long));
  struct lcs c;
  c.a = a;
  c.b = b;
  c.fd = fbuf + m + 1;
  c.bd = bbuf + m + 1;
  c.a2b = a2b;
  /* Cap the work for very different inputs, as GNU diff does: each
     middle snake costs at most CAP squared steps, and each split advances
     by CAP, so the whole diff costs about (N + M) * CAP.  CAP is about 8
     times the square root of the size, at least 4096: never reached on a
     page of a few thousand blocks.  */
  long cap = 4096;
  while ((size_t) (cap / 8) * (size_t) (cap / 8) < n + m)
    cap *= 2;
  c.max_cost = cap;
  compare (&c, 0, (long) n, 0, (long) m);
  free (fbuf);
  free (bbuf);
}

