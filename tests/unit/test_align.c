/* test_align.c: unit tests of the LCS and of block alignment.  */
#include <config.h>
#include "util/system.h"
#include "align/align.h"
#include "rules/sign.h"

#include "harness.h"
#include "doc/source.h"
#include "doc/split.h"

static void
lcs (const char *a, const char *b, long *out)
{
  uint64_t x[64], y[64];
  size_t n = strlen (a), m = strlen (b);
  for (size_t i = 0; i < n; i++)
    x[i] = (uint64_t) a[i];
  for (size_t j = 0; j < m; j++)
    y[j] = (uint64_t) b[j];
  td_align_lcs (x, n, y, m, out);
}

static int
matched (const long *a2b, size_t n)
{
  int k = 0;
  for (size_t i = 0; i < n; i++)
    k += a2b[i] >= 0;
  return k;
}

static void
test_lcs (void)
{
  long v[64];
  lcs ("abcabba", "cbabac", v);
  INT_EQ (matched (v, 7), 4, "Myers' example: LCS of 4");
  lcs ("abcdef", "abcdef", v);
  INT_EQ (matched (v, 6), 6, "equal");
  lcs ("abcdef", "abdef", v);
  INT_EQ (v[2], -1, "deleted c");
  INT_EQ (v[3], 2, "d realigned after the deletion");
  lcs ("abc", "", v);
  INT_EQ (matched (v, 3), 0, "empty side");
  lcs ("", "abc", v);
  OK (true, "empty first side does not crash");
  /* Monotonic and valid.  */
  lcs ("xaybzcxaybzc", "abcxyzabc", v);
  long last = -1;
  bool mono = true;
  for (size_t i = 0; i < 12; i++)
    if (v[i] >= 0)
      {
        mono = mono && v[i] > last;
        last = v[i];
      }
  OK (mono, "matches are in order");
}

static struct td_doc *
parse (const char *text)
{
  struct td_doc *d = td_doc_parse (td_source_from_memory ("t.md", text,
                                                        strlen (text)));
  td_sign (d, 0, d->nblocks, NULL, false);
  return d;
}

static void
test_pairs (void)
{
  struct td_doc *en = parse ("# A {#a}\n\nOne `x`.\n\nTwo `y`.\n\nThree `z`.\n\n"
                             "# B {#b}\n\nFour.\n");
  struct td_doc *ko = parse ("# 가 {#a}\n\n하나 `x`.\n\n셋 `z`.\n\n"
                             "# 나 {#b}\n\n넷.\n");
  struct td_half eh, kh;
  td_half_whole (en, "en", &eh);
  td_half_whole (ko, "ko", &kh);
  struct td_alignment al;
  td_align (&eh, &kh, &al);
  int missing = 0, paired = 0, other = 0;
  long missing_en = -1, at = -2;
  for (size_t i = 0; i < al.n; i++)
    switch (al.pairs[i].kind)
      {
      case TD_PAIR_MISSING:
        missing++;
        missing_en = al.pairs[i].en;
        at = al.pairs[i].at;
        break;
      case TD_PAIR_SAME:
      case TD_PAIR_CHANGED:
        paired++;
        break;
      case TD_PAIR_MOVED:
      case TD_PAIR_EXTRA:
      default:
        other++;
        break;
      }
  INT_EQ (missing, 1, "one missing block");
  INT_EQ (missing_en, 2, "the second paragraph is the missing one");
  INT_EQ (at, 2, "it would stand before the Korean third paragraph");
  INT_EQ (paired, 5, "the rest pairs up");
  INT_EQ (other, 0, "no noise after the gap");
  td_alignment_free (&al);
  td_doc_free (en);
  td_doc_free (ko);

  /* Two sections swapped: a move, not a cascade.  */
  en = parse ("# A {#a}\n\nAlpha `1`.\n\n# B {#b}\n\nBeta `2`.\n");
  ko = parse ("# 나 {#b}\n\n베타 `2`.\n\n# 가 {#a}\n\n알파 `1`.\n");
  td_half_whole (en, "en", &eh);
  td_half_whole (ko, "ko", &kh);
  td_align (&eh, &kh, &al);
  int moved = 0, unmatched = 0;
  for (size_t i = 0; i < al.n; i++)
    {
      moved += al.pairs[i].kind == TD_PAIR_MOVED;
      unmatched += al.pairs[i].kind == TD_PAIR_MISSING
                   || al.pairs[i].kind == TD_PAIR_EXTRA;
    }
  INT_EQ (moved, 2, "heading and its paragraph moved");
  INT_EQ (unmatched, 0, "nothing left unmatched");
  td_alignment_free (&al);
  td_doc_free (en);
  td_doc_free (ko);
}

