/* rule_korean.c: the Korean language rules (ko-particle,
   ko-particle-hedged, ko-spacing, ko-punctuation, ko-colon, ko-unicode)
   over the Korean half's prose, and ko-terminology over aligned
   blocks.  The language work is in korean.c; this file maps its findings
   to rules, messages, file positions and certain fixes.  */
#include <config.h>
#include "util/system.h"

#include "rules/config_file.h"
#include "korean/korean.h"
#include "rules/ctx.h"
#include "doc/source.h"
#include "util/utf8.h"
#include "util/xalloc.h"

/* When --fix may apply the replacement of a finding: only what is
   certain (a decidable hedge, NFD to NFC, the space before an annotating
   parenthesis, full-width ASCII, zero-width characters).  */
enum fixable
{
  FIX_NEVER,
  FIX_IF_REPL,    /* when the finding has a replacement */
  FIX_IF_DECIDED  /* a hedge: when the word decided the single form */
};

/* What each kind of Korean finding becomes.  MESSAGE is a whole sentence;
   where it has arguments, %1$s is the text found and %2$s the
   replacement.  A hedge whose form the word decides uses DECIDED.  */
static const struct kind_row
{
  enum td_rule_id rule;
  enum fixable fix;
  const char *message;  /* N_() */
  const char *decided;  /* N_(), or NULL */
} kinds[TD_KO__COUNT] = {
  [TD_KO_PARTICLE_WRONG] = { TD_R_KO_PARTICLE, FIX_NEVER,
    /* TRANSLATORS: %1$s is the particle as written, %2$s the right
       one.  */
    N_("particle '%1$s' does not agree with the word before it; write "
       "'%2$s'"), NULL },
#define HEDGE                                                            \
  { TD_R_KO_PARTICLE_HEDGED, FIX_IF_DECIDED,                             \
    N_("hedged particle '%1$s': write it '%2$s', without a space"),      \
    N_("hedged particle '%1$s': the word before it takes '%2$s'") }
  [TD_KO_HEDGE_SPACED] = HEDGE,
  [TD_KO_HEDGE_ORDER] = HEDGE,
  [TD_KO_HEDGE_DECIDABLE] = HEDGE,
#undef HEDGE
  [TD_KO_SPACE_BEFORE_PARTICLE] = { TD_R_KO_SPACING, FIX_NEVER,
    N_("space before a particle: a particle is attached to the word before "
       "it"), NULL },
  [TD_KO_SPACE_BEFORE_PAREN] = { TD_R_KO_PAREN_SPACING, FIX_IF_REPL,
    N_("space before an annotating parenthesis: Korean style attaches it "
       "to the word"), NULL },
  [TD_KO_SPACE_BEFORE_COLON] = { TD_R_KO_SPACING, FIX_NEVER,
    N_("space before a colon"), NULL },
  [TD_KO_NO_SPACE_AFTER_COLON] = { TD_R_KO_SPACING, FIX_NEVER,
    N_("no space after a colon"), NULL },
  [TD_KO_SPACE_BEFORE_PUNCT] = { TD_R_KO_SPACING, FIX_NEVER,
    N_("space before punctuation"), NULL },
  [TD_KO_SPACE_AROUND_MIDDLE_DOT] = { TD_R_KO_SPACING, FIX_NEVER,
    N_("spaces around a middle dot (·)"), NULL },
  [TD_KO_DOUBLE_SPACE] = { TD_R_KO_SPACING, FIX_NEVER,
    N_("doubled space in prose"), NULL },
  [TD_KO_HEADING_PERIOD] = { TD_R_KO_PUNCTUATION, FIX_NEVER,
    N_("a heading does not end with a period"), NULL },
  [TD_KO_TERMINAL_COLON] = { TD_R_KO_COLON, FIX_NEVER,
    N_("a Korean sentence ends with a period, not a colon"), NULL },
  [TD_KO_IDEOGRAPHIC_STOP] = { TD_R_KO_PUNCTUATION, FIX_NEVER,
    N_("'。' is not used in Korean; write '.'"), NULL },
  [TD_KO_IDEOGRAPHIC_COMMA] = { TD_R_KO_PUNCTUATION, FIX_NEVER,
    N_("'、' is not used in Korean; write ','"), NULL },
  [TD_KO_NFD_HANGUL] = { TD_R_KO_UNICODE, FIX_IF_REPL,
    N_("decomposed Hangul (NFD, as pasted from macOS): the syllables are "
       "stored as separate jamo"), NULL },
  [TD_KO_LONE_JAMO] = { TD_R_KO_UNICODE, FIX_NEVER,
    N_("Hangul jamo that do not form a syllable"), NULL },
  [TD_KO_COMPAT_JAMO] = { TD_R_KO_UNICODE, FIX_NEVER,
    N_("compatibility jamo inside a word"), NULL },
  [TD_KO_ARAEA_DOT] = { TD_R_KO_UNICODE, FIX_NEVER,
    N_("'ㆍ' (arae-a) used as a middle dot; write '·'"), NULL },
  [TD_KO_DOT_LOOKALIKE] = { TD_R_KO_UNICODE, FIX_NEVER,
    N_("a look-alike of the middle dot; write '·'"), NULL },
  [TD_KO_ZERO_WIDTH] = { TD_R_KO_UNICODE, FIX_IF_REPL,
    N_("invisible zero-width character"), NULL },
  [TD_KO_FILLER] = { TD_R_KO_UNICODE, FIX_NEVER,
    N_("invisible Hangul filler character"), NULL },
  [TD_KO_FULLWIDTH] = { TD_R_KO_UNICODE, FIX_IF_REPL,
    /* TRANSLATORS: %1$s is a full-width character, %2$s its ASCII
       form.  */
    N_("full-width '%1$s'; write '%2$s'"), NULL },
  [TD_KO_IDEOGRAPHIC_SPACE] = { TD_R_KO_UNICODE, FIX_NEVER,
    N_("ideographic space (U+3000); write a space"), NULL },
  [TD_KO_NBSP] = { TD_R_KO_UNICODE, FIX_NEVER,
    N_("no-break space (U+00A0) in prose"), NULL },
  [TD_KO_HALFWIDTH_HANGUL] = { TD_R_KO_UNICODE, FIX_NEVER,
    N_("half-width Hangul jamo"), NULL },
  [TD_KO_TILDE_LOOKALIKE] = { TD_R_KO_UNICODE, FIX_NEVER,
    N_("'∼' used as a tilde; write '~'"), NULL },
};

