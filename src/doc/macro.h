/* macro.h: the template syntax documentation systems put in Markdown
   text, written "{{...}}":

     Hugo shortcodes       {{< note >}} ... {{< /note >}}
                           {{% heading "whatsnext" %}}
                           {{< glossary_tooltip text="..." term_id="pod" >}}
     macro calls           {{Glossary("HTTP", "HTTP 요청")}} (MDN's
                           KumaScript), {{Compat}}, {{jsxref("Array")}}
     template expressions  {{ site.title }}, {{ name }} (VitePress, Jinja,
                           MkDocs macros)

   None of it is prose: a translator keeps the name and the arguments that
   identify something, and may translate the arguments a reader sees (a
   shortcode's text=, title=...; a macro's display argument).  Escaped
   forms are text: a backslash before "{{", and Hugo's shortcode written
   with a comment inside its delimiters ("{{<" then '/' '*').  Pure
   functions on byte ranges.  */
#ifndef TD_MACRO_H
#define TD_MACRO_H

#include <stdbool.h>
#include <stddef.h>

enum td_macro_kind
{
  TD_MACRO_SHORTCODE, /* "{{< ... >}}" or "{{% ... %}}" */
  TD_MACRO_CALL,      /* "{{name}}" or "{{name(args)}}": a macro call */
  TD_MACRO_EXPR       /* "{{ anything else }}": a template expression */
};

/* One "{{...}}" found by td_macro_next; offsets are into the text
   scanned.  */
struct td_macro
{
  enum td_macro_kind kind;
  size_t start, end;          /* "{{" up to and including "}}" */
  size_t name_off, name_len;  /* the shortcode or macro name; EXPR: the
                                 expression, trimmed */
  size_t args_off, args_len;  /* what follows the name, up to the closing
                                 delimiter (CALL: inside the parentheses) */
  bool closing;               /* SHORTCODE: "{{< /name >}}" */
};

/* Finds the next macro in S (N bytes) at or after *POS; on success fills
   *M, moves *POS past it and returns true.  */
bool td_macro_next (const char *s, size_t n, size_t *pos,
                    struct td_macro *m);

/* The form of M (found in S) that a translation keeps, as a new string:
   "{{< glossary_tooltip term_id=\"pod\" >}}" without its text= argument,
   "{{glossary(\"HTTP\")}}" with the name in lower case (MDN's names are
   not case-sensitive) and only the first argument, "{{embedlivesample}}"
   for the macros whose arguments follow translated headings or pages
   (EmbedLiveSample, the navigation and sidebar macros), "{{ expr }}" with
   single spaces.  */
char *td_macro_key (const char *s, const struct td_macro *m);

/* When M is a macro call that makes a link (MDN's reference macros:
   {{Glossary("HTTP")}}, {{HTMLElement("div")}}, {{domxref("Window.fetch")}}
   ...), the site path it links to, without locale, as a new string
   ("/docs/Glossary/HTTP"); otherwise NULL.  A translation may write the
   link itself instead of the macro, or the reverse.  */
char *td_macro_link (const char *s, const struct td_macro *m);

/* What a reader sees of M in the text, as a new string: a shortcode's
   text=, title= or label= argument, a macro call's last string argument
   (its display text), or "".  */
char *td_macro_display (const char *s, const struct td_macro *m);

#endif
