/* ctx.h: what the checkers (checker.h) share: the context of one
   page and the reporting helpers (ctx.c).  Private to rule_*.c,
   checkers.c, ctx.c and check.c.  */
#ifndef TD_CTX_H
#define TD_CTX_H

#include "align/align.h"
#include "rules/options.h"
#include "doc/doc.h"
#include "rules/rules.h"

struct td_page;
struct td_stale;
struct td_suppressions;

/* A --tree page found in one language only.  */
struct td_unpaired
{
  const char *en_path, *ko_path; /* where each would be (not owned) */
  bool ko_exists;                /* the Korean page exists, not the English */
};

/* The end of a --tree run (stage TD_STAGE_RUN).  */
struct td_run_end
{
  const char *ko_root;            /* the Korean folder (not owned) */
  size_t first;                   /* the run's first finding in the list */
  size_t pairs;                   /* the pairs checked */
  struct td_conventions *learned; /* not owned: the conventions found are
                                     appended (rules/learn.h) */
};

/* What a checker sees.  Which fields are set depends on its stage
   (checker.h): TREE has unpaired only; PAGE has page, en and ko; PAIR
   adds al; AFTER has page, en, ko and suppressions (al is NULL again);
   RUN has run_end only.
   None of them is owned.  */
struct td_ctx
{
  const struct td_check_options *opts;
  struct td_diag_list *list;
  struct td_page *page;
  const struct td_half *en, *ko;       /* &page->en, &page->ko */
  const struct td_alignment *al;
  const struct td_suppressions *suppressions[2]; /* English (or bilingual)
                                                    file, Korean file or
                                                    NULL */
  const struct td_unpaired *unpaired;
  const struct td_run_end *run_end;
  /* PAIR: with --stale, what the English changed since the Korean page
     was translated (rules/stale.h), or NULL (no --stale, or no record of
     that English); FIRST: the page's first finding in LIST.  */
  const struct td_stale *stale;
  size_t first;
  /* PAGE to AFTER: one flag per block of ko (indexed by block index -
     ko->first), true inside a verbatim component; made by the first
     td_block_verbatim call, NULL before.  Owned by the context's maker
     (check.c), which frees it after the page.  */
  bool *ko_verbatim;
};

/* A place to report: a half (for its source and language), a file line,
   a byte column and a length in bytes.  half == NULL means none.  */
struct td_at
{
  const struct td_half *half;
  int line, col, len;
};

/* The place of block INDEX of HALF's document.  */
struct td_at td_at_block (const struct td_half *half, long index);
/* The place of ITEM in HALF's document.  */
struct td_at td_at_item (const struct td_half *half,
                         const struct td_item *item);
/* Where an English block missing from the Korean half would stand: the
   Korean block AT, or the end of the Korean half when AT is -1.  */
struct td_at td_at_insertion (const struct td_half *ko, long at);
/* No place.  */
extern const struct td_at td_nowhere;

/* Appends a finding of RULE (unless the rule is off) at WHERE, with
   RELATED as the counterpart in the other language.  FORMAT is a
   translated printf format.  Returns the finding (owned by the list,
   valid until the next report), or NULL when the rule is off.  */
struct td_diag *td_report (struct td_ctx *ctx, enum td_rule_id rule,
                           struct td_at where, struct td_at related,
                           const char *format, ...)
  TD_PRINTF (5, 6);

/* Makes D's related location AT, the place in the English text where its
   block would stand: after (AFTER) or before the English block that
   QUOTE (its text) opens; nothing when D is NULL.  */
void td_relate_place (struct td_diag *d, const struct td_at *at,
                      const char *quote, bool after);

/* The place just after block INDEX of HALF and its contents: its last
   line.  */
struct td_at td_at_block_end (const struct td_half *half, long index);

/* True when block INDEX of the Korean half lies inside a JSX component
   that shows program output verbatim under the profile in force
   (profile.h): between its opening and closing tag lines.  The first
   call scans the half once and keeps the answer in ctx->ko_verbatim
   (verbatim.c).  */
bool td_block_verbatim (struct td_ctx *ctx, size_t index);

