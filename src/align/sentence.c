/* sentence.c: splitting a block's text into sentences and aligning the
   sentences of a paired English and Korean block (sentence.h).  */
#include <config.h>
#include "util/system.h"
#include "align/sentence.h"
#include "align/translit.h"

#include "util/u64set.h"
#include "util/utf8.h"
#include "util/xalloc.h"

/* Words after which a period does not end an English sentence.  */
static const char *const abbreviations[] = {
  "e.g", "i.e", "vs", "cf", "fig", "no", "approx", "mr", "mrs", "dr", "st",
  "eg", "ie", "al", "ca", "resp", "ver", "incl", "min", "max", "ex", NULL
};

/* The code point at S + I (N bytes), its length in *LEN; 0 at the end.  */
static uint32_t
cp_at (const char *s, size_t n, size_t i, size_t *len)
{
  uint32_t cp = 0;
  if (i >= n)
    {
      *len = 0;
      return 0;
    }
  if ((unsigned char) s[i] < 0x80)
    {
      *len = 1;
      return (unsigned char) s[i];
    }
  int l = td_utf8_decode ((const unsigned char *) s + i, n - i, &cp);
  *len = l > 0 ? (size_t) l : 1;
  return l > 0 ? cp : (unsigned char) s[i];
}

/* The code point before byte I of S.  */
static uint32_t
cp_before (const char *s, size_t i)
{
  if (i == 0)
    return 0;
  size_t b = i - 1;
  while (b > 0 && ((unsigned char) s[b] & 0xC0) == 0x80)
    b--;
  size_t len;
  return cp_at (s, i, b, &len);
}

static bool
is_space (uint32_t c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0;
}

static bool
is_terminal (uint32_t c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002;
}

static bool
is_closer (uint32_t c)
{
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D
         || c == 0x2019 || c == 0x300D || c == 0x300F;
}

static bool
is_digit (uint32_t c)
{
  return c >= '0' && c <= '9';
}

static bool
is_lower (uint32_t c)
{
  return c >= 'a' && c <= 'z';
}

/* True when the word that ends at byte I of S (just before a period) is an
   abbreviation that never ends a sentence.  */
static bool
abbreviation_before (const char *s, size_t i)
{
  size_t b = i;
  while (b > 0 && ((((unsigned char) s[b - 1] | 0x20) >= 'a'
                    && ((unsigned char) s[b - 1] | 0x20) <= 'z')
                   || s[b - 1] == '.'))
    b--;
  size_t n = i - b;
  if (n == 0 || n > 8)
    return false;
  char w[9];
  for (size_t k = 0; k < n; k++)
    w[k] = (char) (s[b + k] | 0x20);
  w[n] = '\0';
  for (size_t k = 0; abbreviations[k]; k++)
    if (STREQ (w, abbreviations[k]))
      return true;
  /* A single letter, as in "U.S." or "A. B. Smith".  */
  return n == 1;
}

/* Whether the terminal run [I, J) of S (N bytes; CLOSED when it ended in
   a closing quote or bracket) ends a sentence; NEXT is the first byte
   after the white space that follows, or J.  */
static bool
ends_sentence (const char *s, size_t n, size_t i, size_t j, size_t next,
               bool closed, bool korean)
{
  uint32_t before = cp_before (s, i);
  size_t len;
  uint32_t after = cp_at (s, n, next, &len);
  bool spaced = next > j;
  if (next >= n)
    return true;
  if (!spaced)
    {
      /* "Node.js", "v1.2": inside a token.  A Korean sentence may be
         followed without a space, unless a particle follows a quote.  */
      return korean && td_uc_is_hangul_syllable (before)
             && td_uc_is_hangul_syllable (after) && !closed;
    }
  if (is_digit (before) && is_digit (after))
    return false;
  if (s[i] == '.' && j == i + 1 && abbreviation_before (s, i))
    return false;
  /* A lower-case word after the period continues an English sentence
     ("e.g. the"); after a Korean ending it is code or a name starting the
     next sentence.  */
  if (is_lower (after) && !(korean && td_uc_is_hangul_syllable (before)))
    return false;
  return true;
}

