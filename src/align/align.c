/* align.c: pairing the blocks of an English half with those of a Korean
   half.  Sections that changed place first (sections matched across the
   languages by their anchors, out of order: aligned with each other and
   paired as moved); then, on the rest of the page, fixed points (headings
   with the same explicit id on both sides, found by a longest common
   subsequence of their ids), then each stretch between two fixed points
   is aligned by the scored programme of bitext.c over the blocks in
   document order; then blocks, and runs of blocks, left on one side only
   that match ones left on the other are paired as moved.  */
#include <config.h>
#include "util/system.h"
#include "align/align.h"

#include <limits.h>

#include "align/bitext.h"
#include "doc/inline.h"
#include "util/u64set.h"
#include "util/utf8.h"
#include "util/xalloc.h"

/* Tags of anchor hashes, so that the number 3 and the code `3` differ. */
enum
{
  TAG_WORD = 100
};

/* What the alignment knows of one half.  */
struct side
{
  const struct td_half *h;
  const struct td_block *b;   /* the half's first block */
  size_t n;
  struct td_seg *seg;         /* owned, one per block */
  uint64_t *pool;             /* owned: the anchors of every block */
  size_t npool, pool_alloc;
};

/* ---- anchors ----------------------------------------------------------- */

/* A link destination as both languages should have it: without a leading
   locale segment ("/ko/", "/en-US/"), a fragment or a trailing '/'.  */
static size_t
link_key (const char *s, size_t n, size_t *start)
{
  size_t i = 0;
  if (n > 0 && s[0] == '/')
    {
      size_t k = 1;
      while (k < n && ((s[k] >= 'a' && s[k] <= 'z') || s[k] == '-'
                       || (s[k] >= 'A' && s[k] <= 'Z')))
        k++;
      size_t seg = k - 1;
      if (k < n && s[k] == '/' && (seg == 2 || seg == 5)
          && (strncmp (s + 1, "ko", 2) == 0 || strncmp (s + 1, "en", 2) == 0))
        i = k;
    }
  size_t e = i;
  while (e < n && s[e] != '#')
    e++;
  while (e > i + 1 && s[e - 1] == '/')
    e--;
  *start = i;
  return e - i;
}

/* Adds anchor H: an item (ITEM) or a word.  */
static void
add_anchor (struct side *sd, uint64_t h, bool item)
{
  h = item ? h | 1 : h & ~UINT64_C (1);
  sd->pool = xgrow (sd->pool, &sd->pool_alloc, sd->npool + 1,
                    sizeof *sd->pool);
  sd->pool[sd->npool++] = h;
}

static bool
is_alnum (int c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
         || (c >= '0' && c <= '9');
}

/* Adds the Latin-script words of PROSE that a translation keeps: those
   with a capital letter inside or a digit (ClickHouse, IAM, S3, Astro),
   not a capitalised word that merely starts an English sentence.  */
static void
add_words (struct side *sd, const char *p)
{
  bool sentence_start = true;
  char word[64];
  for (size_t i = 0; p[i];)
    {
      unsigned char c = (unsigned char) p[i];
      if (!is_alnum (c))
        {
          if (c == '.' || c == '!' || c == '?' || c == ':')
            sentence_start = true;
          else if (c != ' ' && c != '\n' && c != '\t' && c != '('
                   && c != '"' && c != '\'')
            sentence_start = false;
          i++;
          continue;
        }
      size_t s = i;
      while (p[i] && (is_alnum ((unsigned char) p[i])
                      || ((p[i] == '.' || p[i] == '-' || p[i] == '_')
                          && is_alnum ((unsigned char) p[i + 1]))))
        i++;
      size_t n = i - s;
      bool upper_inside = false, digit = false, first_upper
        = p[s] >= 'A' && p[s] <= 'Z';
      for (size_t k = 0; k < n; k++)
        {
          digit |= p[s + k] >= '0' && p[s + k] <= '9';
          upper_inside |= k > 0 && p[s + k] >= 'A' && p[s + k] <= 'Z';
        }
      bool keep = n >= 2 && n < sizeof word
                  && (digit || upper_inside
                      || (first_upper && !sentence_start));
      /* A word glued to Hangul (a particle follows) is still a word.  */
      if (keep)
        {
          for (size_t k = 0; k < n; k++)
            word[k] = (char) (p[s + k] >= 'A' && p[s + k] <= 'Z'
                                ? p[s + k] + 32 : p[s + k]);
          add_anchor (sd, td_bitext_hash (TAG_WORD, word, n), false);
        }
      sentence_start = false;
    }
}

/* Adds the identifiers of CODE (at least three characters, at most 64 of
   them): what tells one changed code block from another.  Comments
   translated by a project count too, harmlessly.  */
static void
add_code_words (struct side *sd, const char *code)
{
  char word[64];
  size_t count = 0;
  for (size_t i = 0; code[i] && count < 64;)
    {
      unsigned char c = (unsigned char) code[i];
      if (!(is_alnum (c) || c == '_') || (c >= '0' && c <= '9'))
        {
          i++;
          continue;
        }
      size_t s = i;
      while (code[i] && (is_alnum ((unsigned char) code[i]) || code[i] == '_'))
        i++;
      size_t n = i - s;
      if (n < 3 || n >= sizeof word)
        continue;
      for (size_t k = 0; k < n; k++)
        word[k] = (char) (code[s + k] >= 'A' && code[s + k] <= 'Z'
                            ? code[s + k] + 32 : code[s + k]);
      add_anchor (sd, td_bitext_hash (TAG_WORD + 1, word, n), false);
      count++;
    }
}

/* Adds the template macros and shortcodes of TEXT ("{{Compat}}",
   "{{domxref("Node")}}", "{{< note >}}"): their name and first argument,
   which no translation changes.  */
static void
add_macros (struct side *sd, const char *text)
{
  for (const char *p = strstr (text, "{{"); p; p = strstr (p + 2, "{{"))
    {
      const char *s = p + 2;
      while (*s == ' ' || *s == '<' || *s == '%')
        s++;
      const char *e = s;
      while (*e && *e != '}' && *e != '\n' && *e != ')' && e - s < 60)
        e++;
      if (e > s && *e != '\n')
        add_anchor (sd, td_bitext_hash (TAG_WORD + 2, s, (size_t) (e - s)),
                    true);
    }
}

/* Collects the anchors of block B into the pool; returns their number
   (sorted, without repeats, from *FIRST on).  */
