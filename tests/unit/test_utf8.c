/* test_utf8.c: unit tests of UTF-8 decoding, widths and script classes.  */
#include <config.h>
#include "util/system.h"
#include "util/utf8.h"

#include "harness.h"

/* Decodes the N bytes at S; stores the code point in *CP.  */
static int
dec (const char *s, size_t n, uint32_t *cp)
{
  return td_utf8_decode ((const unsigned char *) s, n, cp);
}

static void
test_decode (void)
{
  uint32_t cp;

  INT_EQ (dec ("A", 1, &cp), 1, "ASCII length");
  INT_EQ (cp, 0x41, "ASCII code point");
  INT_EQ (dec ("\xC3\xA9", 2, &cp), 2, "2-byte length");
  INT_EQ (cp, 0xE9, "2-byte code point");
  INT_EQ (dec ("\xED\x95\x9C", 3, &cp), 3, "3-byte length (han)");
  INT_EQ (cp, 0xD55C, "3-byte code point");
  INT_EQ (dec ("\xF0\x9F\x98\x80", 4, &cp), 4, "4-byte length");
  INT_EQ (cp, 0x1F600, "4-byte code point");
  INT_EQ (dec ("\xF4\x8F\xBF\xBF", 4, &cp), 4, "U+10FFFF is valid");
  INT_EQ (cp, 0x10FFFF, "U+10FFFF code point");

  INT_EQ (dec ("\xC0\x80", 2, &cp), -1, "overlong C0 80");
  INT_EQ (cp, 0xFFFD, "invalid gives U+FFFD");
  INT_EQ (dec ("\xC1\xBF", 2, &cp), -1, "overlong C1 BF");
  INT_EQ (dec ("\xE0\x80\x80", 3, &cp), -1, "overlong E0 80 80");
  INT_EQ (dec ("\xF0\x8F\xBF\xBF", 4, &cp), -1, "overlong 4-byte");
  INT_EQ (dec ("\xED\xA0\x80", 3, &cp), -1, "surrogate ED A0 80");
  INT_EQ (dec ("\xF4\x90\x80\x80", 4, &cp), -1, "above U+10FFFF");
  INT_EQ (dec ("\xF5\x80\x80\x80", 4, &cp), -1, "F5 lead byte");
  INT_EQ (dec ("\xED\x95", 2, &cp), -1, "truncated 3-byte (n)");
  INT_EQ (dec ("\xED\x95" "A", 3, &cp), -1, "truncated 3-byte (ASCII)");
  INT_EQ (dec ("\xF0\x9F\x98", 3, &cp), -1, "truncated 4-byte");
  INT_EQ (dec ("\x80", 1, &cp), -1, "lone continuation byte");
  INT_EQ (dec ("\xBF" "A", 2, &cp), -1, "lone continuation before ASCII");
  INT_EQ (dec ("\xFF", 1, &cp), -1, "FF byte");
}

static void
test_encode (void)
{
  static const uint32_t cps[] = { 0, 0x41, 0x7F, 0x80, 0xE9, 0x7FF, 0x800,
                                  0xAC00, 0xFFFD, 0xFFFF, 0x10000, 0x1F600,
                                  0x10FFFF };
  static const int lens[] = { 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4 };

  for (size_t i = 0; i < ARRAY_SIZE (cps); i++)
    {
      char buf[4];
      uint32_t back = 0;
      int len = td_utf8_encode (cps[i], buf);
      INT_EQ (len, lens[i], "encoded length");
      INT_EQ (td_utf8_decode ((unsigned char *) buf, (size_t) len, &back),
              len, "round trip length");
      INT_EQ (back, cps[i], "round trip code point");
    }

  char buf[4];
  INT_EQ (td_utf8_encode (0xC548, buf), 3, "encode U+C548 length");
  OK (memcmp (buf, "\xEC\x95\x88", 3) == 0, "encode U+C548 bytes");
}

