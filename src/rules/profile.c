/* profile.c: the documentation systems twindoc knows (see profile.h and
   docs/en/profiles.md for the sources of each row).  */
#include <config.h>
#include "util/system.h"
#include "rules/profile.h"

#include <assert.h>
#include <sys/stat.h>

#include "util/xalloc.h"

#define LIST(...) (const char *const[]) { __VA_ARGS__, NULL }
#define NONE (const char *const[]) { NULL }

const struct td_profile td_profiles[] = {
  /* The verbatim components of react.dev (a Next.js site with no
     profile of its own): its pages quote console errors and terminal
     commands in English on purpose.  The names are not used otherwise,
     so they hold under every profile.  */
  { "commonmark", "CommonMark / GitHub Flavored Markdown",
    NONE, NONE, TD_ANCHORS_EXPLICIT, NONE,
    LIST ("ConsoleBlock", "ConsoleBlockMulti", "ConsoleLogLine",
          "TerminalBlock"), false, false },
  /* Docusaurus shows the front matter title as the heading of a page
     that has no Markdown title.  */
  { "docusaurus", "Docusaurus",
    LIST ("docusaurus.config.js", "docusaurus.config.ts",
          "docusaurus.config.mjs"),
    LIST ("@site/", "@theme/", "\n:::note", "\n:::tip", "\n:::info",
          "\n:::warning", "\n:::danger", "{/* #"),
    TD_ANCHORS_EXPLICIT, NONE, NONE, false, true },
  /* Astro's Korean pages make their own heading ids; i18nReady marks an
     English page ready for translation (Lunaria).  */
  { "starlight", "Astro Starlight",
    LIST ("astro.config.mjs", "astro.config.ts", "astro.config.js",
          "astro.config.mts"),
    LIST ("@astrojs/starlight", "\n:::note[", "\n:::tip[", "\n:::caution[",
          "\n:::danger[", "<Aside", "i18nReady:"),
    TD_ANCHORS_TRANSLATED_SLUGS, LIST ("i18nReady"), NONE, false, false },
  /* Reviewers and aliases are kept per language; lastmod is the page's
     own date.  */
  { "hugo", "Hugo",
    LIST ("hugo.toml", "hugo.yaml", "hugo.json", "config/_default"),
    LIST ("{{< ", "{{% ", "{{</", "{{%/"),
    TD_ANCHORS_EXPLICIT,
    LIST ("reviewers", "aliases", "lastmod", "approvers",
          "auto_generated"),
    NONE, false, false },
  /* MkDocs renders with Python-Markdown, whose '**' pairs without
     CommonMark's flanking rules ("**프록시(proxy)**를" is bold; checked
     with Python-Markdown 3.4.1, Debian's python3-markdown).  */
  { "mkdocs", "MkDocs (Material)",
    LIST ("mkdocs.yml", "mkdocs.yaml"),
    LIST ("\n!!! ", "\n??? ", "\n/// ", "\n=== \"", "\n{* ", "\n--8<--"),
    TD_ANCHORS_EXPLICIT, NONE, NONE, true, false },
  { "vitepress", "VitePress",
    LIST (".vitepress"),
    LIST ("\n::: tip", "\n::: warning", "\n::: info", "\n::: danger",
          "\n::: details", "<script setup"),
    TD_ANCHORS_EXPLICIT, NONE, NONE, false, false },
  /* MDN: Korean headings and their ids are translated; a translation
     records its English revision in l10n and leaves out the keys that
     drive English-only machinery.  */
  { "mdn", "MDN Web Docs",
    LIST ("files/en-us", "files/ko"),
    LIST ("\nl10n:", "sourceCommit:", "\npage-type:", "{{jsxref(",
          "{{domxref(", "{{Glossary(", "{{EmbedLiveSample(", "{{Compat",
          "{{Specifications"),
    TD_ANCHORS_TRANSLATED_SLUGS,
    LIST ("l10n", "original_slug", "page-type", "browser-compat",
          "spec-urls", "status", "sidebar", "tags", "short-title"),
    NONE, false, false },
};

const size_t td_nprofiles = ARRAY_SIZE (td_profiles);

bool
td_profile_loose_strong (const struct td_profile *profile)
{
  return profile && profile->loose_strong;
}

bool
td_profile_title_heading (const struct td_profile *profile)
{
  return profile && profile->title_heading;
}

const struct td_profile *
td_profile_find (const char *name)
{
  for (size_t i = 0; i < td_nprofiles; i++)
    if (STREQ (td_profiles[i].name, name))
      return &td_profiles[i];
  return NULL;
}

/* The profile whose marker is in DIR, with the marker's path in *WHERE. */
static const struct td_profile *
marker_in (const char *dir, char **where)
{
  struct stat st;
  /* DIR and a slash, then each marker in turn.  */
  size_t dl = strlen (dir), longest = 0;
  for (size_t i = 0; i < td_nprofiles; i++)
    for (const char *const *m = td_profiles[i].markers; *m; m++)
      if (strlen (*m) > longest)
        longest = strlen (*m);
  char *path = xmalloc (dl + longest + 2);
  memcpy (path, dir, dl);
  path[dl] = '/';
  for (size_t i = 0; i < td_nprofiles; i++)
    for (const char *const *m = td_profiles[i].markers; *m; m++)
      {
        strcpy (path + dl + 1, *m);
        if (stat (path, &st) == 0)
          {
            *where = path;
            return &td_profiles[i];
          }
      }
  free (path);
  return NULL;
}

