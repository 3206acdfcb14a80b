/* test_bitext.c: the scorer and the banded programme of align/bitext.c,
   the sentence splitter and aligner of align/sentence.c, on small
   hand-made sequences.  */
#include <config.h>
#include "util/system.h"
#include "align/bitext.h"
#include "align/sentence.h"
#include "align/translit.h"

#include "harness.h"

/* A paragraph-like segment of length LEN with the anchors A (N).  */
static struct td_seg
seg (unsigned len, const uint64_t *a, size_t n)
{
  struct td_seg s;
  memset (&s, 0, sizeof s);
  s.len = len;
  s.anchors = a;
  s.nanchors = n;
  s.joinable = true;
  return s;
}

static const char *
shape (const struct td_bead_at *v, size_t n, char *buf)
{
  static const char *const names[] = { "11", "10", "01", "21", "12" };
  buf[0] = '\0';
  for (size_t i = 0; i < n; i++)
    {
      strcat (buf, names[v[i].kind]);
      if (i + 1 < n)
        strcat (buf, " ");
    }
  return buf;
}

/* The weighted length: a Hangul syllable counts two, any other
   character one, white space nothing; a stray continuation byte counts
   once per run.  */
static void
test_length (void)
{
  INT_EQ (td_bitext_length ("", 0), 0, "length: empty");
  INT_EQ (td_bitext_length ("a b\tc\n", 6), 3, "length: ASCII, spaces free");
  INT_EQ (td_bitext_length ("가 나", 7), 4, "length: syllables count two");
  INT_EQ (td_bitext_length ("\xe3\x84\xb1\xc3\xa9", 5), 2,
          "length: a jamo and an accented letter count one");
  INT_EQ (td_bitext_length ("\x80\x80" "a\x80", 4), 3,
          "length: stray continuation bytes, once per run");
  INT_EQ (td_bitext_length ("\xea\xb0", 2), 1, "length: a cut syllable");
  INT_EQ (td_bitext_length ("\xed\x9e\xa3\xed\x9e\xa4", 6), 3,
          "length: U+D7A3 is the last syllable");
}

static void
test_cost (void)
{
  static const uint64_t a[] = { 11, 21, 31 }, b[] = { 11, 21, 31 },
                        c[] = { 41, 51 };
  struct td_seg e = seg (100, a, 3), same = seg (92, b, 3),
                other = seg (92, c, 2), longer = seg (300, b, 3);
  int32_t good = td_bitext_cost (&e, 1, &same, 1, 920, &td_bitext_blocks);
  int32_t strange = td_bitext_cost (&e, 1, &other, 1, 920,
                                    &td_bitext_blocks);
  int32_t stretched = td_bitext_cost (&e, 1, &longer, 1, 920,
                                      &td_bitext_blocks);
  OK (good < strange, "shared anchors cost less than foreign ones");
  OK (good < stretched, "a length far off costs more");
  OK (good < 0, "a translation that keeps every anchor is a bonus");
  OK (td_bitext_cost (&e, 1, NULL, 0, 920, &td_bitext_blocks) > good,
      "leaving a translated block out costs more than pairing it");
  struct td_seg k = same;
  k.kind = 3;
  INT_EQ (td_bitext_cost (&e, 1, &k, 1, 920, &td_bitext_blocks), INT32_MAX,
          "other kinds never pair");
  INT_EQ (td_bitext_ratio (NULL, 0, NULL, 0), 920, "the prior ratio");
}

static void
test_align_shapes (void)
{
  char buf[256];
  struct td_bead_at *v;
  size_t n;
  static const uint64_t x[] = { 101 }, y[] = { 202 }, z[] = { 303 };
  /* One English paragraph missing in the middle.  */
  struct td_seg e[3] = { seg (80, x, 1), seg (120, y, 1), seg (60, z, 1) };
  struct td_seg k[2] = { seg (75, x, 1), seg (55, z, 1) };
  td_bitext_align (e, 3, k, 2, &td_bitext_blocks, &v, &n);
  STR_EQ (shape (v, n, buf), "11 10 11", "a missing paragraph");
  free (v);
  /* One Korean paragraph without English counterpart.  */
  td_bitext_align (k, 2, e, 3, &td_bitext_blocks, &v, &n);
  STR_EQ (shape (v, n, buf), "11 01 11", "an extra paragraph");
  free (v);
  /* A long English sentence split in two Korean sentences.  */
  struct td_seg s[2] = { seg (60, NULL, 0), seg (140, NULL, 0) };
  struct td_seg t[3] = { seg (55, NULL, 0), seg (60, NULL, 0),
                         seg (70, NULL, 0) };
  td_bitext_align (s, 2, t, 3, &td_bitext_sentences, &v, &n);
  STR_EQ (shape (v, n, buf), "11 12", "a 1-2 split");
  free (v);
  /* Empty sides.  */
  td_bitext_align (e, 3, NULL, 0, &td_bitext_blocks, &v, &n);
  STR_EQ (shape (v, n, buf), "10 10 10", "nothing on the Korean side");
  free (v);
  td_bitext_align (NULL, 0, NULL, 0, &td_bitext_blocks, &v, &n);
  INT_EQ (n, 0, "nothing on either side");
  free (v);
}

