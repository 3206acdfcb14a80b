/* suppress.c: inline suppression comments.  */
#include <config.h>
#include "util/system.h"
#include "rules/suppress.h"

#include "report/diag.h"
#include "doc/doc.h"
#include "doc/source.h"
#include "util/xalloc.h"

static bool
in_code (const struct td_doc *doc, int line)
{
  for (size_t i = 0; i < doc->nblocks; i++)
    {
      const struct td_block *b = &doc->blocks[i];
      if (b->kind == TD_BLK_CODE && line >= b->line && line <= b->end_line)
        return true;
      if (b->line > line)
        break;
    }
  return false;
}

/* The last line of the blocks of DOC that start at LINE, contents
   included (a whole code block, list, table or admonition), or LINE when
   no block starts there.  */
static int
block_end (const struct td_doc *doc, int line)
{
  int end = line;
  for (size_t i = 0; i < doc->nblocks; i++)
    {
      const struct td_block *b = &doc->blocks[i];
      if (b->line > line)
        break;
      if (b->line != line)
        continue;
      for (size_t k = i; k < doc->nblocks; k++)
        {
          const struct td_block *c = &doc->blocks[k];
          if (k > i && c->depth <= b->depth)
            break;
          if (c->end_line > end)
            end = c->end_line;
        }
    }
  return end;
}

static bool
blank (const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t')
      return false;
  return true;
}

/* Parses the rule list of a directive from S (N bytes, up to the comment
   end) into SUP.  */
static void
parse_rules (struct td_suppression *sup, const char *s, size_t n)
{
  size_t i = 0;
  bool any = false;
  while (i < n)
    {
      while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == ','))
        i++;
      size_t b = i;
      while (i < n && s[i] != ' ' && s[i] != '\t' && s[i] != ',')
        i++;
      if (i == b)
        break;
      char *id = xstrndup (s + b, i - b);
      int r = td_rule_find (id);
      if (r >= 0)
        sup->rules[r] = true;
      else if (sup->unknown == NULL)
        sup->unknown = id, id = NULL;
      free (id);
      any = true;
    }
  sup->all = !any;
}

static struct td_suppression *
add (struct td_suppressions *out, int line, int col)
{
  out->v = xgrow (out->v, &out->alloc, out->n + 1, sizeof *out->v);
  struct td_suppression *s = &out->v[out->n++];
  memset (s, 0, sizeof *s);
  s->line = line;
  s->col = col;
  return s;
}

void
td_suppress_scan (const struct td_doc *doc, const char *file,
                  struct td_suppressions *out)
{
  const struct td_source *src = doc->src;
  out->file = file;
  out->v = NULL;
  out->n = out->alloc = 0;
  if (memmem (src->data, src->len, "twindoc-", 8) == NULL)
    return;
  /* Open ranges, by suppression index.  */
  for (int ln = 1; ln <= (int) src->nlines; ln++)
    {
      size_t len;
      const char *line = td_source_line (src, ln, &len);
      const char *p = memmem (line, len, "twindoc-", 8);
      if (p == NULL || in_code (doc, ln))
        continue;
      size_t off = (size_t) (p - line);
      /* It must follow a comment opener.  */
      size_t k = off;
      while (k > 0 && (line[k - 1] == ' ' || line[k - 1] == '\t'))
        k--;
      bool html = k >= 4 && memcmp (line + k - 4, "<!--", 4) == 0;
      bool mdx = k >= 3 && memcmp (line + k - 3, "{/*", 3) == 0;
      if (!html && !mdx)
        continue;
      const char *rest = p + 8;
      size_t rlen = len - off - 8;
      const char *end = memmem (rest, rlen, html ? "-->" : "*/}", 3);
      size_t body = end ? (size_t) (end - rest) : rlen;
      int col = (int) (k - (html ? 4 : 3)) + 1;
      if (body >= 17 && memcmp (rest, "disable-next-line", 17) == 0
          && (body == 17 || rest[17] == ' ' || rest[17] == '\t'))
        {
          struct td_suppression *s = add (out, ln, col);
          parse_rules (s, rest + 17, body - 17);
          int next = ln + 1;
          while (next <= (int) src->nlines)
            {
              size_t nl;
              const char *t = td_source_line (src, next, &nl);
              if (!blank (t, nl))
                break;
              next++;
            }
          s->first = next;
          s->last = block_end (doc, next);
        }
      else if (body >= 7 && memcmp (rest, "disable", 7) == 0
               && (body == 7 || rest[7] == ' ' || rest[7] == '\t'))
        {
          struct td_suppression *s = add (out, ln, col);
          parse_rules (s, rest + 7, body - 7);
          s->first = ln;
          s->last = INT32_MAX;
        }
      else if (body >= 6 && memcmp (rest, "enable", 6) == 0
               && (body == 6 || rest[6] == ' ' || rest[6] == '\t'))
        {
          struct td_suppression tmp;
          memset (&tmp, 0, sizeof tmp);
          parse_rules (&tmp, rest + 6, body - 6);
          free (tmp.unknown);
          /* Close the open ranges it names.  */
          for (size_t i = 0; i < out->n; i++)
            {
              struct td_suppression *s = &out->v[i];
              if (s->last != INT32_MAX)
                continue;
              bool match = tmp.all;
              for (int r = 0; r < TD_R__COUNT && !match; r++)
                match = tmp.rules[r] && (s->rules[r] || s->all);
              if (match)
                s->last = ln;
            }
        }
    }
}

static bool
covers (const struct td_suppression *s, const struct td_diag *d)
{
  return d->loc.line >= s->first && d->loc.line <= s->last
         && (s->all || s->rules[d->rule]);
}

/* A finding that a suppression of S covers (marking those used).  */
static bool
suppressed (const struct td_diag *d, size_t i, void *arg)
{
  struct td_suppressions *s = arg;
  bool drop = false;
  (void) i;
  if (d->loc.file && s->file && STREQ (d->loc.file, s->file)
      && d->rule != TD_R_UNUSED_SUPPRESSION)
    for (size_t k = 0; k < s->n; k++)
      if (covers (&s->v[k], d))
        {
          s->v[k].used = true;
          drop = true;
        }
  return drop;
}

void
td_suppress_apply (struct td_suppressions *s, struct td_diag_list *list,
                   size_t first)
{
  if (s->n == 0)
    return;
  td_diag_list_remove_if (list, first, suppressed, s);
}

void
td_suppress_free (struct td_suppressions *s)
{
  for (size_t i = 0; i < s->n; i++)
    free (s->v[i].unknown);
  free (s->v);
  s->v = NULL;
  s->n = s->alloc = 0;
}
