/* policy.c: the JSON policy blocks and the {PLACEHOLDER}s of a guide (see
   policy.h).  Works on the document model only: code blocks, headings,
   bold labels and the plain text of paragraphs.  */
#include <config.h>
#include "util/system.h"
#include "policy/policy.h"

#include "util/buf.h"
#include "doc/inline.h"
#include "policy/excerpt.h"
#include "policy/jsonc.h"
#include "doc/source.h"
#include "util/xalloc.h"

/* ---- names ---------------------------------------------------------- */

/* ASCII lower case, whatever the locale.  */
static int
lower (int c)
{
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* True when S contains WORD, ignoring ASCII case.  */
static bool
contains_word (const char *s, const char *word)
{
  size_t n = strlen (word);
  for (; *s; s++)
    {
      size_t i = 0;
      while (i < n && s[i] && lower ((unsigned char) s[i]) == word[i])
        i++;
      if (i == n)
        return true;
    }
  return false;
}

/* Skips a leading enumerator ("i.", "ii)", "1.", "a.") and spaces.  */
static const char *
skip_enumerator (const char *s)
{
  const char *p = s;
  while (*p == ' ')
    p++;
  const char *q = p;
  if (*q >= '0' && *q <= '9')
    while (*q >= '0' && *q <= '9')
      q++;
  else if (*q && strchr ("ivxlcIVXLC", *q))
    while (*q && strchr ("ivxlcIVXLC", *q))
      q++;
  else if ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z'))
    q++;
  if (q > p && (*q == '.' || *q == ')') && (q[1] == ' ' || q[1] == '\0'))
    {
      p = q + 1;
      while (*p == ' ')
        p++;
    }
  return p;
}

/* Leading English verbs and articles and trailing Korean verbs that do
   not name a policy.  */
static const char *const lead_words[] = {
  "configure ", "create ", "set up ", "setup ", "add ", "attach ",
  "define ", "use ", "update ", "edit ", "the ", "a ", "an ", NULL
};
static const char *const tail_words[] = { " 구성", " 생성", " 설정", " 추가",
                                          NULL };

/* A file-name-safe slug of S: ASCII letters and digits in lower case,
   other UTF-8 letters kept, anything else a single '-'.  "" if nothing
   is left.  */
static char *
slugify (const char *s)
{
  struct td_buf b = TD_BUF_INIT;
  bool dash = false;
  for (const unsigned char *p = (const unsigned char *) s; *p; p++)
    {
      int c = *p;
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80
          || (c >= 'A' && c <= 'Z'))
        {
          if (dash && b.len > 0)
            td_buf_putc (&b, '-');
          dash = false;
          td_buf_putc (&b, (char) lower (c));
        }
      else
        dash = true;
    }
  return td_buf_detach (&b);
}

/* The name of a policy under bold label LABEL (or NULL) in the section
   headed HEADING (or NULL).  */
static char *
policy_name (const char *label, const char *heading)
{
  if (label)
    {
      if (contains_word (label, "trust") || strstr (label, "신뢰"))
        return xstrdup ("trust-policy");
      if (contains_word (label, "permission") || strstr (label, "권한"))
        return xstrdup ("permission-policy");
      const char *p = skip_enumerator (label);
      for (bool again = true; again;)
        {
          again = false;
          for (size_t i = 0; lead_words[i]; i++)
            {
              size_t n = strlen (lead_words[i]);
              size_t k = 0;
              while (k < n && p[k] && lower ((unsigned char) p[k])
                                        == lead_words[i][k])
                k++;
              if (k == n)
                {
                  p += n;
                  again = true;
                }
            }
        }
      char *copy = xstrdup (p);
      for (size_t i = 0; tail_words[i]; i++)
        {
          size_t n = strlen (copy), m = strlen (tail_words[i]);
          if (n > m && STREQ (copy + n - m, tail_words[i]))
            copy[n - m] = '\0';
        }
      char *slug = slugify (copy);
      free (copy);
      if (*slug)
        return slug;
      free (slug);
    }
  if (heading)
    {
      char *slug = slugify (skip_enumerator (heading));
      if (*slug)
        return slug;
      free (slug);
    }
  return xstrdup ("policy");
}

/* The bold label that starts paragraph B ("**i. Configure the Trust
   Policy**"), without its markers and code-span backticks, or NULL.  */
