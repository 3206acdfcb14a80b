/* review_page.c: a checked page as the review model keeps it.  */
#include <config.h>
#include "util/system.h"
#include "rules/review_page.h"

#include "align/align.h"
#include "align/sentence.h"
#include "doc/source.h"
#include "page/page.h"
#include "rules/stale.h"
#include "util/buf.h"
#include "util/xalloc.h"

/* Whether blocks of KIND hold other blocks (the review shows only their
   kind).  */
static bool
is_container (enum td_block_kind kind)
{
  return kind == TD_BLK_LIST || kind == TD_BLK_ITEM || kind == TD_BLK_QUOTE
         || kind == TD_BLK_ADMONITION;
}

/* The Markdown of lines FIRST..LAST of SRC from byte column COL of the
   first line on; the following lines lose the container prefix (spaces
   and '>') left of COL.  A new string.  */
static char *
block_source (const struct td_source *src, int first, int last, int col)
{
  struct td_buf b = TD_BUF_INIT;
  for (int ln = first; ln <= last; ln++)
    {
      size_t len;
      const char *t = td_source_line (src, ln, &len);
      size_t skip = col > 1 ? (size_t) (col - 1) : 0;
      if (skip > len)
        skip = len;
      if (ln != first)
        for (size_t i = 0; i < skip; i++)
          if (t[i] != ' ' && t[i] != '\t' && t[i] != '>')
            {
              skip = 0;
              break;
            }
      td_buf_put (&b, t + skip, len - skip);
      td_buf_putc (&b, '\n');
    }
  return td_buf_detach (&b);
}

/* Fills OUT from block I of HALF, joined with block I2 (or -1).  */
static void
fill_block (struct td_review_block *out, const struct td_half *half, long i,
            long i2)
{
  const struct td_block *b = &half->doc->blocks[i];
  const struct td_block *last = i2 >= 0 ? &half->doc->blocks[i2] : b;
  out->present = true;
  out->kind = (int) b->kind;
  out->depth = b->depth;
  out->line = b->line;
  out->end_line = last->end_line > b->line ? last->end_line : b->line;
  out->source = is_container (b->kind)
                  ? NULL
                  : block_source (half->doc->src, out->line, out->end_line,
                                  b->col);
}

/* The sentences of SIDE into OUT, each with its group in GROUP_OF.  */
static void
take_sentences (struct td_review_block *out,
                const struct td_sentence_side *side, const int *group_of)
{
  out->nsentences = side->n;
  out->sentences = xcalloc (side->n ? side->n : 1, sizeof *out->sentences);
  out->group = xcalloc (side->n ? side->n : 1, sizeof *out->group);
  for (size_t s = 0; s < side->n; s++)
    {
      out->sentences[s] = xstrndup (side->text + side->s[s].start,
                                    side->s[s].end - side->s[s].start);
      out->group[s] = group_of[s];
    }
}

/* The sentence pairs of the paired paragraphs of ROW (English block EN,
   Korean block KO), when either has more than one sentence.  */
static void
pair_sentences (struct td_review_row *row, const struct td_block *en,
                const struct td_block *ko)
{
  struct td_sentence_side ks, es;
  td_sentence_side_init (&ks, ko->text, strlen (ko->text), true, NULL);
  td_sentence_side_init (&es, en->text, strlen (en->text), false, &ks);
  if (es.n + ks.n > 2 && es.n && ks.n)
    {
      struct td_bead_at *beads;
      size_t nb;
      td_sentences_align (&es, &ks, 0, &beads, &nb);
      int *eg = xcalloc (es.n, sizeof *eg), *kg = xcalloc (ks.n, sizeof *kg);
      for (size_t i = 0; i < es.n; i++)
        eg[i] = -1;
      for (size_t i = 0; i < ks.n; i++)
        kg[i] = -1;
      for (size_t i = 0; i < nb; i++)
        {
          size_t ne = 1, nk = 1;
          switch (beads[i].kind)
            {
            case TD_BEAD_10: nk = 0; break;
            case TD_BEAD_01: ne = 0; break;
            case TD_BEAD_21: ne = 2; break;
            case TD_BEAD_12: nk = 2; break;
            case TD_BEAD_11: break;
            }
          if (!ne || !nk)
            continue;
          for (size_t e = 0; e < ne && beads[i].e + e < es.n; e++)
            eg[beads[i].e + e] = (int) i;
          for (size_t k = 0; k < nk && beads[i].k + k < ks.n; k++)
            kg[beads[i].k + k] = (int) i;
        }
      take_sentences (&row->side[0], &es, eg);
      take_sentences (&row->side[1], &ks, kg);
      free (eg);
      free (kg);
      free (beads);
    }
  td_sentence_side_free (&es);
  td_sentence_side_free (&ks);
}

void
td_review_record (const struct td_page *pg, const struct td_alignment *al,
                  struct td_review *r)
{
  struct td_review_page page;
  memset (&page, 0, sizeof page);
  page.en_path = xstrdup (pg->doc[0]->src->path);
  page.ko_path = xstrdup (pg->pair ? pg->doc[1]->src->path
                                   : pg->doc[0]->src->path);
  for (size_t i = 0; i < al->n; i++)
    {
      const struct td_pair *p = &al->pairs[i];
      struct td_review_row *row = td_review_page_row (&page);
      row->pairing = (enum td_review_pairing) p->kind;
      if (p->en >= 0)
        fill_block (&row->side[0], &pg->en, p->en, p->en2);
      if (p->ko >= 0)
        fill_block (&row->side[1], &pg->ko, p->ko, p->ko2);
      if (p->en >= 0 && p->ko >= 0 && p->en2 < 0 && p->ko2 < 0)
        {
          const struct td_block *e = &pg->en.doc->blocks[p->en];
          const struct td_block *k = &pg->ko.doc->blocks[p->ko];
          if (e->kind == TD_BLK_PARAGRAPH && k->kind == TD_BLK_PARAGRAPH)
            pair_sentences (row, e, k);
        }
    }
  td_review_add (r, &page);
}

void
td_review_mark_stale (struct td_review_page *page, const struct td_stale *st)
{
  page->stale_known = true;
  for (size_t i = 0; i < st->n; i++)
    {
      const struct td_change *c = &st->changes[i];
      if (c->kind != TD_CHANGE_CHANGED || c->ko_line <= 0 || !c->diff)
        continue;
      for (size_t k = 0; k < page->nrows; k++)
        {
          struct td_review_block *b = &page->rows[k].side[1];
          if (b->present && b->line == c->ko_line && !b->stale)
            {
              b->stale = xstrdup (c->diff);
              break;
            }
        }
    }
}
