/* rule_policy.c: rules on the guide's JSON policies and placeholders:
   json-syntax, json-mismatch, placeholder-undocumented, placeholder-unused
   and the iam-* rules.  */
#include <config.h>
#include "util/system.h"

#include "util/buf.h"
#include "policy/iam.h"
#include "page/page.h"
#include "policy/policy.h"
#include "rules/ctx.h"
#include "doc/source.h"
#include "util/xalloc.h"

/* The file place of byte OFF of the code literal of policy P.  */
static struct td_at
literal_at (const struct td_half *half, const struct td_policy *p,
            const char *lit, size_t off)
{
  int line = p->content_line;
  size_t ls = 0;
  for (size_t i = 0; i < off && lit[i]; i++)
    if (lit[i] == '\n')
      {
        line++;
        ls = i + 1;
      }
  struct td_at at = { half, line, 1, 1 };
  /* The literal line stands in the source line after its indentation.  */
  size_t llen = strcspn (lit + ls, "\n");
  size_t slen;
  const char *src = td_source_line (half->doc->src, line, &slen);
  size_t lead = 0;
  while (lead < llen && (lit[ls + lead] == ' ' || lit[ls + lead] == '\t'))
    lead++;
  const char *hit = NULL;
  if (llen > lead)
    {
      size_t want = llen - lead < 20 ? llen - lead : 20;
      for (size_t k = 0; k + want <= slen; k++)
        if (memcmp (src + k, lit + ls + lead, want) == 0)
          {
            hit = src + k;
            break;
          }
    }
  if (hit)
    at.col = (int) (hit - src) + 1 + (int) (off - ls - lead);
  else
    at.col = (int) (off - ls) + 1;
  if (at.col < 1)
    at.col = 1;
  /* Underline the value: up to the end of the line's token.  */
  size_t k = off;
  while (lit[k] && lit[k] != '\n' && lit[k] != ',')
    k++;
  at.len = k > off ? (int) (k - off) : 1;
  return at;
}

/* The policies of both halves, extracted once per page.  */
struct policies
{
  const struct td_policy *en, *ko;
  size_t nen, nko;
};

static void
get_policies (struct td_ctx *ctx, struct policies *ps)
{
  ps->en = td_page_policies (ctx->page, 0, &ps->nen);
  ps->ko = td_page_policies (ctx->page, 1, &ps->nko);
}

static const struct td_policy *
policy_of (const struct td_policy *v, size_t n, long block)
{
  for (size_t i = 0; i < n; i++)
    if (v[i].block == block)
      return &v[i];
  return NULL;
}

void
td_check_json_syntax (struct td_ctx *ctx)
{
  struct policies ps;
  get_policies (ctx, &ps);
  for (int side = 0; side < 2; side++)
    {
      const struct td_half *h = side ? ctx->ko : ctx->en;
      const struct td_policy *v = side ? ps.ko : ps.en;
      size_t n = side ? ps.nko : ps.nen;
      for (size_t i = 0; i < n; i++)
        {
          if (v[i].json)
            continue;
          size_t len;
          td_source_line (h->doc->src, v[i].error_line, &len);
          /* error_col counts characters: find its byte column.  */
          struct td_at at = { h, v[i].error_line, 1, 1 };
          for (int bc = 1; bc <= (int) len + 1; bc++)
            if (td_source_charcol (h->doc->src, v[i].error_line, bc)
                >= v[i].error_col)
              {
                at.col = bc;
                break;
              }
          if (v[i].too_deep)
            td_report (ctx, TD_R_JSON_SYNTAX, at, td_nowhere,
                       _("this JSON code block nests deeper than %d "
                         "levels, more than twindoc reads"),
                       CJSON_NESTING_LIMIT);
          else
            td_report (ctx, TD_R_JSON_SYNTAX, at, td_nowhere, "%s",
                       _("this JSON code block does not parse: the text is "
                         "not valid JSON from here on"));
        }
    }
}