void
td_sentences_split (const char *text, size_t n, bool korean,
                    struct td_sentence **out, size_t *nout)
{
  struct td_sentence *v = NULL;
  size_t count = 0, alloc = 0, start = 0;
  for (size_t i = 0; i < n;)
    {
      /* Only these bytes start a terminal (is_terminal: ". ! ? U+2026
         U+3002"); none is inside another character.  */
      unsigned char b = (unsigned char) text[i];
      if (b != '.' && b != '!' && b != '?' && b != 0xE2 && b != 0xE3)
        {
          i++;
          continue;
        }
      size_t len;
      uint32_t c = cp_at (text, n, i, &len);
      if (!is_terminal (c))
        {
          i += len;
          continue;
        }
      size_t j = i + len;
      bool closed = false;
      for (;;)
        {
          uint32_t d = cp_at (text, n, j, &len);
          if (is_terminal (d))
            j += len;
          else if (is_closer (d))
            {
              j += len;
              closed = true;
            }
          else
            break;
        }
      size_t next = j;
      while (next < n)
        {
          uint32_t d = cp_at (text, n, next, &len);
          if (!is_space (d))
            break;
          next += len;
        }
      if (ends_sentence (text, n, i, j, next, closed, korean))
        {
          v = xgrow (v, &alloc, count + 1, sizeof *v);
          v[count].start = start;
          v[count].end = j;
          count++;
          start = next;
        }
      i = j;
    }
  if (start < n)
    {
      v = xgrow (v, &alloc, count + 1, sizeof *v);
      v[count].start = start;
      v[count].end = n;
      count++;
    }
  /* Trim, and drop what is only white space.  */
  size_t w = 0;
  for (size_t k = 0; k < count; k++)
    {
      size_t a = v[k].start, b = v[k].end;
      while (a < b && is_space ((unsigned char) text[a]))
        a++;
      while (b > a && is_space ((unsigned char) text[b - 1]))
        b--;
      if (a < b)
        {
          v[w].start = a;
          v[w].end = b;
          w++;
        }
    }
  *out = v;
  *nout = w;
}

/* ---- alignment -------------------------------------------------------- */

static bool
word_char (unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
         || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-'
         || c == '/';
}

/* The gloss hash of the Latin word W (LEN bytes, lower-case): a plural
   's' dropped, so that "balancers" meets "balancer".  */
static uint64_t
gloss_hash (const char *w, size_t len)
{
  if (len >= 4 && w[len - 1] == 's' && w[len - 2] != 's')
    len--;
  return td_bitext_hash (2, w, len) & ~UINT64_C (1);
}


/* The anchor of the sound key KEY (LEN bytes, room for one more) of a
   word of SYLLABLES Hangul syllables.  */
static uint64_t
sound_hash (char *key, size_t len, size_t syllables)
{
  key[len] = (char) ('0' + (syllables > 60 ? 60 : syllables));
  uint64_t h = td_bitext_hash (3, key, len + 1) & ~UINT64_C (1);
  key[len] = '\0';
  return h;
}

/* True when S starts with a Hangul syllable (3 bytes of UTF-8).  */
static bool
hangul_at (const char *s)
{
  unsigned char a = (unsigned char) s[0], b = (unsigned char) s[1],
                c = (unsigned char) s[2];
  if ((a & 0xF0) != 0xE0 || (b & 0xC0) != 0x80 || (c & 0xC0) != 0x80)
    return false;
  unsigned cp = ((unsigned) (a & 0x0F) << 12) | ((unsigned) (b & 0x3F) << 6)
                | (c & 0x3F);
  return cp >= 0xAC00 && cp <= 0xD7A3;
}

/* Particles and endings that follow a loanword in Korean prose
   ("컴포넌트를", "렌더링하는", "프로세스에서는"): the word without them is
   the loanword.  One table per length in syllables, each sorted by its
   bytes; the longest tail that ends a word is taken.  */
