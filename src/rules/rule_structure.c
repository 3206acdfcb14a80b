/* rule_structure.c: rules on the block structure: structure, heading,
   anchor, list, table, admonition.  */
#include <config.h>
#include "util/system.h"

#include <ctype.h>

#include "rules/config_file.h"
#include "rules/ctx.h"
#include "rules/normalize.h"
#include "rules/profile.h"

/* The rule that owns a missing or extra block of KIND.  */
static enum td_rule_id
owner (enum td_block_kind kind)
{
  switch (kind)
    {
    case TD_BLK_ITEM:
      return TD_R_LIST;
    case TD_BLK_ADMONITION:
      return TD_R_ADMONITION;
    case TD_BLK_IMPORT:
      return TD_R__COUNT; /* compared as a set by check.c */
    case TD_BLK_HEADING:
    case TD_BLK_PARAGRAPH:
    case TD_BLK_LIST:
    case TD_BLK_CODE:
    case TD_BLK_HTML:
    case TD_BLK_QUOTE:
    case TD_BLK_BREAK:
    case TD_BLK_TABLE:
    case TD_BLK__COUNT:
    default:
      return TD_R_STRUCTURE;
    }
}

/* The text to quote for block INDEX of HALF: its own text, or for a
   container the text of its first descendant that has some.  */
static const char *
quote_text (const struct td_half *half, long index)
{
  const struct td_block *blocks = half->doc->blocks;
  const struct td_block *b = &blocks[index];
  switch (b->kind)
    {
    case TD_BLK_ITEM:
    case TD_BLK_LIST:
    case TD_BLK_QUOTE:
      for (size_t i = (size_t) index + 1;
           i < half->last && blocks[i].depth > b->depth; i++)
        if (blocks[i].text[0] && blocks[i].kind != TD_BLK_ADMONITION)
          return blocks[i].text;
      return "";
    case TD_BLK_BREAK:
      return "";
    case TD_BLK_HEADING:
    case TD_BLK_PARAGRAPH:
    case TD_BLK_CODE:
    case TD_BLK_HTML:
    case TD_BLK_TABLE:
    case TD_BLK_ADMONITION:
    case TD_BLK_IMPORT:
    case TD_BLK__COUNT:
    default:
      return b->text;
    }
}

/* The English block next to which the Korean block of EXTRA pair P
   would stand: the block after which it would stand, or the first
   English block (before which it would), or -1.  */
static long
english_place (const struct td_ctx *ctx, const struct td_pair *p)
{
  if (p->en_at >= 0)
    return p->en_at;
  if (ctx->en->last > ctx->en->first)
    return (long) ctx->en->first;
  return -1;
}

/* Sets the related location of D (a finding on the Korean block of EXTRA
   pair P) to where the block would stand in the English text.  */
static void
relate_place (struct td_ctx *ctx, struct td_diag *d, const struct td_pair *p)
{
  long at = english_place (ctx, p);
  if (at < 0)
    return;
  bool after = p->en_at >= 0;
  struct td_at where = after ? td_at_block_end (ctx->en, at)
                             : td_at_block (ctx->en, at);
  td_relate_place (d, &where, quote_text (ctx->en, at), after);
}

/* True when block INDEX (English when IS_EN) and everything inside it
   went without a counterpart: then the block alone is reported.  A
   container part of whose content is paired (a list the translation
   flattened, a wrapper nested at another level) is not reported; its
   unpaired blocks are, one by one.  */
static bool
wholly_alone (const struct td_ctx *ctx, long index, bool is_en)
{
  const struct td_half *h = is_en ? ctx->en : ctx->ko;
  const struct td_block *blocks = h->doc->blocks;
  const struct td_block *b = &blocks[index];
  const long *pair_of = is_en ? ctx->al->en_pair : ctx->al->ko_pair;
  enum td_pair_kind alone = is_en ? TD_PAIR_MISSING : TD_PAIR_EXTRA;
  for (long i = index + 1; i < (long) h->last && blocks[i].depth > b->depth;
       i++)
    {
      long k = pair_of[i - (long) h->first];
      if (k >= 0 && ctx->al->pairs[k].kind != alone)
        return false;
    }
  return true;
}

