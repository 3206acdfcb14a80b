/* bitext.c: the scored, banded alignment of two segment sequences (see
   bitext.h).  Our own code, after the descriptions in Gale and Church
   (1993), hunalign's README and Moore (2002) summarised in
   ../shared/research/alignment.md.  */
#include <config.h>
#include "util/system.h"
#include "align/bitext.h"

#include <math.h>

#include "util/utf8.h"
#include "util/xalloc.h"

/* Costs, in hundredths of a nat.  */
enum
{
  PRIOR_SKIP = 450,      /* a 1-0 or 0-1 bead (Gale and Church: 450) */
  PRIOR_SKIP_BOX = 200,  /* skipping a container (its children count) */
  DEPTH_STEP = 150,      /* each level of nesting between two leaves */
  DEPTH_CAP = 250,
  LEVEL_DIFF = 100,      /* another heading level or list type */
  SAME_CONTENT = 700,    /* bonus: the same content signature */
  OTHER_CONTENT = 150,   /* both identified, differently */
  STRANGERS = 600,       /* both identified, differently, and sharing no
                            anchor: two skips are likelier */
  ANCHOR_BONUS = 600,    /* bonus for all anchors shared (Dice = 1) */
  NO_SHARED = 200,       /* both have anchors and share none */
  UNMATCHED_CAP = 500,
  GC_CAP = 2500,         /* Gale and Church's BIG_DISTANCE */
  JOIN_FIT = 150,        /* the most the two parts of a Korean sentence
                            that joins two English ones may cost, cut at
                            a clause boundary */
  JOIN_CLAUSE = 100,     /* bonus: a clause boundary cuts it so */
  JOIN_NO_CLAUSE = 400   /* penalty: none does; the join then more likely
                            hides an English sentence without a Korean
                            one */
};


const struct td_bitext_params td_bitext_blocks = { 0, 4.4, 600, 600, 0, 100,
                                                   0 };
const struct td_bitext_params td_bitext_sentences = { 0, 2.65, 450, 230, 30,
                                                      200, PRIOR_SKIP };

/* Number of anchors the sorted arrays A (NA) and B (NB) share; adds to
   *ITEMS the number of shared items (anchors with the low bit set).  */
static size_t
shared (const uint64_t *a, size_t na, const uint64_t *b, size_t nb,
        size_t *items)
{
  size_t i = 0, j = 0, s = 0;
  while (i < na && j < nb)
    if (a[i] < b[j])
      i++;
    else if (a[i] > b[j])
      j++;
    else
      {
        *items += a[i] & 1;
        s++;
        i++;
        j++;
      }
  return s;
}

/* Number of items (anchors with the low bit set) of S.  */
static size_t
items_of (const struct td_seg *s)
{
  return s->nitems;
}

/* Gale and Church's match cost of lengths L1 (English) and L2 (Korean)
   for the expected ratio C: minus the log of the two-sided tail of the
   normalised difference (the symmetric form of their program).  */
static int32_t
length_cost (double l1, double l2, double c, double s2)
{
  if (l1 == 0 && l2 == 0)
    return 0;
  double var = s2 * (l1 + l2 / c) / 2;
  double delta = fabs (c * l1 - l2) / sqrt (var > 0 ? var : 1);
  double tail = erfc (delta / M_SQRT2);
  if (tail <= 0)
    return GC_CAP;
  double cost = -100 * log (tail);
  return cost > GC_CAP ? GC_CAP : (int32_t) lround (cost);
}

int
td_bitext_ratio (const struct td_seg *e, size_t n, const struct td_seg *k,
                 size_t m)
{
  /* Prior mass of 300 length units at 0.92 (alignment.md 2.5).  */
  double le = 300, lk = 300 * 0.92;
  for (size_t i = 0; i < n; i++)
    le += e[i].len;
  for (size_t j = 0; j < m; j++)
    lk += k[j].len;
  double r = lk / le;
  /* A page whose ratio is far off is restructured, not translated more
     tersely: keep the estimate in a plausible range.  */
  if (r < 0.6)
    r = 0.6;
  if (r > 1.4)
    r = 1.4;
  return (int) lround (r * 1000);
}

/* Sum of the lengths of S[0..N).  */
static double
total_len (const struct td_seg *s, size_t n)
{
  double t = 0;
  for (size_t i = 0; i < n; i++)
    t += s[i].len;
  return t;
}

/* True when S has nothing of its own: a container, whose children are
   segments of their own.  */