static const char *const tails3[] = {
  "됩니다", "에게는", "에서는", "에서도", "으로는", "으로도", "이라고",
  "이라는", "하려면", "하세요", "합니다"
};
static const char *const tails2[] = {
  "과의", "까지", "되는", "되면", "되어", "들로", "들은", "들을", "들의",
  "들이", "라고", "라는", "마다", "보다", "부터", "시킨", "에게", "에서",
  "와의", "으로", "이나", "이란", "처럼", "하고", "하기", "하는", "하면",
  "하여", "하지", "한다", "했다"
};
static const char *const tails1[] = {
  "가", "과", "나", "는", "도", "된", "될", "들", "로", "를", "만", "에",
  "와", "은", "을", "의", "이", "한", "할", "해"
};

/* The length in bytes of the longest tail (tails1..3) that ends the
   Hangul syllables S[0..N) and leaves at least 2 syllables before it, or
   0.  */
static size_t
tail_len (const char *s, size_t n)
{
  static const struct
  {
    const char *const *v;
    size_t n;
  } tables[] = { { tails3, ARRAY_SIZE (tails3) },
                 { tails2, ARRAY_SIZE (tails2) },
                 { tails1, ARRAY_SIZE (tails1) } };
  for (size_t t = 0; t < ARRAY_SIZE (tables); t++)
    {
      size_t tl = 3 * (3 - t);
      if (tl + 6 > n)
        continue;
      const char *end = s + n - tl;
      size_t lo = 0, hi = tables[t].n;
      while (lo < hi)
        {
          size_t mid = (lo + hi) / 2;
          int c = memcmp (end, tables[t].v[mid], tl);
          if (c == 0)
            return tl;
          if (c < 0)
            hi = mid;
          else
            lo = mid + 1;
        }
    }
  return 0;
}

/* True when the Hangul syllables S[0..N) end in a syllable that ends a
   predicate ("입니다", "봅시다", "있어요"): no loanword is that.  */
static bool
predicate_end (const char *s, size_t n)
{
  static const char *const ends[] = { "다", "요", "까", "죠" };
  if (n < 3)
    return false;
  for (size_t k = 0; k < ARRAY_SIZE (ends); k++)
    if (memcmp (s + n - 3, ends[k], 3) == 0)
      return true;
  return false;
}

/* Appends to *POOL (*NPOOL entries, room for *ALLOC) the sound keys of
   the Hangul word at *I of S[0..N): of the word, and of the word without
   the particles or endings of tails1..3 (twice: "컴포넌트들을"), unless
   it ends as a predicate.  Moves *I past the word, or past one byte
   when no Hangul syllable is there.  */
static void
korean_sounds (const char *s, size_t n, size_t *i, uint64_t **pool,
               size_t *npool, size_t *alloc)
{
  size_t b = *i;
  while (*i + 2 < n && hangul_at (s + *i))
    *i += 3;
  if (*i == b)
    {
      (*i)++;
      return;
    }
  size_t len = *i - b;
  for (int strip = 0; strip < 3; strip++)
    {
      if (strip > 0)
        {
          size_t tl = tail_len (s + b, len);
          if (tl == 0)
            break;
          len -= tl;
        }
      if (predicate_end (s + b, len))
        continue;
      char key[TD_TRANSLIT_MAX + 2];
      size_t kl = td_translit_ko (s + b, len, len / 3, key);
      if (kl == 0)
        continue;
      *pool = xgrow (*pool, alloc, *npool + 1, sizeof **pool);
      (*pool)[(*npool)++] = sound_hash (key, kl, len / 3);
    }
}

/* Common English words that sound like some Korean word by chance
   ("from" and "프레임", "means" and "문서"): no loanword translates
   them.  Sorted, lower-case.  */
