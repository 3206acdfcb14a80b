/* test_rules.c: the rule table and the checker table agree: every rule
   has a checker, every checker names real rules, and turning one rule off
   leaves the rules that share its checker alone.  */
#include <config.h>
#include "util/system.h"

#include "rules/check.h"
#include "rules/checker.h"
#include "harness.h"
#include "rules/rules.h"

static void
test_every_rule_has_a_checker (void)
{
  for (int r = 0; r < TD_R__COUNT; r++)
    {
      bool found = false;
      for (size_t c = 0; c < td_ncheckers; c++)
        found = found || td_checker_emits (&td_checkers[c], r);
      char msg[128];
      snprintf (msg, sizeof msg, "rule '%s' has a checker", td_rules[r].id);
      OK (found, msg);
    }
}

static void
test_checkers_are_well_formed (void)
{
  for (size_t c = 0; c < td_ncheckers; c++)
    {
      const struct td_checker *k = &td_checkers[c];
      OK (k->run != NULL, k->name);
      OK (k->nrules >= 1 && k->nrules <= TD_CHECKER_MAX_RULES, k->name);
      for (size_t i = 0; i < k->nrules; i++)
        OK ((int) k->rules[i] >= 0 && k->rules[i] < TD_R__COUNT, k->name);
      for (size_t d = 0; d < c; d++)
        OK (!STREQ (td_checkers[d].name, k->name), "checker names differ");
    }
}

/* The number of findings of RULE when the rule OFF is off.  */
static size_t
count_with_off (const char *en, const char *ko, int rule, int off)
{
  struct td_check_options opts;
  struct td_diag_list list;
  char *error = NULL;
  td_check_options_init (&opts);
  if (off >= 0)
    opts.severity[off] = TD_SEV_OFF;
  td_diag_list_init (&list);
  td_check_pair_memory ("en.md", en, strlen (en), "ko.md", ko, strlen (ko),
                        &opts, &list, &error);
  size_t n = 0;
  for (size_t i = 0; i < list.n; i++)
    n += list.items[i].rule == rule;
  td_diag_list_free (&list);
  free (error);
  return n;
}

/* Regression: turning off the first rule of a shared checker used to
   silence every rule of that checker.  */
static void
test_rule_off_keeps_siblings (void)
{
  const char *en = "# Title\n\nSet the region (for example us-east-1).  "
                   "Copy the `ARN`.\n";
  const char *ko = "# 제목\n\n리전 (예: us-east-1)을 설정합니다.  `ARN` 을 "
                   "복사합니다.\n";
  size_t spacing = count_with_off (en, ko, TD_R_KO_SPACING, -1);
  OK (spacing > 0, "ko-spacing fires");
  INT_EQ (count_with_off (en, ko, TD_R_KO_SPACING, TD_R_KO_PARTICLE),
          spacing, "ko-particle off keeps ko-spacing");
  INT_EQ (count_with_off (en, ko, TD_R_KO_SPACING, TD_R_KO_SPACING), 0,
          "ko-spacing off drops ko-spacing");
}

int
main (void)
{
  test_every_rule_has_a_checker ();
  test_checkers_are_well_formed ();
  test_rule_off_keeps_siblings ();
  return td_test_end ("test_rules");
}