/* True when the finding on block B (index INDEX) is part of its parent's:
   the parent went without a counterpart as a whole.  */
static bool
in_reported_parent (const struct td_ctx *ctx, const struct td_block *b,
                    bool is_en)
{
  enum td_pair_kind alone = is_en ? TD_PAIR_MISSING : TD_PAIR_EXTRA;
  return td_parent_pair_kind (ctx, b, is_en) == (int) alone
         && wholly_alone (ctx, b->parent, is_en);
}

/* The end of the section that heading INDEX of HALF opens: the next
   heading of the same or a higher level, or the end of the half.  */
static long
section_end (const struct td_half *half, long index)
{
  const struct td_block *blocks = half->doc->blocks;
  int level = blocks[index].level;
  long i = index + 1;
  while (i < (long) half->last
         && !(blocks[i].kind == TD_BLK_HEADING && blocks[i].level <= level))
    i++;
  return i;
}

/* The index of the pair next to pair K that makes one heading with it
   when the two are the halves of a heading whose explicit id the
   translation changed: one English heading alone and one Korean heading
   alone, side by side, at the same level, both with an id, the ids
   different.  The block alignment synchronises sections by their ids,
   so it cannot pair them; the anchor rule reports the changed id once,
   and structure reports neither half.  Returns -1 when there is none.  */
static long
renamed_heading (const struct td_ctx *ctx, size_t k)
{
  const struct td_alignment *al = ctx->al;
  const struct td_pair *p = &al->pairs[k];
  if (p->kind != TD_PAIR_MISSING && p->kind != TD_PAIR_EXTRA)
    return -1;
  for (int where = -1; where <= 1; where += 2)
    {
      if ((where < 0 && k == 0) || (where > 0 && k + 1 >= al->n))
        continue;
      const struct td_pair *q = &al->pairs[k + (size_t) where];
      if (q->kind == p->kind
          || (q->kind != TD_PAIR_MISSING && q->kind != TD_PAIR_EXTRA))
        continue;
      const struct td_pair *m = p->kind == TD_PAIR_MISSING ? p : q;
      const struct td_pair *x = p->kind == TD_PAIR_EXTRA ? p : q;
      const struct td_block *e = td_pair_en (ctx, m);
      const struct td_block *o = td_pair_ko (ctx, x);
      if (e && o && e->kind == TD_BLK_HEADING && o->kind == TD_BLK_HEADING
          && e->level == o->level && e->anchor && o->anchor
          && !STREQ (e->anchor, o->anchor))
        return (long) k + where;
    }
  return -1;
}

/* True when the string S equals the front matter value V, both without
   surrounding blanks.  */
static bool
same_trimmed (const char *s, const char *v)
{
  while (*s == ' ')
    s++;
  while (*v == ' ')
    v++;
  size_t n = strlen (s), m = strlen (v);
  while (n > 0 && s[n - 1] == ' ')
    n--;
  while (m > 0 && v[m - 1] == ' ')
    m--;
  return n == m && memcmp (s, v, n) == 0;
}

/* True when block INDEX of HALF (ENGLISH or not) is a level-1 heading
   (without an explicit id, when English) that says its page's front
   matter title, before any other heading,
   and the other page has no level-1 heading but a title, on a site whose
   profile shows that title as the heading of such a page (Docusaurus):
   both pages show the same heading.  */
static bool
title_heading (const struct td_ctx *ctx, long index, bool english)
{
  if (!td_profile_title_heading (td_ctx_config (ctx)->profile))
    return false;
  const struct td_half *h = english ? ctx->en : ctx->ko;
  const struct td_half *o = english ? ctx->ko : ctx->en;
  const struct td_block *b = &h->doc->blocks[index];
  /* An explicit id of the English heading is what links point at: a
     Korean page without it is changed (an id only the Korean has is
     harmless).  */
  if (b->kind != TD_BLK_HEADING || b->level != 1
      || (english && b->anchor != NULL))
    return false;
  for (size_t i = h->first; i < (size_t) index; i++)
    if (h->doc->blocks[i].kind == TD_BLK_HEADING)
      return false;
  const struct td_fm_entry *t = td_frontmatter_get (&h->doc->fm, "title");
  if (t == NULL || !same_trimmed (b->text, t->value)
      || td_frontmatter_get (&o->doc->fm, "title") == NULL)
    return false;
  for (size_t i = o->first; i < o->last; i++)
    if (o->doc->blocks[i].kind == TD_BLK_HEADING
        && o->doc->blocks[i].level == 1)
      return false;
  return true;
}

