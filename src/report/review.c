/* review.c: the review model's list of pages.  */
#include <config.h>
#include "util/system.h"
#include "report/review.h"

#include "util/xalloc.h"

void
td_review_init (struct td_review *r)
{
  r->pages = NULL;
  r->n = r->alloc = 0;
  pthread_mutex_init (&r->lock, NULL);
}

void
td_review_add (struct td_review *r, struct td_review_page *page)
{
  pthread_mutex_lock (&r->lock);
  r->pages = xgrow (r->pages, &r->alloc, r->n + 1, sizeof *r->pages);
  r->pages[r->n++] = *page;
  pthread_mutex_unlock (&r->lock);
  memset (page, 0, sizeof *page);
}

static int
by_ko_path (const void *a, const void *b)
{
  const struct td_review_page *x = a, *y = b;
  int c = strcmp (x->ko_path, y->ko_path);
  return c ? c : strcmp (x->en_path, y->en_path);
}

void
td_review_sort (struct td_review *r)
{
  if (r->n > 1)
    qsort (r->pages, r->n, sizeof *r->pages, by_ko_path);
}

struct td_review_row *
td_review_page_row (struct td_review_page *page)
{
  page->rows = xgrow (page->rows, &page->alloc, page->nrows + 1,
                      sizeof *page->rows);
  struct td_review_row *row = &page->rows[page->nrows++];
  memset (row, 0, sizeof *row);
  return row;
}

void
td_review_page_free (struct td_review_page *page)
{
  for (size_t i = 0; i < page->nrows; i++)
    for (int k = 0; k < 2; k++)
      {
        struct td_review_block *b = &page->rows[i].side[k];
        free (b->source);
        for (size_t s = 0; s < b->nsentences; s++)
          free (b->sentences[s]);
        free (b->sentences);
        free (b->group);
        free (b->stale);
      }
  free (page->rows);
  free (page->en_path);
  free (page->ko_path);
  memset (page, 0, sizeof *page);
}

void
td_review_free (struct td_review *r)
{
  for (size_t i = 0; i < r->n; i++)
    td_review_page_free (&r->pages[i]);
  free (r->pages);
  r->pages = NULL;
  r->n = r->alloc = 0;
  pthread_mutex_destroy (&r->lock);
}
