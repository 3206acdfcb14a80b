/* inline.c: scanners for anchors, placeholders, numbers, JSX tags, table
   delimiter rows and admonition markers.  */
#include <config.h>
#include "util/system.h"
#include "doc/inline.h"

static bool
is_alpha (unsigned char c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool
is_digit (unsigned char c)
{
  return c >= '0' && c <= '9';
}

static bool
is_space (unsigned char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
         || c == '\v';
}

static bool
is_ident (unsigned char c)
{
  return is_alpha (c) || is_digit (c) || c == '_';
}

/* An anchor id: letters, digits, '-', '_', '.', ':' and any non-ASCII
   byte (Korean slugs).  */
static bool
is_id_byte (unsigned char c)
{
  return is_ident (c) || c == '-' || c == '.' || c == ':' || c >= 0x80;
}

bool
td_anchor_find (const char *s, size_t n, size_t *id_off, size_t *id_len,
                size_t *syntax_off)
{
  while (n > 0 && is_space ((unsigned char) s[n - 1]))
    n--;
  if (n < 4 || s[n - 1] != '}')
    return false;

  /* The MDX comment form: brace, slash, star, " #id ", star, slash, brace. */
  if (n >= 8 && s[n - 2] == '/' && s[n - 3] == '*')
    {
      size_t e = n - 3;
      while (e > 0 && s[e - 1] == ' ')
        e--;
      size_t b = e;
      while (b > 0 && is_id_byte ((unsigned char) s[b - 1]))
        b--;
      /* The '#' is optional: react.dev writes "{/" "*overview*" "/}".  */
      if (b == e || b == 0)
        return false;
      size_t h = s[b - 1] == '#' ? b - 1 : b;
      while (h > 0 && s[h - 1] == ' ')
        h--;
      if (h < 3 || s[h - 1] != '*' || s[h - 2] != '/' || s[h - 3] != '{')
        return false;
      *id_off = b;
      *id_len = e - b;
      *syntax_off = h - 3;
      return true;
    }

  /* The same in a Markdown page, where CommonMark reads the stars as
     emphasis and leaves "{/id/}".  */
  if (n >= 5 && s[n - 2] == '/')
    {
      size_t e = n - 2;
      size_t b = e;
      while (b > 0 && is_id_byte ((unsigned char) s[b - 1]))
        b--;
      if (b == e || b < 2 || s[b - 1] != '/' || s[b - 2] != '{')
        return false;
      *id_off = b;
      *id_len = e - b;
      *syntax_off = b - 2;
      return true;
    }

  /* "{#id}" or "\{#id\}", or "{ #id }" (Python-Markdown's attribute
     lists, as MkDocs sites write them) */
  size_t e = n - 1;
  bool escaped = e > 0 && s[e - 1] == '\\';
  if (escaped)
    e--;
  while (!escaped && e > 0 && s[e - 1] == ' ')
    e--;
  size_t b = e;
  while (b > 0 && is_id_byte ((unsigned char) s[b - 1]))
    b--;
  if (b == e || b < 2 || s[b - 1] != '#')
    return false;
  size_t open = b - 1;
  while (!escaped && open > 0 && s[open - 1] == ' ')
    open--;
  if (open == 0 || s[open - 1] != '{')
    return false;
  size_t so = open - 1;
  if (so > 0 && s[so - 1] == '\\')
    so--;
  *id_off = b;
  *id_len = e - b;
  *syntax_off = so;
  return true;
}

bool
td_placeholder_next (const char *s, size_t n, size_t *pos, size_t *start,
                     size_t *name_off, size_t *name_len)
{
  for (size_t i = *pos; i + 2 < n; i++)
    {
      if (s[i] != '{')
        continue;
      if (i > 0 && (s[i - 1] == '$' || s[i - 1] == '{' || s[i - 1] == '='
                    || s[i - 1] == '\\'))
        continue;
      unsigned char c = (unsigned char) s[i + 1];
      if (!is_alpha (c) && c != '_')
        continue;
      size_t j = i + 1;
      while (j < n && is_ident ((unsigned char) s[j]))
        j++;
      if (j >= n || s[j] != '}')
        continue;
      if (j + 1 < n && s[j + 1] == '}')
        continue;
      *start = i;
      *name_off = i + 1;
      *name_len = j - (i + 1);
      *pos = j + 1;
      return true;
    }
  *pos = n;
  return false;
}

bool
td_number_next (const char *s, size_t n, size_t *pos, size_t *off,
                size_t *len)
{
  size_t i = *pos;
  while (i < n)
    {
      if (!is_digit ((unsigned char) s[i]))
        {
          i++;
          continue;
        }
      /* Start of a run: a number only when the word it belongs to has no
         Latin letter or '_' around it.  */
      size_t b = i;
      size_t e = i;
      while (e < n)
        {
          if (is_digit ((unsigned char) s[e]))
            e++;
          else if ((s[e] == ',' || s[e] == '.') && e + 1 < n
                   && is_digit ((unsigned char) s[e + 1]))
            e++;
          else
            break;
        }
      /* Letters before the digits make a word ("S3", "v2", "IPv4");
         letters after them are a unit ("10GB", "500ms", "2x").  */
      bool word = (b > 0 && (is_alpha ((unsigned char) s[b - 1])
                             || s[b - 1] == '_'))
                  || (e < n && s[e] == '_');
      if (word)
        {
          /* Skip the whole word.  */
          while (e < n && (is_ident ((unsigned char) s[e])))
            e++;
          i = e;
          continue;
        }
      *off = b;
      *len = e - b;
      *pos = e;
      return true;
    }
  *pos = n;
  return false;
}

void
td_number_normalize (const char *s, size_t len, char *out)
{
  size_t o = 0;
  for (size_t i = 0; i < len; i++)
    {
      /* A comma followed by exactly three digits separates thousands.  */
      if (s[i] == ',')
        {
          size_t d = 0;
          while (i + 1 + d < len && is_digit ((unsigned char) s[i + 1 + d]))
            d++;
          if (d == 3)
            continue;
        }
      out[o++] = s[i];
    }
  out[o] = '\0';
}

static bool
starts_with (const char *s, size_t n, const char *lit)
{
  size_t l = strlen (lit);
  return n >= l && memcmp (s, lit, l) == 0;
}

/* Skips a JS expression in braces starting at S[I] == '{'; returns the
   offset just past the matching '}' (or N).  Strings inside are
   honoured.  */
static size_t
skip_braces (const char *s, size_t n, size_t i)
{
  int depth = 0;
  while (i < n)
    {
      char c = s[i];
      if (c == '"' || c == '\'' || c == '`')
        {
          i++;
          while (i < n && s[i] != c)
            {
              if (s[i] == '\\')
                i++;
              i++;
            }
        }
      else if (c == '{')
        depth++;
      else if (c == '}')
        {
          depth--;
          if (depth == 0)
            return i + 1;
        }
      i++;
    }
  return n;
}

bool
td_tag_next (const char *s, size_t n, size_t *pos, struct td_tag *tag)
{
  size_t i = *pos;
  while (i < n)
    {
      if (s[i] != '<')
        {
          /* Skip MDX comment expressions (brace, slash, star ...) entirely. */
          if (s[i] == '{' && i + 2 < n && s[i + 1] == '/' && s[i + 2] == '*')
            {
              i = skip_braces (s, n, i);
              continue;
            }
          i++;
          continue;
        }
      if (starts_with (s + i, n - i, "<!--"))
        {
          const char *e = NULL;
          for (size_t k = i + 4; k + 2 < n; k++)
            if (s[k] == '-' && s[k + 1] == '-' && s[k + 2] == '>')
              {
                e = s + k + 3;
                break;
              }
          i = e ? (size_t) (e - s) : n;
          continue;
        }
      size_t j = i + 1;
      bool closing = false;
      if (j < n && s[j] == '/')
        {
          closing = true;
          j++;
        }
      if (j >= n || !is_alpha ((unsigned char) s[j]))
        {
          i++;
          continue;
        }
      size_t name_off = j;
      while (j < n && (is_ident ((unsigned char) s[j]) || s[j] == '-'
                       || s[j] == '.'))
        j++;
      size_t name_len = j - name_off;
      /* "<https://...>" is an autolink, "<a:b>" not JSX: a tag name ends
         at white space, '/' or '>'.  */
      if (j < n && !is_space ((unsigned char) s[j]) && s[j] != '/'
          && s[j] != '>')
        {
          i++;
          continue;
        }
      size_t attrs_off = j;
      /* Find the end of the tag, skipping quoted strings and braces.  */
      size_t k = j;
      bool done = false;
      while (k < n)
        {
          char c = s[k];
          if (c == '"' || c == '\'')
            {
              k++;
              while (k < n && s[k] != c)
                k++;
              k++;
            }
          else if (c == '{')
            k = skip_braces (s, n, k);
          else if (c == '>')
            {
              done = true;
              break;
            }
          else if (c == '<')
            break;
          else
            k++;
        }
      if (!done)
        {
          i++;
          continue;
        }
      size_t attrs_end = k;
      if (attrs_end > attrs_off && s[attrs_end - 1] == '/')
        attrs_end--;
      tag->start = i;
      tag->end = k + 1;
      tag->name_off = name_off;
      tag->name_len = name_len;
      tag->closing = closing;
      tag->component = (s[name_off] >= 'A' && s[name_off] <= 'Z')
                       || memchr (s + name_off, '.', name_len) != NULL;
      tag->attrs_off = attrs_off;
      tag->attrs_len = attrs_end > attrs_off ? attrs_end - attrs_off : 0;
      *pos = k + 1;
      return true;
    }
  *pos = n;
  return false;
}

bool
td_attr_next (const char *s, size_t n, size_t *pos, struct td_attr *attr)
{
  size_t i = *pos;
  for (;;)
    {
      while (i < n && (is_space ((unsigned char) s[i]) || s[i] == '/'))
        i++;
      if (i >= n)
        {
          *pos = n;
          return false;
        }
      if (s[i] == '{')
        {
          /* A spread {...props}: not an attribute we compare.  */
          i = skip_braces (s, n, i);
          continue;
        }
      break;
    }
  size_t name_off = i;
  while (i < n && !is_space ((unsigned char) s[i]) && s[i] != '='
         && s[i] != '/' && s[i] != '{' && s[i] != '"' && s[i] != '\'')
    i++;
  attr->name_off = name_off;
  attr->name_len = i - name_off;
  attr->value_off = attr->value_len = 0;
  attr->kind = TD_ATTR_BOOLEAN;
  size_t k = i;
  while (k < n && is_space ((unsigned char) s[k]))
    k++;
  if (k < n && s[k] == '=')
    {
      k++;
      while (k < n && is_space ((unsigned char) s[k]))
        k++;
      if (k < n && (s[k] == '"' || s[k] == '\''))
        {
          char q = s[k];
          size_t v = k + 1;
          size_t e = v;
          while (e < n && s[e] != q)
            e++;
          attr->kind = TD_ATTR_STRING;
          attr->value_off = v;
          attr->value_len = e - v;
          i = e < n ? e + 1 : n;
        }
      else if (k < n && s[k] == '{')
        {
          size_t e = skip_braces (s, n, k);
          attr->kind = TD_ATTR_EXPRESSION;
          attr->value_off = k + 1;
          attr->value_len = e > k + 1 ? e - k - 2 : 0;
          i = e;
        }
      else
        {
          size_t v = k;
          while (k < n && !is_space ((unsigned char) s[k]))
            k++;
          attr->kind = TD_ATTR_STRING;
          attr->value_off = v;
          attr->value_len = k - v;
          i = k;
        }
    }
  if (attr->name_len == 0)
    {
      /* Stray character: skip it and go on.  */
      *pos = i + 1;
      return td_attr_next (s, n, pos, attr);
    }
  *pos = i;
  return true;
}

bool
td_attr_is_text (const char *name, size_t len)
{
  static const char *const text_attrs[] = {
    "alt", "title", "label", "description", "placeholder", "aria-label",
    "caption", "summary", "heading", "text", "name"
  };
  for (size_t i = 0; i < ARRAY_SIZE (text_attrs); i++)
    if (strlen (text_attrs[i]) == len && memcmp (text_attrs[i], name, len) == 0)
      return true;
  /* Component props named for what they show: titleText, buttonLabel,
     ariaLabel, pageTitle, shortDescription...  */
  static const char *const text_suffixes[] = {
    "Text", "Title", "Label", "Description", "Caption", "Heading",
    "Summary", "Placeholder",
  };
  for (size_t i = 0; i < ARRAY_SIZE (text_suffixes); i++)
    {
      size_t n = strlen (text_suffixes[i]);
      if (len > n && memcmp (name + len - n, text_suffixes[i], n) == 0)
        return true;
    }
  return false;
}

bool
td_table_delimiter_row (const char *line, size_t len, int *columns)
{
  size_t i = 0;
  int cols = 0;
  bool pipe = false;
  while (i < len && (line[i] == ' ' || line[i] == '\t'))
    i++;
  if (i < len && line[i] == '|')
    {
      pipe = true;
      i++;
    }
  for (;;)
    {
      while (i < len && (line[i] == ' ' || line[i] == '\t'))
        i++;
      if (i >= len)
        break;
      if (line[i] == ':')
        i++;
      size_t dashes = 0;
      while (i < len && line[i] == '-')
        {
          i++;
          dashes++;
        }
      if (dashes == 0)
        return false;
      if (i < len && line[i] == ':')
        i++;
      while (i < len && (line[i] == ' ' || line[i] == '\t'))
        i++;
      cols++;
      if (i >= len)
        break;
      if (line[i] != '|')
        return false;
      pipe = true;
      i++;
    }
  if (cols == 0 || (!pipe && cols < 2))
    return false;
  *columns = cols;
  return true;
}

int
td_admonition_marker (const char *line, size_t len, size_t *type_off,
                      size_t *type_len)
{
  size_t i = 0;
  while (i < len && (line[i] == ' ' || line[i] == '\t'))
    i++;
  size_t colons = 0;
  while (i < len && line[i] == ':')
    {
      i++;
      colons++;
    }
  if (colons < 3)
    return 0;
  /* VitePress writes a space after the colons: "::: tip".  */
  while (i < len && line[i] == ' ')
    i++;
  size_t t = i;
  while (i < len && (is_alpha ((unsigned char) line[i]) || line[i] == '-'
                     || line[i] == '_'))
    i++;
  if (i == t)
    {
      while (i < len && is_space ((unsigned char) line[i]))
        i++;
      return i == len ? 2 : 0;
    }
  /* The type may be followed by a title: "[Title]", " Title" or "{...}". */
  if (i < len && line[i] != '[' && line[i] != ' ' && line[i] != '\t'
      && line[i] != '{')
    return 0;
  *type_off = t;
  *type_len = i - t;
  return 1;
}
