/* check.c: the check pipeline for one page or one pair of pages.  */
#include <config.h>
#include "system.h"
#include "check.h"

#include "align.h"
#include "doc.h"
#include "rules_impl.h"
#include "source.h"
#include "normalize.h"
#include "split.h"
#include "suppress.h"
#include "xalloc.h"

void
td_check_options_init (struct td_check_options *opts)
{
  for (int i = 0; i < TD_R__COUNT; i++)
    opts->severity[i] = td_rules[i].severity;
  opts->max_bytes = 0;
  opts->config = NULL;
}

/* Reports the encoding problems of SRC (seen through HALF).  */
static void
report_encoding (struct td_ctx *ctx, const struct td_half *half)
{
  const struct td_source *src = half->doc->src;
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

/* Keys present in one front matter only; slug and id must be equal.  */
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
  struct td_at ko_top = { ctx->ko, kf->present ? kf->open_line : 1, 1, 3 };
  struct td_at en_top = { ctx->en, ef->present ? ef->open_line : 1, 1, 3 };
  for (size_t i = 0; i < ef->nentries; i++)
    {
      const struct td_fm_entry *e = &ef->entries[i];
      const struct td_fm_entry *k = td_frontmatter_get (kf, e->key);
      struct td_at en_at = { ctx->en, e->line, e->col,
                             (int) strlen (e->key) };
      if (k == NULL)
        {
          td_report (ctx, TD_R_FRONT_MATTER, ko_top, en_at,
                     /* TRANSLATORS: %s is a front matter key.  */
                     _("front matter key '%s' is missing"), e->key);
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
      if (td_frontmatter_get (ef, k->key) == NULL)
        {
          struct td_at ko_at = { ctx->ko, k->line, k->col,
                                 (int) strlen (k->key) };
          td_report (ctx, TD_R_FRONT_MATTER, ko_at, en_top,
                     /* TRANSLATORS: %s is a front matter key.  */
                     _("front matter key '%s' is not in the English page"),
                     k->key);
        }
    }
}

/* The number of MDX import/export blocks at the top of DOC.  */
static size_t
leading_imports (const struct td_doc *doc)
{
  size_t n = 0;
  while (n < doc->nblocks && doc->blocks[n].kind == TD_BLK_IMPORT)
    n++;
  return n;
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

/* Runs the rule table over EN and KO.  */
static void
run_rules (struct td_ctx *ctx)
{
  struct td_alignment al;
  td_align (ctx->en, ctx->ko, &al);
  ctx->al = &al;
  for (int r = 0; r < TD_R__COUNT; r++)
    if (td_rules[r].check && ctx->opts->severity[r] != TD_SEV_OFF)
      td_rules[r].check (ctx);
  ctx->al = NULL;
  td_alignment_free (&al);
}

/* Applies the suppression comments of DOC to the findings from FIRST on,
   then reports the suppressions that suppressed nothing.  */
static void
suppress (struct td_ctx *ctx, const struct td_half *half, size_t first)
{
  struct td_suppressions s;
  const struct td_doc *doc = half->doc;
  td_suppress_scan (doc, td_diag_intern (ctx->list, doc->src->path), &s);
  td_suppress_apply (&s, ctx->list, first);
  for (size_t i = 0; i < s.n; i++)
    {
      const struct td_suppression *sup = &s.v[i];
      struct td_at at = { half, sup->line, sup->col, 4 };
      if (sup->unknown)
        td_report (ctx, TD_R_UNUSED_SUPPRESSION, at, td_nowhere,
                   /* TRANSLATORS: %s is what was written as a rule id.  */
                   _("suppression names an unknown rule '%s'"),
                   sup->unknown);
      else if (!sup->used)
        td_report (ctx, TD_R_UNUSED_SUPPRESSION, at, td_nowhere, "%s",
                   _("this suppression comment suppresses nothing"));
    }
  td_suppress_free (&s);
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

static int
check_one (struct td_source *src, const struct td_check_options *opts,
           struct td_diag_list *list, char **error)
{
  td_diag_intern (list, src->path);
  size_t first = list->n;
  struct td_doc *doc = td_doc_parse (src);
  struct td_half en, ko;
  struct td_ctx ctx = { &en, &ko, NULL, opts, list };
  td_half_whole (doc, "en", &en);
  report_encoding (&ctx, &en);
  report_frontmatter_error (&ctx, &en);
  if (td_split (doc, &en, &ko) != 0)
    {
      int fence = unclosed_fence (src);
      if (fence > 0)
        *error = xasprintf (_("no Korean part found: the code fence opened "
                              "at line %d is never closed, so the '---' "
                              "line after it is code"), fence);
      else
        *error = xstrdup (_("no Korean part found: a bilingual file needs a "
                            "'---' line followed by the Korean text"));
      td_doc_free (doc);
      return -1;
    }
  /* Signatures as the project's policies compare the two languages.  */
  compare_imports (&ctx, false);
  if (opts->config)
    {
      td_doc_sign (doc, en.first, en.last, opts->config, false);
      td_doc_sign (doc, ko.first, ko.last, opts->config, true);
    }
  run_rules (&ctx);
  suppress (&ctx, &en, first);
  td_doc_free (doc);
  return 0;
}

static int
check_two (struct td_source *esrc, struct td_source *ksrc,
           const struct td_check_options *opts, struct td_diag_list *list)
{
  td_diag_intern (list, esrc->path);
  td_diag_intern (list, ksrc->path);
  size_t first = list->n;
  struct td_doc *edoc = td_doc_parse (esrc);
  struct td_doc *kdoc = td_doc_parse (ksrc);
  struct td_half en, ko;
  struct td_ctx ctx = { &en, &ko, NULL, opts, list };
  td_half_whole (edoc, "en", &en);
  td_half_whole (kdoc, "ko", &ko);
  report_encoding (&ctx, &en);
  report_encoding (&ctx, &ko);
  report_frontmatter_error (&ctx, &en);
  report_frontmatter_error (&ctx, &ko);
  compare_frontmatter (&ctx);

  en.first = leading_imports (edoc);
  ko.first = leading_imports (kdoc);

  long b = td_split_find (kdoc);
  if (b >= 0 && td_split_has_english_copy (kdoc, b))
    {
      const struct td_block *brk = &kdoc->blocks[b];
      struct td_at at = { &ko, brk->line, brk->col, 3 };
      long copy = -1;
      for (long i = 0; i < b; i++)
        if (kdoc->blocks[i].kind != TD_BLK_IMPORT)
          {
            copy = i;
            break;
          }
      struct td_at start = copy >= 0 ? td_at_block (&ko, copy) : at;
      td_report (&ctx, TD_R_SOURCE_COPY, start, td_nowhere,
                 /* TRANSLATORS: %d is the line of the '---' that starts
                    the Korean text.  */
                 _("the Korean file starts with a copy of the English page; "
                   "the translation begins after the '---' at line %d"),
                 brk->line);
      ko.first = (size_t) b + 1;
    }
  compare_imports (&ctx, true);
  if (opts->config)
    {
      td_doc_sign (edoc, en.first, en.last, opts->config, false);
      td_doc_sign (kdoc, ko.first, ko.last, opts->config, true);
    }
  run_rules (&ctx);
  suppress (&ctx, &en, first);
  suppress (&ctx, &ko, first);
  td_doc_free (edoc);
  td_doc_free (kdoc);
  return 0;
}

int
td_check_file (const char *path, const struct td_check_options *opts,
               struct td_diag_list *list, char **error)
{
  struct td_source *src = td_source_read (path, opts->max_bytes, error);
  if (src == NULL)
    return -1;
  return check_one (src, opts, list, error);
}

int
td_check_pair (const char *en_path, const char *ko_path,
               const struct td_check_options *opts, struct td_diag_list *list,
               const char **error_path, char **error)
{
  struct td_source *esrc = td_source_read (en_path, opts->max_bytes, error);
  if (esrc == NULL)
    {
      *error_path = en_path;
      return -1;
    }
  struct td_source *ksrc = td_source_read (ko_path, opts->max_bytes, error);
  if (ksrc == NULL)
    {
      td_source_free (esrc);
      *error_path = ko_path;
      return -1;
    }
  return check_two (esrc, ksrc, opts, list);
}

int
td_check_file_memory (const char *name, const char *data, size_t len,
                      const struct td_check_options *opts,
                      struct td_diag_list *list, char **error)
{
  return check_one (td_source_from_memory (name, data, len), opts, list,
                    error);
}

int
td_check_pair_memory (const char *en_name, const char *en, size_t en_len,
                      const char *ko_name, const char *ko, size_t ko_len,
                      const struct td_check_options *opts,
                      struct td_diag_list *list, char **error)
{
  (void) error;
  return check_two (td_source_from_memory (en_name, en, en_len),
                    td_source_from_memory (ko_name, ko, ko_len), opts, list);
}
