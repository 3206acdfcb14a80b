/* translit.c: sound keys of English words and Korean loanwords (see
   translit.h).  */
#include <config.h>
#include "util/system.h"
#include "align/translit.h"

/* Appends class C to KEY (*LEN so far), unless it repeats the last one.
   The key is cut at TD_TRANSLIT_MAX.  */
static void
put (char *key, size_t *len, char c)
{
  if (*len > 0 && key[*len - 1] == c)
    return;
  if (*len < TD_TRANSLIT_MAX)
    key[(*len)++] = c;
}

static bool
vowel (char c)
{
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
         || c == 'y';
}

static bool
front (char c)
{
  return c == 'e' || c == 'i' || c == 'y';
}

/* KEY's length LEN, or 0 when it is too short to be a key.  */
static size_t
done (char *key, size_t len)
{
  key[len] = '\0';
  if (len < TD_TRANSLIT_MIN)
    {
      key[0] = '\0';
      return 0;
    }
  return len;
}

/* The syllables of the loanword of the lower-case word S[0..M) (see
   td_translit_en).  */
static size_t
syllables_of (const char *s, size_t m)
{
  size_t syl = 0;
  size_t end = m;
  if (end > 2 && s[end - 1] == 'e' && !vowel (s[end - 2]))
    end--; /* a silent final e */
  for (size_t i = 0; i < end; i++)
    {
      char c = s[i];
      bool next_vowel = i + 1 < end && vowel (s[i + 1]);
      if (vowel (c))
        {
          if (i == 0 || !vowel (s[i - 1]))
            syl++;
          continue;
        }
      if (next_vowel || c == 'w' || c == 'h' || c == 'y')
        continue;
      /* A consonant before another consonant or at the end: a final
         (n, m, l, ng, and k, p, t after a vowel) or silent (r), else a
         syllable of its own with the vowel ㅡ.  */
      bool after_vowel = i > 0 && vowel (s[i - 1]);
      if (c == 'n' || c == 'm' || c == 'l' || c == 'r')
        continue;
      if (i + 1 < end && s[i + 1] == c)
        continue; /* a doubled letter is one sound */
      if (after_vowel && (c == 'k' || c == 'p' || c == 't')
          && i + 1 < end)
        continue;
      if ((c == 'c' || c == 's' || c == 'p' || c == 't' || c == 'g')
          && i + 1 < end && s[i + 1] == 'h')
        continue; /* the h of the digraph counts */
      syl++;
    }
  return syl;
}

size_t
td_translit_en (const char *w, size_t n, char *key, size_t *syllables)
{
  char s[64];
  size_t m = 0;
  for (; m < n && m < sizeof s; m++)
    {
      char c = w[m];
      if (c >= 'A' && c <= 'Z')
        c = (char) (c + 32);
      if (c < 'a' || c > 'z')
        break;
      s[m] = c;
    }
  *syllables = syllables_of (s, m);
  size_t len = 0;
  for (size_t i = 0; i < m; i++)
    {
      char c = s[i], next = i + 1 < m ? s[i + 1] : '\0';
      if (vowel (c) || c == 'w')
        continue;
      switch (c)
        {
        case 'b':
        case 'f':
        case 'v':
          put (key, &len, 'P');
          break;
        case 'p':
          put (key, &len, 'P');
          if (next == 'h')
            i++;
          break;
        case 'd':
        case 't':
          if (next == 'h')
            {
              put (key, &len, 'S');
              i++;
            }
          else if (next == 's' || next == 'z')
            {
              put (key, &len, 'S');
              i++;
            }
          else if (c == 't' && next == 'i' && i + 2 < m && s[i + 2] == 'o')
            put (key, &len, 'S');
          else
            put (key, &len, 'T');
          break;
        case 'c':
          if (next == 'h')
            {
              put (key, &len, 'S');
              i++;
            }
          else if (next == 'k')
            {
              put (key, &len, 'K');
              i++;
            }
          else
            put (key, &len, front (next) ? 'S' : 'K');
          break;
        case 'g':
          if (next == 'h')
            {
              i++; /* "gh" is silent ("through") or f; leave it out */
              break;
            }
          put (key, &len, front (next) ? 'S' : 'K');
          break;
        case 'k':
          put (key, &len, 'K');
          break;
        case 'q':
          put (key, &len, 'K');
          if (next == 'u')
            i++;
          break;
        case 'x':
          put (key, &len, 'K');
          put (key, &len, 'S');
          break;
        case 's':
          put (key, &len, 'S');
          if (next == 'h')
            i++;
          break;
        case 'j':
        case 'z':
          put (key, &len, 'S');
          break;
        case 'l':
          put (key, &len, 'L');
          break;
        case 'r':
          if (vowel (next))
            put (key, &len, 'L');
          break;
        case 'm':
          put (key, &len, 'M');
          break;
        case 'n':
          if (next == 'g' && (i + 2 >= m || !front (s[i + 2])))
            {
              put (key, &len, 'G');
              i++;
            }
          else if (next == 'k')
            put (key, &len, 'G');
          else
            put (key, &len, 'N');
          break;
        case 'h':
          if (i == 0)
            put (key, &len, 'H');
          break;
        default:
          break;
        }
    }
  return done (key, len);
}

/* The classes of the 19 initial consonants of a Hangul syllable
   (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ), 0 for none.  */
static const char initial_class[19] = {
  'K', 'K', 'N', 'T', 'T', 'L', 'M', 'P', 'P', 'S',
  'S', 0,   'S', 'S', 'S', 'K', 'T', 'P', 'H'
};

/* The classes of the 28 finals (none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ
   ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ): a final ㅅ is the t of a
   loanword ("인터넷", internet).  */
static const char final_class[28] = {
  0,   'K', 'K', 'K', 'N', 'N', 'N', 'T', 'L', 'L',
  'L', 'L', 'L', 'L', 'L', 'L', 'M', 'P', 'P', 'T',
  'T', 'G', 'T', 'T', 'K', 'T', 'P', 'T'
};

size_t
td_translit_ko (const char *w, size_t n, size_t nsyl, char *key)
{
  size_t len = 0;
  for (size_t i = 0; i + 2 < n && nsyl > 0; i += 3, nsyl--)
    {
      unsigned char a = (unsigned char) w[i], b = (unsigned char) w[i + 1],
                    c = (unsigned char) w[i + 2];
      if ((a & 0xF0) != 0xE0 || (b & 0xC0) != 0x80 || (c & 0xC0) != 0x80)
        break;
      unsigned cp = ((unsigned) (a & 0x0F) << 12)
                    | ((unsigned) (b & 0x3F) << 6) | (c & 0x3F);
      if (cp < 0xAC00 || cp > 0xD7A3)
        break;
      unsigned s = cp - 0xAC00;
      char ini = initial_class[s / (21 * 28)];
      char fin = final_class[s % 28];
      if (ini)
        put (key, &len, ini);
      if (fin)
        put (key, &len, fin);
    }
  return done (key, len);
}
