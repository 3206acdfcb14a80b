/* suppress.h: inline suppressions written in the Markdown itself, as
   HTML or MDX comments:

     <!-- twindoc-disable-next-line RULE [RULE...] -->
     <!-- twindoc-disable RULE... -->  ...  <!-- twindoc-enable RULE... -->
     {/ * twindoc-disable-next-line RULE * /}   (MDX, without the spaces)

   Without a rule id they apply to every rule.  "next line" is the next
   line that is not blank, and the whole block that starts there, if one
   does.  The comments of each file cover the findings located in that
   file: the English file's comments those of the English file.  */
#ifndef TD_SUPPRESS_H
#define TD_SUPPRESS_H

#include <stdbool.h>
#include <stddef.h>

#include "rules/rules.h"

struct td_doc;
struct td_diag_list;

struct td_suppression
{
  int line, col;        /* the comment (file line, byte column) */
  int first, last;      /* the file lines it covers (inclusive): for
                           disable-next-line, the block that starts at
                           FIRST */
  bool all;             /* no rule named: every rule */
  bool rules[TD_R__COUNT];
  char *unknown;        /* owned: the first rule id not in the table */
  bool used;
};

struct td_suppressions
{
  const char *file;        /* the file name as in diagnostics (not owned) */
  struct td_suppression *v; /* owned */
  size_t n, alloc;
};

/* Collects the suppression comments of DOC (outside code blocks) into
   *OUT, which it initialises; FILE is the name used in diagnostics.  */
void td_suppress_scan (const struct td_doc *doc, const char *file,
                       struct td_suppressions *out);

/* Removes from LIST the diagnostics from index FIRST on that S covers,
   marking the suppressions used.  */
void td_suppress_apply (struct td_suppressions *s, struct td_diag_list *list,
                        size_t first);

/* Frees what S owns.  */
void td_suppress_free (struct td_suppressions *s);

#endif