/* The words of S (N bytes) that look like running English (rule_text.c):
   tokens of two or more ASCII letters, all lower case (function words and
   common nouns).  Names (capitalised), acronyms, identifiers, paths and
   URLs do not count.  *TOKENS (unless NULL) is set to the number of
   white-space separated tokens of S.  */
int td_english_words (const char *s, size_t n, int *tokens);

/* The project configuration in force (defaults when none was given).  */
const struct td_config *td_ctx_config (const struct td_ctx *ctx);

/* True when RULE is on.  */
bool td_rule_on (const struct td_ctx *ctx, enum td_rule_id rule);

/* A short excerpt of S for messages: at most about 40 characters, on one
   line, with an ellipsis when cut.  Returns a new string.  */
char *td_brief (const char *s);

/* MESSAGE, a translated sentence from a message table, with its
   conversions filled: %s or %1$s from A, %2$s from B (a sentence may use
   fewer).  Returns a new string.  */
char *td_fill_message (const char *message, const char *a, const char *b);

/* The block of pair P in each language, or NULL.  */
const struct td_block *td_pair_en (const struct td_ctx *ctx,
                                   const struct td_pair *p);
const struct td_block *td_pair_ko (const struct td_ctx *ctx,
                                   const struct td_pair *p);

/* The pair kind of the parent of block B (in HALF), or -1 when B is at the
   top.  IS_EN tells which half's index to use.  */
int td_parent_pair_kind (const struct td_ctx *ctx, const struct td_block *b,
                         bool is_en);

/* Reports a finding of RULE about a whole file PATH (line 1), unless the
   rule is off.  MESSAGE is taken over.  */
void td_report_file (struct td_ctx *ctx, enum td_rule_id rule,
                     const char *path, char *message);

/* The checkers of the table (checkers.c), by stage.  */
void td_check_unpaired (struct td_ctx *ctx);
void td_check_conventions (struct td_ctx *ctx);
void td_check_encoding (struct td_ctx *ctx);
void td_check_front_matter (struct td_ctx *ctx);
void td_check_source_copy (struct td_ctx *ctx);
void td_check_imports (struct td_ctx *ctx);
void td_check_structure (struct td_ctx *ctx);
void td_check_heading (struct td_ctx *ctx);
void td_check_anchor (struct td_ctx *ctx);
void td_check_list (struct td_ctx *ctx);
void td_check_table (struct td_ctx *ctx);
void td_check_admonition (struct td_ctx *ctx);
void td_check_code_block (struct td_ctx *ctx);
void td_check_code_lang (struct td_ctx *ctx);
void td_check_mdx_component (struct td_ctx *ctx);
void td_check_shortcode (struct td_ctx *ctx);
void td_check_image (struct td_ctx *ctx);
void td_check_link (struct td_ctx *ctx);
void td_check_inline_code (struct td_ctx *ctx);
void td_check_placeholder (struct td_ctx *ctx);
void td_check_number (struct td_ctx *ctx);
void td_check_emphasis (struct td_ctx *ctx);
void td_check_untranslated (struct td_ctx *ctx);
void td_check_sentences (struct td_ctx *ctx);
/* True when the Korean paragraph of pair K, which has no English
   counterpart, is the other half of the Korean paragraph next to it,
   which translates an English paragraph that the translator split in
   two (the sentence rules compare the two halves together).  */
bool td_split_paragraph_half (const struct td_ctx *ctx, size_t k);
void td_check_json_syntax (struct td_ctx *ctx);
void td_check_json_mismatch (struct td_ctx *ctx);
void td_check_placeholder_docs (struct td_ctx *ctx);
void td_check_iam (struct td_ctx *ctx);
void td_check_korean (struct td_ctx *ctx);
void td_check_terminology (struct td_ctx *ctx);
void td_check_stale (struct td_ctx *ctx);
void td_check_unused_suppressions (struct td_ctx *ctx);

/* Like td_report, for rules whose findings carry their own severity (the
   IAM lint: an invalid Version is an error, a missing one a warning): OWN
   is used unless the user set the rule's severity (then that wins, off
   included).  */
struct td_diag *td_report_own (struct td_ctx *ctx, enum td_rule_id rule,
                               struct td_at where, struct td_at related,
                               enum td_severity own, const char *format, ...)
  TD_PRINTF (6, 7);

#endif
