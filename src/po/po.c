/* po.c: building the catalog of a page: the English segments, paired
   through the alignment of the two halves with the Korean segments.  */
#include <config.h>
#include "util/system.h"
#include "po/po.h"

#include "align/align.h"
#include "doc/source.h"
#include "po/po_int.h"
#include "rules/sign.h"
#include "util/buf.h"
#include "util/xalloc.h"

void
td_po_note (struct td_po_notes *notes, enum td_po_note_kind kind,
            const char *file, int line, char *detail)
{
  if (!notes)
    {
      free (detail);
      return;
    }
  notes->v = xgrow (notes->v, &notes->alloc, notes->n + 1, sizeof *notes->v);
  struct td_po_note *n = &notes->v[notes->n++];
  n->kind = kind;
  n->file = file;
  n->line = line;
  n->detail = detail;
}

char *
td_po_excerpt (const char *text)
{
  size_t n = strcspn (text, "\n");
  bool cut = n > 60 || text[n] == '\n';
  if (n > 60)
    {
      n = 60;
      while (n > 0 && ((unsigned char) text[n] & 0xC0) == 0x80)
        n--;
    }
  return xasprintf ("%.*s%s", (int) n, text, cut ? "..." : "");
}

/* The Korean segments of the block KB: [*FIRST, *FIRST + return).  */
static size_t
block_segments (const struct td_segments *ko, long kb, size_t *first)
{
  size_t i = 0;
  while (i < ko->n && ko->v[i].block != kb)
    i++;
  *first = i;
  size_t n = 0;
  while (i + n < ko->n && ko->v[i + n].block == kb)
    n++;
  return n;
}

/* The place of EN segment I among the segments of its block.  */
static size_t
ordinal (const struct td_segments *en, size_t i)
{
  size_t k = 0;
  while (k < i && en->v[i - k - 1].block == en->v[i].block)
    k++;
  return k;
}

/* The form of text a segment kind holds: the paragraphs of a block
   quote, of a list item and on their own are one form, since a Korean
   paragraph that the translator wrote at another nesting level (a list
   item's continuation that lost its indentation) is still a paragraph
   translating a paragraph, and apply writes it in the English block.  */
static const enum td_seg_kind seg_form[TD_SEG__COUNT] = {
  [TD_SEG_HEADING] = TD_SEG_HEADING,
  [TD_SEG_PARAGRAPH] = TD_SEG_PARAGRAPH,
  [TD_SEG_ITEM] = TD_SEG_PARAGRAPH,
  [TD_SEG_QUOTE] = TD_SEG_PARAGRAPH,
  [TD_SEG_CELL] = TD_SEG_CELL,
  [TD_SEG_TITLE] = TD_SEG_TITLE,
  [TD_SEG_ALT] = TD_SEG_ALT,
  [TD_SEG_META] = TD_SEG_META,
};

/* Pairs English segment I of EN with Korean segments through AL; fills
   E's msgstr, fuzzy flag and comment, marks the Korean segments USED.  */
