/* checkers.c: the checker table (see checker.h).  Within a stage the
   checkers run in table order, which is also the order of their findings
   on equal positions.  */
#include <config.h>
#include "util/system.h"
#include "rules/checker.h"

#include "rules/ctx.h"

#define RULES(...)                                                        \
  sizeof ((enum td_rule_id[]){ __VA_ARGS__ }) / sizeof (enum td_rule_id), \
  { __VA_ARGS__ }

const struct td_checker td_checkers[] = {
  { "unpaired", TD_STAGE_TREE, td_check_unpaired,
    RULES (TD_R_ORPHAN, TD_R_MISSING_TRANSLATION) },
  { "conventions", TD_STAGE_RUN, td_check_conventions,
    RULES (TD_R_CONVENTION) },

  { "encoding", TD_STAGE_PAGE, td_check_encoding, RULES (TD_R_ENCODING) },
  { "front-matter", TD_STAGE_PAGE, td_check_front_matter,
    RULES (TD_R_FRONT_MATTER) },
  { "source-copy", TD_STAGE_PAGE, td_check_source_copy,
    RULES (TD_R_SOURCE_COPY) },
  { "imports", TD_STAGE_PAGE, td_check_imports, RULES (TD_R_STRUCTURE) },

  { "structure", TD_STAGE_PAIR, td_check_structure, RULES (TD_R_STRUCTURE) },
  { "heading", TD_STAGE_PAIR, td_check_heading, RULES (TD_R_HEADING) },
  { "anchor", TD_STAGE_PAIR, td_check_anchor, RULES (TD_R_ANCHOR) },
  { "code-block", TD_STAGE_PAIR, td_check_code_block,
    RULES (TD_R_CODE_BLOCK) },
  { "code-lang", TD_STAGE_PAIR, td_check_code_lang, RULES (TD_R_CODE_LANG) },
  { "list", TD_STAGE_PAIR, td_check_list, RULES (TD_R_LIST) },
  { "table", TD_STAGE_PAIR, td_check_table, RULES (TD_R_TABLE) },
  { "admonition", TD_STAGE_PAIR, td_check_admonition,
    RULES (TD_R_ADMONITION) },
  { "mdx-component", TD_STAGE_PAIR, td_check_mdx_component,
    RULES (TD_R_MDX_COMPONENT, TD_R_UNTRANSLATED) },
  { "shortcode", TD_STAGE_PAIR, td_check_shortcode,
    RULES (TD_R_SHORTCODE) },
  { "image", TD_STAGE_PAIR, td_check_image,
    RULES (TD_R_IMAGE, TD_R_UNTRANSLATED) },
  { "link", TD_STAGE_PAIR, td_check_link, RULES (TD_R_LINK) },
  { "inline-code", TD_STAGE_PAIR, td_check_inline_code,
    RULES (TD_R_INLINE_CODE) },
  { "placeholder", TD_STAGE_PAIR, td_check_placeholder,
    RULES (TD_R_PLACEHOLDER) },
  { "number", TD_STAGE_PAIR, td_check_number, RULES (TD_R_NUMBER) },
  { "emphasis", TD_STAGE_PAIR, td_check_emphasis, RULES (TD_R_EMPHASIS) },
  { "untranslated", TD_STAGE_PAIR, td_check_untranslated,
    RULES (TD_R_UNTRANSLATED) },
  { "sentences", TD_STAGE_PAIR, td_check_sentences,
    RULES (TD_R_SENTENCE_MISSING, TD_R_SENTENCE_EXTRA, TD_R_UNTRANSLATED) },
  { "json-syntax", TD_STAGE_PAIR, td_check_json_syntax,
    RULES (TD_R_JSON_SYNTAX) },
  { "json-mismatch", TD_STAGE_PAIR, td_check_json_mismatch,
    RULES (TD_R_JSON_MISMATCH) },
  { "placeholder-docs", TD_STAGE_PAIR, td_check_placeholder_docs,
    RULES (TD_R_PLACEHOLDER_UNDOCUMENTED, TD_R_PLACEHOLDER_UNUSED) },
  { "iam", TD_STAGE_PAIR, td_check_iam,
    RULES (TD_R_IAM_SHAPE, TD_R_IAM_VERSION, TD_R_IAM_ACTION, TD_R_IAM_ARN,
           TD_R_IAM_RESOURCE_TYPE, TD_R_IAM_RESOURCE_STAR,
           TD_R_IAM_DUPLICATE, TD_R_IAM_PRINCIPAL, TD_R_IAM_TRUST) },
  { "korean", TD_STAGE_PAIR, td_check_korean,
    RULES (TD_R_KO_PARTICLE, TD_R_KO_PARTICLE_HEDGED, TD_R_KO_SPACING,
           TD_R_KO_PAREN_SPACING,
           TD_R_KO_PUNCTUATION, TD_R_KO_COLON, TD_R_KO_UNICODE) },
  { "terminology", TD_STAGE_PAIR, td_check_terminology,
    RULES (TD_R_KO_TERMINOLOGY) },
  /* Last of the stage: it takes over the findings of the others.  */
  { "stale", TD_STAGE_PAIR, td_check_stale, RULES (TD_R_STALE) },

  { "unused-suppression", TD_STAGE_AFTER, td_check_unused_suppressions,
    RULES (TD_R_UNUSED_SUPPRESSION) },
};

const size_t td_ncheckers = ARRAY_SIZE (td_checkers);

bool
td_checker_emits (const struct td_checker *c, enum td_rule_id rule)
{
  for (size_t i = 0; i < c->nrules; i++)
    if (c->rules[i] == rule)
      return true;
  return false;
}

bool
td_checker_wanted (const struct td_checker *c,
                   const enum td_severity *severity)
{
  for (size_t i = 0; i < c->nrules; i++)
    if (severity[c->rules[i]] != TD_SEV_OFF)
      return true;
  return false;
}