/* Reports unmatched and moved blocks whose rule is WANT.  */
static void
report_unmatched (struct td_ctx *ctx, enum td_rule_id want)
{
  /* The English blocks of a section reported as moved: its other moved
     blocks are part of that one finding.  */
  long moved_lo = -1, moved_hi = -1;
  for (size_t k = 0; k < ctx->al->n; k++)
    {
      const struct td_pair *p = &ctx->al->pairs[k];
      const struct td_block *e = td_pair_en (ctx, p);
      const struct td_block *o = td_pair_ko (ctx, p);
      char *brief;
      switch (p->kind)
        {
        case TD_PAIR_MISSING:
          if (owner (e->kind) != want || in_reported_parent (ctx, e, true)
              || !wholly_alone (ctx, p->en, true)
              || renamed_heading (ctx, k) >= 0
              || title_heading (ctx, p->en, true))
            break;
          brief = td_brief (quote_text (ctx->en, p->en));
          if (*brief)
            td_report (ctx, want, td_at_insertion (ctx->ko, p->at),
                       td_at_block (ctx->en, p->en),
                       /* TRANSLATORS: %1$s is a kind of block ("heading",
                          "code block"), %2$s the start of its text.  */
                       _("%1$s missing in the Korean text: \"%2$s\""),
                       td_block_kind_label (e->kind), brief);
          else
            td_report (ctx, want, td_at_insertion (ctx->ko, p->at),
                       td_at_block (ctx->en, p->en),
                       /* TRANSLATORS: %s is a kind of block.  */
                       _("%s missing in the Korean text"),
                       td_block_kind_label (e->kind));
          free (brief);
          break;
        case TD_PAIR_EXTRA:
          if (owner (o->kind) != want || in_reported_parent (ctx, o, false)
              || !wholly_alone (ctx, p->ko, false)
              || renamed_heading (ctx, k) >= 0
              || title_heading (ctx, p->ko, false))
            break;
          brief = td_brief (quote_text (ctx->ko, p->ko));
          struct td_diag *d;
          long place = english_place (ctx, p);
          struct td_at rel = place >= 0 ? td_at_block (ctx->en, place)
                                        : td_nowhere;
          if (o->kind == TD_BLK_PARAGRAPH && td_split_paragraph_half (ctx, k))
            /* One English paragraph written as two: nothing is lost or
               added, but the reader sees another break.  */
            d = td_report_own (ctx, want, td_at_block (ctx->ko, p->ko), rel,
                               TD_SEV_NOTE,
                               /* TRANSLATORS: %s is the start of the
                                  paragraph's text.  */
                               _("paragraph continues the translation of "
                                 "the paragraph next to it, which the "
                                 "English text writes as one: \"%s\""),
                               brief);
          else if (*brief)
            d = td_report (ctx, want, td_at_block (ctx->ko, p->ko), rel,
                           /* TRANSLATORS: %1$s is a kind of block, %2$s
                              the start of its text.  */
                           _("%1$s not in the English text: \"%2$s\""),
                           td_block_kind_label (o->kind), brief);
          else
            d = td_report (ctx, want, td_at_block (ctx->ko, p->ko), rel,
                           /* TRANSLATORS: %s is a kind of block.  */
                           _("%s not in the English text"),
                           td_block_kind_label (o->kind));
          relate_place (ctx, d, p);
          free (brief);
          break;
        case TD_PAIR_MOVED:
          {
            if (want != TD_R_STRUCTURE || o->kind == TD_BLK_IMPORT
                || td_parent_pair_kind (ctx, o, false) == TD_PAIR_MOVED)
              break;
            /* Report the first block of a run that moved together, and a
               moved section once.  */
            if (k > 0 && ctx->al->pairs[k - 1].kind == TD_PAIR_MOVED
                && ctx->al->pairs[k - 1].en >= 0
                && ctx->al->pairs[k - 1].en + 1 == p->en)
              break;
            if (p->en >= moved_lo && p->en < moved_hi)
              break;
            if (e->kind == TD_BLK_HEADING)
              {
                moved_lo = p->en;
                moved_hi = section_end (ctx->en, p->en);
              }
            /* A moved section shows first in its content: report it at
               the headings that open it, when they come right before.  */
            long at = p->ko;
            while (at - 1 >= (long) ctx->ko->first
                   && ctx->ko->doc->blocks[at - 1].kind == TD_BLK_HEADING
                   && ctx->ko->doc->blocks[at - 1].depth == o->depth)
              at--;
            if (at != p->ko || o->kind == TD_BLK_HEADING)
              {
                brief = td_brief (ctx->ko->doc->blocks[at].text);
                td_report (ctx, TD_R_STRUCTURE, td_at_block (ctx->ko, at),
                           td_at_block (ctx->en, p->en),
                           /* TRANSLATORS: %s is the text of a heading.  */
                           _("section \"%s\" stands elsewhere in the English "
                             "text"),
                           brief);
                free (brief);
                break;
              }
            brief = td_brief (quote_text (ctx->ko, p->ko));
            if (*brief)
              td_report (ctx, TD_R_STRUCTURE, td_at_block (ctx->ko, p->ko),
                         td_at_block (ctx->en, p->en),
                         /* TRANSLATORS: %1$s is a kind of block, %2$s the
                            start of its text.  */
                         _("%1$s stands elsewhere or at another nesting level "
                           "in the English text (\"%2$s\")"),
                         td_block_kind_label (o->kind), brief);
            else
              td_report (ctx, TD_R_STRUCTURE, td_at_block (ctx->ko, p->ko),
                         td_at_block (ctx->en, p->en),
                         /* TRANSLATORS: %s is a kind of block.  */
                         _("%s stands elsewhere or at another nesting level "
                           "in the English text"),
                         td_block_kind_label (o->kind));
            free (brief);
          }
          break;
        case TD_PAIR_SAME:
        case TD_PAIR_CHANGED:
        default:
          break;
        }
    }
}

