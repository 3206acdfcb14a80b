/* bitext.h: a scored alignment of two sequences of segments (blocks or
   sentences), as bitext aligners do it (Gale and Church 1993 for the
   length model, hunalign and Bleualign for lexical anchors): a dynamic
   programme over beads 1-1, 1-0, 0-1 and, for segments that may be joined
   or split, 2-1 and 1-2, whose cost combines

     - the kind and depth of the segments (a heading pairs with a heading);
     - their lengths against the expected Korean/English length ratio
       (Gale-Church: the difference of lengths is normal with a variance
       proportional to the length);
     - the lexical material a translation keeps, compared as sets of
       hashes (Latin-script names, numbers, inline code, link
       destinations, placeholders): a weighted Jaccard similarity;
     - a content signature that identifies a segment outright (code, an
       anchored heading);
     - a prior for each kind of bead.

   Lengths are in weighted characters: a Hangul syllable counts 2, any
   other character 1, white space 0 (see ../shared/research/alignment.md
   2.6: this unit gives a Korean/English ratio near 0.92 with the lowest
   spread).  Costs are integers (hundredths of a nat), so ties break the
   same way everywhere.  */
#ifndef TD_BITEXT_H
#define TD_BITEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One segment of one side.  */
struct td_seg
{
  int kind;                 /* segments of different kinds never pair */
  int depth;                /* nesting; a difference costs */
  int level;                /* heading level, list type...; a difference
                               costs a little */
  unsigned len;             /* weighted length of its prose; 0 when it has
                               none (containers, code) */
  const uint64_t *anchors;  /* sorted hashes of what a translation keeps
                               (not owned); the low bit is set for items
                               (code, links, numbers, placeholders), which
                               a translation must keep, and clear for
                               Latin words, which it usually keeps */
  size_t nanchors;
  size_t nitems;            /* anchors with the low bit set */
  uint64_t content;         /* content signature, 0 when none */
  bool joinable;            /* may take part in a 2-1 or 1-2 bead */
  bool clauses;             /* a Korean sentence whose clause boundaries
                               are known: a 2-1 bead needs one that cuts
                               it where the two English lengths do */
  const unsigned *breaks;   /* the weighted lengths before each clause
                               boundary, ascending (not owned) */
  size_t nbreaks;
};

enum td_bead
{
  TD_BEAD_11,
  TD_BEAD_10, /* an English segment without a Korean counterpart */
  TD_BEAD_01, /* a Korean segment without an English counterpart */
  TD_BEAD_21, /* two English segments joined in one Korean */
  TD_BEAD_12  /* one English segment split in two Korean */
};

/* The most cells one programme computes (five bytes each).  */
#define TD_BITEXT_MAX_CELLS ((size_t) 1 << 24)

/* A bead of the result: English segments [e, e + ne) with Korean [k, k +
   nk), NE and NK as the kind says.  */
struct td_bead_at
{
  enum td_bead kind;
  size_t e, k;
};

/* How a programme is run.  */
struct td_bitext_params
{
  int ratio;        /* Korean/English length ratio in thousandths; 0:
                       estimate it from the segments (td_bitext_ratio) */
  double s2;        /* Gale and Church's variance per English length
                       unit */
  int join_prior;   /* the cost of a 2-1 bead (two English segments in
                       one Korean) before its length and anchors */
  int split_prior;  /* the same for a 1-2 bead (one English segment in
                       two Korean) */
  int stray;        /* the cost of each anchor, not an item, that only
                       one side of a bead has, up to 3 of them; 0 where
                       an anchor may have no counterpart at all, as
                       between blocks.  For segments whose anchors all
                       have a counterpart somewhere on the other side
                       (td_sentences_prune), a stray anchor says that
                       its counterpart is in another bead.  */
  int item;         /* the cost of each item (code, link, number...)
                       that only one side of a bead has, up to 500 in
                       all.  Between sentences of paired paragraphs an
                       item is exact evidence: when the other paragraph
                       has it, it says which sentence translates which
                       better than a word does (stray) */
  int proven_cap;   /* the most the lengths may cost a bead whose two
                       sides share 2 or more items and have no item of
                       their own; 0: no such cap */
};

/* Parameters for blocks and for sentences (alignment.md 2.6: variance 4.4
   for paragraphs, 2.65 for sentences).  Korean translators often split a
   long English sentence in two (Gale and Church's prior, 230); they join
   two English sentences less often, and a join must not hide an English
   sentence added later, so it costs as much as leaving one out.
   Paragraphs are seldom joined or split, so that needs clear evidence.  */
extern const struct td_bitext_params td_bitext_blocks, td_bitext_sentences;

/* The ratio of Korean to English weighted length that a translation is
   expected to have, estimated from the segments of both sides that can
   pair (shrunk towards the measured 0.92 when there is little text), in
   thousandths.  */
int td_bitext_ratio (const struct td_seg *e, size_t n, const struct td_seg *k,
                     size_t m);

/* The cost of a bead joining E[0..NE) with K[0..NK) (NE, NK in 0..2, not
   both 0), with RATIO from td_bitext_ratio; INT32_MAX when the segments
   may not pair (other kinds, a 2-1 of segments that are not joinable).
   Exposed for tests.  */
int32_t td_bitext_cost (const struct td_seg *e, size_t ne,
                        const struct td_seg *k, size_t nk, int ratio,
                        const struct td_bitext_params *p);

/* The cost of taking E[0..NE) and K[0..NK) (both at least 1, any number)
   as one group that translate each other, for segments of one kind: the
   join prior for every segment beyond one on each side, the anchors and
   the lengths of the group.  Used to judge whether a segment left alone
   could as well belong to its neighbour's group.  */
int32_t td_bitext_group_cost (const struct td_seg *e, size_t ne,
                              const struct td_seg *k, size_t nk, int ratio,
                              const struct td_bitext_params *p);

/* Aligns E[0..N) with K[0..M) as P says and stores the beads, in order, in *OUT (a
   new array, *NOUT entries; every segment is in exactly one bead).  The
   programme is banded around the diagonal: only cells within a band of
   half-width R of the line from (0, 0) to (N, M) are computed, R starting
   at max (16, 2 |N - M| + 8); when the best path comes within R / 4 of
   the band's edge the band is doubled and the programme run again, up to
   the full matrix, or until the band holds TD_BITEXT_MAX_CELLS cells (on
   a page of hundreds of thousands of blocks, the band stays narrower and
   the result may be a little off where the pages differ most).  The cost
   is O ((N + M) R) time and memory.  */
void td_bitext_align (const struct td_seg *e, size_t n,
                      const struct td_seg *k, size_t m,
                      const struct td_bitext_params *p,
                      struct td_bead_at **out, size_t *nout);



/* The weighted length of the prose in S (N bytes): a Hangul syllable 2,
   any other character 1, white space 0.  */
unsigned td_bitext_length (const char *s, size_t n);

/* 64-bit FNV-1a of S (N bytes) with a kind tag, for anchors.  */
uint64_t td_bitext_hash (int tag, const char *s, size_t n);

#endif
