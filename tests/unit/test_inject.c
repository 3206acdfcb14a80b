/* test_inject.c: injects one defect of each kind into the Korean side of
   every real pair of every set of the shared corpora and checks that a
   new diagnostic appears within three lines of it, at the profile that
   `twindoc check --tree` detects for the set.  Every case must be caught
   on ClickHouse and Astro, the sets the defects were written on; on each
   other set at least 95% of them (the figure of the frameworks issue).
   Prints a table per defect and one per set.  */
#include <config.h>
#include "util/system.h"
#include "rules/check.h"

#include <dirent.h>
#include <sys/stat.h>

#include "report/diag.h"
#include "harness.h"
#include "rules/rules.h"
#include "rules/config_file.h"
#include "rules/detect.h"
#include "rules/profile.h"
#include "util/xalloc.h"

#define EN_NAME "en.md"
#define KO_NAME "ko.md"
#define NEAR 3

/* The configuration of the set being run: its detected profile applied
   to the defaults, as `twindoc check --tree` runs it.  */
static const struct td_config *set_config;

/* The cases of the set being run, and those caught.  */
static int set_tried, set_caught;

/* The set being run is one of those the defects were written on
   (ClickHouse and Astro): every case must be caught there.  */
static bool set_strict;

static const char untranslated_text[]
    = "This paragraph was left untranslated by the translation pipeline "
      "and still needs work.";

/* ---------------------------------------------------------------- */
/* Files and directories.  */

struct strv
{
  char **v;
  size_t n, alloc;
};

static void
strv_push (struct strv *sv, char *s)
{
  if (sv->n == sv->alloc)
    {
      sv->alloc = sv->alloc ? 2 * sv->alloc : 64;
      sv->v = realloc (sv->v, sv->alloc * sizeof *sv->v);
      if (sv->v == NULL)
        abort ();
    }
  sv->v[sv->n++] = s;
}

static void
strv_free (struct strv *sv)
{
  for (size_t i = 0; i < sv->n; i++)
    free (sv->v[i]);
  free (sv->v);
  sv->v = NULL;
  sv->n = sv->alloc = 0;
}

