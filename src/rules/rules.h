/* rules.h: the rule table: what users see and set.  Adding a rule is one
   row here and its place in a checker's row (checker.h).  Ids are stable,
   never translated and never reused.  */
#ifndef TD_RULES_H
#define TD_RULES_H

#include "report/diag.h"

enum td_rule_id
{
  TD_R_STRUCTURE,
  TD_R_HEADING,
  TD_R_ANCHOR,
  TD_R_CODE_BLOCK,
  TD_R_CODE_LANG,
  TD_R_LIST,
  TD_R_TABLE,
  TD_R_ADMONITION,
  TD_R_MDX_COMPONENT,
  TD_R_SHORTCODE,
  TD_R_IMAGE,
  TD_R_LINK,
  TD_R_INLINE_CODE,
  TD_R_PLACEHOLDER,
  TD_R_NUMBER,
  TD_R_EMPHASIS,
  TD_R_FRONT_MATTER,
  TD_R_UNTRANSLATED,
  TD_R_SENTENCE_MISSING,
  TD_R_SENTENCE_EXTRA,
  TD_R_SOURCE_COPY,
  TD_R_ENCODING,
  TD_R_ORPHAN,
  TD_R_MISSING_TRANSLATION,
  TD_R_CONVENTION,
  TD_R_STALE,
  TD_R_UNUSED_SUPPRESSION,
  TD_R_JSON_SYNTAX,
  TD_R_JSON_MISMATCH,
  TD_R_PLACEHOLDER_UNDOCUMENTED,
  TD_R_PLACEHOLDER_UNUSED,
  TD_R_IAM_SHAPE,
  TD_R_IAM_VERSION,
  TD_R_IAM_ACTION,
  TD_R_IAM_ARN,
  TD_R_IAM_RESOURCE_TYPE,
  TD_R_IAM_RESOURCE_STAR,
  TD_R_IAM_DUPLICATE,
  TD_R_IAM_PRINCIPAL,
  TD_R_IAM_TRUST,
  TD_R_KO_PARTICLE,
  TD_R_KO_PARTICLE_HEDGED,
  TD_R_KO_SPACING,
  TD_R_KO_PAREN_SPACING,
  TD_R_KO_PUNCTUATION,
  TD_R_KO_COLON,
  TD_R_KO_UNICODE,
  TD_R_KO_TERMINOLOGY,
  TD_R__COUNT
};

struct td_rule
{
  const char *id;            /* kebab-case, stable */
  enum td_severity severity; /* default severity; TD_SEV_OFF for a rule
                                that only a setting turns on */
  const char *summary;       /* N_() one-line description */
  const char *description;   /* N_() longer description (a paragraph) */
};

/* The table, indexed by enum td_rule_id.  */
extern const struct td_rule td_rules[TD_R__COUNT];

/* The rule whose id is ID, or -1.  */
int td_rule_find (const char *id);

/* The id of the rule nearest to the unknown ID ("did you mean"), or NULL
   when none is near (see util/suggest.h).  Static.  */
const char *td_rule_suggest (const char *id);

/* The address of the section on RULE of the guide's rules page, in the
   language of the messages (docs/ko/rules.md in Korean).  New (free).  */
char *td_rule_link (int rule);

#endif
