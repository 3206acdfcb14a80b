/* learn.c: conventions learned from the findings of a --tree run (see
   learn.h).  A pattern is a line "KIND<TAB>A[<TAB>B]": KIND a name of
   kinds[] below, A and B its strings.  */
#include <config.h>
#include "util/system.h"
#include "rules/learn.h"

#include <cJSON.h>

#include "rules/profile.h"
#include "util/xalloc.h"

/* The kinds, by enum td_convention_kind: the name that starts a pattern,
   and whether a pattern has two strings.  The shape of a pattern, which
   the patterns of one place share, is its English prefix (link) or its
   key (front matter, either way).  */
static const struct kind
{
  const char *name;
  bool two;
} kinds[TD_CONV__COUNT] = {
  [TD_CONV_LINK_PREFIX] = { "link-prefix", true },
  [TD_CONV_FM_DROPPED] = { "fm-dropped", false },
  [TD_CONV_FM_ADDED] = { "fm-added", false },
};

char *
td_learn_link_pattern (const char *ko, const char *en)
{
  size_t nk = strlen (ko), ne = strlen (en), l = 0;
  while (l < nk && l < ne && ko[nk - l - 1] == en[ne - l - 1])
    l++;
  /* The common rest must start a segment in both: after a '/' (which
     the prefixes keep), or at the start of a destination.  */
  const char *rest = ko + nk - l;
  size_t j = 0;
  if (!((nk == l || ko[nk - l - 1] == '/')
        && (ne == l || en[ne - l - 1] == '/')))
    {
      const char *slash = memchr (rest, '/', l);
      if (!slash)
        return NULL;
      j = (size_t) (slash - rest) + 1;
    }
  if (j >= l || (nk == l && ne == l))
    return NULL;
  return xasprintf ("%s\t%.*s\t%.*s", kinds[TD_CONV_LINK_PREFIX].name,
                    (int) (nk - l + j), ko, (int) (ne - l + j), en);
}

char *
td_learn_fm_pattern (bool dropped, const char *key)
{
  return xasprintf ("%s\t%s",
                    kinds[dropped ? TD_CONV_FM_DROPPED
                                  : TD_CONV_FM_ADDED].name, key);
}

char *
td_learn_pin (const struct td_convention *c)
{
  switch (c->kind)
    {
    case TD_CONV_LINK_PREFIX:
      {
        const char *pair[2] = { c->ko, c->en };
        cJSON *a = cJSON_CreateArray ();
        cJSON_AddItemToArray (a, cJSON_CreateStringArray (pair, 2));
        char *json = cJSON_PrintUnformatted (a);
        cJSON_Delete (a);
        if (json == NULL)
          xalloc_die ();
        char *member = xasprintf ("\"link_prefixes\": %s", json);
        cJSON_free (json);
        return member;
      }
    case TD_CONV_FM_DROPPED:
    case TD_CONV_FM_ADDED:
      /* A profile whose pages may have the key in one language only.  */
      for (size_t i = 0; i < td_nprofiles; i++)
        if (td_profile_fm_optional (&td_profiles[i], c->ko))
          return xasprintf ("\"profile\": \"%s\"", td_profiles[i].name);
      return NULL;
    case TD_CONV__COUNT:
    default:
      abort ();
    }
}

const char *
td_convention_kind_name (enum td_convention_kind kind)
{
  return kinds[kind].name;
}

/* A pattern cut into its parts.  */
struct parsed
{
  enum td_convention_kind kind;
  char *a, *b;    /* owned; b NULL for one string */
};

/* Parses PATTERN into *P; false when it is none of ours.  */
static bool
parse (const char *pattern, struct parsed *p)
{
  const char *tab = strchr (pattern, '\t');
  if (!tab)
    return false;
  for (int k = 0; k < TD_CONV__COUNT; k++)
    if (strlen (kinds[k].name) == (size_t) (tab - pattern)
        && strncmp (pattern, kinds[k].name, (size_t) (tab - pattern)) == 0)
      {
        const char *a = tab + 1, *tab2 = strchr (a, '\t');
        if (kinds[k].two != (tab2 != NULL))
          return false;
        p->kind = (enum td_convention_kind) k;
        p->a = tab2 ? xstrndup (a, (size_t) (tab2 - a)) : xstrdup (a);
        p->b = tab2 ? xstrdup (tab2 + 1) : NULL;
        return true;
      }
  return false;
}