static void
test_many (void)
{
  /* A thousand identical paragraphs, one of them left out: the banded
     programme still pairs all the others, in order.  */
  size_t n = 1000;
  struct td_seg *e = calloc (n, sizeof *e), *k = calloc (n, sizeof *k);
  for (size_t i = 0; i < n; i++)
    e[i] = k[i] = seg (100, NULL, 0);
  struct td_bead_at *v;
  size_t nb;
  td_bitext_align (e, n, k, n - 1, &td_bitext_blocks, &v, &nb);
  size_t pairs = 0, alone = 0;
  for (size_t i = 0; i < nb; i++)
    {
      pairs += v[i].kind == TD_BEAD_11;
      alone += v[i].kind == TD_BEAD_10;
    }
  INT_EQ (pairs, n - 1, "all but one pair");
  INT_EQ (alone, 1, "one left alone");
  free (v);
  free (e);
  free (k);
}

static void
test_split (void)
{
  static const struct
  {
    const char *text;
    bool korean;
    size_t n;
  } cases[] = {
    { "Install the CLI. Then run `npm start`.", false, 2 },
    { "Use v1.2.3 or later. Older versions are not supported.", false, 2 },
    { "Edit astro.config.mjs to enable it.", false, 1 },
    { "Set a timeout, e.g. 30 s, before you deploy.", false, 1 },
    { "Is the server running? Check the logs!", false, 2 },
    { "Wait until Loading... disappears.", false, 1 },
    { "설치합니다. 그다음 실행합니다.", true, 2 },
    { "설치합니다.그다음 실행합니다.", true, 2 },
    { "\"완료되었습니다.\"라는 메시지가 나옵니다.", true, 1 },
    { "2024. 3. 15.에 출시되었습니다.", true, 1 },
    { "설정합니다. `npm`으로 설치합니다.", true, 2 },
    { "", false, 0 },
  };
  for (size_t i = 0; i < ARRAY_SIZE (cases); i++)
    {
      struct td_sentence *s;
      size_t n;
      td_sentences_split (cases[i].text, strlen (cases[i].text),
                          cases[i].korean, &s, &n);
      INT_EQ (n, cases[i].n, cases[i].text);
      free (s);
    }
}

/* The English terms a Korean sentence glosses are anchors of both sides,
   and only the English sentences that hold them get them.  */
static void
test_glosses (void)
{
  const char *ko = "로드 밸런서는 모든 서버의 상태(health)를 감시합니다. "
                   "팀은 로드 밸런서를 서버 앞에 둡니다.";
  const char *en = "It watches the health of every server. "
                   "Teams place the load balancer in front of the servers.";
  struct td_sentence_side ks, es, bare;
  td_sentence_side_init (&ks, ko, strlen (ko), true, NULL);
  td_sentence_side_init (&es, en, strlen (en), false, &ks);
  td_sentence_side_init (&bare, en, strlen (en), false, NULL);
  INT_EQ (ks.n, 2, "two Korean sentences");
  INT_EQ (es.n, 2, "two English sentences");
  /* Besides the gloss, the loanword 밸런서 is a sound anchor of both
     Korean sentences, and "balancer" of the second English one; 서버 and
     "server" have too few consonants to be one.  */
  INT_EQ (ks.seg[0].nanchors, 2, "the gloss and 밸런서 are Korean anchors");
  INT_EQ (ks.seg[1].nanchors, 1, "no Latin word: 밸런서 alone");
  INT_EQ (es.seg[0].nanchors, 1, "the glossed word is an English anchor");
  INT_EQ (es.seg[1].nanchors, 1, "\"balancer\" meets 밸런서");
  INT_EQ (es.seg[1].anchors[0] == ks.seg[1].anchors[0], 1,
          "the sound anchors are the same");
  OK (es.seg[0].anchors[0] == ks.seg[0].anchors[0]
        || es.seg[0].anchors[0] == ks.seg[0].anchors[1],
      "the gloss anchors are the same");
  INT_EQ (bare.seg[0].nanchors, 0, "without the Korean side, none");
  INT_EQ (bare.seg[1].nanchors, 0, "nor sound anchors");
  td_sentence_side_free (&ks);
  td_sentence_side_free (&es);
  td_sentence_side_free (&bare);
}

