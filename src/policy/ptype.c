/* ptype.c: placeholder types, guessed from names and ARN positions, with
   sample values and hand-written checks of user values.  */
#include <config.h>
#include "util/system.h"
#include "policy/ptype.h"

#include <ctype.h>
#include <strings.h>

#include "util/xalloc.h"

static const char *const type_names[TD_PT__COUNT] = {
  "text", "region", "account-id", "iam-arn", "stream-name", "bucket-name",
  "name", "iam-role-arn", "iam-user-arn"
};

static const char *const samples[TD_PT__COUNT] = {
  "phTEXT", "us-east-1", "123456789012",
  "arn:aws:iam::123456789012:role/phROLE", "phSTREAM", "ph-bucket", "phNAME",
  "arn:aws:iam::123456789012:role/phROLE",
  "arn:aws:iam::123456789012:user/phUSER"
};

const char *
td_ptype_name (enum td_ptype type)
{
  return (unsigned) type < TD_PT__COUNT ? type_names[type] : "text";
}

const char *
td_ptype_sample (enum td_ptype type)
{
  return (unsigned) type < TD_PT__COUNT ? samples[type] : samples[TD_PT_TEXT];
}

/* NAME upper-cased without '_', '-' and '.': "ClickHouse_IAM_ARN" ->
   "CLICKHOUSEIAMARN".  Caller frees.  */
static char *
squash (const char *name)
{
  char *s = xmalloc (strlen (name) + 1), *d = s;
  for (; *name; name++)
    if (*name != '_' && *name != '-' && *name != '.')
      *d++ = (char) toupper ((unsigned char) *name);
  *d = '\0';
  return s;
}

static bool
ends_with (const char *s, const char *suffix)
{
  size_t n = strlen (s), m = strlen (suffix);
  return n >= m && memcmp (s + n - m, suffix, m) == 0;
}

/* The type implied by NAME alone, or TD_PT__COUNT.  */
static enum td_ptype
guess_by_name (const char *name)
{
  char *s = squash (name);
  enum td_ptype t = TD_PT__COUNT;
  if (ends_with (s, "REGION"))
    t = TD_PT_REGION;
  else if (ends_with (s, "ACCOUNT") || ends_with (s, "ACCOUNTID"))
    t = TD_PT_ACCOUNT;
  else if (strstr (s, "ROLEARN"))
    t = TD_PT_ROLE_ARN;
  else if (strstr (s, "USERARN"))
    t = TD_PT_USER_ARN;
  else if (ends_with (s, "ARN") || strstr (s, "IAMARN"))
    t = TD_PT_IAM_ARN;
  else if (strstr (s, "STREAM"))
    t = TD_PT_STREAM;
  else if (strstr (s, "BUCKET"))
    t = TD_PT_BUCKET;
  free (s);
  return t;
}

/* The type implied by where "{NAME}" stands in CONTEXT.  */
static enum td_ptype
guess_by_context (const char *name, const char *context)
{
  if (!context || strncmp (context, "arn:", 4) != 0)
    return TD_PT_TEXT;
  char *needle = xasprintf ("{%s}", name);
  const char *at = strstr (context, needle);
  free (needle);
  if (!at)
    return TD_PT_TEXT;
  /* Field starts: f[k] is where field k begins.  */
  const char *f[6] = { context, NULL, NULL, NULL, NULL, NULL };
  int field = 0;
  for (const char *p = context; p < at; p++)
    if (*p == ':' && field < 5)
      f[++field] = p + 1;
  switch (field)
    {
    case 3:
      return TD_PT_REGION;
    case 4:
      return TD_PT_ACCOUNT;
    case 5:
      break;
    default:
      return TD_PT_TEXT;
    }
  size_t res_off = (size_t) (at - f[5]);
  if (res_off >= 7 && strncmp (at - 7, "stream/", 7) == 0)
    return TD_PT_STREAM;
  if (f[2] && strncmp (f[2], "s3:", 3) == 0
      && memchr (f[5], '/', res_off) == NULL)
    return TD_PT_BUCKET;
  return TD_PT_NAME;
}

enum td_ptype
td_ptype_guess (const char *name, const char *context)
{
  enum td_ptype t = guess_by_name (name);
  return t != TD_PT__COUNT ? t : guess_by_context (name, context);
}

/* True when TEXT holds WORD (ASCII, any case) as a whole word, or holds
   the Hangul WORD anywhere.  */
static bool
mentions (const char *text, const char *word)
{
  size_t n = strlen (word);
  if ((unsigned char) word[0] >= 0x80)
    return strstr (text, word) != NULL;
  for (const char *p = text; *p; p++)
    if (strncasecmp (p, word, n) == 0
        && (p == text || !isalnum ((unsigned char) p[-1]))
        && !isalnum ((unsigned char) p[n]))
      return true;
  return false;
}

enum td_ptype
td_ptype_refine (enum td_ptype type, const char *const *desc, int n)
{
  if (type != TD_PT_IAM_ARN)
    return type;
  bool role = false, user = false;
  for (int i = 0; i < n; i++)
    if (desc[i])
      {
        role |= mentions (desc[i], "role") || mentions (desc[i], "역할");
        user |= mentions (desc[i], "user") || mentions (desc[i], "사용자");
      }
  if (role && !user)
    return TD_PT_ROLE_ARN;
  if (user && !role)
    return TD_PT_USER_ARN;
  return type;
}

const char *
td_ptype_partition (const char *region)
{
  if (strncmp (region, "us-gov-", 7) == 0)
    return "aws-us-gov";
  if (strncmp (region, "cn-", 3) == 0)
    return "aws-cn";
  return "aws";
}

/* ---- checks (hand-written forms of the regular expressions) ---------- */

static bool
is_lower (int c)
{
  return c >= 'a' && c <= 'z';
}

