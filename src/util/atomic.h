/* atomic.h: the one way twindoc writes a file: a temporary file in the
   destination folder, fsync, the original's mode kept, rename over the
   target, fsync of the folder.  On any failure the temporary file is
   removed and the target is left as it was: readers see the old content
   or the new one, never a part.  A symbolic link is followed (the file
   it points to is replaced, the link kept); a device or FIFO that exists
   ("/dev/stdout") is written in place, as it cannot be renamed over.  */
#ifndef TD_ATOMIC_H
#define TD_ATOMIC_H

#include <stddef.h>

/* Writes LEN bytes of DATA to PATH atomically.  A new file gets mode
   0666 less the umask; an existing one keeps its mode.  Returns 0, or -1
   with *ERROR set to a newly allocated reason without the path.  */
int td_write_atomic (const char *path, const void *data, size_t len,
                     char **error);

#endif
