/* iam.c: offline lint of IAM identity and trust policies (shape, Version,
   actions, ARNs, action/resource-type fit, duplicates, principals).  */
#include <config.h>
#include "util/system.h"
#include "policy/iam.h"

#include <ctype.h>
#include <pthread.h>
#include <strings.h>

#include "util/buf.h"
#include "policy/iam_data.h"
#include "policy/ptype.h"
#include "util/xalloc.h"

/* ---- exact ARN formats ------------------------------------------------
   cfn-lint truncates the ARN formats of Policies.json at the first
   variable of the resource part, which cannot tell a Kinesis stream from
   its consumers.  These are the full formats, transcribed from the AWS
   Service Authorization Reference ("Actions, resources, and condition keys
   for <service>", docs.aws.amazon.com/service-authorization/latest/
   reference/list_<service>.html, resource types table).  They replace the
   generated format of the same service and type.  */

struct curated_format
{
  const char *service, *type, *format;
};

static const struct curated_format curated[] = {
  /* list_amazonkinesisdatastreams.html (sic: Timpstamp) */
  { "kinesis", "consumer",
    "arn:${Partition}:kinesis:${Region}:${Account}:${StreamType}/"
    "${StreamName}/consumer/${ConsumerName}:${ConsumerCreationTimpstamp}" },
  { "kinesis", "kmskey", "arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}" },
  { "kinesis", "stream",
    "arn:${Partition}:kinesis:${Region}:${Account}:stream/${StreamName}" },
  /* list_awskeymanagementservice.html */
  { "kms", "alias", "arn:${Partition}:kms:${Region}:${Account}:alias/${Alias}" },
  { "kms", "key", "arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}" },
  /* list_amazons3.html */
  { "s3", "accesspoint",
    "arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}" },
  { "s3", "accesspointobject",
    "arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}"
    "/object/${ObjectName}" },
  { "s3", "bucket", "arn:${Partition}:s3:::${BucketName}" },
  { "s3", "object", "arn:${Partition}:s3:::${BucketName}/${ObjectName}" },
  /* list_awsidentityandaccessmanagementiam.html */
  { "iam", "assumed-role",
    "arn:${Partition}:iam::${Account}:assumed-role/${RoleName}/"
    "${RoleSessionName}" },
  { "iam", "group", "arn:${Partition}:iam::${Account}:group/${GroupNameWithPath}" },
  { "iam", "instance-profile",
    "arn:${Partition}:iam::${Account}:instance-profile/"
    "${InstanceProfileNameWithPath}" },
  { "iam", "oidc-provider",
    "arn:${Partition}:iam::${Account}:oidc-provider/${OidcProviderName}" },
  { "iam", "policy", "arn:${Partition}:iam::${Account}:policy/${PolicyNameWithPath}" },
  { "iam", "role", "arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}" },
  { "iam", "saml-provider",
    "arn:${Partition}:iam::${Account}:saml-provider/${SamlProviderName}" },
  { "iam", "user", "arn:${Partition}:iam::${Account}:user/${UserNameWithPath}" },
  /* list_awssecuritytokenservice.html */
  { "sts", "federated-user",
    "arn:${Partition}:sts::${Account}:federated-user/${UserName}" },
  { "sts", "role", "arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}" },
  { "sts", "root-user", "arn:${Partition}:iam::${Account}:root" },
  { "sts", "self-session", "arn:${Partition}:sts::${Account}:self" },
  /* list_amazonrds.html */
  { "rds", "cluster",
    "arn:${Partition}:rds:${Region}:${Account}:cluster:${DbClusterInstanceName}" },
  { "rds", "db", "arn:${Partition}:rds:${Region}:${Account}:db:${DbInstanceName}" },
  /* list_awsglue.html */
  { "glue", "database",
    "arn:${Partition}:glue:${Region}:${Account}:database/${DatabaseName}" },
  { "glue", "table",
    "arn:${Partition}:glue:${Region}:${Account}:table/${DatabaseName}/"
    "${TableName}" },
  /* list_awssecretsmanager.html */
  { "secretsmanager", "secret",
    "arn:${Partition}:secretsmanager:${Region}:${Account}:secret:${SecretId}" },
};

/* Variables whose values may contain '/': paths, object keys, aliases,
   secret names, provider URLs.  Every other variable is one segment.  */
static bool
var_spans_slashes (const char *name, size_t len)
{
  static const char *const names[] = { "ObjectName", "OidcProviderName",
                                       "Alias", "SecretId" };
  if (len >= 8 && memcmp (name + len - 8, "WithPath", 8) == 0)
    return true;
  for (size_t i = 0; i < ARRAY_SIZE (names); i++)
    if (strlen (names[i]) == len && memcmp (names[i], name, len) == 0)
      return true;
  return false;
}

/* ---- the generated table ---------------------------------------------- */

static const char *
pool (uint32_t off)
{
  return td_iam_pool + off;
}

/* Lowercase copy of S (LEN bytes).  */
static char *
lower_dup (const char *s, size_t len)
{
  char *d = xstrndup (s, len);
  for (char *p = d; *p; p++)
    *p = (char) tolower ((unsigned char) *p);
  return d;
}

