/* wdiff.c: a word diff of two texts (see wdiff.h).  */
#include <config.h>
#include "util/system.h"
#include "align/wdiff.h"

#include "align/align.h"
#include "align/bitext.h"
#include "util/buf.h"
#include "util/xalloc.h"

/* The words of a text: byte ranges and hashes.  */
struct words
{
  size_t *start, *end; /* owned */
  uint64_t *hash;      /* owned */
  size_t n;
};

static bool
is_space (unsigned char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
         || c == '\v';
}

static void
split_words (const char *s, size_t len, struct words *w)
{
  size_t alloc = 0;
  w->start = w->end = NULL;
  w->hash = NULL;
  w->n = 0;
  size_t i = 0;
  while (i < len)
    {
      while (i < len && is_space ((unsigned char) s[i]))
        i++;
      if (i >= len)
        break;
      size_t b = i;
      while (i < len && !is_space ((unsigned char) s[i]))
        i++;
      if (w->n == alloc)
        {
          size_t a = alloc;
          w->start = xgrow (w->start, &a, w->n + 1, sizeof *w->start);
          a = alloc;
          w->end = xgrow (w->end, &a, w->n + 1, sizeof *w->end);
          w->hash = xgrow (w->hash, &alloc, w->n + 1, sizeof *w->hash);
        }
      w->start[w->n] = b;
      w->end[w->n] = i;
      w->hash[w->n] = td_bitext_hash (0, s + b, i - b);
      w->n++;
    }
}

static void
free_words (struct words *w)
{
  free (w->start);
  free (w->end);
  free (w->hash);
}

/* Appends words [FROM, TO) of W in S, space-separated, after a space
   when B is not empty.  */
static void
put_words (struct td_buf *b, const char *s, const struct words *w,
           size_t from, size_t to, const char *open, const char *close)
{
  if (from >= to)
    return;
  /* An added run right after the removed run it replaces is joined to
     it, as git shows it: "[-old-]{+new+}".  */
  bool joined = b->len >= 2 && STREQ (open, "{+")
                && memcmp (b->data + b->len - 2, "-]", 2) == 0;
  if (b->len > 0 && !joined)
    td_buf_putc (b, ' ');
  td_buf_puts (b, open);
  for (size_t i = from; i < to; i++)
    {
      if (i > from)
        td_buf_putc (b, ' ');
      td_buf_put (b, s + w->start[i], w->end[i] - w->start[i]);
    }
  td_buf_puts (b, close);
}

char *
td_word_diff (const char *old, size_t old_len, const char *new_text,
              size_t new_len)
{
  struct words a, b;
  split_words (old, old_len, &a);
  split_words (new_text, new_len, &b);
  /* Owned: for each old word, the new word it stays as, or -1.  */
  long *a2b = xmalloc ((a.n + 1) * sizeof *a2b);
  td_align_lcs (a.hash, a.n, b.hash, b.n, a2b);

  struct td_buf out = TD_BUF_INIT;
  size_t i = 0, j = 0;
  while (i < a.n || j < b.n)
    {
      /* The next kept pair, or the ends.  */
      size_t ni = i;
      while (ni < a.n && a2b[ni] < 0)
        ni++;
      size_t nj = ni < a.n ? (size_t) a2b[ni] : b.n;
      put_words (&out, old, &a, i, ni, "[-", "-]");
      put_words (&out, new_text, &b, j, nj, "{+", "+}");
      if (ni < a.n)
        put_words (&out, new_text, &b, nj, nj + 1, "", "");
      i = ni + 1;
      j = nj + 1;
      if (ni >= a.n)
        break;
    }
  free (a2b);
  free_words (&a);
  free_words (&b);
  return td_buf_detach (&out);
}
