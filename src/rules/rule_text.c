/* rule_text.c: the untranslated rule: English prose on the Korean side. */
#include <config.h>
#include "util/system.h"

#include "util/buf.h"
#include "rules/ctx.h"
#include "doc/source.h"
#include "util/utf8.h"
#include "util/xalloc.h"

/* Counts the words of PROSE that look like running English: tokens of two
   or more ASCII letters, all lower case (function words and common
   nouns).  Product names (capitalised), acronyms, identifiers, paths and
   URLs (tokens holding digits, '_', '/', '.', ':' or '@') do not count.  */
static int
english_words (const char *prose)
{
  int words = 0;
  const char *s = prose;
  while (*s)
    {
      while (*s == ' ' || *s == '\t' || *s == '\n')
        s++;
      if (!*s)
        break;
      const char *t = s;
      while (*s && *s != ' ' && *s != '\t' && *s != '\n')
        s++;
      /* Strip surrounding punctuation.  */
      const char *a = t, *b = s;
      while (a < b && strchr ("([{\"'<*", *a))
        a++;
      while (b > a && strchr (")]}\"'>,.;:!?*", b[-1]))
        b--;
      if (b - a < 2)
        continue;
      bool lower = true;
      for (const char *c = a; c < b; c++)
        if (!(*c >= 'a' && *c <= 'z') && *c != '-' && *c != '\'')
          {
            lower = false;
            break;
          }
      if (lower)
        words++;
    }
  return words;
}

/* The cells of a table that has Korean elsewhere: a cell of English prose
   is reported on its own.  */
static void
check_cells (struct td_ctx *ctx, long index)
{
  const struct td_half *ko = ctx->ko;
  const struct td_block *b = &ko->doc->blocks[index];
  const struct td_source *src = ko->doc->src;
  for (int ln = b->line; ln <= b->end_line; ln++)
    {
      if (ln == b->line + 1)
        continue; /* the delimiter row */
      size_t len;
      const char *line = td_source_line (src, ln, &len);
      size_t i = 0;
      while (i < len)
        {
          /* One cell: up to an unescaped '|' outside code spans.  */
          size_t start = i;
          bool code = false;
          struct td_buf cell = TD_BUF_INIT;
          for (; i < len; i++)
            {
              char c = line[i];
              if (c == '`')
                code = !code;
              else if (c == '\\' && i + 1 < len)
                i++;
              else if (c == '|' && !code)
                break;
              else if (!code)
                td_buf_putc (&cell, c);
            }
          i++;
          const char *t = td_buf_str (&cell);
          size_t h = 0, l = 0;
          td_utf8_count_scripts (t, cell.len, &h, &l);
          if (h == 0 && english_words (t) >= 3)
            {
              while (start < len && (line[start] == ' ' || line[start] == '|'))
                start++;
              char *brief = td_brief (t);
              struct td_at at = { ko, ln, (int) start + 1, 1 };
              td_report (ctx, TD_R_UNTRANSLATED, at, td_nowhere,
                         /* TRANSLATORS: %s is the start of the text.  */
                         _("table cell is not translated: \"%s\""), brief);
              free (brief);
            }
          td_buf_free (&cell);
        }
    }
}

void
td_check_untranslated (struct td_ctx *ctx)
{
  const struct td_half *ko = ctx->ko;
  for (size_t i = ko->first; i < ko->last; i++)
    {
      const struct td_block *b = &ko->doc->blocks[i];
      if (b->kind != TD_BLK_HEADING && b->kind != TD_BLK_PARAGRAPH
          && b->kind != TD_BLK_TABLE)
        continue;
      if (b->hangul > 0)
        {
          if (b->kind == TD_BLK_TABLE)
            check_cells (ctx, (long) i);
          continue;
        }
      int words = english_words (b->prose);
      bool same = false;
      long pi = ctx->al->ko_pair[i - ko->first];
      if (pi >= 0)
        {
          const struct td_block *e = td_pair_en (ctx, &ctx->al->pairs[pi]);
          same = e && e->prose[0] && STREQ (e->prose, b->prose);
        }
      /* A console error or a command shown as it is stays English.  */
      if ((words >= 3 || (same && words >= 2))
          && !td_block_verbatim (ctx, i))
        {
          char *brief = td_brief (b->prose);
          struct td_at rel = td_nowhere;
          if (pi >= 0 && ctx->al->pairs[pi].en >= 0)
            rel = td_at_block (ctx->en, ctx->al->pairs[pi].en);
          td_report (ctx, TD_R_UNTRANSLATED, td_at_block (ko, (long) i), rel,
                     /* TRANSLATORS: %1$s is a kind of block, %2$s the
                        start of its text.  */
                     _("%1$s is not translated: \"%2$s\""),
                     td_block_kind_label (b->kind), brief);
          free (brief);
        }
    }
}
