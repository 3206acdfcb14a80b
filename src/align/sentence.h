/* sentence.h: sentences of a block's text, and their alignment between a
   paired English and Korean block.

   Splitting (after ../shared/research/alignment.md 5): a sentence ends
   at '.', '!', '?', '…' or '。' (a run of them, with closing quotes and
   brackets) followed by white space or the end of the text, and:
     - not inside a token ("Node.js", "astro.config.mjs", "v1.2.3");
     - not after an abbreviation (e.g., i.e., vs., cf., Fig., No.), nor
       after "etc." when the next word is lower-case;
     - not when the next word starts with a lower-case letter (English);
     - not between two numbers ("2024. 3. 15.", a Korean date);
     - in Korean also right before a Hangul syllable without a space
       ("실행하세요.그런 다음"), but not after a closing quote that a
       particle or quotative follows ("완료되었습니다."라는).
   A colon ends a block, not a sentence.

   Alignment is bitext.h's programme over the sentences (length and the
   Latin words, numbers and code-like tokens each sentence holds, and the
   English terms a Korean sentence glosses), with
   sentence priors: translators often join two short sentences or split a
   long one, and that is no finding.  */
#ifndef TD_SENTENCE_H
#define TD_SENTENCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "align/bitext.h"

struct td_sentence
{
  size_t start, end; /* bytes [start, end) of the text, trimmed */
};

/* The sentences of TEXT (N bytes), KOREAN or English rules, into *OUT (a
   new array; *NOUT entries, at least one unless TEXT is blank).  */
void td_sentences_split (const char *text, size_t n, bool korean,
                         struct td_sentence **out, size_t *nout);

/* One side of a sentence alignment: its text and sentences.  */
struct td_sentence_side
{
  const char *text;            /* not owned */
  struct td_sentence *s;       /* owned */
  size_t n;
  struct td_seg *seg;          /* owned, one per sentence */
  uint64_t *anchors;           /* owned pool of the segments' anchors */
  unsigned *breaks;            /* owned pool of the Korean segments'
                                  clause boundaries */
  uint64_t *sounds;            /* owned, sorted and unique: the sound keys
                                  (translit.h) of the Korean side's words,
                                  NULL for the English side */
  size_t nsounds;
};

/* Splits and measures TEXT (N bytes) into SIDE, KOREAN or English.  For
   the English side, OTHER is the Korean side already made (or NULL): its
   Latin words (the English terms that Korean writers gloss, "상태
   (health)") and the sound keys of its loanwords ("컴퓨터" for
   "computer") become anchors of the English sentences that hold them,
   and OTHER's segments keep only the sound keys that an English word
   has (a Korean word that sounds like none is no evidence).  */
void td_sentence_side_init (struct td_sentence_side *side, const char *text,
                            size_t n, bool korean,
                            struct td_sentence_side *other);

/* An anchor that the caller knows a sentence holds: what the text of the
   sentence does not show, such as the destination of a link.  */
struct td_sentence_mark
{
  size_t sentence;  /* index into the side's sentences */
  uint64_t anchor;  /* a hash (td_bitext_hash); the low bit set for an
                       item that a translation must keep */
};

/* Adds the anchors M[0..NM) to the sentences of SIDE they name (in any
   order; a mark naming no sentence is ignored), keeping each sentence's
   anchors sorted and unique and its count of items.  */
void td_sentence_side_mark (struct td_sentence_side *side,
                            const struct td_sentence_mark *m, size_t nm);

/* Leaves in each segment of EN and KO only the anchors, other than
   items, that some segment of the other side has: an English word that
   the Korean paragraph translates is no evidence for any pairing, and
   every anchor left says that its sentence pairs with the one holding
   its counterpart (td_bitext_params.stray).  Items stay: a translation
   must keep them.  */
void td_sentences_prune (struct td_sentence_side *en,
                         struct td_sentence_side *ko);

/* Frees what SIDE owns.  */
void td_sentence_side_free (struct td_sentence_side *side);

/* Aligns the sentences of EN with those of KO, for the page's length
   RATIO (thousandths; 0: estimate it from the two blocks): the beads in
   order (a new array, *NOUT entries).  */
void td_sentences_align (const struct td_sentence_side *en,
                         const struct td_sentence_side *ko, int ratio,
                         struct td_bead_at **out, size_t *nout);

/* The cost of the alignment BEADS (NB of them) of EN with KO.  */
int64_t td_sentences_cost (const struct td_sentence_side *en,
                           const struct td_sentence_side *ko, int ratio,
                           const struct td_bead_at *beads, size_t nb);

/* The cost of the best alignment of EN with KO that leaves no sentence
   alone: every English sentence in a group with Korean ones (1-1, 2-1,
   1-2, 2-2, 3-1, 1-3); INT64_MAX when a side is empty.  A sentence is
   missing only when this costs clearly more than the best alignment.  */
int64_t td_sentences_cost_no_skip (const struct td_sentence_side *en,
                                   const struct td_sentence_side *ko,
                                   int ratio);

#endif
