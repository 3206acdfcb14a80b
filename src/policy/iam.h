/* iam.h: lint of AWS IAM policy documents (identity and role trust
   policies), offline, with the action and resource-type table generated
   from cfn-lint's Policies.json (tools/gen-iam-table.py -> iam_data.c)
   and exact ARN formats for the services the guides use.  Findings are
   data: a check code, a severity, the JSON path they concern and a
   translated message; the caller maps paths to file positions.  */
#ifndef TD_IAM_H
#define TD_IAM_H

#include <stdbool.h>
#include <stddef.h>

#include <cJSON.h>

#include "report/diag.h"

enum td_policy_kind
{
  TD_POLICY_TRUST,    /* grants sts:AssumeRole* to a Principal */
  TD_POLICY_IDENTITY, /* Statement with Action and Resource, no Principal */
  TD_POLICY_OTHER     /* JSON that is not an IAM policy */
};

/* The kind of the parsed JSON document J.  */
enum td_policy_kind td_iam_kind (const cJSON *j);

/* Untranslated kind names: "trust", "identity", "other".  */
const char *td_policy_kind_name (enum td_policy_kind kind);

/* The checks; each is a rule of the rule table (ids "iam-shape" ...).  */
enum td_iam_check
{
  TD_IAM_SHAPE,         /* document and statement shape: Statement, Effect,
                           required and forbidden elements, unknown keys */
  TD_IAM_VERSION,       /* Version missing, old or invalid */
  TD_IAM_ACTION,        /* action syntax; unknown action; unknown service
                           (a note) */
  TD_IAM_ARN,           /* ARN syntax and the service's ARN formats */
  TD_IAM_RESOURCE_TYPE, /* an action granted on resources of a type it
                           does not apply to */
  TD_IAM_RESOURCE_STAR, /* Resource "*" for actions that support
                           resource-level permissions */
  TD_IAM_DUPLICATE,     /* the same action or resource twice; duplicate Sid */
  TD_IAM_PRINCIPAL,     /* Principal forms */
  TD_IAM_TRUST,         /* trust policy rules: no Resource, only sts:
                           actions that fit the principal kind */
  TD_IAM__COUNT
};

struct td_iam_finding
{
  enum td_iam_check check;
  enum td_severity severity; /* ERROR, WARNING or NOTE */
  char *path;                /* owned: JSON path, e.g. "Statement[0].Action[5]"
                                ("" for the whole document) */
  char *message;             /* owned, translated */
};

struct td_iam_findings
{
  struct td_iam_finding *v; /* owned */
  size_t n, alloc;
};

/* Lints POLICY (a template: each "{NAME}" in its strings is first stood in
   by a typed sample value, see ptype.h) of KIND and appends findings to
   OUT.  Nothing is reported for TD_POLICY_OTHER.  */
void td_iam_lint (const cJSON *policy, enum td_policy_kind kind,
                  struct td_iam_findings *out);

/* Frees what OUT owns.  */
void td_iam_findings_free (struct td_iam_findings *out);

/* Finds in JSON text TEXT (LEN bytes) the value at PATH ("Statement[1]
   .Resource", "" for the root) and stores its byte offset.  Returns false
   when the path is not there.  Tolerates text cJSON accepts.  */
bool td_json_locate (const char *text, size_t len, const char *path,
                     size_t *offset);

#endif
