/* check_tree.c: the pages of two trees through the check pipeline.  */
#include <config.h>
#include "util/system.h"
#include "rules/check_tree.h"

#include <pthread.h>

#include "rules/cascade.h"
#include "rules/tree.h"
#include "util/xalloc.h"

/* Appends the new string S to the list *V (*N entries, *ALLOC slots).  */
static void
push (char ***v, size_t *n, size_t *alloc, char *s)
{
  *v = xgrow (*v, alloc, *n + 1, sizeof **v);
  (*v)[(*n)++] = s;
}

/* Checks one entry of the tree.  */
static void
check_entry (const struct td_tree_request *req,
             const struct td_tree_entry *pg,
             const struct td_check_options *opts, struct td_diag_list *list,
             struct td_tree_run *run)
{
  char *en = td_tree_join (req->en_root, pg->rel);
  char *ko = td_tree_join (req->ko_root, pg->rel);
  if (req->list_missing)
    {
      if (pg->en && !pg->ko)
        push (&run->missing, &run->nmissing, &run->missing_alloc,
              xstrdup (pg->rel));
    }
  else if (pg->en && pg->ko)
    {
      const char *error_path = NULL;
      char *why = NULL;
      run->files += 2;
      run->pairs++;
      if (td_check_pair (en, ko, opts, list, &error_path, &why) != 0)
        {
          push (&run->trouble, &run->ntrouble, &run->trouble_alloc,
                xasprintf ("%s: %s", error_path, why));
          free (why);
        }
    }
  else
    {
      run->files++;
      td_check_unpaired_page (en, ko, pg->ko, opts, list);
    }
  free (en);
  free (ko);
}

/* One page of a parallel run: its findings and counts, merged into the
   run's in page order once every page is done.  */
struct slot
{
  const struct td_tree_entry *pg;
  const struct td_check_options *opts; /* the page's; not owned */
  struct td_diag_list list;
  struct td_tree_run part;
};

/* What the workers share.  NEXT, under LOCK, is the next slot to take.  */
struct pool
{
  const struct td_tree_request *req;
  struct slot *slots;
  size_t n, next, done;
  pthread_mutex_t lock;
};

static void *
worker (void *arg)
{
  struct pool *pool = arg;
  const struct td_tree_request *req = pool->req;
  bool finished = false;
  for (;;)
    {
      pthread_mutex_lock (&pool->lock);
      if (finished && req->progress)
        req->progress (req->progress_arg, ++pool->done, pool->n);
      size_t i = pool->next++;
      pthread_mutex_unlock (&pool->lock);
      if (i >= pool->n)
        return NULL;
      struct slot *sl = &pool->slots[i];
      check_entry (req, sl->pg, sl->opts, &sl->list, &sl->part);
      finished = true;
    }
}

/* Checks the N pages PAGES with REQ->jobs threads (the calling one
   included) and appends their findings to LIST and their counts and
   trouble to RUN, in the order of PAGES: the output does not depend on
   which thread finished first.  A thread that cannot be started leaves
   its share to the others.  */
static void
check_parallel (const struct td_tree_request *req,
                const struct td_tree_entry *const *pages,
                const struct td_check_options *const *popts, size_t n,
                struct td_diag_list *list, struct td_tree_run *run)
{
  struct pool pool = { req, xcalloc (n, sizeof *pool.slots), n, 0, 0,
                       PTHREAD_MUTEX_INITIALIZER };
  for (size_t i = 0; i < n; i++)
    {
      pool.slots[i].pg = pages[i];
      pool.slots[i].opts = popts[i];
      td_diag_list_init (&pool.slots[i].list);
    }
  size_t nthreads = req->jobs - 1 < n ? req->jobs - 1 : n;
  pthread_t *threads = xcalloc (nthreads ? nthreads : 1, sizeof *threads);
  size_t started = 0;
  while (started < nthreads
         && pthread_create (&threads[started], NULL, worker, &pool) == 0)
    started++;
  worker (&pool);
  for (size_t t = 0; t < started; t++)
    pthread_join (threads[t], NULL);
  free (threads);
  for (size_t i = 0; i < n; i++)
    {
      struct slot *sl = &pool.slots[i];
      td_diag_list_take (list, &sl->list);
      run->files += sl->part.files;
      run->pairs += sl->part.pairs;
      for (size_t k = 0; k < sl->part.ntrouble; k++)
        push (&run->trouble, &run->ntrouble, &run->trouble_alloc,
              sl->part.trouble[k]);
      free (sl->part.trouble);
    }
  free (pool.slots);
  pthread_mutex_destroy (&pool.lock);
}

