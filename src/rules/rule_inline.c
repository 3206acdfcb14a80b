/* rule_inline.c: rules on the inline invariants of aligned blocks:
   mdx-component, image, link, inline-code, placeholder, number,
   emphasis.  */
#include <config.h>
#include "util/system.h"

#include <ctype.h>

#include "util/buf.h"
#include "rules/config_file.h"
#include "doc/inline.h"
#include "doc/macro.h"
#include "rules/normalize.h"
#include "rules/ctx.h"
#include "rules/profile.h"
#include "rules/learn.h"
#include "doc/source.h"
#include "util/utf8.h"
#include "util/xalloc.h"

typedef bool (*item_filter) (const struct td_item *item);

/* An item with the text it is compared by (after the project's
   normalisations).  */
struct keyed
{
  const struct td_item *it;
  char *key; /* owned */
};

static int
cmp_keyed (const void *a, const void *b)
{
  const struct keyed *x = a, *y = b;
  return strcmp (x->key, y->key);
}

/* The text ITEM is compared by.  */
static char *
item_key (const struct td_ctx *ctx, const struct td_item *item, bool korean)
{
  const struct td_config *cfg = td_ctx_config (ctx);
  if (item->kind == TD_ITEM_ATTR)
    return td_normalize_attr (korean ? cfg : NULL, item->text,
                              cfg->link_locales);
  if (item->kind != TD_ITEM_LINK)
    return xstrdup (item->text);
  char *k = td_normalize_link (cfg, item->text, korean);
  /* A link to this very page is an in-page link.  */
  const char *page = (korean ? ctx->ko : ctx->en)->doc->src->path;
  char *self = td_self_link (k, page);
  if (self)
    {
      free (k);
      k = self;
    }
  if (cfg->anchors == TD_ANCHORS_TRANSLATED_SLUGS)
    {
      /* Fragments name translated headings: the in-page ones are checked
         to resolve instead (td_check_link).  */
      char *t = td_link_without_fragment (k);
      free (k);
      k = t;
    }
  return k;
}

/* The items of B, and of B2 when not NULL (the second paragraph of a
   join), that pass FILTER, sorted by key; caller frees with free_keyed.  */
static struct keyed *
collect (const struct td_ctx *ctx, const struct td_doc *doc,
         const struct td_block *b, const struct td_block *b2,
         item_filter filter, bool korean, size_t *n)
{
  size_t total = b->nitems + (b2 ? b2->nitems : 0);
  struct keyed *v = xmalloc ((total + 1) * sizeof *v);
  size_t k = 0;
  for (int part = 0; part < 2; part++)
    {
      const struct td_block *x = part ? b2 : b;
      if (x == NULL)
        continue;
      const struct td_item *items = td_block_items (doc, x);
      for (size_t i = 0; i < x->nitems; i++)
        if (filter (&items[i]))
          {
            v[k].it = &items[i];
            v[k].key = item_key (ctx, &items[i], korean);
            k++;
          }
    }
  qsort (v, k, sizeof *v, cmp_keyed);
  *n = k;
  return v;
}

static void
free_keyed (struct keyed *v, size_t n)
{
  for (size_t i = 0; i < n; i++)
    free (v[i].key);
  free (v);
}

/* The messages of each kind of item, as whole sentences: the item
   missing in the Korean text (%s: the English item), extra in it (%s:
   the Korean item), or changed (%1$s: the Korean item, %2$s the
   English).  */
static const struct item_messages
{
  const char *missing, *extra, *changed; /* N_() */
} item_messages[TD_ITEM__COUNT] = {
  [TD_ITEM_CODE] = {
    N_("inline code `%s` is missing in the Korean text"),
    N_("inline code `%s` is not in the English text"),
    /* TRANSLATORS: %1$s is the Korean code span, %2$s the English one. */
    N_("inline code `%1$s` differs from the English `%2$s`") },
  [TD_ITEM_PLACEHOLDER] = {
    N_("placeholder {%s} is missing in the Korean text"),
    N_("placeholder {%s} is not in the English text"),
    N_("placeholder {%1$s} differs from the English {%2$s}") },
  [TD_ITEM_LINK] = {
    N_("link to '%s' is missing in the Korean text"),
    N_("link to '%s' is not in the English text"),
    N_("link to '%1$s' differs from the English '%2$s'") },
  [TD_ITEM_IMAGE] = {
    N_("image '%s' is missing in the Korean text"),
    N_("image '%s' is not in the English text"),
    N_("image '%1$s' differs from the English '%2$s'") },
  [TD_ITEM_COMPONENT] = {
    N_("component <%s> is missing in the Korean text"),
    N_("component <%s> is not in the English text"),
    N_("component <%1$s> differs from the English <%2$s>") },
  [TD_ITEM_ATTR] = {
    N_("attribute %s is missing in the Korean text"),
    N_("attribute %s is not in the English text"),
    N_("attribute %1$s differs from the English %2$s") },
  [TD_ITEM_NUMBER] = {
    N_("number %s is missing in the Korean text"),
    N_("number %s is not in the English text"),
    N_("number %1$s differs from the English %2$s") },
  [TD_ITEM_ALT] = {
    N_("alt text \"%s\" is missing in the Korean text"),
    N_("alt text \"%s\" is not in the English text"),
    N_("alt text \"%1$s\" differs from the English \"%2$s\"; this project "
       "keeps alt text as it is") },
  [TD_ITEM_MACRO] = {
    N_("shortcode %s is missing in the Korean text"),
    N_("shortcode %s is not in the English text"),
    /* TRANSLATORS: %1$s is the Korean shortcode or macro, %2$s the
       English one.  */
    N_("shortcode %1$s differs from the English %2$s") },
  [TD_ITEM_TEXTATTR] = {
    N_("attribute %s is missing in the Korean text"),
    N_("attribute %s is not in the English text"),
    N_("attribute %1$s differs from the English %2$s; this project keeps "
       "these attributes as they are") },
};

/* The message for an item of KIND with TEXT that is MISSING from the
   Korean block (or extra in it).  Returns a new string.  */
static char *
item_message (enum td_item_kind kind, bool missing, const char *text)
{
  char *b = td_brief (text);
  const struct item_messages *t = &item_messages[kind];
  const char *format = missing ? t->missing : t->extra;
  char *m = format ? td_fill_message (_(format), b, "") : xstrdup (b);
  free (b);
  return m;
}

/* Where KO and EN first differ, less some context, when the difference
   would not show in a brief: the byte offset to quote both from.  */
static size_t
diff_from (const char *ko, const char *en)
{
  size_t i = 0;
  while (ko[i] && ko[i] == en[i])
    i++;
  if (i < 30)
    return 0;
  size_t from = i - 20;
  while (from > 0 && ((unsigned char) ko[from] & 0xC0) == 0x80)
    from--;
  return from;
}

/* The message for an item of KIND whose Korean text KO replaces the
   English EN.  Returns a new string.  */