/* A Korean sentence that joins two English ones has a clause boundary
   (a connective ending, a comma) where their lengths cut it; one that
   translates the first alone has none there, and then the second
   English sentence stands alone.  */
static void
test_joins (void)
{
  const char *ko1 = "React 개발은 Meta의 전담 팀이 주도하며, "
                    "전 세계 개발자들이 기여하고 있습니다.";
  const char *en1 = "React development is led by a dedicated team working "
                    "full time at Meta. It also receives contributions from "
                    "people all over the world.";
  const char *ko2 = "또한, 인터페이스를 통한 상호작용 상에 특정 기능 적용이 "
                    "필요한 경우, API 게이트웨이를 활용하여 해당 기능을 앱 "
                    "코드의 변경 없이 모든 트래픽에 균일하게 적용할 수 있다.";
  const char *en2 = "Additionally, if you need to apply functionality on "
                    "those interactions, an API gateway allows you to "
                    "uniformly apply it to all traffic without requiring "
                    "any app code changes. Review the settings carefully "
                    "before you apply them in production.";
  struct td_sentence_side ks, es;
  td_sentence_side_init (&ks, ko1, strlen (ko1), true, NULL);
  td_sentence_side_init (&es, en1, strlen (en1), false, &ks);
  OK (ks.n == 1 && ks.seg[0].clauses && ks.seg[0].nbreaks >= 1,
      "a clause boundary after 주도하며,");
  int32_t join = td_bitext_group_cost (es.seg, 2, ks.seg, 1, 903,
                                       &td_bitext_sentences);
  int32_t apart = td_bitext_group_cost (es.seg, 1, ks.seg, 1, 903,
                                        &td_bitext_sentences)
                  + td_bitext_cost (es.seg + 1, 1, NULL, 0, 903,
                                    &td_bitext_sentences);
  /* rule_sentence.c reports a sentence left alone only when joining it
     costs at least 150 more.  */
  OK (join - apart < 150, "the two English sentences may join");
  td_sentence_side_free (&es);
  td_sentence_side_free (&ks);

  td_sentence_side_init (&ks, ko2, strlen (ko2), true, NULL);
  td_sentence_side_init (&es, en2, strlen (en2), false, &ks);
  INT_EQ (es.n, 2, "two English sentences");
  join = td_bitext_group_cost (es.seg, 2, ks.seg, 1, 890,
                               &td_bitext_sentences);
  apart = td_bitext_group_cost (es.seg, 1, ks.seg, 1, 890,
                                &td_bitext_sentences)
          + td_bitext_cost (es.seg + 1, 1, NULL, 0, 890,
                            &td_bitext_sentences);
  OK (join - apart >= 300, "no cut fits: the added sentence stands alone");
  td_sentence_side_free (&es);
  td_sentence_side_free (&ks);
}

/* Items prove a bead where lengths doubt it: a terse Korean sentence
   that joins 2 English sentences, with all 4 of their links, in under
   half their length is their translation, not the first one's with the
   second left out.  Without the items the lengths decide.  */