/* The rule of a finding kind.  */
static enum td_rule_id
rule_of (enum td_ko_kind k)
{
  return kinds[k].rule;
}

/* True when a hedge's word decided its single form.  */
static bool
decided (const struct td_ko_finding *f)
{
  return f->repl && f->alt && !STREQ (f->repl, f->alt);
}

/* Whether --fix may apply the replacement of finding F.  */
static bool
certain (const struct td_ko_finding *f)
{
  switch (kinds[f->kind].fix)
    {
    case FIX_IF_DECIDED:
      return decided (f);
    case FIX_IF_REPL:
      return f->repl != NULL;
    case FIX_NEVER:
    default:
      return false;
    }
}

/* The message of finding F; TEXT is the scanned text.  Returns a new
   string.  */
static char *
message (const struct td_ko_finding *f, const char *text)
{
  const struct kind_row *k = &kinds[f->kind];
  char *found = xstrndup (text + f->start, f->end - f->start);
  const char *what = f->kind == TD_KO_PARTICLE_WRONG && f->found ? f->found
                                                                  : found;
  const char *format = k->decided && f->alt
                       && !STREQ (f->repl ? f->repl : "", f->alt)
                         ? k->decided : k->message;
  char *m = td_fill_message (_(format), what, f->repl ? f->repl : "");
  free (found);
  return m;
}

/* The word table of the configuration, for korean.c.  */
struct words
{
  struct td_ko_override *v;
  struct td_ko_overrides ov;
};

