/* normalize.c: policy normalisations before comparing.  */
#include <config.h>
#include "util/system.h"
#include "rules/normalize.h"

#include "util/buf.h"
#include "rules/config_file.h"
#include "util/utf8.h"
#include "util/xalloc.h"

static const char *const docusaurus_ko =
  "@site/i18n/ko/docusaurus-plugin-content-docs/current/";
static const char *const docusaurus_en = "@site/docs/";

/* S with KO (at OFFSET) replaced by EN, or NULL when S has no KO there. */
static char *
replace_one (const char *s, size_t offset, const char *ko, const char *en)
{
  size_t kl = strlen (ko);
  if (kl > 0 && strncmp (s + offset, ko, kl) == 0)
    return xasprintf ("%.*s%s%s", (int) offset, s, en, s + offset + kl);
  return NULL;
}

/* Replaces in S, at OFFSET, the first Korean prefix of V (N entries) by its
   English one.  */
static char *
replace_prefix (const char *s, size_t offset, const struct td_prefix *v,
                size_t n)
{
  for (size_t i = 0; i < n; i++)
    {
      char *r = replace_one (s, offset, v[i].ko, v[i].en);
      if (r)
        return r;
    }
  return xstrdup (s);
}

/* An import statement in one spelling: single quotes, single spaces, no
   final semicolon.  */
static char *
canonical_import (char *s)
{
  size_t o = 0;
  bool space = false;
  for (size_t i = 0; s[i]; i++)
    {
      char c = s[i];
      if (c == ' ' || c == '\t')
        {
          space = o > 0;
          continue;
        }
      if (space)
        s[o++] = ' ';
      space = false;
      s[o++] = c == '"' ? '\'' : c;
    }
  while (o > 0 && (s[o - 1] == ';' || s[o - 1] == ' '))
    o--;
  s[o] = '\0';
  return s;
}

char *
td_normalize_import (const struct td_config *cfg, const char *text)
{
  char *r = td_normalize_import_prefix (cfg, text);
  return canonical_import (r);
}

char *
td_normalize_import_prefix (const struct td_config *cfg, const char *text)
{
  /* The path is the quoted string of the statement.  */
  const char *q = strpbrk (text, "'\"");
  if (q == NULL)
    return xstrdup (text);
  size_t at = (size_t) (q + 1 - text);
  if (cfg && cfg->nimport_prefixes > 0)
    return replace_prefix (text, at, cfg->import_prefixes,
                           cfg->nimport_prefixes);
  char *r = replace_one (text, at, docusaurus_ko, docusaurus_en);
  return r ? r : xstrdup (text);
}

/* The locale codes a site writes into its links for the two languages,
   compared without regard to case ("en-us" in MDN's source paths).  */
static const char *const link_locales[] = {
  "en", "en-US", "en-GB", "ko", "ko-KR",
};

/* True when the N bytes at S are one of link_locales.  */
static bool
locale_segment_at (const char *s, size_t n)
{
  for (size_t i = 0; i < sizeof link_locales / sizeof *link_locales; i++)
    if (strlen (link_locales[i]) == n
        && strncasecmp (s, link_locales[i], n) == 0)
      return true;
  return false;
}

/* The length of the locale segment at S ("ko/", "en-US/", "ko" at the end
   or before '#' or '?'), without its '/', or 0.  */
static size_t
locale_segment (const char *s)
{
  size_t n = strcspn (s, "/#?");
  return locale_segment_at (s, n) ? n : 0;
}

/* True when the N bytes at S are a query parameter that names the
   language: "hl=ko", "lang=en-US", "locale=ko".  */
static bool
locale_param (const char *s, size_t n)
{
  static const char *const names[] = { "hl=", "lang=", "locale=" };
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    {
      size_t k = strlen (names[i]);
      if (n > k && strncasecmp (s, names[i], k) == 0)
        return locale_segment_at (s + k, n - k);
    }
  return false;
}

