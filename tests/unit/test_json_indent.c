/* test_json_indent.c: unit tests of JSON laid out with spaces.  */
#include <config.h>
#include "util/system.h"
#include "util/json_indent.h"

#include "harness.h"

/* Checks that COMPACT laid out with WIDTH spaces is WANT.  */
static void
check (const char *compact, int width, const char *want, const char *msg)
{
  char *got = td_json_indent (compact, width);
  STR_EQ (got, want, msg);
  free (got);
}

int
main (void)
{
  check ("{}", 2, "{}", "empty object");
  check ("[]", 2, "[]", "empty array");
  check ("\"a\"", 2, "\"a\"", "a string");
  check ("{\"a\":1,\"b\":[true,null],\"c\":{}}", 2,
         "{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null\n  ],\n"
         "  \"c\": {}\n}", "nested, two spaces");
  check ("[{\"k\":\"v\"}]", 4, "[\n    {\n        \"k\": \"v\"\n    }\n]",
         "four spaces");
  check ("{\"a,b\":\"x:{y}[z]\"}", 2, "{\n  \"a,b\": \"x:{y}[z]\"\n}",
         "punctuation in strings stays");
  check ("[\"q\\\"{\",\"\\\\\"]", 2, "[\n  \"q\\\"{\",\n  \"\\\\\"\n]",
         "escaped quotes and backslashes");
  return td_test_end ("test_json_indent");
}
