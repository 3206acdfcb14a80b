/* lock.h: the lock file of `status`, twindoc.lock: for each Korean page,
   the English state it was translated from.  JSON:

     { "version": 1,
       "pages": { "KO_PATH": { "source": "EN_PATH", "commit": "HASH" } } }

   with paths relative to the lock file's folder ('/'-separated).  In a
   git work tree an entry names the English file's last commit; outside
   git (or for an English file with uncommitted changes) it holds the
   English text itself, "text", and its hash, "hash" ("fnv1a64:" and 16
   hex digits), so that the change can still be shown (an entry with a
   hash alone tells only whether the English is the same).  The lock file is
   found from a folder upwards, stopping at the top of a git work tree
   (a folder that holds .git) or at the root.  */
#ifndef TD_LOCK_H
#define TD_LOCK_H

#include <stddef.h>

#define TD_LOCK_NAME "twindoc.lock"

struct td_lock_entry
{
  char *ko;     /* owned: the Korean page, relative to the lock's folder */
  char *en;     /* owned: its English source, likewise, or NULL */
  char *commit; /* owned: the English file's commit, or NULL */
  char *hash;   /* owned: the hash of the English text, or NULL */
  char *text;   /* owned: the English text, or NULL */
};

struct td_lock
{
  char *path;                  /* owned: the lock file */
  char *dir;                   /* owned: its folder, resolved */
  struct td_lock_entry *pages; /* owned, sorted by ko */
  size_t n, alloc;
};

/* The lock file found from folder DIR upwards (a new path), or NULL.  */
char *td_lock_find (const char *dir);

/* Reads the lock file PATH into *LK (a missing file gives an empty
   lock).  Returns 0, or -1 with *ERROR (new, translated, without the
   path) when it cannot be read or is no lock file.  */
int td_lock_load (const char *path, struct td_lock *lk, char **error);

/* PATH (an existing file) relative to the lock's folder, '/'-separated,
   or its resolved absolute name when it is outside: a new string.  */
char *td_lock_rel (const struct td_lock *lk, const char *path);

/* The entry of the Korean page KO_PATH, or NULL.  */
const struct td_lock_entry *td_lock_get (const struct td_lock *lk,
                                         const char *ko_path);

/* Records in LK that the Korean page KO_PATH was brought up to date with
   EN_PATH at COMMIT, or (COMMIT NULL) with the English TEXT (LEN
   bytes).  */
void td_lock_set (struct td_lock *lk, const char *ko_path,
                  const char *en_path, const char *commit, const char *text,
                  size_t len);

/* The hash of an English text as the lock records it: a new string.  */
char *td_lock_hash (const char *text, size_t len);

/* Writes LK to its file atomically.  Returns 0, or -1 with *ERROR (new,
   without the path).  */
int td_lock_save (const struct td_lock *lk, char **error);

/* Frees what LK owns.  */
void td_lock_free (struct td_lock *lk);

#endif
