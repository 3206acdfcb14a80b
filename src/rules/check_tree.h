/* check_tree.h: `check --tree`: every page of a Korean tree against the
   page at the same relative path of the English tree, one pair at a time
   through the pipeline of check.h; pages found in one language only go to
   the tree checkers (orphan, missing-translation).  Trouble with one page
   is recorded and the run goes on.  */
#ifndef TD_CHECK_TREE_H
#define TD_CHECK_TREE_H

#include <stdbool.h>
#include <stddef.h>

#include "rules/check.h"
#include "rules/learn.h"

struct td_config;
struct td_cascade;

struct td_tree_request
{
  const char *en_root, *ko_root;
  const struct td_config *cfg;   /* include globs; NULL = defaults */
  bool list_missing;             /* only list the English pages that have
                                    no Korean page; check nothing */
  unsigned long shard_k, shard_n; /* check the K-th of N shares (1-based);
                                     shard_n 0: all */
  const char *files_from;        /* only the pages listed there, or NULL */
  unsigned jobs;                 /* pages checked at once, each in a
                                    thread of its own; 0 or 1: one at a
                                    time.  The findings are the same and
                                    in the same order either way.  */
  struct td_cascade *cascade;    /* not owned: the settings of each page
                                    (rules/cascade.h), or NULL: the run's
                                    options for every page */
  /* Called with DONE 0 before the first page, then after each page
     with the pages done so far and the pages to check, one call at a
     time (from the thread that checked the page); NULL: none.  ARG is
     PROGRESS_ARG, not owned.  Not called with list_missing.  */
  void (*progress) (void *arg, size_t done, size_t total);
  void *progress_arg;
};

struct td_tree_run
{
  int files, pairs;     /* what was checked */
  char **notes;         /* owned: "PATH: reason" for what was skipped on
                           purpose */
  size_t nnotes;
  char **trouble;       /* owned: "PATH: reason" for what could not be
                           read or checked; the run went on */
  size_t ntrouble, trouble_alloc;
  char **missing;       /* owned: with list_missing, the relative paths */
  size_t nmissing, missing_alloc;
  struct td_conventions learned; /* owned: the conventions learned from
                                    the findings (the rule convention) */
};

/* Runs REQ, appending findings to LIST.  Returns 0 (RUN filled, trouble
   included), or -1 with *ERROR (new) when nothing could be done: the
   roots are one folder or one is inside the other, a root or the
   --files-from list cannot be read, or neither root holds a page (RUN
   still holds the notes and trouble found before).  */
int td_check_tree (const struct td_tree_request *req,
                   const struct td_check_options *opts,
                   struct td_diag_list *list, struct td_tree_run *run,
                   char **error);

/* Frees what RUN owns.  */
void td_tree_run_free (struct td_tree_run *run);

#endif
