/* utf8.c: locale-independent UTF-8 decoding, widths and script classes.  */
#include <config.h>
#include "util/system.h"
#include "util/utf8.h"

int
td_utf8_decode_any (const unsigned char *s, size_t n, uint32_t *cp)
{
  unsigned char c = s[0];
  uint32_t v;
  uint32_t min;
  int len;

  if (c < 0x80)
    {
      *cp = c;
      return 1;
    }
  if (c >= 0xC2 && c <= 0xDF)
    {
      len = 2;
      v = c & 0x1F;
      min = 0x80;
    }
  else if (c >= 0xE0 && c <= 0xEF)
    {
      len = 3;
      v = c & 0x0F;
      min = 0x800;
    }
  else if (c >= 0xF0 && c <= 0xF4)
    {
      len = 4;
      v = c & 0x07;
      min = 0x10000;
    }
  else
    goto bad; /* continuation byte, C0, C1 or F5-FF */

  if (n < (size_t) len)
    goto bad;
  for (int i = 1; i < len; i++)
    {
      if ((s[i] & 0xC0) != 0x80)
        goto bad;
      v = (v << 6) | (s[i] & 0x3F);
    }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
    goto bad;
  *cp = v;
  return len;

bad:
  *cp = 0xFFFD;
  return -1;
}

int
td_utf8_encode (uint32_t cp, char out[4])
{
  if (cp < 0x80)
    {
      out[0] = (char) cp;
      return 1;
    }
  if (cp < 0x800)
    {
      out[0] = (char) (0xC0 | (cp >> 6));
      out[1] = (char) (0x80 | (cp & 0x3F));
      return 2;
    }
  if (cp < 0x10000)
    {
      out[0] = (char) (0xE0 | (cp >> 12));
      out[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
      out[2] = (char) (0x80 | (cp & 0x3F));
      return 3;
    }
  out[0] = (char) (0xF0 | (cp >> 18));
  out[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char) (0x80 | (cp & 0x3F));
  return 4;
}

size_t
td_utf8_chars (const char *s, size_t n)
{
  const unsigned char *p = (const unsigned char *) s;
  size_t i = 0;
  size_t chars = 0;

  while (i < n)
    {
      if (p[i] < 0x80)
        i++;
      else
        {
          uint32_t cp;
          int len = td_utf8_decode (p + i, n - i, &cp);
          i += len > 0 ? (size_t) len : 1;
        }
      chars++;
    }
  return chars;
}

/* A closed range of code points.  */
struct range
{
  uint32_t lo, hi;
};

/* Zero-width code points: combining diacritical marks, zero-width
   space/joiners and direction marks, line/paragraph separators and
   embedding controls, invisible operators, variation selectors, the
   zero-width no-break space (BOM) and Hangul medial/final jamo (they
   combine with the preceding initial jamo).  Sorted, disjoint.  */
static const struct range zero_width[] = {
  { 0x0300, 0x036F }, { 0x1160, 0x11FF }, { 0x200B, 0x200F },
  { 0x2028, 0x202E }, { 0x2060, 0x2064 }, { 0xD7B0, 0xD7FF },
  { 0xFE00, 0xFE0F }, { 0xFEFF, 0xFEFF },
};

/* East Asian Wide and Fullwidth code points (a compact approximation of
   Unicode's EastAsianWidth.txt covering Hangul, CJK, kana, fullwidth forms
   and the common emoji blocks).  Sorted, disjoint.  */
static const struct range wide[] = {
  { 0x1100, 0x115F },   /* Hangul initial jamo */
  { 0x2E80, 0x303E },   /* CJK radicals .. CJK symbols and punctuation */
  { 0x3041, 0x33FF },   /* kana, bopomofo, compatibility jamo, CJK compat */
  { 0x3400, 0x4DBF },   /* CJK extension A */
  { 0x4E00, 0x9FFF },   /* CJK unified ideographs */
  { 0xA000, 0xA4CF },   /* Yi */
  { 0xA960, 0xA97F },   /* Hangul jamo extended-A */
  { 0xAC00, 0xD7A3 },   /* Hangul syllables */
  { 0xF900, 0xFAFF },   /* CJK compatibility ideographs */
  { 0xFE10, 0xFE19 },   /* vertical forms */
  { 0xFE30, 0xFE6F },   /* CJK compatibility forms, small forms */
  { 0xFF00, 0xFF60 },   /* fullwidth forms */
  { 0xFFE0, 0xFFE6 },   /* fullwidth signs */
  { 0x1F300, 0x1F64F }, /* pictographs, emoticons */
  { 0x1F900, 0x1F9FF }, /* supplemental symbols and pictographs */
  { 0x20000, 0x2FFFD }, /* CJK extensions B-F */
  { 0x30000, 0x3FFFD }, /* CJK extension G and beyond */
};

/* Whether CP lies in one of the N sorted ranges of TABLE.  */
static bool
in_table (uint32_t cp, const struct range *table, size_t n)
{
  size_t lo = 0, hi = n;

  if (cp < table[0].lo || cp > table[n - 1].hi)
    return false;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (cp > table[mid].hi)
        lo = mid + 1;
      else if (cp < table[mid].lo)
        hi = mid;
      else
        return true;
    }
  return false;
}

