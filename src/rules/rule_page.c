/* rule_page.c: checkers of a loaded page before alignment: the bytes of
   each file (encoding), front matter (front-matter), the copy of the
   English page at the top of a Korean file (source-copy) and the MDX
   import statements, compared as sets (structure).  */
#include <config.h>
#include "util/system.h"

#include "rules/normalize.h"
#include "page/page.h"
#include "rules/config_file.h"
#include "rules/ctx.h"
#include "rules/learn.h"
#include "doc/source.h"
#include "util/xalloc.h"

/* Reports the encoding problems of SRC (seen through HALF).  */
static void
report_encoding (struct td_ctx *ctx, const struct td_half *half)
{
  const struct td_source *src = half->doc->src;
  bool cp949_told = false;
  for (size_t i = 0; i < src->nenc; i++)
    {
      const struct td_enc_issue *e = &src->enc[i];
      int line = td_source_line_of (src, e->offset);
      struct td_at at = { half, line,
                          (int) (e->offset - src->lines[line - 1]) + 1,
                          (int) e->len };
      switch (e->kind)
        {
        case TD_ENC_INVALID:
          /* A file in CP949: once, with the fix, at its first byte that
             is not UTF-8.  */
          if (src->cp949)
            {
              if (!cp949_told)
                td_report (ctx, TD_R_ENCODING, at, td_nowhere,
                           /* TRANSLATORS: %s is the file's name.  CP949
                              and EUC-KR are names of encodings, iconv a
                              command: keep them.  */
                           _("the file is not UTF-8: it reads as Korean "
                             "text in CP949 (EUC-KR); convert it with "
                             "'iconv -f cp949 -t utf-8 %s'"),
                           src->path);
              cp949_told = true;
              break;
            }
          td_report (ctx, TD_R_ENCODING, at, td_nowhere,
                     /* TRANSLATORS: %02X is a byte value in hexadecimal. */
                     _("invalid UTF-8 byte 0x%02X"),
                     (unsigned) e->byte);
          break;
        case TD_ENC_NUL:
          td_report (ctx, TD_R_ENCODING, at, td_nowhere, "%s",
                     _("NUL byte in the text"));
          break;
        case TD_ENC_BOM:
          td_report (ctx, TD_R_ENCODING, at, td_nowhere, "%s",
                     _("byte order mark (U+FEFF); Markdown files should "
                       "not have one"));
          break;
        default:
          break;
        }
    }
}

void
td_check_encoding (struct td_ctx *ctx)
{
  report_encoding (ctx, ctx->en);
  if (ctx->page->pair)
    report_encoding (ctx, ctx->ko);
}

static void
report_frontmatter_error (struct td_ctx *ctx, const struct td_half *half)
{
  const struct td_frontmatter *fm = &half->doc->fm;
  if (fm->error == NULL)
    return;
  struct td_at at = { half, fm->error_line > 0 ? fm->error_line : 1, 1, 1 };
  td_report (ctx, TD_R_FRONT_MATTER, at, td_nowhere,
             /* TRANSLATORS: %s describes what is wrong.  */
             _("front matter: %s"), fm->error);
}

/* Keys present in one front matter only (but those of the profile's
   fm_optional); slug and id must be equal.  */
static void
compare_frontmatter (struct td_ctx *ctx)
{
  const struct td_frontmatter *ef = &ctx->en->doc->fm;
  const struct td_frontmatter *kf = &ctx->ko->doc->fm;
  if (!ef->present && !kf->present)
    return;
  /* A front matter that could not be delimited was reported already;
     comparing its keys would only repeat that.  */
  if ((!ef->present && ef->error) || (!kf->present && kf->error))
    return;
  /* Keys the site's documentation system lets one language have alone. */
  const struct td_profile *profile = td_ctx_config (ctx)->profile;
  struct td_at ko_top = { ctx->ko, kf->present ? kf->open_line : 1, 1, 3 };
  struct td_at en_top = { ctx->en, ef->present ? ef->open_line : 1, 1, 3 };
  for (size_t i = 0; i < ef->nentries; i++)
    {
      const struct td_fm_entry *e = &ef->entries[i];
      const struct td_fm_entry *k = td_frontmatter_get (kf, e->key);
      struct td_at en_at = { ctx->en, e->line, e->col,
                             (int) strlen (e->key) };
      if (k == NULL && !td_profile_fm_optional (profile, e->key))
        {
          struct td_diag *d
            = td_report (ctx, TD_R_FRONT_MATTER, ko_top, en_at,
                         /* TRANSLATORS: %s is a front matter key.  */
                         _("front matter key '%s' is missing"), e->key);
          if (d) /* for the conventions of a --tree run (learn.h) */
            d->pattern = td_learn_fm_pattern (true, e->key);
          continue;
        }
      if ((STREQ (e->key, "slug") || STREQ (e->key, "id"))
          && !STREQ (e->value, k->value))
        {
          struct td_at ko_at = { ctx->ko, k->line, k->col,
                                 (int) strlen (k->key) };
          td_report (ctx, TD_R_FRONT_MATTER, ko_at, en_at,
                     /* TRANSLATORS: %1$s is the key (slug or id), %2$s the
                        Korean value, %3$s the English value.  */
                     _("front matter '%1$s' is '%2$s', the English page has "
                       "'%3$s'"),
                     e->key, k->value, e->value);
        }
    }
  for (size_t i = 0; i < kf->nentries; i++)
    {
      const struct td_fm_entry *k = &kf->entries[i];
      if (td_frontmatter_get (ef, k->key) == NULL
          && !td_profile_fm_optional (profile, k->key))
        {
          struct td_at ko_at = { ctx->ko, k->line, k->col,
                                 (int) strlen (k->key) };
          struct td_diag *d
            = td_report (ctx, TD_R_FRONT_MATTER, ko_at, en_top,
                         /* TRANSLATORS: %s is a front matter key.  */
                         _("front matter key '%s' is not in the English "
                           "page"), k->key);
          if (d) /* for the conventions of a --tree run (learn.h) */
            d->pattern = td_learn_fm_pattern (false, k->key);
        }
    }
}

