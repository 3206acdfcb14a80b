/* po_int.h: what the files of the po module share and nothing else
   needs.  */
#ifndef TD_PO_INT_H
#define TD_PO_INT_H

#include "po/po.h"

/* td_po_build, also giving the English segments in *SEGS (zeroed by the
   caller): entry I of PO is segment I.  NOTES may be NULL.  */
void td_po_build_segments (struct td_page *pg, bool template,
                           struct td_po *po, struct td_po_notes *notes,
                           struct td_segments *segs);

/* Appends a note; takes DETAIL.  */
void td_po_note (struct td_po_notes *notes, enum td_po_note_kind kind,
                 const char *file, int line, char *detail);

/* The first line of TEXT, cut to about 60 bytes at a character
   boundary, "..." after a cut: a new string, for a note.  */
char *td_po_excerpt (const char *text);

#endif