static void
pair_segment (const struct td_page *pg, const struct td_alignment *al,
              const struct td_segments *en, size_t i,
              const struct td_segments *ko, bool *used,
              struct td_po_entry *e, struct td_buf *note,
              const struct td_segment **kseg)
{
  const struct td_segment *s = &en->v[i];
  *kseg = NULL;
  if (s->kind == TD_SEG_META)
    {
      for (size_t k = 0; k < ko->n; k++)
        if (ko->v[k].kind == TD_SEG_META && STREQ (ko->v[k].key, s->key))
          {
            used[k] = true;
            *kseg = &ko->v[k];
            free (e->str);
            e->str = xstrdup (ko->v[k].text);
            return;
          }
      return;
    }
  long pi = al->en_pair[s->block - (long) pg->en.first];
  if (pi < 0)
    return;
  const struct td_pair *p = &al->pairs[pi];
  if (p->ko < 0 || p->kind == TD_PAIR_MISSING)
    return;
  if (p->en2 == s->block && p->en != s->block)
    {
      td_buf_puts (note, "the Korean translates this paragraph together "
                         "with the one before it");
      return;
    }
  const struct td_doc *kdoc = pg->ko.doc;
  const struct td_doc *edoc = pg->en.doc;
  size_t kf, kn = block_segments (ko, p->ko, &kf);
  size_t ef, en_n = block_segments (en, s->block, &ef);
  const struct td_segment *k = NULL;
  bool guess = kdoc->blocks[p->ko].kind != edoc->blocks[s->block].kind
               || kn != en_n;
  for (size_t j = kf; j < kf + kn && !k; j++)
    if (seg_form[ko->v[j].kind] == seg_form[s->kind]
        && ko->v[j].sub == s->sub)
      k = &ko->v[j];
  if (!k)
    {
      size_t o = ordinal (en, i);
      if (o < kn)
        k = &ko->v[kf + o];
      guess = true;
    }
  if (!k)
    return;
  used[k - ko->v] = true;
  *kseg = k;
  if (k->insert)
    return; /* the Korean admonition has no title either */
  struct td_buf str = TD_BUF_INIT;
  td_buf_puts (&str, k->text);
  if (p->ko2 >= 0 && p->en == s->block && en_n == 1)
    {
      size_t k2f, k2n = block_segments (ko, p->ko2, &k2f);
      for (size_t j = k2f; j < k2f + k2n; j++)
        {
          used[j] = true;
          td_buf_puts (&str, "\n\n");
          td_buf_puts (&str, ko->v[j].text);
        }
    }
  free (e->str);
  e->str = td_buf_detach (&str);
  e->fuzzy = guess;
}

/* Sets the msgctxt of the entries whose msgid is not unique: the heading
   path (or the segment kind at the top), then " (N)" for the N-th entry
   of the same text and context.  */
static void
set_contexts (struct td_po *po, const struct td_segments *segs)
{
  for (size_t i = 0; i < po->n; i++)
    {
      bool dup = false;
      for (size_t j = 0; j < po->n && !dup; j++)
        dup = j != i && STREQ (po->v[i].id, po->v[j].id);
      if (!dup)
        continue;
      const struct td_segment *s = &segs->v[i];
      const char *base = *s->path ? s->path : td_seg_kind_name (s->kind);
      int seen = 1;
      for (size_t j = 0; j < i; j++)
        if (STREQ (po->v[j].id, po->v[i].id)
            && STREQ (*segs->v[j].path ? segs->v[j].path
                      : td_seg_kind_name (segs->v[j].kind), base))
          seen++;
      po->v[i].ctxt = seen > 1 ? xasprintf ("%s (%d)", base, seen)
                               : xstrdup (base);
    }
}

/* True when the translation of an entry of KIND may hold paragraphs
   the English does not have: a paragraph, on its own, in a list item or
   in a quote.  */
static bool
holds_paragraphs (enum td_seg_kind kind)
{
  return kind == TD_SEG_PARAGRAPH || kind == TD_SEG_ITEM
         || kind == TD_SEG_QUOTE;
}

/* Attaches TEXT, Korean text without an English counterpart that
   stands at KLINE of KFILE, to entry E of PO: after its translation when
   AFTER, else before it, as a paragraph of its own.  */
static void
attach (struct td_po *po, long e, const char *text, int kline, bool after,
        const char *kfile)
{
  struct td_po_entry *t = &po->v[e];
  char *str = after ? xasprintf ("%s\n\n%s", t->str, text)
                    : xasprintf ("%s\n\n%s", text, t->str);
  free (t->str);
  t->str = str;
  char *c = xasprintf ("%s\nKorean text without an English counterpart "
                       "kept %s the translation: %s:%d",
                       t->comment, after ? "after" : "before", kfile, kline);
  free (t->comment);
  t->comment = c;
}

/* The Korean segments [K, K + return) that no entry holds and that
   belong to the block of segment K (the cells of a table, the alt texts
   of a component): one block of the Korean page, one paragraph.  */