/* The shape of a parsed pattern: a new string.  */
static char *
shape_of (const struct parsed *p)
{
  switch (p->kind)
    {
    case TD_CONV_LINK_PREFIX:
      return xasprintf ("link\t%s", p->b);
    case TD_CONV_FM_DROPPED:
    case TD_CONV_FM_ADDED:
      return xasprintf ("fm\t%s", p->a);
    case TD_CONV__COUNT:
    default:
      abort ();
    }
}

/* A finding with a pattern.  */
struct entry
{
  const struct td_diag *d;
  struct parsed p;
  char *shape;    /* owned */
};

static int
cmp_entry (const void *a, const void *b)
{
  const struct entry *x = a, *y = b;
  int c = x->d->rule - y->d->rule;
  return c ? c : strcmp (x->d->pattern, y->d->pattern);
}

/* The number of distinct files among the N findings at D (pointers into
   the list), which are interned: equal names are equal pointers.  */
static size_t
distinct_files (const struct td_diag *const *d, size_t n)
{
  size_t count = 0;
  for (size_t i = 0; i < n; i++)
    {
      bool seen = false;
      for (size_t j = 0; j < i && !seen; j++)
        seen = d[j]->loc.file == d[i]->loc.file;
      count += !seen;
    }
  return count;
}

/* The pairs with a finding of RULE among the findings of LIST from
   FIRST on.  */
static size_t
rule_pairs (const struct td_diag_list *list, size_t first, int rule)
{
  const struct td_diag **v = xmalloc ((list->n + 1) * sizeof *v);
  size_t n = 0;
  for (size_t i = first; i < list->n; i++)
    if (list->items[i].rule == rule)
      v[n++] = &list->items[i];
  size_t count = distinct_files (v, n);
  free (v);
  return count;
}

void
td_learn (const struct td_diag_list *list, size_t first, size_t checked,
          struct td_conventions *out)
{
  struct entry *e = xmalloc ((list->n + 1) * sizeof *e);
  size_t n = 0;
  for (size_t i = first; i < list->n; i++)
    {
      const struct td_diag *d = &list->items[i];
      if (d->pattern && parse (d->pattern, &e[n].p))
        {
          e[n].d = d;
          e[n].shape = shape_of (&e[n].p);
          n++;
        }
    }
  qsort (e, n, sizeof *e, cmp_entry);
  const struct td_diag **group = xmalloc ((n + 1) * sizeof *group);
  for (size_t i = 0, end; i < n; i = end)
    {
      size_t ng = 0, shape = 0;
      for (end = i; end < n && cmp_entry (&e[i], &e[end]) == 0; end++)
        group[ng++] = e[end].d;
      for (size_t k = 0; k < n; k++)
        shape += e[k].d->rule == e[i].d->rule
                 && STREQ (e[k].shape, e[i].shape);
      size_t pairs = distinct_files (group, ng);
      if (pairs < TD_LEARN_MIN_PAIRS
          || ng * 100 < shape * TD_LEARN_MIN_AGREE)
        continue;
      size_t base = rule_pairs (list, first, e[i].d->rule);
      /* A page whose front matter has no finding keeps its keys: it
         counts against a key left out or added.  */
      if (e[i].p.kind != TD_CONV_LINK_PREFIX && checked > base)
        base = checked;
      if (pairs * 100 < base * TD_LEARN_MIN_SHARE)
        continue;
      out->v = xgrow (out->v, &out->alloc, out->n + 1, sizeof *out->v);
      struct td_convention *c = &out->v[out->n++];
      c->kind = e[i].p.kind;
      c->rule = e[i].d->rule;
      c->pattern = xstrdup (e[i].d->pattern);
      c->ko = xstrdup (e[i].p.a);
      c->en = e[i].p.b ? xstrdup (e[i].p.b) : NULL;
      c->pairs = pairs;
      c->base = base;
      c->findings = ng;
      c->shape = shape;
    }
  for (size_t i = 0; i < n; i++)
    {
      free (e[i].p.a);
      free (e[i].p.b);
      free (e[i].shape);
    }
  free (group);
  free (e);
}

const struct td_convention *
td_learn_match (const struct td_conventions *c, const struct td_diag *d)
{
  if (!d->pattern)
    return NULL;
  for (size_t i = 0; i < c->n; i++)
    if (c->v[i].rule == d->rule && STREQ (c->v[i].pattern, d->pattern))
      return &c->v[i];
  return NULL;
}

void
td_conventions_free (struct td_conventions *c)
{
  for (size_t i = 0; i < c->n; i++)
    {
      free (c->v[i].pattern);
      free (c->v[i].ko);
      free (c->v[i].en);
    }
  free (c->v);
  memset (c, 0, sizeof *c);
}
