/* po_apply.c: rebuilding the Korean page from the English one and a
   catalog.  The English bytes are copied and each segment's bytes are
   replaced by its translation, so that everything that is not a segment
   (structure, code blocks, anchors, imports, components, URLs outside
   the text) stays exactly the English.  A translation replaces its
   segment only when it keeps the form of the segment's block (the kinds
   of blocks it parses into); one that lost the segment's inline code,
   placeholders or link destinations (the invariants the check rules
   compare, read by the document model from the two texts) replaces it
   too and is reported.  */
#include <config.h>
#include "util/system.h"
#include "po/po.h"

#include "doc/source.h"
#include "po/po_int.h"
#include "rules/normalize.h"
#include "util/buf.h"
#include "util/xalloc.h"

/* An entry of the catalog, sorted by (msgctxt, msgid) for lookups.  */
static int
cmp_entry (const void *a, const void *b)
{
  const struct td_po_entry *x = *(const struct td_po_entry *const *) a;
  const struct td_po_entry *y = *(const struct td_po_entry *const *) b;
  int c = strcmp (x->ctxt ? x->ctxt : "", y->ctxt ? y->ctxt : "");
  if (c == 0 && (x->ctxt == NULL) != (y->ctxt == NULL))
    c = x->ctxt ? 1 : -1;
  return c ? c : strcmp (x->id, y->id);
}

/* A link destination as a translation must keep it: its locale removed
   (normalize.h), without its fragment (Korean headings may have their
   own ids) and without a "ko." host label (a site's Korean edition).  */
static char *
link_key (const char *text, bool korean)
{
  char *l = td_normalize_link (NULL, text, korean);
  char *hash = strchr (l, '#');
  if (hash)
    *hash = '\0';
  const char *p = l;
  const char *scheme = strstr (l, "://");
  struct td_buf b = TD_BUF_INIT;
  if (scheme && strncmp (scheme + 3, "ko.", 3) == 0)
    {
      td_buf_put (&b, l, (size_t) (scheme + 3 - l));
      p = scheme + 6;
    }
  td_buf_puts (&b, p);
  char *key = xasprintf ("(%s)", td_buf_str (&b));
  td_buf_free (&b);
  free (l);
  return key;
}

/* The inline items of the text S that a translation keeps, as "kind text"
   keys in *N new strings, and in *SHAPE (a new string) the kinds of the
   blocks S parses into at the top, a run of paragraphs counted once.  */
static char **
invariants (const char *s, bool korean, size_t *n, char **shape)
{
  struct td_doc *doc = td_doc_parse (td_source_from_memory ("", s,
                                                            strlen (s)));
  struct td_buf b = TD_BUF_INIT;
  enum td_block_kind prev = TD_BLK__COUNT;
  for (size_t i = 0; i < doc->nblocks; i++)
    {
      enum td_block_kind k = doc->blocks[i].kind;
      if (doc->blocks[i].depth != 0
          || (k == TD_BLK_PARAGRAPH && prev == TD_BLK_PARAGRAPH))
        continue;
      if (b.len)
        td_buf_puts (&b, ", ");
      td_buf_puts (&b, td_block_kind_name (k));
      prev = k;
    }
  *shape = td_buf_detach (&b);
  char **keys = xmalloc ((doc->nitems + doc->nblocks + 1) * sizeof *keys);
  *n = 0;
  for (size_t i = 0; i < doc->nitems; i++)
    {
      const struct td_item *it = &doc->items[i];
      switch (it->kind)
        {
        case TD_ITEM_CODE:
          keys[(*n)++] = xasprintf ("`%s`", it->text);
          break;
        case TD_ITEM_PLACEHOLDER:
          if (!it->in_code)
            keys[(*n)++] = xasprintf ("{%s}", it->text);
          break;
        case TD_ITEM_LINK:
        case TD_ITEM_IMAGE:
          keys[(*n)++] = link_key (it->text, korean);
          break;
        case TD_ITEM_COMPONENT:
          keys[(*n)++] = xasprintf ("<%s>", it->text);
          break;
        case TD_ITEM_ATTR:
        case TD_ITEM_NUMBER:
        case TD_ITEM_DELIM:
        case TD_ITEM_ALT:
        case TD_ITEM_TEXTATTR:
        case TD_ITEM_MACRO:
        case TD_ITEM__COUNT:
          break;
        }
    }
  /* Code that the text alone parses as a block (a fence that is inline
     code in its paragraph): the same on both sides.  */
  for (size_t i = 0; i < doc->nblocks; i++)
    if (doc->blocks[i].kind == TD_BLK_CODE)
      keys[(*n)++] = xasprintf ("```%s```", doc->blocks[i].text);
  td_doc_free (doc);
  return keys;
}

/* What the translation STR of the English ID lost (its form: the kinds
   of blocks it parses into, such as one paragraph; else the first inline
   code span, placeholder, link or image destination, or JSX component of
   ID missing from STR), as a new string, or NULL.  */
