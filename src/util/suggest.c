/* suggest.c: the known word nearest to a misspelt one (see suggest.h).  */
#include <config.h>
#include "util/system.h"
#include "util/suggest.h"

#include "util/xalloc.h"

/* C folded to lower case when it is an ASCII letter (whatever the
   locale).  */
static unsigned char
fold (unsigned char c)
{
  return c >= 'A' && c <= 'Z' ? (unsigned char) (c - 'A' + 'a') : c;
}

static size_t
min3 (size_t a, size_t b, size_t c)
{
  size_t m = a < b ? a : b;
  return m < c ? m : c;
}

size_t
td_edit_distance (const char *a, const char *b)
{
  const unsigned char *s = (const unsigned char *) a;
  const unsigned char *t = (const unsigned char *) b;
  size_t m = strlen (a), n = strlen (b);
  /* Three rows of the dynamic programme: i - 2, i - 1 and i.  Owned
     here.  */
  size_t *rows = xcalloc (3 * (n + 1), sizeof *rows);
  size_t *prev2 = rows, *prev = rows + n + 1, *cur = rows + 2 * (n + 1);

  for (size_t j = 0; j <= n; j++)
    prev[j] = j;
  for (size_t i = 1; i <= m; i++)
    {
      cur[0] = i;
      for (size_t j = 1; j <= n; j++)
        {
          size_t cost = fold (s[i - 1]) == fold (t[j - 1]) ? 0 : 1;
          cur[j] = min3 (prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
          if (i > 1 && j > 1 && fold (s[i - 1]) == fold (t[j - 2])
              && fold (s[i - 2]) == fold (t[j - 1])
              && prev2[j - 2] + 1 < cur[j])
            cur[j] = prev2[j - 2] + 1;
        }
      size_t *tmp = prev2;
      prev2 = prev;
      prev = cur;
      cur = tmp;
    }
  size_t d = prev[n];
  free (rows);
  return d;
}

void
td_suggest_init (struct td_suggest *s, const char *word)
{
  s->word = word;
  s->best = NULL;
  s->dist = 0;
}

void
td_suggest_add (struct td_suggest *s, const char *candidate)
{
  if (!candidate || STREQ (candidate, s->word))
    return;
  size_t la = strlen (s->word), lb = strlen (candidate);
  size_t limit = (la > lb ? la : lb) / 3;
  if (limit < 1)
    limit = 1;
  size_t d = td_edit_distance (s->word, candidate);
  if (d <= limit && (!s->best || d < s->dist))
    {
      s->best = candidate;
      s->dist = d;
    }
}

const char *
td_suggest_list (const char *word, const char *const *candidates)
{
  struct td_suggest s;
  td_suggest_init (&s, word);
  for (; *candidates; candidates++)
    td_suggest_add (&s, *candidates);
  return s.best;
}
