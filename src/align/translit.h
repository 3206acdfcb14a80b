/* translit.h: sound keys that let an English word meet the Korean loanword
   written for it ("computer" and 컴퓨터, "online" and 온라인, "hint" and
   힌트), a lexical anchor for the sentence alignment that needs no
   dictionary.  Korean technical prose writes most product and computing
   terms as loanwords in Hangul; Melamed's bitext maps use such cognates as
   points of correspondence (../shared/research/alignment.md 3.1).

   A key is the word's consonants, each in one of ten coarse classes,
   vowels left out and a run of one class written once:

     P  b p f v (ph)       ㅂ ㅍ ㅃ
     T  t d                ㄷ ㅌ ㄸ, and a final ㅅ ㅆ ㅈ ㅊ ㅌ ㅎ
     K  c k q g (ck, qu)   ㄱ ㅋ ㄲ
     S  s z j, c g before e i y, ch sh th, t before io, ts ds
                           ㅅ ㅆ ㅈ ㅊ ㅉ
     L  l, r before a vowel (a final or preconsonantal r is silent in
        Korean loanwords: "server" 서버, "keyboard" 키보드)
                           ㄹ
     M  m                  ㅁ
     N  n                  ㄴ
     G  ng, n before k     a final ㅇ
     H  h at the start     ㅎ
     x is K S; w, y, a final gh and the vowels count nothing, nor an
     initial ㅇ.

   The classes are coarse on purpose: a key of three classes or more
   that two words share is rarely chance, and the alignment treats it as
   weak evidence, like a Latin word the two sentences share.  Keys of
   fewer classes are not made: "web" and 웹 are one class.  */
#ifndef TD_TRANSLIT_H
#define TD_TRANSLIT_H

#include <stddef.h>

/* The longest key made; a word with more classes is cut there.  */
#define TD_TRANSLIT_MAX 24

/* The fewest classes a key has.  */
#define TD_TRANSLIT_MIN 3

/* Writes the key of the English word W (N bytes, ASCII letters; other
   bytes end it) into KEY (TD_TRANSLIT_MAX + 1 bytes, NUL-terminated).
   Returns its length, 0 when it has fewer than TD_TRANSLIT_MIN
   classes.  Stores in *SYLLABLES the number of Hangul syllables its
   loanword would have: a syllable for each group of vowels (a final 'e'
   is silent), and one more for each consonant that no vowel follows and
   that Korean cannot write as a final (t, d, s, k after a consonant...:
   "test" 테스트, 3).  Callers compare it with the Korean word's within
   one: "sense" (2) does not meet 지나치지 (4), whose consonants it
   shares.  */
size_t td_translit_en (const char *w, size_t n, char *key,
                       size_t *syllables);

/* The same for the Korean word W (N bytes of UTF-8 Hangul syllables;
   anything else ends it), of its first NSYL syllables only (a particle
   or ending after a loanword is not part of it: the caller tries
   several NSYL).  */
size_t td_translit_ko (const char *w, size_t n, size_t nsyl, char *key);

#endif