static char *
bold_label (const struct td_doc *doc, const struct td_block *b)
{
  if (b->kind != TD_BLK_PARAGRAPH || b->strong == 0)
    return NULL;
  size_t len;
  const char *line = td_source_line (doc->src, b->line, &len);
  size_t i = b->col > 0 ? (size_t) b->col - 1 : 0;
  if (i + 2 > len || !((line[i] == '*' && line[i + 1] == '*')
                       || (line[i] == '_' && line[i + 1] == '_')))
    return NULL;
  char delim = line[i];
  size_t start = i + 2, j;
  for (j = start; j + 1 < len; j++)
    if (line[j] == delim && line[j + 1] == delim)
      break;
  if (j + 1 >= len || j == start)
    return NULL;
  struct td_buf out = TD_BUF_INIT;
  for (size_t k = start; k < j; k++)
    if (line[k] != '`')
      td_buf_putc (&out, line[k]);
  return td_buf_detach (&out);
}

/* ---- JSON ----------------------------------------------------------- */

/* Appends to P (*N entries, *ALLOC allocated) the placeholders of the
   strings under J at PATH, in document order; one entry per name and
   path.  */
static void
walk_placeholders (const cJSON *j, const char *path,
                   struct td_policy_placeholder **p, size_t *n,
                   size_t *alloc)
{
  if (cJSON_IsString (j) && j->valuestring)
    {
      const char *s = j->valuestring;
      size_t len = strlen (s), pos = 0, start, off, nlen;
      while (td_placeholder_next (s, len, &pos, &start, &off, &nlen))
        {
          bool seen = false;
          for (size_t i = 0; i < *n && !seen; i++)
            seen = (STREQ ((*p)[i].path, path)
                    && strlen ((*p)[i].name) == nlen
                    && memcmp ((*p)[i].name, s + off, nlen) == 0);
          if (seen)
            continue;
          *p = xgrow (*p, alloc, *n + 1, sizeof **p);
          (*p)[*n].name = xstrndup (s + off, nlen);
          (*p)[*n].path = xstrdup (path);
          (*n)++;
        }
      return;
    }
  if (cJSON_IsArray (j))
    {
      long i = 0;
      for (const cJSON *c = j->child; c; c = c->next, i++)
        {
          char *sub = xasprintf ("%s[%ld]", path, i);
          walk_placeholders (c, sub, p, n, alloc);
          free (sub);
        }
    }
  else if (cJSON_IsObject (j))
    for (const cJSON *c = j->child; c; c = c->next)
      {
        char *sub = (*path ? xasprintf ("%s.%s", path, c->string ? c->string
                                                                 : "")
                     : xstrdup (c->string ? c->string : ""));
        walk_placeholders (c, sub, p, n, alloc);
        free (sub);
      }
}

/* Whether code block B holds JSON: its info string's first word is
   "json" or "jsonc" (any case).  "json5" is not read: JSON5 also allows
   unquoted keys, single quotes and hexadecimal numbers, which cJSON does
   not parse.  */
static bool
is_json_block (const struct td_block *b)
{
  static const char *const langs[] = { "json", "jsonc" };
  if (b->kind != TD_BLK_CODE)
    return false;
  const char *info = b->info;
  size_t n = 0;
  while (info[n] && info[n] != ' ' && info[n] != '\t' && info[n] != '{')
    n++;
  for (size_t k = 0; k < ARRAY_SIZE (langs); k++)
    if (strlen (langs[k]) == n)
      {
        size_t i = 0;
        while (i < n && lower ((unsigned char) info[i]) == langs[k][i])
          i++;
        if (i == n)
          return true;
      }
  return false;
}

/* Parses TEXT (LEN bytes) as strict JSON.  Returns the value (owned by
   the caller), or NULL and the byte offset of the first error in
   *ERROR.  */
static cJSON *
parse_strict (const char *text, size_t len, size_t *error)
{
  const char *end = NULL;
  /* The length includes the terminating NUL: cJSON 1.7.15 otherwise
     refuses the trailing newline when a terminated text is required.  */
  cJSON *json = cJSON_ParseWithLengthOpts (text, len + 1, &end, true);
  /* cJSON accepts raw control characters inside strings, which JSON does
     not (RFC 8259, 7): a line break in a string, or a string whose
     closing quote is missing, is an error at that character.  */
  size_t bad = SIZE_MAX;
  {
    bool in_string = false;
    for (size_t i = 0; i < len; i++)
      {
        unsigned char c = (unsigned char) text[i];
        if (in_string)
          {
            if (c == '\\' && i + 1 < len)
              i++;
            else if (c == '"')
              in_string = false;
            else if (c < 0x20)
              {
                bad = i;
                break;
              }
          }
        else if (c == '"')
          in_string = true;
      }
  }
  if (json && bad == SIZE_MAX)
    return json;
  if (json)
    {
      cJSON_Delete (json);
      end = text + bad;
    }
  else if (bad != SIZE_MAX && (!end || end < text || text + bad < end))
    end = text + bad; /* the first error is the earlier one */
  size_t off = end && end >= text ? (size_t) (end - text) : 0;
  *error = off > len ? len : off;
  return NULL;
}