static void
test_proven (void)
{
  static const uint64_t l1[] = { 0x11, 0x23 }, l2[] = { 0x35, 0x47 },
                        all[] = { 0x11, 0x23, 0x35, 0x47 };
  struct td_seg e[2] = { seg (75, l1, 2), seg (100, l2, 2) };
  struct td_seg k = seg (74, all, 4);
  e[0].nitems = e[1].nitems = 2;
  k.nitems = 4;
  const struct td_bitext_params *p = &td_bitext_sentences;
  int32_t join = td_bitext_group_cost (e, 2, &k, 1, 866, p);
  int32_t apart = td_bitext_group_cost (e, 1, &k, 1, 866, p)
                  + td_bitext_cost (e + 1, 1, NULL, 0, 866, p);
  OK (join < apart, "the links join the two sentences");
  /* The same lengths without items: the second sentence stands alone.  */
  struct td_seg pe[2] = { seg (75, NULL, 0), seg (100, NULL, 0) };
  struct td_seg pk = seg (74, NULL, 0);
  join = td_bitext_group_cost (pe, 2, &pk, 1, 866, p);
  apart = td_bitext_group_cost (pe, 1, &pk, 1, 866, p)
          + td_bitext_cost (pe + 1, 1, NULL, 0, 866, p);
  OK (join - apart >= 150, "without items the lengths leave one alone");
  /* Items of one English sentence only do not prove a join.  */
  struct td_seg oe[2] = { seg (75, all, 4), seg (100, NULL, 0) };
  oe[0].nitems = 4;
  join = td_bitext_group_cost (oe, 2, &k, 1, 866, p);
  apart = td_bitext_group_cost (oe, 1, &k, 1, 866, p)
          + td_bitext_cost (oe + 1, 1, NULL, 0, 866, p);
  OK (join - apart >= 150, "a join with items of one side stays dear");
  /* Block alignment is unchanged: no cap there.  */
  OK (td_bitext_blocks.proven_cap == 0, "no cap between blocks");
}

/* Sound keys: an English word and the Korean loanword written for it
   have the same consonant classes, and the syllables the loanword would
   have; words that share consonants by chance differ in syllables.  */
static void
test_sounds (void)
{
  static const struct
  {
    const char *en, *key;
    size_t syl;
  } en[] = {
    { "computer", "KMPT", 3 },   { "component", "KMPNT", 4 },
    { "online", "NLN", 2 },      { "hint", "HNT", 2 },
    { "keyboard", "KPT", 3 },    { "application", "PLKSN", 5 },
    { "javascript", "SPSKLPT", 6 }, { "test", "TST", 3 },
    { "sense", "SNS", 2 },       { "server", "", 2 },
    { "web", "", 1 },
  };
  for (size_t i = 0; i < ARRAY_SIZE (en); i++)
    {
      char key[TD_TRANSLIT_MAX + 1];
      size_t syl = 0;
      size_t n = td_translit_en (en[i].en, strlen (en[i].en), key, &syl);
      STR_EQ (key, en[i].key, en[i].en);
      INT_EQ (n, strlen (en[i].key), en[i].en);
      if (n)
        INT_EQ (syl, en[i].syl, en[i].en);
    }
  static const struct
  {
    const char *ko, *key;
  } ko[] = {
    { "컴퓨터", "KMPT" }, { "컴포넌트", "KMPNT" }, { "온라인", "NLN" },
    { "힌트", "HNT" },    { "키보드", "KPT" },     { "애플리케이션", "PLKSN" },
    { "자바스크립트", "SPSKLPT" }, { "테스트", "TST" },
    { "지나치지", "SNS" }, { "서버", "" },
  };
  for (size_t i = 0; i < ARRAY_SIZE (ko); i++)
    {
      char key[TD_TRANSLIT_MAX + 1];
      size_t len = strlen (ko[i].ko);
      size_t n = td_translit_ko (ko[i].ko, len, len / 3, key);
      STR_EQ (key, ko[i].key, ko[i].ko);
      INT_EQ (n, strlen (ko[i].key), ko[i].ko);
    }

  /* In sentences: 컴퓨터를 (a particle after it) meets "computer";
     지나치지 and "sense" share the consonants S N S but not the
     syllables; a Korean sound that no English word has is dropped.  */
  const char *k = "컴퓨터를 다시 켜세요. 아무리 조심해도 지나치지 않습니다.";
  const char *e = "Restart the computer. It makes sense to be careful.";
  struct td_sentence_side ks, es;
  td_sentence_side_init (&ks, k, strlen (k), true, NULL);
  td_sentence_side_init (&es, e, strlen (e), false, &ks);
  INT_EQ (ks.n, 2, "two Korean sentences");
  INT_EQ (es.n, 2, "two English sentences");
  INT_EQ (es.seg[0].nanchors, 1, "\"computer\" meets 컴퓨터를");
  INT_EQ (ks.seg[0].nanchors, 1, "컴퓨터를 meets \"computer\"");
  OK (es.seg[0].nanchors == 1 && ks.seg[0].nanchors == 1
        && es.seg[0].anchors[0] == ks.seg[0].anchors[0],
      "one shared anchor");
  INT_EQ (es.seg[1].nanchors, 0, "\"sense\" does not meet 지나치지");
  INT_EQ (ks.seg[1].nanchors, 0, "no Korean sound left without a match");
  td_sentence_side_free (&es);
  td_sentence_side_free (&ks);
}

