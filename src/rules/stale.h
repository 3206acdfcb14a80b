/* stale.h: what went stale in a Korean page since it was translated.
   Given the English page as it was translated (the old English) with the
   Korean page, and the English page as it is now, the old English is
   aligned with the current English and with the Korean (align.h, the
   alignment of `check`); each English block that changed, appeared or
   went away is mapped through the old English to the Korean block that
   translates it.  The result is data; formatters print it.  */
#ifndef TD_STALE_H
#define TD_STALE_H

#include <stdbool.h>
#include <stddef.h>

struct td_page;
struct td_config;

enum td_stale_state
{
  TD_STALE_UP_TO_DATE,
  TD_STALE_OUTDATED, /* at least one change */
  TD_STALE_MISSING,  /* no Korean page */
  TD_STALE_UNKNOWN   /* no record of the English it was translated from */
};

enum td_change_kind
{
  TD_CHANGE_CHANGED, /* an English block changed */
  TD_CHANGE_NEW,     /* a new English block */
  TD_CHANGE_REMOVED  /* an English block that went away */
};

struct td_change
{
  enum td_change_kind kind;
  int en_line;   /* CHANGED, NEW: line in the current English file;
                    REMOVED: line in the old English */
  int ko_line;   /* CHANGED, REMOVED: the Korean block's line, 0 when the
                    old English block had no Korean counterpart.  NEW: the
                    Korean line after which the block would go (KO_AFTER)
                    or before which (!KO_AFTER; 0: an empty page) */
  bool ko_after;
  int en_end;    /* the last line of the English block of EN_LINE */
  int ko_end;    /* CHANGED, REMOVED: the last line of the Korean block
                    (0 with KO_LINE 0); NEW: 0 */
  char *diff;    /* owned: CHANGED: the word diff (wdiff.h); NEW: the new
                    English words; REMOVED: the old ones */
};

struct td_stale
{
  struct td_change *changes; /* owned, by Korean line, then English line */
  size_t n, alloc;
  size_t nchanged, nnew, nremoved;
};

/* Compares OLD_PAIR (a pair page: the old English and the Korean page)
   with CUR (a page whose English half is the current English) under the
   project's policies CFG (NULL: the defaults) into *OUT (which it
   initialises).  Signs the halves (sign.h).  Never fails.  */
void td_stale_compare (struct td_page *old_pair, struct td_page *cur,
                       const struct td_config *cfg, struct td_stale *out);

/* Frees what S owns.  */
void td_stale_free (struct td_stale *s);

/* Untranslatable names, for JSON: "up-to-date", "outdated", "missing",
   "unknown"; "changed", "new", "removed".  */
const char *td_stale_state_name (enum td_stale_state s);
const char *td_change_kind_name (enum td_change_kind k);

#endif