static bool
is_box (const struct td_seg *s)
{
  return s->len == 0 && s->nanchors == 0 && s->content == 0;
}

/* The cost of skipping S.  */
static int32_t
skip_cost (const struct td_seg *s)
{
  return is_box (s) ? PRIOR_SKIP_BOX : PRIOR_SKIP;
}

/* The most segments of a side whose anchors are taken as one set; a
   larger group (a long run of sentences left alone, judged as a whole)
   counts the anchors of each segment.  */
#define GROUP_MAX 8

/* The anchors of a group of segments as one sorted set: a merge of
   their arrays that gives each value once.  */
struct merged
{
  const struct td_seg *s;
  size_t n;          /* segments, at most GROUP_MAX */
  size_t pos[GROUP_MAX];
};

/* Stores the next value of M in *V and returns true; false at the end.  */
static bool
merged_next (struct merged *m, uint64_t *v)
{
  bool any = false;
  uint64_t least = 0;
  for (size_t i = 0; i < m->n; i++)
    if (m->pos[i] < m->s[i].nanchors
        && (!any || m->s[i].anchors[m->pos[i]] < least))
      {
        least = m->s[i].anchors[m->pos[i]];
        any = true;
      }
  if (!any)
    return false;
  for (size_t i = 0; i < m->n; i++)
    while (m->pos[i] < m->s[i].nanchors
           && m->s[i].anchors[m->pos[i]] == least)
      m->pos[i]++;
  *v = least;
  return true;
}

/* Counts of the anchors of the groups E[0..NE) and K[0..NK) (at most
   GROUP_MAX segments each) taken as sets: *AE and *AK their sizes, *S the anchors
   they share, *IE, *IK and *IS the same for items.  A word that both
   halves of a split sentence repeat is one anchor, as it is one word of
   the English sentence.  */
static void
group_counts (const struct td_seg *e, size_t ne, const struct td_seg *k,
              size_t nk, size_t *ae, size_t *ak, size_t *s, size_t *ie,
              size_t *ik, size_t *is)
{
  struct merged me = { e, ne, { 0 } }, mk = { k, nk, { 0 } };
  uint64_t a = 0, b = 0;
  bool ha = merged_next (&me, &a), hb = merged_next (&mk, &b);
  while (ha || hb)
    if (hb && (!ha || b < a))
      {
        ++*ak;
        *ik += b & 1;
        hb = merged_next (&mk, &b);
      }
    else if (ha && (!hb || a < b))
      {
        ++*ae;
        *ie += a & 1;
        ha = merged_next (&me, &a);
      }
    else
      {
        ++*ae;
        ++*ak;
        ++*s;
        *ie += a & 1;
        *ik += a & 1;
        *is += a & 1;
        ha = merged_next (&me, &a);
        hb = merged_next (&mk, &b);
      }
}

/* The part of a bead's cost that the anchors of E[0..NE) and K[0..NK)
   make: a bonus for the Dice coefficient of the two sides' sets, a
   penalty when both have anchors and share none (more when STRANGERS:
   two blocks identified by different contents), and one for each kept
   item (code, link, number...) on one side only.  */
static int32_t
anchor_cost (const struct td_seg *e, size_t ne, const struct td_seg *k,
             size_t nk, bool strangers, int stray, int item, bool *proven)
{
  int32_t c = 0;
  size_t ae = 0, ak = 0, s = 0, ie = 0, ik = 0, is = 0;
  if (ne == 1 && nk == 1)
    {
      ae = e->nanchors;
      ak = k->nanchors;
      ie = items_of (e);
      ik = items_of (k);
      s = shared (e->anchors, e->nanchors, k->anchors, k->nanchors, &is);
    }
  else if (ne <= GROUP_MAX && nk <= GROUP_MAX)
    group_counts (e, ne, k, nk, &ae, &ak, &s, &ie, &ik, &is);
  else
    {
      for (size_t i = 0; i < ne; i++)
        {
          ae += e[i].nanchors;
          ie += items_of (&e[i]);
        }
      for (size_t j = 0; j < nk; j++)
        {
          ak += k[j].nanchors;
          ik += items_of (&k[j]);
        }
      for (size_t i = 0; i < ne; i++)
        for (size_t j = 0; j < nk; j++)
          s += shared (e[i].anchors, e[i].nanchors, k[j].anchors,
                       k[j].nanchors, &is);
    }
  if (ae + ak > 0)
    {
      if (s * 2 > ae + ak)
        s = (ae + ak) / 2;
      c -= (int32_t) (ANCHOR_BONUS * 2 * s / (ae + ak));
      if (s == 0 && ae > 0 && ak > 0)
        c += strangers ? NO_SHARED + STRANGERS : NO_SHARED;
    }
  size_t unmatched = (ie > is ? ie - is : 0) + (ik > is ? ik - is : 0);
  *proven = is >= 2 && unmatched == 0;
  c += unmatched * (size_t) item > UNMATCHED_CAP
         ? UNMATCHED_CAP : (int32_t) (unmatched * (size_t) item);
  if (stray > 0)
    {
      size_t words = (ae - ie) + (ak - ik), both = 2 * (s - is);
      size_t n = words > both ? words - both : 0;
      c += stray * (int32_t) (n > 3 ? 3 : n);
    }
  return c;
}

