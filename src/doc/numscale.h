/* numscale.h: the value of a number written with scale words.  Korean
   writes large numbers in units of ten thousand ("3,900만", "2억 8,500만",
   "1만 2천"), English with scale words ("39 million"); the number rule
   compares values, so both become digits ("39000000").  Pure functions on
   byte ranges: no allocation, no locale.  */
#ifndef TD_NUMSCALE_H
#define TD_NUMSCALE_H

#include <stdbool.h>
#include <stddef.h>

/* Reads the number at S[OFF, OFF + LEN) (digits with ',' or '.' groups,
   as td_number_next finds it) with the scale that follows it in S (N
   bytes): Korean units written right after digits (십, 백, 천 and 만, 억,
   조, more groups of them after one space each, "1억 1천만"), or one
   English scale word after a space ("thousand", "million", "billion",
   "trillion", any case).  On success writes the value in digits into OUT
   (OUTSZ bytes), stores in *END the offset just past the scale and
   returns true.  Returns false (OUT and *END untouched) when no scale
   follows, or when the value is not a whole number below 10^18.  */
bool td_number_scale (const char *s, size_t n, size_t off, size_t len,
                      size_t *end, char *out, size_t outsz);

#endif
