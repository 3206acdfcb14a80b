/* git.h: the few questions `status` asks git, through the git command
   line (posix_spawn, no libgit2): which commit last touched a file, what
   a file held at a commit (following renames), whether a file is
   committed as it is.  Every function runs git in the folder of the file
   it is given, with standard error discarded; none prints.  */
#ifndef TD_GIT_H
#define TD_GIT_H

#include <stdbool.h>
#include <stddef.h>

/* Runs "git -C DIR ARGV..." (ARGV NULL-terminated, without "git") and
   stores its standard output in *OUT (new, NUL-terminated, *LEN bytes;
   LEN may be NULL).  Returns git's exit status, or -1 when git could not
   be run (*OUT is then NULL).  */
int td_git_run (const char *dir, const char *const *argv, char **out,
                size_t *len);

/* The top folder of the git work tree that holds folder DIR, or NULL
   when DIR is in none.  New string.  */
char *td_git_toplevel (const char *dir);

/* The last commit (full hash) that touched the file PATH, or NULL when
   PATH is not in a git work tree or was never committed.  New string.  */
char *td_git_last_commit (const char *path);

/* True when PATH is tracked and has no change beside its last commit.  */
bool td_git_clean (const char *path);

/* The content of the file PATH as it was at commit REV, following
   renames (when the file had another name at REV, the name "git log
   --follow" gives for it).  Returns 0 with *DATA (new) and *LEN, or -1
   when git does not know it.  */
int td_git_show (const char *path, const char *rev, char **data,
                 size_t *len);

#endif