static size_t
block_anchors (struct side *sd, const struct td_block *b, size_t *first)
{
  *first = sd->npool;
  const struct td_item *it = td_block_items (sd->h->doc, b);
  for (size_t k = 0; k < b->nitems; k++)
    {
      const char *t = it[k].text;
      size_t n = strlen (t), start = 0;
      switch (it[k].kind)
        {
        case TD_ITEM_DELIM:
        case TD_ITEM_ALT:
        case TD_ITEM_TEXTATTR:
        case TD_ITEM__COUNT:
          continue;
        case TD_ITEM_LINK:
        case TD_ITEM_IMAGE:
          n = link_key (t, n, &start);
          break;
        case TD_ITEM_CODE:
        case TD_ITEM_PLACEHOLDER:
        case TD_ITEM_COMPONENT:
        case TD_ITEM_MACRO:
        case TD_ITEM_ATTR:
        case TD_ITEM_NUMBER:
        default:
          break;
        }
      add_anchor (sd, td_bitext_hash ((int) it[k].kind, t + start, n), true);
    }
  if (b->kind == TD_BLK_HEADING || b->kind == TD_BLK_PARAGRAPH
      || b->kind == TD_BLK_TABLE)
    {
      add_words (sd, b->prose);
      add_macros (sd, b->text);
    }
  else if (b->kind == TD_BLK_CODE)
    add_code_words (sd, b->text);
  size_t n = sd->npool - *first;
  if (n == 0)
    return 0;
  size_t w = td_u64_unique (sd->pool + *first, n);
  sd->npool = *first + w;
  return w;
}

/* ---- segments ---------------------------------------------------------- */

/* The weighted length of PROSE without its comments ("{/ * ... * /}" in
   MDX, "<!-- ... -->"), which are no translation.  */
static unsigned
prose_length (const char *p)
{
  unsigned len = 0;
  const char *s = p;
  for (;;)
    {
      const char *a = strstr (s, "{/*"), *b = strstr (s, "<!--");
      const char *open = a && (!b || a < b) ? a : b;
      if (!open)
        break;
      len += td_bitext_length (s, (size_t) (open - s));
      const char *close = strstr (open, open == a ? "*/}" : "-->");
      if (!close)
        return len;
      s = close + 3;
    }
  return len + td_bitext_length (s, strlen (s));
}

/* The content signature of B when it identifies the block outright.  */
static uint64_t
content_of (const struct td_block *b)
{
  switch (b->kind)
    {
    case TD_BLK_HEADING:
      return b->keyed ? b->sig_content | 1 : 0;
    case TD_BLK_CODE:
    case TD_BLK_HTML:
    case TD_BLK_IMPORT:
    case TD_BLK_TABLE:
      return b->sig_content | 1;
    case TD_BLK_PARAGRAPH:
    case TD_BLK_LIST:
    case TD_BLK_ITEM:
    case TD_BLK_QUOTE:
    case TD_BLK_ADMONITION:
    case TD_BLK_BREAK:
    case TD_BLK__COUNT:
    default:
      return 0;
    }
}

static void
side_init (struct side *sd, const struct td_half *h)
{
  memset (sd, 0, sizeof *sd);
  sd->h = h;
  sd->n = h->last - h->first;
  sd->b = h->doc->blocks ? h->doc->blocks + h->first : NULL;
  sd->seg = xcalloc (sd->n + 1, sizeof *sd->seg);
  size_t *first = xmalloc ((sd->n + 1) * sizeof *first);
  for (size_t i = 0; i < sd->n; i++)
    {
      const struct td_block *b = &sd->b[i];
      struct td_seg *s = &sd->seg[i];
      s->kind = (int) b->kind;
      s->depth = b->depth;
      s->level = b->kind == TD_BLK_HEADING || b->kind == TD_BLK_LIST
                   ? b->level : 0;
      if (b->kind == TD_BLK_HEADING || b->kind == TD_BLK_PARAGRAPH
          || b->kind == TD_BLK_TABLE)
        s->len = prose_length (b->prose);
      s->content = content_of (b);
      s->joinable = b->kind == TD_BLK_PARAGRAPH;
      s->nanchors = block_anchors (sd, b, &first[i]);
    }
  /* The pool may have moved while it grew.  */
  for (size_t i = 0; i < sd->n; i++)
    {
      struct td_seg *s = &sd->seg[i];
      s->anchors = sd->pool ? sd->pool + first[i] : NULL;
      for (size_t k = 0; k < s->nanchors; k++)
        s->nitems += s->anchors[k] & 1;
    }
  free (first);
}

static void
side_free (struct side *sd)
{
  free (sd->seg);
  free (sd->pool);
}

/* ---- pairs ------------------------------------------------------------- */

struct pairs
{
  struct td_pair *v;
  size_t n, alloc;
};

static struct td_pair *
add_pair (struct pairs *p, enum td_pair_kind kind, long en, long ko, long at)
{
  p->v = xgrow (p->v, &p->alloc, p->n + 1, sizeof *p->v);
  struct td_pair *q = &p->v[p->n++];
  q->kind = kind;
  q->en = en;
  q->ko = ko;
  q->at = at;
  q->en2 = q->ko2 = -1;
  q->en_at = -1;
  return q;
}

static void sort_pairs (struct pairs *p);

/* The blocks of a side that one alignment pass works on: all of them, or
   all but those of sections that moved.  */
struct view
{
  const struct side *sd;
  size_t n;
  struct td_seg *seg;   /* owned copies, one per block of the view */
  size_t *orig;         /* owned: each block's index in the side */
};

/* A view of SD without the blocks for which SKIP is true (SKIP NULL:
   none).  */
static void
view_init (struct view *v, const struct side *sd, const bool *skip)
{
  v->sd = sd;
  v->seg = xmalloc ((sd->n + 1) * sizeof *v->seg);
  v->orig = xmalloc ((sd->n + 1) * sizeof *v->orig);
  v->n = 0;
  for (size_t i = 0; i < sd->n; i++)
    if (!skip || !skip[i])
      {
        v->seg[v->n] = sd->seg[i];
        v->orig[v->n] = i;
        v->n++;
      }
}

static void
view_free (struct view *v)
{
  free (v->seg);
  free (v->orig);
}

/* The block index (in the half's document) of block I of view V.  */
static long
block_of (const struct view *v, size_t i)
{
  return (long) (v->sd->h->first + v->orig[i]);
}

/* The Korean/English length ratio of the segments of E and K that the
   one-to-one beads BEADS (NB) pair, as td_bitext_ratio estimates it, or 0
   when they pair no text.  */
