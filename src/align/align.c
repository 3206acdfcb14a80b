/* align.c: block alignment by a linear-space Myers diff.  */
#include <config.h>
#include "util/system.h"
#include "align/align.h"

#include <limits.h>

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

static int
cmp_u64 (const void *x, const void *y)
{
  uint64_t a = *(const uint64_t *) x, b = *(const uint64_t *) y;
  return a < b ? -1 : a > b;
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
  qsort (s, m, sizeof *s, cmp_u64);
  bool found = false;
  for (size_t i = 0; i < n && !found; i++)
    found = bsearch (&a[i], s, m, sizeof *s, cmp_u64) != NULL;
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

/* ---- pairing ---------------------------------------------------------- */

struct pairs
{
  struct td_pair *v;
  size_t n, alloc;
};

static void
add_pair (struct pairs *p, enum td_pair_kind kind, long en, long ko, long at)
{
  p->v = xgrow (p->v, &p->alloc, p->n + 1, sizeof *p->v);
  p->v[p->n].kind = kind;
  p->v[p->n].en = en;
  p->v[p->n].ko = ko;
  p->v[p->n].at = at;
  p->n++;
}

/* A leaf that identifies itself: it carries something a translation
   keeps (an anchor, code, a component, an invariant).  */
static bool
strong_leaf (const struct td_block *b)
{
  switch (b->kind)
    {
    case TD_BLK_HEADING:
      return b->keyed;
    case TD_BLK_CODE:
    case TD_BLK_IMPORT:
    case TD_BLK_HTML:
    case TD_BLK_TABLE:
      return true;
    case TD_BLK_PARAGRAPH:
      return b->nitems > 0;
    case TD_BLK_LIST:
    case TD_BLK_ITEM:
    case TD_BLK_QUOTE:
    case TD_BLK_ADMONITION:
    case TD_BLK_BREAK:
    case TD_BLK__COUNT:
    default:
      return false;
    }
}

/* Marks in STRONG[i] (for block first + i of H) whether the block can be
   recognised by its content, at any depth: a strong leaf, or a container
   holding one.  */
static void
mark_strong (const struct td_half *h, bool *strong)
{
  size_t n = h->last - h->first;
  const struct td_block *blocks = h->doc->blocks;
  for (size_t i = 0; i < n; i++)
    strong[i] = strong_leaf (&blocks[h->first + i]);
  for (size_t i = n; i-- > 0;)
    {
      long parent = blocks[h->first + i].parent;
      if (strong[i] && parent >= (long) h->first)
        strong[parent - (long) h->first] = true;
    }
}

/* What one alignment run works on.  */
struct run
{
  const struct td_half *en, *ko;
  const struct td_block *eb, *kb; /* the halves' first blocks */
  uint64_t *a, *b;                /* signature scratch, one per block */
  long *a2b, *g2;                 /* match scratch */
  bool *es, *ks;                  /* strong flags of each half's blocks */
  struct pairs p;
};

/* Aligns English blocks [I0, I1) with Korean blocks [J0, J1) (indices
   relative to each half) and appends the pairs: a diff over fine
   signatures, then a diff over coarse signatures inside each differing
   stretch.  */
static void
align_range (struct run *r, size_t i0, size_t i1, size_t j0, size_t j1)
{
  const struct td_block *eb = r->eb, *kb = r->kb;
  uint64_t *a = r->a, *b = r->b;
  long *a2b = r->a2b, *g2 = r->g2;
  long efirst = (long) r->en->first, kfirst = (long) r->ko->first;
  /* Only blocks that can be recognised by their content take part in the
     first diff: blocks without anything a translation keeps (plain
     paragraphs, list items without code...) would otherwise pair up at
     random among themselves.  They get a signature that matches nothing
     and are aligned by the coarse diff, in order.  */
  for (size_t i = i0; i < i1; i++)
    a[i] = r->es[i] ? eb[i].sig_fine : UINT64_C (0x9e3779b97f4a7c15) * (2 * i + 1);
  for (size_t j = j0; j < j1; j++)
    b[j] = r->ks[j] ? kb[j].sig_fine : UINT64_C (0xc2b2ae3d27d4eb4f) * (2 * j + 2);
  td_align_lcs (a + i0, i1 - i0, b + j0, j1 - j0, a2b + i0);
  for (size_t i = i0; i < i1; i++)
    if (a2b[i] >= 0)
      a2b[i] += (long) j0;

  size_t i = i0, j = j0;
  while (i < i1 || j < j1)
    {
      if (i < i1 && a2b[i] >= 0 && (size_t) a2b[i] == j)
        {
          add_pair (&r->p, TD_PAIR_SAME, efirst + (long) i,
                    kfirst + (long) j, -1);
          i++;
          j++;
          continue;
        }
      /* A differing stretch: [i, ie) against [j, je).  */
      size_t ie = i;
      while (ie < i1 && a2b[ie] < 0)
        ie++;
      size_t je = ie < i1 ? (size_t) a2b[ie] : j1;
      size_t gn = ie - i, gm = je - j;
      for (size_t k = 0; k < gn; k++)
        a[i + k] = eb[i + k].sig_coarse;
      for (size_t k = 0; k < gm; k++)
        b[j + k] = kb[j + k].sig_coarse;
      td_align_lcs (a + i, gn, b + j, gm, g2);
      size_t x = 0, y = 0;
      while (x < gn || y < gm)
        {
          if (x < gn && g2[x] >= 0 && (size_t) g2[x] == y)
            {
              add_pair (&r->p, TD_PAIR_CHANGED, efirst + (long) (i + x),
                        kfirst + (long) (j + y), -1);
              x++;
              y++;
            }
          else if (x < gn && g2[x] < 0)
            {
              long at = j + y < r->ko->last - r->ko->first
                          ? kfirst + (long) (j + y) : -1;
              add_pair (&r->p, TD_PAIR_MISSING, efirst + (long) (i + x), -1,
                        at);
              x++;
            }
          else
            {
              add_pair (&r->p, TD_PAIR_EXTRA, -1, kfirst + (long) (j + y),
                        -1);
              y++;
            }
        }
      i = ie;
      j = je;
    }
}

/* The signature that synchronises sections: an anchored heading's kind and
   anchor (not its level, so that a changed level is still paired).  */
static uint64_t
sync_sig (const struct td_block *b)
{
  uint64_t h = UINT64_C (0xcbf29ce484222325);
  for (const char *s = b->anchor; *s; s++)
    {
      h ^= (unsigned char) *s;
      h *= UINT64_C (0x100000001b3);
    }
  return h;
}

void
td_align (const struct td_half *en, const struct td_half *ko,
          struct td_alignment *out)
{
  size_t n = en->last - en->first, m = ko->last - ko->first;
  struct run r;
  r.en = en;
  r.ko = ko;
  /* An empty page has no block array at all.  */
  r.eb = en->doc->blocks ? en->doc->blocks + en->first : NULL;
  r.kb = ko->doc->blocks ? ko->doc->blocks + ko->first : NULL;
  r.a = xmalloc ((n + 1) * sizeof *r.a);
  r.b = xmalloc ((m + 1) * sizeof *r.b);
  r.a2b = xmalloc ((n + 1) * sizeof *r.a2b);
  r.g2 = xmalloc ((n + 1) * sizeof *r.g2);
  r.p.v = NULL;
  r.p.n = r.p.alloc = 0;
  r.es = xmalloc (n + 1);
  r.ks = xmalloc (m + 1);
  mark_strong (en, r.es);
  mark_strong (ko, r.ks);

  /* First synchronise on the anchored headings (an LCS of their ids), so
     that sections pair up whatever happens inside them; then align each
     section pair.  */
  size_t *ea = xmalloc ((n + 1) * sizeof *ea);
  size_t *ka = xmalloc ((m + 1) * sizeof *ka);
  size_t na = 0, ma = 0;
  for (size_t i = 0; i < n; i++)
    if (r.eb[i].kind == TD_BLK_HEADING && r.eb[i].anchor)
      {
        r.a[na] = sync_sig (&r.eb[i]);
        ea[na++] = i;
      }
  for (size_t j = 0; j < m; j++)
    if (r.kb[j].kind == TD_BLK_HEADING && r.kb[j].anchor)
      {
        r.b[ma] = sync_sig (&r.kb[j]);
        ka[ma++] = j;
      }
  long *sync = xmalloc ((na + 1) * sizeof *sync);
  td_align_lcs (r.a, na, r.b, ma, sync);
  size_t i0 = 0, j0 = 0;
  for (size_t s = 0; s < na; s++)
    {
      if (sync[s] < 0)
        continue;
      size_t ei = ea[s], kj = ka[sync[s]];
      align_range (&r, i0, ei, j0, kj);
      add_pair (&r.p, r.eb[ei].sig_fine == r.kb[kj].sig_fine
                        ? TD_PAIR_SAME : TD_PAIR_CHANGED,
                (long) (en->first + ei), (long) (ko->first + kj), -1);
      i0 = ei + 1;
      j0 = kj + 1;
    }
  align_range (&r, i0, n, j0, m);
  free (ea);
  free (ka);
  free (sync);
  bool *es = r.es;
  struct pairs p = r.p;
  uint64_t *a = r.a, *b = r.b;
  long *a2b = r.a2b, *g2 = r.g2;

  /* Index the pairs by block.  */
  out->en_pair = xmalloc ((n + 1) * sizeof (long));
  out->ko_pair = xmalloc ((m + 1) * sizeof (long));
  for (size_t k = 0; k < n; k++)
    out->en_pair[k] = -1;
  for (size_t k = 0; k < m; k++)
    out->ko_pair[k] = -1;
  for (size_t k = 0; k < p.n; k++)
    {
      if (p.v[k].en >= 0)
        out->en_pair[p.v[k].en - (long) en->first] = (long) k;
      if (p.v[k].ko >= 0)
        out->ko_pair[p.v[k].ko - (long) ko->first] = (long) k;
    }

  /* Moves: a missing English block whose strong fine signature equals an
     extra Korean block's.  Quadratic in the number of unmatched strong
     blocks only, which is small unless the pages are unrelated; cap it.  */
  size_t budget = 4000000;
  for (size_t k = 0; k < p.n && budget > 0; k++)
    {
      /* en < 0: a tombstone left by an earlier move.  */
      if (p.v[k].kind != TD_PAIR_MISSING || p.v[k].en < 0)
        continue;
      const struct td_block *e = &en->doc->blocks[p.v[k].en];
      if (!es[p.v[k].en - (long) en->first])
        continue;
      for (size_t q = 0; q < p.n && budget > 0; q++, budget--)
        {
          if (p.v[q].kind != TD_PAIR_EXTRA)
            continue;
          const struct td_block *kk = &ko->doc->blocks[p.v[q].ko];
          if (kk->sig_content != e->sig_content)
            continue;
          /* Pair them where the Korean block stands.  */
          p.v[q].kind = TD_PAIR_MOVED;
          p.v[q].en = p.v[k].en;
          out->en_pair[p.v[k].en - (long) en->first] = (long) q;
          p.v[k].kind = TD_PAIR_MISSING;
          p.v[k].en = -1; /* tombstone, removed below */
          /* Carry the blocks that follow along with it.  */
          long ei = p.v[q].en + 1, ki = p.v[q].ko + 1;
          while (ei < (long) en->last && ki < (long) ko->last)
            {
              long pe = out->en_pair[ei - (long) en->first];
              long pk = out->ko_pair[ki - (long) ko->first];
              if (pe < 0 || pk < 0 || p.v[pe].kind != TD_PAIR_MISSING
                  || p.v[pk].kind != TD_PAIR_EXTRA
                  || en->doc->blocks[ei].kind != ko->doc->blocks[ki].kind)
                break;
              p.v[pk].kind = TD_PAIR_MOVED;
              p.v[pk].en = ei;
              out->en_pair[ei - (long) en->first] = pk;
              p.v[pe].en = -1;
              ei++;
              ki++;
            }
          break;
        }
    }
  /* Drop tombstones and re-index.  */
  size_t w = 0;
  for (size_t k = 0; k < p.n; k++)
    if (!(p.v[k].kind == TD_PAIR_MISSING && p.v[k].en < 0))
      p.v[w++] = p.v[k];
  p.n = w;
  for (size_t k = 0; k < p.n; k++)
    {
      if (p.v[k].en >= 0)
        out->en_pair[p.v[k].en - (long) en->first] = (long) k;
      if (p.v[k].ko >= 0)
        out->ko_pair[p.v[k].ko - (long) ko->first] = (long) k;
    }
  out->pairs = p.v;
  out->n = p.n;
  free (a);
  free (b);
  free (a2b);
  free (g2);
  free (r.es);
  free (r.ks);
}

void
td_alignment_free (struct td_alignment *out)
{
  free (out->pairs);
  free (out->en_pair);
  free (out->ko_pair);
  out->pairs = NULL;
  out->en_pair = out->ko_pair = NULL;
  out->n = 0;
}