static void
test_chars_width (void)
{
  const char *s = "안녕 a";

  INT_EQ (strlen (s), 8, "byte length of \"안녕 a\"");
  INT_EQ (td_utf8_chars (s, strlen (s)), 4, "chars of \"안녕 a\"");
  INT_EQ (td_utf8_width (s, strlen (s)), 6, "width of \"안녕 a\"");
  INT_EQ (td_utf8_chars ("", 0), 0, "chars of empty");
  INT_EQ (td_utf8_chars ("a\x80\xC3" "b", 4), 4, "invalid bytes count one");
  INT_EQ (td_utf8_width ("a\x80\xC3" "b", 4), 4, "invalid bytes width one");
  INT_EQ (td_utf8_width ("a\tb", 3), 3, "tab is one column");

  INT_EQ (td_uc_width (0xFF21), 2, "fullwidth A");
  INT_EQ (td_utf8_width ("\xEF\xBC\xA1", 3), 2, "fullwidth A in text");
  INT_EQ (td_uc_width (0x0301), 0, "combining acute");
  INT_EQ (td_utf8_width ("e\xCC\x81", 3), 1, "e + combining acute");
  INT_EQ (td_uc_width (0x200B), 0, "zero width space");
  INT_EQ (td_uc_width (0xFEFF), 0, "BOM");
  INT_EQ (td_uc_width (0x1100), 2, "initial jamo");
  INT_EQ (td_uc_width (0x1161), 0, "medial jamo");
  INT_EQ (td_uc_width (0x11A8), 0, "final jamo");
  INT_EQ (td_uc_width (0xD7B0), 0, "jamo extended-B");
  INT_EQ (td_uc_width (0xAC00), 2, "first syllable");
  INT_EQ (td_uc_width (0xD7A3), 2, "last syllable");
  INT_EQ (td_uc_width (0xD7A4), 1, "after syllables");
  INT_EQ (td_uc_width (0x4E2D), 2, "CJK ideograph");
  INT_EQ (td_uc_width (0x3042), 2, "hiragana");
  INT_EQ (td_uc_width (0x1F600), 2, "emoji");
  INT_EQ (td_uc_width (0x20000), 2, "CJK extension B");
  INT_EQ (td_uc_width (0xE9), 1, "e acute");
  INT_EQ (td_uc_width (0x303F), 1, "U+303F is narrow");
  INT_EQ (td_uc_width (0xFF61), 1, "halfwidth katakana");
  INT_EQ (td_uc_width (0x10FFFF), 1, "last code point");
}

static void
test_scripts (void)
{
  size_t h = 0, l = 0;

  OK (td_uc_is_hangul (0xAC00), "syllable is hangul");
  OK (td_uc_is_hangul (0x1100), "jamo is hangul");
  OK (td_uc_is_hangul (0x3131), "compatibility jamo is hangul");
  OK (td_uc_is_hangul (0xA960), "extended-A jamo is hangul");
  OK (td_uc_is_hangul (0xD7FF), "extended-B jamo is hangul");
  OK (!td_uc_is_hangul (0x4E2D), "CJK is not hangul");
  OK (!td_uc_is_hangul ('a'), "a is not hangul");
  OK (td_uc_is_hangul_syllable (0xD7A3), "last syllable");
  OK (!td_uc_is_hangul_syllable (0x3131), "compatibility jamo not syllable");
  OK (td_uc_is_latin ('a') && td_uc_is_latin ('Z'), "ASCII letters");
  OK (!td_uc_is_latin ('1') && !td_uc_is_latin ('@'), "ASCII non-letters");
  OK (td_uc_is_latin (0xE9) && td_uc_is_latin (0x24F), "accented letters");
  OK (!td_uc_is_latin (0xD7) && !td_uc_is_latin (0xF7), "x and / signs");
  OK (!td_uc_is_latin (0x250), "IPA is not Latin here");

  const char *s = "ClickPipes 역할 기반 café 123";
  td_utf8_count_scripts (s, strlen (s), &h, &l);
  INT_EQ (h, 4, "hangul count");
  INT_EQ (l, 14, "latin count");
  td_utf8_count_scripts ("가\x80z", 5, &h, &l);
  INT_EQ (h, 5, "hangul count adds");
  INT_EQ (l, 15, "latin count adds, invalid byte skipped");

  OK (td_utf8_has_hangul (s, strlen (s)), "has hangul");
  OK (td_utf8_has_hangul ("\x80\xff\xe3\x84\xb1", 5),
      "compatibility jamo after invalid bytes");
  OK (!td_utf8_has_hangul ("caf\xc3\xa9 \xe4\xb8\xad", 9),
      "no hangul in Latin and Han");
  OK (!td_utf8_has_hangul ("\xea\xb0", 2), "a cut syllable is none");
  OK (!td_utf8_has_hangul ("", 0), "empty");
}

/* CP949 (EUC-KR) Korean text is recognised; UTF-8 Hangul, Latin-1 and
   a stray byte are not.  */
static void
test_cp949 (void)
{
  /* "제목 안녕" in CP949.  */
  const unsigned char ko[] = { 0xC1, 0xA6, 0xB8, 0xF1, ' ', 0xBE, 0xC8,
                               0xB3, 0xE7 };
  OK (td_looks_cp949 (ko, sizeof ko), "CP949 Hangul");
  OK (!td_looks_cp949 (ko, 2), "one syllable is too little");
  OK (!td_looks_cp949 (ko, sizeof ko - 1), "a lead byte at the end");
  const char *utf8 = "제목 안녕";
  OK (!td_looks_cp949 ((const unsigned char *) utf8, strlen (utf8)),
      "UTF-8 Hangul is not CP949");
  const char *latin1 = "caf\xE9 au lait, na\xEFve";
  OK (!td_looks_cp949 ((const unsigned char *) latin1, strlen (latin1)),
      "Latin-1 is not CP949");
  const char *ascii = "plain text";
  OK (!td_looks_cp949 ((const unsigned char *) ascii, strlen (ascii)),
      "ASCII alone is not CP949");
}

int
main (void)
{
  test_cp949 ();
  test_decode ();
  test_encode ();
  test_chars_width ();
  test_scripts ();
  return td_test_end ("test_utf8");
}