/* Anchors of a group count once: an English sentence split in two Korean
   ones that both repeat its term fits as well as when one half has it.  */
static void
test_group_anchors (void)
{
  static const uint64_t a[] = { 2 }, none[] = { 0 };
  struct td_seg e = seg (60, a, 1);
  struct td_seg both[2] = { seg (30, a, 1), seg (30, a, 1) };
  struct td_seg one[2] = { seg (30, a, 1), seg (30, none, 0) };
  INT_EQ (td_bitext_cost (&e, 1, both, 2, 1000, &td_bitext_sentences),
          td_bitext_cost (&e, 1, one, 2, 1000, &td_bitext_sentences),
          "a repeated anchor counts once");
}

/* Marks: a link destination that the plain text does not show becomes
   an item of the sentence holding it, and pairs it; anchors that the
   other side lacks are pruned, and an anchor whose counterpart is in
   another sentence costs (stray).  */
static void
test_marks (void)
{
  const char *k = "첫째 문장은 짧습니다. 둘째 문장은 우울증에 관한 글입니다.";
  const char *e = "The first sentence is short. The second one is about "
                  "depression, with a Link.";
  struct td_sentence_side ks, es;
  td_sentence_side_init (&ks, k, strlen (k), true, NULL);
  td_sentence_side_init (&es, e, strlen (e), false, &ks);
  INT_EQ (es.n, 2, "two English sentences");
  INT_EQ (ks.n, 2, "two Korean sentences");
  /* "Link" (capitalised, not first) is an English anchor the Korean
     lacks.  */
  INT_EQ (es.seg[1].nanchors, 1, "an anchor before pruning");
  uint64_t h = td_bitext_hash (4, "https://x.test/d", 16) | 1;
  struct td_sentence_mark me[] = { { 1, h } }, mk[] = { { 1, h }, { 9, 8 } };
  td_sentence_side_mark (&es, me, 1);
  td_sentence_side_mark (&ks, mk, 2);
  INT_EQ (es.seg[1].nanchors, 2, "the mark added");
  INT_EQ (es.seg[1].nitems, 1, "a mark with the low bit is an item");
  INT_EQ (ks.seg[1].nitems, 1, "a mark naming no sentence is ignored");
  INT_EQ (ks.seg[0].nanchors, 0, "nothing marked on the first sentence");
  td_sentences_prune (&es, &ks);
  INT_EQ (es.seg[1].nanchors, 1, "the anchor the Korean lacks is pruned");
  INT_EQ (ks.seg[1].nanchors, 1, "the item stays");
  OK (es.seg[1].anchors[0] == h, "the item left is the link");
  /* The shared link pulls the second sentences together.  */
  int32_t right = td_bitext_cost (&es.seg[1], 1, &ks.seg[1], 1, 1000,
                                  &td_bitext_sentences);
  int32_t wrong = td_bitext_cost (&es.seg[1], 1, &ks.seg[0], 1, 1000,
                                  &td_bitext_sentences);
  OK (right < wrong, "the sentences sharing the link pair best");
  td_sentence_side_free (&es);
  td_sentence_side_free (&ks);

  /* Stray: a sentence without anchors paired with one whose anchor has
     its counterpart elsewhere costs more than with one without.  */
  static const uint64_t a[] = { 2 };
  struct td_seg plain = seg (40, NULL, 0), with = seg (40, a, 1);
  struct td_seg other = seg (40, NULL, 0);
  OK (td_bitext_cost (&plain, 1, &with, 1, 1000, &td_bitext_sentences)
        > td_bitext_cost (&plain, 1, &other, 1, 1000, &td_bitext_sentences),
      "a stray anchor costs between sentences");
  OK (td_bitext_cost (&plain, 1, &with, 1, 1000, &td_bitext_blocks)
        == td_bitext_cost (&plain, 1, &other, 1, 1000, &td_bitext_blocks),
      "but not between blocks");
}

int
main (void)
{
  test_sounds ();
  test_marks ();
  test_group_anchors ();
  test_joins ();
  test_proven ();
  test_glosses ();
  test_length ();
  test_cost ();
  test_align_shapes ();
  test_many ();
  test_split ();
  return td_test_end ("test_bitext");
}
