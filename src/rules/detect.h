/* detect.h: which documentation system the pages of a run come from:
   marker files first, then the syntax of the pages (see profile.h).  */
#ifndef TD_DETECT_H
#define TD_DETECT_H

#include <stdbool.h>
#include <stddef.h>

#include "rules/profile.h"

struct td_config;

/* The profile of a run, and why.  */
struct td_profile_choice
{
  const struct td_profile *profile; /* static, never NULL */
  enum td_profile_source source;
  char *where;                      /* owned: the marker file found, or
                                       NULL */
  size_t pages, hints;              /* TD_PROFILE_PAGES: pages read and
                                       hints found in them */
};

/* Detects the profile of a run over the N PATHS (files, or with TREE the
   English and Korean roots): a marker in the paths' folders or their
   parents, else the syntax of the pages (up to 50 of them, 64 KiB
   each, English first), else commonmark.  INCLUDE (may be NULL) selects
   the pages of a tree as td_tree_scan does.  */
void td_profile_detect (const char *const *paths, size_t n, bool tree,
                        const struct td_config *include,
                        struct td_profile_choice *out);

/* Frees what CHOICE owns.  */
void td_profile_choice_free (struct td_profile_choice *choice);

#endif