static const char *const common_words[] = {
  "about", "above", "after", "again", "against", "also", "among", "another",
  "anything", "around", "because", "been", "before", "being", "below",
  "between", "both", "called", "cannot", "change", "changes", "come",
  "comes", "could", "does", "doing", "done", "down", "during", "each",
  "either", "else", "enough", "even", "every", "find", "first", "from",
  "give", "given", "gives", "good", "have", "having", "here", "however",
  "into", "itself", "just", "keep", "know", "last", "less", "like", "made",
  "make", "makes", "many", "means", "might", "more", "most", "much", "must",
  "need", "needs", "never", "next", "note", "often", "once", "only", "other",
  "others", "over", "same", "see", "seen", "several", "should", "show",
  "shows", "since", "some", "something", "still", "such", "take", "takes",
  "than", "that", "their", "them", "then", "there", "these", "they", "thing",
  "things", "think", "this", "those", "though", "through", "time", "times",
  "under", "until", "upon", "used", "uses", "using", "very", "want", "well",
  "were", "what", "when", "where", "whether", "which", "while", "will",
  "with", "within", "without", "work", "works", "would", "write", "your"
};

static int
cmp_word (const void *key, const void *elt)
{
  return strcmp ((const char *) key, *(const char *const *) elt);
}

/* True when the Latin word W (LEN bytes) is one of common_words.  */
static bool
common_word (const char *w, size_t len)
{
  char low[16];
  if (len >= sizeof low)
    return false;
  for (size_t k = 0; k < len; k++)
    low[k] = (char) (w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k]);
  low[len] = '\0';
  return bsearch (low, common_words, ARRAY_SIZE (common_words),
                  sizeof *common_words, cmp_word) != NULL;
}

/* Appends to the pool the anchors of S[0..N): Latin tokens that a
   translation keeps (a digit, a capital inside, or '.', '_' or '/'
   inside: "ClickHouse", "S3", "astro.config.mjs", "my_table"), and
   capitalised words that do not start the sentence.  Besides, glosses:
   in a KOREAN sentence every Latin word of 3 letters or more (Korean
   writers put the English term after its translation, "상태(health)"),
   in an English one the words whose gloss hash the sorted VOCAB (NVOCAB)
   of the Korean side holds.  And sound keys (translit.h): in a KOREAN
   sentence those of every Hangul word, with or without its last one or
   two syllables (a particle or an ending); in an English one those of
   its words of 4 letters or more, with or without a plural 's', that the
   sorted SOUNDS (NSOUNDS) of the Korean side hold.  Returns their
   number, sorted and unique, at *POOL + FIRST.  The sound keys of a
   KOREAN sentence are also appended to *KEYS (*NKEYS, room for *KALLOC)
   when KEYS is not NULL.  */
