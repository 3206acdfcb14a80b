/* check.c: the check pipeline.  For one page: load it (page.c), run the
   page checkers, compute the signatures the project's policies ask for,
   align the two languages, run the pair checkers, apply the suppression
   comments, run the checkers that look at what was suppressed, class the
   findings as translation or source findings (scope.c) and keep those of
   the scope asked for.  Every finding comes from a checker of the table
   in checkers.c; this file holds no rule.  */
#include <config.h>
#include "util/system.h"
#include "rules/check.h"

#include "align/align.h"
#include "rules/checker.h"
#include "doc/doc.h"
#include "page/page.h"
#include "rules/ctx.h"
#include "rules/review_page.h"
#include "rules/scope.h"
#include "rules/sign.h"
#include "rules/status.h"
#include "doc/source.h"
#include "rules/suppress.h"
#include "util/xalloc.h"

/* Runs the checkers of STAGE that have a rule on.  */
static void
run_stage (struct td_ctx *ctx, enum td_stage stage)
{
  for (size_t i = 0; i < td_ncheckers; i++)
    if (td_checkers[i].stage == stage
        && td_checker_wanted (&td_checkers[i], ctx->opts->severity))
      td_checkers[i].run (ctx);
}

/* The line of a code fence in SRC that is never closed and has a "---"
   line after it, or 0: the usual reason a bilingual file seems to have no
   Korean part.  Fences as CommonMark opens them: up to three spaces, then
   three or more '`' or '~'; closed by a line of the same character at
   least as long.  */
static int
unclosed_fence (const struct td_source *src)
{
  int open = 0;
  char ch = 0;
  size_t run = 0;
  bool split_after = false;
  for (int ln = 1; ln <= (int) src->nlines; ln++)
    {
      size_t len;
      const char *t = td_source_line (src, ln, &len);
      size_t i = 0;
      while (i < len && i < 3 && t[i] == ' ')
        i++;
      size_t k = i;
      if (k < len && (t[k] == '`' || t[k] == '~'))
        while (k < len && t[k] == t[i])
          k++;
      size_t n = k - i;
      if (!open)
        {
          if (n >= 3)
            {
              open = ln;
              ch = t[i];
              run = n;
              split_after = false;
            }
          continue;
        }
      if (n >= run && t[i] == ch)
        {
          size_t e = k;
          while (e < len && (t[e] == ' ' || t[e] == '\t' || t[e] == '\r'))
            e++;
          if (e == len)
            {
              open = 0;
              continue;
            }
        }
      if (len >= 3 && strncmp (t, "---", 3) == 0)
        split_after = true;
    }
  return open && split_after ? open : 0;
}

/* Checks the loaded page PG: appends its findings to LIST.  STALE: what
   the English changed since the Korean page was translated (--stale), or
   NULL.  */
static void
check_page (struct td_page *pg, const struct td_check_options *opts,
            const struct td_stale *stale, struct td_diag_list *list)
{
  struct td_ctx ctx = { 0 };
  ctx.opts = opts;
  ctx.list = list;
  ctx.page = pg;
  ctx.en = &pg->en;
  ctx.ko = &pg->ko;
  ctx.stale = stale;
  const char *file[2];
  file[0] = td_diag_intern (list, pg->doc[0]->src->path);
  file[1] = pg->pair ? td_diag_intern (list, pg->doc[1]->src->path) : NULL;
  size_t first = list->n;
  ctx.first = first;

  run_stage (&ctx, TD_STAGE_PAGE);
  /* Signatures as the project's policies compare the two languages.  */
  td_sign (pg->doc[0], pg->en.first, pg->en.last, opts->config, false);
  td_sign (pg->pair ? pg->doc[1] : pg->doc[0], pg->ko.first, pg->ko.last,
           opts->config, true);
  struct td_alignment al;
  td_align (&pg->en, &pg->ko, &al);
  ctx.al = &al;
  if (opts->review)
    td_review_record (pg, &al, opts->review);
  run_stage (&ctx, TD_STAGE_PAIR);
  ctx.al = NULL;
  td_alignment_free (&al);
  td_scope_classify (pg, list, first);

  struct td_suppressions sup[2];
  for (int k = 0; k < 2 && file[k]; k++)
    {
      td_suppress_scan (pg->doc[k], file[k], &sup[k]);
      td_suppress_apply (&sup[k], list, first);
      ctx.suppressions[k] = &sup[k];
    }
  size_t after = list->n;
  run_stage (&ctx, TD_STAGE_AFTER);
  td_scope_classify (pg, list, after);
  for (int k = 0; k < 2 && file[k]; k++)
    td_suppress_free (&sup[k]);
  free (ctx.ko_verbatim);
  td_scope_apply (opts, list, first);
}

