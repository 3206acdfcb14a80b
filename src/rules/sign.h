/* sign.h: the signatures of blocks (struct td_block's sig_coarse,
   sig_content, sig_fine and keyed), which the alignment compares.  They
   depend on the project's policies (how links, imports and code are
   compared), so the document model leaves them unset and the check
   pipeline computes them once per half, here.  */
#ifndef TD_SIGN_H
#define TD_SIGN_H

#include <stdbool.h>
#include <stddef.h>

#include "doc/doc.h"

struct td_config;

/* Computes the signatures of blocks [FIRST, LAST) of DOC as the
   project's policies CFG (NULL: the defaults) compare them, for the Korean
   side when KOREAN: links and import paths normalised, code by the
   code-block policy.  */
void td_sign (struct td_doc *doc, size_t first, size_t last,
              const struct td_config *cfg, bool korean);

#endif
