/* drift.c: how well `twindoc check` attributes its findings when the
   English page of a pair changes and the Korean page does not.

   Usage: drift [-n N] [-s SET] [-c CLASS] [-v] CORPUS_DIR

   Method.  For every English/Korean pair of every set of CORPUS_DIR
   (CORPUS_DIR/SET/en/PATH and CORPUS_DIR/SET/ko/PATH, read in place), the
   untouched pair is checked once with td_check_pair_memory and the
   default options.  Then one edit at a time is applied to the English
   text, in memory, the edited pair is checked, and the two lists of
   findings are compared.  The edit classes:

     insert-paragraph  before a top-level paragraph P (not the first block)
                       a paragraph of real prose of the next page of the set
                       (its first top-level paragraph of at least 80
                       characters of prose without '<', '{', '`' or '|';
                       the page after when it has none), and a blank line;
                       the edited block is the insertion
     append-sentence   one plain sentence of a fixed list (chosen by the
                       page's path and P's place) appended to the last
                       line, ending in '.', of a top-level paragraph P of
                       at least 40 characters of prose; the edited block is
                       P
     delete-paragraph  a top-level paragraph P (not the first block) and
                       the blank line after it deleted; the edited place is
                       the lines from the end of the block before P to the
                       start of the block after P, plus one line either way
     renest-list       in a top-level list of at least 3 one-line items
                       ("- ", "* " or "N. " markers), item k (the third or
                       the last) indented by the content indent of item
                       k - 1, so that it becomes a list nested in it (an
                       ordered item is renumbered 1, without which CommonMark
                       keeps it a paragraph continuation line); the edited
                       block is the list
     swap-sections     two adjacent sections of the same level (an ATX
                       heading and everything up to the next heading of the
                       same or a higher level, each holding at least one
                       block that is not a heading and as many opening as
                       closing HTML/JSX tags) swapped; the edited block is
                       the span of both

   The suitable sites of a class are collected in document order, each
   edit is built and kept only when the edited English text parses into
   the blocks it was meant to (one more paragraph at the inserted lines,
   one less block, a list nested at item k's line...), and of the kept
   ones at most three are used, at 1/6, 1/2 and 5/6 of the list.  A pair
   without a suitable site is skipped for that class.

   Comparing.  A finding's English location is its own location when it
   is in the English file, else its related location when that is in the
   English file, else none; its Korean line is its own line when it is in
   the Korean file.  Each edit builds, with the edited text, a map from
   its English lines to those of the original: inserted lines map to
   EDITED, the others to the line they were copied from (a line changed in
   place, by append-sentence or renest-list, keeps its number, so that the
   findings that were already reported at the start of the block compare
   equal).  A finding's key is its rule, its Korean line, its mapped
   English line and its message; the new findings are the multiset
   difference edited - original of the keys, the gone ones original -
   edited.

   Scoring.  An edit is detected when a new finding has its English
   location (in the edited file's lines) in the edited block; clean when
   no new finding has its English location outside the edited block and
   every new finding has an English location; once when there is exactly
   one new finding (shown for renest-list and swap-sections, where one
   finding is the right answer).

   Output: a table per class and set (edits, detected %, clean %, once %,
   gone findings) with a total row per class; with -v, every failing edit
   first, with its new findings as "rule ko-line en-line message".  The
   sets and pages are taken in sorted order, so the output is the same
   from run to run.  Exit status 0, or 2 on trouble (no corpus, an unknown
   set or class, an unreadable file).  */
#include <config.h>
#include "util/system.h"

#include <ctype.h>
#include <dirent.h>
#include <getopt.h>
#include <limits.h>
#include <strings.h>
#include <sys/stat.h>

#include "doc/doc.h"
#include "doc/source.h"
#include "report/diag.h"
#include "rules/check.h"
#include "rules/options.h"
#include "rules/rules.h"
#include "util/buf.h"
#include "util/xalloc.h"

#define SITES 3         /* edits of one class per pair, at most */
#define EDITED (-1)     /* map value of an English line of edited text */
#define DONOR_MIN 80    /* prose characters of an inserted paragraph */
#define APPEND_MIN 40   /* prose characters of a paragraph appended to */
#define SLACK 1         /* lines added on either side of a deletion */

enum edit_class
{
  INSERT_PARAGRAPH,
  APPEND_SENTENCE,
  DELETE_PARAGRAPH,
  RENEST_LIST,
  SWAP_SECTIONS,
  NCLASSES
};

static const char *const class_names[NCLASSES] = {
  "insert-paragraph", "append-sentence", "delete-paragraph", "renest-list",
  "swap-sections"
};

/* Plain sentences for append-sentence: no code, numbers or links.  */
static const char *const sentences[] = {
  "Never share the role with other tenants of the same account.",
  "Keep this setting unchanged unless your administrator asks for it.",
  "The service retries the request automatically when the connection "
  "drops.",
  "Review the settings carefully before you apply them in production.",
  "Older versions of the client may behave differently in this case.",
  "Most teams find it easier to start with the default configuration.",
  "Changes made here take effect after the next restart of the service.",
  "Make sure that everyone on your team understands this behavior.",
  "This approach also works well for small projects with few "
  "dependencies.",
  "Ask the owner of the resource for access if the request is denied."
};

static bool
scores_once (enum edit_class c)
{
  return c == RENEST_LIST || c == SWAP_SECTIONS;
}

/* ---------------------------------------------------------------- */
/* Files and folders.  */

struct strv
{
  char **v;
  size_t n, alloc;
};

static void
strv_push (struct strv *sv, char *s)
{
  sv->v = xgrow (sv->v, &sv->alloc, sv->n + 1, sizeof *sv->v);
  sv->v[sv->n++] = s;
}

static void
strv_free (struct strv *sv)
{
  for (size_t i = 0; i < sv->n; i++)
    free (sv->v[i]);
  free (sv->v);
  memset (sv, 0, sizeof *sv);
}

