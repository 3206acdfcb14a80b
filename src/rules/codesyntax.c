/* codesyntax.c: the comment and string syntax of code languages, and the
   lexer of translatable spans (see codesyntax.h).  */
#include <config.h>
#include "util/system.h"
#include "rules/codesyntax.h"

#include "util/buf.h"
#include "util/xalloc.h"

/* Where '#' starts a comment.  */
enum hash_rule
{
  HASH_NONE,
  HASH_ANY,  /* anywhere outside strings (Python, Ruby, TOML) */
  HASH_WORD  /* at the start of a word only (shell, YAML): not in $# */
};

/* Where text a translator may translate stands between tags.  */
enum markup_rule
{
  MARKUP_NONE,
  MARKUP_JSX, /* JSX in code (also in the code of MARKUP_HTML): a run
                 after a tag on the same line, without code punctuation */
  MARKUP_HTML /* a document: all that is outside tags, script and style
                 elements and {expressions} */
};

/* The syntax of a family of fence languages.  */
struct syntax
{
  const char *langs;     /* fence languages, lower case, space-separated */
  const char *line;      /* opener of comments that run to the end of the
                            line ("//", "--"), or NULL */
  bool block;            /* slash-star comments */
  bool html;             /* <!-- --> comments */
  enum hash_rule hash;
  const char *quotes;    /* string delimiters */
  bool triple;           /* Python's triple-quoted strings */
  enum markup_rule markup;
  bool braces;           /* {expressions} in markup (Astro, Svelte, Vue,
                            MDX) */
  const char *front;     /* a language of the front matter between "---"
                            lines (Astro), or NULL */
};

static const struct syntax syntaxes[] = {
  { "js javascript jsx mjs cjs ts typescript tsx mts cts", "//", true,
    false, HASH_NONE, "\"'`", false, MARKUP_JSX, true, NULL },
  { "c h cpp c++ cc hpp java kotlin kt go rust rs swift php scss less",
    "//", true, false, HASH_NONE, "\"'", false, MARKUP_NONE, false, NULL },
  { "css", NULL, true, false, HASH_NONE, "\"'", false, MARKUP_NONE, false,
    NULL },
  { "json jsonc json5", "//", true, false, HASH_NONE, "\"", false,
    MARKUP_NONE, false, NULL },
  { "python py", NULL, false, false, HASH_ANY, "\"'", true, MARKUP_NONE,
    false, NULL },
  { "ruby rb toml", NULL, false, false, HASH_ANY, "\"'", false,
    MARKUP_NONE, false, NULL },
  { "sh bash shell zsh console dockerfile yaml yml ini conf env dotenv "
    "makefile", NULL, false, false, HASH_WORD, "\"'", false, MARKUP_NONE,
    false, NULL },
  { "sql", "--", true, false, HASH_NONE, "'\"", false, MARKUP_NONE, false,
    NULL },
  { "lua", "--", false, false, HASH_NONE, "\"'", false, MARKUP_NONE, false,
    NULL },
  { "html htm xml svg", NULL, false, true, HASH_NONE, "\"'", false,
    MARKUP_HTML, false, NULL },
  { "vue svelte", "//", true, true, HASH_NONE, "\"'`", false, MARKUP_HTML,
    true, NULL },
  { "astro", "//", true, true, HASH_NONE, "\"'`", false, MARKUP_HTML, true,
    "js" },
  { "md markdown", NULL, false, true, HASH_NONE, "", false, MARKUP_NONE,
    false, NULL },
  { "mdx", NULL, true, true, HASH_NONE, "", false, MARKUP_NONE, false,
    NULL },
};

/* The row of fence language LANG, or NULL.  */
static const struct syntax *
syntax_of (const char *lang)
{
  size_t n = 0;
  while (lang[n] && lang[n] != ' ' && lang[n] != '\t' && lang[n] != '{')
    n++;
  if (n == 0)
    return NULL;
  for (size_t r = 0; r < ARRAY_SIZE (syntaxes); r++)
    for (const char *w = syntaxes[r].langs; *w;)
      {
        size_t len = strcspn (w, " ");
        if (len == n)
          {
            size_t i = 0;
            while (i < n && (lang[i] | 0x20) == w[i])
              i++;
            if (i == n)
              return &syntaxes[r];
          }
        w += len;
        while (*w == ' ')
          w++;
      }
  return NULL;
}

bool
td_code_lang_known (const char *lang)
{
  return syntax_of (lang) != NULL;
}

/* The spans found so far.  */
struct lexer
{
  const char *s;
  size_t n;                  /* length of s */
  struct td_code_span *v;    /* owned until handed to the caller */
  size_t nv, alloc;
};

