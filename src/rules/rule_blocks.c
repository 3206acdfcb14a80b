/* rule_blocks.c: rules on code blocks: code-block and code-lang.  */
#include <config.h>
#include "util/system.h"

#include <ctype.h>

#include "util/buf.h"
#include "page/page.h"
#include "policy/policy.h"
#include "rules/codesyntax.h"
#include "rules/config_file.h"
#include "rules/normalize.h"
#include "rules/ctx.h"
#include "doc/source.h"
#include "util/utf8.h"
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

/* True when LANG (a fence language) is one where indentation is
   syntax.  */
static bool
indentation_matters (const char *lang)
{
  static const char *const langs[] = {
    "python", "py", "yaml", "yml", "makefile", "make", "haskell", "hs",
    "nim", "coffee", "coffeescript", "pug", "sass", "fsharp", "f#",
  };
  size_t n = strcspn (lang, " \t{");
  for (size_t i = 0; i < ARRAY_SIZE (langs); i++)
    if (strlen (langs[i]) == n && strncasecmp (lang, langs[i], n) == 0)
      return true;
  return false;
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
   parse on both sides and whose deleted lines, which the JSON leaves
   out, are the same.  */
static bool
json_pair (struct td_ctx *ctx, const struct td_pair *p)
{
  bool parsed[2] = { false, false };
  const char *deleted[2] = { NULL, NULL };
  for (int side = 0; side < 2; side++)
    {
      size_t n;
      const struct td_policy *v = td_page_policies (ctx->page, side, &n);
      long block = side ? p->ko : p->en;
      for (size_t i = 0; i < n; i++)
        if (v[i].block == block)
          {
            parsed[side] = v[i].json != NULL;
            deleted[side] = v[i].deleted;
          }
    }
  return parsed[0] && parsed[1]
         && STREQ (deleted[0] ? deleted[0] : "", deleted[1] ? deleted[1] : "");
}

/* The lines of a code block as compared: the lines of a normal form of
   its text (comments removed, say) that are not blank where the text as
   written is not, so that a comment translated on more or fewer lines
   counts for nothing.  */
struct view
{
  char **norm;   /* owned: code_lines of the normal form */
  char **text;   /* owned: code_lines of the text as written */
  size_t ntext;
  const char **lines; /* owned array; the strings are in NORM */
  size_t *orig;  /* owned: the line in the block of each of LINES */
  size_t n;
};

/* Fills V from block text TEXT and its normal form NORM (line I of NORM
   is line I of TEXT).  */
static void
view_init (struct view *v, const char *text, const char *norm)
{
  size_t nn = code_lines (norm, &v->norm);
  v->ntext = code_lines (text, &v->text);
  v->lines = xmalloc ((nn + 1) * sizeof *v->lines);
  v->orig = xmalloc ((nn + 1) * sizeof *v->orig);
  v->n = 0;
  for (size_t i = 0; i < nn; i++)
    if (v->norm[i][0] != '\0' || i >= v->ntext || v->text[i][0] == '\0')
      {
        v->lines[v->n] = v->norm[i];
        v->orig[v->n++] = i;
      }
}

static void
view_free (struct view *v)
{
  free (v->norm);
  free (v->text);
  free (v->lines);
  free (v->orig);
}

/* The index of the first line where A and B differ; A->n and B->n (the
   smaller) when one is a prefix of the other; SIZE_MAX when they are
   equal.  */
static size_t
view_diff (const struct view *a, const struct view *b)
{
  size_t i = 0;
  while (i < a->n && i < b->n && STREQ (a->lines[i], b->lines[i]))
    i++;
  return i == a->n && i == b->n ? SIZE_MAX : i;
}

/* True when the N bytes at S hold a Hangul letter.  */
static bool
has_hangul (const char *s, size_t n)
{
  for (size_t i = 0; i < n;)
    {
      uint32_t cp;
      int l = td_utf8_decode ((const unsigned char *) s + i, n - i, &cp);
      if (l <= 0)
        {
          i++;
          continue;
        }
      if (td_uc_is_hangul (cp))
        return true;
      i += (size_t) l;
    }
  return false;
}

/* True when the N bytes at S hold an ASCII letter or a Hangul one.  */
static bool
has_letter (const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (isalpha ((unsigned char) s[i]))
      return true;
  return has_hangul (s, n);
}

/* True when LANG, a language as code_lang gives it, is markup whose tags
   may be broken over lines anywhere (HTML, XML, SVG).  */
static bool
markup_lang (const char *lang)
{
  static const char *const names[] = { "html", "htm", "xml", "svg" };
  size_t n = strcspn (lang, " \t{");
  for (size_t i = 0; i < ARRAY_SIZE (names); i++)
    if (strlen (names[i]) == n && strncasecmp (lang, names[i], n) == 0)
      return true;
  return false;
}

/* True when the N bytes at A and the M bytes at B differ only in white
   space.  */
static bool
same_span (const char *a, size_t n, const char *b, size_t m)
{
  char *x = xstrndup (a, n), *y = xstrndup (b, m);
  bool same = same_but_space (x, y);
  free (x);
  free (y);
  return same;
}

/* True when the strings A (N bytes) and B (M bytes) are the same link but
   for the locale a site writes into it ("/en-US/docs/x", "/ko/docs/x").  */
static bool
same_but_locale (const char *a, size_t n, const char *b, size_t m)
{
  char *x = xstrndup (a, n), *y = xstrndup (b, m);
  char *sx = td_strip_link_locale (x), *sy = td_strip_link_locale (y);
  bool same = STREQ (sx, sy);
  free (sx);
  free (sy);
  free (x);
  free (y);
  return same;
}

/* Markup languages whose element text is data that programs read, not
   text that a reader sees: a translated element there changes the
   data.  */
static const char *const data_markup_langs[] = { "xml" };

/* Attributes of markup whose value a reader sees or hears, as the text of
   an element: a translation may change it.  */
static const char *const label_attributes[] = {
  "alt", "title", "placeholder", "aria-label", "aria-description",
  "aria-placeholder", "label",
};

/* True when the first word of LANG (a fence language) is one of the N
   names of NAMES, in any case.  */
static bool
lang_in (const char *lang, const char *const *names, size_t n)
{
  size_t len = strcspn (lang, " \t{");
  for (size_t i = 0; i < n; i++)
    if (strlen (names[i]) == len && strncasecmp (lang, names[i], len) == 0)
      return true;
  return false;
}

/* True when the string span S of CODE is the value of a label attribute
   written as markup writes it: NAME="value", NAME after white space.  */
static bool
label_value (const char *code, const struct td_code_span *s)
{
  if (s->part != TD_CODE_STRING || s->start < 3)
    return false;
  size_t q = s->start - 1; /* the opening quote */
  if (code[q - 1] != '=')
    return false;
  size_t e = q - 1, b = e;
  while (b > 0 && (isalnum ((unsigned char) code[b - 1])
                   || code[b - 1] == '-'))
    b--;
  if (b == e || b == 0 || !isspace ((unsigned char) code[b - 1]))
    return false;
  for (size_t i = 0; i < ARRAY_SIZE (label_attributes); i++)
    if (strlen (label_attributes[i]) == e - b
        && strncasecmp (code + b, label_attributes[i], e - b) == 0)
      return true;
  return false;
}

/* Whether a translated span S of CODE, written in LANG, is text that a
   reader of the rendered example sees (the text of an HTML or JSX
   element, the value of alt or title) rather than data of the code (a
   string literal, the text of an XML element).  */
static bool
display_text (const char *code, const char *lang,
              const struct td_code_span *s)
{
  if (s->part == TD_CODE_TEXT)
    return !lang_in (lang, data_markup_langs, ARRAY_SIZE (data_markup_langs));
  return label_value (code, s);
}

/* Whether Korean code KO differs from English code EN only in the text
   of strings and markup elements that the Korean translates (its
   differing spans hold Hangul), comments aside, and, when LOCALES, in
   the locale of links in strings (href="/ko/docs/x" for
   "/en-US/docs/x"), as the link rule compares them.  Then *AT is the
   first Korean span that differs by its Hangul and is no display text
   (display_text) and *EN_AT its English counterpart; *SILENT is true
   when no span is such: the blocks differ only in display text and in
   locales, which are no change of the code.  */
static bool
only_translated_text (const char *en, const char *en_lang, const char *ko,
                      const char *ko_lang, bool locales,
                      struct td_code_span *at, struct td_code_span *en_at,
                      bool *silent)
{
  struct td_code_span *es, *os;
  size_t ne = td_code_spans (en, en_lang, &es);
  size_t no = td_code_spans (ko, ko_lang, &os);
  unsigned all = 1u << TD_CODE_COMMENT | 1u << TD_CODE_STRING
                 | 1u << TD_CODE_TEXT;
  char *ec = td_code_without (en, es, ne, all);
  char *oc = td_code_without (ko, os, no, all);
  struct view ev, ov;
  view_init (&ev, en, ec);
  view_init (&ov, ko, oc);
  bool ok = view_diff (&ev, &ov) == SIZE_MAX;
  view_free (&ev);
  view_free (&ov);
  /* In markup, white space between the parts of a tag is no syntax: a
     translator who wrote "</a>" where the English breaks it as "</a" and
     ">" on the next line, to put the text after it on the same line,
     changed no element.  */
  if (!ok && markup_lang (en_lang) && markup_lang (ko_lang))
    {
      char *sx = td_code_squeeze (ec), *sy = td_code_squeeze (oc);
      ok = STREQ (sx, sy);
      free (sx);
      free (sy);
    }
  free (ec);
  free (oc);
  /* The strings and texts, pair by pair: each that differs is Korean.  */
  size_t i = 0, j = 0, differ = 0, shown = 0, relocated = 0;
  while (ok)
    {
      while (i < ne && es[i].part == TD_CODE_COMMENT)
        i++;
      while (j < no && os[j].part == TD_CODE_COMMENT)
        j++;
      if (i >= ne || j >= no)
        {
          ok = i >= ne && j >= no;
          break;
        }
      const char *a = en + es[i].start, *b = ko + os[j].start;
      size_t la = es[i].end - es[i].start, lb = os[j].end - os[j].start;
      if (es[i].part != os[j].part)
        ok = false;
      else if (!same_span (a, la, b, lb))
        {
          /* A Korean text without letters where the English one has
             words: the translation moved them to a text next to it
             (Korean word order), as in an HTML table cell.  */
          if (has_hangul (b, lb)
              || (es[i].part == TD_CODE_TEXT && has_letter (a, la)
                  && !has_letter (b, lb)))
            {
              if (display_text (en, en_lang, &es[i])
                  && display_text (ko, ko_lang, &os[j]))
                shown++;
              else if (differ++ == 0)
                {
                  *at = os[j];
                  *en_at = es[i];
                }
            }
          else if (locales && es[i].part == TD_CODE_STRING
                   && same_but_locale (a, la, b, lb))
            relocated++;
          else
            ok = false;
        }
      i++;
      j++;
    }
  free (es);
  free (os);
  *silent = ok && differ == 0;
  return ok && (differ > 0 || shown > 0 || relocated > 0);
}

/* True when the N bytes at S are prose as a comment or a line of text
   says it: letters, digits, spaces, the punctuation of sentences and
   URLs, and none of the signs that code is made of.  */
static bool
prose_only (const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    {
      unsigned char c = (unsigned char) s[i];
      /* A URL that a comment cites is part of its prose.  */
      if ((n - i > 7 && memcmp (s + i, "http://", 7) == 0)
          || (n - i > 8 && memcmp (s + i, "https://", 8) == 0))
        {
          while (i + 1 < n && s[i + 1] != ' ' && s[i + 1] != '\t')
            i++;
          continue;
        }
      if (c >= 0x80 || isalnum (c) || strchr (" \t.,:;'\"!?-()", c))
        continue;
      return false;
    }
  return true;
}

/* The comment markers that a line of code of any language may start
   with, and whether a space must follow, so that a command-line option
   ("--name") or a preprocessor word is no comment.  */
static const struct
{
  const char *mark;
  bool space;
} comment_marks[] = {
  { "//", false }, { "#", true }, { "--", true }, { ";", true },
  { "/*", false }, { "<!--", false }, { "%", true },
};

/* Fence languages whose blocks are prose when every line of the English
   block is (see prose_block): no language, or plain text.  */
static const char *const text_langs[] = { "", "text", "txt", "plaintext",
                                          "plain" };

/* Fence languages whose lines start with the sign of a change.  */
static const char *const diff_langs[] = { "diff", "patch" };

/* The end of the comment marker that LINE (N bytes) starts with, after
   white space and, in a diff (DIFF), the sign of an added or removed
   line; 0 when it starts with none.  */
static size_t
comment_mark_end (const char *line, size_t n, bool diff)
{
  size_t i = 0;
  while (i < n && (line[i] == ' ' || line[i] == '\t'))
    i++;
  if (diff && i < n && (line[i] == '+' || line[i] == '-'))
    i++;
  for (size_t m = 0; m < ARRAY_SIZE (comment_marks); m++)
    {
      size_t l = strlen (comment_marks[m].mark);
      if (n - i >= l && memcmp (line + i, comment_marks[m].mark, l) == 0
          && (!comment_marks[m].space || i + l == n || line[i + l] == ' '
              || line[i + l] == '\t'))
        return i + l;
    }
  return 0;
}

/* True when the comment of a line of code starts in its first P bytes:
   the line starts with a comment marker (comment_mark_end), or a marker
   that is no part of a URL follows white space there ("foo()  // x").
   The comment syntax is guessed from the line, whatever the language of
   the block says.  */
static bool
comment_before (const char *line, size_t p, bool diff)
{
  size_t m = comment_mark_end (line, p, diff);
  if (m > 0 && m <= p)
    return true;
  for (size_t i = 1; i + 1 < p; i++)
    if ((line[i - 1] == ' ' || line[i - 1] == '\t')
        && ((line[i] == '/' && line[i + 1] == '/')
            || (line[i] == '#' && (line[i + 1] == ' '))))
      return true;
  return false;
}

/* True when the N bytes of LINE are a line of prose: after white space
   and a list marker ("*", "-", "+", "1."), prose_only text of at least
   two words that starts with a capital letter, as a sentence does and a
   command ("cd code", "npm install astro") does not, and that is an item
   of a list or ends as a sentence does ('.', '!', '?', ':'), which a
   query in capitals ("SELECT name FROM users") does not.  */
static bool
prose_line (const char *line, size_t n)
{
  size_t i = 0;
  while (i < n && (line[i] == ' ' || line[i] == '\t'))
    i++;
  bool item = false;
  if (i + 1 < n && strchr ("*-+", line[i]) && line[i + 1] == ' ')
    i += 2, item = true;
  else
    {
      size_t d = i;
      while (d < n && isdigit ((unsigned char) line[d]))
        d++;
      if (d > i && d + 1 < n && line[d] == '.' && line[d + 1] == ' ')
        i = d + 2, item = true;
    }
  if (!item && !(n > 0 && strchr (".!?:", line[n - 1])))
    return false;
  return i < n && isupper ((unsigned char) line[i])
         && memchr (line + i, ' ', n - i) != NULL
         && prose_only (line + i, n - i);
}

/* True when TEXT, the English text of a block in LANG, is prose: LANG is
   one of text_langs and each line that is not blank is a prose_line
   (React's lists of steps, "* React mounts the component.").  */
static bool
prose_block (const char *text, const char *lang)
{
  if (!lang_in (lang, text_langs, ARRAY_SIZE (text_langs)))
    return false;
  bool any = false;
  for (const char *l = text; *l;)
    {
      const char *e = strchr (l, '\n');
      size_t n = e ? (size_t) (e - l) : strlen (l);
      while (n > 0 && (l[n - 1] == ' ' || l[n - 1] == '\t'
                       || l[n - 1] == '\r'))
        n--;
      size_t k = 0;
      while (k < n && (l[k] == ' ' || l[k] == '\t'))
        k++;
      if (k < n)
        {
          if (!prose_line (l, n))
            return false;
          any = true;
        }
      if (!e)
        break;
      l = e + 1;
    }
  return any;
}

/* How a Korean block differs from the English one line by line
   (only_translated_lines).  */
enum line_diff
{
  LINES_CODE,        /* in code, or in another number of lines */
  LINES_TRANSLATED,  /* in translated lines that may be code's */
  LINES_COMMENTS     /* only in translated comments and prose */
};

/* How Korean code KO differs from English code EN (in fence language
   LANG) in lines that translate English prose, for blocks whose
   comments the comment table cannot find (no language, "text", "diff",
   "//" comments in a "console" block...): the two blocks have as many
   lines, and in each line that differs the Korean rest after the common
   beginning holds Hangul and the English rest is prose ("// Save the
   state" and "// 상태를 저장합니다", "* React mounts the component." and
   "* React가 컴포넌트를 마운트합니다.").  A changed command before a
   translated comment ("foo(1) // x", "foo(2) // 주석") is no such line.
   LINES_COMMENTS when each such line is a comment (comment_before: its
   comment starts in the common beginning) or the English block is prose
   (prose_block); LINES_TRANSLATED when some other line of a block in a
   language the comment table does not know (ANY_LINE) is such a line;
   else LINES_CODE: in known code, a translated word outside a comment is
   a changed identifier ("name String", "이름 String").  With
   LINES_TRANSLATED, *KO_LINE and *EN_LINE are the first line (0-based)
   that is no comment; with LINES_CODE, *CODE_LINE is the first line that
   differs in code when the lines before it differ only in translated
   comments or prose (the line to show), else SIZE_MAX.  */
static enum line_diff
only_translated_lines (const char *en, const char *ko, const char *lang,
                       bool any_line, size_t *en_line, size_t *ko_line,
                       size_t *code_line)
{
  *code_line = SIZE_MAX;
  size_t line = 0, differ = 0, other = 0;
  bool diff = lang_in (lang, diff_langs, ARRAY_SIZE (diff_langs));
  bool prose = prose_block (en, lang);
  const char *e = en, *k = ko;
  for (;;)
    {
      const char *ee = strchr (e, '\n'), *ke = strchr (k, '\n');
      size_t el = ee ? (size_t) (ee - e) : strlen (e);
      size_t kl = ke ? (size_t) (ke - k) : strlen (k);
      while (el > 0 && (e[el - 1] == ' ' || e[el - 1] == '\t'
                        || e[el - 1] == '\r'))
        el--;
      while (kl > 0 && (k[kl - 1] == ' ' || k[kl - 1] == '\t'
                        || k[kl - 1] == '\r'))
        kl--;
      if (el != kl || memcmp (e, k, el) != 0)
        {
          size_t p = 0;
          while (p < el && p < kl && e[p] == k[p])
            p++;
          /* Not inside a character: back to its first byte.  */
          while (p > 0 && ((unsigned char) k[p] & 0xC0) == 0x80)
            p--;
          bool comment = comment_before (e, p, diff);
          /* A comment may end with its closing marker.  */
          size_t erest = el, krest = kl;
          if (comment && erest >= p + 3 && kl >= p + 3
              && ((memcmp (e + erest - 3, "-->", 3) == 0
                   && memcmp (k + krest - 3, "-->", 3) == 0)))
            erest -= 3, krest -= 3;
          else if (comment && erest >= p + 2 && kl >= p + 2
                   && memcmp (e + erest - 2, "*/", 2) == 0
                   && memcmp (k + krest - 2, "*/", 2) == 0)
            erest -= 2, krest -= 2;
          if (!has_hangul (k + p, krest - p) || has_hangul (e, el)
              || !prose_only (e + p, erest - p)
              || (!any_line && !comment))
            {
              if (differ > 0 && other == 0)
                *code_line = line;
              return LINES_CODE;
            }
          differ++;
          if (!comment && !prose && other++ == 0)
            {
              *en_line = line;
              *ko_line = line;
            }
        }
      if (!ee || !ke)
        {
          /* The same number of lines, give or take a final blank one.  */
          const char *rest = ee ? ee + 1 : ke ? ke + 1 : "";
          if (rest[strspn (rest, " \t\r\n")] || differ == 0)
            return LINES_CODE;
          return other > 0 ? LINES_TRANSLATED : LINES_COMMENTS;
        }
      e = ee + 1;
      k = ke + 1;
      line++;
    }
}

/* The file place of content line LINE (0-based) of code block B, block
   INDEX of HALF: column 1, underlined to the end of the line.  */
static struct td_at
code_at (const struct td_half *half, long index, const struct td_block *b,
         size_t line)
{
  struct td_at at = td_at_block (half, index);
  at.line = content_line (b, line);
  at.col = 1;
  size_t len;
  td_source_line (half->doc->src, at.line, &len);
  at.len = len > 0 ? (int) len : 1;
  return at;
}

/* The line (0-based) of byte OFF of TEXT.  */
static size_t
line_of (const char *text, size_t off)
{
  size_t line = 0;
  for (size_t i = 0; i < off && text[i]; i++)
    line += text[i] == '\n';
  return line;
}

/* Line LINE (0-based) of TEXT, without its line break: a new string.  */
static char *
line_text (const char *text, size_t line)
{
  for (size_t l = 0; l < line && text; l++)
    {
      text = strchr (text, '\n');
      if (text)
        text++;
    }
  if (!text)
    return xstrdup ("");
  const char *end = strchr (text, '\n');
  return xstrndup (text, end ? (size_t) (end - text) : strlen (text));
}

/* True when T holds an HTML end tag ("</a>", "</td\n>").  */
static bool
has_end_tag (const char *t)
{
  for (const char *s = strstr (t, "</"); s; s = strstr (s + 2, "</"))
    {
      size_t n = 0;
      while (isalpha ((unsigned char) s[2 + n]))
        n++;
      if (n > 0 && (s[2 + n] == '>' || isspace ((unsigned char) s[2 + n])))
        return true;
    }
  return false;
}

/* The language of code block B as the comparison reads it: its info
   string, or "html" for an indented block that starts with a tag or
   holds an end tag (raw HTML that a blank line or its indentation turned
   into code, as the cells of MDN's tables: "Basic computer literacy,
   <a href=…>…</a>").  */
static const char *
code_lang (const struct td_block *b)
{
  const char *t = b->text;
  while (*t == ' ' || *t == '\n')
    t++;
  if (b->info[0] == '\0' && !b->level
      && (*t == '<' || has_end_tag (t)))
    return "html";
  return b->info;
}

/* The language of block INDEX of DOC, a code block, as the comparison
   reads it: code_lang, or "html" for an indented block without tags
   between two HTML blocks: the text of an element whose indentation made
   it code ("<p>", the text indented deeper, "</p>").  */
static const char *
code_lang_in (const struct td_doc *doc, long index)
{
  const struct td_block *b = &doc->blocks[index];
  const char *lang = code_lang (b);
  if (lang[0] == '\0' && !b->level && index > 0
      && (size_t) index + 1 < doc->nblocks
      && doc->blocks[index - 1].kind == TD_BLK_HTML
      && doc->blocks[index + 1].kind == TD_BLK_HTML)
    return "html";
  return lang;
}

void
td_check_code_block (struct td_ctx *ctx)
{
  const unsigned comments = 1u << TD_CODE_COMMENT;
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
      const char *elang = code_lang_in (ctx->en->doc, p->en);
      const char *olang = code_lang_in (ctx->ko->doc, p->ko);
      /* The code as the project's policy compares it: without comments,
         which translations translate; with ignore-comments-and-strings
         without the contents of strings and markup text too.  */
      const struct td_config *cfg = td_ctx_config (ctx);
      char *ecode, *ocode;
      if (cfg->code_blocks == TD_CODE_IGNORE_COMMENTS)
        {
          ecode = td_code_strip (e->text, e->info);
          ocode = td_code_strip (o->text, o->info);
        }
      else
        {
          struct td_code_span *es, *os;
          size_t ne = td_code_spans (e->text, elang, &es);
          size_t no = td_code_spans (o->text, olang, &os);
          ecode = td_code_without (e->text, es, ne, comments);
          ocode = td_code_without (o->text, os, no, comments);
          free (es);
          free (os);
        }
      if (cfg->code_blocks != TD_CODE_EXACT)
        {
          /* A comment translated on more or fewer lines, or other white
             space, is no difference: compare without white space.  */
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
      struct view ev, ov;
      view_init (&ev, e->text, ecode);
      view_init (&ov, o->text, ocode);
      free (ecode);
      free (ocode);
      size_t i = view_diff (&ev, &ov);
      struct td_code_span at = { 0, 0, TD_CODE_TEXT }, en_at = at;
      bool silent = false;
      size_t eln = 0, oln = 0;
      enum line_diff lines;
      size_t cln = SIZE_MAX;
      if (i == SIZE_MAX)
        ;
      else if (cfg->code_blocks != TD_CODE_IGNORE_COMMENTS
               && only_translated_text (e->text, elang, o->text,
                                        olang, cfg->link_locales,
                                        &at, &en_at, &silent))
        {
          if (silent)
            {
              view_free (&ev);
              view_free (&ov);
              continue;
            }
          char *ks = xstrndup (o->text + at.start, at.end - at.start);
          char *es = xstrndup (e->text + en_at.start,
                               en_at.end - en_at.start);
          char *kb = td_brief (ks), *eb = td_brief (es);
          td_report_own (ctx, TD_R_CODE_BLOCK,
                         code_at (ctx->ko, p->ko, o,
                                  line_of (o->text, at.start)),
                         code_at (ctx->en, p->en, e,
                                  line_of (e->text, en_at.start)),
                         TD_SEV_WARNING,
                         /* TRANSLATORS: %1$s is the text of a string or
                            of an HTML element in the Korean code block,
                            %2$s the English text it translates.  */
                         _("code differs from the English block only in "
                           "translated text of strings or elements: "
                           "\"%1$s\" instead of \"%2$s\""),
                         kb, eb);
          free (ks);
          free (es);
          free (kb);
          free (eb);
        }
      else if ((lines = only_translated_lines (e->text, o->text, elang,
                                               !td_code_lang_known (elang),
                                               &eln, &oln, &cln))
               == LINES_COMMENTS)
        ;
      else if (lines == LINES_TRANSLATED)
        {
          char *ks = line_text (o->text, oln), *es = line_text (e->text, eln);
          char *kb = td_brief (ks), *eb = td_brief (es);
          td_report_own (ctx, TD_R_CODE_BLOCK, code_at (ctx->ko, p->ko, o, oln),
                         code_at (ctx->en, p->en, e, eln), TD_SEV_WARNING,
                         /* TRANSLATORS: %1$s is a line of the Korean code
                            block, %2$s the English line it translates.  */
                         _("code differs from the English block only in "
                           "translated lines of prose or comments: \"%1$s\" "
                           "instead of \"%2$s\""),
                         kb, eb);
          free (ks);
          free (es);
          free (kb);
          free (eb);
        }
      else
        {
          /* The lines as written where the comparison found the first
             difference.  */
          size_t eline = i < ev.n ? ev.orig[i] : ev.ntext;
          size_t oline = i < ov.n ? ov.orig[i] : ov.ntext;
          /* Past the comments that only translate, to the code.  */
          if (cln != SIZE_MAX && cln > eline && cln > oline)
            eline = oline = cln;
          struct td_at ko_at = code_at (ctx->ko, p->ko, o, oline);
          struct td_at en_at2 = code_at (ctx->en, p->en, e, eline);
          /* Quote the first line that has something to show.  */
          size_t qe = eline, qo = oline;
          if (i >= ov.n)
            while (qe + 1 < ev.ntext && ev.text[qe][0] == '\0')
              qe++;
          if (i >= ev.n)
            while (qo + 1 < ov.ntext && ov.text[qo][0] == '\0')
              qo++;
          char *eb = td_brief (qe < ev.ntext ? ev.text[qe] : "");
          char *ob = td_brief (qo < ov.ntext ? ov.text[qo] : "");
          if (same_but_space (e->text, o->text))
            /* Where indentation is syntax, it changes the code; elsewhere
               it changes only how the code looks.  */
            td_report_own (ctx, TD_R_CODE_BLOCK, ko_at, en_at2,
                           indentation_matters (elang)
                             ? TD_SEV_ERROR : TD_SEV_WARNING,
                           "%s",
                           _("code block differs from the English one in "
                             "white space only (blank lines or "
                             "indentation)"));
          else if (i >= ov.n)
            td_report (ctx, TD_R_CODE_BLOCK, ko_at, en_at2,
                       /* TRANSLATORS: %s is the first English line that
                          the Korean block lacks.  */
                       _("code block ends early: the English block goes on "
                         "with \"%s\""),
                       eb);
          else if (i >= ev.n)
            td_report (ctx, TD_R_CODE_BLOCK, ko_at, en_at2,
                       /* TRANSLATORS: %s is the first extra line.  */
                       _("code block goes on after the end of the English "
                         "block: \"%s\""),
                       ob);
          else
            td_report (ctx, TD_R_CODE_BLOCK, ko_at, en_at2,
                       /* TRANSLATORS: %1$s is a line of the Korean code
                          block, %2$s the English line it should equal.  */
                       _("code differs from the English block: \"%1$s\" "
                         "instead of \"%2$s\""),
                       ob, eb);
          free (eb);
          free (ob);
        }
      view_free (&ev);
      view_free (&ov);
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
