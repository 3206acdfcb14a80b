/* test_suggest.c: unit tests of the edit distance and of "did you mean"
   suggestions.  */
#include <config.h>
#include "util/system.h"
#include "util/suggest.h"

#include "harness.h"

static void
test_distance (void)
{
  INT_EQ (td_edit_distance ("", ""), 0, "empty strings");
  INT_EQ (td_edit_distance ("", "abc"), 3, "insertions only");
  INT_EQ (td_edit_distance ("abc", ""), 3, "deletions only");
  INT_EQ (td_edit_distance ("check", "check"), 0, "equal");
  INT_EQ (td_edit_distance ("chek", "check"), 1, "one deletion");
  INT_EQ (td_edit_distance ("checkk", "check"), 1, "one insertion");
  INT_EQ (td_edit_distance ("chock", "check"), 1, "one substitution");
  INT_EQ (td_edit_distance ("REGOIN", "REGION"), 1, "a swap is one edit");
  INT_EQ (td_edit_distance ("ab", "ba"), 1, "a swap of two bytes");
  INT_EQ (td_edit_distance ("ca", "abc"), 3,
          "optimal string alignment: no edit of a swapped pair");
  INT_EQ (td_edit_distance ("kitten", "sitting"), 3, "kitten, sitting");
  INT_EQ (td_edit_distance ("region", "REGION"), 0, "case is ignored");
  INT_EQ (td_edit_distance ("numbr", "number"), 1, "numbr");
}

static void
test_suggest (void)
{
  static const char *const commands[] = { "check", "rules", "extract",
                                          "render", "po", "pot", "apply",
                                          NULL };
  static const char *const names[] = { "ACCOUNT_ID", "REGION", "BUCKET",
                                       NULL };
  STR_EQ (td_suggest_list ("chek", commands), "check", "chek");
  STR_EQ (td_suggest_list ("rule", commands), "rules", "rule");
  STR_EQ (td_suggest_list ("redner", commands), "render", "redner");
  STR_EQ (td_suggest_list ("frobnicate", commands), NULL, "nothing near");
  STR_EQ (td_suggest_list ("x", commands), NULL, "one letter: too far");
  STR_EQ (td_suggest_list ("pox", commands), "po", "first of equals wins");
  STR_EQ (td_suggest_list ("REGOIN", names), "REGION", "REGOIN");
  STR_EQ (td_suggest_list ("region", names), "REGION", "case only");
  STR_EQ (td_suggest_list ("ACOUNT_ID", names), "ACCOUNT_ID", "ACOUNT_ID");
  STR_EQ (td_suggest_list ("check", commands), NULL,
          "the word itself is no suggestion");
  STR_EQ (td_suggest_list ("", commands), NULL, "empty word");

  /* The threshold grows with the length: 2 edits in a long word.  */
  struct td_suggest s;
  td_suggest_init (&s, "ko-particl-hedgd");
  td_suggest_add (&s, "ko-particle");
  td_suggest_add (&s, "ko-particle-hedged");
  td_suggest_add (&s, NULL);
  STR_EQ (s.best, "ko-particle-hedged", "two edits in 18 bytes");
  INT_EQ (s.dist, 2, "its distance");
  td_suggest_init (&s, "ab");
  td_suggest_add (&s, "xy");
  STR_EQ (s.best, NULL, "two edits in 2 bytes is too far");
}

int
main (void)
{
  test_distance ();
  test_suggest ();
  return td_test_end ("test_suggest");
}