static char *
changed_message (enum td_item_kind kind, const char *ko, const char *en)
{
  /* Show the part that differs: "…/typescript/" against "…/typescript". */
  size_t from = diff_from (ko, en);
  char *k, *e;
  if (from > 0)
    {
      char *kb = td_brief (ko + from), *eb = td_brief (en + from);
      k = xasprintf ("\xE2\x80\xA6%s", kb);
      e = xasprintf ("\xE2\x80\xA6%s", eb);
      free (kb);
      free (eb);
    }
  else
    {
      k = td_brief (ko);
      e = td_brief (en);
    }
  const char *format = item_messages[kind].changed;
  char *m = format ? td_fill_message (_(format), k, e) : xstrdup (k);
  free (k);
  free (e);
  return m;
}

/* True when S holds a byte outside ASCII (a translated fragment or
   template word).  */
static bool
has_non_ascii (const char *s)
{
  for (; *s; s++)
    if ((unsigned char) *s >= 0x80)
      return true;
  return false;
}

/* TEXT with the words of each template placeholder "{{ ... }}" removed,
   and whether one of them held a byte outside ASCII.  Returns a new
   string.  */
static char *
squash_templates (const char *text, bool *translated)
{
  struct td_buf b = TD_BUF_INIT;
  *translated = false;
  for (const char *s = text; *s;)
    {
      const char *end = s[0] == '{' && s[1] == '{' ? strstr (s + 2, "}}")
                                                   : NULL;
      if (end && memchr (s + 2, '{', (size_t) (end - s - 2)) == NULL)
        {
          for (const char *c = s + 2; c < end; c++)
            if ((unsigned char) *c >= 0x80)
              *translated = true;
          td_buf_puts (&b, "{{}}");
          s = end + 2;
          continue;
        }
      td_buf_putc (&b, *s++);
    }
  return td_buf_detach (&b);
}

/* True when the absolute URLs A and B have the same scheme and host.  */
static bool
same_host (const char *a, const char *b)
{
  const char *sa = strstr (a, "://"), *sb = strstr (b, "://");
  if (sa == NULL || sb == NULL)
    return false;
  size_t na = (size_t) (sa + 3 - a) + strcspn (sa + 3, "/?#");
  size_t nb = (size_t) (sb + 3 - b) + strcspn (sb + 3, "/?#");
  return na == nb && strncmp (a, b, na) == 0;
}

/* True when the Korean item KO differs from the English EN only where a
   translation may differ: a link to the Korean edition of the site the
   English links to, a link whose fragment names a translated
   heading (its in-page form is checked to resolve instead), a code span
   or a template expression whose placeholders "{{...}}" are translated
   ("tar cf {{대상.tar}}").  */
static bool
translated_only (const struct td_ctx *ctx, const struct td_item *ko,
                 const struct td_item *en)
{
  bool same = false;
  if (ko->kind == TD_ITEM_LINK)
    {
      /* A link to the Korean edition of the same site (Wikipedia, MDN):
         its page names are its own.  */
      if (td_link_is_korean_edition (ko->text))
        {
          char *k = item_key (ctx, ko, true), *e = item_key (ctx, en, false);
          same = same_host (k, e);
          free (k);
          free (e);
          if (same)
            return true;
        }
      const char *h = strchr (ko->text, '#');
      if (h == NULL)
        return false;
      char *frag = td_percent_decode (h + 1);
      if (has_non_ascii (frag))
        {
          char *k = item_key (ctx, ko, true), *e = item_key (ctx, en, false);
          char *k2 = td_link_without_fragment (k);
          char *e2 = td_link_without_fragment (e);
          same = STREQ (k2, e2);
          free (k);
          free (e);
          free (k2);
          free (e2);
        }
      free (frag);
    }
  else if (ko->kind == TD_ITEM_CODE || ko->kind == TD_ITEM_MACRO)
    {
      bool kt, et;
      char *k = squash_templates (ko->text, &kt);
      char *e = squash_templates (en->text, &et);
      same = kt && STREQ (k, e);
      free (k);
      free (e);
    }
  return same;
}

/* True when the Korean link KO and the English link EN go to the same
   other page (not this one) and their fragments differ only in case
   ("#Gutters" for "#gutters"): the heading id in an older style of the
   site's slugs (MDN lowercased its ids; GitHub, Hugo and Docusaurus
   make lower-case ids), on a page whose Korean ids the link cannot
   see.  */
static bool
fragment_case_only (const struct td_ctx *ctx, const struct td_item *ko,
                    const struct td_item *en)
{
  if (ko->kind != TD_ITEM_LINK || en->kind != TD_ITEM_LINK)
    return false;
  char *k = item_key (ctx, ko, true), *e = item_key (ctx, en, false);
  const char *hk = strchr (k, '#'), *he = strchr (e, '#');
  bool same = hk && he && hk > k && hk - k == he - e
              && strncmp (k, e, (size_t) (hk - k)) == 0
              && strcmp (hk, he) != 0 && strcasecmp (hk, he) == 0;
  free (k);
  free (e);
  return same;
}

/* True when the Korean link KO is the path of the absolute English link
   EN without its scheme and host ("/learn/x" for
   "https://react.dev/learn/x"): on the Korean edition of a site, a
   relative link stays on that edition.  It is the same page when EN's
   host is the English site's own, which twindoc cannot tell.  */
static bool
relative_for_absolute (const struct td_ctx *ctx, const struct td_item *ko,
                       const struct td_item *en)
{
  if (ko->kind != TD_ITEM_LINK || ko->text[0] != '/' || ko->text[1] == '/')
    return false;
  char *k = item_key (ctx, ko, true), *e = item_key (ctx, en, false);
  const char *host = strstr (e, "://");
  const char *path = host ? strchr (host + 3, '/') : NULL;
  bool same = path && (size_t) (path - e) == (size_t) (host - e) + 3
                                              + strcspn (host + 3, "/?#")
              && STREQ (path, k);
  free (k);
  free (e);
  return same;
}

/* True when the code span KO translates EN and EN reads as words, not
   code (several words, or one capitalised): a label of a product's
   interface (`Save and Deploy`, `Compute >
   Workers & Pages`, `72 hours`), which sites write as code and
   translate with the Korean interface.  */
static bool
translated_label (const char *ko, const char *en)
{
  size_t hangul = 0, latin = 0;
  td_utf8_count_scripts (ko, strlen (ko), &hangul, &latin);
  if (hangul == 0)
    return false;
  bool letter = false;
  for (const char *p = en; *p; p++)
    {
      unsigned char c = (unsigned char) *p;
      if (isalpha (c))
        letter = true;
      else if (!(isdigit (c) || c == ' ' || c == '&' || c == '>'
                 || c == '-' || c == ',' || c == '\''))
        return false;
    }
  /* A single lower-case word is a value ("auto", "true"), not a
     label.  */
  return letter && (strchr (en, ' ') || isupper ((unsigned char) en[0]));
}

/* True when TEXT occurs in S as a whole token: not inside a longer
   word.  */
