/* diag.h: findings as data.  Rules append diagnostics to a list; only the
   formatters print them.  A list outlives the documents it describes: it
   copies every string it needs (file names, messages, source excerpts).  */
#ifndef TD_DIAG_H
#define TD_DIAG_H

#include <stdbool.h>
#include <stddef.h>

enum td_severity
{
  TD_SEV_OFF = -1, /* rule disabled: nothing is recorded */
  TD_SEV_NOTE = 0,
  TD_SEV_WARNING = 1,
  TD_SEV_ERROR = 2
};

/* What a finding is about (rules/scope.c classes them): the two versions
   differ, or the English page alone is wrong.  */
enum td_scope
{
  TD_SCOPE_TRANSLATION = 0, /* the default of a new finding */
  TD_SCOPE_SOURCE = 1
};

/* A place in a file.  Lines and columns are 1-based; columns count
   characters (code points), not bytes.  line == 0 means "no place".  */
struct td_loc
{
  const char *file; /* owned by the list (interned) */
  int line, column;
  int end_line, end_column; /* end of the span, inclusive; 0 if unknown */
};

struct td_diag
{
  int rule;                 /* index into the rule table (enum td_rule_id) */
  enum td_severity severity;
  enum td_scope scope;      /* translation or source finding */
  struct td_loc loc;        /* where the finding is */
  char *message;            /* owned, translated, one line */
  struct td_loc related;    /* the counterpart in the other language;
                               line 0 when there is none */
  char *related_message;    /* owned, translated, or NULL */
  bool related_place;       /* related is not a counterpart but where the
                               block would stand in the other language */
  char *excerpt;            /* owned: the source line of loc (without its
                               terminator, at most 400 bytes), or NULL */
  int excerpt_col;          /* display column (terminal cells, 1-based) of
                               loc.column inside excerpt */
  int excerpt_width;        /* display width of the span to underline, >= 1 */
  size_t seq;               /* order of insertion, for stable sorting */
  /* A certain fix, for --fix: replace the bytes [fix_start, fix_end) of
     the file, which held FIX_OLD when checked, by FIX_NEW.  fix_new is
     NULL when there is none.  */
  size_t fix_start, fix_end;
  char *fix_old;            /* owned */
  char *fix_new;            /* owned */
  /* What differs, in a form that does not depend on the language of the
     messages, for the conventions learned from a --tree run
     (rules/learn.h builds and reads it): set by the checker on the
     finding td_report returned; NULL when the finding has none.  */
  char *pattern;            /* owned */
};

struct td_diag_list
{
  struct td_diag *items; /* owned */
  size_t n, alloc;
  char **files;          /* owned interned file names, in first-use order */
  size_t nfiles, files_alloc;
  size_t counts[3];      /* findings per severity (note, warning, error) */
};

/* Initialises an empty list.  */
void td_diag_list_init (struct td_diag_list *list);
/* Frees the strings D owns (when a caller drops a finding).  */
void td_diag_release (struct td_diag *d);

/* Frees everything the list owns; the list is empty afterwards.  */
void td_diag_list_free (struct td_diag_list *list);

/* Moves every finding of SRC to the end of DST, in order, and leaves SRC
   empty (initialised).  File names are interned in DST, counts and
   insertion order follow.  */
void td_diag_list_take (struct td_diag_list *dst, struct td_diag_list *src);

/* Returns the list's own copy of NAME (the same pointer for equal names). */
const char *td_diag_intern (struct td_diag_list *list, const char *name);

/* Appends a diagnostic and returns it so that the caller can fill in
   related, excerpt and end positions.  MESSAGE is taken over (the list
   frees it).  FILE is interned.  SEVERITY must not be TD_SEV_OFF.  */
struct td_diag *td_diag_push (struct td_diag_list *list, int rule,
                              enum td_severity severity, const char *file,
                              int line, int column, char *message);

/* Removes from LIST the diagnostics from index FIRST on for which PRED
   (given the diagnostic, its index before any removal, and ARG) is true,
   keeping the order of the rest.  The one way findings are dropped
   (suppressions, baselines, applied fixes).  Returns how many went.  */
size_t td_diag_list_remove_if (struct td_diag_list *list, size_t first,
                               bool (*pred) (const struct td_diag *d,
                                             size_t i, void *arg),
                               void *arg);

/* Sets the severity of D, a finding of LIST, to SEV (not TD_SEV_OFF),
   keeping the counts right.  */
void td_diag_set_severity (struct td_diag_list *list, struct td_diag *d,
                           enum td_severity sev);

/* Sorts by file (first-use order), line, column, then insertion order. */
void td_diag_list_sort (struct td_diag_list *list);

/* Number of files named by at least one diagnostic.  */
size_t td_diag_list_files_with_findings (const struct td_diag_list *list);

/* Keyword of a severity: "error", "warning", "note" (never translated). */
const char *td_severity_name (enum td_severity sev);
/* Parses "error", "warning", "note", "off"; returns false if unknown.  */
bool td_severity_parse (const char *s, enum td_severity *out);

/* Keyword of a scope: "translation" or "source" (never translated).  */
const char *td_scope_name (enum td_scope scope);

#endif
