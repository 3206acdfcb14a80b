/* json_indent.h: JSON text laid out the way guides print it: one member
   or element a line, indented by a number of spaces (cJSON_Print indents
   with tabs).  */
#ifndef TD_JSON_INDENT_H
#define TD_JSON_INDENT_H

/* COMPACT, valid JSON text without white space outside strings (as
   cJSON_PrintUnformatted writes it), laid out with WIDTH spaces per level
   and ": " after each key; an empty object or array stays "{}" or "[]".
   Returns a new string (xmalloc); the caller frees it.  */
char *td_json_indent (const char *compact, int width);

#endif
