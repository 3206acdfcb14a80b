/* system.h: first include of every twindoc source file after <config.h>:
   standard headers, the gettext macros and a few small helpers.  */
#ifndef TD_SYSTEM_H
#define TD_SYSTEM_H

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined ENABLE_NLS && ENABLE_NLS
# include <libintl.h>
# define _(msgid) gettext (msgid)
#else
# define _(msgid) (msgid)
# define ngettext(s, p, n) ((n) == 1 ? (s) : (p))
#endif
/* Marks a string for translation without translating it (static tables).  */
#define N_(msgid) (msgid)

#define ARRAY_SIZE(a) (sizeof (a) / sizeof ((a)[0]))
#define STREQ(a, b) (strcmp ((a), (b)) == 0)

#if defined __GNUC__
# define TD_PRINTF(f, a) __attribute__ ((format (printf, f, a)))
# define TD_NORETURN __attribute__ ((noreturn))
#else
# define TD_PRINTF(f, a)
# define TD_NORETURN
#endif

/* Exit statuses: GNU diff/grep convention.  */
enum
{
  TD_EXIT_OK = 0,       /* no finding at or above --fail-on */
  TD_EXIT_FINDINGS = 1, /* at least one such finding */
  TD_EXIT_TROUBLE = 2   /* usage error, unreadable input, write error */
};

#endif /* TD_SYSTEM_H */