static bool
has_token (const char *s, const char *text)
{
  size_t n = strlen (text);
  if (n == 0)
    return false;
  for (const char *p = strstr (s, text); p; p = strstr (p + 1, text))
    {
      bool before = p == s || !(isalnum ((unsigned char) p[-1])
                                || p[-1] == '_');
      bool after = !(isalnum ((unsigned char) p[n]) || p[n] == '_');
      if (before && after)
        return true;
    }
  return false;
}

/* The English endings of a word (plural, third person, past, -ing).  */
static const char *const inflections[] = { "s", "es", "d", "ed", "ing" };

/* True when S holds the word WORD (letters only) inflected as a whole
   token: "raises" and "raising" for raise, "dicts" for dict.  A
   translation writes the code span `raise` where the English says
   "raises": the name is kept, in the form Korean grammar needs.  */
static bool
has_inflected (const char *s, const char *word)
{
  size_t n = strlen (word);
  if (n < 3)
    return false;
  for (size_t i = 0; i < n; i++)
    if (!isalpha ((unsigned char) word[i]))
      return false;
  bool found = false;
  for (size_t k = 0; k < ARRAY_SIZE (inflections) && !found; k++)
    {
      char *w = xasprintf ("%s%s", word, inflections[k]);
      found = has_token (s, w);
      free (w);
      /* "raising": the silent e goes.  */
      if (!found && word[n - 1] == 'e' && inflections[k][0] == 'i')
        {
          w = xasprintf ("%.*s%s", (int) (n - 1), word, inflections[k]);
          found = has_token (s, w);
          free (w);
        }
    }
  return found;
}

/* True when a block of HALF holds the number item TEXT: the page says
   the number somewhere ("React 18" in its title, "Step 4" in a
   heading).  */
static bool
number_on_page (const struct td_half *half, const char *text)
{
  const struct td_doc *doc = half->doc;
  for (size_t i = half->first; i < half->last; i++)
    {
      const struct td_block *b = &doc->blocks[i];
      const struct td_item *items = td_block_items (doc, b);
      for (size_t j = 0; j < b->nitems; j++)
        if (items[j].kind == TD_ITEM_NUMBER && STREQ (items[j].text, text))
          return true;
    }
  return false;
}

/* A copy of S in lower case (new string).  */
static char *
lower_copy (const char *s)
{
  char *c = xstrdup (s);
  for (char *p = c; *p; p++)
    *p = (char) tolower ((unsigned char) *p);
  return c;
}

/* True when the code span CODE that a Korean text adds names a word of
   the English text S: the code is the word, in any case ("`File` 매개변수"
   for "a file parameter") or inflected, or its last part in camel case
   is ("`setTimeout`" for "timeouts").  The translator set the concept
   the English describes in words as code: a note, not a warning.  */
static bool
names_english_word (const char *s, const char *code)
{
  size_t n = strlen (code);
  /* "`content/`" for "content": a folder's name.  */
  while (n > 0 && strchr ("/.:", code[n - 1]))
    n--;
  size_t k = n;
  while (k > 0 && isalpha ((unsigned char) code[k - 1]))
    k--;
  if (k > 0 && k < n)
    {
      /* "setTimeout": the part from its last capital.  */
      size_t c = n;
      while (c > 0 && !isupper ((unsigned char) code[c - 1]))
        c--;
      if (c == 0 || n - (c - 1) < 4)
        return false;
      k = c - 1;
    }
  else if (k == 0)
    {
      size_t c = n;
      while (c > 1 && !isupper ((unsigned char) code[c - 1]))
        c--;
      if (c > 1 && n - (c - 1) >= 4)
        k = c - 1; /* a camel-case name */
    }
  else
    return false;
  char *ls = lower_copy (s), *lw = lower_copy (code + k);
  lw[n - k] = '\0';
  bool found = strlen (lw) >= 3 && (has_token (ls, lw) || has_inflected (ls, lw));
  free (ls);
  free (lw);
  return found;
}

/* True when the English blocks before block EN (an index of HALF's
   document) in its section, its heading included, hold the code span
   CODE: the Korean text names what the English calls "it" ("It has the
   same fields" for `HeroPublic`은 ... after a heading on `HeroPublic`).  */
static bool
code_in_section (const struct td_half *half, long en, const char *code)
{
  const struct td_doc *doc = half->doc;
  for (long i = en - 1; i >= (long) half->first; i--)
    {
      const struct td_block *b = &doc->blocks[i];
      const struct td_item *it = td_block_items (doc, b);
      for (size_t k = 0; k < b->nitems; k++)
        if (it[k].kind == TD_ITEM_CODE && STREQ (it[k].text, code))
          return true;
      if (b->kind == TD_BLK_HEADING)
        break;
    }
  return false;
}

/* True when TEXT holds a reference macro that shows CODE as code: MDN's
   macros that link to a reference page show their display argument as
   code ({{HTMLElement("embed")}} shows `<embed>`, {{domxref("Window")}}
   `Window`), so a translation may write the macro where the English has
   the code span, or the reverse.  */
static bool
macro_renders (const char *text, const char *code)
{
  size_t n = strlen (text), pos = 0, len = strlen (code);
  struct td_macro m;
  bool same = false;
  while (!same && td_macro_next (text, n, &pos, &m))
    {
      if (m.kind != TD_MACRO_CALL)
        continue;
      char *link = td_macro_link (text, &m);
      if (link == NULL)
        continue;
      free (link);
      char *d = td_macro_display (text, &m);
      size_t dn = strlen (d);
      same = dn > 0
             && (STREQ (d, code)
                 || (len == dn + 2 && code[0] == '<' && code[len - 1] == '>'
                     && strncasecmp (code + 1, d, dn) == 0));
      free (d);
    }
  return same;
}

/* Drops from V (N code spans of one side) those whose text the other
   side's block B (and B2, the second block of a join, or NULL) has too,
   as code or as plain text: the code is kept, and a code span that a
   translation adds around a name or repeats in a longer Korean sentence,
   or leaves out around a name it keeps, changes nothing the reader
   runs.  Returns the number kept.  */
static size_t
drop_kept_as_text (const struct td_item **v, size_t n,
                   const struct td_block *b, const struct td_block *b2)
{
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    {
      /* Also without a colon or other mark of the sentence that ends the
         code span (`Strict-Transport-Security:` for the header's name
         before its description): the name is kept.  */
      const char *t = v[i]->text;
      size_t len = strlen (t);
      char *bare = len > 1 && strchr (":;,.", t[len - 1])
                     ? xstrndup (t, len - 1) : NULL;
      bool kept = has_token (b->text, t) || (b2 && has_token (b2->text, t))
                  || macro_renders (b->text, t)
                  || (b2 && macro_renders (b2->text, t))
                  || (bare && (has_token (b->text, bare)
                               || (b2 && has_token (b2->text, bare))));
      free (bare);
      if (!kept)
        v[k++] = v[i];
    }
  return k;
}

/* The English words for the numbers 0 to 12, as cardinals, ordinals and
   (1 to 12) months: a translation writes "3월" for "March", "제3자" for
   "third party", "5초" for "five seconds".  */