static int
paired_ratio (const struct td_seg *e, const struct td_seg *k,
              const struct td_bead_at *beads, size_t nb)
{
  struct td_seg a, b;
  memset (&a, 0, sizeof a);
  memset (&b, 0, sizeof b);
  for (size_t t = 0; t < nb; t++)
    if (beads[t].kind == TD_BEAD_11 && e[beads[t].e].len > 0
        && k[beads[t].k].len > 0)
      {
        a.len += e[beads[t].e].len;
        b.len += k[beads[t].k].len;
      }
  return a.len > 0 ? td_bitext_ratio (&a, 1, &b, 1) : 0;
}

/* The Korean block before which an English block without a counterpart
   stands when the next Korean block of the view KS is NEXT (its index
   there, or KS->n at the end): NEXT, unless the view leaves out blocks
   before it, those of a section that moved.  Then a run of English
   blocks that closes a section (it does not start with a heading, the
   run HEADED) stands right after the Korean block before it, in that
   section, not after the moved one.  -1 for the end of the Korean
   half.  */
static long
missing_at (const struct view *ks, size_t next, bool headed)
{
  if (!headed && next > 0
      && (next == ks->n || ks->orig[next] != ks->orig[next - 1] + 1)
      && ks->orig[next - 1] + 1 < ks->sd->n)
    return block_of (ks, next - 1) + 1;
  return next < ks->n ? block_of (ks, next) : -1;
}

/* Aligns English blocks [I0, I1) with Korean blocks [J0, J1) (indices in
   each view) and appends their pairs.  */
static void
align_stretch (struct pairs *p, const struct view *es, const struct view *ks,
               size_t i0, size_t i1, size_t j0, size_t j1)
{
  const struct td_doc *ed = es->sd->h->doc, *kd = ks->sd->h->doc;
  struct td_bead_at *beads;
  size_t nb;
  td_bitext_align (es->seg + i0, i1 - i0, ks->seg + j0, j1 - j0,
                   &td_bitext_blocks, &beads, &nb);
  /* The length ratio was estimated from all blocks, those that one side
     lacks too: a Korean page that keeps a paragraph the English lost
     looks wordier than it is, and then no long paragraph pairs.  When the
     blocks that paired give a ratio far from that estimate, align again
     with it (hunalign's second pass does the same).  */
  int first = td_bitext_ratio (es->seg + i0, i1 - i0, ks->seg + j0, j1 - j0);
  int paired = paired_ratio (es->seg + i0, ks->seg + j0, beads, nb);
  if (paired > 0 && abs (paired - first) * 10 > first)
    {
      struct td_bitext_params p2 = td_bitext_blocks;
      p2.ratio = paired;
      free (beads);
      td_bitext_align (es->seg + i0, i1 - i0, ks->seg + j0, j1 - j0, &p2,
                       &beads, &nb);
    }
  for (size_t t = 0; t < nb; t++)
    {
      size_t ei = i0 + beads[t].e, kj = j0 + beads[t].k;
      long e = ei < es->n ? block_of (es, ei) : -1;
      long k = kj < ks->n ? block_of (ks, kj) : -1;
      struct td_pair *q;
      switch (beads[t].kind)
        {
        case TD_BEAD_11:
          add_pair (p, ed->blocks[e].sig_fine == kd->blocks[k].sig_fine
                         ? TD_PAIR_SAME : TD_PAIR_CHANGED,
                    e, k, -1);
          break;
        case TD_BEAD_10:
          {
            size_t r = t;
            while (r > 0 && beads[r - 1].kind == TD_BEAD_10)
              r--;
            long head = block_of (es, i0 + beads[r].e);
            add_pair (p, TD_PAIR_MISSING, e, -1,
                      missing_at (ks, kj < j1 ? kj : j1,
                                  ed->blocks[head].kind == TD_BLK_HEADING));
          }
          break;
        case TD_BEAD_01:
          add_pair (p, TD_PAIR_EXTRA, -1, k, -1);
          break;
        case TD_BEAD_21:
          q = add_pair (p, TD_PAIR_CHANGED, e, k, -1);
          q->en2 = block_of (es, ei + 1);
          break;
        case TD_BEAD_12:
        default:
          q = add_pair (p, TD_PAIR_CHANGED, e, k, -1);
          q->ko2 = block_of (ks, kj + 1);
          break;
        }
    }
  free (beads);
}

/* The signature that synchronises sections: an anchored heading's
   anchor (not its level, so that a changed level is still paired).  */
static uint64_t
sync_sig (const struct td_block *b)
{
  return td_bitext_hash (0, b->anchor, strlen (b->anchor));
}

/* Aligns two views: fixed points (headings with the same explicit id),
   then the stretches between.  */
static void
align_views (struct pairs *p, const struct view *es, const struct view *ks)
{
  size_t n = es->n, m = ks->n;
  const struct td_block *eb = es->sd->h->doc->blocks;
  const struct td_block *kb = ks->sd->h->doc->blocks;
  uint64_t *a = xmalloc ((n + 1) * sizeof *a);
  uint64_t *b = xmalloc ((m + 1) * sizeof *b);
  size_t *ea = xmalloc ((n + 1) * sizeof *ea);
  size_t *ka = xmalloc ((m + 1) * sizeof *ka);
  size_t na = 0, ma = 0;
  for (size_t i = 0; i < n; i++)
    {
      const struct td_block *x = &eb[block_of (es, i)];
      if (x->kind == TD_BLK_HEADING && x->anchor)
        {
          a[na] = sync_sig (x);
          ea[na++] = i;
        }
    }
  for (size_t j = 0; j < m; j++)
    {
      const struct td_block *x = &kb[block_of (ks, j)];
      if (x->kind == TD_BLK_HEADING && x->anchor)
        {
          b[ma] = sync_sig (x);
          ka[ma++] = j;
        }
    }
  long *sync = xmalloc ((na + 1) * sizeof *sync);
  td_align_lcs (a, na, b, ma, sync);
  size_t i0 = 0, j0 = 0;
  for (size_t s = 0; s < na; s++)
    {
      if (sync[s] < 0)
        continue;
      size_t ei = ea[s], kj = ka[sync[s]];
      align_stretch (p, es, ks, i0, ei, j0, kj);
      long e = block_of (es, ei), k = block_of (ks, kj);
      add_pair (p, eb[e].sig_fine == kb[k].sig_fine ? TD_PAIR_SAME
                                                    : TD_PAIR_CHANGED,
                e, k, -1);
      i0 = ei + 1;
      j0 = kj + 1;
    }
  align_stretch (p, es, ks, i0, n, j0, m);
  free (a);
  free (b);
  free (ea);
  free (ka);
  free (sync);
}

/* ---- sections that moved ------------------------------------------------ */

/* A section of a side: a heading of the page's section level and the
   blocks up to the next one.  */
struct section
{
  size_t first, last;  /* blocks [first, last) of the side */
  uint64_t *anchors;   /* owned, sorted, unique */
  size_t n;
};