static void
add (struct lexer *x, size_t start, size_t end, enum td_code_part part)
{
  x->v = xgrow (x->v, &x->alloc, x->nv + 1, sizeof *x->v);
  x->v[x->nv].start = start;
  x->v[x->nv].end = end;
  x->v[x->nv].part = part;
  x->nv++;
}

static bool
is_letter (unsigned char c)
{
  return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
}

/* The end of the line that holds I.  */
static size_t
line_end (const struct lexer *x, size_t i)
{
  while (i < x->n && x->s[i] != '\n')
    i++;
  return i;
}

/* If a comment of SX starts at I, records it and returns its end; else
   returns I.  */
static size_t
comment_at (struct lexer *x, const struct syntax *sx, size_t i)
{
  const char *s = x->s;
  size_t end = i;
  if (sx->line && strncmp (s + i, sx->line, strlen (sx->line)) == 0
      /* "//" after ':' is a URL ("https://..."), not a comment.  */
      && !(sx->line[0] == '/' && i > 0 && s[i - 1] == ':'))
    end = line_end (x, i);
  else if (sx->block && s[i] == '/' && s[i + 1] == '*')
    {
      const char *e = strstr (s + i + 2, "*/");
      end = e ? (size_t) (e - s) + 2 : x->n;
    }
  else if (sx->html && strncmp (s + i, "<!--", 4) == 0)
    {
      const char *e = strstr (s + i + 4, "-->");
      end = e ? (size_t) (e - s) + 3 : x->n;
    }
  else if (s[i] == '#'
           && (sx->hash == HASH_ANY
               || (sx->hash == HASH_WORD
                   && (i == 0 || strchr (" \t\n;&|()", s[i - 1])))))
    end = line_end (x, i);
  if (end > i)
    add (x, i, end, TD_CODE_COMMENT);
  return end;
}

/* If a string literal of SX starts at I, records its contents and
   returns its end; else returns I.  A string in single or double quotes
   ends on its line: an unclosed quote (an apostrophe) is code.  */
static size_t
string_at (struct lexer *x, const struct syntax *sx, size_t i)
{
  const char *s = x->s;
  char q = s[i];
  if (q == '\0' || !strchr (sx->quotes, q))
    return i;
  if (sx->triple && s[i + 1] == q && s[i + 2] == q)
    {
      char close[4] = { q, q, q, '\0' };
      const char *e = strstr (s + i + 3, close);
      if (e == NULL)
        return i;
      add (x, i + 3, (size_t) (e - s), TD_CODE_STRING);
      return (size_t) (e - s) + 3;
    }
  size_t k = i + 1;
  while (k < x->n && s[k] != q && (q == '`' || s[k] != '\n'))
    k += s[k] == '\\' && k + 1 < x->n ? 2 : 1;
  if (k >= x->n || s[k] != q)
    return i;
  add (x, i + 1, k, TD_CODE_STRING);
  return k + 1;
}

/* The end of the tag that starts at I ('<' and a letter, '/' or '>'), on
   the same line unless MULTILINE, recording its strings; I when there is
   none.  *NAME and *NAME_LEN get the element name.  In a markup document
   a tag may be broken over lines anywhere between its parts
   ('<a\n  href="x"\n  >', '</a\n>'), as formatters such as Prettier
   write them; in code, a '<' on a line without '>' is no tag.  */
static size_t
tag_at (struct lexer *x, const struct syntax *sx, size_t i,
        const char **name, size_t *name_len, bool multiline)
{
  const char *s = x->s;
  if (s[i] != '<' || !(is_letter ((unsigned char) s[i + 1])
                       || s[i + 1] == '/' || s[i + 1] == '>'))
    return i;
  size_t le = line_end (x, i);
  /* Up to a blank line, which no tag spans.  */
  while (multiline && le < x->n && memchr (s + i, '>', le - i) == NULL
         && !(le + 1 < x->n && s[le + 1] == '\n'))
    le = line_end (x, le + 1);
  if (memchr (s + i, '>', le - i) == NULL)
    return i;
  size_t k = i + 1;
  *name = s + k;
  while (k < le && s[k] != ' ' && s[k] != '>' && s[k] != '\t'
         && s[k] != '\n')
    k++;
  *name_len = (size_t) (s + k - *name);
  size_t first = x->nv;
  int depth = 0;
  while (k < le)
    {
      if (s[k] == '{')
        depth++;
      else if (s[k] == '}' && depth > 0)
        depth--;
      else if (s[k] == '>' && depth == 0)
        return k + 1;
      /* Comments in {expressions}; strings anywhere.  */
      size_t e = depth > 0 ? comment_at (x, sx, k) : k;
      if (e == k)
        e = string_at (x, sx, k);
      k = e > k ? e : k + 1;
    }
  x->nv = first; /* no '>' outside strings: not a tag */
  return i;
}

/* Lexes code from FROM up to TO.  When FROM is a '{' and EXPR is set,
   stops after the brace that closes it.  Returns where it stopped.  */