static const char *const number_words[13][3] = {
  { "zero", NULL, NULL },
  { "one", "first", "january" },     { "two", "second", "february" },
  { "three", "third", "march" },     { "four", "fourth", "april" },
  { "five", "fifth", NULL },  /* not "may", a verb */
  { "six", "sixth", "june" },
  { "seven", "seventh", "july" },    { "eight", "eighth", "august" },
  { "nine", "ninth", "september" },  { "ten", "tenth", "october" },
  { "eleven", "eleventh", "november" },
  { "twelve", "twelfth", "december" },
};

/* True when TEXT holds WORD as a word, in any case.  */
static bool
has_word_nocase (const char *text, const char *word)
{
  size_t n = strlen (word);
  for (const char *p = text; *p; p++)
    if (strncasecmp (p, word, n) == 0
        && (p == text || !isalpha ((unsigned char) p[-1]))
        && !isalpha ((unsigned char) p[n]))
      return true;
  return false;
}

/* The English words for the round numbers a translation writes with
   digits and a unit: "10억" for "a billion" (the number item of "10억" is
   its value, doc/numscale.h).  */
static const struct
{
  const char *value;
  const char *words[2];
} scale_words[] = {
  { "1000", { "a thousand", "one thousand" } },
  { "1000000", { "a million", "one million" } },
  { "1000000000", { "a billion", "one billion" } },
  { "1000000000000", { "a trillion", "one trillion" } },
};

/* True when the block B (and B2, or NULL) writes the number TEXT as
   English words (number_words, scale_words, and "a" or "an" for a 1 that
   is COUNTED: a Korean counter or unit follows it).  */
static bool
written_as_word (const char *text, bool counted, const struct td_block *b,
                 const struct td_block *b2)
{
  char *end;
  unsigned long x = strtoul (text, &end, 10);
  /* The article counts as one, for a 1 that counts something ("1주일"
     for "a week", "1시간" for "an hour"; COUNTED).  */
  if (*end == '\0' && end != text && x == 1 && counted)
    for (int w = 0; w < 2; w++)
      {
        const char *t = w == 0 ? "a" : "an";
        if (has_word_nocase (b->text, t)
            || (b2 && has_word_nocase (b2->text, t)))
          return true;
      }
  if (*end == '\0' && end != text && x <= 12)
    for (int w = 0; w < 3; w++)
      {
        const char *t = number_words[x][w];
        if (t && (has_word_nocase (b->text, t)
                  || (b2 && has_word_nocase (b2->text, t))))
          return true;
      }
  for (size_t k = 0; k < ARRAY_SIZE (scale_words); k++)
    if (STREQ (text, scale_words[k].value))
      for (int w = 0; w < 2; w++)
        {
          const char *t = scale_words[k].words[w];
          if (has_word_nocase (b->text, t)
              || (b2 && has_word_nocase (b2->text, t)))
            return true;
        }
  return false;
}

/* True when a Hangul syllable follows the number ITEM in SRC right
   after its digits: a counter or unit ("1주일", "1초에").  */
static bool
counter_follows (const struct td_source *src, const struct td_item *item)
{
  size_t len;
  const char *line = td_source_line (src, item->line, &len);
  size_t i = item->col > 0 ? (size_t) item->col - 1 : 0;
  while (i < len && (isdigit ((unsigned char) line[i]) || line[i] == ','
                     || line[i] == '.'))
    i++;
  uint32_t cp = 0;
  return i < len
         && td_utf8_decode ((const unsigned char *) line + i, len - i, &cp) > 0
         && td_uc_is_hangul_syllable (cp);
}

/* True when the number ITEM of SRC names a base ("10진수" for
   "decimal", "16진법" for "hexadecimal"): a word, not a quantity.  */
static bool
names_base (const struct td_source *src, const struct td_item *item)
{
  size_t len;
  const char *line = td_source_line (src, item->line, &len);
  size_t i = item->col > 0 ? (size_t) item->col - 1 : 0;
  while (i < len && isdigit ((unsigned char) line[i]))
    i++;
  return i + 6 <= len && (strncmp (line + i, "진수", 6) == 0
                          || strncmp (line + i, "진법", 6) == 0);
}

/* True when the English block B (and B2, or NULL) names the fraction
   1/DEN with a word: "half" for 2, "quarter" for 4, an ordinal for 3 to
   12 ("thirds"), "hundredth", "thousandth", "millionth", singular or
   plural ("thousandths of a second" for "1/1000초").  */
static bool
fraction_word (unsigned long den, const struct td_block *b,
               const struct td_block *b2)
{
  static const struct
  {
    unsigned long den;
    const char *word;
  } big[] = { { 2, "half" }, { 2, "halves" }, { 4, "quarter" },
              { 100, "hundredth" }, { 1000, "thousandth" },
              { 1000000, "millionth" } };
  char plural[32];
  for (size_t k = 0; k < ARRAY_SIZE (big); k++)
    if (big[k].den == den)
      {
        snprintf (plural, sizeof plural, "%ss", big[k].word);
        if (has_word_nocase (b->text, big[k].word)
            || has_word_nocase (b->text, plural)
            || (b2 && (has_word_nocase (b2->text, big[k].word)
                       || has_word_nocase (b2->text, plural))))
          return true;
      }
  if (den >= 3 && den <= 12)
    {
      const char *w = number_words[den][1];
      snprintf (plural, sizeof plural, "%ss", w);
      return has_word_nocase (b->text, w) || has_word_nocase (b->text, plural)
             || (b2 && (has_word_nocase (b2->text, w)
                        || has_word_nocase (b2->text, plural)));
    }
  return false;
}

/* True when the number ITEM of SRC is a part of a fraction "1/N" that
   the English block B (and B2, or NULL) writes as a word
   (fraction_word): the 1 or the N of "1/1000초".  */
static bool
written_as_fraction (const struct td_source *src, const struct td_item *item,
                     const struct td_block *b, const struct td_block *b2)
{
  size_t len;
  const char *line = td_source_line (src, item->line, &len);
  size_t i = item->col > 0 ? (size_t) item->col - 1 : 0, e = i;
  while (e < len && isdigit ((unsigned char) line[e]))
    e++;
  if (e == i)
    return false;
  unsigned long num, den;
  if (e + 1 < len && line[e] == '/' && isdigit ((unsigned char) line[e + 1]))
    {
      num = strtoul (line + i, NULL, 10);
      den = strtoul (line + e + 1, NULL, 10);
    }
  else if (i >= 2 && line[i - 1] == '/' && isdigit ((unsigned char) line[i - 2]))
    {
      size_t s0 = i - 1;
      while (s0 > 0 && isdigit ((unsigned char) line[s0 - 1]))
        s0--;
      num = strtoul (line + s0, NULL, 10);
      den = strtoul (line + i, NULL, 10);
    }
  else
    return false;
  return num == 1 && fraction_word (den, b, b2);
}

/* Keeps of the N numbers V of the Korean page SRC those that the English
   block B (and B2, or NULL) does not write as English words
   (number_words, scale_words, an article for a counted 1, a fraction
   word), and that name no base (names_base).  Returns the number
   kept.  */
