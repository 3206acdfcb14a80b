/* xalloc.h: allocation that never returns NULL.  Out of memory prints
   "twindoc: memory exhausted" and exits with status 2, so callers never
   check (cmark's xcalloc, gnulib's xalloc).  */
#ifndef TD_XALLOC_H
#define TD_XALLOC_H

#include <stdarg.h>
#include <stddef.h>

#if defined __GNUC__
# define TD_XALLOC_NORETURN __attribute__ ((noreturn))
#else
# define TD_XALLOC_NORETURN
#endif

/* Prints "twindoc: memory exhausted" and exits with status 2: for the
   rare allocation made by a library (cJSON) that can return NULL.  */
TD_XALLOC_NORETURN void xalloc_die (void);

void *xmalloc (size_t n);
void *xcalloc (size_t nmemb, size_t size);
/* Grow or shrink P to N bytes (N == 0 is treated as 1).  */
void *xrealloc (void *p, size_t n);
/* Grow an array P of *NALLOC elements of SIZE bytes so that it holds at
   least NEED elements; doubles, at least 8.  Returns the new pointer.  */
void *xgrow (void *p, size_t *nalloc, size_t need, size_t size);
/* Copies, caller frees.  xstrndup copies at most N bytes and always
   terminates the copy.  */
char *xstrdup (const char *s);
char *xstrndup (const char *s, size_t n);
/* printf into a new string, caller frees.  */
char *xasprintf (const char *fmt, ...)
#if defined __GNUC__
  __attribute__ ((format (printf, 1, 2)))
#endif
  ;
char *xvasprintf (const char *fmt, va_list ap)
#if defined __GNUC__
  __attribute__ ((format (printf, 1, 0)))
#endif
  ;

#endif
