/* harness.h: a header-only unit test harness in the spirit of cmark's
   api_test: each check prints "FAIL file:line: msg" on failure and is
   counted; td_test_end prints a summary and gives main's status.  */
#ifndef TD_HARNESS_H
#define TD_HARNESS_H

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static int td_test_checks;
static int td_test_failed;

/* Counts one check of COND; reports MSG on failure.  */
#define OK(cond, msg)                                                       \
  do                                                                        \
    {                                                                       \
      td_test_checks++;                                                     \
      if (!(cond))                                                          \
        {                                                                   \
          td_test_failed++;                                                 \
          fprintf (stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, (msg));  \
        }                                                                   \
    }                                                                       \
  while (0)

/* Integers (of any integer type) A, got, and B, expected.  */
#define INT_EQ(a, b, msg)                                                   \
  do                                                                        \
    {                                                                       \
      intmax_t td_got_ = (intmax_t) (a), td_want_ = (intmax_t) (b);         \
      td_test_checks++;                                                     \
      if (td_got_ != td_want_)                                              \
        {                                                                   \
          td_test_failed++;                                                 \
          fprintf (stderr, "FAIL %s:%d: %s (got %jd, expected %jd)\n",      \
                   __FILE__, __LINE__, (msg), td_got_, td_want_);           \
        }                                                                   \
    }                                                                       \
  while (0)

/* Strings A, got, and B, expected; NULL is shown as (null).  */
#define STR_EQ(a, b, msg)                                                   \
  do                                                                        \
    {                                                                       \
      const char *td_got_ = (a), *td_want_ = (b);                           \
      td_test_checks++;                                                     \
      if (td_got_ == NULL || td_want_ == NULL                               \
              ? td_got_ != td_want_                                         \
              : strcmp (td_got_, td_want_) != 0)                            \
        {                                                                   \
          td_test_failed++;                                                 \
          fprintf (stderr, "FAIL %s:%d: %s (got \"%s\", expected \"%s\")\n", \
                   __FILE__, __LINE__, (msg),                               \
                   td_got_ ? td_got_ : "(null)",                            \
                   td_want_ ? td_want_ : "(null)");                         \
        }                                                                   \
    }                                                                       \
  while (0)

/* Prints "NAME: N checks, F failed" and returns main's exit status.  */
static inline int
td_test_end (const char *name)
{
  printf ("%s: %d checks, %d failed\n", name, td_test_checks,
          td_test_failed);
  return td_test_failed ? 1 : 0;
}

#endif