static size_t
drop_number_words (const struct td_item **v, size_t n,
                   const struct td_source *src, const struct td_block *b,
                   const struct td_block *b2)
{
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    if (!names_base (src, v[i])
        && !written_as_word (v[i]->text, counter_follows (src, v[i]), b, b2)
        && !written_as_fraction (src, v[i], b, b2))
      v[k++] = v[i];
  return k;
}

/* The native Korean numerals for 1 to 10, which a translation writes for
   the English digits ("두 번째" for "2nd", "세 가지" for "3 ways"): the
   forms before a counter, then those that stand alone.  */
static const char *const korean_numerals[11][3] = {
  { NULL },
  { "한", "첫", "하나" }, { "두", "둘", NULL }, { "세", "셋", NULL },
  { "네", "넷", NULL },   { "다섯", NULL },   { "여섯", NULL },
  { "일곱", NULL },       { "여덟", NULL },   { "아홉", NULL },
  { "열", NULL },
};

/* Counters that follow a numeral before them with a space ("두 번째") or
   without ("둘째").  */
static const char *const korean_counters[] = {
  "번째", "번", "째", "개", "가지", "명", "단계", "줄", "차례", "시간",
  "주", "달", "해", "개월", "글자", "칸", "쪽", "장", "배",
};

/* True when TEXT writes the native Korean numeral for X (1 to 10): a
   form of one syllable only before a counter, a longer one as a word.  */
static bool
korean_numeral (const char *text, unsigned long x)
{
  if (x < 1 || x > 10)
    return false;
  for (int f = 0; f < 3 && korean_numerals[x][f]; f++)
    {
      const char *w = korean_numerals[x][f];
      size_t n = strlen (w);
      bool short_form = n == 3; /* one Hangul syllable */
      for (const char *p = strstr (text, w); p; p = strstr (p + 1, w))
        {
          /* A word start: nothing or no Hangul syllable before it.  */
          if (p > text && (unsigned char) p[-1] >= 0x80)
            {
              const char *q = p - 1;
              while (q > text && ((unsigned char) *q & 0xC0) == 0x80)
                q--;
              uint32_t cp = 0;
              if (td_utf8_decode ((const unsigned char *) q,
                                  (size_t) (p - q), &cp) > 0
                  && td_uc_is_hangul_syllable (cp))
                continue;
            }
          const char *after = p + n;
          if (!short_form)
            {
              uint32_t cp = 0;
              if (*after == '\0'
                  || td_utf8_decode ((const unsigned char *) after,
                                     strlen (after), &cp) <= 0
                  || !td_uc_is_hangul_syllable (cp)
                  || strncmp (after, "째", strlen ("째")) == 0)
                return true;
              /* A particle may follow a word numeral ("하나를").  */
              if (strncmp (after, "의", 3) == 0 || strncmp (after, "를", 3) == 0
                  || strncmp (after, "가", 3) == 0 || strncmp (after, "는", 3) == 0
                  || strncmp (after, "와", 3) == 0 || strncmp (after, "만", 3) == 0)
                return true;
              continue;
            }
          if (*after == ' ')
            after++;
          for (size_t c = 0; c < ARRAY_SIZE (korean_counters); c++)
            if (strncmp (after, korean_counters[c],
                         strlen (korean_counters[c])) == 0)
              return true;
        }
    }
  return false;
}

/* Keeps of the N English numbers V those that the Korean block B (and
   B2, or NULL) does not write as a native Korean numeral.  Returns the
   number kept.  */
static size_t
drop_korean_numerals (const struct td_item **v, size_t n,
                      const struct td_block *b, const struct td_block *b2)
{
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    {
      char *end;
      unsigned long x = strtoul (v[i]->text, &end, 10);
      bool word = *end == '\0' && end != v[i]->text
                  && (korean_numeral (b->text, x)
                      || (b2 && korean_numeral (b2->text, x)));
      if (!word)
        v[k++] = v[i];
    }
  return k;
}

/* True when the numbers A and B are equal but for leading zeros ("08",
   "8").  */
static bool
same_number (const char *a, const char *b)
{
  while (*a == '0' && isdigit ((unsigned char) a[1]))
    a++;
  while (*b == '0' && isdigit ((unsigned char) b[1]))
    b++;
  return STREQ (a, b);
}

static int
cmp_pos (const void *a, const void *b)
{
  const struct td_item *const *x = a, *const *y = b;
  if ((*x)->line != (*y)->line)
    return (*x)->line < (*y)->line ? -1 : 1;
  return ((*x)->col > (*y)->col) - ((*x)->col < (*y)->col);
}

/* Compares the items of every aligned pair that pass FILTER and reports
   each one present on one side only under RULE.  A missing item and an
   extra one of the same kind, taken in order, make one "differs"
   finding.  */
