/* stale.c: the blocks of a Korean page that an English change made stale
   (see stale.h).  */
#include <config.h>
#include "util/system.h"
#include "rules/stale.h"

#include "align/align.h"
#include "align/wdiff.h"
#include "doc/doc.h"
#include "doc/source.h"
#include "page/page.h"
#include "rules/sign.h"
#include "util/buf.h"
#include "util/xalloc.h"

const char *
td_stale_state_name (enum td_stale_state s)
{
  switch (s)
    {
    case TD_STALE_UP_TO_DATE: return "up-to-date";
    case TD_STALE_OUTDATED: return "outdated";
    case TD_STALE_MISSING: return "missing";
    case TD_STALE_UNKNOWN: break;
    }
  return "unknown";
}

const char *
td_change_kind_name (enum td_change_kind k)
{
  switch (k)
    {
    case TD_CHANGE_CHANGED: return "changed";
    case TD_CHANGE_NEW: return "new";
    case TD_CHANGE_REMOVED: break;
    }
  return "removed";
}

static bool
is_container (enum td_block_kind k)
{
  return k == TD_BLK_LIST || k == TD_BLK_ITEM || k == TD_BLK_QUOTE
         || k == TD_BLK_ADMONITION;
}

/* The words of block B of DOC, one space apart: its source for a leaf
   block or when WHOLE, else its kind-specific text for a container (the
   children speak for their content).  A new string.  */
static char *
block_words (const struct td_doc *doc, const struct td_block *b, bool whole)
{
  const char *s = NULL;
  size_t n = 0;
  struct td_buf tmp = TD_BUF_INIT;
  if (is_container (b->kind) && !whole)
    {
      td_buf_printf (&tmp, "%s %s", b->text, b->info);
      s = tmp.data ? tmp.data : "";
      n = tmp.len;
    }
  else
    {
      size_t from = td_source_offset (doc->src, b->line, b->col);
      size_t to = td_source_offset (doc->src, b->end_line, b->end_col);
      if (to < doc->src->len)
        to++;
      if (to > from)
        {
          s = doc->src->data + from;
          n = to - from;
        }
      else
        {
          s = b->text;
          n = strlen (s);
        }
    }
  struct td_buf out = TD_BUF_INIT;
  size_t i = 0;
  while (i < n)
    {
      while (i < n && strchr (" \t\r\n\f\v", s[i]) && s[i])
        i++;
      size_t w = i;
      while (i < n && !strchr (" \t\r\n\f\v", s[i]))
        i++;
      if (i > w)
        {
          if (out.len)
            td_buf_putc (&out, ' ');
          td_buf_put (&out, s + w, i - w);
        }
    }
  td_buf_free (&tmp);
  return td_buf_detach (&out);
}

static void
add (struct td_stale *s, enum td_change_kind kind,
     const struct td_block *en, const struct td_block *ko, bool ko_after,
     int ko_line, char *diff)
{
  s->changes = xgrow (s->changes, &s->alloc, s->n + 1, sizeof *s->changes);
  s->changes[s->n++] = (struct td_change) {
    kind, en->line, ko ? ko->line : ko_line, ko_after, en->end_line,
    ko ? ko->end_line : 0, diff };
  if (kind == TD_CHANGE_CHANGED)
    s->nchanged++;
  else if (kind == TD_CHANGE_NEW)
    s->nnew++;
  else
    s->nremoved++;
}

/* The Korean block that translates old English block OLD (an index into
   the old document) through OK, or -1.  */
static long
korean_of (const struct td_half *old, const struct td_alignment *ok,
           long blk)
{
  if (blk < (long) old->first || blk >= (long) old->last)
    return -1;
  long p = ok->en_pair[blk - (long) old->first];
  if (p < 0)
    return -1;
  return ok->pairs[p].ko;
}

/* Whether block BLK of half H has an enclosing block that is also
   unpaired in AL (SIDE 0: AL's English side, 1: its other side).  */
static bool
parent_unpaired (const struct td_half *h, const struct td_alignment *al,
                 int side, long blk)
{
  int parent = h->doc->blocks[blk].parent;
  if (parent < 0 || parent < (long) h->first)
    return false;
  long p = (side ? al->ko_pair : al->en_pair)[parent - (long) h->first];
  if (p < 0)
    return true;
  const struct td_pair *pr = &al->pairs[p];
  return side ? pr->en < 0 : pr->ko < 0;
}

