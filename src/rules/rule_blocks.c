/* rule_blocks.c: rules on code blocks: code-block and code-lang.  */
#include <config.h>
#include "util/system.h"

#include "util/buf.h"
#include "page/page.h"
#include "policy/policy.h"
#include "rules/config_file.h"
#include "rules/normalize.h"
#include "rules/ctx.h"
#include "doc/source.h"
#include "util/xalloc.h"

/* Splits code S into lines without common indentation and trailing white
   space.  Returns the number of lines; *LINES (owned by the caller, one
   allocation with the text) holds them.  */
static size_t
code_lines (const char *s, char ***lines)
{
  size_t n = strlen (s);
  size_t count = 1;
  for (size_t i = 0; i < n; i++)
    if (s[i] == '\n')
      count++;
  if (n > 0 && s[n - 1] == '\n')
    count--;
  size_t common = SIZE_MAX;
  for (size_t i = 0; i < n;)
    {
      size_t e = i;
      while (e < n && s[e] != '\n')
        e++;
      size_t k = i;
      while (k < e && (s[k] == ' ' || s[k] == '\t'))
        k++;
      if (k < e && k - i < common)
        common = k - i;
      i = e + 1;
    }
  if (common == SIZE_MAX)
    common = 0;
  char **v = xmalloc ((count + 1) * sizeof *v + n + count + 1);
  char *text = (char *) (v + count + 1);
  size_t li = 0;
  for (size_t i = 0; i < n && li < count;)
    {
      size_t e = i;
      while (e < n && s[e] != '\n')
        e++;
      size_t start = i + common <= e ? i + common : e;
      while (start > i && start > e)
        start--;
      size_t end = e;
      while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\t'
                             || s[end - 1] == '\r'))
        end--;
      v[li++] = text;
      memcpy (text, s + start, end - start);
      text += end - start;
      *text++ = '\0';
      i = e + 1;
    }
  while (li < count)
    {
      v[li++] = text;
      *text++ = '\0';
    }
  v[count] = NULL;
  /* Trailing empty lines do not count.  */
  while (count > 0 && v[count - 1][0] == '\0')
    count--;
  *lines = v;
  return count;
}

/* True when A and B differ only in white space.  */
static bool
same_but_space (const char *a, const char *b)
{
  for (;;)
    {
      while (*a == ' ' || *a == '\t' || *a == '\n' || *a == '\r')
        a++;
      while (*b == ' ' || *b == '\t' || *b == '\n' || *b == '\r')
        b++;
      if (*a != *b)
        return false;
      if (*a == '\0')
        return true;
      a++;
      b++;
    }
}

/* The file line of content line IDX (0-based) of code block B.  */
static int
content_line (const struct td_block *b, size_t idx)
{
  /* Fenced blocks (level 1) start with their fence line.  */
  int line = b->line + (b->level ? 1 : 0) + (int) idx;
  return line <= b->end_line ? line : b->end_line;
}

/* True when the blocks of pair P are JSON policies (json, jsonc) that
   parse on both sides.  */
static bool
json_pair (struct td_ctx *ctx, const struct td_pair *p)
{
  bool parsed[2] = { false, false };
  for (int side = 0; side < 2; side++)
    {
      size_t n;
      const struct td_policy *v = td_page_policies (ctx->page, side, &n);
      long block = side ? p->ko : p->en;
      for (size_t i = 0; i < n; i++)
        if (v[i].block == block)
          parsed[side] = v[i].json != NULL;
    }
  return parsed[0] && parsed[1];
}

