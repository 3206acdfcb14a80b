/* test_ptype.c: unit tests of placeholder types: guesses, samples and
   checks of values.  */
#include <config.h>
#include "util/system.h"
#include "policy/ptype.h"

#include "harness.h"

static void
test_guess (void)
{
  static const char arn[] =
    "arn:aws:kinesis:{R}:{A}:stream/{S}/consumer/{C}";
  struct
  {
    const char *name, *context;
    enum td_ptype type;
  } cases[] = {
    { "REGION", NULL, TD_PT_REGION },
    { "AWS_REGION", NULL, TD_PT_REGION },
    { "ACCOUNT_ID", NULL, TD_PT_ACCOUNT },
    { "ACCOUNT", NULL, TD_PT_ACCOUNT },
    { "AccountId", NULL, TD_PT_ACCOUNT },
    { "ClickHouse_IAM_ARN", NULL, TD_PT_IAM_ARN },
    { "ROLE_ARN", NULL, TD_PT_ROLE_ARN },
    { "MY_ROLE_ARN", NULL, TD_PT_ROLE_ARN },
    { "USER_ARN", NULL, TD_PT_USER_ARN },
    { "IAM_ARN_OF_CLICKHOUSE", NULL, TD_PT_IAM_ARN },
    { "STREAM_NAME", NULL, TD_PT_STREAM },
    { "BUCKET_NAME", NULL, TD_PT_BUCKET },
    { "R", arn, TD_PT_REGION },
    { "A", arn, TD_PT_ACCOUNT },
    { "S", arn, TD_PT_STREAM },
    { "C", arn, TD_PT_NAME },
    { "B", "arn:aws:s3:::{B}/*", TD_PT_BUCKET },
    { "K", "arn:aws:s3:::b/{K}", TD_PT_NAME },
    { "X", "arn:aws:rds:us-east-1:123456789012:db:{X}", TD_PT_NAME },
    { "X", "hello {X}", TD_PT_TEXT },
    { "X", NULL, TD_PT_TEXT },
    { "X", "arn:{X}:s3:::b", TD_PT_TEXT },
  };
  for (size_t i = 0; i < ARRAY_SIZE (cases); i++)
    {
      char msg[160];
      snprintf (msg, sizeof msg, "guess %s in %s", cases[i].name,
                cases[i].context ? cases[i].context : "(null)");
      INT_EQ (td_ptype_guess (cases[i].name, cases[i].context),
              cases[i].type, msg);
    }
}

static void
test_names_and_samples (void)
{
  static const char *const names[] = { "text", "region", "account-id",
                                       "iam-arn", "stream-name",
                                       "bucket-name", "name",
                                       "iam-role-arn", "iam-user-arn" };
  for (int t = 0; t < TD_PT__COUNT; t++)
    {
      STR_EQ (td_ptype_name ((enum td_ptype) t), names[t], "type name");
      OK (td_ptype_check ((enum td_ptype) t,
                          td_ptype_sample ((enum td_ptype) t), NULL),
          "each sample is valid for its type");
      OK (strchr (td_ptype_sample ((enum td_ptype) t), '*') == NULL,
          "no sample is a wildcard");
    }
  STR_EQ (td_ptype_sample (TD_PT_IAM_ARN),
          "arn:aws:iam::123456789012:role/phROLE", "IAM ARN sample");
  STR_EQ (td_ptype_sample (TD_PT_STREAM), "phSTREAM", "stream sample");
}

