/* numscale.c: numbers written with Korean units or English scale words
   (numscale.h).  */
#include <config.h>
#include "util/system.h"
#include "doc/numscale.h"

#include <ctype.h>
#include <strings.h>

#define LIMIT 1000000000000000000ULL /* 10^18 */

/* A scale: its spelling and its value.  */
struct scale
{
  const char *text;
  uint64_t value;
};

/* Korean units below 만, which multiply the number before them.  */
static const struct scale ko_small[] = {
  { "십", 10 }, { "백", 100 }, { "천", 1000 },
};

/* Korean units of ten thousand, which multiply everything since the last
   such unit.  */
static const struct scale ko_big[] = {
  { "만", 10000ULL }, { "억", 100000000ULL }, { "조", 1000000000000ULL },
};

static const struct scale en_words[] = {
  { "thousand", 1000ULL }, { "million", 1000000ULL },
  { "billion", 1000000000ULL }, { "trillion", 1000000000000ULL },
};

static bool
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

/* The value of the number at S[I, E) (digits with ',' or '.' groups)
   times SCALE, in *V, when it is a whole number below LIMIT.  A ','
   followed by three digits separates thousands; a '.' starts decimals.  */
static bool
scaled (const char *s, size_t i, size_t e, uint64_t scale, uint64_t *v)
{
  uint64_t mant = 0, div = 1;
  bool frac = false;
  for (; i < e; i++)
    {
      if (s[i] == ',')
        continue;
      if (s[i] == '.')
        {
          if (frac)
            return false; /* "1.2.3": a version, not a number */
          frac = true;
          continue;
        }
      if (mant > LIMIT / 10 || (frac && div > LIMIT / 10))
        return false;
      mant = mant * 10 + (uint64_t) (s[i] - '0');
      if (frac)
        div *= 10;
    }
  if (mant > LIMIT / scale)
    return false;
  uint64_t x = mant * scale;
  if (x % div != 0)
    return false;
  *v = x / div;
  return true;
}

/* The end of the number that starts at S[I] (N bytes), or I.  */
static size_t
number_end (const char *s, size_t n, size_t i)
{
  size_t e = i;
  while (e < n && (is_digit (s[e])
                   || ((s[e] == ',' || s[e] == '.') && e + 1 < n
                       && is_digit (s[e + 1]))))
    e++;
  return e;
}

/* The scale of TABLE (N entries) spelled at S[I] (S has LEN bytes), or
   NULL.  */
static const struct scale *
scale_at (const struct scale *table, size_t n, const char *s, size_t len,
          size_t i)
{
  for (size_t k = 0; k < n; k++)
    {
      size_t l = strlen (table[k].text);
      if (i + l <= len && memcmp (s + i, table[k].text, l) == 0)
        return &table[k];
    }
  return NULL;
}

/* Korean: groups of digits and units, "2억 8,500만", "1만 2천",
   "1천5백만".  */
static bool
korean (const char *s, size_t n, size_t off, size_t len, size_t *end,
        uint64_t *value)
{
  uint64_t total = 0, section = 0;
  uint64_t last_big = UINT64_MAX, last_small = UINT64_MAX;
  size_t i = off, e = off + len, done = off;
  bool any = false;
  for (;;)
    {
      const struct scale *sm = scale_at (ko_small, ARRAY_SIZE (ko_small), s,
                                         n, e);
      size_t j = e + (sm ? strlen (sm->text) : 0);
      const struct scale *bg = scale_at (ko_big, ARRAY_SIZE (ko_big), s, n,
                                         j);
      /* A group needs a unit, and units go down: "2억 3억" is two
         numbers.  */
      if ((!sm && !bg) || (bg && bg->value >= last_big)
          || (!bg && sm && section > 0 && sm->value >= last_small))
        break;
      uint64_t v, unit = sm ? sm->value : 1;
      if (bg && section == 0)
        {
          /* "2.5억": the decimals go with the whole unit.  */
          j += strlen (bg->text);
          if (!scaled (s, i, e, unit * bg->value, &v) || total > LIMIT - v)
            break;
          total += v;
          last_big = bg->value;
          last_small = UINT64_MAX;
        }
      else
        {
          if (!scaled (s, i, e, unit, &v) || section > LIMIT - v)
            break;
          section += v;
          last_small = unit;
          if (bg)
            {
              j += strlen (bg->text);
              if (section > LIMIT / bg->value
                  || total > LIMIT - section * bg->value)
                return false;
              total += section * bg->value;
              section = 0;
              last_big = bg->value;
              last_small = UINT64_MAX;
            }
        }
      any = true;
      done = j;
      /* The next group: right after a unit below 만 ("1천5백만"), or
         after one space.  */
      size_t k = j;
      if (!bg && k < n && is_digit (s[k]))
        ;
      else if (k + 1 < n && s[k] == ' ' && is_digit (s[k + 1]))
        k++;
      else
        break;
      i = k;
      e = number_end (s, n, k);
    }
  if (!any || total > LIMIT - section)
    return false;
  *value = total + section;
  *end = done;
  return true;
}

/* English: one scale word after the number, "39 million".  */
static bool
english (const char *s, size_t n, size_t off, size_t len, size_t *end,
         uint64_t *value)
{
  size_t i = off + len;
  if (i >= n || s[i] != ' ')
    return false;
  i++;
  for (size_t k = 0; k < ARRAY_SIZE (en_words); k++)
    {
      size_t l = strlen (en_words[k].text);
      if (i + l <= n && strncasecmp (s + i, en_words[k].text, l) == 0
          && (i + l == n || !isalpha ((unsigned char) s[i + l])))
        {
          if (!scaled (s, off, off + len, en_words[k].value, value))
            return false;
          *end = i + l;
          return true;
        }
    }
  return false;
}

bool
td_number_scale (const char *s, size_t n, size_t off, size_t len,
                 size_t *end, char *out, size_t outsz)
{
  uint64_t v;
  size_t e;
  if (!korean (s, n, off, len, &e, &v) && !english (s, n, off, len, &e, &v))
    return false;
  if ((size_t) snprintf (out, outsz, "%" PRIu64, v) >= outsz)
    return false;
  *end = e;
  return true;
}