static char *
lost (const char *id, const char *str, bool *form)
{
  size_t ne, nk;
  char *eshape, *kshape;
  char **e = invariants (id, false, &ne, &eshape);
  char **k = invariants (str, true, &nk, &kshape);
  char *what = NULL;
  if (!STREQ (eshape, kshape))
    /* TRANSLATORS: apply, what a translation lost: the kinds of blocks
       the English text is made of, such as "paragraph" or "paragraph,
       list"; they are not translated.  */
    what = xasprintf (_("its form (%s)"), eshape);
  *form = what != NULL;
  free (eshape);
  free (kshape);
  for (size_t i = 0; i < ne; i++)
    {
      size_t j = 0;
      while (j < nk && (k[j] == NULL || !STREQ (k[j], e[i])))
        j++;
      if (j < nk)
        {
          free (k[j]);
          k[j] = NULL;
        }
      else if (!what)
        what = xstrdup (e[i]);
    }
  for (size_t i = 0; i < ne; i++)
    free (e[i]);
  for (size_t j = 0; j < nk; j++)
    free (k[j]);
  free (e);
  free (k);
  return what;
}

/* The character of the translation STR that cannot stand in segment
   S: its quote, or for an added title in brackets the bracket.  */
static char *
quote_detail (const struct td_segment *s, const char *str)
{
  char q = s->quote;
  if (s->insert && q == '[' && !strchr (str, '['))
    q = ']';
  return xasprintf ("%c", q);
}

/* Byte offset of the start of block I's first line in DOC.  */
static size_t
block_start (const struct td_doc *doc, size_t i)
{
  if (i >= doc->nblocks)
    return doc->src->len;
  return td_source_offset (doc->src, doc->blocks[i].line, 1);
}

char *
td_po_apply (struct td_page *pg, const struct td_po *po, size_t *len,
             struct td_po_notes *notes)
{
  struct td_po tmpl = { 0 };
  struct td_segments segs = { 0 };
  td_po_build_segments (pg, true, &tmpl, NULL, &segs);
  const struct td_doc *doc = pg->doc[0];
  const struct td_source *src = doc->src;
  const char *file = src->path;

  const struct td_po_entry **sorted = xmalloc ((po->n + 1) * sizeof *sorted);
  for (size_t i = 0; i < po->n; i++)
    sorted[i] = &po->v[i];
  qsort (sorted, po->n, sizeof *sorted, cmp_entry);
  bool *matched = xcalloc (po->n + 1, sizeof *matched);

  /* The bytes rebuilt: the whole file, or the English part of a
     bilingual one (its imports and front matter stay where they are).  */
  struct td_buf out = TD_BUF_INIT;
  size_t from = 0, to = src->len;
  if (pg->has_ko)
    {
      size_t first = pg->en.first;
      while (first < pg->en.last && doc->blocks[first].kind == TD_BLK_IMPORT)
        first++;
      from = block_start (doc, first);
      to = block_start (doc, pg->en.last);
      td_buf_put (&out, src->data, block_start (doc, pg->ko.first));
    }

  size_t cursor = from;
  for (size_t i = 0; i < segs.n; i++)
    {
      const struct td_segment *s = &segs.v[i];
      const struct td_po_entry *t = &tmpl.v[i];
      if (s->start < cursor || s->end > to)
        continue;
      const struct td_po_entry *key = t, **hit;
      hit = bsearch (&key, sorted, po->n, sizeof *sorted, cmp_entry);
      char *repl = NULL;
      if (hit)
        matched[*hit - po->v] = true;
      if ((!hit || !*(*hit)->str) && s->insert)
        ; /* no title: the site shows its own, translated */
      else if (!hit || !*(*hit)->str)
        td_po_note (notes, TD_NOTE_UNTRANSLATED, file, s->line,
                    td_po_excerpt (s->text));
      else if ((*hit)->fuzzy)
        td_po_note (notes, TD_NOTE_FUZZY, file, s->line,
                    td_po_excerpt (s->text));
      else
        {
          bool form;
          char *what = lost (s->text, (*hit)->str, &form);
          if (what && form)
            td_po_note (notes, TD_NOTE_BROKEN, file, s->line, what);
          else if (what)
            {
              /* Written as the translator wrote it, and reported: the
                 Korean text is never thrown away for what check would
                 report in it.  */
              td_po_note (notes, TD_NOTE_LOST, file, s->line, what);
              repl = td_segment_replacement (s, (*hit)->str);
              if (!repl)
                td_po_note (notes, TD_NOTE_QUOTE, file, s->line,
                            quote_detail (s, (*hit)->str));
            }
          else if (!(repl = td_segment_replacement (s, (*hit)->str)))
            td_po_note (notes, TD_NOTE_QUOTE, file, s->line,
                        quote_detail (s, (*hit)->str));
        }
      td_buf_put (&out, src->data + cursor, s->start - cursor);
      if (repl)
        td_buf_puts (&out, repl);
      else
        td_buf_put (&out, src->data + s->start, s->end - s->start);
      free (repl);
      cursor = s->end;
    }
  td_buf_put (&out, src->data + cursor, to - cursor);
  if (pg->has_ko)
    {
      /* One line end after the last block, as the file had.  */
      while (out.len > 0 && (out.data[out.len - 1] == '\n'
                             || out.data[out.len - 1] == '\r'))
        out.len--;
      td_buf_putc (&out, '\n');
    }
  for (size_t i = 0; i < po->n; i++)
    if (!matched[i] && *po->v[i].str && !po->v[i].fuzzy)
      td_po_note (notes, TD_NOTE_UNUSED, NULL, 0,
                  td_po_excerpt (po->v[i].id));
  free (matched);
  free (sorted);
  td_po_free (&tmpl);
  td_segments_free (&segs);
  *len = out.len;
  return td_buf_detach (&out);
}