static void
compare_items (struct td_ctx *ctx, enum td_rule_id rule, item_filter filter,
               bool same_too)
{
  if (!td_rule_on (ctx, rule))
    return;
  for (size_t k = 0; k < ctx->al->n; k++)
    {
      const struct td_pair *p = &ctx->al->pairs[k];
      const struct td_block *e = td_pair_en (ctx, p);
      const struct td_block *o = td_pair_ko (ctx, p);
      if (!e || !o || (p->kind == TD_PAIR_SAME && !same_too))
        continue;
      /* Placeholders in code blocks are compared with the code itself. */
      if (rule == TD_R_PLACEHOLDER && e->kind == TD_BLK_CODE)
        continue;
      /* A table that lost or gained rows or columns is reported by the
         table rule; its cells would only repeat it.  */
      if (e->kind == TD_BLK_TABLE && o->kind == TD_BLK_TABLE
          && (e->count != o->count || e->columns != o->columns))
        continue;
      size_t ne, no;
      const struct td_block *e2 = p->en2 >= 0
                                    ? &ctx->en->doc->blocks[p->en2] : NULL;
      const struct td_block *o2 = p->ko2 >= 0
                                    ? &ctx->ko->doc->blocks[p->ko2] : NULL;
      struct keyed *ev = collect (ctx, ctx->en->doc, e, e2, filter, false,
                                  &ne);
      struct keyed *ov = collect (ctx, ctx->ko->doc, o, o2, filter, true,
                                  &no);
      /* Items on one side only, each list in document order.  */
      const struct td_item **miss = xmalloc ((ne + 1) * sizeof *miss);
      const struct td_item **extra = xmalloc ((no + 1) * sizeof *extra);
      size_t nm = 0, nx = 0, i = 0, j = 0;
      while (i < ne || j < no)
        {
          int c = i >= ne ? 1 : j >= no ? -1 : strcmp (ev[i].key, ov[j].key);
          if (c == 0)
            {
              i++;
              j++;
            }
          else if (c < 0)
            miss[nm++] = ev[i++].it;
          else
            extra[nx++] = ov[j++].it;
        }
      if (rule == TD_R_INLINE_CODE)
        {
          nm = drop_kept_as_text (miss, nm, o, o2);
          nx = drop_kept_as_text (extra, nx, e, e2);
        }
      else if (rule == TD_R_NUMBER)
        {
          nx = drop_number_words (extra, nx, ctx->ko->doc->src, e, e2);
          nm = drop_korean_numerals (miss, nm, o, o2);
        }
      qsort (miss, nm, sizeof *miss, cmp_pos);
      qsort (extra, nx, sizeof *extra, cmp_pos);
      size_t both = nm < nx ? nm : nx;
      for (size_t q = 0; q < nm || q < nx; q++)
        {
          char *msg;
          if (q < both && miss[q]->kind == extra[q]->kind
              && (translated_only (ctx, extra[q], miss[q])
                  || (rule == TD_R_NUMBER
                      && same_number (extra[q]->text, miss[q]->text))))
            continue;
          if (q < both && rule == TD_R_INLINE_CODE
              && translated_label (extra[q]->text, miss[q]->text))
            {
              char *kb = td_brief (extra[q]->text);
              char *eb = td_brief (miss[q]->text);
              td_report_own (ctx, rule, td_at_item (ctx->ko, extra[q]),
                             td_at_item (ctx->en, miss[q]), TD_SEV_WARNING,
                             /* TRANSLATORS: %1$s is the Korean code span,
                                %2$s the English one.  */
                             _("inline code `%1$s` translates the English "
                               "`%2$s`: if it names something in the "
                               "product's interface, check that the Korean "
                               "interface shows these words"), kb, eb);
              free (kb);
              free (eb);
              continue;
            }
          if (q < both && fragment_case_only (ctx, extra[q], miss[q]))
            {
              char *kb = td_brief (strchr (extra[q]->text, '#'));
              char *eb = td_brief (strchr (miss[q]->text, '#'));
              td_report_own (ctx, rule, td_at_item (ctx->ko, extra[q]),
                             td_at_item (ctx->en, miss[q]), TD_SEV_NOTE,
                             /* TRANSLATORS: %1$s is the fragment of the
                                Korean link ("#Gutters"), %2$s that of the
                                English one.  */
                             _("link fragment '%1$s' differs from the "
                               "English '%2$s' only in case: check that the "
                               "page still writes its heading id so"),
                             kb, eb);
              free (kb);
              free (eb);
              continue;
            }
          if (q < both && miss[q]->kind == extra[q]->kind
              && relative_for_absolute (ctx, extra[q], miss[q]))
            {
              char *kb = td_brief (extra[q]->text);
              char *eb = td_brief (miss[q]->text);
              td_report_own (ctx, rule, td_at_item (ctx->ko, extra[q]),
                             td_at_item (ctx->en, miss[q]), TD_SEV_WARNING,
                             /* TRANSLATORS: %1$s is the Korean link, a
                                path, %2$s the English absolute link.  */
                             _("link to '%1$s' is relative where the "
                               "English links to '%2$s': right when that "
                               "is the English site's own address"),
                             kb, eb);
              free (kb);
              free (eb);
              continue;
            }
          if (q < both && miss[q]->kind == extra[q]->kind)
            {
              msg = changed_message (extra[q]->kind, extra[q]->text,
                                     miss[q]->text);
              struct td_diag *d
                = td_report (ctx, rule, td_at_item (ctx->ko, extra[q]),
                             td_at_item (ctx->en, miss[q]), "%s", msg);
              free (msg);
              /* For the conventions of a --tree run (learn.h).  */
              if (d && rule == TD_R_LINK)
                d->pattern = td_learn_link_pattern (extra[q]->text,
                                                    miss[q]->text);
              continue;
            }
          if (q < nm)
            {
              msg = item_message (miss[q]->kind, true, miss[q]->text);
              td_report (ctx, rule, td_at_block (ctx->ko, p->ko),
                         td_at_item (ctx->en, miss[q]), "%s", msg);
              free (msg);
            }
          /* A code span the Korean text adds around an English word the
             English says inflected (`raise`합니다 for "raises"), when no
             code of the English is missing to pair it with.  */
          if (q < nx && q >= nm && rule == TD_R_INLINE_CODE
              && (has_inflected (e->text, extra[q]->text)
                  || (e2 && has_inflected (e2->text, extra[q]->text))))
            continue;
          /* Nor one that names what the English calls "it", shown as
             code earlier in the English section.  */
          if (q < nx && q >= nm && rule == TD_R_INLINE_CODE
              && code_in_section (ctx->en, p->en, extra[q]->text))
            continue;
          if (q < nx)
            {
              msg = item_message (extra[q]->kind, false, extra[q]->text);
              if (rule == TD_R_INLINE_CODE)
                /* Code the Korean text adds takes nothing away from the
                   page: a warning; a note when it names a word of the
                   English ("`setTimeout`" for "timeouts").  */
                td_report_own (ctx, rule, td_at_item (ctx->ko, extra[q]),
                               td_at_block (ctx->en, p->en),
                               q >= nm
                                 && (names_english_word (e->text,
                                                         extra[q]->text)
                                     || (e2 && names_english_word (
                                           e2->text, extra[q]->text)))
                                 ? TD_SEV_NOTE : TD_SEV_WARNING,
                               "%s", msg);
              else if (rule == TD_R_NUMBER && q >= nm
                       && number_on_page (ctx->en, extra[q]->text))
                /* A number the Korean adds that the English page says
                   elsewhere ("React 18에서는" for "We've removed" on a
                   page about React 18, "4단계" for "the example above"
                   after a heading "Step 4"): the translator made the
                   context explicit.  A note; a number that replaces
                   another is still reported with the one it replaces.  */
                td_report_own (ctx, rule, td_at_item (ctx->ko, extra[q]),
                               td_at_block (ctx->en, p->en), TD_SEV_NOTE,
                               "%s", msg);
              else
                td_report (ctx, rule, td_at_item (ctx->ko, extra[q]),
                           td_at_block (ctx->en, p->en), "%s", msg);
              free (msg);
            }
        }
      free (miss);
      free (extra);
      free_keyed (ev, ne);
      free_keyed (ov, no);
    }
}

static bool
is_component (const struct td_item *it)
{
  return it->kind == TD_ITEM_COMPONENT || it->kind == TD_ITEM_ATTR;
}

static bool
is_image (const struct td_item *it)
{
  return it->kind == TD_ITEM_IMAGE;
}

static bool
is_link (const struct td_item *it)
{
  return it->kind == TD_ITEM_LINK;
}

/* Code spans, except a span that is only a placeholder: the placeholder
   rule reports those.  */
static bool
is_code (const struct td_item *it)
{
  if (it->kind != TD_ITEM_CODE)
    return false;
  size_t s, no, nl, pos = 0, n = strlen (it->text);
  if (td_placeholder_next (it->text, n, &pos, &s, &no, &nl) && s == 0
      && nl + 2 == n)
    return false;
  return true;
}

static bool
is_placeholder (const struct td_item *it)
{
  return it->kind == TD_ITEM_PLACEHOLDER;
}

static bool
is_number (const struct td_item *it)
{
  return it->kind == TD_ITEM_NUMBER;
}