static int
cmp_change (const void *a, const void *b)
{
  const struct td_change *x = a, *y = b;
  if (x->ko_line != y->ko_line)
    return x->ko_line < y->ko_line ? -1 : 1;
  if (x->en_line != y->en_line)
    return x->en_line < y->en_line ? -1 : 1;
  return (int) x->kind - (int) y->kind;
}

/* The old English block BLK went away.  */
static void
removed (struct td_stale *s, const struct td_half *old,
         const struct td_half *ko, const struct td_alignment *ok,
         const struct td_alignment *oc, long blk)
{
  if (parent_unpaired (old, oc, 0, blk))
    return;
  long k = korean_of (old, ok, blk);
  const struct td_block *b = &old->doc->blocks[blk];
  add (s, TD_CHANGE_REMOVED, b, k >= 0 ? &ko->doc->blocks[k] : NULL, false,
       0, block_words (old->doc, b, true));
}

void
td_stale_compare (struct td_page *old_pair, struct td_page *cur,
                  const struct td_config *cfg, struct td_stale *out)
{
  memset (out, 0, sizeof *out);
  const struct td_half *old = &old_pair->en, *ko = &old_pair->ko,
                       *now = &cur->en;
  td_sign (old_pair->doc[0], old->first, old->last, cfg, false);
  td_sign (old_pair->doc[1], ko->first, ko->last, cfg, true);
  td_sign (cur->doc[0], now->first, now->last, cfg, false);

  /* Owned here: old English with Korean, old English with current.  */
  struct td_alignment ok, oc;
  td_align (old, ko, &ok);
  td_align (old, now, &oc);

  for (size_t i = 0; i < oc.n; i++)
    {
      const struct td_pair *p = &oc.pairs[i];
      if (p->en >= 0 && p->ko >= 0)
        {
          const struct td_block *a = &old->doc->blocks[p->en];
          const struct td_block *b = &now->doc->blocks[p->ko];
          char *wa = block_words (old->doc, a, false);
          char *wb = block_words (now->doc, b, false);
          if (!STREQ (wa, wb) && !(is_container (a->kind)
                                   && is_container (b->kind)))
            {
              long k = korean_of (old, &ok, p->en);
              add (out, TD_CHANGE_CHANGED, b,
                   k >= 0 ? &ko->doc->blocks[k] : NULL, false, 0,
                   td_word_diff (wa, strlen (wa), wb, strlen (wb)));
            }
          free (wa);
          free (wb);
          if (p->en2 >= 0)
            removed (out, old, ko, &ok, &oc, p->en2);
        }
      else if (p->en >= 0)
        removed (out, old, ko, &ok, &oc, p->en);
      if (p->ko >= 0 && (p->en < 0 || p->ko2 >= 0))
        {
          long nb = p->en < 0 ? p->ko : p->ko2;
          if (parent_unpaired (now, &oc, 1, nb))
            continue;
          /* The insertion point: after the Korean block of the nearest
             earlier current block that has one.  */
          int ko_line = 0;
          bool after = false;
          for (long j = nb - 1; j >= (long) now->first && ko_line == 0; j--)
            {
              long q = oc.ko_pair[j - (long) now->first];
              if (q < 0 || oc.pairs[q].en < 0)
                continue;
              long k = korean_of (old, &ok, oc.pairs[q].en);
              if (k >= 0)
                {
                  ko_line = ko->doc->blocks[k].end_line;
                  after = true;
                }
            }
          if (ko_line == 0 && ko->first < ko->last)
            ko_line = ko->doc->blocks[ko->first].line;
          add (out, TD_CHANGE_NEW, &now->doc->blocks[nb], NULL, after, ko_line,
               block_words (now->doc, &now->doc->blocks[nb], true));
        }
    }
  td_alignment_free (&ok);
  td_alignment_free (&oc);
  if (out->n > 1)
    qsort (out->changes, out->n, sizeof *out->changes, cmp_change);
}

void
td_stale_free (struct td_stale *s)
{
  for (size_t i = 0; i < s->n; i++)
    free (s->changes[i].diff);
  free (s->changes);
  memset (s, 0, sizeof *s);
}
