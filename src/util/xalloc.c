/* xalloc.c: allocation helpers that exit on memory exhaustion.  */
#include <config.h>
#include "util/system.h"
#include "util/xalloc.h"

void
xalloc_die (void)
{
  fprintf (stderr, "twindoc: %s\n", _("memory exhausted"));
  exit (TD_EXIT_TROUBLE);
}

#define die_oom xalloc_die

void *
xmalloc (size_t n)
{
  void *p = malloc (n ? n : 1);
  if (p == NULL)
    die_oom ();
  return p;
}

void *
xcalloc (size_t nmemb, size_t size)
{
  void *p = calloc (nmemb ? nmemb : 1, size ? size : 1);
  if (p == NULL)
    die_oom ();
  return p;
}

void *
xrealloc (void *p, size_t n)
{
  void *q = realloc (p, n ? n : 1);
  if (q == NULL)
    die_oom ();
  return q;
}

void *
xgrow (void *p, size_t *nalloc, size_t need, size_t size)
{
  size_t n = *nalloc;
  if (need <= n)
    return p;
  if (n < 8)
    n = 8;
  while (n < need)
    {
      if (n > SIZE_MAX / 2 / size)
        die_oom ();
      n *= 2;
    }
  p = xrealloc (p, n * size);
  *nalloc = n;
  return p;
}

char *
xstrdup (const char *s)
{
  return xstrndup (s, strlen (s));
}

char *
xstrndup (const char *s, size_t n)
{
  size_t len = strnlen (s, n);
  char *p = xmalloc (len + 1);
  memcpy (p, s, len);
  p[len] = '\0';
  return p;
}

char *
xvasprintf (const char *fmt, va_list ap)
{
  va_list ap2;
  va_copy (ap2, ap);
  int n = vsnprintf (NULL, 0, fmt, ap2);
  va_end (ap2);
  if (n < 0)
    die_oom ();
  char *p = xmalloc ((size_t) n + 1);
  vsnprintf (p, (size_t) n + 1, fmt, ap);
  return p;
}

char *
xasprintf (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  char *p = xvasprintf (fmt, ap);
  va_end (ap);
  return p;
}
