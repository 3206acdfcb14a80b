/* utf8.h: UTF-8 decoding, character counts, display widths and script
   classes.  Input text is UTF-8 bytes whatever the locale; nothing here
   depends on setlocale.  */
#ifndef TD_UTF8_H
#define TD_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes one sequence at S, N (> 0) bytes available.  On success stores
   the code point in *CP and returns its length (1 to 4).  An invalid,
   overlong, surrogate, out-of-range or truncated sequence returns -1 and
   stores U+FFFD; the caller skips one byte.  */
int td_utf8_decode_any (const unsigned char *s, size_t n, uint32_t *cp);

/* td_utf8_decode_any with the common cases inline: ASCII, and the 3-byte
   sequences of U+1000-U+D7FF (Hangul syllables, CJK), which cannot be
   overlong or surrogates.  The rules run it on every character of both
   pages.  */
static inline int
td_utf8_decode (const unsigned char *s, size_t n, uint32_t *cp)
{
  if (s[0] < 0x80)
    {
      *cp = s[0];
      return 1;
    }
  if (n >= 3 && s[0] >= 0xE1 && (s[0] <= 0xEC || (s[0] == 0xED && s[1] < 0xA0))
      && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80)
    {
      *cp = ((uint32_t) (s[0] & 0x0F) << 12) | ((uint32_t) (s[1] & 0x3F) << 6)
            | (uint32_t) (s[2] & 0x3F);
      return 3;
    }
  return td_utf8_decode_any (s, n, cp);
}

/* Writes CP (<= U+10FFFF) as UTF-8 into OUT and returns the length.  */
int td_utf8_encode (uint32_t cp, char out[4]);

/* Number of characters (code points) in the N bytes at S; each invalid
   byte counts as one character.  */
size_t td_utf8_chars (const char *s, size_t n);

/* Terminal columns of CP: 0 for combining marks, zero-width characters
   and Hangul medial/final jamo; 2 for East Asian Wide and Fullwidth
   characters (Hangul syllables, CJK, fullwidth forms); 1 otherwise.  */
int td_uc_width (uint32_t cp);

/* Terminal columns of the N bytes at S (an invalid byte is 1 column,
   a tab is 1 column).  */
size_t td_utf8_width (const char *s, size_t n);

/* Any Hangul code point: syllables U+AC00-U+D7A3, jamo U+1100-U+11FF,
   compatibility jamo U+3130-U+318F, extended jamo U+A960-U+A97F and
   U+D7B0-U+D7FF.  */
bool td_uc_is_hangul (uint32_t cp);
/* A precomposed Hangul syllable, U+AC00-U+D7A3.  */
bool td_uc_is_hangul_syllable (uint32_t cp);
/* A Latin letter: ASCII A-Z a-z, or a letter of Latin-1 Supplement and
   Latin Extended-A/B (U+00C0-U+024F, not U+00D7 or U+00F7).  */
bool td_uc_is_latin (uint32_t cp);

/* True when the N bytes at S hold a Hangul letter (td_uc_is_hangul);
   stops at the first one.  */
bool td_utf8_has_hangul (const char *s, size_t n);

/* Adds to *HANGUL and *LATIN the number of Hangul and Latin letters in
   the N bytes at S.  */
void td_utf8_count_scripts (const char *s, size_t n, size_t *hangul,
                            size_t *latin);

/* True when the N bytes at S read as Korean text in CP949 (EUC-KR and
   its extension, the legacy Korean encoding of Windows): every byte
   outside ASCII is the first of a CP949 pair (0x81-0xFE, then 0x41-0x5A,
   0x61-0x7A or 0x81-0xFE), and at least 2 pairs are Hangul syllables of
   KS X 1001 (0xB0-0xC8, then 0xA1-0xFE).  Meant for text that is not
   valid UTF-8.  */
bool td_looks_cp949 (const unsigned char *s, size_t n);

#endif