static size_t
sentence_anchors (const char *s, size_t n, bool korean,
                  const uint64_t *vocab, size_t nvocab,
                  const uint64_t *sounds, size_t nsounds, uint64_t **pool,
                  size_t *npool, size_t *alloc, uint64_t **keys,
                  size_t *nkeys, size_t *kalloc)
{
  size_t first = *npool;
  char word[64];
  bool initial = true;
  for (size_t i = 0; i < n;)
    {
      if (korean && (unsigned char) s[i] >= 0xE0)
        {
          size_t from = *npool;
          korean_sounds (s, n, &i, pool, npool, alloc);
          if (keys != NULL && *npool > from)
            {
              *keys = xgrow (*keys, kalloc, *nkeys + (*npool - from),
                             sizeof **keys);
              memcpy (*keys + *nkeys, *pool + from,
                      (*npool - from) * sizeof **keys);
              *nkeys += *npool - from;
            }
          continue;
        }
      if (!word_char ((unsigned char) s[i]) || s[i] == '.' || s[i] == '-'
          || s[i] == '/')
        {
          i++;
          continue;
        }
      size_t b = i;
      while (i < n && word_char ((unsigned char) s[i]))
        i++;
      size_t e = i;
      while (e > b && (s[e - 1] == '.' || s[e - 1] == '-' || s[e - 1] == '/'))
        e--;
      size_t len = e - b;
      bool digit = false, upper_inside = false, punct_inside = false;
      for (size_t k = 0; k < len; k++)
        {
          char c = s[b + k];
          digit |= c >= '0' && c <= '9';
          upper_inside |= k > 0 && c >= 'A' && c <= 'Z';
          punct_inside |= c == '.' || c == '_' || c == '/';
        }
      bool cap = s[b] >= 'A' && s[b] <= 'Z';
      /* Only an English sentence starts with a capitalised word that is
         no name; in Korean one is always a name.  */
      for (size_t k = 0; k < b && initial; k++)
        if ((unsigned char) s[k] >= 0x80)
          initial = false;
      if (len >= 2 && len < sizeof word
          && (digit || upper_inside || punct_inside || (cap && !initial)))
        {
          for (size_t k = 0; k < len; k++)
            word[k] = (char) (s[b + k] >= 'A' && s[b + k] <= 'Z'
                                ? s[b + k] + 32 : s[b + k]);
          *pool = xgrow (*pool, alloc, *npool + 1, sizeof **pool);
          (*pool)[(*npool)++] = td_bitext_hash (1, word, len) & ~UINT64_C (1);
        }
      bool letters = len >= 3 && len < sizeof word;
      for (size_t k = 0; k < len && letters; k++)
        letters = (s[b + k] >= 'a' && s[b + k] <= 'z')
                  || (s[b + k] >= 'A' && s[b + k] <= 'Z');
      if (letters && !korean && nsounds > 0 && len >= 4
          && !common_word (s + b, len))
        for (int plural = 0; plural < 2; plural++)
          {
            char key[TD_TRANSLIT_MAX + 2];
            size_t wl = len - (size_t) plural, syl;
            if (plural && (len < 5 || (s[b + len - 1] != 's')))
              break;
            size_t kl = td_translit_en (s + b, wl, key, &syl);
            if (kl == 0)
              continue;
            /* The loanword's syllables, within one of the estimate.  */
            uint64_t h = 0;
            for (size_t d = 0; d < 3 && !h; d++)
              {
                size_t n2 = d == 0 ? syl : d == 1 ? syl + 1 : syl - 1;
                if (d == 2 && syl == 0)
                  break;
                uint64_t c = sound_hash (key, kl, n2);
                if (td_u64_has (sounds, nsounds, c))
                  h = c;
              }
            if (h)
              {
                *pool = xgrow (*pool, alloc, *npool + 1, sizeof **pool);
                (*pool)[(*npool)++] = h;
                break;
              }
          }
      if (letters && (korean || nvocab > 0))
        {
          for (size_t k = 0; k < len; k++)
            word[k] = (char) (s[b + k] >= 'A' && s[b + k] <= 'Z'
                                ? s[b + k] + 32 : s[b + k]);
          uint64_t g = gloss_hash (word, len);
          if (korean || td_u64_has (vocab, nvocab, g))
            {
              *pool = xgrow (*pool, alloc, *npool + 1, sizeof **pool);
              (*pool)[(*npool)++] = g;
            }
        }
      initial = false;
    }
  size_t count = *npool - first;
  if (count == 0)
    return 0;
  size_t w = td_u64_unique (*pool + first, count);
  *npool = first + w;
  return w;
}

/* True when the Hangul syllable C is one of the NUL-terminated list
   L (UTF-8).  */
static bool
syllable_in (uint32_t c, const char *l)
{
  size_t n = strlen (l), len;
  for (size_t i = 0; i < n; i += len)
    if (cp_at (l, n, i, &len) == c)
      return true;
  return false;
}

/* True when the word that starts at byte I of S (N bytes) starts with
   one of the NUL-separated words of L (UTF-8, ending in an empty one).  */
static bool
word_starts (const char *s, size_t n, size_t i, const char *l)
{
  for (; *l; l += strlen (l) + 1)
    {
      size_t k = strlen (l);
      if (i + k <= n && memcmp (s + i, l, k) == 0)
        return true;
    }
  return false;
}

/* True when the Korean word whose last two syllables are P and L (P 0
   when it has one) ends in a connective ending, which joins a clause to
   the next one in the same sentence (하며, 하고, 하지만, 해서, 하는데,
   하면, 하여, 하므로...).  NEXT (byte offset in S, N bytes) is the next
   word: "하고 있다" and "하고 싶다" are one verb.  */
