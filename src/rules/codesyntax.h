/* codesyntax.h: the comment and string syntax of the languages of code
   blocks, as data (one row per family of fence languages), and a lexer
   that finds the parts of code a translator may translate: comments,
   the contents of string literals and the text of markup elements.  Pure
   functions over bytes; nothing here knows the rules.  */
#ifndef TD_CODESYNTAX_H
#define TD_CODESYNTAX_H

#include <stdbool.h>
#include <stddef.h>

/* What a span of code is.  */
enum td_code_part
{
  TD_CODE_COMMENT, /* a comment, with its delimiters */
  TD_CODE_STRING,  /* the contents of a string literal, without quotes */
  TD_CODE_TEXT,    /* the text of a markup element, between tags */
  TD_CODE__COUNT
};

/* One translatable span: bytes [START, END) of the code.  */
struct td_code_span
{
  size_t start, end;
  enum td_code_part part;
};

/* Whether the fence language LANG (an info string: its first word counts,
   in any case) has a row in the table.  Code of an unknown language has
   no spans.  */
bool td_code_lang_known (const char *lang);

/* The translatable spans of CODE, written in fence language LANG, in
   order and without overlap, into *SPANS (a new array owned by the
   caller; NULL when there are none).  Returns their number.  */
size_t td_code_spans (const char *code, const char *lang,
                      struct td_code_span **spans);

/* CODE without the bytes of its spans SPANS (N of them) whose part is in
   MASK (bit 1 << part), except their line breaks: line I of the result is
   line I of CODE.  Returns a new string owned by the caller.  */
char *td_code_without (const char *code, const struct td_code_span *spans,
                       size_t n, unsigned mask);

#endif