void
td_check_code_block (struct td_ctx *ctx)
{
  for (size_t k = 0; k < ctx->al->n; k++)
    {
      const struct td_pair *p = &ctx->al->pairs[k];
      const struct td_block *e = td_pair_en (ctx, p);
      const struct td_block *o = td_pair_ko (ctx, p);
      if (!e || !o || e->kind != TD_BLK_CODE || o->kind != TD_BLK_CODE
          || p->kind == TD_PAIR_SAME)
        continue;
      /* JSON blocks that parse on both sides (as JSON or JSONC) are
         compared as JSON (json-mismatch), so translated comments do not
         count.  */
      if (json_pair (ctx, p))
        continue;
      /* The code as the project's policy compares it.  */
      const struct td_config *cfg = td_ctx_config (ctx);
      char *ecode = NULL, *ocode = NULL;
      if (cfg->code_blocks == TD_CODE_IGNORE_WHITESPACE)
        {
          ecode = td_code_squeeze (e->text);
          ocode = td_code_squeeze (o->text);
          bool same = STREQ (ecode, ocode);
          free (ecode);
          free (ocode);
          ecode = ocode = NULL;
          if (same)
            continue;
        }
      else if (cfg->code_blocks == TD_CODE_IGNORE_COMMENTS)
        {
          ecode = td_code_strip (e->text, e->info);
          ocode = td_code_strip (o->text, o->info);
          /* A comment translated on more or fewer lines is no
             difference: compare without white space first.  */
          char *es = td_code_squeeze (ecode), *os = td_code_squeeze (ocode);
          bool same = STREQ (es, os);
          free (es);
          free (os);
          if (same)
            {
              free (ecode);
              free (ocode);
              continue;
            }
        }
      char **el, **ol;
      size_t ne = code_lines (ecode ? ecode : e->text, &el);
      size_t no = code_lines (ocode ? ocode : o->text, &ol);
      size_t i = 0;
      while (i < ne && i < no && STREQ (el[i], ol[i]))
        i++;
      if (i < ne || i < no)
        {
          struct td_at ko_at = td_at_block (ctx->ko, p->ko);
          struct td_at en_at = td_at_block (ctx->en, p->en);
          ko_at.line = content_line (o, i < no ? i : no);
          en_at.line = content_line (e, i < ne ? i : ne);
          ko_at.col = en_at.col = 1;
          {
            size_t len;
            td_source_line (ctx->ko->doc->src, ko_at.line, &len);
            ko_at.len = len > 0 ? (int) len : 1;
          }
          /* Quote the lines as written, when the policy's normal form kept
             the line count.  */
          char **eorig = NULL, **oorig = NULL;
          if (ecode && ocode)
            {
              size_t ne0 = code_lines (e->text, &eorig);
              size_t no0 = code_lines (o->text, &oorig);
              if (ne0 == ne && no0 == no)
                {
                  free (el);
                  free (ol);
                  el = eorig;
                  ol = oorig;
                  eorig = oorig = NULL;
                }
              free (eorig);
              free (oorig);
            }
          /* Quote the first line that has something to show.  */
          size_t qe = i, qo = i;
          if (i >= no)
            while (qe + 1 < ne && el[qe][0] == '\0')
              qe++;
          if (i >= ne)
            while (qo + 1 < no && ol[qo][0] == '\0')
              qo++;
          char *eb = td_brief (qe < ne ? el[qe] : "");
          char *ob = td_brief (qo < no ? ol[qo] : "");
          if (same_but_space (e->text, o->text))
            td_report (ctx, TD_R_CODE_BLOCK, ko_at, en_at, "%s",
                       _("code block differs from the English one in white "
                         "space only (blank lines or indentation)"));
          else if (i >= no)
            td_report (ctx, TD_R_CODE_BLOCK, ko_at, en_at,
                       /* TRANSLATORS: %s is the first English line that
                          the Korean block lacks.  */
                       _("code block ends early: the English block goes on "
                         "with \"%s\""),
                       eb);
          else if (i >= ne)
            td_report (ctx, TD_R_CODE_BLOCK, ko_at, en_at,
                       /* TRANSLATORS: %s is the first extra line.  */
                       _("code block goes on after the end of the English "
                         "block: \"%s\""),
                       ob);
          else
            td_report (ctx, TD_R_CODE_BLOCK, ko_at, en_at,
                       /* TRANSLATORS: %1$s is a line of the Korean code
                          block, %2$s the English line it should equal.  */
                       _("code differs from the English block: \"%1$s\" "
                         "instead of \"%2$s\""),
                       ob, eb);
          free (eb);
          free (ob);
        }
      free (el);
      free (ol);
      free (ecode);
      free (ocode);
    }
}

/* The language of an info string: its first word.  */
static size_t
lang_len (const char *info)
{
  size_t n = 0;
  while (info[n] && info[n] != ' ' && info[n] != '\t' && info[n] != '{')
    n++;
  return n;
}

void
td_check_code_lang (struct td_ctx *ctx)
{
  for (size_t k = 0; k < ctx->al->n; k++)
    {
      const struct td_pair *p = &ctx->al->pairs[k];
      const struct td_block *e = td_pair_en (ctx, p);
      const struct td_block *o = td_pair_ko (ctx, p);
      if (!e || !o || e->kind != TD_BLK_CODE || o->kind != TD_BLK_CODE)
        continue;
      size_t el = lang_len (e->info), ol = lang_len (o->info);
      if (el == ol && memcmp (e->info, o->info, el) == 0)
        continue;
      char *es = xstrndup (e->info, el), *os = xstrndup (o->info, ol);
      td_report (ctx, TD_R_CODE_LANG, td_at_block (ctx->ko, p->ko),
                 td_at_block (ctx->en, p->en),
                 /* TRANSLATORS: %1$s and %2$s are code languages such as
                    "json"; either may be empty.  */
                 _("code block language '%1$s' differs from the English "
                   "'%2$s'"),
                 os, es);
      free (es);
      free (os);
    }
}