static void
test_check (void)
{
  struct
  {
    enum td_ptype type;
    const char *value;
    bool ok;
  } cases[] = {
    { TD_PT_REGION, "us-east-1", true },
    { TD_PT_REGION, "ap-northeast-2", true },
    { TD_PT_REGION, "cn-north-1", true },
    { TD_PT_REGION, "us-gov-west-1", true },
    { TD_PT_REGION, "US-EAST-1", false },
    { TD_PT_REGION, "us-east", false },
    { TD_PT_REGION, "useast1", false },
    { TD_PT_REGION, "us-east-1 ", false },
    { TD_PT_REGION, "", false },
    { TD_PT_ACCOUNT, "123456789012", true },
    { TD_PT_ACCOUNT, "12345678901", false },
    { TD_PT_ACCOUNT, "1234567890123", false },
    { TD_PT_ACCOUNT, "12345678901a", false },
    { TD_PT_IAM_ARN, "arn:aws:iam::123456789012:role/ClickHouseAccessRole-1",
      true },
    { TD_PT_IAM_ARN, "arn:aws:iam::123456789012:user/path/to/bob", true },
    { TD_PT_IAM_ARN, "arn:aws-cn:iam::123456789012:role/x", true },
    { TD_PT_IAM_ARN, "arn:aws-us-gov:iam::123456789012:role/x", true },
    { TD_PT_IAM_ARN, "arn:aws:sts::123456789012:assumed-role/r/session",
      true },
    { TD_PT_IAM_ARN, "arn:aws:iam::123456789012:group/x", false },
    { TD_PT_IAM_ARN, "arn:aws:iam::12345:role/x", false },
    { TD_PT_IAM_ARN, "arn:aws:iam::123456789012:role/", false },
    { TD_PT_IAM_ARN, "arn:aws:iam::123456789012:role/a b", false },
    { TD_PT_IAM_ARN, "arn:aws:sts::123456789012:assumed-role/r", false },
    { TD_PT_IAM_ARN, "ClickHouse", false },
    { TD_PT_ROLE_ARN, "arn:aws:iam::123456789012:role/r", true },
    { TD_PT_ROLE_ARN, "arn:aws:iam::123456789012:user/bob", false },
    { TD_PT_ROLE_ARN, "arn:aws:sts::123456789012:assumed-role/r/s", false },
    { TD_PT_USER_ARN, "arn:aws:iam::123456789012:user/bob", true },
    { TD_PT_USER_ARN, "arn:aws:iam::123456789012:role/r", false },
    { TD_PT_STREAM, "my_stream.v-1", true },
    { TD_PT_STREAM, "my/stream", false },
    { TD_PT_STREAM, "", false },
    { TD_PT_BUCKET, "my-bucket.logs", true },
    { TD_PT_BUCKET, "ab", false },
    { TD_PT_BUCKET, "My-Bucket", false },
    { TD_PT_BUCKET, "-bucket", false },
    { TD_PT_BUCKET, "bucket-", false },
    { TD_PT_NAME, "user+x=y@z.com_1-2", true },
    { TD_PT_NAME, "a/b", false },
    { TD_PT_NAME, "", false },
    { TD_PT_TEXT, "any text: here", true },
    { TD_PT_TEXT, "", false },
    { TD_PT_TEXT, "a \"quote\"", false },
    { TD_PT_TEXT, "{X}", false },
    { TD_PT_TEXT, "line\nbreak", false },
  };
  for (size_t i = 0; i < ARRAY_SIZE (cases); i++)
    {
      const char *expected = NULL;
      char msg[200];
      snprintf (msg, sizeof msg, "check %s '%s'",
                td_ptype_name (cases[i].type), cases[i].value);
      OK (td_ptype_check (cases[i].type, cases[i].value, &expected)
            == cases[i].ok, msg);
      OK (cases[i].ok ? expected == NULL : expected != NULL,
          "an expected form exactly for invalid values");
    }
  const char *expected = NULL;
  td_ptype_check (TD_PT_REGION, "x", &expected);
  STR_EQ (expected, "an AWS region such as us-east-1", "region form");
  td_ptype_check (TD_PT_ACCOUNT, "x", &expected);
  STR_EQ (expected, "a 12-digit AWS account ID", "account form");
  td_ptype_check (TD_PT_IAM_ARN, "x", &expected);
  STR_EQ (expected,
          "an IAM role or user ARN such as "
          "arn:aws:iam::123456789012:role/name",
          "IAM ARN form");
  td_ptype_check (TD_PT_ROLE_ARN, "x", &expected);
  STR_EQ (expected,
          "an IAM role ARN such as arn:aws:iam::123456789012:role/name",
          "IAM role ARN form");
}

static void
test_refine_and_partition (void)
{
  const char *role[2] = { "the IAM Role ARN of your service", NULL };
  const char *user[2] = { NULL, "IAM 사용자의 ARN" };
  const char *both[2] = { "a role or user ARN", NULL };
  INT_EQ (td_ptype_refine (TD_PT_IAM_ARN, role, 2), TD_PT_ROLE_ARN,
          "a description that names a role");
  INT_EQ (td_ptype_refine (TD_PT_IAM_ARN, user, 2), TD_PT_USER_ARN,
          "a Korean description that names a user");
  INT_EQ (td_ptype_refine (TD_PT_IAM_ARN, both, 2), TD_PT_IAM_ARN,
          "a description that names both");
  INT_EQ (td_ptype_refine (TD_PT_REGION, role, 2), TD_PT_REGION,
          "other types stay");
  STR_EQ (td_ptype_partition ("us-gov-west-1"), "aws-us-gov", "GovCloud");
  STR_EQ (td_ptype_partition ("cn-north-1"), "aws-cn", "China");
  STR_EQ (td_ptype_partition ("us-east-1"), "aws", "commercial");
}

int
main (void)
{
  test_guess ();
  test_names_and_samples ();
  test_check ();
  test_refine_and_partition ();
  return td_test_end ("test_ptype");
}