/* A short JSON rendering of J for messages; caller frees.  */
static char *
brief_json (const cJSON *j)
{
  if (j == NULL)
    return xstrdup (_("(absent)"));
  char *t = cJSON_PrintUnformatted (j);
  if (t == NULL)
    xalloc_die ();
  char *b = td_brief (t);
  cJSON_free (t);
  return b;
}

/* Appends to the list D the paths where A and B differ (at most MAX).  */
struct jdiff
{
  char *path[16];
  const char *key[16]; /* a renamed member: its English key, else NULL */
  const cJSON *a[16], *b[16];
  int n;
};

/* The member of object OBJ that has the key of member X of object OWNER
   and the same rank among the members with that key (JSON allows a key
   twice, as diff examples show an old and a new line, and cJSON keeps
   both), or NULL.  */
static const cJSON *
same_member (const cJSON *obj, const cJSON *owner, const cJSON *x)
{
  int rank = 0;
  for (const cJSON *m = owner->child; m && m != x; m = m->next)
    if (STREQ (m->string, x->string))
      rank++;
  for (const cJSON *m = obj->child; m; m = m->next)
    if (STREQ (m->string, x->string) && rank-- == 0)
      return m;
  return NULL;
}

static void
json_diff (const cJSON *a, const cJSON *b, struct td_buf *path,
           struct jdiff *d)
{
  if (d->n >= 16)
    return;
  if (a && b && cJSON_IsObject (a) && cJSON_IsObject (b))
    {
      size_t keep = path->len;
      const cJSON *x;
      /* A key of B missing from A whose value equals that of a key of A
         missing from B is the same member renamed (a translated key).  */
      cJSON_ArrayForEach (x, a)
        {
          const cJSON *twin = same_member (b, a, x);
          if (twin)
            {
              if (path->len)
                td_buf_putc (path, '.');
              td_buf_puts (path, x->string);
              json_diff (x, twin, path, d);
              path->len = keep;
              path->data[keep] = '\0';
              continue;
            }
          const cJSON *y, *renamed = NULL;
          cJSON_ArrayForEach (y, b)
            if (!cJSON_GetObjectItemCaseSensitive (a, y->string)
                && cJSON_Compare (x, y, true))
              {
                renamed = y;
                break;
              }
          if (renamed && d->n < 16)
            {
              if (path->len)
                td_buf_putc (path, '.');
              td_buf_puts (path, renamed->string);
              d->path[d->n] = xstrdup (td_buf_str (path));
              d->key[d->n] = x->string;
              d->a[d->n] = x;
              d->b[d->n] = renamed;
              d->n++;
              path->len = keep;
              path->data[keep] = '\0';
              continue;
            }
          if (path->len)
            td_buf_putc (path, '.');
          td_buf_puts (path, x->string);
          json_diff (x, NULL, path, d);
          path->len = keep;
          path->data[keep] = '\0';
        }
      cJSON_ArrayForEach (x, b)
        if (!same_member (a, b, x))
          {
            bool renamed = false;
            for (int k = 0; k < d->n; k++)
              renamed = renamed || d->b[k] == x;
            if (renamed)
              continue;
            if (path->len)
              td_buf_putc (path, '.');
            td_buf_puts (path, x->string);
            json_diff (NULL, x, path, d);
            path->len = keep;
            path->data[keep] = '\0';
          }
      return;
    }
  if (a && b && cJSON_IsArray (a) && cJSON_IsArray (b))
    {
      int na = cJSON_GetArraySize (a), nb = cJSON_GetArraySize (b);
      size_t keep = path->len;
      for (int i = 0; i < (na > nb ? na : nb); i++)
        {
          td_buf_printf (path, "[%d]", i);
          json_diff (cJSON_GetArrayItem (a, i), cJSON_GetArrayItem (b, i),
                     path, d);
          path->len = keep;
          path->data[keep] = '\0';
        }
      return;
    }
  if (a && b && cJSON_Compare (a, b, true))
    return;
  d->path[d->n] = xstrdup (td_buf_str (path));
  d->a[d->n] = a;
  d->b[d->n] = b;
  d->n++;
}