static bool
connective (uint32_t p, uint32_t l, const char *s, size_t n, size_t next)
{
  if (l == 0xBA70) /* 며 */
    return true;
  if (l == 0xACE0) /* 고 */
    return syllable_in (p, "하되이있없않았었였받주두보지")
           && !word_starts (s, n, next, "있\0싶\0나서\0말\0\0");
  if (l == 0xC11C) /* 서 */
    return syllable_in (p, "어아해여워와져봐써라");
  if (l == 0xB370) /* 데 */
    return syllable_in (p, "는은한인운던");
  if (l == 0xB9CC) /* 만 */
    return p == 0xC9C0; /* 지만 */
  if (l == 0xC5EC) /* 여 */
    return p == 0xD558; /* 하여 */
  if (l == 0xBA74) /* 면 */
    return syllable_in (p, "으하되다라려이");
  if (l == 0xB098) /* 나 */
    return p == 0xC73C; /* 으나 */
  if (l == 0xB85C) /* 로 */
    return p == 0xBBC0; /* 므로 */
  return false;
}

/* Appends to the pool the clause boundaries of the Korean sentence
   S[0..N): the weighted length (td_bitext_length) before the next clause
   wherever a word of Hangul ends in a comma or in a connective ending,
   or a conjunction (그리고, 하지만...) starts a word.  Returns their
   number, ascending, at *POOL + FIRST.  */
static size_t
clause_breaks (const char *s, size_t n, unsigned **pool, size_t *npool,
               size_t *alloc)
{
  size_t first = *npool;
  for (size_t i = 1; i < n; i++)
    {
      if (s[i] != ',' && s[i] != ' ')
        continue;
      uint32_t l = cp_before (s, i);
      if (!td_uc_is_hangul_syllable (l))
        continue;
      size_t next = i + 1;
      while (next < n && s[next] == ' ')
        next++;
      bool cut = s[i] == ',';
      if (!cut)
        {
          size_t b = i - 1;
          while (b > 0 && ((unsigned char) s[b] & 0xC0) == 0x80)
            b--;
          uint32_t p = cp_before (s, b);
          cut = connective (td_uc_is_hangul_syllable (p) ? p : 0, l, s, n,
                            next)
                || word_starts (s, n, next,
                                "그리고 \0하지만 \0그러나 \0그래서 \0따라서 \0"
                                "또한 \0\0");
        }
      if (!cut || next >= n)
        continue;
      *pool = xgrow (*pool, alloc, *npool + 1, sizeof **pool);
      (*pool)[(*npool)++] = td_bitext_length (s, i + 1);
    }
  return *npool - first;
}