void
td_check_front_matter (struct td_ctx *ctx)
{
  report_frontmatter_error (ctx, ctx->en);
  if (!ctx->page->pair)
    return;
  report_frontmatter_error (ctx, ctx->ko);
  compare_frontmatter (ctx);
}

void
td_check_source_copy (struct td_ctx *ctx)
{
  const struct td_page *pg = ctx->page;
  if (pg->copy_break < 0)
    return;
  const struct td_doc *kdoc = pg->doc[1];
  long b = pg->copy_break;
  const struct td_block *brk = &kdoc->blocks[b];
  struct td_at at = { ctx->ko, brk->line, brk->col, 3 };
  long copy = -1;
  for (long i = 0; i < b; i++)
    if (kdoc->blocks[i].kind != TD_BLK_IMPORT)
      {
        copy = i;
        break;
      }
  struct td_at start = copy >= 0 ? td_at_block (ctx->ko, copy) : at;
  td_report (ctx, TD_R_SOURCE_COPY, start, td_nowhere,
             /* TRANSLATORS: %d is the line of the '---' that starts
                the Korean text.  */
             _("the Korean file starts with a copy of the English page; "
               "the translation begins after the '---' at line %d"),
             brk->line);
}

/* The import statements of HALF: those at the top of its document when
   WITH_LEADING (they belong to no half of a bilingual file), and those
   inside the half.  Returns a new array of block indices (*N entries).  */
static long *
collect_imports (const struct td_half *half, bool with_leading, size_t *n)
{
  const struct td_doc *d = half->doc;
  long *v = xmalloc ((d->nblocks + 1) * sizeof *v);
  size_t k = 0;
  if (with_leading)
    for (size_t i = 0; i < d->nblocks && d->blocks[i].kind == TD_BLK_IMPORT;
         i++)
      v[k++] = (long) i;
  for (size_t i = half->first; i < half->last; i++)
    if (d->blocks[i].kind == TD_BLK_IMPORT
        && !(with_leading && k > 0 && (long) i <= v[k - 1]))
      v[k++] = (long) i;
  *n = k;
  return v;
}

/* Compares the import statements of both languages as sets: MDX hoists
   them, so their place and order do not matter and they stay outside the
   structure comparison.  */
static void
compare_imports (struct td_ctx *ctx, bool with_leading)
{
  const struct td_doc *ed = ctx->en->doc, *kd = ctx->ko->doc;
  const struct td_config *cfg = ctx->opts->config;
  size_t ne, nk;
  long *ei = collect_imports (ctx->en, with_leading, &ne);
  long *ki = collect_imports (ctx->ko, with_leading, &nk);
  char **kn = xmalloc ((nk + 1) * sizeof *kn);
  char **en = xmalloc ((ne + 1) * sizeof *en);
  bool *used = xcalloc (nk + 1, sizeof *used);
  for (size_t j = 0; j < nk; j++)
    kn[j] = td_normalize_import (cfg, kd->blocks[ki[j]].text);
  for (size_t i = 0; i < ne; i++)
    en[i] = td_normalize_import (cfg, ed->blocks[ei[i]].text);
  for (size_t i = 0; i < ne; i++)
    {
      bool found = false;
      for (size_t j = 0; j < nk && !found; j++)
        if (!used[j] && STREQ (en[i], kn[j]))
          found = used[j] = true;
      if (!found)
        {
          char *brief = td_brief (ed->blocks[ei[i]].text);
          struct td_at at = nk > 0 ? td_at_block (ctx->ko, ki[nk - 1])
                                   : td_at_insertion (ctx->ko,
                                                      ctx->ko->last
                                                          > ctx->ko->first
                                                        ? (long) ctx->ko->first
                                                        : -1);
          td_report (ctx, TD_R_STRUCTURE, at, td_at_block (ctx->en, ei[i]),
                     _("%1$s missing in the Korean text: \"%2$s\""),
                     td_block_kind_label (TD_BLK_IMPORT), brief);
          free (brief);
        }
    }
  for (size_t j = 0; j < nk; j++)
    if (!used[j])
      {
        char *brief = td_brief (kd->blocks[ki[j]].text);
        td_report (ctx, TD_R_STRUCTURE, td_at_block (ctx->ko, ki[j]),
                   td_nowhere,
                   _("%1$s not in the English text: \"%2$s\""),
                   td_block_kind_label (TD_BLK_IMPORT), brief);
        free (brief);
      }
  for (size_t j = 0; j < nk; j++)
    free (kn[j]);
  for (size_t i = 0; i < ne; i++)
    free (en[i]);
  free (kn);
  free (en);
  free (used);
  free (ei);
  free (ki);
}

void
td_check_imports (struct td_ctx *ctx)
{
  compare_imports (ctx, ctx->page->pair);
}