/* Whether J is an IAM policy or part of one: td_iam_kind finds one, or
   J has the Version or Statement member of a policy whose statements an
   excerpt left out.  */
static bool
iam_like (const cJSON *j)
{
  return td_iam_kind (j) != TD_POLICY_OTHER
         || (cJSON_IsObject (j)
             && (cJSON_HasObjectItem (j, "Statement")
                 || cJSON_HasObjectItem (j, "Version")));
}

/* The lines of TEXT that KEPT (TEXT with its deleted lines blanked)
   blanked, without indentation, each followed by a line break: a new
   string.  */
static char *
deleted_lines (const char *text, const char *kept)
{
  struct td_buf b = TD_BUF_INIT;
  for (size_t i = 0; text[i];)
    {
      size_t e = i;
      while (text[e] && text[e] != '\n')
        e++;
      size_t s = i, k = i;
      while (s < e && (text[s] == ' ' || text[s] == '\t'))
        s++;
      while (k < e && (kept[k] == ' ' || kept[k] == '\t' || kept[k] == '\r'))
        k++;
      if (k == e && s < e)
        {
          td_buf_put (&b, text + s, e - s);
          td_buf_putc (&b, '\n');
        }
      i = text[e] ? e + 1 : e;
    }
  td_buf_putc (&b, '\0');
  return td_buf_detach (&b);
}

/* Parses the text of P's block, whose info string is INFO; on failure
   stores the file position of the error.  The lines that the example
   deletes (td_json_drop_deleted) are not read.  Text with comments or
   trailing commas is read as JSONC, and text that says it is part of a
   document (td_json_complete_excerpt: members of an object, an elided
   part) as the document it stands for, unless it is an IAM policy: AWS
   reads policies as strict JSON and whole, so a comment or an excerpt
   there stays an error.  */
static void
parse_policy (struct td_policy *p, const struct td_doc *doc,
              const char *text, const char *info)
{
  size_t len = strlen (text);
  size_t off;
  bool deleted;
  char *kept = td_json_drop_deleted (text, len, info, &deleted);
  if (deleted)
    p->deleted = deleted_lines (text, kept);
  p->json = parse_strict (kept, len, &off);
  if (p->json)
    {
      p->parsed = kept;
      kept = NULL;
    }
  else
    {
      bool blanked;
      char *plain = td_jsonc_blank (kept, len, &blanked);
      size_t plain_off;
      cJSON *j = blanked ? parse_strict (plain, len, &plain_off) : NULL;
      if (j && td_iam_kind (j) == TD_POLICY_OTHER)
        {
          p->json = j;
          p->parsed = plain;
          plain = NULL;
        }
      else if (j)
        cJSON_Delete (j);
      else if (blanked)
        off = plain_off; /* the error past the comments */
      free (plain);
    }
  if (p->json == NULL)
    {
      size_t pre, xlen;
      char *whole = td_json_complete_excerpt (kept, len, &pre, &xlen);
      if (whole)
        {
          char *plain = td_jsonc_blank (whole, xlen, NULL);
          size_t xoff;
          cJSON *j = parse_strict (plain, xlen, &xoff);
          free (whole);
          if (j && !iam_like (j))
            {
              p->json = j;
              p->excerpt = true;
              p->parsed = plain;
              p->parsed_prefix = pre;
              plain = NULL;
            }
          else if (j)
            cJSON_Delete (j);
          else /* the error in the text as written */
            off = xoff < pre ? 0 : xoff - pre < len ? xoff - pre : len;
          free (plain);
        }
    }
  free (kept);
  if (p->json)
    return;
  /* Valid JSON nested deeper than cJSON reads fails at the bracket one
     past the limit: say so rather than call it bad syntax.  */
  {
    size_t depth = 0;
    bool str = false;
    for (size_t i = 0; i < off; i++)
      if (str)
        {
          if (text[i] == '\\' && i + 1 < off)
            i++;
          else if (text[i] == '"')
            str = false;
        }
      else if (text[i] == '"')
        str = true;
      else if (text[i] == '[' || text[i] == '{')
        depth++;
      else if ((text[i] == ']' || text[i] == '}') && depth > 0)
        depth--;
    p->too_deep = depth >= CJSON_NESTING_LIMIT;
  }
  size_t line_start = 0;
  int nl = 0;
  for (size_t i = 0; i < off; i++)
    if (text[i] == '\n')
      {
        nl++;
        line_start = i + 1;
      }
  size_t in_line = 0;
  while (line_start + in_line < len && text[line_start + in_line] != '\n')
    in_line++;
  p->error_line = p->content_line + nl;
  /* cmark only removes indentation: the literal line is the end of the
     source line.  */
  size_t src_len;
  td_source_line (doc->src, p->error_line, &src_len);
  int bytecol;
  if (src_len >= in_line)
    bytecol = (int) (src_len - in_line + (off - line_start)) + 1;
  else
    bytecol = p->content_col + (int) (off - line_start);
  p->error_col = td_source_charcol (doc->src, p->error_line, bytecol);
}

