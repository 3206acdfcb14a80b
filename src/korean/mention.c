/* mention.c: short quoted examples in Korean prose.  See mention.h.  */
#include <config.h>
#include "util/system.h"
#include "korean/mention.h"

#include "util/utf8.h"
#include "util/xalloc.h"

/* The quotation marks: each opening mark and its closing mark.  A
   straight mark needs a word boundary before it to open; a closing mark
   that is also an apostrophe (' and U+2019) closes nothing between two
   ASCII letters or digits.  */
static const struct quote
{
  const char *open, *close;
  bool straight;
  bool apostrophe;
} quotes[] = {
  { "'", "'", true, true },
  { "\"", "\"", true, false },
  { "\xE2\x80\x98", "\xE2\x80\x99", false, true }, /* U+2018 U+2019 */
  { "\xE2\x80\x9C", "\xE2\x80\x9D", false, false }, /* U+201C U+201D */
};

static uint32_t
cp_at (const char *t, size_t n, size_t i, size_t *len)
{
  uint32_t cp;
  int l = td_utf8_decode ((const unsigned char *) t + i, n - i, &cp);
  *len = l < 0 ? 1 : (size_t) l;
  return l < 0 ? 0xFFFD : cp;
}

static bool
is_ascii_alnum (unsigned char c)
{
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static bool
is_blank (uint32_t c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0
         || c == 0x3000;
}

static bool
has_at (const char *t, size_t n, size_t i, const char *s)
{
  size_t l = strlen (s);
  return i <= n && n - i >= l && memcmp (t + i, s, l) == 0;
}

size_t
td_ko_code_span_end (const char *t, size_t n, size_t i)
{
  size_t k = i;
  while (k < n && t[k] == '`')
    k++;
  size_t run = k - i;
  for (size_t j = k; j < n;)
    {
      if (t[j] != '`')
        {
          j++;
          continue;
        }
      size_t e = j;
      while (e < n && t[e] == '`')
        e++;
      if (e - j == run)
        return e;
      j = e;
    }
  return i;
}

/* The byte before offset I of T, or ' ' at the start.  */
static unsigned char
byte_before (const char *t, size_t i)
{
  return i > 0 ? (unsigned char) t[i - 1] : ' ';
}

/* Whether the character ending before byte I (> 0) of T is a Hangul
   syllable.  */
static bool
syllable_before (const char *t, size_t i)
{
  if (i < 3)
    return false;
  uint32_t cp;
  return td_utf8_decode ((const unsigned char *) t + i - 3, 3, &cp) == 3
         && td_uc_is_hangul_syllable (cp);
}

/* The end (just past the closing mark) of the mention that the mark Q
   opens at byte I of T, or 0 when it opens none.  */
static size_t
mention_end (const char *t, size_t n, size_t i, const struct quote *q)
{
  if (q->straight
      && (is_ascii_alnum (byte_before (t, i)) || syllable_before (t, i)))
    return 0;
  size_t j = i + strlen (q->open);
  if (j >= n || has_at (t, n, j, q->close))
    return 0;
  size_t l;
  if (is_blank (cp_at (t, n, j, &l)))
    return 0;
  size_t chars = 0;
  while (j < n && t[j] != '\n' && chars <= TD_KO_MENTION_MAX)
    {
      if (t[j] == '`')
        {
          size_t e = td_ko_code_span_end (t, n, j);
          if (e > j)
            {
              chars += td_utf8_chars (t + j, e - j);
              j = e;
              continue;
            }
        }
      if (has_at (t, n, j, q->close))
        {
          size_t after = j + strlen (q->close);
          bool apostrophe = q->apostrophe && is_ascii_alnum (byte_before (t, j))
                            && after < n
                            && is_ascii_alnum ((unsigned char) t[after]);
          if (!apostrophe)
            {
              size_t s = j;
              while (s > 0 && ((unsigned char) t[s - 1] & 0xC0) == 0x80)
                s--;
              if (s == 0 || is_blank (cp_at (t, n, s - 1, &l)))
                return 0;
              /* A quoted sentence ("무엇인가요?") is a quotation.  */
              if (chars >= 2 && (t[j - 1] == '.' || t[j - 1] == '?'
                                 || t[j - 1] == '!'))
                return 0;
              return chars >= 1 && chars <= TD_KO_MENTION_MAX ? after : 0;
            }
        }
      cp_at (t, n, j, &l);
      j += l;
      chars++;
    }
  return 0;
}

void
td_ko_mentions (const char *text, size_t n, struct td_ko_spans *out)
{
  for (size_t i = 0; i < n;)
    {
      if (text[i] == '`')
        {
          size_t e = td_ko_code_span_end (text, n, i);
          i = e > i ? e : i + 1;
          continue;
        }
      size_t end = 0;
      for (size_t k = 0; k < ARRAY_SIZE (quotes) && end == 0; k++)
        if (has_at (text, n, i, quotes[k].open))
          end = mention_end (text, n, i, &quotes[k]);
      if (end != 0)
        {
          out->v = xgrow (out->v, &out->alloc, out->n + 1, sizeof *out->v);
          out->v[out->n].start = i;
          out->v[out->n].end = end;
          out->n++;
          i = end;
          continue;
        }
      size_t l;
      cp_at (text, n, i, &l);
      i += l;
    }
}

bool
td_ko_spans_contain (const struct td_ko_spans *s, size_t at)
{
  for (size_t i = 0; i < s->n; i++)
    if (at >= s->v[i].start && at < s->v[i].end)
      return true;
  return false;
}

void
td_ko_spans_free (struct td_ko_spans *s)
{
  free (s->v);
  s->v = NULL;
  s->n = s->alloc = 0;
}