/* The place of the value at PATH in the literal LIT of policy P, or of
   its nearest enclosing value that is there; DFLT when none is.  */
static struct td_at
locate (const struct td_half *half, const struct td_policy *p,
        const char *lit, const char *path, struct td_at dflt)
{
  if (path == NULL)
    return dflt;
  char *cur = xstrdup (path);
  for (;;)
    {
      size_t off;
      if (td_policy_locate (p, lit, cur, &off))
        {
          free (cur);
          return literal_at (half, p, lit, off);
        }
      char *cut = strrchr (cur, '.');
      char *br = strrchr (cur, '[');
      if (br && (!cut || br > cut))
        cut = br;
      if (cut == NULL)
        break;
      *cut = '\0';
    }
  free (cur);
  return dflt;
}

void
td_check_json_mismatch (struct td_ctx *ctx)
{
  struct policies ps;
  get_policies (ctx, &ps);
  for (size_t k = 0; k < ctx->al->n; k++)
    {
      const struct td_pair *p = &ctx->al->pairs[k];
      if (p->en < 0 || p->ko < 0)
        continue;
      const struct td_policy *e = policy_of (ps.en, ps.nen, p->en);
      const struct td_policy *o = policy_of (ps.ko, ps.nko, p->ko);
      if (!e || !o || !e->json || !o->json)
        continue;
      struct jdiff d;
      memset (&d, 0, sizeof d);
      struct td_buf path = TD_BUF_INIT;
      td_buf_puts (&path, "");
      json_diff (e->json, o->json, &path, &d);
      td_buf_free (&path);
      const char *klit = ctx->ko->doc->blocks[p->ko].text;
      const char *elit = ctx->en->doc->blocks[p->en].text;
      for (int i = 0; i < d.n; i++)
        {
          struct td_at at = locate (ctx->ko, o, klit, d.path[i],
                                    td_at_block (ctx->ko, p->ko));
          struct td_at rel = locate (ctx->en, e, elit,
                                     d.key[i] ? NULL : d.path[i],
                                     td_at_block (ctx->en, p->en));
          if (d.key[i])
            {
              /* The same value under another key.  */
              char *ep = xstrdup (d.path[i]);
              char *dot = strrchr (ep, '.');
              char *np = dot ? xasprintf ("%.*s.%s", (int) (dot - ep), ep,
                                          d.key[i])
                             : xstrdup (d.key[i]);
              rel = locate (ctx->en, e, elit, np, rel);
              td_report (ctx, TD_R_JSON_MISMATCH, at, rel,
                         /* TRANSLATORS: %1$s is a JSON path ending in the
                            Korean key, %2$s the English key; keys are not
                            translated.  */
                         _("%1$s: the key is '%2$s' in the English block "
                           "(JSON keys are not translated)"),
                         d.path[i], d.key[i]);
              free (ep);
              free (np);
              free (d.path[i]);
              continue;
            }
          /* The English value of d.a and the Korean one of d.b.  */
          char *ev = brief_json (d.a[i]), *kv = brief_json (d.b[i]);
          td_report (ctx, TD_R_JSON_MISMATCH, at, rel,
                     /* TRANSLATORS: %1$s is a JSON path such as
                        Statement[0].Effect, %2$s the Korean value, %3$s
                        the English one.  */
                     _("%1$s: %2$s here, %3$s in the English block"),
                     *d.path[i] ? d.path[i] : "$", kv, ev);
          free (ev);
          free (kv);
          free (d.path[i]);
        }
    }
}

/* True when a policy of PS uses placeholder NAME; *ANY tells whether any
   policy uses a placeholder at all.  */