/* Reports paired blocks nested at another level than in the English text
   (a code block taken out of a list item, a paragraph put into one),
   once for each run of them; runs that start at a list item are the list
   rule's.  */
static void
report_depth (struct td_ctx *ctx)
{
  bool in_run = false;
  for (size_t k = 0; k < ctx->al->n; k++)
    {
      const struct td_pair *p = &ctx->al->pairs[k];
      const struct td_block *e = td_pair_en (ctx, p);
      const struct td_block *o = td_pair_ko (ctx, p);
      if (!e || !o || p->kind == TD_PAIR_MOVED)
        continue;
      if (e->depth == o->depth)
        {
          in_run = false;
          continue;
        }
      if (in_run)
        continue;
      in_run = true;
      if (o->kind == TD_BLK_ITEM)
        continue;
      char *brief = td_brief (quote_text (ctx->ko, p->ko));
      td_report (ctx, TD_R_STRUCTURE, td_at_block (ctx->ko, p->ko),
                 td_at_block (ctx->en, p->en),
                 /* TRANSLATORS: %1$s is a kind of block ("code block"),
                    %2$s the start of its text.  */
                 _("%1$s \"%2$s\" is nested at another level than in the "
                   "English text"),
                 td_block_kind_label (o->kind), brief);
      free (brief);
    }
}

void
td_check_structure (struct td_ctx *ctx)
{
  report_unmatched (ctx, TD_R_STRUCTURE);
  report_depth (ctx);
}

/* Calls FN for every pair of blocks of KIND present in both languages. */
#define FOR_BOTH(ctx, kind_, e, o, body)                                   \
  for (size_t k_ = 0; k_ < (ctx)->al->n; k_++)                             \
    {                                                                      \
      const struct td_pair *p_ = &(ctx)->al->pairs[k_];                    \
      const struct td_block *e = td_pair_en ((ctx), p_);                   \
      const struct td_block *o = td_pair_ko ((ctx), p_);                   \
      if (e == NULL || o == NULL || e->kind != (kind_) || o->kind != (kind_)) \
        continue;                                                          \
      long ei_ = p_->en, ki_ = p_->ko;                                     \
      (void) ei_;                                                          \
      (void) ki_;                                                          \
      body                                                                 \
    }