char *
td_strip_link_locale (const char *dest)
{
  struct td_buf b = TD_BUF_INIT;
  const char *p = dest;
  const char *scheme = strstr (dest, "://");
  if (scheme && (size_t) (scheme - dest) < 10
      && strspn (dest, "abcdefghijklmnopqrstuvwxyz")
           == (size_t) (scheme - dest))
    {
      /* An absolute URL: a host "ko.example.org" is the Korean site of
         "example.org"; then the path.  */
      p = scheme + 3;
      /* http and https name the same resource today.  */
      if (strncmp (dest, "http://", 7) == 0)
        td_buf_puts (&b, "https://");
      else
        td_buf_put (&b, dest, (size_t) (p - dest));
      size_t host = strcspn (p, "/?#");
      size_t label = strcspn (p, ".");
      if (label < host && label > 0 && locale_segment_at (p, label))
        {
          p += label + 1;
          host -= label + 1;
        }
      td_buf_put (&b, p, host);
      p += host;
      /* "https://example.org/" is "https://example.org".  */
      if (p[0] == '/' && (p[1] == '\0' || p[1] == '?' || p[1] == '#'))
        p++;
    }
  if (*p == '/')
    {
      size_t n = locale_segment (p + 1);
      if (n > 0)
        p += 1 + n;
      if (*p == '\0' || *p == '#' || *p == '?')
        td_buf_putc (&b, '/');
    }
  /* The path, without a final '/' (the server's redirect makes "/x" and
     "/x/" the same page), then the query without a locale parameter
     ("?hl=ko"), then the fragment.  */
  size_t path = strcspn (p, "?#");
  size_t keep = path;
  if (keep > 1 && p[keep - 1] == '/')
    keep--;
  td_buf_put (&b, p, keep);
  p += path;
  if (*p == '?')
    {
      size_t qn = strcspn (p, "#");
      bool first = true;
      for (size_t i = 1; i < qn;)
        {
          size_t pn = strcspn (p + i, "&#");
          if (pn > qn - i)
            pn = qn - i;
          if (!locale_param (p + i, pn))
            {
              td_buf_putc (&b, first ? '?' : '&');
              td_buf_put (&b, p + i, pn);
              first = false;
            }
          i += pn + 1;
        }
      p += qn;
    }
  td_buf_puts (&b, p);
  return td_buf_detach (&b);
}

bool
td_link_is_korean_edition (const char *dest)
{
  const char *scheme = strstr (dest, "://");
  if (scheme == NULL)
    return false;
  const char *host = scheme + 3;
  size_t hn = strcspn (host, "/?#");
  size_t label = strcspn (host, ".");
  if (label < hn && strncasecmp (host, "ko", 2) == 0
      && locale_segment_at (host, label))
    return true;
  const char *path = host + hn;
  if (*path != '/')
    return false;
  size_t n = locale_segment (path + 1);
  return n > 0 && strncasecmp (path + 1, "ko", 2) == 0;
}

char *
td_normalize_link (const struct td_config *cfg, const char *text,
                   bool korean)
{
  char *r;
  if (korean && cfg && cfg->nlink_prefixes > 0)
    r = replace_prefix (text, 0, cfg->link_prefixes, cfg->nlink_prefixes);
  else
    r = xstrdup (text);
  if (cfg && !cfg->link_locales)
    return r;
  char *s = td_strip_link_locale (r);
  free (r);
  return s;
}