void
td_policies_extract (const struct td_half *half, struct td_policy **out,
                     size_t *n)
{
  const struct td_doc *doc = half->doc;
  const char *headings[7] = { NULL };
  char *label = NULL;
  size_t alloc = 0;
  *out = NULL;
  *n = 0;
  for (size_t i = half->first; i < half->last && i < doc->nblocks; i++)
    {
      const struct td_block *b = &doc->blocks[i];
      if (b->kind == TD_BLK_HEADING)
        {
          int lv = b->level >= 1 && b->level <= 6 ? b->level : 6;
          headings[lv] = b->text;
          for (int k = lv + 1; k <= 6; k++)
            headings[k] = NULL;
          free (label);
          label = NULL;
          continue;
        }
      if (b->kind == TD_BLK_PARAGRAPH)
        {
          char *l = bold_label (doc, b);
          if (l)
            {
              free (label);
              label = l;
            }
          continue;
        }
      if (!is_json_block (b))
        continue;

      *out = xgrow (*out, &alloc, *n + 1, sizeof **out);
      struct td_policy *p = &(*out)[(*n)++];
      memset (p, 0, sizeof *p);
      p->half = half;
      p->block = (long) i;
      p->line = b->line;
      p->end_line = b->end_line;
      p->content_line = b->level ? b->line + 1 : b->line;
      p->content_col = b->col;
      {
        struct td_buf path = TD_BUF_INIT;
        const char *last = NULL;
        for (int k = 1; k <= 6; k++)
          if (headings[k])
            {
              if (path.len)
                td_buf_puts (&path, " > ");
              td_buf_puts (&path, headings[k]);
              last = headings[k];
            }
        p->heading_path = td_buf_detach (&path);
        p->name = policy_name (label, last);
      }
      /* Unique within the half: trust-policy, trust-policy-2...  */
      {
        int count = 1;
        for (size_t k = 0; k + 1 < *n; k++)
          {
            const char *other = (*out)[k].name;
            size_t bl = strlen (p->name);
            if (STREQ (other, p->name)
                || (strncmp (other, p->name, bl) == 0 && other[bl] == '-'
                    && other[bl + 1] >= '2' && other[bl + 1] <= '9'))
              count++;
          }
        if (count > 1)
          {
            char *u = xasprintf ("%s-%d", p->name, count);
            free (p->name);
            p->name = u;
          }
      }
      parse_policy (p, doc, b->text, b->info);
      p->kind = p->json ? td_iam_kind (p->json) : TD_POLICY_OTHER;
      if (p->json)
        {
          size_t palloc = 0;
          walk_placeholders (p->json, "", &p->placeholders,
                             &p->nplaceholders, &palloc);
        }
    }
  free (label);
}

bool
td_policy_locate (const struct td_policy *p, const char *lit,
                  const char *path, size_t *offset)
{
  size_t len = strlen (lit);
  if (p->parsed == NULL)
    return td_json_locate (lit, len, path, offset);
  size_t off;
  if (!td_json_locate (p->parsed, strlen (p->parsed), path, &off))
    return false;
  off = off < p->parsed_prefix ? 0 : off - p->parsed_prefix;
  *offset = off < len ? off : len;
  return true;
}