static size_t
lex_code (struct lexer *x, const struct syntax *sx, size_t from, size_t to,
          bool expr)
{
  const char *s = x->s;
  int depth = 0;
  for (size_t i = from; i < to;)
    {
      size_t e = comment_at (x, sx, i);
      if (e == i)
        e = string_at (x, sx, i);
      if (e > i)
        {
          i = e;
          continue;
        }
      if (expr && s[i] == '{')
        depth++;
      else if (expr && s[i] == '}' && --depth == 0)
        return i + 1;
      const char *name;
      size_t name_len;
      if (sx->markup != MARKUP_NONE && (e = tag_at (x, sx, i, &name,
                                                   &name_len, false)) > i)
        {
          /* JSX text: the rest of the line up to a tag or an expression,
             with a letter and without code punctuation.  */
          size_t k = e;
          bool letter = false, punct = false;
          while (k < to && s[k] != '<' && s[k] != '{' && s[k] != '\n')
            {
              letter |= is_letter ((unsigned char) s[k]);
              punct |= strchr (";=()[]}>", s[k]) != NULL;
              k++;
            }
          if (letter && !punct && k < to && s[k] != '\n')
            add (x, e, k, TD_CODE_TEXT);
          i = k > e && letter && !punct ? k : e;
          continue;
        }
      i++;
    }
  return to;
}

/* Lexes [FROM, TO) as a markup document (MARKUP_HTML): text between
   tags, comments, the strings of tags, and code in script and style
   elements and in {expressions}.  */
static void
lex_markup (struct lexer *x, const struct syntax *sx, size_t from,
            size_t to)
{
  const char *s = x->s;
  size_t i = from, text = from;
  while (i < to)
    {
      const char *name = NULL;
      size_t name_len = 0, e = i;
      bool comment = sx->html && strncmp (s + i, "<!--", 4) == 0;
      bool expr = sx->braces && s[i] == '{';
      if (!comment && !expr)
        e = tag_at (x, sx, i, &name, &name_len, true);
      if (!comment && !expr && e == i)
        {
          i++;
          continue;
        }
      if (i > text)
        add (x, text, i, TD_CODE_TEXT);
      if (comment)
        e = comment_at (x, sx, i);
      else if (expr)
        e = lex_code (x, sx, i, to, true);
      else if (name_len > 0 && s[i + 1] != '/' && s[e - 2] != '/'
               && ((name_len == 6 && strncasecmp (name, "script", 6) == 0)
                   || (name_len == 5 && strncasecmp (name, "style", 5) == 0)))
        {
          /* A script or style element holds code up to its end tag.  */
          size_t k = e;
          while (k < to && !(s[k] == '<' && s[k + 1] == '/'
                             && strncasecmp (s + k + 2, name, name_len) == 0))
            k++;
          lex_code (x, sx, e, k, false);
          e = k;
        }
      i = text = e > i ? e : i + 1;
    }
  if (to > text)
    add (x, text, to, TD_CODE_TEXT);
}

static int
by_start (const void *a, const void *b)
{
  const struct td_code_span *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

size_t
td_code_spans (const char *code, const char *lang,
               struct td_code_span **spans)
{
  *spans = NULL;
  const struct syntax *sx = syntax_of (lang ? lang : "");
  if (sx == NULL)
    return 0;
  struct lexer x = { code, strlen (code), NULL, 0, 0 };
  size_t from = 0;
  /* A front matter between "---" lines is code of another language.  */
  if (sx->front && strncmp (code, "---\n", 4) == 0)
    {
      const char *e = strstr (code + 3, "\n---");
      if (e && (e[4] == '\n' || e[4] == '\0'))
        {
          from = (size_t) (e - code) + 4;
          lex_code (&x, syntax_of (sx->front), 4, from - 3, false);
        }
    }
  if (sx->markup == MARKUP_HTML)
    lex_markup (&x, sx, from, x.n);
  else
    lex_code (&x, sx, from, x.n, false);
  if (x.nv > 1)
    qsort (x.v, x.nv, sizeof *x.v, by_start);
  *spans = x.v;
  return x.nv;
}

char *
td_code_without (const char *code, const struct td_code_span *spans,
                 size_t n, unsigned mask)
{
  struct td_buf b = TD_BUF_INIT;
  size_t len = strlen (code), at = 0;
  for (size_t k = 0; k < n; k++)
    {
      if (!(mask & (1u << spans[k].part)) || spans[k].start < at)
        continue;
      td_buf_put (&b, code + at, spans[k].start - at);
      for (size_t i = spans[k].start; i < spans[k].end; i++)
        if (code[i] == '\n')
          td_buf_putc (&b, '\n');
      at = spans[k].end;
    }
  td_buf_put (&b, code + at, len - at);
  return td_buf_detach (&b);
}