void
td_sentence_side_init (struct td_sentence_side *side, const char *text,
                       size_t n, bool korean,
                       struct td_sentence_side *other)
{
  /* The anchors of the Korean side, its glosses among them, for the
     English one.  */
  uint64_t *vocab = NULL;
  size_t nvocab = 0;
  if (!korean && other)
    {
      for (size_t k = 0; k < other->n; k++)
        nvocab += other->seg[k].nanchors;
      vocab = xmalloc ((nvocab + 1) * sizeof *vocab);
      nvocab = 0;
      for (size_t k = 0; k < other->n; k++)
        for (size_t a = 0; a < other->seg[k].nanchors; a++)
          vocab[nvocab++] = other->seg[k].anchors[a];
      td_u64_sort (vocab, nvocab);
    }
  memset (side, 0, sizeof *side);
  side->text = text;
  td_sentences_split (text, n, korean, &side->s, &side->n);
  side->seg = xcalloc (side->n + 1, sizeof *side->seg);
  size_t npool = 0, alloc = 0, salloc = 0;
  size_t *first = xmalloc ((side->n + 1) * sizeof *first);
  for (size_t k = 0; k < side->n; k++)
    {
      const char *s = text + side->s[k].start;
      size_t len = side->s[k].end - side->s[k].start;
      struct td_seg *g = &side->seg[k];
      g->len = td_bitext_length (s, len);
      g->joinable = true;
      first[k] = npool;
      g->nanchors = sentence_anchors (s, len, korean, vocab, nvocab,
                                      other ? other->sounds : NULL,
                                      other ? other->nsounds : 0,
                                      &side->anchors, &npool, &alloc,
                                      korean ? &side->sounds : NULL,
                                      &side->nsounds, &salloc);
    }
  for (size_t k = 0; k < side->n; k++)
    side->seg[k].anchors = side->anchors ? side->anchors + first[k] : NULL;
  if (korean)
    {
      /* Every sound key of the side, for the English side to meet: those
         of its sentences, gathered above.  */
      if (side->nsounds > 0)
        {
          side->nsounds = td_u64_unique (side->sounds, side->nsounds);
        }
    }
  else if (other && other->nsounds > 0)
    {
      /* The sound keys that some English word has; the others leave the
         Korean segments.  */
      uint64_t *met = xmalloc ((npool + 1) * sizeof *met);
      size_t nmet = 0;
      for (size_t a = 0; a < npool; a++)
        if (td_u64_has (other->sounds, other->nsounds, side->anchors[a]))
          met[nmet++] = side->anchors[a];
      td_u64_sort (met, nmet);
      for (size_t k = 0; k < other->n; k++)
        {
          struct td_seg *g = &other->seg[k];
          if (g->nanchors == 0)
            continue;
          uint64_t *v = other->anchors + (g->anchors - other->anchors);
          size_t w = 0;
          for (size_t a = 0; a < g->nanchors; a++)
            if (!td_u64_has (other->sounds, other->nsounds, v[a])
                || td_u64_has (met, nmet, v[a]))
              v[w++] = v[a];
          g->nanchors = w;
        }
      free (met);
    }
  if (korean)
    {
      size_t nbreaks = 0, balloc = 0;
      for (size_t k = 0; k < side->n; k++)
        {
          first[k] = nbreaks;
          side->seg[k].clauses = true;
          side->seg[k].nbreaks
            = clause_breaks (text + side->s[k].start,
                             side->s[k].end - side->s[k].start,
                             &side->breaks, &nbreaks, &balloc);
        }
      for (size_t k = 0; k < side->n; k++)
        side->seg[k].breaks = side->breaks ? side->breaks + first[k] : NULL;
    }
  free (first);
  free (vocab);
}

void
td_sentence_side_mark (struct td_sentence_side *side,
                       const struct td_sentence_mark *m, size_t nm)
{
  if (nm == 0 || side->n == 0)
    return;
  size_t total = nm;
  for (size_t k = 0; k < side->n; k++)
    total += side->seg[k].nanchors;
  /* A new pool: each sentence's anchors, then its marks, sorted.  */
  uint64_t *pool = xmalloc (total * sizeof *pool);
  size_t at = 0;
  for (size_t k = 0; k < side->n; k++)
    {
      struct td_seg *g = &side->seg[k];
      size_t first = at;
      for (size_t a = 0; a < g->nanchors; a++)
        pool[at++] = g->anchors[a];
      for (size_t j = 0; j < nm; j++)
        if (m[j].sentence == k)
          pool[at++] = m[j].anchor;
      uint64_t *v = pool + first;
      size_t count = at - first;
      td_u64_sort (v, count);
      size_t w = 0, items = 0;
      for (size_t a = 0; a < count; a++)
        if (w == 0 || v[w - 1] != v[a])
          {
            items += v[a] & 1;
            v[w++] = v[a];
          }
      at = first + w;
      g->nanchors = w;
      g->nitems = items;
    }
  /* The pointers, once the pool no longer moves.  */
  at = 0;
  for (size_t k = 0; k < side->n; k++)
    {
      side->seg[k].anchors = side->seg[k].nanchors ? pool + at : NULL;
      at += side->seg[k].nanchors;
    }
  free (side->anchors);
  side->anchors = pool;
}

/* A new sorted, unique array of every anchor of SIDE, *N of them.  */
static uint64_t *
all_anchors (const struct td_sentence_side *side, size_t *n)
{
  size_t total = 0;
  for (size_t k = 0; k < side->n; k++)
    total += side->seg[k].nanchors;
  uint64_t *v = xmalloc ((total + 1) * sizeof *v);
  total = 0;
  for (size_t k = 0; k < side->n; k++)
    for (size_t a = 0; a < side->seg[k].nanchors; a++)
      v[total++] = side->seg[k].anchors[a];
  *n = td_u64_unique (v, total);
  return v;
}

