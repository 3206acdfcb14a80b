/* page.h: one page as every command reads it.  A page is a bilingual
   file (the English text, a "---" line, the Korean text), a file in one
   language (read as English), or an English file with its Korean
   translation.  The page owns its documents and the two halves that are
   compared, knows the MDX imports both languages share and where the
   translation starts in a Korean file that begins with a copy of the
   English page, and computes the facts several readers need (the
   policies, the placeholders) once, on first use.

   `check`, `extract` and `render` all load pages here; nothing else
   splits a bilingual file or finds the English-copy boundary.  */
#ifndef TD_PAGE_H
#define TD_PAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "doc/doc.h"
#include "policy/policy.h"

struct td_page
{
  struct td_doc *doc[2];  /* owned: [0] the English (or bilingual) file,
                             [1] the Korean file of a pair, or NULL */
  bool pair;              /* two files: doc[1] is set */
  bool has_ko;            /* ko is a Korean half (false for a one-language
                             file, or a bilingual file without '---') */
  struct td_half en, ko;  /* the halves compared (views into doc[]) */
  size_t leading[2];      /* pair: MDX import lines at the top of each file
                             (they stand outside the halves); 0 otherwise */
  long copy_break;        /* pair: index in doc[1] of the '---' after which
                             the translation starts, when the Korean file
                             begins with a copy of the English page; -1 */

  /* Computed on first use by td_page_policies and td_page_placeholders;
     owned.  */
  struct td_policy *policies[2];
  size_t npolicies[2];
  bool have_policies;
  struct td_guide_placeholder *placeholders;
  size_t nplaceholders;
  bool have_placeholders;
};

/* Loads PATH (one file, KO_PATH NULL) or the pair PATH and KO_PATH into
   PG.  Files over MAX_BYTES (0: no limit) are refused.  Returns 0, or -1
   with *ERROR set to a new translated reason (without the file name) and
   *ERROR_PATH to the path concerned.  PG must not move while in use: the
   halves and policies point into it.  */
int td_page_load (struct td_page *pg, const char *path, const char *ko_path,
                  size_t max_bytes, const char **error_path, char **error);

/* The same on sources in memory (tests and fuzzers): KO NULL for one
   file.  Never fails.  */
void td_page_load_memory (struct td_page *pg, const char *name,
                          const char *data, size_t len, const char *ko_name,
                          const char *ko, size_t ko_len);

/* The JSON policies of the English half (SIDE 0) or of the Korean half
   (SIDE 1; none when !has_ko).  Owned by PG; *N entries.  */
const struct td_policy *td_page_policies (struct td_page *pg, int side,
                                          size_t *n);

/* The placeholders of the guide over both languages.  Owned by PG.  */
const struct td_guide_placeholder *td_page_placeholders (struct td_page *pg,
                                                         size_t *n);

/* Frees what PG owns.  */
void td_page_free (struct td_page *pg);

#endif