int
td_uc_width (uint32_t cp)
{
  if (cp < 0x300)
    return 1;
  if (in_table (cp, zero_width, ARRAY_SIZE (zero_width)))
    return 0;
  if (in_table (cp, wide, ARRAY_SIZE (wide)))
    return 2;
  return 1;
}

size_t
td_utf8_width (const char *s, size_t n)
{
  const unsigned char *p = (const unsigned char *) s;
  size_t i = 0;
  size_t width = 0;

  while (i < n)
    {
      if (p[i] < 0x80)
        {
          width++;
          i++;
        }
      else
        {
          uint32_t cp;
          int len = td_utf8_decode (p + i, n - i, &cp);
          if (len < 0)
            {
              width++;
              i++;
            }
          else
            {
              width += (size_t) td_uc_width (cp);
              i += (size_t) len;
            }
        }
    }
  return width;
}

bool
td_uc_is_hangul (uint32_t cp)
{
  return (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF)
         || (cp >= 0x3130 && cp <= 0x318F) || (cp >= 0xA960 && cp <= 0xA97F)
         || (cp >= 0xD7B0 && cp <= 0xD7FF);
}

bool
td_uc_is_hangul_syllable (uint32_t cp)
{
  return cp >= 0xAC00 && cp <= 0xD7A3;
}

bool
td_uc_is_latin (uint32_t cp)
{
  if (cp < 0x80)
    return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
  return cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7;
}

bool
td_utf8_has_hangul (const char *s, size_t n)
{
  const unsigned char *p = (const unsigned char *) s;
  for (size_t i = 0; i < n;)
    {
      if (p[i] < 0x80)
        {
          i++;
          continue;
        }
      uint32_t cp;
      int len = td_utf8_decode (p + i, n - i, &cp);
      if (len < 0)
        {
          i++;
          continue;
        }
      if (td_uc_is_hangul (cp))
        return true;
      i += (size_t) len;
    }
  return false;
}

void
td_utf8_count_scripts (const char *s, size_t n, size_t *hangul,
                       size_t *latin)
{
  const unsigned char *p = (const unsigned char *) s;
  size_t i = 0;
  size_t h = 0, l = 0;

  while (i < n)
    {
      unsigned char c = p[i];
      if (c < 0x80)
        {
          if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
            l++;
          i++;
        }
      else
        {
          uint32_t cp;
          int len = td_utf8_decode (p + i, n - i, &cp);
          if (len < 0)
            {
              i++;
              continue;
            }
          if (td_uc_is_hangul (cp))
            h++;
          else if (td_uc_is_latin (cp))
            l++;
          i += (size_t) len;
        }
    }
  *hangul += h;
  *latin += l;
}

bool
td_looks_cp949 (const unsigned char *s, size_t n)
{
  size_t hangul = 0;
  for (size_t i = 0; i < n; i++)
    {
      unsigned char c = s[i];
      if (c < 0x80)
        continue;
      if (c == 0x80 || c == 0xFF || i + 1 >= n)
        return false;
      unsigned char t = s[++i];
      if (!((t >= 0x41 && t <= 0x5A) || (t >= 0x61 && t <= 0x7A)
            || (t >= 0x81 && t <= 0xFE)))
        return false;
      hangul += c >= 0xB0 && c <= 0xC8 && t >= 0xA1;
    }
  return hangul >= 2;
}
