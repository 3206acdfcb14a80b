/* path.h: file names as strings.  */
#ifndef TD_PATH_H
#define TD_PATH_H

/* The folder of PATH: what comes before its last '/', "." when it has
   none, "/" for a file in the root.  Returns a new string.  */
char *td_path_folder (const char *path);

#endif