void
td_policies_free (struct td_policy *v, size_t n)
{
  for (size_t i = 0; i < n; i++)
    {
      free (v[i].parsed);
      free (v[i].deleted);
      free (v[i].heading_path);
      free (v[i].name);
      cJSON_Delete (v[i].json);
      for (size_t k = 0; k < v[i].nplaceholders; k++)
        {
          free (v[i].placeholders[k].name);
          free (v[i].placeholders[k].path);
        }
      free (v[i].placeholders);
    }
  free (v);
}

/* ---- placeholders of the guide -------------------------------------- */

/* Removes leading and trailing spaces of S in place; returns S.  */
static char *
trim (char *s)
{
  size_t n = strlen (s), i = 0;
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n'))
    n--;
  while (i < n && (s[i] == ' ' || s[i] == '\t'))
    i++;
  memmove (s, s + i, n - i);
  s[n - i] = '\0';
  return s;
}

/* The end of the sentence starting at S: a '.' (not of "e.g." or
   "i.e.") or a ':' followed by a space or the end of the text, a ')' that
   closes a parenthesis opened before S, or the start of the next
   placeholder ("... and `{OTHER}` with ...").  */
static const char *
sentence_end (const char *s)
{
  const char *p;
  int depth = 0;
  for (p = s; *p; p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')' && --depth < 0)
        return p;
      else if ((*p == '.' || *p == ':') && (p[1] == ' ' || p[1] == '\0'))
        {
          if (*p == '.' && p - s >= 3 && (strncmp (p - 3, "e.g", 3) == 0
                                         || strncmp (p - 3, "i.e", 3) == 0))
            continue;
          return p;
        }
      else if (*p == ' ' && (strncmp (p, " and `{", 7) == 0
                             || strncmp (p, " and {", 6) == 0))
        return p;
    }
  return p;
}

/* Splits an example "(e.g., x)" or "(예: x)" out of description DESC (in
   place) and returns it, newly allocated, or NULL.  */
static char *
take_example (char *desc)
{
  static const char *const opens[] = { "(e.g., ", "(e.g. ", "(예: ",
                                       "(예를 들어 ", NULL };
  for (size_t i = 0; opens[i]; i++)
    {
      char *o = strstr (desc, opens[i]);
      if (!o)
        continue;
      char *v = o + strlen (opens[i]);
      char *c = strchr (v, ')');
      if (!c)
        continue;
      char *ex = trim (xstrndup (v, (size_t) (c - v)));
      memmove (o, c + 1, strlen (c + 1) + 1);
      trim (desc);
      if (*ex)
        return ex;
      free (ex);
      return NULL;
    }
  return NULL;
}

/* The description of NAME in paragraph text TEXT of a list item
   ("{NAME}: description"), or NULL.  */
static char *
list_description (const char *text, const char *name)
{
  size_t n = strlen (name);
  if (text[0] != '{' || strncmp (text + 1, name, n) != 0 || text[n + 1] != '}')
    return NULL;
  const char *p = text + n + 2;
  while (*p == ' ')
    p++;
  if (*p == ':')
    p++;
  else if (strncmp (p, "- ", 2) == 0)
    p += 1;
  else if (strncmp (p, "\xe2\x80\x93", 3) == 0 || strncmp (p, "\xe2\x80\x94", 3) == 0)
    p += 3; /* en or em dash */
  else
    return NULL;
  char *d = trim (xstrdup (p));
  if (*d)
    return d;
  free (d);
  return NULL;
}

/* True when the 8 bytes before AT are "Replace " in any ASCII case.  */
static bool
after_replace (const char *text, const char *at)
{
  static const char word[] = "replace ";
  if (at - text < 8)
    return false;
  for (size_t i = 0; i < 8; i++)
    if (lower ((unsigned char) at[(ptrdiff_t) i - 8]) != word[i])
      return false;
  return true;
}

/* The description of NAME from the sentence of paragraph text TEXT that
   introduces it: in English "Replace {NAME} with DESC.", in Korean (KO)
   "{NAME}을(를) DESC(으)로 교체합니다." (or 바꿉니다); or NULL.  */
