/* suggest.h: "did you mean ...?": the known word nearest to a misspelt
   one, by Damerau-Levenshtein distance.  It returns data; the caller
   words and prints the suggestion.  */
#ifndef TD_SUGGEST_H
#define TD_SUGGEST_H

#include <stddef.h>

/* The optimal-string-alignment Damerau-Levenshtein distance between A and
   B: the fewest insertions, deletions, substitutions and swaps of two
   adjacent bytes that turn one into the other.  ASCII letters that differ
   only in case count as equal.  */
size_t td_edit_distance (const char *a, const char *b);

/* A search for the candidate nearest to a word.  The caller owns it (on
   the stack, usually); it points to the word and candidates, which must
   outlive it.  */
struct td_suggest
{
  const char *word; /* what the user gave */
  const char *best; /* the nearest candidate so far, or NULL */
  size_t dist;      /* its distance */
};

/* Starts a search for the candidate nearest to WORD.  */
void td_suggest_init (struct td_suggest *s, const char *word);

/* Considers CANDIDATE (NULL is ignored).  It is kept when it is nearer
   than the best so far and near enough: at most a third of the longer
   of the two (at least 1) edits away, and not WORD itself.  The first
   of equally near candidates wins.  */
void td_suggest_add (struct td_suggest *s, const char *candidate);

/* The nearest of the NULL-terminated CANDIDATES to WORD (see
   td_suggest_add), or NULL when none is near enough.  */
const char *td_suggest_list (const char *word,
                             const char *const *candidates);

#endif