static bool
is_digit (int c)
{
  return c >= '0' && c <= '9';
}

static bool
is_alnum (int c)
{
  return is_lower (c) || is_digit (c) || (c >= 'A' && c <= 'Z');
}

/* P points at [a-z]+ followed by STOP; returns past the run or NULL.  */
static const char *
lower_run (const char *p, int stop)
{
  const char *q = p;
  while (is_lower (*q))
    q++;
  return q > p && *q == stop ? q : NULL;
}

/* ^[a-z]{2}(-gov)?-[a-z]+-[0-9]+$  */
static bool
check_region (const char *v)
{
  if (!is_lower (v[0]) || !is_lower (v[1]))
    return false;
  const char *p = v + 2;
  if (strncmp (p, "-gov-", 5) == 0)
    p += 4;
  if (*p++ != '-')
    return false;
  p = lower_run (p, '-');
  if (!p)
    return false;
  p++;
  if (!is_digit (*p))
    return false;
  while (is_digit (*p))
    p++;
  return *p == '\0';
}

static bool
check_account (const char *v)
{
  size_t n = 0;
  for (; is_digit (v[n]); n++)
    ;
  return n == 12 && v[n] == '\0';
}

/* LEN >= MIN && LEN <= MAX characters of [A-Za-z0-9] plus EXTRA.  */
static bool
check_chars (const char *v, const char *extra, size_t min, size_t max)
{
  size_t n = 0;
  for (; v[n]; n++)
    if (!is_alnum ((unsigned char) v[n]) && !strchr (extra, v[n]))
      return false;
  return n >= min && n <= max;
}

/* arn:aws(-cn|-us-gov)?:iam::[0-9]{12}:(role|user)/[A-Za-z0-9+=,.@_/-]{1,512}
   or the same with sts and assumed-role.  KIND: 'r' a role only (no
   user, no session), 'u' a user only, 0 any.  */
static bool
check_iam_arn (const char *v, int kind)
{
  if (strncmp (v, "arn:aws", 7) != 0)
    return false;
  const char *p = v + 7;
  if (strncmp (p, "-cn:", 4) == 0)
    p += 3;
  else if (strncmp (p, "-us-gov:", 8) == 0)
    p += 7;
  if (*p++ != ':')
    return false;
  bool sts = false;
  if (strncmp (p, "iam::", 5) == 0)
    p += 5;
  else if (strncmp (p, "sts::", 5) == 0)
    {
      p += 5;
      sts = true;
    }
  else
    return false;
  for (int i = 0; i < 12; i++)
    if (!is_digit (*p++))
      return false;
  if (*p++ != ':')
    return false;
  if (sts)
    {
      if (kind)
        return false;
      if (strncmp (p, "assumed-role/", 13) != 0)
        return false;
      p += 13;
      /* role-name/session-name */
      const char *slash = strchr (p, '/');
      if (!slash || slash == p || slash[1] == '\0')
        return false;
    }
  else if (strncmp (p, "role/", 5) == 0 && kind != 'u')
    p += 5;
  else if (strncmp (p, "user/", 5) == 0 && kind != 'r')
    p += 5;
  else
    return false;
  return check_chars (p, "+=,.@_/-", 1, 512);
}

/* ^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$  */
static bool
check_bucket (const char *v)
{
  size_t n = strlen (v);
  if (n < 3 || n > 63)
    return false;
  for (size_t i = 0; i < n; i++)
    {
      int c = (unsigned char) v[i];
      bool edge = i == 0 || i == n - 1;
      if (!is_lower (c) && !is_digit (c) && (edge || (c != '.' && c != '-')))
        return false;
    }
  return true;
}

static bool
check_text (const char *v)
{
  if (!*v)
    return false;
  for (const unsigned char *p = (const unsigned char *) v; *p; p++)
    if (*p < 0x20 || *p == 0x7f || *p == '"' || *p == '{' || *p == '}')
      return false;
  return true;
}

bool
td_ptype_check (enum td_ptype type, const char *value,
                const char **expected)
{
  bool ok;
  const char *what;
  switch (type)
    {
    case TD_PT_REGION:
      ok = check_region (value);
      what = _("an AWS region such as us-east-1");
      break;
    case TD_PT_ACCOUNT:
      ok = check_account (value);
      what = _("a 12-digit AWS account ID");
      break;
    case TD_PT_IAM_ARN:
      ok = check_iam_arn (value, 0);
      what = _("an IAM role or user ARN such as "
               "arn:aws:iam::123456789012:role/name");
      break;
    case TD_PT_ROLE_ARN:
      ok = check_iam_arn (value, 'r');
      what = _("an IAM role ARN such as arn:aws:iam::123456789012:role/name");
      break;
    case TD_PT_USER_ARN:
      ok = check_iam_arn (value, 'u');
      what = _("an IAM user ARN such as arn:aws:iam::123456789012:user/name");
      break;
    case TD_PT_STREAM:
      ok = check_chars (value, "_.-", 1, 128);
      what = _("a Kinesis stream name (1 to 128 letters, digits, '_', '.' "
               "or '-')");
      break;
    case TD_PT_BUCKET:
      ok = check_bucket (value);
      what = _("an S3 bucket name (3 to 63 lowercase letters, digits, '.' "
               "or '-')");
      break;
    case TD_PT_NAME:
      ok = check_chars (value, "_.+=@-", 1, 128);
      what = _("a name of 1 to 128 letters, digits or '_.+=@-'");
      break;
    case TD_PT_TEXT:
    case TD_PT__COUNT:
    default:
      ok = check_text (value);
      what = _("non-empty text without quotes, braces or control "
               "characters");
      break;
    }
  if (!ok && expected)
    *expected = what;
  return ok;
}
