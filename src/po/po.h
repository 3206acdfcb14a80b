/* po.h: gettext PO catalogs of a page.  A catalog has one entry per
   translatable segment of the English text (page/segment.h): msgid the
   English, msgstr the Korean segment that the alignment (align.h) pairs
   with it, fuzzy where that pairing is a guess, empty where the Korean
   is missing.  Equal English strings are told apart by msgctxt (the
   heading path, then a number), so that a catalog maps back to exactly
   one place of the page.

   The catalog is built as data (td_po_build), written by td_po_write,
   read back by td_po_read, and applied to the English page by
   td_po_apply, which gives the Korean page: the English file with each
   translated segment in its place.  Structural differences met while
   building and segments left English while applying are notes, data for
   the command to print.  */
#ifndef TD_PO_H
#define TD_PO_H

#include <stdbool.h>
#include <stddef.h>

#include "page/page.h"
#include "page/segment.h"

struct td_po_entry
{
  char *ctxt;    /* owned msgctxt, or NULL */
  char *id;      /* owned msgid */
  char *str;     /* owned msgstr, "" when untranslated */
  bool fuzzy;
  char *comment; /* owned extracted comment (#.), lines joined by "\n",
                    or NULL */
  char *refs;    /* owned references (#:) "en.md:12 ko.md:14", or NULL */
};

enum td_po_note_kind
{
  TD_NOTE_MISSING,      /* an English segment without a Korean one */
  TD_NOTE_EXTRA,        /* a Korean block without an English one, left
                           out */
  TD_NOTE_ATTACHED,     /* a Korean block without an English one, kept
                           in the translation of the paragraph next to
                           it */
  TD_NOTE_GUESS,        /* a pairing marked fuzzy */
  TD_NOTE_UNTRANSLATED, /* apply: no translation, English kept */
  TD_NOTE_FUZZY,        /* apply: fuzzy translation, English kept */
  TD_NOTE_BROKEN,       /* apply: translation lost the form of its
                           block, English kept; detail says what */
  TD_NOTE_LOST,         /* apply: translation lost inline code, a
                           placeholder or a link, written all the same;
                           detail says what */
  TD_NOTE_QUOTE,        /* apply: an alt text or an added admonition
                           title holding the character that would end
                           it (detail), English kept */
  TD_NOTE_UNUSED        /* apply: a catalog entry no segment has */
};

struct td_po_note
{
  enum td_po_note_kind kind;
  const char *file; /* owned by the page or the catalog's caller */
  int line;
  char *detail;     /* owned: the segment's text or what was lost */
};

struct td_po_notes
{
  struct td_po_note *v; /* owned */
  size_t n, alloc;
};

struct td_po
{
  struct td_po_entry *v; /* owned, in English document order */
  size_t n, alloc;
  char *header;          /* owned msgstr of the header entry, or NULL */
};

/* Builds in *PO (zeroed by the caller) the catalog of the loaded page PG:
   the English half's segments (with the front matter of a two-file
   page), and when TEMPLATE is false and PG has a Korean half the Korean
   segments paired with them.  Structural differences go to NOTES.  */
void td_po_build (struct td_page *pg, bool template,
                  struct td_po *po, struct td_po_notes *notes);

/* Writes PO as a PO file into a new string: the header (Language: ko,
   UTF-8, the Korean Plural-Forms; a template leaves Language empty) and
   the entries, long strings wrapped as gettext's tools wrap them.  NAME
   goes in the header's Project-Id-Version.  */
char *td_po_write (const struct td_po *po, const char *name, bool template);

/* Reads the PO text DATA (LEN bytes) into *PO (zeroed by the caller);
   obsolete entries are skipped.  Returns 0, or -1 with *ERROR_LINE and
   a new translated *ERROR.  */
int td_po_read (const char *data, size_t len, struct td_po *po,
                int *error_line, char **error);

/* Applies PO to the English half of PG: returns a new string, the
   Korean page (for a bilingual file, the file with its Korean part
   rebuilt from the English one) and its length in *LEN.  Segments kept
   in English (untranslated, fuzzy, or a translation that changes the
   form of its block) and translations written although they lost
   inline code, a placeholder or a link go to NOTES.  */
char *td_po_apply (struct td_page *pg, const struct td_po *po, size_t *len,
                   struct td_po_notes *notes);

void td_po_free (struct td_po *po);
void td_po_notes_free (struct td_po_notes *notes);

#endif