char *
td_normalize_attr (const struct td_config *cfg, const char *text,
                   bool locales)
{
  struct td_buf b = TD_BUF_INIT;
  /* Inside an expression ("={...}"), single and double quotes are the
     same JavaScript string.  */
  const char *expr = strstr (text, "={");
  size_t from = expr ? (size_t) (expr - text) : strlen (text);
  for (size_t i = 0; text[i];)
    {
      td_buf_putc (&b, i > from && text[i] == '\'' ? '"' : text[i]);
      /* A string that starts with a locale segment, "ko/recipes/x" or
         "/en/guides/", names the page of its language: without it.  */
      if ((text[i] == '"' || text[i] == '\'') && locales)
        {
          size_t slash = text[i + 1] == '/';
          size_t n = locale_segment (text + i + 1 + slash);
          if (n > 0 && text[i + 1 + slash + n] == '/')
            {
              td_buf_put (&b, text + i + 1, slash);
              i += slash + n + 1;
            }
        }
      if ((text[i] == '"' || text[i] == '\'') && cfg)
        for (size_t k = 0; k < cfg->nlink_prefixes; k++)
          {
            const char *ko = cfg->link_prefixes[k].ko;
            size_t kl = strlen (ko);
            if (kl > 0 && strncmp (text + i + 1, ko, kl) == 0)
              {
                td_buf_puts (&b, cfg->link_prefixes[k].en);
                i += kl;
                break;
              }
          }
      i++;
    }
  return td_buf_detach (&b);
}

char *
td_self_link (const char *dest, const char *page)
{
  const char *hash = strchr (dest, '#');
  if (hash == NULL || hash == dest)
    return NULL;
  /* The page's name: its file name without folder and extension.  */
  const char *base = strrchr (page, '/');
  base = base ? base + 1 : page;
  size_t bl = strcspn (base, ".");
  if (bl == 0)
    return NULL;
  /* The link's last path segment, without a final '/'.  */
  size_t pl = (size_t) (hash - dest);
  while (pl > 0 && dest[pl - 1] == '/')
    pl--;
  size_t s = pl;
  while (s > 0 && dest[s - 1] != '/')
    s--;
  if (pl - s == bl && strncmp (dest + s, base, bl) == 0)
    return xstrdup (hash);
  return NULL;
}

char *
td_link_without_fragment (const char *dest)
{
  const char *h = strchr (dest, '#');
  return h ? xstrndup (dest, (size_t) (h - dest)) : xstrdup (dest);
}

static int
hexval (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

char *
td_percent_decode (const char *s)
{
  size_t n = strlen (s);
  char *out = xmalloc (n + 1);
  size_t o = 0;
  for (size_t i = 0; i < n; i++)
    {
      int h, l;
      if (s[i] == '%' && i + 2 < n + 0 + 1 && (h = hexval (s[i + 1])) >= 0
          && (l = hexval (s[i + 2])) >= 0)
        {
          out[o++] = (char) (h * 16 + l);
          i += 2;
        }
      else
        out[o++] = s[i];
    }
  out[o] = '\0';
  return out;
}

/* Punctuation that GitHub's slugger removes, outside ASCII.  */
static bool
slug_drops (uint32_t cp)
{
  return (cp >= 0x2000 && cp <= 0x206F)   /* general punctuation */
         || (cp >= 0x3000 && cp <= 0x303F) /* CJK symbols and punctuation */
         || (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20)
         || cp == 0x00A0 || cp == 0x00AB || cp == 0x00BB || cp == 0x00B7
         || cp == 0xFEFF;
}

char *
td_slug (const char *text)
{
  struct td_buf b = TD_BUF_INIT;
  size_t n = strlen (text);
  for (size_t i = 0; i < n;)
    {
      unsigned char c = (unsigned char) text[i];
      if (c < 0x80)
        {
          if (c >= 'A' && c <= 'Z')
            td_buf_putc (&b, c - 'A' + 'a');
          else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                   || c == '-' || c == '_')
            td_buf_putc (&b, c);
          else if (c == ' ')
            td_buf_putc (&b, '-');
          i++;
          continue;
        }
      uint32_t cp;
      int l = td_utf8_decode ((const unsigned char *) text + i, n - i, &cp);
      if (l < 0)
        {
          i++;
          continue;
        }
      if (!slug_drops (cp))
        td_buf_put (&b, text + i, (size_t) l);
      i += (size_t) l;
    }
  return td_buf_detach (&b);
}