static bool
is_alt (const struct td_item *it)
{
  return it->kind == TD_ITEM_ALT;
}

static bool
is_textattr (const struct td_item *it)
{
  return it->kind == TD_ITEM_TEXTATTR;
}

/* Text worth translating: two Latin letters in a row and no Hangul.  */
static bool
english_text (const char *s)
{
  size_t h = 0, l = 0;
  td_utf8_count_scripts (s, strlen (s), &h, &l);
  if (h > 0)
    return false;
  for (const char *p = s; p[0] && p[1]; p++)
    if (((p[0] | 0x20) >= 'a' && (p[0] | 0x20) <= 'z')
        && ((p[1] | 0x20) >= 'a' && (p[1] | 0x20) <= 'z'))
      return true;
  return false;
}

/* The "translate" policy for items of KIND: a Korean item equal to the
   English one at the same place is untranslated text.  */
static void
require_translated (struct td_ctx *ctx, item_filter filter)
{
  if (!td_rule_on (ctx, TD_R_UNTRANSLATED))
    return;
  for (size_t k = 0; k < ctx->al->n; k++)
    {
      const struct td_pair *p = &ctx->al->pairs[k];
      const struct td_block *e = td_pair_en (ctx, p);
      const struct td_block *o = td_pair_ko (ctx, p);
      if (!e || !o)
        continue;
      const struct td_item *ei = td_block_items (ctx->en->doc, e);
      const struct td_item *oi = td_block_items (ctx->ko->doc, o);
      size_t a = 0, b = 0;
      for (;;)
        {
          while (a < e->nitems && !filter (&ei[a]))
            a++;
          while (b < o->nitems && !filter (&oi[b]))
            b++;
          if (a >= e->nitems || b >= o->nitems)
            break;
          if (STREQ (ei[a].text, oi[b].text) && english_text (oi[b].text))
            {
              char *brief = td_brief (oi[b].text);
              if (oi[b].kind == TD_ITEM_ALT)
                td_report (ctx, TD_R_UNTRANSLATED, td_at_item (ctx->ko, &oi[b]),
                           td_at_item (ctx->en, &ei[a]),
                           _("alt text is not translated: \"%s\""), brief);
              else
                td_report (ctx, TD_R_UNTRANSLATED, td_at_item (ctx->ko, &oi[b]),
                           td_at_item (ctx->en, &ei[a]),
                           _("attribute is not translated: %s"), brief);
              free (brief);
            }
          a++;
          b++;
        }
    }
}

void
td_check_mdx_component (struct td_ctx *ctx)
{
  const struct td_config *cfg = td_ctx_config (ctx);
  if (cfg->jsx_text_attributes == TD_TEXT_KEEP)
    compare_items (ctx, TD_R_MDX_COMPONENT, is_textattr, true);
  else if (cfg->jsx_text_attributes == TD_TEXT_TRANSLATE)
    require_translated (ctx, is_textattr);
  compare_items (ctx, TD_R_MDX_COMPONENT, is_component, false);
}

static bool
is_macro (const struct td_item *it)
{
  return it->kind == TD_ITEM_MACRO;
}

void
td_check_shortcode (struct td_ctx *ctx)
{
  compare_items (ctx, TD_R_SHORTCODE, is_macro, false);
}

void
td_check_image (struct td_ctx *ctx)
{
  const struct td_config *cfg = td_ctx_config (ctx);
  if (cfg->alt_text == TD_TEXT_KEEP)
    compare_items (ctx, TD_R_IMAGE, is_alt, true);
  else if (cfg->alt_text == TD_TEXT_TRANSLATE)
    require_translated (ctx, is_alt);
  compare_items (ctx, TD_R_IMAGE, is_image, false);
}

/* S without '-', '_' and white space, ASCII letters in lower case: the
   slug generators of documentation systems differ in these only (GitHub's
   "a-b", MDN's "a_b", collapsed or doubled separators).  Returns a new
   string.  */
static char *
loose_slug (const char *s)
{
  char *r = xstrdup (s);
  size_t o = 0;
  for (size_t i = 0; s[i]; i++)
    if (s[i] != '-' && s[i] != '_' && s[i] != ' ')
      r[o++] = (char) tolower ((unsigned char) s[i]);
  r[o] = '\0';
  return r;
}

/* True when HALF's source gives an element the id FRAG: an attribute
   id="FRAG", name="FRAG" or permalink="FRAG" (components that make their
   own anchors).  */
static bool
id_in_source (const struct td_half *half, const char *frag)
{
  static const char *const attrs[] = { "id=\"", "name=\"", "permalink=\"" };
  const char *text = half->doc->src->data;
  size_t fl = strlen (frag);
  for (size_t i = 0; i < sizeof attrs / sizeof *attrs; i++)
    {
      size_t al = strlen (attrs[i]);
      for (const char *p = strstr (text, attrs[i]); p;
           p = strstr (p + 1, attrs[i]))
        if (strncmp (p + al, frag, fl) == 0 && p[al + fl] == '"')
          return true;
    }
  return false;
}

/* True when FRAG (percent-decoded, without '#') names a heading of HALF:
   its explicit anchor or its slug, by any of the common slug
   generators (loose_slug), or an element id (id_in_source).  */
static bool
resolves (const struct td_half *half, const char *frag)
{
  for (size_t i = 0; i < half->doc->nblocks; i++)
    {
      const struct td_block *b = &half->doc->blocks[i];
      if (b->kind != TD_BLK_HEADING)
        continue;
      if (b->anchor && STREQ (b->anchor, frag))
        return true;
      char *slug = td_slug (b->text);
      bool same = STREQ (slug, frag);
      if (!same)
        {
          char *a = loose_slug (slug), *f = loose_slug (frag);
          same = a[0] && STREQ (a, f);
          free (a);
          free (f);
        }
      free (slug);
      if (same)
        return true;
    }
  return id_in_source (half, frag);
}

void
td_check_link (struct td_ctx *ctx)
{
  compare_items (ctx, TD_R_LINK, is_link, false);
  if (!td_rule_on (ctx, TD_R_LINK))
    return;
  bool all = td_ctx_config (ctx)->anchors == TD_ANCHORS_TRANSLATED_SLUGS;
  /* In-page links of the Korean page must name one of its headings: all
     of them when the project translates heading ids, else those whose
     fragment is translated (not compared with the English one).  */
  const struct td_half *ko = ctx->ko;
  for (size_t i = ko->first; i < ko->last; i++)
    {
      const struct td_block *b = &ko->doc->blocks[i];
      const struct td_item *it = td_block_items (ko->doc, b);
      for (size_t k = 0; k < b->nitems; k++)
        {
          if (it[k].kind != TD_ITEM_LINK || it[k].text[0] != '#'
              || it[k].text[1] == '\0')
            continue;
          char *frag = td_percent_decode (it[k].text + 1);
          if ((all || has_non_ascii (frag)) && !resolves (ko, frag))
            td_report (ctx, TD_R_LINK, td_at_item (ko, &it[k]), td_nowhere,
                       /* TRANSLATORS: %s is a link such as "#setup".  */
                       _("in-page link '%s' names no heading of this page"),
                       it[k].text);
          free (frag);
        }
    }
}

