/* jsonc.h: JSON with comments (JSONC), as VS Code settings and
   tsconfig.json files write it: "//" and slash-star comments and a comma
   before a closing '}' or ']'.  The text is made into JSON by blanking
   these bytes, so that positions found in the result (a syntax error, a
   value) are positions in the text as written.  */
#ifndef TD_JSONC_H
#define TD_JSONC_H

#include <stdbool.h>
#include <stddef.h>

/* TEXT (LEN bytes) with its comments outside string literals ("//" up to
   the end of the line, slash-star up to star-slash; an unclosed one is
   left alone) and its trailing commas (a ',' after a value whose next
   token, past white space and comments, is '}' or ']') replaced by
   spaces; line breaks stay,
   so byte offsets in the result are offsets in TEXT.  Returns a new
   string of LEN bytes and a NUL (owned by the caller); *BLANKED (when not
   NULL) tells whether any byte was replaced.  */
char *td_jsonc_blank (const char *text, size_t len, bool *blanked);

#endif