static int
cmp_str (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static char *
join (const char *a, const char *b)
{
  size_t na = strlen (a), nb = strlen (b);
  char *s = malloc (na + nb + 2);
  if (s == NULL)
    abort ();
  memcpy (s, a, na);
  s[na] = '/';
  memcpy (s + na + 1, b, nb + 1);
  if (na == 0)
    memmove (s, s + 1, nb + 1);
  return s;
}

static bool
is_dir (const char *path)
{
  struct stat st;
  return stat (path, &st) == 0 && S_ISDIR (st.st_mode);
}

/* Appends the relative paths of the .md and .mdx files under ROOT/REL.  */
static void
walk (const char *root, const char *rel, struct strv *out)
{
  char *dir = rel[0] ? join (root, rel) : join ("", root);
  DIR *d = opendir (dir);
  if (d == NULL)
    {
      free (dir);
      return;
    }
  struct dirent *e;
  while ((e = readdir (d)) != NULL)
    {
      if (e->d_name[0] == '.')
        continue;
      char *r = join (rel, e->d_name);
      char *full = join (root, r);
      if (is_dir (full))
        {
          walk (root, r, out);
          free (r);
        }
      else
        {
          size_t n = strlen (r);
          if ((n > 3 && STREQ (r + n - 3, ".md"))
              || (n > 4 && STREQ (r + n - 4, ".mdx")))
            strv_push (out, r);
          else
            free (r);
        }
      free (full);
    }
  closedir (d);
  free (dir);
}

static char *
read_all (const char *path, size_t *len)
{
  FILE *f = fopen (path, "rb");
  if (f == NULL)
    return NULL;
  size_t alloc = 8192, n = 0;
  char *s = malloc (alloc);
  if (s == NULL)
    abort ();
  size_t k;
  while ((k = fread (s + n, 1, alloc - n - 1, f)) > 0)
    {
      n += k;
      if (alloc - n - 1 == 0)
        {
          alloc *= 2;
          s = realloc (s, alloc);
          if (s == NULL)
            abort ();
        }
    }
  fclose (f);
  s[n] = '\0';
  *len = n;
  return s;
}

/* ---------------------------------------------------------------- */
/* The Korean text cut into lines and classified.  */

enum
{
  L_FM = 1,      /* front matter, delimiters included */
  L_FENCE = 2,   /* opening or closing fence of a code block */
  L_CODE = 4,    /* inside a fenced code block */
  L_IMPORT = 8   /* MDX import or export line */
};

struct fence
{
  int open, close; /* 0-based line indexes; close is the closing fence */
  bool json;
};

struct text
{
  const char *s;
  size_t n;
  size_t *lo;       /* lo[i]: offset of line i; lo[nlines] == n */
  int nlines;
  unsigned char *flags;
  unsigned char *bad; /* lines where no defect is injected (see mask) */
  struct fence *fences;
  int nfences;
};

static size_t
line_len (const struct text *t, int i)
{
  size_t e = t->lo[i + 1];
  if (e > t->lo[i] && t->s[e - 1] == '\n')
    e--;
  return e - t->lo[i];
}

static const char *
line_at (const struct text *t, int i)
{
  return t->s + t->lo[i];
}

static bool
blank (const struct text *t, int i)
{
  const char *s = line_at (t, i);
  size_t n = line_len (t, i);
  for (size_t k = 0; k < n; k++)
    if (s[k] != ' ' && s[k] != '\t')
      return false;
  return true;
}

static size_t
indent_of (const char *s, size_t n)
{
  size_t k = 0;
  while (k < n && s[k] == ' ')
    k++;
  return k;
}

static bool
prose (const struct text *t, int i)
{
  return i >= 0 && i < t->nlines && t->flags[i] == 0 && !t->bad[i];
}

static bool
starts (const char *s, size_t n, const char *p)
{
  size_t k = strlen (p);
  return n >= k && memcmp (s, p, k) == 0;
}

static void
text_init (struct text *t, const char *s, size_t n)
{
  t->s = s;
  t->n = n;
  int nl = 0;
  for (size_t k = 0; k < n; k++)
    nl += s[k] == '\n';
  if (n > 0 && s[n - 1] != '\n')
    nl++;
  t->nlines = nl;
  t->lo = malloc ((size_t) (nl + 1) * sizeof *t->lo);
  t->flags = calloc ((size_t) nl + 1, 1);
  t->bad = calloc ((size_t) nl + 1, 1);
  t->fences = malloc (((size_t) nl / 2 + 1) * sizeof *t->fences);
  if (t->lo == NULL || t->flags == NULL || t->bad == NULL
      || t->fences == NULL)
    abort ();
  t->nfences = 0;
  int i = 0;
  t->lo[0] = 0;
  for (size_t k = 0; k < n; k++)
    if (s[k] == '\n' && i + 1 <= nl)
      t->lo[++i] = k + 1;
  t->lo[nl] = n;

  int start = 0;
  if (nl > 0 && line_len (t, 0) == 3 && starts (line_at (t, 0), 3, "---"))
    for (int j = 1; j < nl; j++)
      if (line_len (t, j) == 3 && starts (line_at (t, j), 3, "---"))
        {
          for (int k = 0; k <= j; k++)
            t->flags[k] = L_FM;
          start = j + 1;
          break;
        }
  for (int j = start; j < nl; j++)
    {
      const char *l = line_at (t, j);
      size_t len = line_len (t, j);
      size_t ind = indent_of (l, len);
      if (ind == 0 && (starts (l, len, "import ") || starts (l, len, "export ")))
        {
          t->flags[j] = L_IMPORT;
          continue;
        }
      if (len - ind < 3 || (l[ind] != '`' && l[ind] != '~'))
        continue;
      char fc = l[ind];
      size_t run = 0;
      while (ind + run < len && l[ind + run] == fc)
        run++;
      if (run < 3)
        continue;
      /* An opening fence; find its closing one.  */
      int close = -1;
      for (int k = j + 1; k < nl && close < 0; k++)
        {
          const char *c = line_at (t, k);
          size_t cn = line_len (t, k);
          size_t ci = indent_of (c, cn);
          size_t cr = 0;
          while (ci + cr < cn && c[ci + cr] == fc)
            cr++;
          if (cr < run)
            continue;
          size_t r = ci + cr;
          while (r < cn && (c[r] == ' ' || c[r] == '\t'))
            r++;
          if (r == cn)
            close = k;
        }
      if (close < 0)
        close = nl; /* unclosed: runs to the end */
      struct fence *f = &t->fences[t->nfences++];
      f->open = j;
      f->close = close;
      f->json = starts (l + ind + run, len - ind - run, "json");
      t->flags[j] = L_FENCE;
      for (int k = j + 1; k < close && k < nl; k++)
        t->flags[k] = L_CODE;
      if (close < nl)
        t->flags[close] = L_FENCE;
      j = close;
    }
}

static void
text_free (struct text *t)
{
  free (t->lo);
  free (t->flags);
  free (t->bad);
  free (t->fences);
}

/* ---------------------------------------------------------------- */
/* Mutations.  */

enum map_kind
{
  MAP_SAME,   /* lines keep their numbers */
  MAP_DELETE, /* lines [from, from + count) removed (1-based) */
  MAP_SWAP    /* [a, a + la) and [a + la, a + la + lb) exchanged */
};

struct mutation
{
  char *s;
  size_t n;
  int line, line2;   /* where the defect is in the mutated file (1-based) */
  enum map_kind map;
  int from, count;
  int a, la, lb;
};

/* The pristine line P as numbered in the mutated file, or -1.  */
static int
map_line (const struct mutation *m, int p)
{
  switch (m->map)
    {
    case MAP_DELETE:
      if (p < m->from)
        return p;
      if (p >= m->from + m->count)
        return p - m->count;
      return -1;
    case MAP_SWAP:
      if (p >= m->a && p < m->a + m->la)
        return p + m->lb;
      if (p >= m->a + m->la && p < m->a + m->la + m->lb)
        return p - m->la;
      return p;
    case MAP_SAME:
    default:
      return p;
    }
}

/* Replaces bytes [B0, B1) of T by R.  */
static void
splice (const struct text *t, size_t b0, size_t b1, const char *r,
        struct mutation *m)
{
  size_t rn = strlen (r);
  m->n = t->n - (b1 - b0) + rn;
  m->s = malloc (m->n + 1);
  if (m->s == NULL)
    abort ();
  memcpy (m->s, t->s, b0);
  memcpy (m->s + b0, r, rn);
  memcpy (m->s + b0 + rn, t->s + b1, t->n - b1);
  m->s[m->n] = '\0';
}

/* Changes the text of line I (0-based) in place: bytes [B0, B1) of the
   whole text become R.  */
static void
change (const struct text *t, int i, size_t b0, size_t b1, const char *r,
        struct mutation *m)
{
  splice (t, b0, b1, r, m);
  m->map = MAP_SAME;
  m->line = i + 1;
}

/* Removes lines [I, I + COUNT) (0-based).  */
static void
delete_lines (const struct text *t, int i, int count, struct mutation *m)
{
  splice (t, t->lo[i], t->lo[i + count], "", m);
  m->map = MAP_DELETE;
  m->from = i + 1;
  m->count = count;
  m->line = i + 1;
}

static char
bump (char c)
{
  if ((c >= '0' && c <= '8') || (c >= 'a' && c <= 'y')
      || (c >= 'A' && c <= 'Y'))
    return (char) (c + 1);
  if (c == '9')
    return '8';
  if (c == 'z')
    return 'y';
  if (c == 'Z')
    return 'Y';
  return c;
}

static bool
is_alnum (int c)
{
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')
         || (c >= 'A' && c <= 'Z');
}

static bool
is_ident (int c)
{
  return is_alnum (c) || c == '_';
}

/* Replaces the byte at OFF by its bump.  */
static void
bump_at (const struct text *t, int i, size_t off, struct mutation *m)
{
  char r[2] = { bump (t->s[off]), '\0' };
  change (t, i, off, off + 1, r, m);
}

/* Whether byte K of line L (length N) is inside a code span, counting
   backticks before it.  */
static bool
in_span (const char *l, size_t k)
{
  size_t ticks = 0;
  for (size_t j = 0; j < k; j++)
    ticks += l[j] == '`';
  return ticks % 2 == 1;
}

static bool
has_hangul (const char *s, size_t n)
{
  for (size_t k = 0; k + 2 < n; k++)
    {
      unsigned char a = (unsigned char) s[k], b = (unsigned char) s[k + 1];
      if ((a == 0xEA && b >= 0xB0) || a == 0xEB || a == 0xEC
          || (a == 0xED && b < 0x9F))
        return true;
    }
  return false;
}

/* The ATX heading level of line I, or 0.  */
static int
heading_level (const struct text *t, int i)
{
  if (!prose (t, i))
    return 0;
  const char *l = line_at (t, i);
  size_t n = line_len (t, i);
  int k = 0;
  while ((size_t) k < n && l[k] == '#')
    k++;
  if (k < 1 || k > 6 || (size_t) k >= n || l[k] != ' ')
    return 0;
  return k;
}

/* The explicit id of heading line I: [*SO, *EO) is the syntax to remove
   (with the spaces before it), *IE the end of the id.  */
static bool
heading_anchor (const struct text *t, int i, size_t *so, size_t *ie,
                size_t *eo)
{
  if (heading_level (t, i) == 0)
    return false;
  const char *l = line_at (t, i);
  size_t n = line_len (t, i);
  while (n > 0 && l[n - 1] == ' ')
    n--;
  if (n < 4 || l[n - 1] != '}')
    return false;
  size_t e = n - 1;
  if (l[e - 1] == '\\')
    e--;
  size_t b = e;
  while (b > 0 && (is_ident ((unsigned char) l[b - 1]) || l[b - 1] == '-'
                   || l[b - 1] == '.'))
    b--;
  if (b == e || b < 2 || l[b - 1] != '#' || l[b - 2] != '{')
    return false;
  size_t s = b - 2;
  if (s > 0 && l[s - 1] == '\\')
    s--;
  while (s > 0 && l[s - 1] == ' ')
    s--;
  *so = t->lo[i] + s;
  *ie = t->lo[i] + e;
  *eo = t->lo[i] + n;
  return true;
}

/* Each finder looks for the first site of its defect in T and fills M.  */

static bool
find_code_drop (const struct text *t, struct mutation *m)
{
  for (int f = 0; f < t->nfences; f++)
    if (t->fences[f].close < t->nlines && !t->bad[t->fences[f].open])
      {
        delete_lines (t, t->fences[f].open,
                      t->fences[f].close - t->fences[f].open + 1, m);
        return true;
      }
  return false;
}

/* True when line L (N bytes) starts a comment: code-block compares code
   without its comments, so altering one is no change.  */
static bool
comment_line (const char *l, size_t n)
{
  static const char *const openers[] = { "#", "//", "/*", "*", "<!--",
                                         "{/*", "--" };
  size_t k = 0;
  while (k < n && (l[k] == ' ' || l[k] == '\t'))
    k++;
  for (size_t o = 0; o < ARRAY_SIZE (openers); o++)
    if (n - k >= strlen (openers[o])
        && memcmp (l + k, openers[o], strlen (openers[o])) == 0)
      return true;
  return false;
}

static bool
find_code_alter (const struct text *t, struct mutation *m)
{
  for (int i = 0; i < t->nlines; i++)
    if (t->flags[i] == L_CODE && !t->bad[i])
      {
        const char *l = line_at (t, i);
        size_t n = line_len (t, i);
        if (comment_line (l, n))
          continue;
        for (size_t k = 0; k < n; k++)
          if (is_alnum ((unsigned char) l[k]))
            {
              bump_at (t, i, t->lo[i] + k, m);
              return true;
            }
      }
  return false;
}

/* The end of the JSON string starting after the quote at K.  */
static size_t
string_end (const char *l, size_t n, size_t k)
{
  while (k < n && l[k] != '"')
    k += l[k] == '\\' ? 2 : 1;
  return k < n ? k : SIZE_MAX;
}

static bool
find_json_value (const struct text *t, struct mutation *m)
{
  for (int f = 0; f < t->nfences; f++)
    {
      if (!t->fences[f].json || t->bad[t->fences[f].open])
        continue;
      /* Prefer "key": "value", then an array's "value".  */
      for (int pass = 0; pass < 2; pass++)
        for (int i = t->fences[f].open + 1;
             i < t->fences[f].close && i < t->nlines; i++)
          {
            const char *l = line_at (t, i);
            size_t n = line_len (t, i);
            size_t b = SIZE_MAX;
            if (pass == 0)
              {
                const char *p = NULL;
                for (size_t k = 0; k + 3 < n && p == NULL; k++)
                  if (l[k] == '"' && l[k + 1] == ':' && l[k + 2] == ' '
                      && l[k + 3] == '"')
                    p = l + k + 4;
                if (p != NULL)
                  b = (size_t) (p - l);
              }
            else
              {
                size_t k = indent_of (l, n);
                if (k < n && l[k] == '"')
                  {
                    size_t e = string_end (l, n, k + 1);
                    if (e != SIZE_MAX && (e + 1 >= n || l[e + 1] != ':'))
                      b = k + 1;
                  }
              }
            if (b == SIZE_MAX)
              continue;
            size_t e = string_end (l, n, b);
            if (e == SIZE_MAX)
              continue;
            bool allow = e - b == 5 && memcmp (l + b, "Allow", 5) == 0;
            change (t, i, t->lo[i] + b, t->lo[i] + e,
                    allow ? "Deny" : "CHANGED", m);
            return true;
          }
    }
  return false;
}

/* The first {NAME} in prose: [*B, *E) of the whole text.  */
static bool
next_placeholder (const struct text *t, int *line, size_t *b, size_t *e)
{
  for (int i = 0; i < t->nlines; i++)
    {
      if (!prose (t, i))
        continue;
      const char *l = line_at (t, i);
      size_t n = line_len (t, i);
      for (size_t k = 0; k + 2 < n; k++)
        {
          if (l[k] != '{' || (k > 0 && strchr ("${=\\", l[k - 1])))
            continue;
          if (!((l[k + 1] >= 'A' && l[k + 1] <= 'Z') || l[k + 1] == '_'))
            continue;
          size_t j = k + 1;
          while (j < n && is_ident ((unsigned char) l[j]))
            j++;
          if (j >= n || l[j] != '}' || (j + 1 < n && l[j + 1] == '}'))
            continue;
          *line = i;
          *b = t->lo[i] + k;
          *e = t->lo[i] + j + 1;
          return true;
        }
    }
  return false;
}

static bool
find_placeholder_rename (const struct text *t, struct mutation *m)
{
  int i;
  size_t b, e;
  if (!next_placeholder (t, &i, &b, &e))
    return false;
  /* {NAME} -> {RENAMED_NAME} */
  change (t, i, b + 1, b + 1, "RENAMED_", m);
  return true;
}

static bool
find_placeholder_drop (const struct text *t, struct mutation *m)
{
  int i;
  size_t b, e;
  if (!next_placeholder (t, &i, &b, &e))
    return false;
  /* A code span that holds only the placeholder goes with it.  */
  if (b > t->lo[i] && t->s[b - 1] == '`' && e < t->n && t->s[e] == '`')
    b--, e++;
  change (t, i, b, e, "", m);
  return true;
}

static bool
find_anchor (const struct text *t, struct mutation *m, bool drop)
{
  for (int i = 0; i < t->nlines; i++)
    {
      size_t so, ie, eo;
      if (!heading_anchor (t, i, &so, &ie, &eo))
        continue;
      if (drop)
        change (t, i, so, eo, "", m);
      else
        change (t, i, ie, ie, "-changed", m);
      return true;
    }
  return false;
}

static bool
find_anchor_change (const struct text *t, struct mutation *m)
{
  return find_anchor (t, m, false);
}

static bool
find_anchor_drop (const struct text *t, struct mutation *m)
{
  return find_anchor (t, m, true);
}

static bool
find_heading_drop (const struct text *t, struct mutation *m)
{
  for (int i = 0; i < t->nlines; i++)
    if (heading_level (t, i))
      {
        delete_lines (t, i, 1, m);
        return true;
      }
  return false;
}

static bool
find_heading_level (const struct text *t, struct mutation *m)
{
  for (int i = 0; i < t->nlines; i++)
    {
      int lv = heading_level (t, i);
      if (lv > 0 && lv < 6)
        {
          change (t, i, t->lo[i], t->lo[i], "#", m);
          return true;
        }
    }
  return false;
}

/* The list marker of line I: its indentation and a key for its kind
   ('-', '*', '+', '.' or ')'), or false.  */
static bool
list_marker (const struct text *t, int i, size_t *ind, char *kind)
{
  if (!prose (t, i))
    return false;
  const char *l = line_at (t, i);
  size_t n = line_len (t, i);
  size_t k = indent_of (l, n);
  *ind = k;
  if (k + 2 <= n && strchr ("-*+", l[k]) && l[k + 1] == ' '
      && k + 2 < n && l[k + 2] != ' ')
    {
      *kind = l[k];
      return true;
    }
  size_t d = k;
  while (d < n && d - k < 9 && l[d] >= '0' && l[d] <= '9')
    d++;
  if (d > k && d + 2 < n && (l[d] == '.' || l[d] == ')') && l[d + 1] == ' ')
    {
      *kind = l[d];
      return true;
    }
  return false;
}

static bool
find_list_item_drop (const struct text *t, struct mutation *m)
{
  for (int i = 0; i + 1 < t->nlines; i++)
    {
      size_t i1, i2;
      char k1, k2;
      if (list_marker (t, i, &i1, &k1) && list_marker (t, i + 1, &i2, &k2)
          && i1 == i2 && k1 == k2)
        {
          delete_lines (t, i, 1, m);
          return true;
        }
    }
  return false;
}

static bool
delimiter_row (const char *l, size_t n)
{
  bool dash = false, bar = false;
  for (size_t k = 0; k < n; k++)
    {
      if (!strchr (" |:-", l[k]))
        return false;
      dash |= l[k] == '-';
      bar |= l[k] == '|';
    }
  return dash && bar;
}

static bool
find_table_row_drop (const struct text *t, struct mutation *m)
{
  for (int i = 0; i + 2 < t->nlines; i++)
    if (prose (t, i) && prose (t, i + 1) && prose (t, i + 2)
        && memchr (line_at (t, i), '|', line_len (t, i))
        && delimiter_row (line_at (t, i + 1), line_len (t, i + 1))
        && memchr (line_at (t, i + 2), '|', line_len (t, i + 2))
        && !blank (t, i + 2))
      {
        delete_lines (t, i + 2, 1, m);
        return true;
      }
  return false;
}

static bool
find_untranslated (const struct text *t, struct mutation *m)
{
  /* Pass 0: a one-line paragraph without markup or digits, so that only
     the language changes; pass 1: any Korean paragraph line.  */
  for (int pass = 0; pass < 2; pass++)
    for (int i = 0; i < t->nlines; i++)
      {
        if (!prose (t, i) || blank (t, i))
          continue;
        const char *l = line_at (t, i);
        size_t n = line_len (t, i);
        if (strchr ("#|<>:-*+!{[` \t", l[0]) || (l[0] >= '0' && l[0] <= '9')
            || !has_hangul (l, n))
          continue;
        if (pass == 0)
          {
            if ((i > 0 && !blank (t, i - 1))
                || (i + 1 < t->nlines && !blank (t, i + 1)))
              continue;
            bool clean = true;
            for (size_t k = 0; k < n && clean; k++)
              clean = !strchr ("`[]<>{}*_|\\", l[k])
                      && !(l[k] >= '0' && l[k] <= '9');
            if (!clean)
              continue;
          }
        if (pass == 0)
          {
            change (t, i, t->lo[i], t->lo[i] + n, untranslated_text, m);
            return true;
          }
        /* Pass 1: the whole paragraph that holds line I is left in
           English, one English line for each of its lines (a paragraph
           wrapped over several lines, as the glossary writes them; one
           English line among Korean ones would be an English sentence
           that is no sentence of the English page).  */
        int a = i, b = i;
        while (a > 0 && prose (t, a - 1) && !blank (t, a - 1))
          a--;
        while (b + 1 < t->nlines && prose (t, b + 1) && !blank (t, b + 1))
          b++;
        size_t rl = strlen (untranslated_text);
        char *r = xmalloc ((size_t) (b - a + 1) * (rl + 1) + 1);
        size_t w = 0;
        for (int k = a; k <= b; k++)
          {
            memcpy (r + w, untranslated_text, rl);
            w += rl;
            if (k < b)
              r[w++] = '\n';
          }
        r[w] = '\0';
        change (t, a, t->lo[a], t->lo[b] + line_len (t, b), r, m);
        free (r);
        return true;
      }
  return false;
}

/* The destination of a link or image whose "](" is at K of line L:
   [*B, *E) relative to L.  */
static bool
destination (const char *l, size_t n, size_t k, size_t *b, size_t *e)
{
  size_t d = k + 2;
  if (d >= n || l[d] == '<' || l[d] == ')')
    return false;
  size_t x = d;
  while (x < n && l[x] != ')' && l[x] != ' ')
    x++;
  if (x >= n)
    return false;
  *b = d;
  *e = x;
  return true;
}

/* The '[' that opens the bracket closed at K, or SIZE_MAX.  */
static size_t
open_bracket (const char *l, size_t k)
{
  int depth = 0;
  for (size_t j = k; j-- > 0;)
    {
      if (l[j] == ']')
        depth++;
      else if (l[j] == '[')
        {
          if (depth == 0)
            return j;
          depth--;
        }
    }
  return SIZE_MAX;
}

/* The last letter or digit in [B, E) of L before the last '.' when there
   is one (the extension), or SIZE_MAX.  */
static size_t
last_alnum (const char *l, size_t b, size_t e)
{
  size_t end = e;
  for (size_t j = e; j-- > b;)
    if (l[j] == '.')
      {
        end = j;
        break;
      }
    else if (l[j] == '/')
      break;
  for (size_t j = end; j-- > b;)
    if (is_alnum ((unsigned char) l[j]))
      return j;
  for (size_t j = e; j-- > b;)
    if (is_alnum ((unsigned char) l[j]))
      return j;
  return SIZE_MAX;
}

static bool
find_link_or_image (const struct text *t, struct mutation *m, bool image)
{
  for (int i = 0; i < t->nlines; i++)
    {
      if (!prose (t, i))
        continue;
      const char *l = line_at (t, i);
      size_t n = line_len (t, i);
      for (size_t k = 0; k + 1 < n; k++)
        {
          size_t b, e, o;
          if (image && k + 5 < n && memcmp (l + k, "img={", 5) == 0
              && !in_span (l, k))
            {
              b = k + 5;
              e = b;
              while (e < n && l[e] != '}')
                e++;
              size_t c = e < n ? last_alnum (l, b, e) : SIZE_MAX;
              if (c != SIZE_MAX)
                {
                  bump_at (t, i, t->lo[i] + c, m);
                  return true;
                }
            }
          if (l[k] != ']' || l[k + 1] != '(' || in_span (l, k))
            continue;
          o = open_bracket (l, k);
          if (o == SIZE_MAX || (o > 0 && l[o - 1] == '!') != image)
            continue;
          if (!destination (l, n, k, &b, &e))
            continue;
          /* A fragment that names a translated heading of another page is
             not compared (twindoc has not that page): change the path.  */
          const char *hash = memchr (l + b, '#', e - b);
          if (hash && hash > l + b)
            e = (size_t) (hash - l);
          size_t c = last_alnum (l, b, e);
          if (c == SIZE_MAX)
            continue;
          bump_at (t, i, t->lo[i] + c, m);
          return true;
        }
    }
  return false;
}

static bool
find_link_change (const struct text *t, struct mutation *m)
{
  return find_link_or_image (t, m, false);
}

static bool
find_image_change (const struct text *t, struct mutation *m)
{
  return find_link_or_image (t, m, true);
}

static bool
find_inline_code_change (const struct text *t, struct mutation *m)
{
  for (int i = 0; i < t->nlines; i++)
    {
      if (!prose (t, i))
        continue;
      const char *l = line_at (t, i);
      size_t n = line_len (t, i);
      size_t k = 0;
      while (k < n)
        {
          if (l[k] != '`')
            {
              k++;
              continue;
            }
          size_t run = 0;
          while (k + run < n && l[k + run] == '`')
            run++;
          /* The closing run of the same length.  */
          size_t c = k + run, close = SIZE_MAX;
          while (c < n && close == SIZE_MAX)
            {
              if (l[c] != '`')
                {
                  c++;
                  continue;
                }
              size_t r = 0;
              while (c + r < n && l[c + r] == '`')
                r++;
              if (r == run)
                close = c;
              c += r;
            }
          if (close == SIZE_MAX)
            break;
          size_t b = k + run;
          bool brace = memchr (l + b, '{', close - b) != NULL;
          for (size_t j = b; j < close && !brace; j++)
            if (is_alnum ((unsigned char) l[j]))
              {
                bump_at (t, i, t->lo[i] + j, m);
                return true;
              }
          k = close + run;
        }
    }
  return false;
}

/* Marks in MASK the bytes of line L that are not prose for numbers:
   code spans, links, images, braces, tags, URLs and list markers.  */
static void
number_mask (const char *l, size_t n, bool *mask)
{
  memset (mask, 0, n);
  /* List markers and quote markers, nested ones too ("- 1. ").  */
  size_t k0 = indent_of (l, n);
  for (;;)
    {
      size_t d = k0;
      while (d < n && l[d] >= '0' && l[d] <= '9')
        d++;
      if (d > k0 && d + 1 < n && (l[d] == '.' || l[d] == ')')
          && l[d + 1] == ' ')
        d++;
      else if (d == k0 && d + 1 < n && strchr ("-*+>", l[d])
               && l[d + 1] == ' ')
        d++;
      else
        break;
      while (d < n && l[d] == ' ')
        d++;
      k0 = d;
    }
  for (size_t k = 0; k < k0; k++)
    mask[k] = true;
  for (size_t k = 0; k < n; k++)
    {
      size_t e = k;
      if (l[k] == '`')
        {
          e = k + 1;
          while (e < n && l[e] != '`')
            e++;
        }
      else if (l[k] == '[')
        {
          /* [text](dest) or [text] */
          int depth = 0;
          for (e = k; e < n; e++)
            if (l[e] == '[')
              depth++;
            else if (l[e] == ']' && --depth == 0)
              break;
          if (e + 1 < n && l[e + 1] == '(')
            while (e < n && l[e] != ')')
              e++;
        }
      else if (l[k] == '{' || l[k] == '<')
        {
          char c = l[k] == '{' ? '}' : '>';
          e = k + 1;
          while (e < n && l[e] != c)
            e++;
        }
      else if (starts (l + k, n - k, "http"))
        while (e < n && l[e] != ' ' && l[e] != ')')
          e++;
      else
        continue;
      if (e >= n)
        e = n - 1;
      for (size_t j = k; j <= e; j++)
        mask[j] = true;
      k = e;
    }
}

static bool
find_number_change (const struct text *t, struct mutation *m)
{
  for (int i = 0; i < t->nlines; i++)
    {
      if (!prose (t, i))
        continue;
      const char *l = line_at (t, i);
      size_t n = line_len (t, i);
      if (n == 0 || delimiter_row (l, n))
        continue;
      bool *mask = malloc (n);
      if (mask == NULL)
        abort ();
      number_mask (l, n, mask);
      for (size_t k = 0; k < n; k++)
        {
          if (mask[k] || l[k] < '0' || l[k] > '9')
            continue;
          /* The word around it has no Latin letter, '_' or '-'.  */
          size_t b = k, e = k;
          while (b > 0 && !strchr (" \t,;:()*", l[b - 1]))
            b--;
          while (e < n && !strchr (" \t,;:()*", l[e]))
            e++;
          bool latin = false;
          for (size_t j = b; j < e; j++)
            latin |= (l[j] >= 'a' && l[j] <= 'z')
                     || (l[j] >= 'A' && l[j] <= 'Z') || l[j] == '_'
                     || l[j] == '-' || mask[j];
          if (latin)
            continue;
          free (mask);
          bump_at (t, i, t->lo[i] + k, m);
          return true;
        }
      free (mask);
    }
  return false;
}

static bool
find_component_drop (const struct text *t, struct mutation *m)
{
  for (int i = 0; i < t->nlines; i++)
    {
      if (!prose (t, i))
        continue;
      const char *l = line_at (t, i);
      size_t n = line_len (t, i);
      size_t k = indent_of (l, n);
      while (n > k && l[n - 1] == ' ')
        n--;
      if (n - k >= 4 && l[k] == '<' && l[k + 1] >= 'A' && l[k + 1] <= 'Z'
          && l[n - 2] == '/' && l[n - 1] == '>'
          && memchr (l + k + 1, '<', n - k - 1) == NULL)
        {
          delete_lines (t, i, 1, m);
          return true;
        }
    }
  return false;
}

static bool
find_slug_change (const struct text *t, struct mutation *m)
{
  for (int i = 0; i < t->nlines && t->flags[i] == L_FM; i++)
    {
      const char *l = line_at (t, i);
      size_t n = line_len (t, i), k;
      if (starts (l, n, "slug:"))
        k = 5;
      else if (starts (l, n, "'slug':") || starts (l, n, "\"slug\":"))
        k = 7;
      else
        continue;
      while (k < n && l[k] == ' ')
        k++;
      while (n > k && l[n - 1] == ' ')
        n--;
      if (k == n)
        continue;
      size_t at = n;
      if ((l[k] == '\'' || l[k] == '"') && n > k + 1 && l[n - 1] == l[k])
        at = n - 1;
      change (t, i, t->lo[i] + at, t->lo[i] + at, "-changed", m);
      return true;
    }
  return false;
}

static bool
h2 (const struct text *t, int i)
{
  return heading_level (t, i) == 2;
}

static bool
find_section_swap (const struct text *t, struct mutation *m)
{
  if (t->n == 0 || t->s[t->n - 1] != '\n')
    return false;
  int h[3], nh = 0;
  for (int i = 0; i < t->nlines; i++)
    {
      if (!h2 (t, i))
        continue;
      if (nh == 3)
        {
          h[0] = h[1];
          h[1] = h[2];
          nh = 2;
        }
      h[nh++] = i;
      if (nh == 3)
        break;
    }
  if (nh < 2)
    return false;
  int a = h[0], b = h[1], c = nh == 3 ? h[2] : t->nlines;
  /* At the end of the file the moved section must end with a blank line
     so that the heading that comes after it stays a heading.  */
  if (nh == 2 && !blank (t, t->nlines - 1))
    return false;
  size_t pa = t->lo[a], pb = t->lo[b], pc = t->lo[c];
  m->n = t->n;
  m->s = malloc (t->n + 1);
  if (m->s == NULL)
    abort ();
  memcpy (m->s, t->s, pa);
  memcpy (m->s + pa, t->s + pb, pc - pb);
  memcpy (m->s + pa + (pc - pb), t->s + pa, pb - pa);
  memcpy (m->s + pc, t->s + pc, t->n - pc);
  m->s[m->n] = '\0';
  m->map = MAP_SWAP;
  m->a = a + 1;
  m->la = b - a;
  m->lb = c - b;
  m->line = a + 1;            /* the second section now starts here */
  m->line2 = a + 1 + (c - b); /* and the first one here */
  return true;
}

struct defect
{
  const char *name;
  bool (*find) (const struct text *t, struct mutation *m);
  int tried, caught;
};

static struct defect defects[] = {
  { "code-drop", find_code_drop, 0, 0 },
  { "code-alter", find_code_alter, 0, 0 },
  { "json-value", find_json_value, 0, 0 },
  { "placeholder-rename", find_placeholder_rename, 0, 0 },
  { "placeholder-drop", find_placeholder_drop, 0, 0 },
  { "anchor-change", find_anchor_change, 0, 0 },
  { "anchor-drop", find_anchor_drop, 0, 0 },
  { "heading-drop", find_heading_drop, 0, 0 },
  { "heading-level", find_heading_level, 0, 0 },
  { "list-item-drop", find_list_item_drop, 0, 0 },
  { "table-row-drop", find_table_row_drop, 0, 0 },
  { "untranslated", find_untranslated, 0, 0 },
  { "link-change", find_link_change, 0, 0 },
  { "image-change", find_image_change, 0, 0 },
  { "inline-code-change", find_inline_code_change, 0, 0 },
  { "number-change", find_number_change, 0, 0 },
  { "component-drop", find_component_drop, 0, 0 },
  { "slug-change", find_slug_change, 0, 0 },
  { "section-swap", find_section_swap, 0, 0 },
};

/* ---------------------------------------------------------------- */
/* Running the checker and comparing findings.  */

static void
check (const char *en, size_t en_len, const char *ko, size_t ko_len,
       struct td_diag_list *list)
{
  struct td_check_options opts;
  td_check_options_init (&opts);
  opts.config = set_config;
  td_diag_list_init (list);
  char *error = NULL;
  int rc = td_check_pair_memory (EN_NAME, en, en_len, KO_NAME, ko, ko_len,
                                 &opts, list, &error);
  INT_EQ (rc, 0, "td_check_pair_memory succeeds");
  free (error);
  td_diag_list_sort (list);
}

static bool
on_ko (const struct td_diag *d)
{
  return d->loc.file != NULL && STREQ (d->loc.file, KO_NAME);
}

/* Whether D of the mutated run was already in the pristine run.  */
static bool
known (const struct td_diag *d, const struct td_diag_list *pristine,
       const struct mutation *m)
{
  for (size_t i = 0; i < pristine->n; i++)
    {
      const struct td_diag *p = &pristine->items[i];
      if (p->rule == d->rule && on_ko (p)
          && map_line (m, p->loc.line) == d->loc.line
          && STREQ (p->message, d->message))
        return true;
    }
  return false;
}

static bool
near (int line, int target)
{
  return target > 0 && line >= target - NEAR && line <= target + NEAR;
}

/* Runs one mutated case of defect DEF on the pair; prints its line.  */
static void
run_case (struct defect *def, const char *where, const char *en,
          size_t en_len, const struct td_diag_list *pristine,
          const struct mutation *m)
{
  struct td_diag_list mut;
  check (en, en_len, m->s, m->n, &mut);
  const struct td_diag *hit = NULL;
  for (size_t i = 0; i < mut.n && hit == NULL; i++)
    {
      const struct td_diag *d = &mut.items[i];
      if (on_ko (d) && (near (d->loc.line, m->line)
                        || near (d->loc.line, m->line2))
          && !known (d, pristine, m))
        hit = d;
    }
  def->tried++;
  def->caught += hit != NULL;
  set_tried++;
  set_caught += hit != NULL;
  char msg[600];
  if (hit != NULL)
    snprintf (msg, sizeof msg, "%s %s:%d -> %s@%d", def->name, where,
              m->line, td_rules[hit->rule].id, hit->loc.line);
  else
    snprintf (msg, sizeof msg, "%s %s:%d -> none", def->name, where,
              m->line);
  printf ("%s %s\n", hit ? "ok" : set_strict ? "FAIL" : "MISS", msg);
  if (hit == NULL)
    {
      /* Show what did change, to tell a miss from a far report.  */
      int shown = 0;
      for (size_t i = 0; i < mut.n && shown < 4; i++)
        if (!known (&mut.items[i], pristine, m))
          {
            const struct td_diag *d = &mut.items[i];
            printf ("     new: %s %s:%d: %s\n", td_rules[d->rule].id,
                    d->loc.file, d->loc.line, d->message);
            shown++;
          }
      if (shown == 0)
        printf ("     no new diagnostic at all\n");
    }
  /* A miss fails the test on the sets the defects were made on; on the
     others it counts against the set's recall (main).  */
  if (set_strict)
    OK (hit != NULL, msg);
  /* TD_INJECT_SHOW="TYPE SET/RELPATH" lists both runs' Korean findings.  */
  const char *show = getenv ("TD_INJECT_SHOW");
  char key[400];
  snprintf (key, sizeof key, "%s %s", def->name, where);
  if (show != NULL && STREQ (show, key))
    for (int run = 0; run < 2; run++)
      {
        const struct td_diag_list *l = run ? &mut : pristine;
        for (size_t i = 0; i < l->n; i++)
          if (on_ko (&l->items[i]))
            printf ("  %s %s:%d: %s\n", run ? "mutated" : "pristine",
                    td_rules[l->items[i].rule].id, l->items[i].loc.line,
                    l->items[i].message);
      }
  td_diag_list_free (&mut);
}

/* Marks as bad the lines of the chunk around line I (0-based): its fenced
   code block, or the run of non-blank lines it belongs to.  */
static void
mark_chunk (struct text *t, int i)
{
  int b = i, e = i;
  if (t->flags[i] & (L_FENCE | L_CODE))
    for (int f = 0; f < t->nfences; f++)
      {
        if (i >= t->fences[f].open && i <= t->fences[f].close)
          {
            b = t->fences[f].open;
            e = t->fences[f].close < t->nlines ? t->fences[f].close
                                               : t->nlines - 1;
          }
      }
  else
    {
      while (b > 0 && !blank (t, b - 1) && t->flags[b - 1] == 0)
        b--;
      while (e + 1 < t->nlines && !blank (t, e + 1) && t->flags[e + 1] == 0)
        e++;
    }
  for (int k = b; k <= e; k++)
    t->bad[k] = 1;
}

/* Keeps the defects out of places where the pristine pair already has no
   counterpart to compare with: a Korean block reported as not in the
   English text, and the copy of the English page that source-copy
   reports at the top of the Korean file.  */
static void
mask (struct text *t, const struct td_diag_list *pristine)
{
  for (size_t k = 0; k < pristine->n; k++)
    {
      const struct td_diag *d = &pristine->items[k];
      if (!on_ko (d) || d->loc.line < 1 || d->loc.line > t->nlines)
        continue;
      if (d->rule == TD_R_STRUCTURE
          && (d->related.line == 0 || d->related_place))
        mark_chunk (t, d->loc.line - 1);
      else if (d->rule == TD_R_SOURCE_COPY)
        {
          /* The message ends with the line of the '---' after the copy. */
          const char *p = d->message + strlen (d->message);
          while (p > d->message && !(p[-1] >= '0' && p[-1] <= '9'))
            p--;
          while (p > d->message && p[-1] >= '0' && p[-1] <= '9')
            p--;
          int split = atoi (p);
          for (int i = 0; i < split && i < t->nlines; i++)
            if (t->flags[i] != L_FM)
              t->bad[i] = 1;
        }
    }
}

/* The front matter title of the page S (N bytes): its value without
   quotes in *TN bytes, or NULL.  Keys may be quoted ('title':).  */
static const char *
fm_title (const char *s, size_t n, size_t *tn)
{
  if (n < 4 || memcmp (s, "---\n", 4) != 0)
    return NULL;
  for (size_t i = 4; i < n;)
    {
      size_t e = i;
      while (e < n && s[e] != '\n')
        e++;
      if (e - i >= 3 && memcmp (s + i, "---", 3) == 0)
        return NULL;
      size_t k = i;
      if (k < e && (s[k] == '\'' || s[k] == '"'))
        k++;
      if (e - k > 5 && memcmp (s + k, "title", 5) == 0)
        {
          k += 5;
          if (k < e && (s[k] == '\'' || s[k] == '"'))
            k++;
          if (k < e && s[k] == ':')
            {
              k++;
              while (k < e && strchr (" '\"", s[k]))
                k++;
              size_t m = e;
              while (m > k && strchr (" '\"", s[m - 1]))
                m--;
              *tn = m - k;
              return s + k;
            }
        }
      i = e + 1;
    }
  return NULL;
}

/* The text of the first level-1 heading of S (N bytes) outside fenced
   code, in *HN bytes up to its end or its id, or NULL.  */
static const char *
first_h1 (const char *s, size_t n, size_t *hn)
{
  bool fence = false;
  for (size_t i = 0; i < n;)
    {
      size_t e = i;
      while (e < n && s[e] != '\n')
        e++;
      if (e - i >= 3 && (memcmp (s + i, "```", 3) == 0
                         || memcmp (s + i, "~~~", 3) == 0))
        fence = !fence;
      else if (!fence && e - i >= 2 && s[i] == '#' && s[i + 1] == ' ')
        {
          size_t m = i + 2, end = e;
          for (size_t k = m; k + 1 < e; k++)
            if (s[k] == ' ' && (s[k + 1] == '{' || s[k + 1] == '\\'))
              {
                end = k;
                break;
              }
          *hn = end - m;
          return s + m;
        }
      i = e + 1;
    }
  return NULL;
}

/* True when the page S (N bytes) has a level-1 heading that is not its
   front matter title.  */
static bool
own_h1 (const char *s, size_t n)
{
  size_t hn = 0, tn = 0;
  const char *h = first_h1 (s, n, &hn);
  const char *t = fm_title (s, n, &tn);
  return h != NULL && !(t != NULL && hn == tn && memcmp (h, t, hn) == 0);
}

/* On a site that shows the front matter title of a page without a
   level-1 heading as its heading (td_profile_title_heading), keeps the
   defects off the Korean level-1 heading that says the page's title
   when the English page has no heading of its own but its title:
   dropping it, or changing its id, leaves the page as it shows.  */
static void
mask_title_heading (struct text *t, const char *en, size_t en_len)
{
  if (set_config == NULL || !td_profile_title_heading (set_config->profile)
      || own_h1 (en, en_len))
    return;
  size_t tn = 0, hn = 0;
  const char *title = fm_title (t->s, t->n, &tn);
  const char *h = first_h1 (t->s, t->n, &hn);
  if (title == NULL || h == NULL || hn != tn || memcmp (h, title, tn) != 0)
    return;
  for (int i = 0; i < t->nlines; i++)
    if (line_at (t, i) == h - 2)
      t->bad[i] = 1;
}

static void
run_pair (const char *set, const char *rel, const char *en_path,
          const char *ko_path)
{
  size_t en_len, ko_len;
  char *en = read_all (en_path, &en_len);
  char *ko = read_all (ko_path, &ko_len);
  if (en == NULL || ko == NULL || memchr (ko, '\r', ko_len) != NULL)
    {
      free (en);
      free (ko);
      return;
    }
  char *where = join (set, rel);
  struct td_diag_list pristine;
  check (en, en_len, ko, ko_len, &pristine);
  struct text t;
  text_init (&t, ko, ko_len);
  mask (&t, &pristine);
  mask_title_heading (&t, en, en_len);
  for (size_t k = 0; k < ARRAY_SIZE (defects); k++)
    {
      struct mutation m;
      memset (&m, 0, sizeof m);
      if (defects[k].find (&t, &m))
        run_case (&defects[k], where, en, en_len, &pristine, &m);
      free (m.s);
    }
  text_free (&t);
  td_diag_list_free (&pristine);
  free (where);
  free (en);
  free (ko);
}

/* One line per set: its profile, pairs, cases and those caught.  */
struct set_row
{
  char *name;
  const char *profile;
  int pairs, tried, caught;
};

static int
run_set (const char *corpus, const char *set, struct set_row *row)
{
  char *base = join (corpus, set);
  char *ko_root = join (base, "ko"), *en_root = join (base, "en");
  int pairs = 0;
  set_tried = set_caught = 0;
  set_strict = STREQ (set, "clickhouse") || STREQ (set, "astro");
  row->name = xstrdup (set);
  row->profile = "-";
  if (is_dir (ko_root) && is_dir (en_root))
    {
      const char *roots[2] = { en_root, ko_root };
      struct td_profile_choice choice;
      td_profile_detect (roots, 2, true, NULL, &choice);
      struct td_config cfg;
      td_config_init (&cfg);
      td_config_apply_profile (&cfg, choice.profile);
      set_config = &cfg;
      row->profile = choice.profile->name;
      struct strv files = { NULL, 0, 0 };
      walk (ko_root, "", &files);
      qsort (files.v, files.n, sizeof *files.v, cmp_str);
      for (size_t i = 0; i < files.n; i++)
        {
          char *en_path = join (en_root, files.v[i]);
          char *ko_path = join (ko_root, files.v[i]);
          struct stat st;
          if (stat (en_path, &st) == 0)
            {
              run_pair (set, files.v[i], en_path, ko_path);
              pairs++;
            }
          free (en_path);
          free (ko_path);
        }
      strv_free (&files);
      set_config = NULL;
      td_config_free (&cfg);
      td_profile_choice_free (&choice);
    }
  row->pairs = pairs;
  row->tried = set_tried;
  row->caught = set_caught;
  free (base);
  free (ko_root);
  free (en_root);
  return pairs;
}

int
main (void)
{
  const char *top = getenv ("abs_top_srcdir");
  if (top == NULL || top[0] == '\0')
    top = ".";
  const char *shared = getenv ("TWINDOC_SHARED");
  char *corpus = shared && *shared ? join (shared, "corpus")
                                   : join (top, "../shared/corpus");
  /* Every set of the corpus (a folder with en/ and ko/), in name
     order.  */
  struct strv sets = { NULL, 0, 0 };
  DIR *dir = opendir (corpus);
  for (struct dirent *e; dir && (e = readdir (dir)) != NULL;)
    if (e->d_name[0] != '.')
      {
        if (sets.n == sets.alloc)
          sets.v = xgrow (sets.v, &sets.alloc, sets.n + 1, sizeof *sets.v);
        sets.v[sets.n++] = xstrdup (e->d_name);
      }
  if (dir)
    closedir (dir);
  qsort (sets.v, sets.n, sizeof *sets.v, cmp_str);
  struct set_row *rows = xcalloc (sets.n + 1, sizeof *rows);
  int pairs = 0;
  for (size_t i = 0; i < sets.n; i++)
    pairs += run_set (corpus, sets.v[i], &rows[i]);
  free (corpus);
  if (pairs == 0)
    {
      printf ("SKIP: no corpus pairs under %s/../shared/corpus\n", top);
      return 77;
    }
  printf ("\n%-20s %6s %6s\n", "defect", "tried", "caught");
  int tried = 0, caught = 0;
  for (size_t k = 0; k < ARRAY_SIZE (defects); k++)
    {
      printf ("%-20s %6d %6d\n", defects[k].name, defects[k].tried,
              defects[k].caught);
      tried += defects[k].tried;
      caught += defects[k].caught;
    }
  printf ("%-20s %6d %6d  (%d pairs)\n", "total", tried, caught, pairs);
  /* Per set, at the detected profile: at least 95% of the injected
     defects caught (every one on the strict sets, above).  */
  printf ("\n%-12s %-11s %6s %6s %6s %7s\n", "set", "profile", "pairs",
          "tried", "caught", "recall");
  for (size_t i = 0; i < sets.n; i++)
    {
      if (rows[i].pairs == 0)
        continue;
      printf ("%-12s %-11s %6d %6d %6d %6.1f%%\n", rows[i].name,
              rows[i].profile, rows[i].pairs, rows[i].tried, rows[i].caught,
              rows[i].tried ? 100.0 * rows[i].caught / rows[i].tried : 100.0);
      char msg[100];
      snprintf (msg, sizeof msg, "%s: recall at least 95%%", rows[i].name);
      OK (20 * rows[i].caught >= 19 * rows[i].tried, msg);
    }
  for (size_t i = 0; i < sets.n; i++)
    free (rows[i].name);
  free (rows);
  strv_free (&sets);
  return td_test_end ("test_inject");
}