/* Keeps in the segments of SIDE the items and the anchors that the
   sorted array OTHER (N) holds.  */
static void
keep_met (struct td_sentence_side *side, const uint64_t *other, size_t n)
{
  for (size_t k = 0; k < side->n; k++)
    {
      struct td_seg *g = &side->seg[k];
      if (g->nanchors == 0)
        continue;
      /* The anchors are the side's own pool: writable.  */
      uint64_t *v = side->anchors + (g->anchors - side->anchors);
      size_t w = 0;
      for (size_t a = 0; a < g->nanchors; a++)
        if ((v[a] & 1) || td_u64_has (other, n, v[a]))
          v[w++] = v[a];
      g->nanchors = w;
    }
}

void
td_sentences_prune (struct td_sentence_side *en, struct td_sentence_side *ko)
{
  size_t ne, nk;
  uint64_t *ve = all_anchors (en, &ne), *vk = all_anchors (ko, &nk);
  keep_met (en, vk, nk);
  keep_met (ko, ve, ne);
  free (ve);
  free (vk);
}

void
td_sentence_side_free (struct td_sentence_side *side)
{
  free (side->s);
  free (side->seg);
  free (side->anchors);
  free (side->breaks);
  free (side->sounds);
  memset (side, 0, sizeof *side);
}

void
td_sentences_align (const struct td_sentence_side *en,
                    const struct td_sentence_side *ko, int ratio,
                    struct td_bead_at **out, size_t *nout)
{
  struct td_bitext_params p = td_bitext_sentences;
  p.ratio = ratio;
  td_bitext_align (en->seg, en->n, ko->seg, ko->n, &p, out, nout);
}

/* Bead shapes without a skip: English and Korean sentences per group.  */
static const int group_ne[] = { 1, 2, 1, 2, 3, 1 };
static const int group_nk[] = { 1, 1, 2, 2, 1, 3 };

int64_t
td_sentences_cost (const struct td_sentence_side *en,
                   const struct td_sentence_side *ko, int ratio,
                   const struct td_bead_at *beads, size_t nb)
{
  static const int bne[] = { 1, 1, 0, 2, 1 }, bnk[] = { 1, 0, 1, 1, 2 };
  struct td_bitext_params p = td_bitext_sentences;
  int64_t total = 0;
  for (size_t t = 0; t < nb; t++)
    total += td_bitext_cost (en->seg + beads[t].e, (size_t) bne[beads[t].kind],
                             ko->seg + beads[t].k, (size_t) bnk[beads[t].kind],
                             ratio, &p);
  return total;
}

int64_t
td_sentences_cost_no_skip (const struct td_sentence_side *en,
                           const struct td_sentence_side *ko, int ratio)
{
  size_t n = en->n, m = ko->n;
  if (n == 0 || m == 0)
    return INT64_MAX;
  /* A paragraph holds few sentences: the full matrix.  */
  int64_t *d = xmalloc ((n + 1) * (m + 1) * sizeof *d);
  for (size_t i = 0; i <= n; i++)
    for (size_t j = 0; j <= m; j++)
      {
        int64_t best = i == 0 && j == 0 ? 0 : INT64_MAX;
        for (size_t t = 0; t < ARRAY_SIZE (group_ne); t++)
          {
            size_t a = (size_t) group_ne[t], b = (size_t) group_nk[t];
            if (i < a || j < b || d[(i - a) * (m + 1) + j - b] == INT64_MAX)
              continue;
            int64_t c = d[(i - a) * (m + 1) + j - b]
                        + td_bitext_group_cost (en->seg + i - a, a,
                                                ko->seg + j - b, b, ratio,
                                                &td_bitext_sentences);
            if (c < best)
              best = c;
          }
        d[i * (m + 1) + j] = best;
      }
  int64_t r = d[n * (m + 1) + m];
  free (d);
  return r;
}
