/* wdiff.h: a word diff of two versions of an English text, as
   "git diff --word-diff=plain" shows it: the words of the new text, with
   runs of removed words as "[-old words-]" and runs of added words as
   "{+new words+}" (a removed run right before the added run that replaces
   it: "[-old-]{+new+}").
   Words are runs of non-space bytes; the result separates them by one
   space, whatever white space separated them.  The words are matched by
   the alignment engine's longest common subsequence (align.h).  */
#ifndef TD_WDIFF_H
#define TD_WDIFF_H

#include <stddef.h>

/* The word diff of OLD (OLD_LEN bytes) into NEW (NEW_LEN bytes): a new
   string ("" when both are blank).  */
char *td_word_diff (const char *old, size_t old_len, const char *new_text,
                    size_t new_len);

#endif
