/* learn.h: conventions learned from the findings of a --tree run.  The
   translations of one site often differ from their English pages in the
   same way on most pages: the Korean links add a prefix, the Korean front
   matter leaves out a key or adds one.  No profile lists every site, so
   the checkers give such findings a pattern (struct td_diag's pattern,
   built with the functions below), and td_learn finds, as data, the
   patterns that most pairs share.  rule_convention.c reports each one
   once and drops the findings it explains; a finding of the same shape
   with another pattern (a Korean link with another prefix, a key left
   out where the others add it) stays.  */
#ifndef TD_LEARN_H
#define TD_LEARN_H

#include <stdbool.h>
#include <stddef.h>

#include "report/diag.h"

/* The thresholds (docs/en/rules.md#convention).  A pattern is a
   convention when the pairs with a finding of it are
   - at least TD_LEARN_MIN_PAIRS,
   - at least TD_LEARN_MIN_SHARE percent of the pairs with a finding of
     its rule for a link prefix (a pair without link findings tells
     nothing: its links may agree, or it has none), of the pairs checked
     for a front matter key (a page without front matter findings keeps
     its keys, which counts against the convention),
   and when its findings are at least TD_LEARN_MIN_AGREE percent of the
   findings of the same shape (links with the same English prefix, the
   same front matter key either way): a site that adds a prefix to some
   links and another prefix to as many others has no convention.  */
#define TD_LEARN_MIN_PAIRS 3
#define TD_LEARN_MIN_SHARE 50
#define TD_LEARN_MIN_AGREE 80

/* What a convention is about.  */
enum td_convention_kind
{
  TD_CONV_LINK_PREFIX,  /* Korean links start with ko where English ones
                           start with en */
  TD_CONV_FM_DROPPED,   /* the Korean front matter leaves out key ko */
  TD_CONV_FM_ADDED,     /* the Korean front matter adds key ko */
  TD_CONV__COUNT
};

struct td_convention
{
  enum td_convention_kind kind;
  int rule;             /* the rule of the findings it explains */
  char *pattern;        /* owned: the pattern of those findings */
  char *ko, *en;        /* owned: the prefixes; for a front matter key,
                           ko is the key and en is NULL */
  size_t pairs;         /* pairs with a finding of the pattern */
  size_t base;          /* pairs with a finding of the rule */
  size_t findings;      /* findings of the pattern */
  size_t shape;         /* findings of the same shape, these included */
};

struct td_conventions
{
  struct td_convention *v; /* owned */
  size_t n, alloc;
};

/* The pattern of a Korean link destination KO that stands for the
   English EN: the prefixes that differ before a common rest which starts
   a path segment ("/ko/docs/a" for "/docs/a": "/ko/" for "/").  Returns a
   new string, or NULL when the two differ otherwise.  */
char *td_learn_link_pattern (const char *ko, const char *en);

/* The pattern of a front matter KEY that the Korean page leaves out
   (DROPPED) or adds.  Returns a new string.  */
char *td_learn_fm_pattern (bool dropped, const char *key);

/* Finds the conventions among the findings of LIST from index FIRST on
   (those of one --tree run of CHECKED pairs; a pair is known by its
   Korean file) and
   appends them to OUT (initialised with zeros), in the order of their
   patterns.  */
void td_learn (const struct td_diag_list *list, size_t first,
               size_t checked, struct td_conventions *out);

/* The convention of C that explains D, or NULL.  */
const struct td_convention *td_learn_match (const struct td_conventions *c,
                                            const struct td_diag *d);

/* The .twindoc.json member that pins C ("\"link_prefixes\": [[...]]",
   "\"profile\": \"mdn\"" for a key that profile lets one language
   have alone), or NULL when no key does.  Returns a new string.  */
char *td_learn_pin (const struct td_convention *c);

/* The keyword of KIND, as patterns and --print-config write it
   ("link-prefix", "fm-dropped", "fm-added").  */
const char *td_convention_kind_name (enum td_convention_kind kind);

/* Frees what C owns; C is empty afterwards.  */
void td_conventions_free (struct td_conventions *c);

#endif