/* What the clause boundaries of the Korean sentence K say of joining
   the English sentences E[0] and E[1] in it: a bonus when one of them
   cuts K into two parts whose lengths fit the two English ones, a
   penalty when none does, nothing when K's boundaries are not known.  */
static int32_t
join_evidence (const struct td_seg *e, const struct td_seg *k, int ratio,
               double s2)
{
  if (!k->clauses)
    return 0;
  /* The expected ratio of each part: between the page's and the
     sentence's own (their geometric mean).  The lengths of the bead as a
     whole are scored apart, and a terse Korean sentence is terse in both
     parts; but the page's ratio keeps a sentence that translates the
     first English one alone from fitting any cut.  */
  if (e[0].len + e[1].len == 0)
    return 0;
  double c = sqrt ((double) k->len / (e[0].len + e[1].len) * ratio / 1000.0);
  for (size_t b = 0; b < k->nbreaks; b++)
    {
      unsigned head = k->breaks[b];
      if (head >= k->len)
        continue;
      int32_t fit = length_cost (e[0].len, head, c, s2)
                    + length_cost (e[1].len, k->len - head, c, s2);
      if (fit <= JOIN_FIT)
        return -JOIN_CLAUSE;
    }
  return JOIN_NO_CLAUSE;
}

/* The part of a bead's cost that the lengths of E[0..NE) and K[0..NK)
   make, for RATIO and P.  When PROVEN (the two sides share 2 or more
   items, such as links and code spans, and neither has one of its own),
   the items say what the bead is better than lengths can: a terse
   translation that joins 2 sentences, with their 4 links, into a third
   of their length is still their translation.  The lengths then cost at
   most P->proven_cap, the price of a sentence left alone, so they can
   no longer make leaving a sentence out the cheaper reading.  */
static int32_t
lengths_cost (const struct td_seg *e, size_t ne, const struct td_seg *k,
              size_t nk, int ratio, const struct td_bitext_params *p,
              bool proven)
{
  int32_t c = length_cost (total_len (e, ne), total_len (k, nk),
                           ratio / 1000.0, p->s2);
  if (proven && p->proven_cap > 0 && c > p->proven_cap)
    c = p->proven_cap;
  return c;
}

/* True when a join of the English segments E[0] and E[1] is PROVEN by
   items of both: each brings an item of its own into the Korean one, so
   the join cannot hide an English sentence added later (a sentence
   without items), and where the Korean cuts it no longer matters.  */
static bool
proven_join (const struct td_seg *e, bool proven,
             const struct td_bitext_params *p)
{
  return proven && p->proven_cap > 0 && items_of (&e[0]) > 0
         && items_of (&e[1]) > 0;
}

