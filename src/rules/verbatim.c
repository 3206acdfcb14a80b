/* verbatim.c: the blocks inside a JSX component that shows program
   output as it is (profile.h, verbatim): a console error or a terminal
   command quoted in English on purpose, not prose left untranslated.  */
#include <config.h>
#include "util/system.h"

#include "doc/inline.h"
#include "rules/config_file.h"
#include "rules/ctx.h"
#include "rules/profile.h"
#include "util/xalloc.h"

/* Fills FLAGS (one per block of HALF) for the verbatim components of
   PROFILE.  */
static void
scan (const struct td_half *half, const struct td_profile *profile,
      bool *flags)
{
  const struct td_doc *doc = half->doc;
  /* The nesting of open verbatim components and the depth of the block
     that opened the outermost.  A block shallower than that depth closes
     them (a container ended without the closing tag).  */
  int open = 0, open_depth = 0;
  for (size_t i = half->first; i < half->last; i++)
    {
      const struct td_block *b = &doc->blocks[i];
      if (open > 0 && b->depth < open_depth)
        open = 0;
      flags[i - half->first] = open > 0;
      if (b->kind != TD_BLK_HTML)
        continue;
      const char *s = b->text;
      size_t n = strlen (s), pos = 0;
      struct td_tag tag;
      while (td_tag_next (s, n, &pos, &tag))
        {
          if (!tag.component
              || !td_profile_verbatim (profile, s + tag.name_off,
                                       tag.name_len))
            continue;
          bool self_closing = tag.end >= 2 && s[tag.end - 2] == '/';
          if (tag.closing)
            open -= open > 0;
          else if (!self_closing && open++ == 0)
            open_depth = b->depth;
        }
    }
}

bool
td_block_verbatim (struct td_ctx *ctx, size_t index)
{
  const struct td_half *ko = ctx->ko;
  if (index < ko->first || index >= ko->last)
    return false;
  if (ctx->ko_verbatim == NULL)
    {
      ctx->ko_verbatim = xcalloc (ko->last - ko->first + 1,
                                  sizeof *ctx->ko_verbatim);
      scan (ko, td_ctx_config (ctx)->profile, ctx->ko_verbatim);
    }
  return ctx->ko_verbatim[index - ko->first];
}
