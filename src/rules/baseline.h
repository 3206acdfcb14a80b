/* baseline.h: known findings recorded in a file, so that a repository with
   many existing differences can adopt twindoc and fail only on new ones.
   A finding is recorded by rule, file and a fingerprint of the source it
   points at (the text of its line, not the line number), so it survives
   lines inserted or removed above it.  The file is JSON (cJSON):

     {"version": 1, "tool": "twindoc",
      "findings": [{"rule": "anchor", "file": "ko/a.md",
                    "fingerprint": "9f1c...", "line": 12,
                    "message": "..."}]}

   "line" and "message" are informational; matching uses rule, file and
   fingerprint, each entry matching one finding.  */
#ifndef TD_BASELINE_H
#define TD_BASELINE_H

#include <stddef.h>
#include <stdint.h>

#include "report/diag.h"

struct td_baseline_entry
{
  char *rule;        /* owned */
  char *file;        /* owned */
  char *fingerprint; /* owned, 16 hex digits */
  unsigned count;    /* how many findings it still stands for */
};

struct td_baseline
{
  struct td_baseline_entry *v; /* owned */
  size_t n, alloc;
};

/* The fingerprint of D: 16 lower-case hex digits into OUT (17 bytes).  */
void td_baseline_fingerprint (const struct td_diag *d, char out[17]);

/* Reads PATH into *B (initialised first).  Returns 0, or -1 with *ERROR
   (newly allocated "PATH: reason" or "PATH:LINE: reason").  */
int td_baseline_load (const char *path, struct td_baseline *b, char **error);

/* Removes from LIST the findings recorded in B (each entry once per
   recorded count) and returns how many it removed.  */
size_t td_baseline_apply (struct td_baseline *b, struct td_diag_list *list);

/* The baseline of LIST as JSON text; caller frees.  */
char *td_baseline_format (const struct td_diag_list *list);

/* Frees what B owns.  */
void td_baseline_free (struct td_baseline *b);

#endif
