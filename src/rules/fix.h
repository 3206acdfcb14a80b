/* fix.h: the certain fixes of a run's findings, applied to files (--fix)
   or shown as a unified diff (--fix --dry-run).  Each fix replaces a byte
   range that held known text when the file was checked; a file whose
   bytes changed since is left alone.  */
#ifndef TD_FIX_H
#define TD_FIX_H

#include <stdbool.h>
#include <stddef.h>

#include "report/diag.h"

/* Applies to DATA (LEN bytes, the content of FILE) the fixes of the
   findings of LIST in FILE that do not overlap, and returns the new
   content (caller frees; *NEW_LEN its length), or NULL when no fix
   applies.  Marks in APPLIED (LIST->n entries, may be NULL) the findings
   whose fix was applied.  */
char *td_fix_apply (const struct td_diag_list *list, const char *file,
                    const char *data, size_t len, size_t *new_len,
                    bool *applied);

/* A unified diff (3 lines of context) from OLD to NEW, both LEN bytes
   split the same way into lines (fixes never add or remove a line
   break), with FILE in the headers.  Returns a new string.  */
char *td_fix_diff (const char *file, const char *old, size_t old_len,
                   const char *new_text, size_t new_len);

/* What td_fix_files did.  */
struct td_fix_run
{
  size_t fixed;      /* findings fixed and dropped from the list */
  char *diff;        /* owned: with dry_run, the unified diffs ("" when
                        none) */
  char **errors;     /* owned: "FILE: reason" for each file that could
                        not be read or written (its fixes are not
                        applied) */
  size_t nerrors, errors_alloc;
};

/* --fix: applies the certain fixes of LIST to their files, atomically,
   and drops the fixed findings from LIST; with DRY_RUN, changes nothing
   and puts the fixes as unified diffs in RUN->diff.  */
void td_fix_files (struct td_diag_list *list, bool dry_run,
                   struct td_fix_run *run);

/* Frees what RUN owns.  */
void td_fix_run_free (struct td_fix_run *run);

#endif