int32_t
td_bitext_cost (const struct td_seg *e, size_t ne, const struct td_seg *k,
                size_t nk, int ratio, const struct td_bitext_params *p)
{
  if (ne == 1 && nk == 0)
    return skip_cost (e);
  if (ne == 0 && nk == 1)
    return skip_cost (k);
  if (ne == 0 || nk == 0 || ne > 2 || nk > 2 || (ne == 2 && nk == 2))
    return INT32_MAX;
  /* Every segment of the bead: the same kind; joins only of joinable
     segments at one depth.  */
  for (size_t i = 0; i < ne; i++)
    for (size_t j = 0; j < nk; j++)
      if (e[i].kind != k[j].kind)
        return INT32_MAX;
  if (ne + nk == 3)
    {
      const struct td_seg *two = ne == 2 ? e : k;
      const struct td_seg *one = ne == 2 ? k : e;
      if (!two[0].joinable || !two[1].joinable || !one->joinable
          || two[0].depth != two[1].depth)
        return INT32_MAX;
      /* Each part of a join carries a fair share of the text: a short
         label before a paragraph is its own block, not half of it.  */
      unsigned sum = two[0].len + two[1].len;
      if (5 * two[0].len < sum || 5 * two[1].len < sum)
        return INT32_MAX;
    }
  int32_t c = ne == 2 ? p->join_prior : nk == 2 ? p->split_prior : 0;
  /* Nesting: a leaf at another depth costs, up to a cap (a list nested
     one level deeper moves all its blocks); a container's depth follows
     from its leaves.  */
  if (!is_box (e) || !is_box (k))
    {
      int dd = DEPTH_STEP * abs (e[0].depth - k[0].depth);
      c += dd > DEPTH_CAP ? DEPTH_CAP : dd;
    }
  if (e[0].level != k[0].level)
    c += LEVEL_DIFF;
  if (ne == 1 && nk == 1)
    {
      if (e->content && e->content == k->content)
        c -= SAME_CONTENT;
      else if (e->content && k->content)
        c += OTHER_CONTENT;
    }
  bool proven;
  c += anchor_cost (e, ne, k, nk,
                    ne == 1 && nk == 1 && e->content && k->content
                      && e->content != k->content, p->stray, p->item,
                    &proven);
  if (ne == 2 && !proven_join (e, proven, p))
    c += join_evidence (e, k, ratio, p->s2);
  return c + lengths_cost (e, ne, k, nk, ratio, p, proven);
}

int32_t
td_bitext_group_cost (const struct td_seg *e, size_t ne,
                      const struct td_seg *k, size_t nk, int ratio,
                      const struct td_bitext_params *p)
{
  int32_t c = p->join_prior * (int32_t) (ne - 1)
              + p->split_prior * (int32_t) (nk - 1);
  bool proven;
  c += anchor_cost (e, ne, k, nk, false, p->stray, p->item,
                    &proven);
  if (ne == 2 && nk == 1 && !proven_join (e, proven, p))
    c += join_evidence (e, k, ratio, p->s2);
  return c + lengths_cost (e, ne, k, nk, ratio, p, proven);
}

/* ---- the banded programme ------------------------------------------- */

static const int bead_ne[] = { 1, 1, 0, 2, 1 };
static const int bead_nk[] = { 1, 0, 1, 1, 2 };

/* The band: for row I, the columns [lo[I], lo[I] + width).  */
struct band
{
  size_t n, m, r, width;
  size_t *lo;  /* owned, one per row */
};

static size_t
band_lo (const struct band *b, size_t i)
{
  return b->lo[i];
}

static bool
in_band (const struct band *b, size_t i, size_t j, size_t *col)
{
  size_t lo = b->lo[i];
  if (j < lo || j >= lo + b->width || j > b->m)
    return false;
  *col = j - lo;
  return true;
}

/* One run of the programme with band half-width R.  Returns the beads
   (reversed into order) and whether the path kept away from the band's
   edges.  */