static size_t
block_run (const struct td_segments *ko, const bool *used, size_t k)
{
  size_t n = 1;
  while (k + n < ko->n && !used[k + n] && !ko->v[k + n].insert
         && ko->v[k + n].kind != TD_SEG_META
         && ko->v[k + n].block == ko->v[k].block)
    n++;
  return n;
}

/* The text of the run [K, K + N) as one paragraph, a new string: the
   cells of a table row joined by " | ", rows and other segments one a
   line.  */
static char *
run_text (const struct td_segments *ko, size_t k, size_t n)
{
  struct td_buf b = TD_BUF_INIT;
  for (size_t j = k; j < k + n; j++)
    {
      const struct td_segment *s = &ko->v[j];
      if (j > k)
        td_buf_puts (&b, s->kind == TD_SEG_CELL
                             && ko->v[j - 1].kind == TD_SEG_CELL
                             && ko->v[j - 1].sub / 256 == s->sub / 256
                         ? " | " : "\n");
      td_buf_puts (&b, s->text);
    }
  return td_buf_detach (&b);
}

/* The Korean segments of KO that no entry holds (USED false; OWNER the
   entry of each used one, or -1): those of one Korean block, joined in
   one paragraph (run_text), are attached to the translated, non-fuzzy
   paragraph entry that holds the Korean segment just before them, else
   the one just after them, so that the Korean text stays in the catalog;
   what cannot be attached is noted as EXTRA.  */
static void
keep_extras (struct td_po *po, const struct td_segments *en,
             const struct td_segments *ko, bool *used, long *owner,
             const char *kfile, struct td_po_notes *notes)
{
  bool *done = xcalloc (ko->n + 1, sizeof *done);
  /* The runs: RUN[K] the length of the run that starts at K, 0 inside
     one or for a held segment.  */
  size_t *run = xcalloc (ko->n + 1, sizeof *run);
  for (size_t k = 0; k < ko->n; k++)
    if (!used[k] && !ko->v[k].insert && ko->v[k].kind != TD_SEG_META)
      {
        run[k] = block_run (ko, used, k);
        k += run[k] - 1;
      }
  /* After the one before, in document order; then before the one after,
     backwards, so that several extras keep their order.  */
  for (int pass = 0; pass < 2; pass++)
    for (size_t n = 0; n < ko->n; n++)
      {
        size_t k = pass == 0 ? n : ko->n - 1 - n;
        if (!run[k] || done[k])
          continue;
        long j = pass == 0 ? (long) k : (long) (k + run[k] - 1);
        do
          j += pass == 0 ? -1 : 1;
        while (j >= 0 && (size_t) j < ko->n && owner[j] < 0);
        if (j < 0 || (size_t) j >= ko->n)
          continue;
        long e = owner[j];
        if (!holds_paragraphs (en->v[e].kind) || po->v[e].fuzzy
            || !*po->v[e].str)
          continue;
        char *text = run_text (ko, k, run[k]);
        attach (po, e, text, ko->v[k].line, pass == 0, kfile);
        free (text);
        for (size_t r = k; r < k + run[k]; r++)
          {
            owner[r] = e;
            done[r] = true;
          }
      }
  /* The notes in the order of the Korean page.  */
  for (size_t k = 0; k < ko->n; k++)
    if (done[k])
      td_po_note (notes, TD_NOTE_ATTACHED, kfile, ko->v[k].line,
                  td_po_excerpt (ko->v[k].text));
    else if (!used[k] && !ko->v[k].insert)
      td_po_note (notes, TD_NOTE_EXTRA, kfile, ko->v[k].line,
                  td_po_excerpt (ko->v[k].text));
  free (run);
  free (done);
}

/* The list that holds English segment S (a paragraph of a list item),
   or -1.  */
static long
list_of (const struct td_doc *doc, const struct td_segment *s)
{
  if (s->kind != TD_SEG_ITEM)
    return -1;
  long item = doc->blocks[s->block].parent;
  return item >= 0 ? doc->blocks[item].parent : -1;
}

/* True when English segment X is the paragraph of an item of LIST that
   has no Korean text and no other paragraph (Y, the segment next to it
   in the window, not of the same item).  */
