/* ctx.c: the reporting helpers of the checkers (ctx.h).  */
#include <config.h>
#include "util/system.h"
#include "rules/ctx.h"

#include <pthread.h>

#include "doc/source.h"
#include "rules/config_file.h"
#include "util/utf8.h"
#include "util/xalloc.h"

const struct td_at td_nowhere = { NULL, 0, 0, 0 };

struct td_at
td_at_block (const struct td_half *half, long index)
{
  const struct td_block *b = &half->doc->blocks[index];
  struct td_at at = { half, b->line, b->col, 1 };
  size_t len;
  const char *line = td_source_line (half->doc->src, b->line, &len);
  (void) line;
  if ((size_t) b->col <= len)
    at.len = (int) (len - (size_t) b->col + 1);
  return at;
}

struct td_at
td_at_block_end (const struct td_half *half, long index)
{
  const struct td_block *blocks = half->doc->blocks;
  int end = blocks[index].end_line;
  for (long i = index + 1;
       i < (long) half->last && blocks[i].depth > blocks[index].depth; i++)
    if (blocks[i].end_line > end)
      end = blocks[i].end_line;
  struct td_at at = { half, end, 1, 1 };
  return at;
}

struct td_at
td_at_item (const struct td_half *half, const struct td_item *item)
{
  struct td_at at = { half, item->line, item->col, item->len };
  return at;
}

struct td_at
td_at_insertion (const struct td_half *ko, long at)
{
  if (at >= 0)
    return td_at_block (ko, at);
  struct td_at w = { ko, 1, 1, 1 };
  if (ko->last == ko->first)
    {
      /* Nothing to stand before: the end of the file.  */
      const struct td_source *src = ko->doc->src;
      int last = (int) src->nlines;
      size_t len;
      td_source_line (src, last, &len);
      while (last > 1 && len == 0)
        td_source_line (src, --last, &len);
      w.line = last;
      w.col = (int) len + 1;
    }
  else
    {
      const struct td_block *b = &ko->doc->blocks[ko->last - 1];
      /* The end of the last top-level block.  */
      int end = b->end_line;
      for (size_t i = ko->first; i < ko->last; i++)
        if (ko->doc->blocks[i].end_line > end)
          end = ko->doc->blocks[i].end_line;
      w.line = end;
      size_t len;
      td_source_line (ko->doc->src, end, &len);
      w.col = (int) len + 1;
    }
  return w;
}

static struct td_config defaults;
static pthread_once_t defaults_once = PTHREAD_ONCE_INIT;

static void
init_defaults (void)
{
  td_config_init (&defaults);
}

const struct td_config *
td_ctx_config (const struct td_ctx *ctx)
{
  if (ctx->opts->config)
    return ctx->opts->config;
  /* Pages may be checked in several threads at once (check_tree.c).  */
  pthread_once (&defaults_once, init_defaults);
  return &defaults;
}

void
td_report_file (struct td_ctx *ctx, enum td_rule_id rule, const char *path,
                char *message)
{
  enum td_severity sev = ctx->opts->severity[rule];
  if (sev == TD_SEV_OFF)
    {
      free (message);
      return;
    }
  td_diag_push (ctx->list, rule, sev, path, 1, 1, message);
}

bool
td_rule_on (const struct td_ctx *ctx, enum td_rule_id rule)
{
  return ctx->opts->severity[rule] != TD_SEV_OFF;
}

/* Fills the excerpt of D from line LINE of SRC, underlining LEN bytes
   from byte column COL.  */
static void
set_excerpt (struct td_diag *d, const struct td_source *src, int line,
             int col, int len)
{
  size_t n;
  const char *s = td_source_line (src, line, &n);
  if (n > 400)
    n = 400;
  /* Do not cut inside a character.  */
  while (n > 0 && n < 400 && ((unsigned char) s[n] & 0xC0) == 0x80)
    n--;
  d->excerpt = xstrndup (s, n);
  size_t c = col > 0 ? (size_t) col - 1 : 0;
  if (c > n)
    c = n;
  d->excerpt_col = (int) td_utf8_width (s, c) + 1;
  size_t e = c + (len > 0 ? (size_t) len : 1);
  if (e > n)
    e = n;
  int w = (int) td_utf8_width (s + c, e - c);
  d->excerpt_width = w > 0 ? w : 1;
}

/* The message of the related location AT: the counterpart, quoted
   briefly.  Returns a new string.  */
static char *
related_message (const struct td_at *at)
{
  size_t len;
  const char *line = td_source_line (at->half->doc->src, at->line, &len);
  size_t c = at->col > 0 ? (size_t) at->col - 1 : 0;
  if (c > len)
    c = len;
  char *text = xstrndup (line + c, len - c);
  char *brief = td_brief (text);
  free (text);
  char *m;
  if (STREQ (at->half->lang, "en"))
    /* TRANSLATORS: %s is the start of the English text.  */
    m = xasprintf (_("the English counterpart: \"%s\""), brief);
  else
    /* TRANSLATORS: %s is the start of the Korean text.  */
    m = xasprintf (_("the Korean counterpart: \"%s\""), brief);
  free (brief);
  return m;
}