void
td_check_heading (struct td_ctx *ctx)
{
  FOR_BOTH (ctx, TD_BLK_HEADING, e, o, {
    if (e->level != o->level)
      td_report (ctx, TD_R_HEADING, td_at_block (ctx->ko, ki_),
                 td_at_block (ctx->en, ei_),
                 /* TRANSLATORS: %1$d and %2$d are heading levels (1-6). */
                 _("heading level %1$d differs from the English level %2$d"),
                 o->level, e->level);
  })
}

/* True when A and B are equal once everything but ASCII letters and
   digits and non-ASCII bytes is left out: the slug makers of Hugo,
   MkDocs and GitHub differ in how they join words and what punctuation
   they drop, not in the letters they keep.  */
static bool
same_slug_letters (const char *a, const char *b)
{
  for (;;)
    {
      while (*a && (unsigned char) *a < 0x80 && !isalnum ((unsigned char) *a))
        a++;
      while (*b && (unsigned char) *b < 0x80 && !isalnum ((unsigned char) *b))
        b++;
      if (!*a || !*b)
        return !*a && !*b;
      if (tolower ((unsigned char) *a) != tolower ((unsigned char) *b))
        return false;
      a++;
      b++;
    }
}

/* True when ANCHOR, the explicit id of a Korean heading, is the id that
   the English heading E gets without one: the slug of its text.  The
   Korean heading pins the English page's generated id (Hugo and MkDocs
   translators do this so that links from other pages keep working).  */
static bool
pins_english_slug (const struct td_block *e, const char *anchor)
{
  if (!e->text)
    return false;
  char *slug = td_slug (e->text);
  bool same = STREQ (slug, anchor) || same_slug_letters (slug, anchor);
  free (slug);
  return same;
}

void
td_check_anchor (struct td_ctx *ctx)
{
  /* Translated slugs: ids differ by design; links are checked instead. */
  if (td_ctx_config (ctx)->anchors == TD_ANCHORS_TRANSLATED_SLUGS)
    return;
  FOR_BOTH (ctx, TD_BLK_HEADING, e, o, {
    struct td_at ko_at = td_at_block (ctx->ko, ki_);
    struct td_at en_at = td_at_block (ctx->en, ei_);
    if (o->anchor)
      {
        ko_at.col = o->anchor_col;
        ko_at.len = (int) strlen (o->anchor) + 3;
      }
    if (e->anchor)
      en_at.col = e->anchor_col;
    if (e->anchor && o->anchor && !STREQ (e->anchor, o->anchor))
      td_report (ctx, TD_R_ANCHOR, ko_at, en_at,
                 /* TRANSLATORS: %1$s and %2$s are heading ids.  */
                 _("anchor '%1$s' differs from the English anchor '%2$s'"),
                 o->anchor, e->anchor);
    else if (e->anchor && !o->anchor)
      td_report (ctx, TD_R_ANCHOR, ko_at, en_at,
                 /* TRANSLATORS: %s is a heading id.  */
                 _("heading has no anchor; the English heading has "
                   "'{#%s}', so links to it break"),
                 e->anchor);
    else if (!e->anchor && o->anchor && !pins_english_slug (e, o->anchor))
      td_report (ctx, TD_R_ANCHOR, ko_at, en_at,
                 /* TRANSLATORS: %s is a heading id.  */
                 _("anchor '%s' is not in the English heading"), o->anchor);
  })
  /* The headings that the alignment could not pair because the Korean
     id differs (renamed_heading).  */
  for (size_t k = 0; k < ctx->al->n; k++)
    {
      const struct td_pair *p = &ctx->al->pairs[k];
      long q = p->kind == TD_PAIR_EXTRA ? renamed_heading (ctx, k) : -1;
      if (q < 0)
        continue;
      const struct td_pair *m = &ctx->al->pairs[q];
      const struct td_block *e = td_pair_en (ctx, m);
      const struct td_block *o = td_pair_ko (ctx, p);
      struct td_at ko_at = td_at_block (ctx->ko, p->ko);
      struct td_at en_at = td_at_block (ctx->en, m->en);
      ko_at.col = o->anchor_col;
      ko_at.len = (int) strlen (o->anchor) + 3;
      en_at.col = e->anchor_col;
      td_report (ctx, TD_R_ANCHOR, ko_at, en_at,
                 /* TRANSLATORS: %1$s and %2$s are heading ids.  */
                 _("anchor '%1$s' differs from the English anchor '%2$s'"),
                 o->anchor, e->anchor);
    }
}