/* The most section pairs whose likeness is computed.  */
#define MAX_SECTION_PAIRS 250000

/* The level that cuts SD into sections: the highest heading level (the
   smallest number) used at the top at least twice; 0 when none is.  */
static int
section_level (const struct side *sd)
{
  int count[7] = { 0 };
  for (size_t i = 0; i < sd->n; i++)
    if (sd->b[i].kind == TD_BLK_HEADING && sd->b[i].depth == 0
        && sd->b[i].level >= 1 && sd->b[i].level <= 6)
      count[sd->b[i].level]++;
  for (int l = 1; l <= 6; l++)
    if (count[l] >= 2)
      return l;
  return 0;
}

/* The sections of SD at LEVEL (none before its first heading).  */
static struct section *
sections_of (const struct side *sd, int level, size_t *nout)
{
  struct section *v = NULL;
  size_t n = 0, alloc = 0;
  bool open = false; /* v[n - 1] is still open */
  for (size_t i = 0; i < sd->n; i++)
    {
      const struct td_block *b = &sd->b[i];
      if (b->kind != TD_BLK_HEADING || b->depth != 0 || b->level > level)
        continue;
      if (open)
        v[n - 1].last = i;
      /* A higher heading closes the section and opens none.  */
      open = b->level == level;
      if (!open)
        continue;
      v = xgrow (v, &alloc, n + 1, sizeof *v);
      v[n].first = i;
      v[n].last = sd->n;
      v[n].anchors = NULL;
      v[n].n = 0;
      n++;
    }
  for (size_t s = 0; s < n; s++)
    {
      size_t total = 0, k = 0;
      for (size_t i = v[s].first; i < v[s].last; i++)
        total += sd->seg[i].nanchors;
      v[s].anchors = xmalloc ((total + 1) * sizeof *v[s].anchors);
      for (size_t i = v[s].first; i < v[s].last; i++)
        for (size_t a = 0; a < sd->seg[i].nanchors; a++)
          v[s].anchors[k++] = sd->seg[i].anchors[a];
      v[s].n = td_u64_unique (v[s].anchors, k);
    }
  *nout = n;
  return v;
}

static void
free_sections (struct section *v, size_t n)
{
  for (size_t s = 0; s < n; s++)
    free (v[s].anchors);
  free (v);
}

/* Removes from V (*N sections) those holding a block marked in TAKEN.  */
static void
drop_taken (struct section *v, size_t *n, const bool *taken)
{
  size_t w = 0;
  for (size_t s = 0; s < *n; s++)
    {
      bool any = false;
      for (size_t i = v[s].first; i < v[s].last && !any; i++)
        any = taken[i];
      if (any)
        free (v[s].anchors);
      else
        v[w++] = v[s];
    }
  *n = w;
}

/* How alike two sections are: twice the shared anchors, in thousandths of
   both sides' anchors.  */
static int
section_dice (const struct section *a, const struct section *b)
{
  size_t i = 0, j = 0, s = 0;
  while (i < a->n && j < b->n)
    if (a->anchors[i] < b->anchors[j])
      i++;
    else if (a->anchors[i] > b->anchors[j])
      j++;
    else
      {
        s++;
        i++;
        j++;
      }
  if (s < 3 || a->n + b->n == 0)
    return 0;
  return (int) (2000 * s / (a->n + b->n));
}

/* The English section that best matches Korean section K, as mutual best
   over the anchors of each (at least 0.4 alike), or -1.  */
static long
mutual_best (const struct section *es, size_t ne, const struct section *ks,
             size_t nk, size_t k)
{
  long best = -1;
  int score = 400;
  for (size_t e = 0; e < ne; e++)
    {
      int d = section_dice (&es[e], &ks[k]);
      if (d > score)
        {
          score = d;
          best = (long) e;
        }
    }
  if (best < 0)
    return -1;
  for (size_t j = 0; j < nk; j++)
    if (j != k && section_dice (&es[best], &ks[j]) >= score)
      return -1;
  return best;
}

/* The most section pairs whose cost match_by_cost computes.  */
#define MAX_COST_PAIRS 400

/* The assignment of least total cost of the N rows of the N x M matrix
   C (row-major) to distinct columns, or of the M columns to distinct rows
   when M < N (the Hungarian method with potentials, O (N^2 M)).  Stores
   in OF_COL[J] the row of column J, or -1.  */
static void
assign (const int64_t *c, size_t n, size_t m, long *of_col)
{
  bool t = n > m; /* transposed: rows are the columns of C */
  size_t r = t ? m : n, q = t ? n : m;
#define COST(i, j) (t ? c[(j) * m + (i)] : c[(i) * m + (j)])
  /* 1-based, as the method is usually written: row 0 and column 0 are
     the start.  */
  int64_t *u = xcalloc (r + 1, sizeof *u), *v = xcalloc (q + 1, sizeof *v);
  int64_t *minv = xmalloc ((q + 1) * sizeof *minv);
  size_t *p = xcalloc (q + 1, sizeof *p), *way = xcalloc (q + 1, sizeof *way);
  bool *used = xmalloc ((q + 1) * sizeof *used);
  for (size_t i = 1; i <= r; i++)
    {
      p[0] = i;
      size_t j0 = 0;
      for (size_t j = 0; j <= q; j++)
        {
          minv[j] = INT64_MAX;
          used[j] = false;
        }
      do
        {
          used[j0] = true;
          size_t i0 = p[j0], j1 = 0;
          int64_t delta = INT64_MAX;
          for (size_t j = 1; j <= q; j++)
            if (!used[j])
              {
                int64_t cur = COST (i0 - 1, j - 1) - u[i0] - v[j];
                if (cur < minv[j])
                  {
                    minv[j] = cur;
                    way[j] = j0;
                  }
                if (minv[j] < delta)
                  {
                    delta = minv[j];
                    j1 = j;
                  }
              }
          for (size_t j = 0; j <= q; j++)
            if (used[j])
              {
                u[p[j]] += delta;
                v[j] -= delta;
              }
            else
              minv[j] -= delta;
          j0 = j1;
        }
      while (p[j0] != 0);
      do
        {
          size_t j1 = way[j0];
          p[j0] = p[j1];
          j0 = j1;
        }
      while (j0 != 0);
    }
#undef COST
  for (size_t j = 0; j < m; j++)
    of_col[j] = -1;
  for (size_t j = 1; j <= q; j++)
    if (p[j] != 0)
      {
        /* Row p[j] - 1 of the (maybe transposed) problem with column
           j - 1.  */
        if (t)
          of_col[p[j] - 1] = (long) (j - 1);
        else
          of_col[j - 1] = (long) (p[j] - 1);
      }
  free (u);
  free (v);
  free (minv);
  free (p);
  free (way);
  free (used);
}

