/* status.h: `twindoc status` for one page pair: which English the Korean
   page was translated from, and what went stale since (stale.h).  The
   English it was translated from is found, in this order:

     1. a front matter key of the Korean page naming the English commit
        (MDN's "l10n.sourceCommit" by default; a dotted key names a key
        of a nested map);
     2. the entry of the Korean page in the lock file (lock.h);
     3. git history: the English file as it was at the Korean file's last
        commit (following renames, git.h).

   Without any of these the page is unknown.  `status --update` records
   the current English state: in the front matter key when the page has
   one and the English file is committed, else in the lock file.  */
#ifndef TD_STATUS_H
#define TD_STATUS_H

#include <stdbool.h>
#include <stddef.h>

#include "rules/stale.h"

struct td_config;
struct td_lock;

/* The front matter key of MDN.  */
#define TD_STATUS_SOURCE_KEY "l10n.sourceCommit"

struct td_status_options
{
  const char *source_key;       /* front matter key; never NULL */
  const struct td_lock *lock;   /* the lock file, or NULL (borrowed) */
  const struct td_config *cfg;  /* policies; NULL = defaults */
  size_t max_bytes;             /* larger files are refused; 0: no limit */
};

enum td_status_base
{
  TD_BASE_NONE,
  TD_BASE_FRONT_MATTER,
  TD_BASE_LOCK,
  TD_BASE_GIT
};

struct td_status_page
{
  char *en, *ko;             /* owned: the paths */
  enum td_stale_state state;
  enum td_status_base base;  /* where the English it was translated from
                                was found */
  char *rev;                 /* owned: the commit or hash named there, or
                                NULL */
  struct td_stale stale;     /* owned: OUTDATED: the changes */
};

/* Finds out the status of the Korean page KO_PATH of the English page
   EN_PATH into *OUT (which it initialises).  Returns 0, or -1 with
   *ERROR (new, translated, without the path) and *ERROR_PATH for trouble:
   a page that exists but cannot be read.  */
int td_status_page (const char *en_path, const char *ko_path,
                    const struct td_status_options *o,
                    struct td_status_page *out, const char **error_path,
                    char **error);

/* Frees what P owns.  */
void td_status_page_free (struct td_status_page *p);

/* Records that KO_PATH is up to date with EN_PATH as it is now: in the
   front matter key of KO_PATH when it has one and EN_PATH is committed
   (the file is rewritten atomically; *IN_LOCK false), else in LOCK
   (*IN_LOCK true; the caller saves it).  Returns 0, or -1 with *ERROR
   (new, translated, without the path) and *ERROR_PATH.  */
int td_status_update (const char *en_path, const char *ko_path,
                      const struct td_status_options *o, struct td_lock *lock,
                      bool *in_lock, const char **error_path, char **error);

/* The value of KEY ("a.b": key b of the map a) in the front matter FM,
   unquoted, or NULL; *LINE gets the line of its key (for "a.b", the
   line of a).  A new string.  */
struct td_frontmatter;
char *td_status_fm_value (const struct td_frontmatter *fm, const char *key,
                          int *line);

#endif