static void
words_init (struct words *w, const struct td_config *cfg)
{
  w->v = xcalloc (cfg->nparticle_words + 1, sizeof *w->v);
  for (size_t i = 0; i < cfg->nparticle_words; i++)
    {
      w->v[i].word = cfg->particle_words[i];
      w->v[i].final = cfg->particle_finals[i] == 'c' ? TD_KO_FINAL_CONSONANT
                      : cfg->particle_finals[i] == 'r' ? TD_KO_FINAL_RIEUL
                                                        : TD_KO_FINAL_NONE;
    }
  w->ov.v = w->v;
  w->ov.n = cfg->nparticle_words;
}

/* Reports the findings F of the text of block B (starting at source
   offset BASE).  */
static void
report (struct td_ctx *ctx, const struct td_ko_findings *f, const char *text,
        size_t base)
{
  const struct td_half *ko = ctx->ko;
  const struct td_source *src = ko->doc->src;
  for (size_t i = 0; i < f->n; i++)
    {
      const struct td_ko_finding *k = &f->v[i];
      enum td_rule_id rule = rule_of (k->kind);
      if (!td_rule_on (ctx, rule))
        continue;
      size_t off = base + k->start;
      int line = td_source_line_of (src, off);
      struct td_at at = { ko, line, (int) (off - src->lines[line - 1]) + 1,
                          (int) (k->end > k->start ? k->end - k->start : 1) };
      char *msg = message (k, text);
      struct td_diag *d = td_report (ctx, rule, at, td_nowhere, "%s", msg);
      free (msg);
      if (d && certain (k))
        {
          d->fix_start = off;
          d->fix_end = base + k->end;
          d->fix_old = xstrndup (text + k->start, k->end - k->start);
          d->fix_new = xstrdup (k->repl);
        }
    }
}

void
td_check_korean (struct td_ctx *ctx)
{
  const struct td_half *ko = ctx->ko;
  const struct td_source *src = ko->doc->src;
  const struct td_config *cfg = td_ctx_config (ctx);
  struct words w;
  words_init (&w, cfg);
  for (size_t i = ko->first; i < ko->last; i++)
    {
      const struct td_block *b = &ko->doc->blocks[i];
      if (b->kind != TD_BLK_PARAGRAPH && b->kind != TD_BLK_HEADING
          && b->kind != TD_BLK_TABLE)
        continue;
      /* The block's Markdown as written: detectors skip code spans.  */
      size_t from = td_source_offset (src, b->line, b->col);
      size_t elen;
      const char *eline = td_source_line (src, b->end_line, &elen);
      size_t to = (size_t) (eline - src->data) + elen;
      if (to <= from)
        continue;
      const char *text = src->data + from;
      size_t n = to - from;
      struct td_ko_findings f;
      td_ko_findings_init (&f);
      td_ko_check_particles (text, n, &w.ov, &f);
      td_ko_check_hedges (text, n, &w.ov, &f);
      td_ko_check_spacing (text, n, &f);
      if (b->kind == TD_BLK_HEADING)
        td_ko_check_heading (text, n, &f);
      else
        td_ko_check_punctuation (text, n, &f);
      td_ko_check_unicode (text, n, &f);
      report (ctx, &f, text, from);
      td_ko_findings_free (&f);
    }
  free (w.v);
}

/* The built-in glossary: AWS IAM terms and their renderings in AWS's
   Korean documentation (IAM User Guide, Korean edition: 역할 수임, 리전,
   신뢰 정책, 권한 정책; see docs/en/korean-rules.md).  "principal" is left
   out: other clouds' Korean terms differ (Google Cloud: 주 구성원).  */
static const char *const builtin_glossary[][2] = {
  { "assume role", "수임" },
  { "assumed role", "수임" },
  { "trust policy", "신뢰 정책" },
  { "trusted entity", "신뢰할 수 있는 엔터티" },
  { "permissions policy", "권한 정책" },
  { "permission policy", "권한 정책" },
  { "region", "리전" },
  { "access key", "액세스 키" },
};

static bool
is_alnum (char c)
{
  return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
}

/* The characters that join words into one technical token: an ARN
   (arn:aws:service:region), a path or URL (docs/region), a file name
   (region.md), an identifier (region_name).  */