/* The cost of aligning the blocks of English section S with those of
   Korean section T, for RATIO, in *TOGETHER, and of leaving them all
   alone in *APART.  */
static void
section_cost (const struct side *es, const struct section *s,
              const struct side *ks, const struct section *t, int ratio,
              int64_t *together, int64_t *apart)
{
  static const int bne[] = { 1, 1, 0, 2, 1 }, bnk[] = { 1, 0, 1, 1, 2 };
  size_t ne = s->last - s->first, nk = t->last - t->first;
  struct td_bitext_params p = td_bitext_blocks;
  p.ratio = ratio;
  struct td_bead_at *beads;
  size_t nb;
  td_bitext_align (es->seg + s->first, ne, ks->seg + t->first, nk, &p,
                   &beads, &nb);
  *together = 0;
  *apart = 0;
  for (size_t t2 = 0; t2 < nb; t2++)
    *together += td_bitext_cost (es->seg + s->first + beads[t2].e,
                                 (size_t) bne[beads[t2].kind],
                                 ks->seg + t->first + beads[t2].k,
                                 (size_t) bnk[beads[t2].kind], ratio, &p);
  for (size_t i = 0; i < ne; i++)
    *apart += td_bitext_cost (es->seg + s->first + i, 1, NULL, 0, ratio, &p);
  for (size_t j = 0; j < nk; j++)
    *apart += td_bitext_cost (NULL, 0, ks->seg + t->first + j, 1, ratio, &p);
  free (beads);
}

/* Matches the sections that their anchors left unmatched (MATCH[K] < 0
   for Korean section K, no K for an English one) by what aligning their
   blocks costs (kinds, lengths, the little they share): the one-to-one
   assignment of least total cost, of pairs whose blocks pair far better
   than they stand alone; BY_COST[K] is set for those.  Whether a crossing
   of the assignment is a move is for cost_moves_pay to say.  Pages whose sections hold no names or code (a glossary's
   term pages) have no other evidence.  */
static void
match_by_cost (const struct section *se, size_t ne, const struct section *sk,
               size_t nk, const struct side *es, const struct side *ks,
               long *match, bool *by_cost)
{
  size_t *eu = xmalloc ((ne + 1) * sizeof *eu);
  size_t *ku = xmalloc ((nk + 1) * sizeof *ku);
  size_t nu = 0, mu = 0;
  for (size_t e = 0; e < ne; e++)
    {
      bool taken = false;
      for (size_t k = 0; k < nk && !taken; k++)
        taken = match[k] == (long) e;
      if (!taken)
        eu[nu++] = e;
    }
  for (size_t k = 0; k < nk; k++)
    if (match[k] < 0)
      ku[mu++] = k;
  if (nu < 2 || mu < 2 || nu * mu > MAX_COST_PAIRS)
    {
      free (eu);
      free (ku);
      return;
    }
  int ratio = td_bitext_ratio (es->seg, es->n, ks->seg, ks->n);
  int64_t *cost = xmalloc (nu * mu * sizeof *cost);
  bool *plausible = xmalloc (nu * mu * sizeof *plausible);
  for (size_t i = 0; i < nu; i++)
    for (size_t j = 0; j < mu; j++)
      {
        int64_t together, apart;
        section_cost (es, &se[eu[i]], ks, &sk[ku[j]], ratio, &together,
                      &apart);
        cost[i * mu + j] = together;
        plausible[i * mu + j] = together <= apart / 2;
      }
  /* The assignment of Korean to English sections of least total cost
     (implausible pairs cost as much as all pairs together): the page
     alignment then decides whether its crossings are moves.  */
  int64_t big = 1;
  for (size_t x = 0; x < nu * mu; x++)
    big += cost[x] < 0 ? -cost[x] : cost[x];
  for (size_t x = 0; x < nu * mu; x++)
    if (!plausible[x])
      cost[x] = big;
  long *of_k = xmalloc ((mu + 1) * sizeof *of_k);
  assign (cost, nu, mu, of_k);
  for (size_t j = 0; j < mu; j++)
    if (of_k[j] >= 0 && plausible[(size_t) of_k[j] * mu + j])
      {
        match[ku[j]] = (long) eu[of_k[j]];
        by_cost[ku[j]] = true;
      }
  free (of_k);
  free (cost);
  free (plausible);
  free (eu);
  free (ku);
}

/* What a section moved on the strength of its cost alone must save: the
   page aligned with the section moved must cost this much less than the
   page aligned in order.  A paragraph deleted from a short page can make
   a move look a little cheaper (by up to about 450 on the shared
   corpora, where swapped sections save 600 and more, mostly thousands).  */
#define MOVE_GAIN 600

/* The cost of the best alignment of the blocks of ES and KS that are in
   neither ESKIP/KSKIP nor EOUT/KOUT, for RATIO.  */
static int64_t
rest_cost (const struct side *es, const bool *eskip, const bool *eout,
           const struct side *ks, const bool *kskip, const bool *kout,
           int ratio)
{
  static const int bne[] = { 1, 1, 0, 2, 1 }, bnk[] = { 1, 0, 1, 1, 2 };
  struct td_seg *e = xmalloc ((es->n + 1) * sizeof *e);
  struct td_seg *k = xmalloc ((ks->n + 1) * sizeof *k);
  size_t n = 0, m = 0;
  for (size_t i = 0; i < es->n; i++)
    if (!eskip[i] && !eout[i])
      e[n++] = es->seg[i];
  for (size_t j = 0; j < ks->n; j++)
    if (!kskip[j] && !kout[j])
      k[m++] = ks->seg[j];
  struct td_bitext_params p = td_bitext_blocks;
  p.ratio = ratio;
  struct td_bead_at *beads;
  size_t nb;
  td_bitext_align (e, n, k, m, &p, &beads, &nb);
  int64_t c = 0;
  for (size_t t = 0; t < nb; t++)
    c += td_bitext_cost (e + beads[t].e, (size_t) bne[beads[t].kind],
                         k + beads[t].k, (size_t) bnk[beads[t].kind], ratio,
                         &p);
  free (beads);
  free (e);
  free (k);
  return c;
}

/* True when moving the sections of the out-of-order matches that MATCH
   made by cost alone (BY_COST) explains the page better than leaving
   them in order, by MOVE_GAIN each.  OUT_OF_ORDER[K] tells which Korean
   sections the LCS left out.  */