/* Comment syntaxes of a language.  */
struct syntax
{
  bool slash;  /* // and slash-star comments */
  bool hash;   /* # comments */
  bool html;   /* <!-- --> comments */
  bool dash;   /* -- comments (SQL) */
  bool markup; /* text between tags is translatable (HTML, JSX) */
};

static struct syntax
syntax_of (const char *lang)
{
  struct syntax s = { true, true, true, false, false };
  static const char *const slash_langs[]
    = { "js", "javascript", "jsx", "ts", "typescript", "tsx", "mjs", "cjs",
        "json", "jsonc", "json5", "c", "cpp", "java", "go", "rust", "css",
        "scss", "astro", "vue", "svelte", "kotlin", "swift", "php" };
  static const char *const hash_langs[]
    = { "sh", "bash", "shell", "zsh", "console", "yaml", "yml", "toml",
        "ini", "python", "py", "ruby", "dockerfile", "conf", "properties",
        "env", "dotenv", "makefile" };
  static const char *const html_langs[] = { "html", "xml", "md", "markdown",
                                            "mdx", "svg" };
  size_t n = 0;
  while (lang[n] && lang[n] != ' ' && lang[n] != '{' && lang[n] != '\t')
    n++;
  for (size_t i = 0; i < ARRAY_SIZE (slash_langs); i++)
    if (strlen (slash_langs[i]) == n && strncmp (lang, slash_langs[i], n) == 0)
      {
        s.hash = false;
        s.html = strncmp (lang, "astro", 5) == 0 || strncmp (lang, "vue", 3) == 0
                 || strncmp (lang, "svelte", 6) == 0 || lang[0] == 'j'
                 || lang[0] == 't';
        s.markup = s.html && strncmp (lang, "json", 4) != 0;
        return s;
      }
  for (size_t i = 0; i < ARRAY_SIZE (hash_langs); i++)
    if (strlen (hash_langs[i]) == n && strncmp (lang, hash_langs[i], n) == 0)
      {
        s.slash = s.html = false;
        return s;
      }
  for (size_t i = 0; i < ARRAY_SIZE (html_langs); i++)
    if (strlen (html_langs[i]) == n && strncmp (lang, html_langs[i], n) == 0)
      {
        s.slash = s.hash = false;
        s.markup = true;
        return s;
      }
  if (n == 3 && strncmp (lang, "sql", 3) == 0)
    {
      s.slash = true;
      s.hash = s.html = false;
      s.dash = true;
    }
  return s;
}

/* Appends the line breaks of the N bytes at S, so that removing text
   keeps the line count.  */
static void
keep_newlines (struct td_buf *b, const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (s[i] == '\n')
      td_buf_putc (b, '\n');
}

/* Element text in markup code: on each line, a run outside tags "<...>"
   and expressions "{...}" that holds a letter and no code punctuation is
   text a translator may translate; remove it.  */
static char *
strip_markup_text (char *code)
{
  struct td_buf b = TD_BUF_INIT;
  size_t n = strlen (code);
  size_t i = 0;
  while (i < n)
    {
      char c = code[i];
      if (c == '<' || c == '{')
        {
          char close = c == '<' ? '>' : '}';
          int depth = 0;
          size_t k = i;
          for (; k < n && code[k] != '\n'; k++)
            {
              if (code[k] == c)
                depth++;
              else if (code[k] == close && --depth == 0)
                break;
            }
          size_t end = k < n && code[k] == close ? k + 1 : k;
          td_buf_put (&b, code + i, end - i);
          i = end;
          continue;
        }
      if (c == '\n')
        {
          td_buf_putc (&b, c);
          i++;
          continue;
        }
      /* A run up to the next tag, expression or line end; only on lines
         that hold a tag (elsewhere the text is code).  */
      size_t ls = i, le = i;
      while (ls > 0 && code[ls - 1] != '\n')
        ls--;
      while (le < n && code[le] != '\n')
        le++;
      bool tagged = false;
      for (size_t t = ls; t + 1 < le && !tagged; t++)
        tagged = code[t] == '<' && (((code[t + 1] | 0x20) >= 'a'
                                     && (code[t + 1] | 0x20) <= 'z')
                                    || code[t + 1] == '/');
      size_t k = i;
      bool letter = false, punct = false;
      while (k < n && code[k] != '<' && code[k] != '{' && code[k] != '\n')
        {
          unsigned char u = (unsigned char) code[k];
          if ((u | 0x20) >= 'a' && (u | 0x20) <= 'z')
            letter = true;
          else if (u >= 0x80)
            letter = true;
          else if (strchr (";=()[]}>", u))
            punct = true;
          k++;
        }
      if (!(tagged && letter && !punct))
        td_buf_put (&b, code + i, k - i);
      i = k;
    }
  free (code);
  return td_buf_detach (&b);
}

