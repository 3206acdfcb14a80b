/* rule_text.c: the untranslated rule: English prose on the Korean side. */
#include <config.h>
#include "util/system.h"

#include "util/buf.h"
#include "rules/ctx.h"
#include "doc/source.h"
#include "util/utf8.h"
#include "util/xalloc.h"

int
td_english_words (const char *prose, size_t n, int *tokens)
{
  int words = 0, all = 0;
  const char *s = prose, *end = prose + n;
  while (s < end)
    {
      while (s < end && (*s == ' ' || *s == '\t' || *s == '\n'))
        s++;
      if (s >= end)
        break;
      const char *t = s;
      while (s < end && *s != ' ' && *s != '\t' && *s != '\n')
        s++;
      all++;
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
  if (tokens)
    *tokens = all;
  return words;
}

/* True when block B of HALF says nothing but the names of what it refers
   to: outside its links (label and destination), macros ({{...}}), code
   spans and tags, its source has no letter.  A list item that is one
   link to a page or one glossary macro keeps the English title of its
   target ("- [Weak signature algorithms](/ko/docs/...)", "-
   {{Glossary("CORS-safelisted request header")}}"): a name, not prose a
   translator left out.  */
static bool
reference_only (const struct td_half *half, const struct td_block *b)
{
  const struct td_source *src = half->doc->src;
  bool refs = false;
  for (int ln = b->line; ln <= b->end_line; ln++)
    {
      size_t len;
      const char *line = td_source_line (src, ln, &len);
      size_t i = ln == b->line && b->col > 0 ? (size_t) b->col - 1 : 0;
      while (i < len)
        {
          char c = line[i];
          if (c == '[')
            {
              /* A link: its label, then "(destination)" or "[ref]".  */
              int depth = 0;
              size_t j = i;
              for (; j < len; j++)
                if (line[j] == '[')
                  depth++;
                else if (line[j] == ']' && --depth == 0)
                  break;
              if (j >= len || j + 1 >= len
                  || (line[j + 1] != '(' && line[j + 1] != '['))
                return false;
              char close = line[j + 1] == '(' ? ')' : ']';
              size_t k = j + 2;
              while (k < len && line[k] != close)
                k++;
              if (k >= len)
                return false;
              refs = true;
              i = k + 1;
            }
          else if (c == '{' && i + 1 < len && line[i + 1] == '{')
            {
              const char *e = NULL;
              for (size_t k = i + 2; k + 1 < len; k++)
                if (line[k] == '}' && line[k + 1] == '}')
                  {
                    e = line + k;
                    break;
                  }
              if (!e)
                return false;
              refs = true;
              i = (size_t) (e - line) + 2;
            }
          else if (c == '`' || c == '<')
            {
              const char *e = memchr (line + i + 1, c == '`' ? '`' : '>',
                                      len - i - 1);
              if (!e)
                return false;
              i = (size_t) (e - line) + 1;
            }
          else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                   || (unsigned char) c >= 0x80)
            return false;
          else
            i++;
        }
    }
  return refs;
}

/* The most words an item of a term list has.  */
#define TERM_WORDS 3

/* True when block INDEX of HALF is the paragraph of an item of a term
   list: a list of at least 3 items, each a single paragraph of at most
   TERM_WORDS words and no Hangul ("* auto-completion", "* type checks",
   "* refactoring").  A translator who keeps every item of such a list in
   English keeps the terms on purpose, as names of features or words of
   a glossary; one item left in English among translated ones is still
   reported.  */
static bool
term_list_item (const struct td_half *half, size_t index)
{
  const struct td_block *blocks = half->doc->blocks;
  int item = blocks[index].parent;
  if (item < 0 || blocks[item].kind != TD_BLK_ITEM)
    return false;
  int list = blocks[item].parent;
  if (list < 0 || blocks[list].kind != TD_BLK_LIST)
    return false;
  size_t items = 0;
  for (size_t i = (size_t) list + 1;
       i < half->doc->nblocks && blocks[i].depth > blocks[list].depth; i++)
    {
      const struct td_block *b = &blocks[i];
      if (b->parent == list)
        {
          items++;
          continue;
        }
      if (b->depth != blocks[list].depth + 2)
        return false; /* a nested block: more than a term */
      int tokens = 0;
      if (b->kind != TD_BLK_PARAGRAPH || b->hangul > 0
          || (td_english_words (b->prose, strlen (b->prose), &tokens), 0)
          || tokens > TERM_WORDS)
        return false;
    }
  return items >= 3;
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
          if (h == 0 && td_english_words (t, cell.len, NULL) >= 3)
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
      int tokens;
      int words = td_english_words (b->prose, strlen (b->prose), &tokens);
      bool same = false;
      long pi = ctx->al->ko_pair[i - ko->first];
      if (pi >= 0)
        {
          const struct td_block *e = td_pair_en (ctx, &ctx->al->pairs[pi]);
          same = e && e->prose[0] && STREQ (e->prose, b->prose);
        }
      /* A console error or a command shown as it is stays English.  */
      /* Prose is mostly words: a matrix of numbers ("(1 0 tx 0 1 ty)"),
         a table of bits or a formal syntax has a few letters among many
         other tokens.  */
      if ((words >= 3 || (same && words >= 2)) && 3 * words >= tokens
          && !td_block_verbatim (ctx, i) && !reference_only (ko, b)
          && !term_list_item (ko, i))
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
