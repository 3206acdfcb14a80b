/* check.h: the `check` pipeline for one page: load it (read, parse,
   split: page.h), run the page checkers, sign, align, run the pair
   checkers, apply the suppressions, run the checkers that follow them,
   append findings.  Each page is loaded, checked and freed before the
   next; only the findings accumulate.  */
#ifndef TD_CHECK_H
#define TD_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "report/diag.h"
#include "rules/options.h"

/* Checks one bilingual file (English body, a "---" line, Korean body).
   Returns 0 and appends findings to LIST, or returns -1 and stores a newly
   allocated, translated reason (without the file name) in *ERROR for
   trouble: the file cannot be read, or holds no Korean part.  */
int td_check_file (const char *path, const struct td_check_options *opts,
                   struct td_diag_list *list, char **error);

/* Checks a Korean file against its English source.  Returns 0, or -1 with
   *ERROR set and *ERROR_PATH pointing at the path concerned (EN_PATH or
   KO_PATH).  */
int td_check_pair (const char *en_path, const char *ko_path,
                   const struct td_check_options *opts,
                   struct td_diag_list *list, const char **error_path,
                   char **error);

/* The same two checks on sources already in memory (for tests and the
   fuzzer): DATA/LEN named NAME.  */
int td_check_file_memory (const char *name, const char *data, size_t len,
                          const struct td_check_options *opts,
                          struct td_diag_list *list, char **error);
int td_check_pair_memory (const char *en_name, const char *en, size_t en_len,
                          const char *ko_name, const char *ko, size_t ko_len,
                          const struct td_check_options *opts,
                          struct td_diag_list *list, char **error);

/* With --tree: checks a page that exists in one language only: the
   Korean page KO_PATH when KO_EXISTS, else the English page EN_PATH (the
   other path is where its counterpart would be).  */
void td_check_unpaired_page (const char *en_path, const char *ko_path,
                             bool ko_exists,
                             const struct td_check_options *opts,
                             struct td_diag_list *list);

struct td_conventions;

/* With --tree: once after every page, the checkers of the end of the
   run (the conventions learned from the findings of LIST from index
   FIRST on, appended to *LEARNED; see rules/learn.h) of a run of PAIRS
   page pairs.  KO_ROOT is the Korean folder, which their findings
   name.  */
void td_check_run_end (const char *ko_root, size_t first, size_t pairs,
                       const struct td_check_options *opts,
                       struct td_diag_list *list,
                       struct td_conventions *learned);

#endif