static bool
run_band (const struct td_seg *e, size_t n, const struct td_seg *k,
          size_t m, size_t r, int ratio, const struct td_bitext_params *p,
          struct td_bead_at **out, size_t *nout)
{
  struct band b = { n, m, r, 2 * r + 1, NULL };
  if (b.width > m + 1)
    {
      b.width = m + 1;
      b.r = m + 1;
    }
  /* Never more than TD_BITEXT_MAX_CELLS cells: a narrower band on a huge
     page (its result may then be a little off near the band's edges).  */
  if ((n + 1) * b.width > TD_BITEXT_MAX_CELLS)
    {
      b.width = TD_BITEXT_MAX_CELLS / (n + 1);
      if (b.width < 3)
        b.width = 3;
      b.r = (b.width - 1) / 2;
    }
  b.lo = xmalloc ((n + 1) * sizeof *b.lo);
  for (size_t i = 0; i <= n; i++)
    {
      size_t centre = n ? (size_t) ((double) i * m / n) : 0;
      b.lo[i] = centre > b.r ? centre - b.r : 0;
    }
  size_t cells = (n + 1) * b.width;
  int32_t *d = xmalloc (cells * sizeof *d);
  unsigned char *bp = xmalloc (cells);
  for (size_t i = 0; i <= n; i++)
    {
      size_t lo = band_lo (&b, i);
      for (size_t w = 0; w < b.width; w++)
        {
          size_t j = lo + w, at = i * b.width + w;
          d[at] = INT32_MAX;
          bp[at] = 255;
          if (j > m)
            continue;
          if (i == 0 && j == 0)
            {
              d[at] = 0;
              continue;
            }
          for (int t = 0; t < 5; t++)
            {
              size_t pi = (size_t) bead_ne[t], pj = (size_t) bead_nk[t], col;
              if (i < pi || j < pj || !in_band (&b, i - pi, j - pj, &col))
                continue;
              int32_t prev = d[(i - pi) * b.width + col];
              if (prev == INT32_MAX)
                continue;
              int32_t c = td_bitext_cost (pi ? e + (i - pi) : NULL, pi,
                                          pj ? k + (j - pj) : NULL, pj,
                                          ratio, p);
              if (c == INT32_MAX)
                continue;
              int64_t sum = (int64_t) prev + c;
              if (sum < d[at])
                {
                  d[at] = (int32_t) (sum > INT32_MAX - 1 ? INT32_MAX - 1
                                                         : sum);
                  bp[at] = (unsigned char) t;
                }
            }
        }
    }
  /* Trace back from (n, m), noting how close the path comes to the
     edges.  */
  size_t i = n, j = m, col, count = 0, alloc = 0, margin = b.r / 4;
  bool inside = true;
  struct td_bead_at *v = NULL;
  if (!in_band (&b, n, m, &col) || bp[n * b.width + col] == 255)
    inside = n + m == 0;
  else
    while (i > 0 || j > 0)
      {
        in_band (&b, i, j, &col);
        int t = bp[i * b.width + col];
        size_t lo = band_lo (&b, i);
        if (((lo > 0 && col < margin)
             || (lo + b.width <= m && col + margin >= b.width))
            && !(i == n && j == m))
          inside = false;
        i -= (size_t) bead_ne[t];
        j -= (size_t) bead_nk[t];
        v = xgrow (v, &alloc, count + 1, sizeof *v);
        v[count].kind = (enum td_bead) t;
        v[count].e = i;
        v[count].k = j;
        count++;
      }
  for (size_t a = 0, z = count; a + 1 < z; a++, z--)
    {
      struct td_bead_at tmp = v[a];
      v[a] = v[z - 1];
      v[z - 1] = tmp;
    }
  free (d);
  free (bp);
  free (b.lo);
  *out = v;
  *nout = count;
  return inside;
}

void
td_bitext_align (const struct td_seg *e, size_t n, const struct td_seg *k,
                 size_t m, const struct td_bitext_params *p,
                 struct td_bead_at **out, size_t *nout)
{
  int ratio = p->ratio ? p->ratio : td_bitext_ratio (e, n, k, m);
  size_t diff = n > m ? n - m : m - n;
  size_t r = 2 * diff + 8;
  if (r < 16)
    r = 16;
  for (;;)
    {
      bool full = 2 * r + 1 >= m + 1
                  || (n + 1) * (2 * r + 1) >= TD_BITEXT_MAX_CELLS;
      if (run_band (e, n, k, m, r, ratio, p, out, nout) || full)
        return;
      free (*out);
      r *= 2;
    }
}

unsigned
td_bitext_length (const char *s, size_t n)
{
  /* Byte by byte: the length of a character follows from its first byte;
     Hangul syllables (U+AC00..U+D7A3) are EA B0 80 .. ED 9E A3.  */
  const unsigned char *p = (const unsigned char *) s;
  unsigned len = 0;
  for (size_t i = 0; i < n;)
    {
      unsigned char c = p[i++];
      if (c < 0x80)
        len += c > ' ' || (c != ' ' && c != '\t' && c != '\n' && c != '\r');
      else if (c >= 0xC0)
        {
          bool syllable = false;
          if (i + 1 < n)
            {
              unsigned char c1 = p[i], c2 = p[i + 1];
              syllable = (c == 0xEA && c1 >= 0xB0) || c == 0xEB || c == 0xEC
                         || (c == 0xED
                             && (c1 < 0x9E || (c1 == 0x9E && c2 <= 0xA3)));
            }
          len += syllable ? 2 : 1;
          /* Its continuation bytes count for nothing.  */
          while (i < n && (p[i] & 0xC0) == 0x80)
            i++;
        }
      else if (i == 1 || p[i - 2] < 0x80)
        len++; /* a stray continuation byte */
    }
  return len;
}

uint64_t
td_bitext_hash (int tag, const char *s, size_t n)
{
  uint64_t h = UINT64_C (0xcbf29ce484222325) ^ (uint64_t) tag;
  h *= UINT64_C (0x100000001b3);
  for (size_t i = 0; i < n; i++)
    {
      h ^= (unsigned char) s[i];
      h *= UINT64_C (0x100000001b3);
    }
  return h;
}
