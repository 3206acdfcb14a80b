/* policy.h: the JSON policy blocks and the {PLACEHOLDER}s of a guide.
   A policy is a fenced code block whose info string is "json" (also when
   it is indented inside a list item); a placeholder is explained by the
   guide's own list ("Replace the following placeholders:" / "다음 자리
   표시자를 교체합니다:" followed by "`{REGION}`: Your AWS region (e.g.,
   `us-east-1`)") or by the sentence that introduces it ("Replace
   `{ClickHouse_IAM_ARN}` with ...").  `extract`, `render` and the check
   rules json-syntax, json-mismatch, placeholder-undocumented,
   placeholder-unused and iam-* all read this.  */
#ifndef TD_POLICY_H
#define TD_POLICY_H

#include <stdbool.h>
#include <stddef.h>

#include <cJSON.h>

#include "doc/doc.h"
#include "policy/iam.h"

struct td_policy_placeholder
{
  char *name; /* owned, without braces */
  char *path; /* owned: JSON path of the string that holds it */
};

struct td_policy
{
  const struct td_half *half; /* where it is (not owned) */
  long block;                 /* its code block, an index into half->doc */
  int line, end_line;         /* file lines of the fences (or the block) */
  int content_line;           /* file line of the first JSON line */
  int content_col;            /* byte column where the JSON text starts on
                                 its lines (indentation removed by cmark) */
  char *heading_path;         /* owned: "Setup > Setting up IAM assume role
                                 > Manually create IAM role." */
  char *name;                 /* owned: stable name from the nearest
                                 heading or bold label: "trust-policy" */
  enum td_policy_kind kind;
  cJSON *json;                /* owned; NULL when the text does not parse */
  int error_line, error_col;  /* when json is NULL: file position of the
                                 syntax error (column in characters) */
  char *parsed;               /* owned: the text that parsed into json,
                                 with the bytes it did not read (deleted
                                 lines, comments) blanked; byte
                                 parsed_prefix + I is byte I of the
                                 block's text; NULL when json is NULL */
  size_t parsed_prefix;
  char *deleted;              /* owned: the lines that the example deletes
                                 (not read as JSON), without indentation,
                                 one per line; NULL when there are none */
  bool excerpt;               /* the block shows part of a document
                                 (members of an object, an elided part):
                                 json is the document it stands for */
  bool too_deep;              /* when json is NULL: the error is cJSON's
                                 nesting limit (CJSON_NESTING_LIMIT), not
                                 bad syntax */
  struct td_policy_placeholder *placeholders; /* owned, document order */
  size_t nplaceholders;
};

/* Collects the policies of HALF into *OUT (a new array, *N entries).  */
void td_policies_extract (const struct td_half *half, struct td_policy **out,
                          size_t *n);

/* Finds the value at PATH in the text of policy P (td_json_locate over
   the text as it parsed, LIT, the text of its block, when there is
   none) and stores its byte offset in LIT.  */
bool td_policy_locate (const struct td_policy *p, const char *lit,
                       const char *path, size_t *offset);

/* Frees an array from td_policies_extract.  */
void td_policies_free (struct td_policy *v, size_t n);

/* A placeholder of a guide, over both languages.  */
struct td_guide_placeholder
{
  char *name;           /* owned, without braces */
  bool in_code;         /* used in a code block (a policy or other code) */
  bool in_prose;        /* used in prose or inline code */
  char *desc[2];        /* owned: description in English [0] and Korean
                           [1], or NULL when the guide explains it nowhere */
  int desc_line[2];     /* file line of each description, 0 if none */
  char *example;        /* owned: example value ("us-east-1"), or NULL */
  int first_line[2];    /* file line of its first use in each language, or
                           0 */
};

/* Collects the placeholders of a guide from its English half EN and its
   Korean half KO (KO may be NULL) into *OUT (*N entries, sorted by first
   use).  */
void td_guide_placeholders (const struct td_half *en, const struct td_half *ko,
                            struct td_guide_placeholder **out, size_t *n);

/* Frees an array from td_guide_placeholders.  */
void td_guide_placeholders_free (struct td_guide_placeholder *v, size_t n);

#endif