static bool
empty_item (const struct td_doc *doc, const struct td_segments *en,
            const struct td_segment *const *kseg, size_t x, size_t y,
            long list)
{
  return list_of (doc, &en->v[x]) == list && !kseg[x]
         && doc->blocks[en->v[x].block].parent
              != doc->blocks[en->v[y].block].parent;
}

/* A Korean paragraph of N lines paired with the paragraph of one item of
   an English list whose neighbouring items have no Korean text, N items
   in all: the Korean writes the list as the lines of one paragraph (its
   item markers lost), so line J is the translation of item J.  The
   entries of those items get the lines (KSEG, KLINE and a comment in
   PNOTE); any other count leaves the pairing as it is.  */
static void
split_lines (const struct td_page *pg, const struct td_segments *en,
             struct td_po *po, const struct td_segment **kseg, int *kline,
             char **pnote, const char *kfile)
{
  const struct td_doc *edoc = pg->en.doc;
  for (size_t i = 0; i < en->n; i++)
    {
      const struct td_segment *k = kseg[i];
      long list = list_of (edoc, &en->v[i]);
      if (!k || list < 0 || seg_form[k->kind] != TD_SEG_PARAGRAPH
          || k->kind == TD_SEG_ITEM || !STREQ (po->v[i].str, k->text))
        continue;
      size_t lines = 1;
      for (const char *c = k->text; *c; c++)
        lines += *c == '\n';
      if (lines < 2)
        continue;
      size_t first = i, last = i;
      while (first > 0 && empty_item (edoc, en, kseg, first - 1, first, list))
        first--;
      while (last + 1 < en->n && empty_item (edoc, en, kseg, last + 1, last,
                                             list))
        last++;
      if (last - first + 1 != lines)
        continue;
      const char *line = k->text;
      for (size_t j = first; j <= last; j++)
        {
          size_t n = strcspn (line, "\n");
          size_t m = n;
          while (m > 0 && (line[m - 1] == ' ' || line[m - 1] == '\\'))
            m--; /* a hard line break */
          free (po->v[j].str);
          po->v[j].str = xasprintf ("%.*s", (int) m, line);
          po->v[j].fuzzy = false;
          kseg[j] = k;
          kline[j] = k->line + (int) (j - first);
          char *c = xasprintf ("%s%sthe Korean writes this list as the lines "
                               "of one paragraph: %s:%d",
                               pnote[j] ? pnote[j] : "", pnote[j] ? "\n" : "",
                               kfile, k->line);
          free (pnote[j]);
          pnote[j] = c;
          line += n + (line[n] == '\n');
        }
    }
}

