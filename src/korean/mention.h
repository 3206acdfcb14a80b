/* mention.h: short quoted examples in Korean prose.  A text that quotes
   a few characters to talk about them ("the hedge '을 (를)'", "'。' 기호는",
   "'ㆍ'(아래아)") mentions them: it does not use them, and the rules of
   punctuation, particles, annotating parentheses and visible Unicode
   must not correct them (korean.c lists the kinds of findings).  Pure functions over UTF-8 bytes, as korean.h.  */
#ifndef TD_KO_MENTION_H
#define TD_KO_MENTION_H

#include <stdbool.h>
#include <stddef.h>

/* The longest quoted text, in characters between the quotes, that is
   taken as a mention; a longer quotation (a sentence, a UI message) is
   text that the rules read.  */
#define TD_KO_MENTION_MAX 20

/* One mention: the bytes from the opening quote to the closing quote,
   both included.  */
struct td_ko_span
{
  size_t start, end;
};

/* The mentions of a text, in order, not overlapping.  */
struct td_ko_spans
{
  struct td_ko_span *v; /* owned */
  size_t n, alloc;
};

/* End of the inline code span opened by the backtick run at byte I of
   the N bytes at TEXT, or I when the run has no closing run of the same
   length.  */
size_t td_ko_code_span_end (const char *text, size_t n, size_t i);

/* Appends to OUT the mentions of the N bytes of Markdown at TEXT: a
   quotation in '...', "...", U+2018...U+2019 or U+201C...U+201D on one
   line, of 1 to TD_KO_MENTION_MAX characters, that neither starts nor
   ends with white space and is no sentence (it does not end in '.', '?'
   or '!' after another character: "무엇인가요?" is a quotation).  A straight or curly single quote between two
   ASCII letters or digits is an apostrophe (don't, user’s), and a
   straight quote right after an ASCII letter, digit or Hangul syllable
   opens nothing.  Quotes inside inline code spans are not quotes, and a
   code span inside a quotation does not count its quotes.  */
void td_ko_mentions (const char *text, size_t n, struct td_ko_spans *out);

/* Whether byte AT lies inside one of the spans of S.  */
bool td_ko_spans_contain (const struct td_ko_spans *s, size_t at);

/* Frees what S owns and empties it.  */
void td_ko_spans_free (struct td_ko_spans *s);

#endif