void
td_check_inline_code (struct td_ctx *ctx)
{
  compare_items (ctx, TD_R_INLINE_CODE, is_code, false);
}

void
td_check_placeholder (struct td_ctx *ctx)
{
  compare_items (ctx, TD_R_PLACEHOLDER, is_placeholder, false);
}

void
td_check_number (struct td_ctx *ctx)
{
  compare_items (ctx, TD_R_NUMBER, is_number, false);
}

static size_t
count_delims (const struct td_doc *doc, const struct td_block *b,
              const struct td_item **first)
{
  const struct td_item *items = td_block_items (doc, b);
  size_t n = 0;
  *first = NULL;
  for (size_t i = 0; i < b->nitems; i++)
    if (items[i].kind == TD_ITEM_DELIM)
      {
        if (*first == NULL)
          *first = &items[i];
        n++;
      }
  return n;
}

/* The literal delimiter of B to point at: the first one right after
   punctuation and directly followed by a Hangul letter (a closing '**'
   before a particle, "…)**가"), else the first followed by a Hangul
   letter, else the first.  */
static const struct td_item *
culprit (const struct td_doc *doc, const struct td_block *b,
         const struct td_item *first, uint32_t *next_cp)
{
  const struct td_item *items = td_block_items (doc, b);
  const struct td_item *hangul = NULL;
  uint32_t hangul_cp = 0;
  *next_cp = 0;
  for (size_t i = 0; i < b->nitems; i++)
    {
      const struct td_item *it = &items[i];
      if (it->kind != TD_ITEM_DELIM)
        continue;
      size_t len;
      const char *line = td_source_line (doc->src, it->line, &len);
      size_t at = (size_t) it->col - 1 + 2;
      if (at >= len)
        continue;
      uint32_t cp;
      int l = td_utf8_decode ((const unsigned char *) line + at, len - at,
                              &cp);
      if (l <= 0 || !td_uc_is_hangul (cp))
        continue;
      size_t before = (size_t) it->col - 1;
      if (before > 0 && ispunct ((unsigned char) line[before - 1]))
        {
          *next_cp = cp;
          return it;
        }
      if (!hangul)
        {
          hangul = it;
          hangul_cp = cp;
        }
    }
  if (hangul)
    {
      *next_cp = hangul_cp;
      return hangul;
    }
  return first;
}

void
td_check_emphasis (struct td_ctx *ctx)
{
  for (size_t k = 0; k < ctx->al->n; k++)
    {
      const struct td_pair *p = &ctx->al->pairs[k];
      const struct td_block *e = td_pair_en (ctx, p);
      const struct td_block *o = td_pair_ko (ctx, p);
      if (!e || !o)
        continue;
      const struct td_item *ef, *of;
      size_t ed = count_delims (ctx->en->doc, e, &ef);
      size_t od = count_delims (ctx->ko->doc, o, &of);
      /* Bold spans that the site's renderer makes of the '**' that
         CommonMark shows literally.  */
      int loose = 0;
      if (od > ed
          && td_profile_loose_strong (td_ctx_config (ctx)->profile))
        loose = (int) (od - ed) / 2;
      else if (od > ed)
        {
          uint32_t cp;
          const struct td_item *c = culprit (ctx->ko->doc, o, of, &cp);
          if (cp)
            {
              char next[5];
              int l = td_utf8_encode (cp, next);
              next[l] = '\0';
              td_report (ctx, TD_R_EMPHASIS, td_at_item (ctx->ko, c),
                         td_at_block (ctx->en, p->en),
                         /* TRANSLATORS: %s is the Korean letter that
                            follows the '**' (usually a particle).  */
                         _("'**' is shown literally: a closing '**' after "
                           "punctuation must be followed by a space or "
                           "punctuation, not '%s'; move the particle inside "
                           "the emphasis or put the punctuation outside it"),
                         next);
            }
          else
            td_report (ctx, TD_R_EMPHASIS, td_at_item (ctx->ko, c),
                       td_at_block (ctx->en, p->en), "%s",
                       _("'**' is shown literally: CommonMark cannot pair "
                         "it with another delimiter"));
          continue;
        }
      /* A join counts both paragraphs.  */
      int es = e->strong, ee = e->emph, os = o->strong + loose,
          oe = o->emph;
      if (p->en2 >= 0)
        {
          es += ctx->en->doc->blocks[p->en2].strong;
          ee += ctx->en->doc->blocks[p->en2].emph;
        }
      if (p->ko2 >= 0)
        {
          os += ctx->ko->doc->blocks[p->ko2].strong;
          oe += ctx->ko->doc->blocks[p->ko2].emph;
        }
      if (os > es && ee - oe >= os - es)
        /* Korean sets in bold what the English sets in italics (Hangul
           has no true italics; "_not_" becomes "**않고**"): each bold
           span more stands for an italic span less, and the bold ones
           are the English bold.  The italics differ, a note as below.  */
        td_report_own (ctx, TD_R_EMPHASIS, td_at_block (ctx->ko, p->ko),
                       td_at_block (ctx->en, p->en), TD_SEV_NOTE,
                       _("emphasis (italic) spans differ: %1$d here, %2$d "
                         "in the English text"),
                       oe, ee);
      else if (es != os && es > 0 && os > 0 && abs (es - os) == 1)
        /* One more or one less, both sides with bold: Korean word order
           splits an emphasised phrase in two ("**HTTPS 인증서**를
           **무료로**" for "**HTTPS certificates for free**") or joins
           two, and a translator repeats a term in bold.  A note unless
           the rule's severity is set; a page that drops or adds all of
           its bold, or more than one span, stays a warning.  */
        td_report_own (ctx, TD_R_EMPHASIS, td_at_block (ctx->ko, p->ko),
                       td_at_block (ctx->en, p->en), TD_SEV_NOTE,
                       _("strong (bold) spans differ: %1$d here, %2$d in "
                         "the English text"),
                       os, es);
      else if (es != os)
        td_report (ctx, TD_R_EMPHASIS, td_at_block (ctx->ko, p->ko),
                   td_at_block (ctx->en, p->en),
                   /* TRANSLATORS: %1$d and %2$d are counts of bold spans. */
                   _("strong (bold) spans differ: %1$d here, %2$d in the "
                     "English text"),
                   os, es);
      else if (ee != oe)
        /* Korean text is seldom set in italics: translators leave them
           out on purpose, so this is a note unless the rule's severity
           is set.  */
        td_report_own (ctx, TD_R_EMPHASIS, td_at_block (ctx->ko, p->ko),
                       td_at_block (ctx->en, p->en), TD_SEV_NOTE,
                       /* TRANSLATORS: %1$d and %2$d are counts of italic
                          spans.  */
                       _("emphasis (italic) spans differ: %1$d here, %2$d "
                         "in the English text"),
                       oe, ee);
    }
}