static bool
is_joiner (char c)
{
  return c == ':' || c == '/' || c == '.' || c == '_';
}

/* True when the word from P to E (exclusive) of TEXT is part of a longer
   technical token: a joiner stands between it and a letter or digit on
   either side.  Such a word is a name, not prose that a glossary
   renders.  */
static bool
in_token (const char *text, const char *p, const char *e)
{
  bool left = p - text >= 2 && is_joiner (p[-1]) && is_alnum (p[-2]);
  bool right = is_joiner (e[0]) && is_alnum (e[1]);
  return left || right;
}

/* True when TEXT contains TERM as whole words, ignoring ASCII case, not
   inside a technical token.  */
static bool
has_term (const char *text, const char *term)
{
  size_t tl = strlen (term);
  if (tl == 0)
    return false;
  /* Only the places that start with the term's first letter, in either
     case, are compared: strpbrk skips the rest faster than a loop.  */
  char first[3] = { (char) (term[0] | 0x20), (char) (term[0] & ~0x20), 0 };
  if (!((term[0] | 0x20) >= 'a' && (term[0] | 0x20) <= 'z'))
    first[1] = 0, first[0] = term[0];
  for (const char *p = strpbrk (text, first); p; p = strpbrk (p + 1, first))
    {
      size_t i = 0;
      while (i < tl && p[i]
             && (p[i] | 0x20) == (term[i] | 0x20))
        i++;
      if (i < tl)
        continue;
      bool left = p == text || !(((p[-1] | 0x20) >= 'a'
                                  && (p[-1] | 0x20) <= 'z'));
      char c = p[tl];
      /* A plural or -ing form counts: "regions", "assumes".  */
      bool right = !(((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
                   || (c == 's' && !(((p[tl + 1] | 0x20) >= 'a'
                                      && (p[tl + 1] | 0x20) <= 'z')));
      if (left && right
          && !in_token (text, p, p + tl + (c == 's' ? 1 : 0)))
        return true;
    }
  return false;
}

/* True when TEXT holds TERM inside double quotes ("New principals").  */
static bool
quoted_term (const char *text, const char *term)
{
  for (const char *q = strchr (text, '"'); q; q = strchr (q + 1, '"'))
    {
      const char *e = strchr (q + 1, '"');
      if (e == NULL)
        break;
      char *inside = xstrndup (q + 1, (size_t) (e - q - 1));
      bool found = has_term (inside, term);
      free (inside);
      if (found)
        return true;
      q = e;
    }
  return false;
}

void
td_check_terminology (struct td_ctx *ctx)
{
  const struct td_config *cfg = td_ctx_config (ctx);
  size_t n = cfg->glossary_set ? cfg->nglossary
                               : ARRAY_SIZE (builtin_glossary);
  for (size_t k = 0; k < ctx->al->n; k++)
    {
      const struct td_pair *p = &ctx->al->pairs[k];
      const struct td_block *e = td_pair_en (ctx, p);
      const struct td_block *o = td_pair_ko (ctx, p);
      if (!e || !o || o->hangul == 0
          || (e->kind != TD_BLK_PARAGRAPH && e->kind != TD_BLK_HEADING
              && e->kind != TD_BLK_TABLE))
        continue;
      for (size_t g = 0; g < n; g++)
        {
          const char *en = cfg->glossary_set ? cfg->glossary[g].en
                                             : builtin_glossary[g][0];
          const char *ko = cfg->glossary_set ? cfg->glossary[g].ko
                                             : builtin_glossary[g][1];
          /* A term kept in English on purpose (a console label in
             quotes) is not a wrong rendering.  */
          if (!has_term (e->prose, en) || strstr (o->prose, ko)
              || quoted_term (o->prose, en))
            continue;
          td_report (ctx, TD_R_KO_TERMINOLOGY, td_at_block (ctx->ko, p->ko),
                     td_at_block (ctx->en, p->en),
                     /* TRANSLATORS: %1$s is an English term, %2$s its
                        required Korean rendering.  */
                     _("'%1$s' is rendered '%2$s' in the glossary, and "
                       "this text does not use it"),
                     en, ko);
        }
    }
}