/* The reason a bilingual file PG has no Korean part.  */
static char *
no_korean_reason (const struct td_page *pg)
{
  if (pg->doc[0]->src->cp949)
    return xasprintf (_("no Korean part found: the file is not UTF-8 but "
                        "CP949 (EUC-KR); convert it with "
                        "'iconv -f cp949 -t utf-8 %s'"),
                      pg->doc[0]->src->path);
  int fence = unclosed_fence (pg->doc[0]->src);
  if (fence > 0)
    return xasprintf (_("no Korean part found: the code fence opened "
                        "at line %d is never closed, so the '---' "
                        "line after it is code"), fence);
  return xstrdup (_("no Korean part found: a bilingual file needs a "
                    "'---' line followed by the Korean text"));
}

/* Checks PG (with STALE, see check_page) and frees it; the trouble of a
   bilingual file without a Korean part is returned as -1 with *ERROR
   set.  */
static int
check_loaded (struct td_page *pg, const struct td_check_options *opts,
              const struct td_stale *stale, struct td_diag_list *list,
              char **error)
{
  int status = 0;
  if (!pg->has_ko)
    {
      *error = no_korean_reason (pg);
      status = -1;
    }
  else
    check_page (pg, opts, stale, list);
  td_page_free (pg);
  return status;
}

int
td_check_file (const char *path, const struct td_check_options *opts,
               struct td_diag_list *list, char **error)
{
  struct td_page pg;
  const char *error_path;
  if (td_page_load (&pg, path, NULL, opts->max_bytes, &error_path, error)
      != 0)
    return -1;
  return check_loaded (&pg, opts, NULL, list, error);
}

int
td_check_pair (const char *en_path, const char *ko_path,
               const struct td_check_options *opts, struct td_diag_list *list,
               const char **error_path, char **error)
{
  struct td_page pg;
  if (td_page_load (&pg, en_path, ko_path, opts->max_bytes, error_path,
                    error)
      != 0)
    return -1;
  /* --stale: the status engine (status.h) finds the English the Korean
     page was translated from and what changed since.  Owned here.  */
  struct td_status_page sp;
  bool have_stale = false;
  if (opts->stale)
    {
      struct td_status_options so = *opts->stale;
      so.cfg = opts->config;
      so.max_bytes = opts->max_bytes;
      const char *why_path = NULL;
      char *why = NULL;
      if (td_status_page (en_path, ko_path, &so, &sp, &why_path, &why) == 0)
        have_stale = sp.state == TD_STALE_OUTDATED;
      else
        free (why); /* the check reads the same files, and says it */
    }
  int status = check_loaded (&pg, opts, have_stale ? &sp.stale : NULL, list,
                             error);
  if (opts->stale)
    td_status_page_free (&sp);
  return status;
}

int
td_check_file_memory (const char *name, const char *data, size_t len,
                      const struct td_check_options *opts,
                      struct td_diag_list *list, char **error)
{
  struct td_page pg;
  td_page_load_memory (&pg, name, data, len, NULL, NULL, 0);
  return check_loaded (&pg, opts, NULL, list, error);
}

int
td_check_pair_memory (const char *en_name, const char *en, size_t en_len,
                      const char *ko_name, const char *ko, size_t ko_len,
                      const struct td_check_options *opts,
                      struct td_diag_list *list, char **error)
{
  struct td_page pg;
  td_page_load_memory (&pg, en_name, en, en_len, ko_name, ko, ko_len);
  return check_loaded (&pg, opts, NULL, list, error);
}

void
td_check_unpaired_page (const char *en_path, const char *ko_path,
                        bool ko_exists, const struct td_check_options *opts,
                        struct td_diag_list *list)
{
  struct td_unpaired u = { en_path, ko_path, ko_exists };
  struct td_ctx ctx = { 0 };
  ctx.opts = opts;
  ctx.list = list;
  ctx.unpaired = &u;
  size_t first = list->n;
  run_stage (&ctx, TD_STAGE_TREE);
  td_scope_apply (opts, list, first);
}

void
td_check_run_end (const char *ko_root, size_t first, size_t pairs,
                  const struct td_check_options *opts,
                  struct td_diag_list *list, struct td_conventions *learned)
{
  struct td_run_end end = { ko_root, first, pairs, learned };
  struct td_ctx ctx = { 0 };
  ctx.opts = opts;
  ctx.list = list;
  ctx.run_end = &end;
  size_t from = list->n;
  run_stage (&ctx, TD_STAGE_RUN);
  td_scope_apply (opts, list, from);
}