int
td_check_tree (const struct td_tree_request *req,
               const struct td_check_options *opts,
               struct td_diag_list *list, struct td_tree_run *run,
               char **error)
{
  struct td_tree tree;
  memset (run, 0, sizeof *run);
  /* Pointed at the wrong folders, a CI job would find nothing wrong.  */
  if (td_tree_roots_apart (req->en_root, req->ko_root, error) != 0)
    return -1;
  if (td_tree_scan (req->en_root, req->ko_root, req->cfg, &tree, error) != 0)
    return -1;
  /* The scan's notes and trouble become the run's.  */
  run->notes = tree.notes;
  run->nnotes = tree.nnotes;
  run->trouble = tree.trouble;
  run->ntrouble = run->trouble_alloc = tree.ntrouble;
  tree.notes = tree.trouble = NULL;
  tree.nnotes = tree.ntrouble = 0;
  if (tree.n == 0)
    {
      *error = td_tree_no_pages (req->en_root, req->ko_root, req->cfg);
      td_tree_free (&tree);
      return -1;
    }
  char **only = NULL;
  if (req->files_from)
    {
      only = td_tree_read_list (req->files_from, req->en_root, req->ko_root,
                                error);
      if (only == NULL)
        {
          td_tree_free (&tree);
          return -1;
        }
    }
  size_t index = 0, first = list->n;
  const struct td_tree_entry **pages = xcalloc (tree.n, sizeof *pages);
  size_t npages = 0;
  for (size_t i = 0; i < tree.n; i++)
    {
      const struct td_tree_entry *pg = &tree.pages[i];
      if (only && !td_tree_listed (only, pg->rel))
        continue;
      if (req->shard_n > 0 && index++ % req->shard_n != req->shard_k - 1)
        continue;
      pages[npages++] = pg;
    }
  /* The settings of each page, found before any thread starts.  A page
     whose .twindoc.json cannot be read is trouble, and not checked.  Only
     a page with settings of its own keeps a td_page_config (about 700
     bytes); the others point at the run's options, so that what is kept
     for the whole run is three pointers a page.  */
  struct td_page_config **pcs = xcalloc (npages ? npages : 1, sizeof *pcs);
  const struct td_check_options **popts
    = xcalloc (npages ? npages : 1, sizeof *popts);
  size_t nchecked = 0;
  for (size_t i = 0; i < npages; i++)
    {
      char *why = NULL;
      if (req->cascade && !req->list_missing)
        {
          char *en = td_tree_join (req->en_root, pages[i]->rel);
          char *ko = td_tree_join (req->ko_root, pages[i]->rel);
          struct td_page_config *pc = xcalloc (1, sizeof *pc);
          int rc = td_cascade_page (req->cascade, en, ko, pc, &why);
          free (en);
          free (ko);
          if (rc != 0)
            {
              td_page_config_free (pc);
              free (pc);
              push (&run->trouble, &run->ntrouble, &run->trouble_alloc, why);
              continue;
            }
          if (!pc->own)
            {
              td_page_config_free (pc);
              free (pc);
              pc = NULL;
            }
          pcs[nchecked] = pc;
          popts[nchecked] = td_page_options (req->cascade, pc);
        }
      else
        popts[nchecked] = opts;
      pages[nchecked++] = pages[i];
    }
  npages = nchecked;
  void (*progress) (void *, size_t, size_t)
    = req->list_missing ? NULL : req->progress;
  if (progress)
    progress (req->progress_arg, 0, npages);
  if (req->jobs > 1 && npages > 1 && !req->list_missing)
    check_parallel (req, pages, popts, npages, list, run);
  else
    for (size_t i = 0; i < npages; i++)
      {
        check_entry (req, pages[i], popts[i], list, run);
        if (progress)
          progress (req->progress_arg, i + 1, npages);
      }
  for (size_t i = 0; i < npages; i++)
    if (pcs[i])
      {
        td_page_config_free (pcs[i]);
        free (pcs[i]);
      }
  free (pcs);
  free (popts);
  free (pages);
  td_tree_list_free (only);
  td_tree_free (&tree);
  if (!req->list_missing)
    td_check_run_end (req->ko_root, first, (size_t) run->pairs, opts, list,
                      &run->learned);
  return 0;
}

void
td_tree_run_free (struct td_tree_run *run)
{
  for (size_t i = 0; i < run->nnotes; i++)
    free (run->notes[i]);
  for (size_t i = 0; i < run->ntrouble; i++)
    free (run->trouble[i]);
  for (size_t i = 0; i < run->nmissing; i++)
    free (run->missing[i]);
  free (run->notes);
  free (run->trouble);
  free (run->missing);
  td_conventions_free (&run->learned);
  memset (run, 0, sizeof *run);
}
