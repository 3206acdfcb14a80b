/* ptype.h: the types of guide placeholders ({REGION}, {ACCOUNT_ID},
   {STREAM_NAME}, {ClickHouse_IAM_ARN}...): guessed from the name and from
   where the placeholder stands in an ARN; each type has a typed sample
   value (for linting a template: never "*", which would hide resource-type
   mistakes) and a check of user values (for `twindoc render`).  */
#ifndef TD_PTYPE_H
#define TD_PTYPE_H

#include <stdbool.h>

enum td_ptype
{
  TD_PT_TEXT,      /* unknown: any non-empty text without quotes or braces */
  TD_PT_REGION,    /* AWS region: us-east-1, ap-northeast-2, us-gov-west-1 */
  TD_PT_ACCOUNT,   /* 12-digit AWS account id */
  TD_PT_IAM_ARN,   /* IAM role (or user) ARN: arn:aws:iam::123456789012:role/x */
  TD_PT_STREAM,    /* Kinesis stream name: [A-Za-z0-9_.-]{1,128} */
  TD_PT_BUCKET,    /* S3 bucket name: [a-z0-9.-]{3,63} */
  TD_PT_NAME,      /* another resource name: [A-Za-z0-9_.+=@-]{1,128} */
  TD_PT_ROLE_ARN,  /* IAM role ARN only: ROLE_ARN, or a description that
                      names a role and no user */
  TD_PT_USER_ARN,  /* IAM user ARN only: USER_ARN, or a description that
                      names a user and no role */
  TD_PT__COUNT
};

/* The type of placeholder NAME (without braces).  CONTEXT is the JSON
   string it appears in (e.g. "arn:aws:kinesis:{REGION}:{ACCOUNT_ID}:
   stream/{STREAM_NAME}"), or NULL; the ARN field it fills decides when the
   name does not.  */
enum td_ptype td_ptype_guess (const char *name, const char *context);

/* Untranslated name of a type: "region", "account-id", "iam-arn",
   "stream-name", "bucket-name", "name", "text", "iam-role-arn",
   "iam-user-arn".  */
const char *td_ptype_name (enum td_ptype type);

/* TYPE narrowed by the descriptions of the placeholder (DESC, N of them,
   each may be NULL): an IAM ARN whose description names a role (role,
   역할) and no user (user, 사용자) is a role ARN, and the other way round
   a user ARN.  Other types are returned as they are.  */
enum td_ptype td_ptype_refine (enum td_ptype type, const char *const *desc,
                               int n);

/* The ARN partition of REGION: "aws-us-gov" for us-gov-*, "aws-cn" for
   cn-*, "aws" otherwise.  */
const char *td_ptype_partition (const char *region);

/* A sample value of TYPE that is valid where the type stands, for linting
   templates: "us-east-1", "123456789012",
   "arn:aws:iam::123456789012:role/phROLE", "phSTREAM", "ph-bucket",
   "phNAME", "phTEXT".  */
const char *td_ptype_sample (enum td_ptype type);

/* True when VALUE is a valid TYPE.  Otherwise stores in *EXPECTED a
   translated description of the expected form (e.g. "an AWS region such
   as us-east-1"), static storage.  */
bool td_ptype_check (enum td_ptype type, const char *value,
                     const char **expected);

#endif