void
td_relate_place (struct td_diag *d, const struct td_at *at, const char *quote,
                 bool after)
{
  if (d == NULL || at->half == NULL)
    return;
  const struct td_source *rs = at->half->doc->src;
  d->related.line = d->related.end_line = at->line;
  d->related.column = d->related.end_column
    = td_source_charcol (rs, at->line, at->col);
  free (d->related_message);
  d->related_place = true;
  char *brief = td_brief (quote);
  d->related_message
    = td_fill_message (after
                         /* TRANSLATORS: %s is the start of the English
                            text after which a Korean block would
                            stand.  */
                         ? _("in the English text it would stand after "
                             "\"%s\"")
                         /* TRANSLATORS: %s is the start of the English
                            text before which a Korean block would
                            stand.  */
                         : _("in the English text it would stand before "
                             "\"%s\""),
                       brief, "");
  free (brief);
}

static struct td_diag *
report_v (struct td_ctx *ctx, enum td_rule_id rule, enum td_severity sev,
          struct td_at where, struct td_at related, const char *format,
          va_list ap)
{
  if (sev == TD_SEV_OFF || where.half == NULL)
    return NULL;
  char *msg = xvasprintf (format, ap);
  const struct td_source *src = where.half->doc->src;
  int col = td_source_charcol (src, where.line, where.col);
  struct td_diag *d = td_diag_push (ctx->list, rule, sev, src->path,
                                    where.line, col, msg);
  int endcol = td_source_charcol (src, where.line,
                                  where.col + (where.len > 0 ? where.len : 1))
               - 1;
  d->loc.end_line = where.line;
  d->loc.end_column = endcol >= col ? endcol : col;
  set_excerpt (d, src, where.line, where.col, where.len);
  if (related.half)
    {
      const struct td_source *rs = related.half->doc->src;
      d->related.file = td_diag_intern (ctx->list, rs->path);
      d->related.line = related.line;
      d->related.column = td_source_charcol (rs, related.line, related.col);
      d->related.end_line = related.line;
      d->related.end_column = d->related.column;
      d->related_message = related_message (&related);
    }
  return d;
}

struct td_diag *
td_report (struct td_ctx *ctx, enum td_rule_id rule, struct td_at where,
           struct td_at related, const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  struct td_diag *d = report_v (ctx, rule, ctx->opts->severity[rule], where,
                                related, format, ap);
  va_end (ap);
  return d;
}

struct td_diag *
td_report_own (struct td_ctx *ctx, enum td_rule_id rule, struct td_at where,
               struct td_at related, enum td_severity own,
               const char *format, ...)
{
  enum td_severity sev = ctx->opts->severity[rule];
  if (sev == td_rules[rule].severity)
    sev = own;
  va_list ap;
  va_start (ap, format);
  struct td_diag *d = report_v (ctx, rule, sev, where, related, format, ap);
  va_end (ap);
  return d;
}

char *
td_brief (const char *s)
{
  size_t n = strlen (s);
  char *out = xmalloc (n + 8);
  size_t o = 0, chars = 0;
  bool space = false;
  for (size_t i = 0; i < n;)
    {
      unsigned char c = (unsigned char) s[i];
      if (c == '\n' || c == '\r' || c == '\t' || c == ' ')
        {
          space = o > 0;
          i++;
          continue;
        }
      if (chars >= 40)
        {
          memcpy (out + o, "\xE2\x80\xA6", 3); /* ellipsis */
          o += 3;
          break;
        }
      if (space)
        {
          out[o++] = ' ';
          chars++;
          space = false;
        }
      size_t l = 1;
      while (i + l < n && ((unsigned char) s[i + l] & 0xC0) == 0x80)
        l++;
      memcpy (out + o, s + i, l);
      o += l;
      i += l;
      chars++;
    }
  out[o] = '\0';
  return out;
}

const struct td_block *
td_pair_en (const struct td_ctx *ctx, const struct td_pair *p)
{
  return p->en >= 0 ? &ctx->en->doc->blocks[p->en] : NULL;
}

const struct td_block *
td_pair_ko (const struct td_ctx *ctx, const struct td_pair *p)
{
  return p->ko >= 0 ? &ctx->ko->doc->blocks[p->ko] : NULL;
}

int
td_parent_pair_kind (const struct td_ctx *ctx, const struct td_block *b,
                     bool is_en)
{
  const struct td_half *h = is_en ? ctx->en : ctx->ko;
  if (b->parent < 0 || (size_t) b->parent < h->first)
    return -1;
  long pi = (is_en ? ctx->al->en_pair : ctx->al->ko_pair)[b->parent
                                                          - (long) h->first];
  return pi >= 0 ? (int) ctx->al->pairs[pi].kind : -1;
}

char *
td_fill_message (const char *message, const char *a, const char *b)
{
  /* MESSAGE comes from a table of translated sentences, each of which
     msgfmt --check-format holds to its English conversions.  */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return xasprintf (message, a, b);
#pragma GCC diagnostic pop
}