const struct td_profile *
td_profile_from_markers (const char *const *dirs, size_t n, char **where)
{
  /* Walk all folders up one level at a time, so the nearest marker
     wins.  */
  char **cur = xcalloc (n + 1, sizeof *cur);
  const struct td_profile *found = NULL;
  *where = NULL;
  for (size_t i = 0; i < n; i++)
    cur[i] = realpath (dirs[i], NULL);
  for (bool more = true; more && !found;)
    {
      more = false;
      for (size_t i = 0; i < n && !found; i++)
        {
          if (cur[i] == NULL)
            continue;
          found = marker_in (cur[i], where);
          char *slash = strrchr (cur[i], '/');
          if (slash == NULL || slash == cur[i])
            {
              free (cur[i]);
              cur[i] = NULL;
              continue;
            }
          *slash = '\0';
          more = true;
        }
    }
  for (size_t i = 0; i < n; i++)
    free (cur[i]);
  free (cur);
  return found;
}

/* TEXT (LEN bytes) without its fenced code blocks and code spans: a page
   that shows another system's syntax as code (a guide about Hugo written
   for Docusaurus) is not written in it.  Returns a new string, of
   *OUT_LEN bytes.  */
static char *
without_fences (const char *text, size_t len, size_t *out_len)
{
  char *out = xmalloc (len + 1);
  size_t o = 0;
  char fence = 0;
  size_t run = 0;
  for (size_t i = 0; i < len;)
    {
      const char *nl = memchr (text + i, '\n', len - i);
      size_t e = nl ? (size_t) (nl - text) : len;
      size_t k = i;
      while (k < e && k - i < 4 && text[k] == ' ')
        k++;
      size_t r = 0;
      while (k + r < e && (text[k + r] == '`' || text[k + r] == '~')
             && text[k + r] == text[k])
        r++;
      bool marker = r >= 3;
      if (fence == 0 && marker)
        {
          fence = text[k];
          run = r;
        }
      else if (fence != 0 && marker && text[k] == fence && r >= run)
        fence = 0;
      else if (fence == 0 && !memchr (text + i, '`', e - i))
        {
          memcpy (out + o, text + i, e - i);
          o += e - i;
        }
      else if (fence == 0)
        /* The line without its code spans.  */
        for (size_t c = i; c < e; c++)
          {
            if (text[c] != '`')
              {
                out[o++] = text[c];
                continue;
              }
            size_t n = 0;
            while (c + n < e && text[c + n] == '`')
              n++;
            size_t close = c + n;
            for (; close < e; close++)
              if (text[close] == '`')
                {
                  size_t m = 0;
                  while (close + m < e && text[close + m] == '`')
                    m++;
                  if (m == n)
                    break;
                  close += m - 1;
                }
            c = close < e ? close + n - 1 : c + n - 1;
          }
      if (e < len)
        out[o++] = '\n';
      i = e + 1;
    }
  out[o] = '\0';
  *out_len = o;
  return out;
}

void
td_profile_score (const char *text, size_t len, unsigned *scores)
{
  size_t n;
  char *prose = without_fences (text, len, &n);
  /* One point for each hint a page holds, however often.  The prose is
     read once: at each byte, the hints not yet found that start with it
     are compared (chained by their first byte), rather than searching
     the page once per hint.  */
  enum { MAX_HINTS = 128 };
  struct
  {
    const char *s;
    size_t len;
    unsigned profile;
    int next;
  } hint[MAX_HINTS];
  int head[256];
  size_t nh = 0;
  for (size_t c = 0; c < 256; c++)
    head[c] = -1;
  for (size_t i = td_nprofiles; i-- > 0;)
    for (const char *const *h = td_profiles[i].hints; *h; h++)
      {
        assert (nh < MAX_HINTS);
        unsigned char c = (unsigned char) (*h)[0];
        hint[nh].s = *h;
        hint[nh].len = strlen (*h);
        hint[nh].profile = (unsigned) i;
        hint[nh].next = head[c];
        head[c] = (int) nh++;
      }
  for (size_t i = 0; i < n; i++)
    {
      unsigned char c = (unsigned char) prose[i];
      int *link = &head[c];
      while (*link >= 0)
        {
          int h = *link;
          /* Every hint has two bytes or more; PROSE ends in a NUL.  */
          if (prose[i + 1] == hint[h].s[1] && hint[h].len <= n - i
              && memcmp (prose + i, hint[h].s, hint[h].len) == 0)
            {
              scores[hint[h].profile]++;
              *link = hint[h].next; /* found: not looked for again */
            }
          else
            link = &hint[h].next;
        }
    }
  free (prose);
}

const struct td_profile *
td_profile_best (const unsigned *scores, size_t pages)
{
  size_t best = 0;
  for (size_t i = 1; i < td_nprofiles; i++)
    if (scores[i] > scores[best])
      best = i;
  if (best == 0 || scores[best] < (pages <= 1 ? 1u : 2u))
    return NULL;
  return &td_profiles[best];
}

bool
td_profile_fm_optional (const struct td_profile *profile, const char *key)
{
  if (profile == NULL)
    return false;
  for (const char *const *k = profile->fm_optional; *k; k++)
    if (STREQ (*k, key))
      return true;
  return false;
}

/* True when NAME (LEN bytes) is one of LIST.  */
static bool
listed (const char *const *list, const char *name, size_t len)
{
  for (const char *const *k = list; *k; k++)
    if (strlen (*k) == len && memcmp (*k, name, len) == 0)
      return true;
  return false;
}

bool
td_profile_verbatim (const struct td_profile *profile, const char *name,
                     size_t len)
{
  return listed (td_profiles[0].verbatim, name, len)
         || (profile != NULL && listed (profile->verbatim, name, len));
}