/* A swapped section whose English ends with a paragraph the Korean lacks,
   and one whose Korean adds a paragraph: each is placed inside the moved
   section, as it would be without the move, not at the end of the Korean
   page or after the block before the section.  */
static void
test_moved_gaps (void)
{
  static const char *const en_text[] = {
    "# A {#a}\n\nAlpha `1`.\n\nAlpha again `11`.\n\n"
    "# B {#b}\n\nBeta `2`.\n\nBeta again `22`.\n\n"
    "# C {#c}\n\nGamma `3`.\n",
    "# A {#a}\n\nAlpha `1`.\n\n# B {#b}\n\nBeta `2`.\n\n"
    "# C {#c}\n\nGamma `3`.\n"
  };
  static const char *const ko_text[] = {
    "# 나 {#b}\n\n베타 `2`.\n\n# 가 {#a}\n\n알파 `1`.\n\n"
    "# 다 {#c}\n\n감마 `3`.\n",
    "# 나 {#b}\n\n베타 `2`.\n\n더하는 말 `22`.\n\n"
    "# 가 {#a}\n\n알파 `1`.\n\n더하는 말 `11`.\n\n"
    "# 다 {#c}\n\n감마 `3`.\n"
  };
  for (int t = 0; t < 2; t++)
    {
      struct td_doc *en = parse (en_text[t]), *ko = parse (ko_text[t]);
      struct td_half eh, kh;
      td_half_whole (en, "en", &eh);
      td_half_whole (ko, "ko", &kh);
      struct td_alignment al;
      td_align (&eh, &kh, &al);
      int moved = 0, gaps = 0, inside = 0;
      for (size_t i = 0; i < al.n; i++)
        {
          const struct td_pair *q = &al.pairs[i];
          moved += q->kind == TD_PAIR_MOVED;
          if (q->kind == TD_PAIR_MISSING)
            {
              /* "Alpha again" (2) before "# 다" (4), "Beta again" (5)
                 before "# 가" (2).  */
              gaps++;
              inside += (q->en == 2 && q->at == 4) || (q->en == 5 && q->at == 2);
            }
          else if (q->kind == TD_PAIR_EXTRA)
            {
              /* The Korean additions after "Beta" (3) and "Alpha" (1).  */
              gaps++;
              inside += (q->ko == 2 && q->en_at == 3)
                        || (q->ko == 5 && q->en_at == 1);
            }
        }
      OK (moved >= 2, "a section moved");
      INT_EQ (gaps, 2, "two blocks on one side only");
      INT_EQ (inside, 2, "each placed in its own section");
      td_alignment_free (&al);
      td_doc_free (en);
      td_doc_free (ko);
    }
}

static void
test_large (void)
{
  /* 20,000 headings with one removed in the middle: near-linear.  */
  size_t n = 20000;
  uint64_t *a = malloc (n * sizeof *a), *b = malloc (n * sizeof *b);
  long *v = malloc (n * sizeof *v);
  for (size_t i = 0; i < n; i++)
    a[i] = i + 1;
  size_t m = 0;
  for (size_t i = 0; i < n; i++)
    if (i != n / 2)
      b[m++] = i + 1;
  td_align_lcs (a, n, b, m, v);
  INT_EQ (matched (v, n), (int) n - 1, "all but one matched");
  INT_EQ (v[n / 2], -1, "the removed one");
  /* Completely different inputs finish too (bounded work).  */
  for (size_t i = 0; i < n; i++)
    b[i] = n + i + 7;
  td_align_lcs (a, n, b, n, v);
  INT_EQ (matched (v, n), 0, "nothing in common");
  /* Regression (bad-input-big): a page of blocks that nothing identifies,
     with one in common, cost time quadratic in their number.  The work is
     capped, as in GNU diff, so the lone match may be given up.  */
  b[n / 2] = a[n / 3];
  td_align_lcs (a, n, b, n, v);
  INT_EQ (matched (v, n) <= 1, 1, "one in common among unrelated blocks");
  free (a);
  free (b);
  free (v);
}

int
main (void)
{
  test_lcs ();
  test_pairs ();
  test_moved_gaps ();
  test_large ();
  return td_test_end ("test_align");
}