char *
td_code_strip (const char *code, const char *lang)
{
  char *r = td_code_strip_comments (code, lang);
  if (syntax_of (lang ? lang : "").markup)
    r = strip_markup_text (r);
  return r;
}

char *
td_code_strip_comments (const char *code, const char *lang)
{
  struct syntax sx = syntax_of (lang ? lang : "");
  struct td_buf b = TD_BUF_INIT;
  size_t n = strlen (code);
  for (size_t i = 0; i < n;)
    {
      char c = code[i];
      if (sx.slash && c == '/' && i + 1 < n && code[i + 1] == '/'
          && (i == 0 || code[i - 1] != ':'))
        {
          while (i < n && code[i] != '\n')
            i++;
          continue;
        }
      if (sx.slash && c == '/' && i + 1 < n && code[i + 1] == '*')
        {
          const char *e = strstr (code + i + 2, "*/");
          size_t end = e ? (size_t) (e - code) + 2 : n;
          keep_newlines (&b, code + i, end - i);
          i = end;
          continue;
        }
      if (sx.html && c == '<' && strncmp (code + i, "<!--", 4) == 0)
        {
          const char *e = strstr (code + i + 4, "-->");
          size_t end = e ? (size_t) (e - code) + 3 : n;
          keep_newlines (&b, code + i, end - i);
          i = end;
          continue;
        }
      if (sx.hash && c == '#' && (i == 0 || code[i - 1] == ' '
                                  || code[i - 1] == '\t'
                                  || code[i - 1] == '\n'))
        {
          while (i < n && code[i] != '\n')
            i++;
          continue;
        }
      if (sx.dash && c == '-' && i + 1 < n && code[i + 1] == '-')
        {
          while (i < n && code[i] != '\n')
            i++;
          continue;
        }
      if (c == '"' || c == '\'' || c == '`')
        {
          /* Keep the quotes, drop what is inside (one line at most for
             ' and ", so that an apostrophe in prose-like code does not
             swallow the rest).  */
          size_t k = i + 1;
          while (k < n && code[k] != c && (c == '`' || code[k] != '\n'))
            {
              if (code[k] == '\\' && k + 1 < n)
                k++;
              k++;
            }
          if (k < n && code[k] == c)
            {
              td_buf_putc (&b, c);
              keep_newlines (&b, code + i + 1, k - i - 1);
              td_buf_putc (&b, c);
              i = k + 1;
              continue;
            }
        }
      if (sx.markup && c == '>')
        {
          /* Text up to the next tag on the same line is element content,
             unless it holds code ('{' expressions, ';').  */
          size_t k = i + 1;
          while (k < n && code[k] != '<' && code[k] != '\n' && code[k] != '{'
                 && code[k] != ';' && code[k] != '}')
            k++;
          if (k < n && code[k] == '<')
            {
              td_buf_putc (&b, '>');
              i = k;
              continue;
            }
        }
      td_buf_putc (&b, c);
      i++;
    }
  return td_buf_detach (&b);
}

char *
td_code_squeeze (const char *code)
{
  struct td_buf b = TD_BUF_INIT;
  for (const char *p = code; *p; p++)
    if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
      td_buf_putc (&b, *p);
  return td_buf_detach (&b);
}