static bool
policy_uses (const struct policies *ps, const char *name, bool *any)
{
  bool found = false;
  *any = false;
  for (int side = 0; side < 2; side++)
    {
      const struct td_policy *v = side ? ps->ko : ps->en;
      size_t n = side ? ps->nko : ps->nen;
      for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < v[i].nplaceholders; k++)
          {
            *any = true;
            if (STREQ (v[i].placeholders[k].name, name))
              found = true;
          }
    }
  return found;
}

void
td_check_placeholder_docs (struct td_ctx *ctx)
{
  struct policies ps;
  get_policies (ctx, &ps);
  size_t n;
  const struct td_guide_placeholder *v = td_page_placeholders (ctx->page,
                                                               &n);
  for (size_t i = 0; i < n; i++)
    {
      const struct td_guide_placeholder *g = &v[i];
      bool documented = g->desc[0] || g->desc[1];
      bool any;
      bool used = policy_uses (&ps, g->name, &any);
      for (int side = 0; side < 2; side++)
        {
          const struct td_half *h = side ? ctx->ko : ctx->en;
          /* Only in guides with policy templates.  */
          if (!any)
            break;
          if (used && !documented && g->first_line[side] > 0)
            {
              struct td_at at = { h, g->first_line[side], 1, 1 };
              td_report (ctx, TD_R_PLACEHOLDER_UNDOCUMENTED, at, td_nowhere,
                         /* TRANSLATORS: %s is a placeholder name.  */
                         _("placeholder {%s} is used in a policy but the "
                           "guide does not say what to put there"),
                         g->name);
            }
          if (!used && g->desc[side] && g->desc_line[side] > 0)
            {
              struct td_at at = { h, g->desc_line[side], 1, 1 };
              td_report (ctx, TD_R_PLACEHOLDER_UNUSED, at, td_nowhere,
                         /* TRANSLATORS: %s is a placeholder name.  */
                         _("placeholder {%s} is explained but no policy "
                           "uses it"),
                         g->name);
            }
        }
    }
}

static enum td_rule_id
rule_of (enum td_iam_check c)
{
  switch (c)
    {
    case TD_IAM_SHAPE: return TD_R_IAM_SHAPE;
    case TD_IAM_VERSION: return TD_R_IAM_VERSION;
    case TD_IAM_ACTION: return TD_R_IAM_ACTION;
    case TD_IAM_ARN: return TD_R_IAM_ARN;
    case TD_IAM_RESOURCE_TYPE: return TD_R_IAM_RESOURCE_TYPE;
    case TD_IAM_RESOURCE_STAR: return TD_R_IAM_RESOURCE_STAR;
    case TD_IAM_DUPLICATE: return TD_R_IAM_DUPLICATE;
    case TD_IAM_PRINCIPAL: return TD_R_IAM_PRINCIPAL;
    case TD_IAM_TRUST: return TD_R_IAM_TRUST;
    case TD_IAM__COUNT:
    default: return TD_R_IAM_SHAPE;
    }
}

void
td_check_iam (struct td_ctx *ctx)
{
  struct policies ps;
  get_policies (ctx, &ps);
  for (int side = 0; side < 2; side++)
    {
      const struct td_half *h = side ? ctx->ko : ctx->en;
      const struct td_policy *v = side ? ps.ko : ps.en;
      size_t n = side ? ps.nko : ps.nen;
      for (size_t i = 0; i < n; i++)
        {
          if (!v[i].json || v[i].kind == TD_POLICY_OTHER)
            continue;
          struct td_iam_findings f;
          memset (&f, 0, sizeof f);
          td_iam_lint (v[i].json, v[i].kind, &f);
          const char *lit = h->doc->blocks[v[i].block].text;
          for (size_t k = 0; k < f.n; k++)
            {
              size_t off = 0;
              struct td_at at = td_at_block (h, v[i].block);
              if (td_policy_locate (&v[i], lit, f.v[k].path, &off))
                at = literal_at (h, &v[i], lit, off);
              td_report_own (ctx, rule_of (f.v[k].check), at, td_nowhere,
                             f.v[k].severity, "%s", f.v[k].message);
            }
          td_iam_findings_free (&f);
        }
    }
}