void
td_po_build_segments (struct td_page *pg, bool template, struct td_po *po,
                      struct td_po_notes *notes, struct td_segments *segs)
{
  struct td_segments *en = segs, ko = { 0 };
  /* A page in one language or a pair of files: its front matter is
     translated; a bilingual file shares one.  */
  bool meta = pg->pair || !pg->has_ko;
  td_segments_extract (&pg->en, meta, en);
  bool paired = !template && pg->has_ko;
  struct td_alignment al = { 0 };
  bool *used = NULL;
  if (paired)
    {
      struct td_doc *kdoc = pg->pair ? pg->doc[1] : pg->doc[0];
      td_sign (pg->doc[0], pg->en.first, pg->en.last, NULL, false);
      td_sign (kdoc, pg->ko.first, pg->ko.last, NULL, true);
      td_align (&pg->en, &pg->ko, &al);
      td_segments_extract (&pg->ko, meta, &ko);
      used = xcalloc (ko.n + 1, sizeof *used);
    }
  long *owner = xmalloc ((ko.n + 1) * sizeof *owner);
  for (size_t k = 0; k < ko.n; k++)
    owner[k] = -1;
  const char *efile = pg->en.doc->src->path;
  const char *kfile = paired ? pg->ko.doc->src->path : NULL;
  po->v = xgrow (po->v, &po->alloc, en->n, sizeof *po->v);
  po->n = en->n;
  /* First the pairing of every entry: KSEG the Korean segment of each,
     KLINE its line, PNOTE what the pairing says of it (owned, or
     NULL).  */
  const struct td_segment **kseg = xcalloc (en->n + 1, sizeof *kseg);
  int *kline = xcalloc (en->n + 1, sizeof *kline);
  char **pnote = xcalloc (en->n + 1, sizeof *pnote);
  struct td_buf note = TD_BUF_INIT;
  for (size_t i = 0; i < en->n; i++)
    {
      const struct td_segment *s = &en->v[i];
      struct td_po_entry *e = &po->v[i];
      memset (e, 0, sizeof *e);
      e->id = xstrdup (s->text);
      e->str = xstrdup ("");
      const struct td_segment *k = NULL;
      td_buf_clear (&note);
      if (paired)
        pair_segment (pg, &al, en, i, &ko, used, e, &note, &k);
      if (k && k->insert)
        k = NULL; /* an admonition without a title: no Korean text */
      if (k)
        {
          owner[k - ko.v] = (long) i;
          kline[i] = k->line;
        }
      kseg[i] = k;
      if (note.len)
        pnote[i] = td_buf_detach (&note);
    }
  td_buf_free (&note);
  if (paired)
    split_lines (pg, en, po, kseg, kline, pnote, kfile);
  for (size_t i = 0; i < en->n; i++)
    {
      const struct td_segment *s = &en->v[i];
      struct td_po_entry *e = &po->v[i];
      const struct td_segment *k = kseg[i];
      if (s->kind == TD_SEG_META)
        e->comment = xasprintf ("front matter: %s", s->key);
      else if (*s->path)
        e->comment = xasprintf ("%s\nsection: %s", td_seg_kind_name (s->kind),
                                s->path);
      else
        e->comment = xstrdup (td_seg_kind_name (s->kind));
      if (s->insert)
        {
          char *c = xasprintf ("%s\nthe English has no title, msgid is the "
                               "type: a translation adds a title, an empty "
                               "one keeps the default", e->comment);
          free (e->comment);
          e->comment = c;
        }
      if (pnote[i])
        {
          char *c = xasprintf ("%s\n%s", e->comment, pnote[i]);
          free (e->comment);
          e->comment = c;
        }
      if (k)
        e->refs = xasprintf ("%s:%d %s:%d", efile, s->line, kfile, kline[i]);
      else
        e->refs = xasprintf ("%s:%d", efile, s->line);
      if (paired && !k && s->insert)
        ; /* no title on either side: the site's default title */
      else if (paired && !k)
        td_po_note (notes, TD_NOTE_MISSING, efile, s->line,
                    td_po_excerpt (s->text));
      else if (paired && e->fuzzy)
        td_po_note (notes, TD_NOTE_GUESS, kfile, k->line, td_po_excerpt (k->text));
      free (pnote[i]);
    }
  free (pnote);
  free (kline);
  free (kseg);
  set_contexts (po, en);
  if (paired)
    {
      keep_extras (po, en, &ko, used, owner, kfile, notes);
      free (used);
      td_segments_free (&ko);
      td_alignment_free (&al);
    }
  free (owner);
}

void
td_po_build (struct td_page *pg, bool template, struct td_po *po,
             struct td_po_notes *notes)
{
  struct td_segments segs = { 0 };
  td_po_build_segments (pg, template, po, notes, &segs);
  td_segments_free (&segs);
}

void
td_po_free (struct td_po *po)
{
  for (size_t i = 0; i < po->n; i++)
    {
      free (po->v[i].ctxt);
      free (po->v[i].id);
      free (po->v[i].str);
      free (po->v[i].comment);
      free (po->v[i].refs);
    }
  free (po->v);
  free (po->header);
  memset (po, 0, sizeof *po);
}

void
td_po_notes_free (struct td_po_notes *notes)
{
  for (size_t i = 0; i < notes->n; i++)
    free (notes->v[i].detail);
  free (notes->v);
  memset (notes, 0, sizeof *notes);
}