static bool
cost_moves_pay (const struct side *es, const struct section *se,
                const struct side *ks, const struct section *sk, size_t nk,
                const long *match, const bool *by_cost,
                const bool *out_of_order, const bool *eskip,
                const bool *kskip)
{
  bool *eout = xcalloc (es->n + 1, sizeof *eout);
  bool *kout = xcalloc (ks->n + 1, sizeof *kout);
  int ratio = td_bitext_ratio (es->seg, es->n, ks->seg, ks->n);
  int64_t moved = 0;
  size_t count = 0;
  for (size_t k = 0; k < nk; k++)
    {
      if (!by_cost[k] || !out_of_order[k])
        continue;
      const struct section *s = &se[match[k]], *t = &sk[k];
      int64_t together, apart;
      section_cost (es, s, ks, t, ratio, &together, &apart);
      moved += together;
      count++;
      for (size_t i = s->first; i < s->last; i++)
        eout[i] = true;
      for (size_t j = t->first; j < t->last; j++)
        kout[j] = true;
    }
  bool pays = true;
  if (count > 0)
    {
      bool *none_e = xcalloc (es->n + 1, sizeof *none_e);
      bool *none_k = xcalloc (ks->n + 1, sizeof *none_k);
      int64_t in_order = rest_cost (es, eskip, none_e, ks, kskip, none_k,
                                    ratio);
      moved += rest_cost (es, eskip, eout, ks, kskip, kout, ratio);
      pays = in_order - moved >= (int64_t) count * MOVE_GAIN;
      free (none_e);
      free (none_k);
    }
  free (eout);
  free (kout);
  return pays;
}

/* Finds sections that changed place: sections matched across the two
   sides (mutual best over their anchors) that are out of order, i.e. not
   in a longest common subsequence of the matches.  Marks their blocks in
   ESKIP and KSKIP and appends their pairs (moved blocks, and the blocks
   of one section that the other lacks) to P.  */
static void
move_sections_at (struct pairs *p, const struct side *es,
                  const struct side *ks, int level, bool *eskip, bool *kskip)
{
  size_t ne, nk;
  struct section *se = sections_of (es, level, &ne);
  struct section *sk = sections_of (ks, level, &nk);
  /* Sections that hold blocks already moved (a section of a higher
     level) take no part.  */
  drop_taken (se, &ne, eskip);
  drop_taken (sk, &nk, kskip);
  /* Matching compares every section with every other: on a page of
     thousands of sections (generated, not written), leave moves to the
     block pass.  */
  if (ne * nk > MAX_SECTION_PAIRS)
    {
      free_sections (se, ne);
      free_sections (sk, nk);
      return;
    }
  /* The matches, in Korean order, as sequences for the LCS.  */
  uint64_t *a = xmalloc ((nk + 1) * sizeof *a);
  uint64_t *b = xmalloc ((nk + 1) * sizeof *b);
  long *match = xmalloc ((nk + 1) * sizeof *match);
  size_t nm = 0;
  for (size_t k = 0; k < nk; k++)
    match[k] = mutual_best (se, ne, sk, nk, k);
  bool *by_cost = xcalloc (nk + 1, sizeof *by_cost);
  match_by_cost (se, ne, sk, nk, es, ks, match, by_cost);
  for (size_t k = 0; k < nk; k++)
    if (match[k] >= 0)
      b[nm++] = (uint64_t) match[k] + 1;
  /* English order of the same matches.  */
  size_t na = 0;
  for (size_t e = 0; e < ne; e++)
    for (size_t k = 0; k < nk; k++)
      if (match[k] == (long) e)
        a[na++] = (uint64_t) e + 1;
  long *a2b = xmalloc ((na + 1) * sizeof *a2b);
  td_align_lcs (a, na, b, nm, a2b);
  /* The Korean sections out of order; those matched by cost alone move
     only when that explains the page better.  */
  bool *out_of_order = xcalloc (nk + 1, sizeof *out_of_order);
  for (size_t x = 0; x < na; x++)
    if (a2b[x] < 0)
      for (size_t k = 0; k < nk; k++)
        if (match[k] == (long) a[x] - 1)
          out_of_order[k] = true;
  bool cost_moves = cost_moves_pay (es, se, ks, sk, nk, match, by_cost,
                                    out_of_order, eskip, kskip);
  for (size_t x = 0; x < na; x++)
    {
      if (a2b[x] >= 0)
        continue;
      size_t e = (size_t) a[x] - 1, k = 0;
      while (match[k] != (long) e)
        k++;
      if (by_cost[k] && !cost_moves)
        continue;
      const struct section *s = &se[e], *t = &sk[k];
      struct td_bead_at *beads;
      size_t nb;
      td_bitext_align (es->seg + s->first, s->last - s->first,
                       ks->seg + t->first, t->last - t->first,
                       &td_bitext_blocks, &beads, &nb);
      long ef = (long) es->h->first, kf = (long) ks->h->first;
      for (size_t q = 0; q < nb; q++)
        {
          long eb = ef + (long) (s->first + beads[q].e);
          long kb = kf + (long) (t->first + beads[q].k);
          switch (beads[q].kind)
            {
            case TD_BEAD_11:
              add_pair (p, TD_PAIR_MOVED, eb, kb, -1);
              break;
            case TD_BEAD_21:
              add_pair (p, TD_PAIR_MOVED, eb, kb, -1)->en2 = eb + 1;
              break;
            case TD_BEAD_12:
              add_pair (p, TD_PAIR_MOVED, eb, kb, -1)->ko2 = kb + 1;
              break;
            case TD_BEAD_10:
              /* Before the Korean block that follows it in the section,
                 or the one after the section (a heading of the same or
                 a higher level), where the unmoved alignment would put
                 it too.  */
              add_pair (p, TD_PAIR_MISSING, eb, -1,
                        t->first + beads[q].k < ks->n ? kb : -1);
              break;
            case TD_BEAD_01:
            default:
              /* It would stand in the moved section too: after the
                 English block before it there (place_extras places the
                 one before the section's first block).  */
              add_pair (p, TD_PAIR_EXTRA, -1, kb, -1)->en_at
                = beads[q].e > 0 ? eb - 1 : -1;
              break;
            }
        }
      free (beads);
      for (size_t i = s->first; i < s->last; i++)
        eskip[i] = true;
      for (size_t j = t->first; j < t->last; j++)
        kskip[j] = true;
    }
  free (a2b);
  free (a);
  free (b);
  free (match);
  free (by_cost);
  free (out_of_order);
  free_sections (se, ne);
  free_sections (sk, nk);
}

/* Finds moved sections at the page's section level and the two levels
   below it (sections inside sections).  */