/* Reports list items nested at another level than in the English text:
   once for each run of paired blocks at another level that starts at a
   list item (report_depth reports the other runs).  */
static void
report_nesting (struct td_ctx *ctx)
{
  bool in_run = false;
  for (size_t k = 0; k < ctx->al->n; k++)
    {
      const struct td_pair *p = &ctx->al->pairs[k];
      const struct td_block *e = td_pair_en (ctx, p);
      const struct td_block *o = td_pair_ko (ctx, p);
      if (!e || !o || p->kind == TD_PAIR_MOVED)
        continue;
      if (e->depth == o->depth)
        {
          in_run = false;
          continue;
        }
      bool starts = !in_run && e->kind == TD_BLK_ITEM;
      in_run = true;
      if (!starts)
        continue;
      char *brief = td_brief (quote_text (ctx->ko, p->ko));
      td_report (ctx, TD_R_LIST, td_at_block (ctx->ko, p->ko),
                 td_at_block (ctx->en, p->en),
                 /* TRANSLATORS: %s is the start of the text of a list
                    item.  */
                 _("list item \"%s\" is nested at another level than in "
                   "the English text"),
                 brief);
      free (brief);
    }
}

void
td_check_list (struct td_ctx *ctx)
{
  report_unmatched (ctx, TD_R_LIST);
  report_nesting (ctx);
  /* The type of lists at one nesting level: a list paired with one at
     another level is a guess of the alignment (a list the Korean breaks
     out of its item, a re-nested one), and report_nesting names it.  */
  FOR_BOTH (ctx, TD_BLK_LIST, e, o, {
    if (e->level != o->level && e->depth == o->depth)
      td_report (ctx, TD_R_LIST, td_at_block (ctx->ko, ki_),
                 td_at_block (ctx->en, ei_), "%s",
                 o->level ? _("ordered list where the English list is a "
                              "bullet list")
                          : _("bullet list where the English list is "
                              "ordered"));
    else if (e->level && e->start != o->start)
      td_report (ctx, TD_R_LIST, td_at_block (ctx->ko, ki_),
                 td_at_block (ctx->en, ei_),
                 /* TRANSLATORS: %1$d and %2$d are the numbers of the first
                    items of two ordered lists.  */
                 _("ordered list starts at %1$d, the English list at %2$d"),
                 o->start, e->start);
  })
}

void
td_check_table (struct td_ctx *ctx)
{
  FOR_BOTH (ctx, TD_BLK_TABLE, e, o, {
    if (e->columns != o->columns)
      td_report (ctx, TD_R_TABLE, td_at_block (ctx->ko, ki_),
                 td_at_block (ctx->en, ei_),
                 /* TRANSLATORS: %1$d and %2$d are column counts.  */
                 _("table columns differ: %1$d here, %2$d in the English "
                   "table"),
                 o->columns, e->columns);
    if (e->count != o->count)
      td_report (ctx, TD_R_TABLE, td_at_block (ctx->ko, ki_),
                 td_at_block (ctx->en, ei_),
                 /* TRANSLATORS: %1$d and %2$d are row counts.  */
                 _("table rows differ: %1$d here, %2$d in the English "
                   "table"),
                 o->count, e->count);
  })
}

void
td_check_admonition (struct td_ctx *ctx)
{
  report_unmatched (ctx, TD_R_ADMONITION);
  FOR_BOTH (ctx, TD_BLK_ADMONITION, e, o, {
    if (!STREQ (e->text, o->text))
      td_report (ctx, TD_R_ADMONITION, td_at_block (ctx->ko, ki_),
                 td_at_block (ctx->en, ei_),
                 /* TRANSLATORS: %1$s and %2$s are admonition types such
                    as "note" or "tip"; they are not translated.  */
                 _("admonition type ':::%1$s' differs from the English "
                   "':::%2$s'"),
                 o->text, e->text);
  })
}