static int
cmp_str (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static void
strv_sort (struct strv *sv)
{
  if (sv->n > 1)
    qsort (sv->v, sv->n, sizeof *sv->v, cmp_str);
}

/* A/B, or B alone when A is "".  */
static char *
path_join (const char *a, const char *b)
{
  return *a ? xasprintf ("%s/%s", a, b) : xstrdup (b);
}

static bool
is_dir (const char *path)
{
  struct stat st;
  return stat (path, &st) == 0 && S_ISDIR (st.st_mode);
}

static bool
is_file (const char *path)
{
  struct stat st;
  return stat (path, &st) == 0 && S_ISREG (st.st_mode);
}

static bool
is_page (const char *name)
{
  size_t n = strlen (name);
  return (n > 3 && STREQ (name + n - 3, ".md"))
         || (n > 4 && STREQ (name + n - 4, ".mdx"));
}

/* Appends the paths, relative to ROOT, of the pages under ROOT/REL.  */
static void
walk (const char *root, const char *rel, struct strv *out)
{
  char *dir = path_join (root, rel);
  DIR *d = opendir (dir);
  if (d != NULL)
    {
      struct dirent *e;
      while ((e = readdir (d)) != NULL)
        {
          if (e->d_name[0] == '.')
            continue;
          char *r = path_join (rel, e->d_name);
          char *full = path_join (root, r);
          if (is_dir (full))
            {
              walk (root, r, out);
              free (r);
            }
          else if (is_page (r))
            strv_push (out, r);
          else
            free (r);
          free (full);
        }
      closedir (d);
    }
  free (dir);
}

/* The whole file PATH, NUL-terminated, or NULL.  */
static char *
slurp (const char *path, size_t *len)
{
  FILE *f = fopen (path, "rb");
  if (f == NULL)
    return NULL;
  struct td_buf b = TD_BUF_INIT;
  char chunk[65536];
  size_t k;
  while ((k = fread (chunk, 1, sizeof chunk, f)) > 0)
    td_buf_put (&b, chunk, k);
  bool bad = ferror (f) != 0;
  fclose (f);
  if (bad)
    {
      td_buf_free (&b);
      return NULL;
    }
  *len = b.len;
  return td_buf_detach (&b);
}

/* ---------------------------------------------------------------- */
/* A text cut into lines.  */

struct text
{
  const char *s;
  size_t len;
  size_t *off; /* off[i]: offset of line i + 1; off[n] == len */
  int n;       /* lines; a last line without terminator counts */
};

static void
text_init (struct text *t, const char *s, size_t len)
{
  int n = 0;
  for (size_t k = 0; k < len; k++)
    n += s[k] == '\n';
  if (len > 0 && s[len - 1] != '\n')
    n++;
  t->s = s;
  t->len = len;
  t->n = n;
  t->off = xmalloc (((size_t) n + 1) * sizeof *t->off);
  t->off[0] = 0;
  int i = 0;
  for (size_t k = 0; k < len; k++)
    if (s[k] == '\n')
      t->off[++i] = k + 1;
  t->off[n] = len;
}

static void
text_free (struct text *t)
{
  free (t->off);
  t->off = NULL;
}

/* Line L (1-based) without its terminator ("\n" or "\r\n"): its start,
   and its length in *N.  */
static const char *
text_line (const struct text *t, int l, size_t *n)
{
  if (l < 1 || l > t->n)
    {
      *n = 0;
      return "";
    }
  size_t b = t->off[l - 1], e = t->off[l];
  if (e > b && t->s[e - 1] == '\n')
    e--;
  if (e > b && t->s[e - 1] == '\r')
    e--;
  *n = e - b;
  return t->s + b;
}

static bool
text_blank (const struct text *t, int l)
{
  size_t n;
  const char *s = text_line (t, l, &n);
  for (size_t k = 0; k < n; k++)
    if (s[k] != ' ' && s[k] != '\t')
      return false;
  return true;
}

static size_t
leading_blanks (const char *s, size_t n)
{
  size_t k = 0;
  while (k < n && (s[k] == ' ' || s[k] == '\t'))
    k++;
  return k;
}

/* Characters (code points) of the UTF-8 string S.  */
static size_t
chars (const char *s)
{
  size_t c = 0;
  for (; *s; s++)
    c += ((unsigned char) *s & 0xC0) != 0x80;
  return c;
}

static uint32_t
fnv1a (const char *s)
{
  uint32_t h = 2166136261u;
  for (; *s; s++)
    h = (h ^ (unsigned char) *s) * 16777619u;
  return h;
}

/* ---------------------------------------------------------------- */
/* Blocks.  */

static struct td_doc *
parse (const char *name, const char *s, size_t len)
{
  return td_doc_parse (td_source_from_memory (name, s, len));
}

static bool
top_paragraph (const struct td_block *b)
{
  return b->kind == TD_BLK_PARAGRAPH && b->depth == 0;
}

/* The top-level block before block I, or -1.  */
static long
prev_top (const struct td_doc *doc, long i)
{
  for (long j = i - 1; j >= 0; j--)
    if (doc->blocks[j].depth == 0)
      return j;
  return -1;
}

/* The top-level block after block I, or -1.  */
static long
next_top (const struct td_doc *doc, long i)
{
  for (size_t j = (size_t) i + 1; j < doc->nblocks; j++)
    if (doc->blocks[j].depth == 0)
      return (long) j;
  return -1;
}

/* The donor paragraph of a page for insert-paragraph: the lines of its
   first suitable paragraph, without their indentation and trailing
   blanks, each ending in "\n"; or NULL.  */
static char *
donor_paragraph (const char *name, const char *s, size_t len)
{
  struct td_doc *doc = parse (name, s, len);
  struct text t;
  text_init (&t, s, len);
  char *found = NULL;
  for (size_t i = 0; i < doc->nblocks && found == NULL; i++)
    {
      const struct td_block *b = &doc->blocks[i];
      if (!top_paragraph (b) || chars (b->prose) < DONOR_MIN)
        continue;
      struct td_buf p = TD_BUF_INIT;
      bool ok = true;
      for (int l = b->line; l <= b->end_line && ok; l++)
        {
          size_t n;
          const char *line = text_line (&t, l, &n);
          size_t k = leading_blanks (line, n);
          while (n > k && (line[n - 1] == ' ' || line[n - 1] == '\t'))
            n--;
          for (size_t j = k; j < n && ok; j++)
            ok = strchr ("<{`|", line[j]) == NULL;
          td_buf_put (&p, line + k, n - k);
          td_buf_putc (&p, '\n');
        }
      if (ok && p.len > 0)
        found = td_buf_detach (&p);
      td_buf_free (&p);
    }
  text_free (&t);
  td_doc_free (doc);
  return found;
}

/* The marker of a list item line: true for "- ", "* " or "N. " after at
   most three spaces, with *MARK the offset of the marker, *MLEN its width
   and *CONTENT the offset of the content after one to four spaces.  */
static bool
item_marker (const char *s, size_t n, size_t *mark, size_t *mlen,
             size_t *content)
{
  size_t k = 0;
  while (k < n && k < 3 && s[k] == ' ')
    k++;
  size_t m = k;
  if (k < n && (s[k] == '-' || s[k] == '*'))
    k++;
  else
    {
      while (k < n && k - m < 9 && s[k] >= '0' && s[k] <= '9')
        k++;
      if (k == m || k >= n || s[k] != '.')
        return false;
      k++;
    }
  size_t c = k;
  while (c < n && s[c] == ' ')
    c++;
  if (c == k || c - k > 4 || c == n)
    return false;
  *mark = m;
  *mlen = k - m;
  *content = c;
  return true;
}

/* ---------------------------------------------------------------- */
/* Edits.  */

/* Where one edit applies: the paragraph P, the list, or the first of the
   two headings.  */
struct site
{
  long block;
  long item_prev, item; /* renest-list: items k - 1 and k */
  long second;          /* swap-sections: the second heading */
  int end;              /* swap-sections: the line after the second
                           section */
};

struct edit
{
  enum edit_class cls;
  struct site site;
  struct td_buf text; /* the edited English text */
  int *map;           /* map[e - 1]: the original line of edited line e,
                         or EDITED */
  size_t nmap, map_alloc;
  int orig_lines;     /* lines of the original text */
  int first, last;    /* the edited block (or the window of a deletion),
                         in lines of the edited text */
};

static void
edit_free (struct edit *e)
{
  td_buf_free (&e->text);
  free (e->map);
  e->map = NULL;
}

/* Appends the line S (N bytes, its terminator included) that stands for
   line ORIG of the original.  */
static void
emit (struct edit *e, const char *s, size_t n, int orig)
{
  td_buf_put (&e->text, s, n);
  e->map = xgrow (e->map, &e->map_alloc, e->nmap + 1, sizeof *e->map);
  e->map[e->nmap++] = orig;
}

/* Copies the lines [FROM, TO) of T.  */
static void
copy_lines (struct edit *e, const struct text *t, int from, int to)
{
  for (int l = from; l < to; l++)
    emit (e, t->s + t->off[l - 1], t->off[l] - t->off[l - 1], l);
}

/* Line L of the original with bytes [B, C) of it replaced by R.  */
static void
emit_changed (struct edit *e, const struct text *t, int l, size_t b,
              size_t c, const char *r)
{
  const char *s = t->s + t->off[l - 1];
  size_t n = t->off[l] - t->off[l - 1];
  struct td_buf line = TD_BUF_INIT;
  td_buf_put (&line, s, b);
  td_buf_puts (&line, r);
  td_buf_put (&line, s + c, n - c);
  emit (e, line.data, line.len, l);
  td_buf_free (&line);
}

/* The original line of line L of the edited text; 0 for none.  */
static int
map_line (const struct edit *e, int l)
{
  if (l <= 0)
    return 0;
  if ((size_t) l <= e->nmap)
    return e->map[l - 1];
  return l - (int) e->nmap + e->orig_lines;
}

static void
make_insert (struct edit *e, const struct text *t, const struct td_doc *doc,
             const char *donor)
{
  const struct td_block *p = &doc->blocks[e->site.block];
  size_t n;
  const char *first = text_line (t, p->line, &n);
  size_t indent = leading_blanks (first, n);
  copy_lines (e, t, 1, p->line);
  e->first = p->line;
  struct td_buf line = TD_BUF_INIT;
  for (const char *s = donor; *s;)
    {
      const char *nl = strchr (s, '\n');
      td_buf_clear (&line);
      td_buf_put (&line, first, indent);
      td_buf_put (&line, s, (size_t) (nl - s) + 1);
      emit (e, line.data, line.len, EDITED);
      s = nl + 1;
    }
  td_buf_free (&line);
  e->last = (int) e->nmap;
  emit (e, "\n", 1, EDITED);
  copy_lines (e, t, p->line, t->n + 1);
}

static void
make_append (struct edit *e, const struct text *t, const struct td_doc *doc,
             const char *sentence)
{
  const struct td_block *p = &doc->blocks[e->site.block];
  size_t n;
  const char *s = text_line (t, p->end_line, &n);
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    n--;
  char *r = xasprintf (" %s", sentence);
  copy_lines (e, t, 1, p->end_line);
  emit_changed (e, t, p->end_line, n, n, r);
  copy_lines (e, t, p->end_line + 1, t->n + 1);
  free (r);
  e->first = p->line;
  e->last = p->end_line;
}

static void
make_delete (struct edit *e, const struct text *t, const struct td_doc *doc)
{
  const struct td_block *p = &doc->blocks[e->site.block];
  int to = p->end_line + 1;
  if (to <= t->n && text_blank (t, to))
    to++;
  int removed = to - p->line;
  copy_lines (e, t, 1, p->line);
  copy_lines (e, t, to, t->n + 1);
  long before = prev_top (doc, e->site.block);
  long after = next_top (doc, e->site.block);
  e->first = doc->blocks[before].end_line - SLACK;
  e->last = (after >= 0 ? doc->blocks[after].line - removed
                        : (int) e->nmap + 1)
            + SLACK;
}

static void
make_renest (struct edit *e, const struct text *t, const struct td_doc *doc)
{
  const struct td_block *list = &doc->blocks[e->site.block];
  const struct td_block *prev = &doc->blocks[e->site.item_prev];
  const struct td_block *item = &doc->blocks[e->site.item];
  size_t n, mark, mlen, content;
  const char *s = text_line (t, prev->line, &n);
  item_marker (s, n, &mark, &mlen, &content);
  size_t width = content - mark;
  s = text_line (t, item->line, &n);
  item_marker (s, n, &mark, &mlen, &content);
  char *pad = xasprintf ("%*s", (int) width, "");
  copy_lines (e, t, 1, item->line);
  if (s[mark] >= '0' && s[mark] <= '9')
    {
      /* An ordered list interrupts a paragraph only when it starts at 1. */
      char *r = xasprintf ("%s1", pad);
      emit_changed (e, t, item->line, mark, mark + mlen - 1, r);
      free (r);
    }
  else
    emit_changed (e, t, item->line, 0, 0, pad);
  copy_lines (e, t, item->line + 1, t->n + 1);
  free (pad);
  e->first = list->line;
  e->last = list->end_line;
}

static void
make_swap (struct edit *e, const struct text *t, const struct td_doc *doc)
{
  int a = doc->blocks[e->site.block].line;
  int b = doc->blocks[e->site.second].line;
  int c = e->site.end;
  copy_lines (e, t, 1, a);
  copy_lines (e, t, b, c);
  copy_lines (e, t, a, b);
  copy_lines (e, t, c, t->n + 1);
  e->first = a;
  e->last = c - 1;
}

/* Whether the edited text ED parses into the blocks E meant to make of
   the original OD.  */
static bool
edit_parses (const struct edit *e, const struct td_doc *od,
             const struct td_doc *ed)
{
  const struct td_block *b = &od->blocks[e->site.block];
  switch (e->cls)
    {
    case INSERT_PARAGRAPH:
      {
        if (ed->nblocks != od->nblocks + 1)
          return false;
        const struct td_block *ins = &ed->blocks[e->site.block];
        const struct td_block *p = &ed->blocks[e->site.block + 1];
        return top_paragraph (ins) && ins->line == e->first
               && ins->end_line == e->last && top_paragraph (p)
               && p->line == e->last + 2;
      }
    case APPEND_SENTENCE:
      {
        if (ed->nblocks != od->nblocks)
          return false;
        const struct td_block *p = &ed->blocks[e->site.block];
        return top_paragraph (p) && p->line == b->line
               && p->end_line == b->end_line;
      }
    case DELETE_PARAGRAPH:
      return ed->nblocks + 1 == od->nblocks;
    case RENEST_LIST:
      {
        if (ed->nblocks != od->nblocks + 1)
          return false;
        const struct td_block *list = &ed->blocks[e->site.block];
        if (list->kind != TD_BLK_LIST || list->depth != 0
            || list->line != b->line || list->count + 1 != b->count)
          return false;
        int line = od->blocks[e->site.item].line;
        for (size_t i = 0; i < ed->nblocks; i++)
          if (ed->blocks[i].kind == TD_BLK_LIST && ed->blocks[i].depth == 2
              && ed->blocks[i].line == line)
            return true;
        return false;
      }
    case SWAP_SECTIONS:
      {
        if (ed->nblocks != od->nblocks)
          return false;
        int a = b->line;
        int moved = e->site.end - od->blocks[e->site.second].line;
        bool first = false, second = false;
        for (size_t i = 0; i < ed->nblocks; i++)
          {
            const struct td_block *h = &ed->blocks[i];
            if (h->kind != TD_BLK_HEADING || h->depth != 0
                || h->level != b->level)
              continue;
            first |= h->line == a;
            second |= h->line == a + moved;
          }
        return first && second;
      }
    case NCLASSES:
    default:
      return false;
    }
}

/* ---------------------------------------------------------------- */
/* Sites.  */

struct sites
{
  struct site *v;
  size_t n, alloc;
};

static void
add_site (struct sites *s, long block, long item_prev, long item,
          long second, int end)
{
  s->v = xgrow (s->v, &s->alloc, s->n + 1, sizeof *s->v);
  struct site *x = &s->v[s->n++];
  x->block = block;
  x->item_prev = item_prev;
  x->item = item;
  x->second = second;
  x->end = end;
}

/* Whether the last line of paragraph B ends in '.'.  */
static bool
ends_sentence (const struct text *t, const struct td_block *b)
{
  size_t n;
  const char *s = text_line (t, b->end_line, &n);
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    n--;
  return n > 0 && s[n - 1] == '.';
}

/* Whether item I of DOC holds one paragraph on its own line, after a
   "- ", "* " or "N. " marker.  */
static bool
one_line_item (const struct text *t, const struct td_doc *doc, size_t i)
{
  const struct td_block *item = &doc->blocks[i];
  if (item->kind != TD_BLK_ITEM || i + 1 >= doc->nblocks)
    return false;
  const struct td_block *p = &doc->blocks[i + 1];
  if (p->kind != TD_BLK_PARAGRAPH || p->parent != (int) i
      || p->line != item->line || p->end_line != item->line)
    return false;
  if (i + 2 < doc->nblocks && doc->blocks[i + 2].depth > item->depth)
    return false;
  size_t n, mark, mlen, content;
  const char *s = text_line (t, item->line, &n);
  return item_marker (s, n, &mark, &mlen, &content);
}

static void
renest_sites (const struct text *t, const struct td_doc *doc,
              struct sites *out)
{
  long items[64];
  for (size_t i = 0; i < doc->nblocks; i++)
    {
      const struct td_block *list = &doc->blocks[i];
      if (list->kind != TD_BLK_LIST || list->depth != 0 || list->count < 3
          || list->count > (int) ARRAY_SIZE (items))
        continue;
      int n = 0;
      bool ok = true;
      for (size_t j = i + 1; j < doc->nblocks && doc->blocks[j].depth > 0;
           j++)
        if (doc->blocks[j].parent == (int) i)
          {
            if (n == (int) ARRAY_SIZE (items) || !one_line_item (t, doc, j))
              ok = false;
            else
              items[n++] = (long) j;
          }
      if (!ok || n != list->count)
        continue;
      add_site (out, (long) i, items[1], items[2], -1, 0);
      if (n > 3)
        add_site (out, (long) i, items[n - 2], items[n - 1], -1, 0);
    }
}

/* Whether line L of T is an ATX heading.  */
static bool
atx (const struct text *t, int l)
{
  size_t n;
  const char *s = text_line (t, l, &n);
  size_t k = 0;
  while (k < n && k < 3 && s[k] == ' ')
    k++;
  return k < n && s[k] == '#';
}

static bool
is_void_element (const char *name, size_t len)
{
  static const char *const voids[] = { "area", "base", "br", "col", "embed",
                                       "hr", "img", "input", "link", "meta",
                                       "source", "track", "wbr" };
  for (size_t k = 0; k < ARRAY_SIZE (voids); k++)
    if (strlen (voids[k]) == len && strncasecmp (voids[k], name, len) == 0)
      return true;
  return false;
}

/* Opening minus closing tags in the HTML and JSX blocks [FROM, TO) of DOC
   (comments, self-closing tags and void elements aside): a section that
   is not 0 would carry half of a component with it.  */
static int
tag_balance (const struct td_doc *doc, size_t from, size_t to)
{
  int balance = 0;
  for (size_t i = from; i < to; i++)
    {
      if (doc->blocks[i].kind != TD_BLK_HTML)
        continue;
      const char *s = doc->blocks[i].text;
      while ((s = strchr (s, '<')) != NULL)
        {
          bool closing = s[1] == '/';
          const char *name = s + 1 + closing;
          size_t len = 0;
          while (isalnum ((unsigned char) name[len]) || name[len] == '-'
                 || name[len] == '.')
            len++;
          const char *gt = strchr (name, '>');
          if (gt == NULL)
            break;
          if (len == 0 || !isalpha ((unsigned char) name[0]))
            {
              s++;
              continue;
            }
          if (closing)
            balance--;
          else if (gt[-1] != '/' && !is_void_element (name, len))
            balance++;
          s = gt + 1;
        }
    }
  return balance;
}

static void
swap_sites (const struct text *t, const struct td_doc *doc,
            struct sites *out)
{
  for (size_t i = 0; i < doc->nblocks; i++)
    {
      const struct td_block *h1 = &doc->blocks[i];
      if (h1->kind != TD_BLK_HEADING || h1->depth != 0 || !atx (t, h1->line))
        continue;
      /* The heading that ends the first section, then the second.  */
      size_t j = i + 1, k;
      bool body1 = false, body2 = false;
      for (; j < doc->nblocks; j++)
        {
          const struct td_block *b = &doc->blocks[j];
          if (b->kind == TD_BLK_HEADING && b->depth == 0
              && b->level <= h1->level)
            break;
          body1 |= b->kind != TD_BLK_HEADING;
        }
      if (j == doc->nblocks || doc->blocks[j].level != h1->level
          || !atx (t, doc->blocks[j].line))
        continue;
      for (k = j + 1; k < doc->nblocks; k++)
        {
          const struct td_block *b = &doc->blocks[k];
          if (b->kind == TD_BLK_HEADING && b->depth == 0
              && b->level <= h1->level)
            break;
          body2 |= b->kind != TD_BLK_HEADING;
        }
      /* A second section that ends the file must end its last line.  */
      if (!body1 || !body2
          || (k == doc->nblocks && (t->len == 0 || t->s[t->len - 1] != '\n'))
          || tag_balance (doc, i, j) != 0 || tag_balance (doc, j, k) != 0)
        continue;
      add_site (out, (long) i, -1, -1, (long) j,
                k < doc->nblocks ? doc->blocks[k].line : t->n + 1);
    }
}

/* The sites of class CLS in the original text T parsed as DOC.  */
static void
find_sites (enum edit_class cls, const struct text *t,
            const struct td_doc *doc, struct sites *out)
{
  switch (cls)
    {
    case INSERT_PARAGRAPH:
    case DELETE_PARAGRAPH:
      for (size_t i = 1; i < doc->nblocks; i++)
        if (top_paragraph (&doc->blocks[i]))
          add_site (out, (long) i, -1, -1, -1, 0);
      break;
    case APPEND_SENTENCE:
      for (size_t i = 0; i < doc->nblocks; i++)
        {
          const struct td_block *b = &doc->blocks[i];
          if (top_paragraph (b) && chars (b->prose) >= APPEND_MIN
              && ends_sentence (t, b))
            add_site (out, (long) i, -1, -1, -1, 0);
        }
      break;
    case RENEST_LIST:
      renest_sites (t, doc, out);
      break;
    case SWAP_SECTIONS:
      swap_sites (t, doc, out);
      break;
    case NCLASSES:
    default:
      break;
    }
}

/* ---------------------------------------------------------------- */
/* Findings.  */

static struct td_check_options check_options;

/* Checks the pair into LIST, sorted.  Returns false on trouble.  */
static bool
check_pair (const char *en_name, const char *en, size_t en_len,
            const char *ko_name, const char *ko, size_t ko_len,
            struct td_diag_list *list)
{
  td_diag_list_init (list);
  char *error = NULL;
  int rc = td_check_pair_memory (en_name, en, en_len, ko_name, ko, ko_len,
                                 &check_options, list, &error);
  if (rc != 0)
    {
      fprintf (stderr, "drift: %s: %s\n", ko_name, error ? error : "?");
      free (error);
      return false;
    }
  td_diag_list_sort (list);
  return true;
}

static bool
in_file (const struct td_loc *loc, const char *name)
{
  return loc->line > 0 && loc->file != NULL && STREQ (loc->file, name);
}

/* The English line of D, or 0.  */
static int
en_line (const struct td_diag *d, const char *en_name)
{
  if (in_file (&d->loc, en_name))
    return d->loc.line;
  if (in_file (&d->related, en_name))
    return d->related.line;
  return 0;
}

static int
ko_line (const struct td_diag *d, const char *ko_name)
{
  return in_file (&d->loc, ko_name) ? d->loc.line : 0;
}

struct key
{
  int rule, ko, en; /* en: the English line in the original's numbers */
  const struct td_diag *d;
};

static int
cmp_key (const void *pa, const void *pb)
{
  const struct key *a = pa, *b = pb;
  if (a->rule != b->rule)
    return a->rule < b->rule ? -1 : 1;
  if (a->ko != b->ko)
    return a->ko < b->ko ? -1 : 1;
  if (a->en != b->en)
    return a->en < b->en ? -1 : 1;
  return strcmp (a->d->message, b->d->message);
}

/* The sorted keys of LIST; with E, English lines mapped back through
   it.  */
static struct key *
make_keys (const struct td_diag_list *list, const char *en_name,
           const char *ko_name, const struct edit *e)
{
  struct key *k = xmalloc ((list->n + 1) * sizeof *k);
  for (size_t i = 0; i < list->n; i++)
    {
      const struct td_diag *d = &list->items[i];
      int en = en_line (d, en_name);
      k[i].rule = d->rule;
      k[i].ko = ko_line (d, ko_name);
      k[i].en = e != NULL ? map_line (e, en) : en;
      k[i].d = d;
    }
  if (list->n > 1)
    qsort (k, list->n, sizeof *k, cmp_key);
  return k;
}

/* Stores in FRESH the findings of the edited run (keys KE) that are not
   in the original one (keys KO), as many times as they are in excess;
   returns how many of the original findings are not in the edited
   run.  */
static size_t
difference (const struct key *ko, size_t nko, const struct key *ke,
            size_t nke, const struct td_diag **fresh, size_t *nfresh)
{
  size_t i = 0, j = 0, gone = 0;
  *nfresh = 0;
  while (i < nko || j < nke)
    {
      int c = i == nko ? 1 : j == nke ? -1 : cmp_key (&ko[i], &ke[j]);
      if (c <= 0)
        {
          gone += c < 0;
          i++;
        }
      if (c >= 0)
        {
          if (c > 0)
            fresh[(*nfresh)++] = ke[j].d;
          j++;
        }
    }
  return gone;
}

/* ---------------------------------------------------------------- */
/* Scores.  */

struct score
{
  int edits, detected, clean, once;
  long gone;
};

struct run
{
  bool verbose;
  int max_pairs;          /* 0: all */
  int only_class;         /* -1: all */
  bool trouble;
  struct strv sets;       /* the sets measured */
  int *pairs;             /* pairs measured per set */
  struct score *scores;   /* [set * NCLASSES + class] */
};

static void
print_loc_line (int line)
{
  if (line > 0)
    printf (" %d", line);
  else
    printf (" -");
}

/* Prints a failing edit for -v.  */
static void
report_failure (const char *set, const char *rel, const struct edit *e,
                const struct td_diag *const *fresh, size_t nfresh,
                const char *en_name, const char *ko_name, bool detected,
                bool clean)
{
  printf ("FAIL %s %s %s: en %d-%d:", set, rel, class_names[e->cls],
          e->first, e->last);
  if (!detected)
    printf (" not detected");
  if (!clean)
    printf ("%s not clean", detected ? "" : ",");
  if (detected && clean)
    printf (" %zu new findings", nfresh);
  printf ("\n");
  if (nfresh == 0)
    printf ("  (no new finding)\n");
  for (size_t i = 0; i < nfresh; i++)
    {
      const struct td_diag *d = fresh[i];
      printf ("  %s", td_rules[d->rule].id);
      print_loc_line (ko_line (d, ko_name));
      print_loc_line (en_line (d, en_name));
      printf (" %s\n", d->message);
    }
}

/* Checks the edited pair of edit E and scores it into S.  */
static void
measure (struct run *run, struct score *s, const char *set, const char *rel,
         const char *en_name, const char *ko_name, const char *ko,
         size_t ko_len, const struct td_diag_list *orig,
         const struct key *orig_keys, const struct edit *e)
{
  struct td_diag_list list;
  if (!check_pair (en_name, td_buf_str (&e->text), e->text.len, ko_name, ko,
                   ko_len, &list))
    {
      run->trouble = true;
      td_diag_list_free (&list);
      return;
    }
  struct key *keys = make_keys (&list, en_name, ko_name, e);
  const struct td_diag **fresh = xmalloc ((list.n + 1) * sizeof *fresh);
  size_t nfresh;
  s->gone += (long) difference (orig_keys, orig->n, keys, list.n, fresh,
                                &nfresh);
  bool detected = false, clean = true;
  for (size_t i = 0; i < nfresh; i++)
    {
      int l = en_line (fresh[i], en_name);
      if (l > 0 && l >= e->first && l <= e->last)
        detected = true;
      else
        clean = false;
    }
  bool once = nfresh == 1;
  s->edits++;
  s->detected += detected;
  s->clean += clean;
  s->once += once;
  if (run->verbose
      && (!detected || !clean || (scores_once (e->cls) && !once)))
    report_failure (set, rel, e, fresh, nfresh, en_name, ko_name, detected,
                    clean);
  free (fresh);
  free (keys);
  td_diag_list_free (&list);
}

/* ---------------------------------------------------------------- */
/* Pairs and sets.  */

struct page
{
  char *rel;
  char *en;
  size_t en_len;
  char *donor; /* see donor_paragraph; NULL if none */
};

/* The donor for page I of N: the paragraph of the next page that has
   one.  */
static const char *
donor_for (const struct page *pages, size_t n, size_t i)
{
  for (size_t k = 1; k < n; k++)
    if (pages[(i + k) % n].donor != NULL)
      return pages[(i + k) % n].donor;
  return NULL;
}

/* Builds edit E of class CLS at SITE (E is initialised here).  */
static void
build_edit (struct edit *e, enum edit_class cls, const struct site *site,
            const struct text *t, const struct td_doc *doc,
            const char *donor, const char *rel)
{
  memset (e, 0, sizeof *e);
  e->cls = cls;
  e->site = *site;
  e->orig_lines = t->n;
  switch (cls)
    {
    case INSERT_PARAGRAPH:
      make_insert (e, t, doc, donor);
      break;
    case APPEND_SENTENCE:
      make_append (e, t, doc,
                   sentences[(fnv1a (rel) + (uint32_t) site->block)
                             % ARRAY_SIZE (sentences)]);
      break;
    case DELETE_PARAGRAPH:
      make_delete (e, t, doc);
      break;
    case RENEST_LIST:
      make_renest (e, t, doc);
      break;
    case SWAP_SECTIONS:
      make_swap (e, t, doc);
      break;
    case NCLASSES:
    default:
      break;
    }
}

/* Runs the edits of class CLS on one pair.  */
static void
run_class (struct run *run, struct score *s, enum edit_class cls,
           const char *set, const struct page *pg, const char *donor,
           const struct text *t, const struct td_doc *doc,
           const char *en_name, const char *ko_name, const char *ko,
           size_t ko_len, const struct td_diag_list *orig,
           const struct key *orig_keys)
{
  if (cls == INSERT_PARAGRAPH && donor == NULL)
    return;
  struct sites sites = { NULL, 0, 0 };
  find_sites (cls, t, doc, &sites);
  /* Keep the sites whose edit parses as meant.  */
  size_t kept = 0;
  for (size_t i = 0; i < sites.n; i++)
    {
      struct edit e;
      build_edit (&e, cls, &sites.v[i], t, doc, donor, pg->rel);
      struct td_doc *ed = parse (en_name, td_buf_str (&e.text), e.text.len);
      if (edit_parses (&e, doc, ed))
        sites.v[kept++] = sites.v[i];
      td_doc_free (ed);
      edit_free (&e);
    }
  /* At most SITES of them, spread over the page.  */
  size_t pick[SITES], npick = 0;
  if (kept <= SITES)
    for (size_t i = 0; i < kept; i++)
      pick[npick++] = i;
  else
    for (size_t i = 0; i < SITES; i++)
      pick[npick++] = (2 * i + 1) * kept / (2 * SITES);
  for (size_t i = 0; i < npick; i++)
    {
      struct edit e;
      build_edit (&e, cls, &sites.v[pick[i]], t, doc, donor, pg->rel);
      measure (run, s, set, pg->rel, en_name, ko_name, ko, ko_len, orig,
               orig_keys, &e);
      edit_free (&e);
    }
  free (sites.v);
}

static void
run_pair (struct run *run, size_t set_index, const char *set,
          const char *ko_root, const struct page *pages, size_t npages,
          size_t i)
{
  const struct page *pg = &pages[i];
  char *ko_path = path_join (ko_root, pg->rel);
  size_t ko_len;
  char *ko = slurp (ko_path, &ko_len);
  if (ko == NULL)
    {
      fprintf (stderr, "drift: %s: %s\n", ko_path, strerror (errno));
      run->trouble = true;
      free (ko_path);
      return;
    }
  char *en_name = xasprintf ("en/%s", pg->rel);
  char *ko_name = xasprintf ("ko/%s", pg->rel);
  struct td_diag_list orig;
  if (check_pair (en_name, pg->en, pg->en_len, ko_name, ko, ko_len, &orig))
    {
      struct key *orig_keys = make_keys (&orig, en_name, ko_name, NULL);
      struct td_doc *doc = parse (en_name, pg->en, pg->en_len);
      struct text t;
      text_init (&t, pg->en, pg->en_len);
      const char *donor = donor_for (pages, npages, i);
      for (int c = 0; c < NCLASSES; c++)
        if (run->only_class < 0 || run->only_class == c)
          run_class (run, &run->scores[set_index * NCLASSES + (size_t) c],
                     (enum edit_class) c, set, pg, donor, &t, doc, en_name,
                     ko_name, ko, ko_len, &orig, orig_keys);
      text_free (&t);
      td_doc_free (doc);
      free (orig_keys);
      run->pairs[set_index]++;
    }
  else
    run->trouble = true;
  td_diag_list_free (&orig);
  free (en_name);
  free (ko_name);
  free (ko);
  free (ko_path);
}

static void
run_set (struct run *run, const char *corpus, size_t set_index)
{
  const char *set = run->sets.v[set_index];
  char *base = path_join (corpus, set);
  char *en_root = path_join (base, "en");
  char *ko_root = path_join (base, "ko");
  struct strv rels = { NULL, 0, 0 };
  walk (en_root, "", &rels);
  strv_sort (&rels);
  /* Every English page with a Korean one: the donors need them all.  */
  struct page *pages = xcalloc (rels.n + 1, sizeof *pages);
  size_t npages = 0;
  for (size_t i = 0; i < rels.n; i++)
    {
      char *en_path = path_join (en_root, rels.v[i]);
      char *ko_path = path_join (ko_root, rels.v[i]);
      if (is_file (ko_path))
        {
          struct page *pg = &pages[npages];
          pg->en = slurp (en_path, &pg->en_len);
          if (pg->en == NULL)
            {
              fprintf (stderr, "drift: %s: %s\n", en_path, strerror (errno));
              run->trouble = true;
            }
          else
            {
              pg->rel = xstrdup (rels.v[i]);
              char *name = xasprintf ("en/%s", pg->rel);
              pg->donor = donor_paragraph (name, pg->en, pg->en_len);
              free (name);
              npages++;
            }
        }
      free (en_path);
      free (ko_path);
    }
  for (size_t i = 0; i < npages; i++)
    if (run->max_pairs == 0 || i < (size_t) run->max_pairs)
      run_pair (run, set_index, set, ko_root, pages, npages, i);
  for (size_t i = 0; i < npages; i++)
    {
      free (pages[i].rel);
      free (pages[i].en);
      free (pages[i].donor);
    }
  free (pages);
  strv_free (&rels);
  free (base);
  free (en_root);
  free (ko_root);
}

/* ---------------------------------------------------------------- */
/* The table.  */

static void
print_pct (int part, int whole)
{
  if (whole == 0)
    printf (" %8s", "-");
  else
    printf (" %7.1f%%", 100.0 * part / whole);
}

static void
print_row (const char *cls, const char *set, const struct score *s,
           bool once)
{
  printf ("%-17s %-11s %6d", cls, set, s->edits);
  print_pct (s->detected, s->edits);
  print_pct (s->clean, s->edits);
  if (once)
    print_pct (s->once, s->edits);
  else
    printf (" %8s", "-");
  printf (" %6ld\n", s->gone);
}

static void
print_table (const struct run *run, const char *corpus)
{
  int pairs = 0;
  for (size_t k = 0; k < run->sets.n; k++)
    pairs += run->pairs[k];
  printf ("English drift, %s: %d pair%s (", corpus, pairs,
          pairs == 1 ? "" : "s");
  for (size_t k = 0; k < run->sets.n; k++)
    printf ("%s%s %d", k ? ", " : "", run->sets.v[k], run->pairs[k]);
  printf (")\n\n");
  printf ("%-17s %-11s %6s %9s %8s %8s %6s\n", "class", "set", "edits",
          "detected", "clean", "once", "gone");
  for (int c = 0; c < NCLASSES; c++)
    {
      if (run->only_class >= 0 && run->only_class != c)
        continue;
      struct score total = { 0, 0, 0, 0, 0 };
      for (size_t k = 0; k < run->sets.n; k++)
        {
          const struct score *s = &run->scores[k * NCLASSES + (size_t) c];
          print_row (class_names[c], run->sets.v[k], s,
                     scores_once ((enum edit_class) c));
          total.edits += s->edits;
          total.detected += s->detected;
          total.clean += s->clean;
          total.once += s->once;
          total.gone += s->gone;
        }
      print_row (class_names[c], "total", &total,
                 scores_once ((enum edit_class) c));
      printf ("\n");
    }
}

/* ---------------------------------------------------------------- */

static void
usage (FILE *out)
{
  fprintf (out,
           "Usage: drift [-n N] [-s SET] [-c CLASS] [-v] CORPUS_DIR\n"
           "Edits the English page of every pair of CORPUS_DIR/SET/{en,ko}"
           " and measures\nhow twindoc check attributes the new findings.\n"
           "  -n N      at most N pairs per set\n"
           "  -s SET    only the set SET\n"
           "  -c CLASS  only the edit class CLASS (");
  for (int c = 0; c < NCLASSES; c++)
    fprintf (out, "%s%s", c ? ", " : "", class_names[c]);
  fprintf (out, ")\n  -v        print every failing edit\n");
}

int
main (int argc, char **argv)
{
  struct run run;
  memset (&run, 0, sizeof run);
  run.only_class = -1;
  const char *only_set = NULL;
  int opt;
  while ((opt = getopt (argc, argv, "n:s:c:vh")) != -1)
    switch (opt)
      {
      case 'n':
        {
          char *end;
          long n = strtol (optarg, &end, 10);
          if (*optarg == '\0' || *end != '\0' || n < 1 || n > INT_MAX)
            {
              fprintf (stderr, "drift: -n: not a positive number: %s\n",
                       optarg);
              return TD_EXIT_TROUBLE;
            }
          run.max_pairs = (int) n;
        }
        break;
      case 's':
        only_set = optarg;
        break;
      case 'c':
        for (int c = 0; c < NCLASSES; c++)
          if (STREQ (optarg, class_names[c]))
            run.only_class = c;
        if (run.only_class < 0)
          {
            fprintf (stderr, "drift: -c: unknown edit class: %s\n", optarg);
            return TD_EXIT_TROUBLE;
          }
        break;
      case 'v':
        run.verbose = true;
        break;
      case 'h':
        usage (stdout);
        return TD_EXIT_OK;
      default:
        usage (stderr);
        return TD_EXIT_TROUBLE;
      }
  if (optind + 1 != argc)
    {
      usage (stderr);
      return TD_EXIT_TROUBLE;
    }
  const char *corpus = argv[optind];
  if (!is_dir (corpus))
    {
      fprintf (stderr, "drift: %s: no such folder\n", corpus);
      return TD_EXIT_TROUBLE;
    }

  /* The sets: the folders of CORPUS that hold en/ and ko/.  */
  DIR *d = opendir (corpus);
  if (d == NULL)
    {
      fprintf (stderr, "drift: %s: %s\n", corpus, strerror (errno));
      return TD_EXIT_TROUBLE;
    }
  struct dirent *de;
  while ((de = readdir (d)) != NULL)
    {
      if (de->d_name[0] == '.'
          || (only_set != NULL && !STREQ (de->d_name, only_set)))
        continue;
      char *base = path_join (corpus, de->d_name);
      char *en = path_join (base, "en"), *ko = path_join (base, "ko");
      if (is_dir (en) && is_dir (ko))
        strv_push (&run.sets, xstrdup (de->d_name));
      free (base);
      free (en);
      free (ko);
    }
  closedir (d);
  strv_sort (&run.sets);
  if (run.sets.n == 0)
    {
      if (only_set != NULL)
        fprintf (stderr, "drift: %s: no set %s (with en/ and ko/)\n",
                 corpus, only_set);
      else
        fprintf (stderr, "drift: %s: no set (a folder with en/ and ko/)\n",
                 corpus);
      strv_free (&run.sets);
      return TD_EXIT_TROUBLE;
    }

  td_check_options_init (&check_options);
  run.pairs = xcalloc (run.sets.n, sizeof *run.pairs);
  run.scores = xcalloc (run.sets.n * NCLASSES, sizeof *run.scores);
  for (size_t k = 0; k < run.sets.n; k++)
    run_set (&run, corpus, k);
  if (run.verbose)
    printf ("\n");
  print_table (&run, corpus);

  bool trouble = run.trouble;
  free (run.pairs);
  free (run.scores);
  strv_free (&run.sets);
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      fprintf (stderr, "drift: write error\n");
      return TD_EXIT_TROUBLE;
    }
  return trouble ? TD_EXIT_TROUBLE : TD_EXIT_OK;
}