static void
move_sections (struct pairs *p, const struct side *es, const struct side *ks,
               bool *eskip, bool *kskip)
{
  int level = section_level (es);
  if (level == 0 || level != section_level (ks))
    return;
  for (int l = level; l <= level + 2 && l <= 6; l++)
    move_sections_at (p, es, ks, l, eskip, kskip);
}

/* Aligns the two sides: sections that moved, then the rest.  */
static void
align_sections (struct pairs *p, const struct side *es,
                const struct side *ks)
{
  bool *eskip = xcalloc (es->n + 1, sizeof *eskip);
  bool *kskip = xcalloc (ks->n + 1, sizeof *kskip);
  struct pairs moved = { NULL, 0, 0 };
  move_sections (&moved, es, ks, eskip, kskip);
  struct view ev, kv;
  view_init (&ev, es, eskip);
  view_init (&kv, ks, kskip);
  align_views (p, &ev, &kv);
  view_free (&ev);
  view_free (&kv);
  /* The moved sections' pairs join the others in Korean order; a missing
     block stands where its Korean neighbour does.  */
  for (size_t q = 0; q < moved.n; q++)
    *add_pair (p, TD_PAIR_SAME, -1, -1, -1) = moved.v[q];
  free (moved.v);
  if (moved.n > 0)
    sort_pairs (p);
  free (eskip);
  free (kskip);
}

/* The place of pair Q in Korean order, for sorting: its Korean block, or
   for a missing block the Korean block it stands before (the end when
   none), just before that block.  */
static long
ko_key (const struct td_pair *q, long end)
{
  if (q->ko >= 0)
    return 2 * q->ko + 1;
  return 2 * (q->at >= 0 ? q->at : end);
}

struct keyed_pair
{
  struct td_pair pair;
  long key;
  size_t seq;
};

static int
cmp_keyed_pair (const void *x, const void *y)
{
  const struct keyed_pair *a = x, *b = y;
  if (a->key != b->key)
    return a->key < b->key ? -1 : 1;
  return (a->seq > b->seq) - (a->seq < b->seq);
}

/* Puts the pairs of P in Korean order (stable).  */
static void
sort_pairs (struct pairs *p)
{
  struct keyed_pair *v = xmalloc ((p->n + 1) * sizeof *v);
  for (size_t k = 0; k < p->n; k++)
    {
      v[k].pair = p->v[k];
      v[k].key = ko_key (&p->v[k], LONG_MAX / 4);
      v[k].seq = k;
    }
  qsort (v, p->n, sizeof *v, cmp_keyed_pair);
  for (size_t k = 0; k < p->n; k++)
    p->v[k] = v[k].pair;
  free (v);
}

/* Indexes the pairs of OUT by block.  */
static void
index_pairs (struct td_alignment *out, const struct td_half *en,
             const struct td_half *ko)
{
  size_t n = en->last - en->first, m = ko->last - ko->first;
  for (size_t k = 0; k < n; k++)
    out->en_pair[k] = -1;
  for (size_t k = 0; k < m; k++)
    out->ko_pair[k] = -1;
  for (size_t k = 0; k < out->n; k++)
    {
      const struct td_pair *q = &out->pairs[k];
      if (q->en >= 0)
        out->en_pair[q->en - (long) en->first] = (long) k;
      if (q->en2 >= 0)
        out->en_pair[q->en2 - (long) en->first] = (long) k;
      if (q->ko >= 0)
        out->ko_pair[q->ko - (long) ko->first] = (long) k;
      if (q->ko2 >= 0)
        out->ko_pair[q->ko2 - (long) ko->first] = (long) k;
    }
}

/* True when content signature C is that of one block only of SD.  */
static bool
once (const struct side *sd, uint64_t c)
{
  size_t n = 0;
  for (size_t i = 0; i < sd->n && n < 2; i++)
    n += sd->seg[i].content == c;
  return n == 1;
}

/* True when the English block E (index in ES) and the Korean block K
   (index in KS), left unpaired, are the same block moved: the same
   content signature, or most of their anchors shared.  */
static bool
same_block (const struct side *es, size_t e, const struct side *ks, size_t k)
{
  const struct td_seg *a = &es->seg[e], *b = &ks->seg[k];
  if (a->kind != b->kind)
    return false;
  /* A block that its content identifies is the same only with the same
     content, found once on each side ("</Note>" is everywhere).  */
  if (a->content || b->content)
    return a->content == b->content && once (es, a->content)
           && once (ks, b->content);
  if (a->nanchors < 2 || b->nanchors < 2)
    return false;
  size_t s = 0, i = 0, j = 0;
  while (i < a->nanchors && j < b->nanchors)
    if (a->anchors[i] < b->anchors[j])
      i++;
    else if (a->anchors[i] > b->anchors[j])
      j++;
    else
      {
        s++;
        i++;
        j++;
      }
  return s >= 2 && 10 * 2 * s >= 7 * (a->nanchors + b->nanchors);
}

/* Pairs as moved the blocks left on one side only that match a block
   left on the other side, carrying along the blocks that follow both.
   Quadratic in the number of unpaired blocks, which is small unless the
   pages are unrelated: the work is capped.  */
static void
find_moves (struct td_alignment *out, const struct side *es,
            const struct side *ks)
{
  const struct td_half *en = es->h, *ko = ks->h;
  struct td_pair *v = out->pairs;
  size_t budget = 4000000;
  for (size_t k = 0; k < out->n && budget > 0; k++)
    {
      /* en < 0: a tombstone left by an earlier move.  */
      if (v[k].kind != TD_PAIR_MISSING || v[k].en < 0)
        continue;
      size_t e = (size_t) (v[k].en - (long) en->first);
      for (size_t q = 0; q < out->n && budget > 0; q++, budget--)
        {
          if (v[q].kind != TD_PAIR_EXTRA
              || !same_block (es, e, ks,
                              (size_t) (v[q].ko - (long) ko->first)))
            continue;
          /* Pair them where the Korean block stands.  */
          v[q].kind = TD_PAIR_MOVED;
          v[q].en = v[k].en;
          out->en_pair[e] = (long) q;
          v[k].en = -1; /* tombstone, removed below */
          /* Carry the blocks that follow along with it.  */
          long ei = v[q].en + 1, ki = v[q].ko + 1;
          while (ei < (long) en->last && ki < (long) ko->last)
            {
              long pe = out->en_pair[ei - (long) en->first];
              long pk = out->ko_pair[ki - (long) ko->first];
              if (pe < 0 || pk < 0 || v[pe].kind != TD_PAIR_MISSING
                  || v[pk].kind != TD_PAIR_EXTRA
                  || en->doc->blocks[ei].kind != ko->doc->blocks[ki].kind)
                break;
              v[pk].kind = TD_PAIR_MOVED;
              v[pk].en = ei;
              out->en_pair[ei - (long) en->first] = pk;
              v[pe].en = -1;
              ei++;
              ki++;
            }
          break;
        }
    }
  /* Drop tombstones.  */
  size_t w = 0;
  for (size_t k = 0; k < out->n; k++)
    if (!(v[k].kind == TD_PAIR_MISSING && v[k].en < 0))
      v[w++] = v[k];
  out->n = w;
}

