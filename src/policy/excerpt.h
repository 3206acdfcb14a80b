/* excerpt.h: JSON as documentation pages show it in code blocks, made
   into the document it stands for: the lines that the example deletes
   (Expressive Code's del={7} in the info string, Shiki's "// [!code --]"
   on the line), the lines that elide a part ("...", "…"), and the
   members of an object shown without its braces ("\"scripts\": {…}").
   Pure functions over bytes.  */
#ifndef TD_EXCERPT_H
#define TD_EXCERPT_H

#include <stdbool.h>
#include <stddef.h>

/* TEXT (LEN bytes), the text of a code block whose info string is INFO,
   with its deleted lines replaced by spaces (line breaks kept, so that
   offsets in the result are offsets in TEXT): the example as it ends.
   Returns a new string of LEN bytes and a NUL (owned by the caller);
   *DELETED tells whether a line was deleted.  */
char *td_json_drop_deleted (const char *text, size_t len, const char *info,
                            bool *deleted);

/* When TEXT (LEN bytes) says that it is part of a JSON document (it
   starts with a member, "key": value, or holds a line that elides a
   part), the document it stands for: TEXT with its eliding lines
   replaced by spaces, inside braces when it starts with a member, and
   followed by the closing brackets of those still open at its end when
   it ends with an eliding line.  Returns a new string (owned by the
   caller) of *OUT_LEN bytes and a NUL whose byte *PREFIX + I is byte I of
   TEXT, or NULL when TEXT is no such part.  */
char *td_json_complete_excerpt (const char *text, size_t len,
                                size_t *prefix, size_t *out_len);

#endif