static char *
sentence_description (const char *text, const char *name, bool ko)
{
  char *needle = xasprintf ("{%s}", name);
  size_t nl = strlen (needle);
  char *d = NULL;
  for (const char *at = strstr (text, needle); at && !d;
       at = strstr (at + 1, needle))
    {
      const char *p = at + nl;
      if (!ko)
        {
          if (!after_replace (text, at) || strncmp (p, " with ", 6) != 0)
            continue;
          p += 6;
          d = trim (xstrndup (p, (size_t) (sentence_end (p) - p)));
          /* "the IAM Role ARN ..." reads as "The IAM Role ARN ...", like
             the descriptions of a list.  */
          if (*d >= 'a' && *d <= 'z')
            *d = (char) (*d - 'a' + 'A');
          continue;
        }
      static const char *const particles[] = { "을 (를)", "을(를)",
                                               "를(을)", "를", "을", NULL };
      size_t k;
      for (k = 0; particles[k]; k++)
        if (strncmp (p, particles[k], strlen (particles[k])) == 0)
          break;
      if (!particles[k])
        continue;
      p += strlen (particles[k]);
      char *s = xstrndup (p, (size_t) (sentence_end (p) - p));
      char *verb = strstr (s, "교체");
      if (!verb)
        verb = strstr (s, "바꾸");
      if (!verb)
        verb = strstr (s, "바꿉");
      if (!verb)
        {
          free (s);
          continue;
        }
      *verb = '\0';
      trim (s);
      size_t sl = strlen (s);
      if (sl >= 6 && STREQ (s + sl - 6, "으로"))
        s[sl - 6] = '\0';
      else if (sl >= 3 && STREQ (s + sl - 3, "로"))
        s[sl - 3] = '\0';
      d = trim (s);
    }
  free (needle);
  if (d && !*d)
    {
      free (d);
      d = NULL;
    }
  return d;
}

void
td_guide_placeholders (const struct td_half *en, const struct td_half *ko,
                       struct td_guide_placeholder **out, size_t *n)
{
  const struct td_half *halves[2] = { en, ko };
  size_t alloc = 0;
  *out = NULL;
  *n = 0;
  /* Uses, English first: the order of first use.  */
  for (int h = 0; h < 2; h++)
    {
      const struct td_half *half = halves[h];
      if (!half)
        continue;
      const struct td_doc *doc = half->doc;
      for (size_t i = half->first; i < half->last && i < doc->nblocks; i++)
        {
          const struct td_block *b = &doc->blocks[i];
          const struct td_item *it = td_block_items (doc, b);
          for (size_t k = 0; k < b->nitems; k++)
            {
              if (it[k].kind != TD_ITEM_PLACEHOLDER)
                continue;
              struct td_guide_placeholder *g = NULL;
              for (size_t j = 0; j < *n && !g; j++)
                if (STREQ ((*out)[j].name, it[k].text))
                  g = &(*out)[j];
              if (!g)
                {
                  *out = xgrow (*out, &alloc, *n + 1, sizeof **out);
                  g = &(*out)[(*n)++];
                  memset (g, 0, sizeof *g);
                  g->name = xstrdup (it[k].text);
                }
              if (b->kind == TD_BLK_CODE)
                g->in_code = true;
              else
                g->in_prose = true;
              if (g->first_line[h] == 0)
                g->first_line[h] = it[k].line;
            }
        }
    }
  /* Descriptions: a list item "{NAME}: ..." wins over a sentence.  */
  for (int h = 0; h < 2; h++)
    {
      const struct td_half *half = halves[h];
      if (!half)
        continue;
      const struct td_doc *doc = half->doc;
      for (size_t j = 0; j < *n; j++)
        {
          struct td_guide_placeholder *g = &(*out)[j];
          bool from_list = false;
          for (size_t i = half->first; i < half->last && i < doc->nblocks
                                       && !from_list; i++)
            {
              const struct td_block *b = &doc->blocks[i];
              if (b->kind != TD_BLK_PARAGRAPH)
                continue;
              char *d = NULL;
              bool item = (b->parent >= 0
                           && doc->blocks[b->parent].kind == TD_BLK_ITEM);
              if (item)
                d = list_description (b->text, g->name);
              if (d)
                from_list = true;
              else if (!g->desc[h])
                d = sentence_description (b->text, g->name, h == 1);
              if (!d)
                continue;
              char *ex = take_example (d);
              if (ex && !g->example)
                g->example = ex;
              else
                free (ex);
              free (g->desc[h]);
              g->desc[h] = d;
              g->desc_line[h] = b->line;
            }
        }
    }
}

void
td_guide_placeholders_free (struct td_guide_placeholder *v, size_t n)
{
  for (size_t i = 0; i < n; i++)
    {
      free (v[i].name);
      free (v[i].desc[0]);
      free (v[i].desc[1]);
      free (v[i].example);
    }
  free (v);
}