/* A run of pairs of one kind (MISSING or EXTRA) over consecutive blocks
   of one side: the pairs [k0, k1) in pair order.  */
struct run
{
  size_t k0, k1;
};

/* The runs of V (N pairs) of KIND whose blocks follow each other.  */
static struct run *
runs_of (const struct td_pair *v, size_t n, enum td_pair_kind kind,
         size_t *nruns)
{
  struct run *r = NULL;
  size_t count = 0, alloc = 0;
  for (size_t k = 0; k < n;)
    {
      if (v[k].kind != kind)
        {
          k++;
          continue;
        }
      size_t e = k + 1;
      while (e < n && v[e].kind == kind
             && (kind == TD_PAIR_MISSING ? v[e].en == v[e - 1].en + 1
                                         : v[e].ko == v[e - 1].ko + 1))
        e++;
      r = xgrow (r, &alloc, count + 1, sizeof *r);
      r[count].k0 = k;
      r[count].k1 = e;
      count++;
      k = e;
    }
  *nruns = count;
  return r;
}

/* Pairs as moved a run of English blocks left out and a run of Korean
   blocks left over that translate each other as a whole: a section (or a
   paragraph group) that changed place.  Both runs must open with blocks of
   one kind, and aligning them must cost well below leaving them apart.  */
static void
find_moved_runs (struct td_alignment *out, const struct side *es,
                 const struct side *ks)
{
  struct td_pair *v = out->pairs;
  size_t nm, nx;
  struct run *mr = runs_of (v, out->n, TD_PAIR_MISSING, &nm);
  struct run *xr = runs_of (v, out->n, TD_PAIR_EXTRA, &nx);
  long ef = (long) es->h->first, kf = (long) ks->h->first;
  size_t budget = 2000;
  for (size_t a = 0; a < nm && budget > 0; a++)
    for (size_t b = 0; b < nx && budget > 0; b++, budget--)
      {
        size_t ne = mr[a].k1 - mr[a].k0, nk = xr[b].k1 - xr[b].k0;
        if (ne == 0 || nk == 0)
          continue;
        size_t e0 = (size_t) (v[mr[a].k0].en - ef);
        size_t k0 = (size_t) (v[xr[b].k0].ko - kf);
        if (es->seg[e0].kind != ks->seg[k0].kind
            || ne > 4 * nk + 4 || nk > 4 * ne + 4)
          continue;
        struct td_bead_at *beads;
        size_t nb;
        td_bitext_align (es->seg + e0, ne, ks->seg + k0, nk,
                         &td_bitext_blocks, &beads, &nb);
        int ratio = td_bitext_ratio (es->seg + e0, ne, ks->seg + k0, nk);
        int64_t apart = 0, together = 0;
        size_t paired = 0;
        bool evidence = false;
        for (size_t i = 0; i < ne; i++)
          apart += td_bitext_cost (es->seg + e0 + i, 1, NULL, 0, ratio,
                                   &td_bitext_blocks);
        for (size_t j = 0; j < nk; j++)
          apart += td_bitext_cost (NULL, 0, ks->seg + k0 + j, 1, ratio,
                                   &td_bitext_blocks);
        for (size_t t = 0; t < nb; t++)
          {
            static const int bne[] = { 1, 1, 0, 2, 1 }, bnk[] = { 1, 0, 1, 1, 2 };
            int32_t c = td_bitext_cost (es->seg + e0 + beads[t].e,
                                        (size_t) bne[beads[t].kind],
                                        ks->seg + k0 + beads[t].k,
                                        (size_t) bnk[beads[t].kind], ratio,
                                        &td_bitext_blocks);
            together += c;
            evidence |= beads[t].kind == TD_BEAD_11 && c <= -200;
            paired += beads[t].kind == TD_BEAD_11;
          }
        /* Most blocks pair, and the pairing explains them far better
           than two runs of strangers.  */
        if (beads[0].kind != TD_BEAD_11 || !evidence
            || 3 * paired < 2 * (ne < nk ? ne : nk) || together > apart / 2)
          {
            free (beads);
            continue;
          }
        for (size_t t = 0; t < nb; t++)
          if (beads[t].kind == TD_BEAD_11)
            {
              struct td_pair *q = &v[xr[b].k0 + beads[t].k];
              struct td_pair *m = &v[mr[a].k0 + beads[t].e];
              q->kind = TD_PAIR_MOVED;
              q->en = m->en;
              m->en = -1; /* tombstone */
            }
        free (beads);
        /* Each run is used once.  */
        mr[a].k1 = mr[a].k0;
        xr[b].k1 = xr[b].k0;
        break;
      }
  free (mr);
  free (xr);
  size_t w = 0;
  for (size_t k = 0; k < out->n; k++)
    if (!(v[k].kind == TD_PAIR_MISSING && v[k].en < 0))
      v[w++] = v[k];
  out->n = w;
}

/* Sets where each Korean block without an English counterpart would
   stand in the English text: after the last English block paired
   before it, unless it is in a moved section, which placed it.  */
static void
place_extras (struct td_alignment *out)
{
  long last = -1;
  for (size_t k = 0; k < out->n; k++)
    {
      struct td_pair *q = &out->pairs[k];
      if (q->kind == TD_PAIR_EXTRA && q->en_at < 0)
        q->en_at = last;
      else if (q->kind != TD_PAIR_MOVED && q->en >= 0)
        last = q->en2 >= 0 ? q->en2 : q->en;
    }
}

void
td_align (const struct td_half *en, const struct td_half *ko,
          struct td_alignment *out)
{
  struct side es, ks;
  side_init (&es, en);
  side_init (&ks, ko);
  struct pairs p = { NULL, 0, 0 };
  align_sections (&p, &es, &ks);
  out->pairs = p.v;
  out->n = p.n;
  out->en_pair = xmalloc ((es.n + 1) * sizeof (long));
  out->ko_pair = xmalloc ((ks.n + 1) * sizeof (long));
  index_pairs (out, en, ko);
  find_moves (out, &es, &ks);
  index_pairs (out, en, ko);
  find_moved_runs (out, &es, &ks);
  index_pairs (out, en, ko);
  place_extras (out);
  side_free (&es);
  side_free (&ks);
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
