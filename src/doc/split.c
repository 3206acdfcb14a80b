/* split.c: find where the Korean part of a bilingual file begins.  */
#include <config.h>
#include "util/system.h"
#include "doc/split.h"

#include "util/xalloc.h"

static bool
is_prose (const struct td_block *b)
{
  return b->kind == TD_BLK_HEADING || b->kind == TD_BLK_PARAGRAPH
         || b->kind == TD_BLK_TABLE;
}

/* "Mainly Hangul": a Hangul syllable carries about as much text as two
   or three Latin letters, so weigh it double.  */
static bool
mainly_hangul (size_t hangul, size_t latin)
{
  return hangul > 0 && 2 * hangul > latin;
}

long
td_split_find (const struct td_doc *doc)
{
  size_t n = doc->nblocks;
  size_t total_h = 0, total_l = 0;
  for (size_t i = 0; i < n; i++)
    if (is_prose (&doc->blocks[i]))
      {
        total_h += doc->blocks[i].hangul;
        total_l += doc->blocks[i].latin;
      }
  size_t h = 0, l = 0;
  long best = -1;
  long best_score = 0;
  for (size_t i = 0; i < n; i++)
    {
      const struct td_block *b = &doc->blocks[i];
      if (b->kind == TD_BLK_BREAK && b->depth == 0)
        {
          size_t ha = total_h - h, la = total_l - l;
          if (l > 2 * h && l > 0 && mainly_hangul (ha, la))
            {
              long score = (long) l + 2 * (long) ha - 2 * (long) h - (long) la;
              if (best < 0 || score > best_score)
                {
                  best = (long) i;
                  best_score = score;
                }
            }
        }
      if (is_prose (b))
        {
          h += b->hangul;
          l += b->latin;
        }
    }
  return best;
}

int
td_split (const struct td_doc *doc, struct td_half *en, struct td_half *ko)
{
  long b = td_split_find (doc);
  if (b < 0)
    return -1;
  en->doc = ko->doc = doc;
  /* MDX import/export lines at the top are shared by both languages.  */
  size_t first = 0;
  while (first < (size_t) b && doc->blocks[first].kind == TD_BLK_IMPORT)
    first++;
  en->first = first;
  en->last = (size_t) b;
  ko->first = (size_t) b + 1;
  ko->last = doc->nblocks;
  en->lang = "en";
  ko->lang = "ko";
  return 0;
}

void
td_half_whole (const struct td_doc *doc, const char *lang,
               struct td_half *half)
{
  half->doc = doc;
  half->first = 0;
  half->last = doc->nblocks;
  half->lang = lang;
}

/* The Latin letters of the prose of DOC.  */
static size_t
prose_latin (const struct td_doc *doc)
{
  size_t l = 0;
  for (size_t i = 0; i < doc->nblocks; i++)
    if (is_prose (&doc->blocks[i]))
      l += doc->blocks[i].latin;
  return l;
}

bool
td_split_has_english_copy (const struct td_doc *doc, long boundary,
                           const struct td_doc *english)
{
  size_t h = 0, l = 0, prose = 0;
  for (long i = 0; i < boundary && (size_t) i < doc->nblocks; i++)
    {
      const struct td_block *b = &doc->blocks[i];
      if (is_prose (b) && b->latin > 0)
        {
          prose++;
          h += b->hangul;
          l += b->latin;
        }
    }
  /* A copy of the English page is about as long as the page: a byline
     with the authors' names before a '---', as blog posts have it, is
     not one.  */
  if (english && 3 * l < prose_latin (english))
    return false;
  return prose >= 1 && l >= 20 && l > 4 * h;
}