static const struct td_iam_service *
find_service (const char *lname)
{
  size_t lo = 0, hi = td_iam_nservices;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      int cmp = strcmp (lname, pool (td_iam_services[mid].name));
      if (cmp == 0)
        return &td_iam_services[mid];
      if (cmp < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return NULL;
}

/* Index of action LNAME of service S, or -1.  */
static long
find_action (const struct td_iam_service *s, const char *lname)
{
  size_t lo = s->action0, hi = (size_t) s->action0 + s->nactions;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      int cmp = strcmp (lname, pool (td_iam_action_names[mid]));
      if (cmp == 0)
        return (long) mid;
      if (cmp < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return -1;
}

/* The ARN formats (space-separated) of resource type R of service S:
   the curated ones, else the generated ones.  */
static const char *
rtype_lookup (const struct td_iam_service *s, size_t r)
{
  const char *sname = pool (s->name), *tname = pool (td_iam_rtypes[r][0]);
  for (size_t i = 0; i < ARRAY_SIZE (curated); i++)
    if (STREQ (curated[i].service, sname) && STREQ (curated[i].type, tname))
      return curated[i].format;
  return pool (td_iam_rtypes[r][1]);
}

/* rtype_lookup of every resource type, by index into td_iam_rtypes, and
   the service it was looked up for: built once, as the ARN check asks
   for every type of a service for each ARN (a profile of check --tree
   found the curated list's string comparisons at 4.6% of the run).
   Owned here, never freed (reachable until exit).  */
static const char **rtype_table;
static const struct td_iam_service **rtype_service;
static pthread_once_t rtype_once = PTHREAD_ONCE_INIT;

static void
rtype_table_init (void)
{
  rtype_table = xcalloc (td_iam_nrtypes ? td_iam_nrtypes : 1,
                         sizeof *rtype_table);
  rtype_service = xcalloc (td_iam_nrtypes ? td_iam_nrtypes : 1,
                           sizeof *rtype_service);
  for (size_t s = 0; s < td_iam_nservices; s++)
    {
      const struct td_iam_service *sv = &td_iam_services[s];
      for (size_t r = sv->rtype0;
           r < (size_t) sv->rtype0 + sv->nrtypes && r < td_iam_nrtypes; r++)
        if (!rtype_service[r])
          {
            rtype_table[r] = rtype_lookup (sv, r);
            rtype_service[r] = sv;
          }
    }
}

/* The ARN formats (space-separated) of resource type R of service S.  */
static const char *
rtype_formats (const struct td_iam_service *s, size_t r)
{
  pthread_once (&rtype_once, rtype_table_init);
  if (r < td_iam_nrtypes && rtype_service[r] == s)
    return rtype_table[r];
  return rtype_lookup (s, r);
}

/* Case-insensitive glob match of pattern P ('*', '?') against S.  */
static bool
glob_ci (const char *p, const char *s)
{
  const char *star = NULL, *resume = NULL;
  while (*s)
    {
      if (*p == '*')
        {
          star = p++;
          resume = s;
        }
      else if (*p && (*p == '?'
                      || tolower ((unsigned char) *p)
                             == tolower ((unsigned char) *s)))
        {
          p++;
          s++;
        }
      else if (star)
        {
          p = star + 1;
          s = ++resume;
        }
      else
        return false;
    }
  while (*p == '*')
    p++;
  return *p == '\0';
}

/* ---- two-sided glob intersection of ARNs ------------------------------
   Both sides compile to tokens: a literal character, one character of a
   set, or any number of characters of a set.  A user ARN's '*' is any
   characters, '?' one; a format's ${Var} is one or more characters without
   ':' or '/' (or with them, see var_spans_slashes) and cfn-lint's ".*" is
   any characters.  Two patterns intersect when some string matches both:
   a search over pairs of positions (parliament's is_glob_match, made
   polynomial).  */

enum tok_kind { TK_LIT, TK_ONE, TK_STAR };
enum tok_set { TS_ALL, TS_SEGMENT };

struct tok
{
  unsigned char kind, set, ch;
};

static size_t
compile_user (const char *s, size_t n, struct tok *out)
{
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    {
      struct tok t = { TK_LIT, TS_ALL, (unsigned char) s[i] };
      if (s[i] == '*')
        t.kind = TK_STAR;
      else if (s[i] == '?')
        t.kind = TK_ONE;
      out[k++] = t;
    }
  return k;
}

static size_t
compile_format (const char *s, size_t n, struct tok *out)
{
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    {
      if (s[i] == '$' && i + 1 < n && s[i + 1] == '{')
        {
          const char *close = memchr (s + i, '}', n - i);
          if (close)
            {
              size_t len = (size_t) (close - (s + i + 2));
              unsigned char set = var_spans_slashes (s + i + 2, len)
                                    ? TS_ALL : TS_SEGMENT;
              out[k++] = (struct tok) { TK_ONE, set, 0 };
              out[k++] = (struct tok) { TK_STAR, set, 0 };
              i = (size_t) (close - s);
              continue;
            }
        }
      if (s[i] == '.' && i + 1 < n && s[i + 1] == '*')
        {
          out[k++] = (struct tok) { TK_STAR, TS_ALL, 0 };
          i++;
          continue;
        }
      out[k++] = (struct tok) { TK_LIT, TS_ALL, (unsigned char) s[i] };
    }
  return k;
}

static bool
set_admits (unsigned char set, unsigned char c)
{
  return set == TS_ALL || (c != ':' && c != '/');
}

static bool
toks_meet (const struct tok *x, const struct tok *y)
{
  if (x->kind == TK_LIT && y->kind == TK_LIT)
    return x->ch == y->ch;
  if (x->kind == TK_LIT)
    return set_admits (y->set, x->ch);
  if (y->kind == TK_LIT)
    return set_admits (x->set, y->ch);
  return true;
}

static bool
toks_intersect (const struct tok *a, size_t n, const struct tok *b, size_t m)
{
  size_t w = m + 1, states = (n + 1) * w;
  unsigned char *seen = xcalloc (states, 1);
  size_t *stack = xmalloc (states * sizeof *stack), top = 0;
  bool found = false;
  stack[top++] = 0;
  seen[0] = 1;
  while (top > 0 && !found)
    {
      size_t st = stack[--top], i = st / w, j = st % w;
      size_t next[3];
      int nn = 0;
      if (i == n && j == m)
        {
          found = true;
          break;
        }
      if (i < n && a[i].kind == TK_STAR)
        next[nn++] = (i + 1) * w + j;
      if (j < m && b[j].kind == TK_STAR)
        next[nn++] = i * w + j + 1;
      if (i < n && j < m && toks_meet (&a[i], &b[j]))
        {
          size_t ni = a[i].kind == TK_STAR ? i : i + 1;
          size_t nj = b[j].kind == TK_STAR ? j : j + 1;
          if (ni != i || nj != j)
            next[nn++] = ni * w + nj;
        }
      for (int k = 0; k < nn; k++)
        if (!seen[next[k]])
          {
            seen[next[k]] = 1;
            stack[top++] = next[k];
          }
    }
  free (seen);
  free (stack);
  return found;
}

/* True when the user ARN (or ARN pattern) ARN and the format FMT (FMTLEN
   bytes) can name the same resource.  */
static bool
arn_meets_format (const char *arn, const char *fmt, size_t fmtlen)
{
  size_t n = strlen (arn);
  struct tok *a = xmalloc ((n + 1) * sizeof *a);
  struct tok *b = xmalloc ((2 * fmtlen + 1) * sizeof *b);
  size_t na = compile_user (arn, n, a), nb = compile_format (fmt, fmtlen, b);
  bool r = toks_intersect (a, na, b, nb);
  free (a);
  free (b);
  return r;
}

/* True when ARN meets one of the space-separated FORMATS.  An empty
   FORMATS (a type without a known format) meets everything.  */
static bool
arn_meets_formats (const char *arn, const char *formats)
{
  if (!*formats)
    return true;
  for (const char *p = formats; *p;)
    {
      size_t len = strcspn (p, " ");
      if (len && arn_meets_format (arn, p, len))
        return true;
      p += len;
      while (*p == ' ')
        p++;
    }
  return false;
}

/* The service field of the first format in FORMATS ("" if none), into
   BUF of SIZE bytes.  */
static const char *
format_service (const char *formats, char *buf, size_t size)
{
  buf[0] = '\0';
  const char *p = formats;
  for (int f = 0; f < 2; f++)
    {
      p = strchr (p, ':');
      if (!p)
        return buf;
      p++;
    }
  size_t len = strcspn (p, ": ");
  if (len < size)
    {
      memcpy (buf, p, len);
      buf[len] = '\0';
    }
  return buf;
}

/* ---- findings --------------------------------------------------------- */

struct ctx
{
  struct td_iam_findings *out;
  enum td_policy_kind kind;
  const char *stmt;    /* path of the current statement */
};

static void
add (struct ctx *c, enum td_iam_check check, enum td_severity sev,
     const char *path, char *message)
{
  struct td_iam_findings *o = c->out;
  o->v = xgrow (o->v, &o->alloc, o->n + 1, sizeof *o->v);
  o->v[o->n].check = check;
  o->v[o->n].severity = sev;
  o->v[o->n].path = xstrdup (path);
  o->v[o->n].message = message;
  o->n++;
}

void
td_iam_findings_free (struct td_iam_findings *out)
{
  for (size_t i = 0; i < out->n; i++)
    {
      free (out->v[i].path);
      free (out->v[i].message);
    }
  free (out->v);
  out->v = NULL;
  out->n = out->alloc = 0;
}

const char *
td_policy_kind_name (enum td_policy_kind kind)
{
  switch (kind)
    {
    case TD_POLICY_TRUST:
      return "trust";
    case TD_POLICY_IDENTITY:
      return "identity";
    case TD_POLICY_OTHER:
    default:
      return "other";
    }
}

/* ---- kind ------------------------------------------------------------- */

static bool
grants_assume_role (const cJSON *action)
{
  const cJSON *a;
  if (cJSON_IsString (action))
    return strncasecmp (action->valuestring, "sts:AssumeRole", 14) == 0;
  cJSON_ArrayForEach (a, action)
    if (cJSON_IsString (a)
        && strncasecmp (a->valuestring, "sts:AssumeRole", 14) == 0)
      return true;
  return false;
}

enum td_policy_kind
td_iam_kind (const cJSON *j)
{
  if (!cJSON_IsObject (j))
    return TD_POLICY_OTHER;
  const cJSON *st = cJSON_GetObjectItemCaseSensitive (j, "Statement");
  if (!cJSON_IsObject (st) && !cJSON_IsArray (st))
    {
      /* A document with an IAM Version is a policy even when its
         Statement is misspelt: lint it as an identity policy.  */
      const cJSON *v = cJSON_GetObjectItemCaseSensitive (j, "Version");
      if (cJSON_IsString (v) && (STREQ (v->valuestring, "2012-10-17")
                                 || STREQ (v->valuestring, "2008-10-17")))
        return TD_POLICY_IDENTITY;
      return TD_POLICY_OTHER;
    }
  const cJSON *one = st, *s;
  bool principal = false, action = false;
  if (cJSON_IsArray (st))
    one = NULL;
  for (s = one ? one : st->child; s; s = one ? NULL : s->next)
    {
      if (!cJSON_IsObject (s))
        continue;
      bool p = cJSON_HasObjectItem (s, "Principal")
               || cJSON_HasObjectItem (s, "NotPrincipal");
      const cJSON *a = cJSON_GetObjectItemCaseSensitive (s, "Action");
      if (p && grants_assume_role (a))
        return TD_POLICY_TRUST;
      principal |= p;
      action |= a != NULL || cJSON_HasObjectItem (s, "NotAction")
                || cJSON_HasObjectItem (s, "Effect");
    }
  return !principal && action ? TD_POLICY_IDENTITY : TD_POLICY_OTHER;
}

/* ---- placeholders ----------------------------------------------------- */

/* Replaces each "{NAME}" (not "${...}") and each "<NAME>" (the other
   spelling guides use, as in Astro's "<DISTRIBUTION_ARN>") in S by the
   sample of its type.  Returns a new string, or NULL when S has no
   placeholder.  */
static char *
substitute (const char *s)
{
  struct td_buf b = TD_BUF_INIT;
  bool any = false;
  const char *p = s;
  while (*p)
    {
      char close = *p == '{' ? '}' : *p == '<' ? '>' : 0;
      if (close && (p == s || p[-1] != '$')
          && (isalpha ((unsigned char) p[1]) || p[1] == '_'))
        {
          size_t k = 1;
          while (isalnum ((unsigned char) p[k]) || p[k] == '_'
                 || p[k] == '-' || p[k] == '.')
            k++;
          if (p[k] == close)
            {
              char *name = xstrndup (p + 1, k - 1);
              td_buf_puts (&b, td_ptype_sample (td_ptype_guess (name, s)));
              free (name);
              p += k + 1;
              any = true;
              continue;
            }
        }
      td_buf_putc (&b, *p++);
    }
  if (!any)
    {
      td_buf_free (&b);
      return NULL;
    }
  return td_buf_detach (&b);
}

static void
substitute_all (cJSON *j)
{
  for (cJSON *c = j->child; c; c = c->next)
    if (cJSON_IsString (c) && c->valuestring)
      {
        char *v = substitute (c->valuestring);
        if (v)
          {
            if (!cJSON_SetValuestring (c, v))
              xalloc_die ();
            free (v);
          }
      }
    else if (cJSON_IsObject (c) || cJSON_IsArray (c))
      substitute_all (c);
}

/* ---- string lists (Action, Resource, principal values) ---------------- */

struct item
{
  const char *s;    /* value after substitution */
  const char *orig; /* value as written (for messages) */
  char *path;
};

struct list
{
  struct item *v;
  size_t n, alloc;
  bool present;
};

static void
list_free (struct list *l)
{
  for (size_t i = 0; i < l->n; i++)
    free (l->v[i].path);
  free (l->v);
}

/* Collects element KEY of object COPY (ORIG is the same before
   substitution) at path BASE: a string or a non-empty array of strings.
   Reports a shape error otherwise.  */
static void
collect (struct ctx *c, const cJSON *copy, const cJSON *orig,
         const char *base, const char *key, struct list *l)
{
  memset (l, 0, sizeof *l);
  const cJSON *v = cJSON_GetObjectItemCaseSensitive (copy, key);
  const cJSON *o = cJSON_GetObjectItemCaseSensitive (orig, key);
  if (!v || !o)
    return;
  l->present = true;
  char *path = *base ? xasprintf ("%s.%s", base, key) : xstrdup (key);
  bool bad = false;
  if (cJSON_IsString (v))
    {
      l->v = xgrow (l->v, &l->alloc, 1, sizeof *l->v);
      l->v[0] = (struct item) { v->valuestring, o->valuestring,
                                xstrdup (path) };
      l->n = 1;
    }
  else if (cJSON_IsArray (v) && cJSON_GetArraySize (v) > 0)
    {
      const cJSON *e = v->child, *oe = o->child;
      for (size_t i = 0; e && oe; e = e->next, oe = oe->next, i++)
        {
          if (!cJSON_IsString (e))
            {
              bad = true;
              continue;
            }
          l->v = xgrow (l->v, &l->alloc, l->n + 1, sizeof *l->v);
          l->v[l->n++] = (struct item) { e->valuestring, oe->valuestring,
                                         xasprintf ("%s[%zu]", path, i) };
        }
    }
  else
    bad = true;
  if (bad)
    add (c, TD_IAM_SHAPE, TD_SEV_ERROR, path,
         xasprintf (_("%s must be a string or a non-empty array of strings"),
                    key));
  free (path);
}

/* ---- actions ---------------------------------------------------------- */

/* A parsed action: service and name, looked up.  */
struct action
{
  bool valid;       /* syntax is service:name or "*" */
  bool all;         /* "*" */
  bool wild;        /* the name has '*' or '?' */
  const struct td_iam_service *svc;
  long index;       /* action index when known and not wild, else -1 */
};

static bool
is_wild (const char *s)
{
  return strpbrk (s, "*?") != NULL;
}

static bool
charset_ok (const char *s, size_t n, const char *extra)
{
  if (n == 0)
    return false;
  for (size_t i = 0; i < n; i++)
    if (!isalnum ((unsigned char) s[i]) && !strchr (extra, s[i]))
      return false;
  return true;
}

/* True when the wildcard action name PAT matches an action of S.  */
static bool
wild_matches_any (const struct td_iam_service *s, const char *pat)
{
  for (uint32_t k = 0; k < s->nactions; k++)
    if (glob_ci (pat, pool (td_iam_action_names[s->action0 + k])))
      return true;
  return false;
}

/* Parses and checks action IT (ACTION check); fills A.  */
static void
check_action (struct ctx *c, const struct item *it, struct action *a)
{
  memset (a, 0, sizeof *a);
  a->index = -1;
  const char *s = it->s;
  if (STREQ (s, "*"))
    {
      a->valid = a->all = true;
      return;
    }
  const char *colon = strchr (s, ':');
  if (!colon || strchr (colon + 1, ':')
      || !charset_ok (s, (size_t) (colon - s), "-*?")
      || !charset_ok (colon + 1, strlen (colon + 1), "*?"))
    {
      add (c, TD_IAM_ACTION, TD_SEV_ERROR, it->path,
           xasprintf (_("'%s' is not an action: expected service:Action, "
                        "e.g. kinesis:GetRecords"), it->orig));
      return;
    }
  a->valid = true;
  size_t slen = (size_t) (colon - s);
  a->wild = is_wild (colon + 1);
  if (memchr (s, '*', slen) || memchr (s, '?', slen))
    {
      add (c, TD_IAM_ACTION, TD_SEV_NOTE, it->path,
           xasprintf (_("'%s' has a wildcard in the service prefix; "
                        "name the service"), it->orig));
      a->wild = true;
      return;
    }
  char *svc = lower_dup (s, slen);
  a->svc = find_service (svc);
  if (!a->svc)
    add (c, TD_IAM_ACTION, TD_SEV_NOTE, it->path,
         xasprintf (_("unknown service prefix '%1$s' in '%2$s'"), svc,
                    it->orig));
  else if (a->wild)
    {
      if (!wild_matches_any (a->svc, colon + 1))
        add (c, TD_IAM_ACTION, TD_SEV_WARNING, it->path,
             xasprintf (_("'%s' matches no known action"), it->orig));
    }
  else
    {
      char *name = lower_dup (colon + 1, strlen (colon + 1));
      a->index = find_action (a->svc, name);
      free (name);
      if (a->index < 0)
        add (c, TD_IAM_ACTION, TD_SEV_WARNING, it->path,
             xasprintf (_("unknown action '%s'"), it->orig));
    }
  free (svc);
}

/* Resource types of known action A: list bounds.  */
static void
action_types (const struct action *a, size_t *from, size_t *to)
{
  uint16_t l = td_iam_action_lists[a->index];
  *from = td_iam_list_start[l];
  *to = td_iam_list_start[l + 1];
}

/* ---- ARNs ------------------------------------------------------------- */

/* The six fields of an ARN: pointers into a copy.  */
struct arn
{
  char *copy;
  const char *f[6];
};

static bool
field_wild (const char *f)
{
  return is_wild (f);
}

/* ^[a-z]{2,4}(-[a-z]+)+-[0-9]{1,2}$  */
static bool
region_ok (const char *r)
{
  size_t n = 0;
  while (r[n] >= 'a' && r[n] <= 'z')
    n++;
  if (n < 2 || n > 4)
    return false;
  const char *p = r + n;
  int words = 0;
  while (*p == '-' && p[1] >= 'a' && p[1] <= 'z')
    {
      p++;
      while (*p >= 'a' && *p <= 'z')
        p++;
      words++;
    }
  if (words < 1 || *p != '-')
    return false;
  p++;
  size_t d = 0;
  while (p[d] >= '0' && p[d] <= '9')
    d++;
  return d >= 1 && d <= 2 && p[d] == '\0';
}

static bool
account_ok (const char *a)
{
  size_t n = 0;
  while (a[n] >= '0' && a[n] <= '9')
    n++;
  return n == 12 && a[n] == '\0';
}

/* Splits and checks resource IT (ARN check).  Returns true when it is "*"
   or a well-formed ARN (then filled into ARN unless "*").  */
static bool
check_arn_syntax (struct ctx *c, const struct item *it, struct arn *arn)
{
  arn->copy = NULL;
  if (STREQ (it->s, "*"))
    return true;
  if (strncmp (it->s, "arn:", 4) != 0)
    {
      add (c, TD_IAM_ARN, TD_SEV_ERROR, it->path,
           xasprintf (_("'%s' is neither an ARN nor \"*\""), it->orig));
      return false;
    }
  arn->copy = xstrdup (it->s);
  char *p = arn->copy;
  int k = 0;
  arn->f[k++] = p;
  while (k < 6 && (p = strchr (p, ':')) != NULL)
    {
      *p++ = '\0';
      arn->f[k++] = p;
    }
  const char *bad = NULL, *what = NULL;
  if (k < 6)
    {
      add (c, TD_IAM_ARN, TD_SEV_ERROR, it->path,
           xasprintf (_("'%s' has fewer than 6 fields "
                        "(arn:partition:service:region:account:resource)"),
                      it->orig));
      free (arn->copy);
      arn->copy = NULL;
      return false;
    }
  const char *part = arn->f[1], *svc = arn->f[2], *reg = arn->f[3],
             *acct = arn->f[4];
  if (!field_wild (part)
      && !(strncmp (part, "aws", 3) == 0
           && (part[3] == '\0'
               || (part[3] == '-' && charset_ok (part + 4, strlen (part + 4),
                                                 "-")))))
    /* TRANSLATORS: ARN field names, for "'%1$s' has an invalid %2$s
       field '%3$s'".  */
    bad = part, what = _("partition");
  else if (!field_wild (svc) && !charset_ok (svc, strlen (svc), "-"))
    bad = svc, what = _("service");
  else if (!field_wild (svc) && strpbrk (svc, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    bad = svc, what = _("service");
  else if (*reg && !field_wild (reg) && !region_ok (reg))
    bad = reg, what = _("region");
  else if (*acct && !field_wild (acct) && !account_ok (acct)
           && !STREQ (acct, "aws"))
    bad = acct, what = _("account ID");
  else if (!*arn->f[5])
    bad = "", what = _("resource");
  if (bad)
    {
      add (c, TD_IAM_ARN, TD_SEV_ERROR, it->path,
           xasprintf (_("'%1$s' has an invalid %2$s field '%3$s'"),
                      it->orig, what, bad));
      free (arn->copy);
      arn->copy = NULL;
      return false;
    }
  return true;
}

/* Checks that resource IT (a well-formed ARN with fields ARN) matches a
   format of its service (ARN check).  Formats of every service that name
   this ARN service count (kinesis's kmsKey is a kms ARN).  */
static void
check_arn_format (struct ctx *c, const struct item *it, const struct arn *arn)
{
  const char *svc = arn->f[2];
  if (field_wild (svc))
    return;
  bool known = false, ok = false;
  char fsvc[64];
  for (size_t s = 0; s < td_iam_nservices && !ok; s++)
    {
      const struct td_iam_service *sv = &td_iam_services[s];
      for (size_t r = sv->rtype0;
           r < (size_t) sv->rtype0 + sv->nrtypes && !ok; r++)
        {
          const char *fm = rtype_formats (sv, r);
          if (!STREQ (format_service (fm, fsvc, sizeof fsvc), svc))
            continue;
          known = true;
          ok = arn_meets_formats (it->s, fm);
        }
    }
  if (!known || ok)
    return;
  /* Name the resource types of the ARN's own service.  */
  struct td_buf types = TD_BUF_INIT;
  const struct td_iam_service *own = find_service (svc);
  for (size_t r = own ? own->rtype0 : 0;
       own && r < (size_t) own->rtype0 + own->nrtypes; r++)
    if (STREQ (format_service (rtype_formats (own, r), fsvc, sizeof fsvc),
               svc))
      {
        if (types.len)
          td_buf_puts (&types, ", ");
        td_buf_puts (&types, pool (td_iam_rtypes[r][0]));
      }
  add (c, TD_IAM_ARN, TD_SEV_ERROR, it->path,
       xasprintf (_("'%1$s' matches no resource type of service '%2$s' "
                    "(%3$s)"), it->orig, svc, td_buf_str (&types)));
  td_buf_free (&types);
}

/* ---- statements ------------------------------------------------------- */

static const char *const stmt_keys[] = {
  "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction",
  "Resource", "NotResource", "Condition"
};

/* Reports unknown members of OBJ (not in KEYS) and members that appear
   twice, also in another case (SHAPE).  */
static void
check_members (struct ctx *c, const cJSON *obj, const char *base,
               const char *const *keys, size_t nkeys, bool top)
{
  for (const cJSON *m = obj->child; m; m = m->next)
    {
      const char *k = m->string ? m->string : "";
      char *path = *base ? xasprintf ("%s.%s", base, k) : xstrdup (k);
      bool known = false;
      for (size_t i = 0; i < nkeys; i++)
        known |= STREQ (keys[i], k);
      bool dup = false;
      for (const cJSON *p = obj->child; p != m; p = p->next)
        dup |= p->string && strcasecmp (p->string, k) == 0;
      if (dup)
        add (c, TD_IAM_SHAPE, TD_SEV_ERROR, path,
             xasprintf (_("element '%s' appears twice"), k));
      else if (!known)
        add (c, TD_IAM_SHAPE, TD_SEV_ERROR, path,
             top ? xasprintf (_("unknown policy element '%s': expected "
                                "Version, Id or Statement"), k)
                 : xasprintf (_("unknown statement element '%s'"), k));
      free (path);
    }
}

static void
exclusive (struct ctx *c, const cJSON *st, const char *a, const char *b,
           bool required)
{
  bool ha = cJSON_HasObjectItem (st, a), hb = cJSON_HasObjectItem (st, b);
  if (ha && hb)
    add (c, TD_IAM_SHAPE, TD_SEV_ERROR, c->stmt,
         xasprintf (_("a statement cannot have both %1$s and %2$s"), a, b));
  else if (required && !ha && !hb)
    add (c, TD_IAM_SHAPE, TD_SEV_ERROR, c->stmt,
         xasprintf (_("the statement needs %1$s or %2$s"), a, b));
}

/* Duplicate strings of L (case-insensitive when NOCASE).  */
static void
check_duplicates (struct ctx *c, const struct list *l, bool nocase)
{
  for (size_t i = 0; i < l->n; i++)
    for (size_t j = 0; j < i; j++)
      if (nocase ? strcasecmp (l->v[i].s, l->v[j].s) == 0
                 : STREQ (l->v[i].s, l->v[j].s))
        {
          add (c, TD_IAM_DUPLICATE, TD_SEV_WARNING, l->v[i].path,
               xasprintf (_("'%s' is listed twice in this statement"),
                          l->v[i].orig));
          break;
        }
}

/* Actions of L covered by a wildcard action of L.  */
static void
check_covered (struct ctx *c, const struct list *l)
{
  for (size_t i = 0; i < l->n; i++)
    {
      bool dup = false;
      for (size_t j = 0; j < i; j++)
        dup |= strcasecmp (l->v[i].s, l->v[j].s) == 0;
      for (size_t j = 0; j < l->n && !dup; j++)
        if (i != j && is_wild (l->v[j].s) && strcasecmp (l->v[i].s, l->v[j].s)
          && glob_ci (l->v[j].s, l->v[i].s))
        {
          add (c, TD_IAM_DUPLICATE, TD_SEV_WARNING, l->v[i].path,
               xasprintf (_("'%1$s' is already covered by '%2$s'"),
                          l->v[i].orig, l->v[j].orig));
          break;
        }
    }
}

/* True when S is one placeholder and nothing else ("{BUCKET_ARN}",
   "<DISTRIBUTION_ARN>"): its resource type is unknown until the reader
   fills it in, so it fits any action.  */
static bool
whole_placeholder (const char *s)
{
  size_t n = strlen (s);
  if (n < 3 || !((s[0] == '{' && s[n - 1] == '}')
                 || (s[0] == '<' && s[n - 1] == '>')))
    return false;
  for (size_t k = 1; k + 1 < n; k++)
    if (!(isalnum ((unsigned char) s[k]) || s[k] == '_' || s[k] == '-'
          || s[k] == '.'))
      return false;
  return true;
}

/* Action/resource-type fit and Resource "*" (identity, Allow).  */
static void
check_resource_fit (struct ctx *c, const struct list *acts,
                    const struct action *pa, const struct list *res)
{
  const struct item *star = NULL;
  for (size_t r = 0; r < res->n; r++)
    if (!star && STREQ (res->v[r].s, "*"))
      star = &res->v[r];
  struct td_buf limited = TD_BUF_INIT;
  for (size_t i = 0; i < acts->n; i++)
    {
      const struct action *a = &pa[i];
      if (!a->valid || a->all || a->wild || a->index < 0)
        continue;
      size_t from, to;
      action_types (a, &from, &to);
      if (from == to)
        {
          if (!star)
            add (c, TD_IAM_RESOURCE_TYPE, TD_SEV_WARNING, acts->v[i].path,
                 xasprintf (_("'%s' does not support resource-level "
                              "permissions: it needs \"Resource\": \"*\""),
                            acts->v[i].orig));
          continue;
        }
      if (star)
        {
          bool seen = false;
          for (size_t j = 0; j < i; j++)
            seen |= strcasecmp (acts->v[j].s, acts->v[i].s) == 0;
          if (seen)
            continue;
          if (limited.len)
            td_buf_puts (&limited, ", ");
          td_buf_printf (&limited, "'%s'", acts->v[i].orig);
          continue;
        }
      bool fits = false;
      for (size_t r = 0; r < res->n && !fits; r++)
        fits = whole_placeholder (res->v[r].orig);
      for (size_t r = 0; r < res->n && !fits; r++)
        for (size_t t = from; t < to && !fits; t++)
          fits = arn_meets_formats (res->v[r].s,
                                    rtype_formats (pa[i].svc,
                                                   td_iam_list_items[t]));
      if (fits)
        continue;
      struct td_buf types = TD_BUF_INIT, fmts = TD_BUF_INIT;
      for (size_t t = from; t < to; t++)
        {
          size_t r = td_iam_list_items[t];
          /* TRANSLATORS: separates resource types and ARN formats, as in
             "accesspoint or bucket".  */
          const char *sep = t > from ? _(" or ") : "";
          td_buf_printf (&types, "%s%s", sep, pool (td_iam_rtypes[r][0]));
          td_buf_printf (&fmts, "%s%s", sep, rtype_formats (pa[i].svc, r));
        }
      add (c, TD_IAM_RESOURCE_TYPE, TD_SEV_WARNING, acts->v[i].path,
           res->n == 1
             ? xasprintf (_("'%1$s' does not apply to this resource: it "
                            "needs a resource of type %2$s (%3$s)"),
                          acts->v[i].orig, td_buf_str (&types),
                          td_buf_str (&fmts))
             : xasprintf (_("'%1$s' applies to none of these resources: it "
                            "needs a resource of type %2$s (%3$s)"),
                          acts->v[i].orig, td_buf_str (&types),
                          td_buf_str (&fmts)));
      td_buf_free (&types);
      td_buf_free (&fmts);
    }
  if (star && limited.len)
    add (c, TD_IAM_RESOURCE_STAR, TD_SEV_WARNING, star->path,
         xasprintf (_("Resource \"*\" grants %s on every resource; "
                      "name the resources instead"), td_buf_str (&limited)));
  td_buf_free (&limited);
}

/* ---- principals ------------------------------------------------------- */

/* arn:PARTITION:SERVICE::ACCOUNT:  -> returns the rest, or NULL.  */
static const char *
principal_arn (const char *v, const char *service, bool cloudfront)
{
  if (strncmp (v, "arn:", 4) != 0)
    return NULL;
  const char *p = v + 4;
  size_t n = strcspn (p, ":");
  if (n < 3 || strncmp (p, "aws", 3) != 0)
    return NULL;
  p += n + 1;
  size_t sl = strlen (service);
  if (strncmp (p, service, sl) != 0 || strncmp (p + sl, "::", 2) != 0)
    return NULL;
  p += sl + 2;
  if (cloudfront && strncmp (p, "cloudfront:", 11) == 0)
    return p + 11;
  for (int i = 0; i < 12; i++)
    if (!isdigit ((unsigned char) p[i]))
      return NULL;
  return p[12] == ':' ? p + 13 : NULL;
}

static bool
aws_principal_ok (const char *v)
{
  const char *r;
  if (STREQ (v, "*") || account_ok (v))
    return true;
  if ((r = principal_arn (v, "iam", true)) != NULL)
    return STREQ (r, "root")
           || (strncmp (r, "role/", 5) == 0 && r[5])
           || (strncmp (r, "user/", 5) == 0 && r[5]);
  if ((r = principal_arn (v, "sts", false)) != NULL)
    return (strncmp (r, "assumed-role/", 13) == 0 && strchr (r + 13, '/'))
           || (strncmp (r, "federated-user/", 15) == 0 && r[15]);
  return false;
}

static bool
service_principal_ok (const char *v)
{
  size_t n = strlen (v);
  const char *end = NULL;
  if (n > 14 && STREQ (v + n - 14, ".amazonaws.com"))
    end = v + n - 14;
  else if (n > 17 && STREQ (v + n - 17, ".amazonaws.com.cn"))
    end = v + n - 17;
  return end && charset_ok (v, (size_t) (end - v), ".-")
         && !strpbrk (v, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
}

static bool
saml_provider (const char *v)
{
  const char *r = principal_arn (v, "iam", false);
  return r && strncmp (r, "saml-provider/", 14) == 0 && r[14];
}

static bool
federated_principal_ok (const char *v)
{
  static const char *const idps[] = {
    "cognito-identity.amazonaws.com", "www.amazon.com", "graph.facebook.com",
    "accounts.google.com"
  };
  for (size_t i = 0; i < ARRAY_SIZE (idps); i++)
    if (STREQ (v, idps[i]))
      return true;
  const char *r = principal_arn (v, "iam", false);
  return saml_provider (v)
         || (r && strncmp (r, "oidc-provider/", 14) == 0 && r[14]);
}

/* What the Principal of a statement holds.  */
struct principals
{
  bool star, aws, service, saml, oidc;
  bool bad; /* missing or invalid: no action/principal fit check */
};

static void
check_principal (struct ctx *c, const cJSON *copy, const cJSON *orig,
                 const char *key, struct principals *pr)
{
  memset (pr, 0, sizeof *pr);
  const cJSON *v = cJSON_GetObjectItemCaseSensitive (copy, key);
  const cJSON *o = cJSON_GetObjectItemCaseSensitive (orig, key);
  pr->bad = true;
  if (!v || !o)
    return;
  size_t before = c->out->n;
  char *path = xasprintf ("%s.%s", c->stmt, key);
  if (cJSON_IsString (v))
    {
      if (STREQ (v->valuestring, "*"))
        pr->star = true;
      else
        add (c, TD_IAM_PRINCIPAL, TD_SEV_ERROR, path,
             xasprintf (_("'%s' is not a principal: expected \"*\" or an "
                          "object with AWS, Service, Federated or "
                          "CanonicalUser"), o->valuestring));
      free (path);
      return;
    }
  if (!cJSON_IsObject (v))
    {
      add (c, TD_IAM_PRINCIPAL, TD_SEV_ERROR, path,
           xasprintf (_("%s must be \"*\" or an object"), key));
      free (path);
      return;
    }
  static const char *const kinds[] = { "AWS", "Service", "Federated",
                                       "CanonicalUser" };
  for (const cJSON *m = v->child; m; m = m->next)
    {
      const char *k = m->string ? m->string : "";
      size_t kind = 0;
      while (kind < ARRAY_SIZE (kinds) && !STREQ (kinds[kind], k))
        kind++;
      if (kind == ARRAY_SIZE (kinds))
        {
          char *kp = xasprintf ("%s.%s", path, k);
          add (c, TD_IAM_PRINCIPAL, TD_SEV_ERROR, kp,
               xasprintf (_("unknown principal type '%s': expected AWS, "
                            "Service, Federated or CanonicalUser"), k));
          free (kp);
          continue;
        }
      struct list l;
      collect (c, v, o, path, k, &l);
      for (size_t i = 0; i < l.n; i++)
        {
          const char *s = l.v[i].s;
          const char *ov = l.v[i].orig, *lp = l.v[i].path;
          switch (kind)
            {
            case 0:
              if (is_wild (s) && !STREQ (s, "*"))
                add (c, TD_IAM_PRINCIPAL, TD_SEV_ERROR, lp,
                     xasprintf (_("'%s': wildcards are not allowed in part "
                                  "of a principal"), ov));
              else if (!aws_principal_ok (s))
                add (c, TD_IAM_PRINCIPAL, TD_SEV_ERROR, lp,
                     xasprintf (_("'%s' is not an AWS principal: expected "
                                  "an account ID or an IAM role, user or "
                                  "root ARN"), ov));
              pr->aws = true;
              pr->star |= STREQ (s, "*");
              break;
            case 1:
              if (!service_principal_ok (s))
                add (c, TD_IAM_PRINCIPAL, TD_SEV_ERROR, lp,
                     xasprintf (_("'%s' is not a service principal such as "
                                  "ec2.amazonaws.com"), ov));
              pr->service = true;
              break;
            case 2:
              if (!federated_principal_ok (s))
                add (c, TD_IAM_PRINCIPAL, TD_SEV_ERROR, lp,
                     xasprintf (_("'%s' is not a federated principal: "
                                  "expected a SAML or OIDC provider ARN or "
                                  "a web identity provider"), ov));
              else if (saml_provider (s))
                pr->saml = true;
              else
                pr->oidc = true;
              break;
            default:
              break;
            }
        }
      list_free (&l);
    }
  pr->bad = c->out->n > before;
  free (path);
}

/* ---- trust policies --------------------------------------------------- */

static const char *const trust_actions[] = {
  "sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity",
  "sts:TagSession", "sts:SetSourceIdentity", "sts:SetContext"
};

static void
check_trust (struct ctx *c, const cJSON *st, const struct list *acts,
             const struct principals *pr, bool allow)
{
  static const char *const forbidden[] = { "Resource", "NotResource",
                                           "NotPrincipal" };
  for (size_t i = 0; i < ARRAY_SIZE (forbidden); i++)
    if (cJSON_HasObjectItem (st, forbidden[i]))
      {
        char *path = xasprintf ("%s.%s", c->stmt, forbidden[i]);
        add (c, TD_IAM_TRUST, TD_SEV_ERROR, path,
             xasprintf (_("a trust policy cannot have %s"), forbidden[i]));
        free (path);
      }
  if (!cJSON_HasObjectItem (st, "Principal"))
    add (c, TD_IAM_TRUST, TD_SEV_ERROR, c->stmt,
         xstrdup (_("a trust policy statement needs a Principal")));
  for (size_t i = 0; i < acts->n; i++)
    {
      const struct item *it = &acts->v[i];
      size_t k = 0;
      while (k < ARRAY_SIZE (trust_actions)
             && !glob_ci (it->s, trust_actions[k]))
        k++;
      if (k == ARRAY_SIZE (trust_actions))
        {
          add (c, TD_IAM_TRUST, TD_SEV_ERROR, it->path,
               xasprintf (_("'%s' cannot be used in a trust policy: only "
                            "sts:AssumeRole, sts:AssumeRoleWithSAML, "
                            "sts:AssumeRoleWithWebIdentity, sts:TagSession, "
                            "sts:SetSourceIdentity and sts:SetContext"),
                          it->orig));
          continue;
        }
      if (!allow || is_wild (it->s) || pr->star || pr->bad)
        continue;
      if (k == 0 && !pr->aws && !pr->service)
        add (c, TD_IAM_TRUST, TD_SEV_ERROR, it->path,
             xasprintf (_("'%s' needs an AWS or Service principal"),
                        it->orig));
      else if (k == 1 && !pr->saml)
        add (c, TD_IAM_TRUST, TD_SEV_ERROR, it->path,
             xasprintf (_("'%s' needs a Federated principal that is a SAML "
                          "provider ARN"), it->orig));
      else if (k == 2 && !pr->oidc)
        add (c, TD_IAM_TRUST, TD_SEV_ERROR, it->path,
             xasprintf (_("'%s' needs a Federated principal that is an OIDC "
                          "or web identity provider"), it->orig));
    }
  if (allow && pr->star && !cJSON_HasObjectItem (st, "Condition"))
    {
      char *path = xasprintf ("%s.Principal", c->stmt);
      add (c, TD_IAM_PRINCIPAL, TD_SEV_WARNING, path,
           xstrdup (_("anyone can assume this role: Principal \"*\" "
                      "without a Condition")));
      free (path);
    }
}

/* ---- one statement ---------------------------------------------------- */

static void
lint_statement (struct ctx *c, const cJSON *st, const cJSON *ost)
{
  check_members (c, st, c->stmt, stmt_keys, ARRAY_SIZE (stmt_keys), false);

  /* Effect.  */
  const cJSON *eff = cJSON_GetObjectItemCaseSensitive (st, "Effect");
  bool allow = false;
  if (!eff)
    add (c, TD_IAM_SHAPE, TD_SEV_ERROR, c->stmt,
         xstrdup (_("the statement has no Effect")));
  else if (cJSON_IsString (eff) && STREQ (eff->valuestring, "Allow"))
    allow = true;
  else if (!cJSON_IsString (eff) || !STREQ (eff->valuestring, "Deny"))
    {
      char *path = xasprintf ("%s.Effect", c->stmt);
      add (c, TD_IAM_SHAPE, TD_SEV_ERROR, path,
           xasprintf (_("Effect must be \"Allow\" or \"Deny\", not '%s'"),
                      cJSON_IsString (eff) ? eff->valuestring : "?"));
      free (path);
    }

  /* Sid.  */
  const cJSON *sid = cJSON_GetObjectItemCaseSensitive (st, "Sid");
  if (sid)
    {
      char *path = xasprintf ("%s.Sid", c->stmt);
      if (!cJSON_IsString (sid))
        add (c, TD_IAM_SHAPE, TD_SEV_ERROR, path,
             xasprintf (_("%s must be a string"), "Sid"));
      else if (*sid->valuestring
               && !charset_ok (sid->valuestring, strlen (sid->valuestring),
                               ""))
        add (c, TD_IAM_SHAPE, TD_SEV_WARNING, path,
             xasprintf (_("Sid '%s' should contain only letters and "
                          "digits"), sid->valuestring));
      free (path);
    }

  /* Condition.  */
  const cJSON *cond = cJSON_GetObjectItemCaseSensitive (st, "Condition");
  if (cond && !cJSON_IsObject (cond))
    {
      char *path = xasprintf ("%s.Condition", c->stmt);
      add (c, TD_IAM_SHAPE, TD_SEV_ERROR, path,
           xstrdup (_("Condition must be an object")));
      free (path);
    }

  exclusive (c, st, "Action", "NotAction", true);
  if (c->kind == TD_POLICY_IDENTITY)
    exclusive (c, st, "Resource", "NotResource", true);
  exclusive (c, st, "Principal", "NotPrincipal", false);
  if (allow && c->kind == TD_POLICY_IDENTITY
      && cJSON_HasObjectItem (st, "NotResource"))
    {
      char *path = xasprintf ("%s.NotResource", c->stmt);
      add (c, TD_IAM_SHAPE, TD_SEV_WARNING, path,
           xasprintf (_("\"Allow\" with %s grants more than intended; list "
                        "what is allowed instead"), "NotResource"));
      free (path);
    }

  /* Actions.  */
  struct list acts, nacts, res, nres;
  collect (c, st, ost, c->stmt, "Action", &acts);
  collect (c, st, ost, c->stmt, "NotAction", &nacts);
  struct action *pa = xcalloc (acts.n + 1, sizeof *pa);
  for (size_t i = 0; i < acts.n; i++)
    check_action (c, &acts.v[i], &pa[i]);
  for (size_t i = 0; i < nacts.n; i++)
    {
      struct action na;
      check_action (c, &nacts.v[i], &na);
    }
  check_duplicates (c, &acts, true);
  check_covered (c, &acts);
  check_duplicates (c, &nacts, true);

  /* Principals.  */
  struct principals pr;
  if (c->kind == TD_POLICY_TRUST)
    {
      check_principal (c, st, ost, "Principal", &pr);
      check_trust (c, st, &acts, &pr, allow);
    }

  /* Resources.  */
  if (c->kind == TD_POLICY_IDENTITY)
    {
      collect (c, st, ost, c->stmt, "Resource", &res);
      collect (c, st, ost, c->stmt, "NotResource", &nres);
      bool all_ok = true;
      for (int pass = 0; pass < 2; pass++)
        {
          const struct list *l = pass ? &nres : &res;
          for (size_t i = 0; i < l->n; i++)
            {
              struct arn arn;
              if (!check_arn_syntax (c, &l->v[i], &arn))
                all_ok = false;
              else if (arn.copy)
                {
                  check_arn_format (c, &l->v[i], &arn);
                  free (arn.copy);
                }
            }
        }
      check_duplicates (c, &res, false);
      check_duplicates (c, &nres, false);
      if (allow && all_ok && res.n > 0 && acts.n > 0)
        check_resource_fit (c, &acts, pa, &res);
      list_free (&res);
      list_free (&nres);
    }
  free (pa);
  list_free (&acts);
  list_free (&nacts);
}

/* ---- the document ----------------------------------------------------- */

static const char *const top_keys[] = { "Version", "Id", "Statement" };

static void
lint_document (struct ctx *c, const cJSON *doc, const cJSON *orig)
{
  check_members (c, doc, "", top_keys, ARRAY_SIZE (top_keys), true);

  const cJSON *ver = cJSON_GetObjectItemCaseSensitive (doc, "Version");
  if (!ver)
    add (c, TD_IAM_VERSION, TD_SEV_WARNING, "",
         xstrdup (_("the policy has no Version: add \"Version\": "
                    "\"2012-10-17\"")));
  else if (cJSON_IsString (ver) && STREQ (ver->valuestring, "2008-10-17"))
    add (c, TD_IAM_VERSION, TD_SEV_WARNING, "Version",
         xstrdup (_("Version 2008-10-17 is outdated (no policy variables): "
                    "use 2012-10-17")));
  else if (!cJSON_IsString (ver) || !STREQ (ver->valuestring, "2012-10-17"))
    add (c, TD_IAM_VERSION, TD_SEV_ERROR, "Version",
         xasprintf (_("invalid Version '%s': use 2012-10-17"),
                    cJSON_IsString (ver) ? ver->valuestring : "?"));

  const cJSON *id = cJSON_GetObjectItemCaseSensitive (doc, "Id");
  if (id && !cJSON_IsString (id))
    add (c, TD_IAM_SHAPE, TD_SEV_ERROR, "Id",
         xasprintf (_("%s must be a string"), "Id"));

  const cJSON *st = cJSON_GetObjectItemCaseSensitive (doc, "Statement");
  const cJSON *ost = cJSON_GetObjectItemCaseSensitive (orig, "Statement");
  if (!st || !ost)
    {
      add (c, TD_IAM_SHAPE, TD_SEV_ERROR, "",
           xstrdup (_("the policy has no Statement")));
      return;
    }
  if (cJSON_IsObject (st))
    {
      c->stmt = "Statement";
      lint_statement (c, st, ost);
      return;
    }
  if (!cJSON_IsArray (st) || cJSON_GetArraySize (st) == 0)
    {
      add (c, TD_IAM_SHAPE, TD_SEV_ERROR, "Statement",
           xstrdup (_("Statement must be an object or a non-empty array of "
                      "objects")));
      return;
    }
  struct list sids = { NULL, 0, 0, false };
  size_t i = 0;
  for (const cJSON *s = st->child, *os = ost->child; s && os;
       s = s->next, os = os->next, i++)
    {
      char *path = xasprintf ("Statement[%zu]", i);
      if (!cJSON_IsObject (s))
        add (c, TD_IAM_SHAPE, TD_SEV_ERROR, path,
             xstrdup (_("a statement must be an object")));
      else
        {
          c->stmt = path;
          lint_statement (c, s, os);
          const cJSON *sid = cJSON_GetObjectItemCaseSensitive (s, "Sid");
          if (cJSON_IsString (sid) && *sid->valuestring)
            {
              sids.v = xgrow (sids.v, &sids.alloc, sids.n + 1,
                              sizeof *sids.v);
              sids.v[sids.n++] = (struct item) {
                sid->valuestring, sid->valuestring,
                xasprintf ("%s.Sid", path) };
            }
        }
      free (path);
    }
  c->stmt = "";
  for (size_t a = 0; a < sids.n; a++)
    for (size_t b = 0; b < a; b++)
      if (STREQ (sids.v[a].s, sids.v[b].s))
        {
          add (c, TD_IAM_DUPLICATE, TD_SEV_WARNING, sids.v[a].path,
               xasprintf (_("duplicate Sid '%s'"), sids.v[a].s));
          break;
        }
  list_free (&sids);
}

void
td_iam_lint (const cJSON *policy, enum td_policy_kind kind,
             struct td_iam_findings *out)
{
  if (kind == TD_POLICY_OTHER || !cJSON_IsObject (policy))
    return;
  cJSON *copy = cJSON_Duplicate (policy, true);
  if (!copy)
    xalloc_die ();
  substitute_all (copy);
  struct ctx c = { out, kind, "" };
  lint_document (&c, copy, policy);
  cJSON_Delete (copy);
}
