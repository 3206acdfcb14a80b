/* checker.h: the checker table.  A rule (rules.h) is what a user sees and
   sets: an id, a default severity, a description.  A checker is code: one
   function that may report findings of several rules.  Each row of the
   table lists the rules its function may emit, and the pipeline
   (check.c) runs a checker when at least one of those rules is on; a
   finding of a rule that is off is dropped where it is reported
   (td_report), so turning one rule off never silences another.

   Adding a check: write the function (it receives a struct td_ctx, see
   ctx.h), add its row to the table in checkers.c with the rules it
   emits and the stage
   it belongs to.  tests/unit/test_rules.c fails when a rule has no
   checker.  */
#ifndef TD_CHECKER_H
#define TD_CHECKER_H

#include <stdbool.h>
#include <stddef.h>

#include "report/diag.h"
#include "rules/rules.h"

struct td_ctx;

/* When a checker runs, in this order.  */
enum td_stage
{
  TD_STAGE_TREE,  /* --tree: a page present in one language only */
  TD_STAGE_PAGE,  /* a loaded page, before alignment: bytes, front matter,
                     the English copy, imports */
  TD_STAGE_PAIR,  /* the aligned blocks of both languages */
  TD_STAGE_AFTER, /* after the suppression comments were applied */
  TD_STAGE_RUN    /* --tree: once, after every page of the run */
};

/* The most rules one checker emits.  */
#define TD_CHECKER_MAX_RULES 10

struct td_checker
{
  const char *name;                 /* for tests and contributors */
  enum td_stage stage;
  void (*run) (struct td_ctx *ctx);
  size_t nrules;
  enum td_rule_id rules[TD_CHECKER_MAX_RULES]; /* the rules it may emit */
};

/* The table, in the order the checkers run within a stage.  */
extern const struct td_checker td_checkers[];
extern const size_t td_ncheckers;

/* True when C emits at least one rule whose severity in SEVERITY (indexed
   by enum td_rule_id) is not TD_SEV_OFF.  */
bool td_checker_wanted (const struct td_checker *c,
                        const enum td_severity *severity);

/* True when C may emit RULE.  */
bool td_checker_emits (const struct td_checker *c, enum td_rule_id rule);

#endif
