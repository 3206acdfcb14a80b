/* path.h: file names as strings.  */
#ifndef TD_PATH_H
#define TD_PATH_H

/* The folder of PATH: what comes before its last '/', "." when it has
   none, "/" for a file in the root.  Returns a new string.  */
char *td_path_folder (const char *path);

#include <stdbool.h>

/* True when A and B name the same file (the same device and inode, so
   also through a hard or symbolic link); "-" stands for standard input.
   False when either cannot be examined: reading it reports that.  */
bool td_path_same_file (const char *a, const char *b);

/* Creates the folder DIR and the folders above it that do not exist
   (like mkdir -p), with the permissions of the umask; an existing folder
   is fine, a file in the way is never replaced.  Returns 0, or an errno
   value (ENOTDIR for a file in the way).  */
int td_mkdir_p (const char *dir);

#endif
