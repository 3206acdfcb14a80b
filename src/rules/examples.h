/* examples.h: an example of each rule, for `twindoc rules RULE`: an
   English page and a translation that the rule reports, taken from the
   rules page of the guide (docs/en/rules.md) by
   tools/gen-rule-examples.py.  The texts are page content, in both
   languages, and are never translated.  */
#ifndef TD_EXAMPLES_H
#define TD_EXAMPLES_H

#include "rules/rules.h"

struct td_rule_example
{
  const char *en; /* the English page, or NULL: the rule has no short
                     example (the guide has a longer one) */
  const char *ko; /* its translation */
};

/* Indexed by enum td_rule_id; static.  */
extern const struct td_rule_example td_rule_examples[TD_R__COUNT];

#endif
