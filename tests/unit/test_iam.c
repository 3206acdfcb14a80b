/* test_iam.c: unit tests of the IAM policy lint, of td_json_locate and of
   td_jsonc_blank.  */
#include <config.h>
#include "util/system.h"
#include "policy/iam.h"
#include "policy/jsonc.h"

#include "harness.h"
#include "util/xalloc.h"

/* The example guide's two policies (docs/examples/secure-kinesis.md).  */
static const char seed_trust[] =
  "{\n"
  "  \"Version\": \"2012-10-17\",\n"
  "  \"Statement\": [\n"
  "    {\n"
  "      \"Effect\": \"Allow\",\n"
  "      \"Principal\": {\n"
  "        \"AWS\": \"{ClickHouse_IAM_ARN}\"\n"
  "      },\n"
  "      \"Action\": \"sts:AssumeRole\"\n"
  "    }\n"
  "  ]\n"
  "}\n";

static const char seed_perm[] =
  "{\n"
  "  \"Version\": \"2012-10-17\",\n"
  "  \"Statement\": [\n"
  "    {\n"
  "      \"Effect\": \"Allow\",\n"
  "      \"Action\": [\n"
  "        \"kinesis:DescribeStream\",\n"
  "        \"kinesis:GetShardIterator\",\n"
  "        \"kinesis:GetRecords\",\n"
  "        \"kinesis:ListShards\",\n"
  "        \"kinesis:RegisterStreamConsumer\",\n"
  "        \"kinesis:DeregisterStreamConsumer\",\n"
  "        \"kinesis:ListStreamConsumers\"\n"
  "      ],\n"
  "      \"Resource\": [\n"
  "        \"arn:aws:kinesis:{REGION}:{ACCOUNT_ID}:stream/{STREAM_NAME}\"\n"
  "      ]\n"
  "    },\n"
  "    {\n"
  "      \"Effect\": \"Allow\",\n"
  "      \"Action\": [\n"
  "        \"kinesis:SubscribeToShard\",\n"
  "        \"kinesis:DescribeStreamConsumer\"\n"
  "      ],\n"
  "      \"Resource\": [\n"
  "        \"arn:aws:kinesis:{REGION}:{ACCOUNT_ID}:stream/{STREAM_NAME}/*\"\n"
  "      ]\n"
  "    },\n"
  "    {\n"
  "      \"Effect\": \"Allow\",\n"
  "      \"Action\": [\n"
  "        \"kinesis:ListStreams\"\n"
  "      ],\n"
  "      \"Resource\": \"*\"\n"
  "    }\n"
  "  ]\n"
  "}\n";

static struct td_iam_findings found;

/* Lints TEXT as KIND (TD_POLICY__AUTO: as td_iam_kind says) into FOUND
   and returns the number of findings.  */
#define AUTO ((enum td_policy_kind) -1)
static size_t
lint (const char *text, enum td_policy_kind kind)
{
  td_iam_findings_free (&found);
  cJSON *j = cJSON_Parse (text);
  if (!j)
    {
      OK (false, "test policy parses");
      return 0;
    }
  td_iam_lint (j, kind == AUTO ? td_iam_kind (j) : kind, &found);
  cJSON_Delete (j);
  return found.n;
}

/* Index of the finding of CHECK at PATH, or -1.  */
static long
find (enum td_iam_check check, const char *path)
{
  for (size_t i = 0; i < found.n; i++)
    if (found.v[i].check == check && STREQ (found.v[i].path, path))
      return (long) i;
  return -1;
}

static size_t
count (enum td_iam_check check)
{
  size_t n = 0;
  for (size_t i = 0; i < found.n; i++)
    n += found.v[i].check == check;
  return n;
}

static void
dump (void)
{
  for (size_t i = 0; i < found.n; i++)
    fprintf (stderr, "  [%d/%d] %s: %s\n", (int) found.v[i].check,
             (int) found.v[i].severity, found.v[i].path,
             found.v[i].message);
}

/* Expects exactly one finding, of CHECK and SEV at PATH.  */
#define ONE(text, kind, check, sev, path, msg)                             \
  do                                                                        \
    {                                                                       \
      size_t n_ = lint ((text), (kind));                                    \
      long i_ = find ((check), (path));                                     \
      INT_EQ (n_, 1, msg ": one finding");                                  \
      OK (i_ >= 0, msg ": check and path");                                 \
      if (i_ >= 0)                                                          \
        INT_EQ (found.v[i_].severity, (sev), msg ": severity");             \
      if (n_ != 1 || i_ < 0)                                                \
        dump ();                                                            \
    }                                                                       \
  while (0)

#define NONE(text, kind, msg)                                               \
  do                                                                        \
    {                                                                       \
      size_t n_ = lint ((text), (kind));                                    \
      INT_EQ (n_, 0, msg);                                                  \
      if (n_)                                                               \
        dump ();                                                            \
    }                                                                       \
  while (0)

#define ID TD_POLICY_IDENTITY
#define TRUST TD_POLICY_TRUST
#define V "{\"Version\":\"2012-10-17\",\"Statement\":"

static void
test_kind (void)
{
  struct
  {
    const char *text;
    enum td_policy_kind kind;
  } cases[] = {
    { seed_trust, TD_POLICY_TRUST },
    { seed_perm, TD_POLICY_IDENTITY },
    { "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\","
      "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}}", TD_POLICY_OTHER },
    { "{\"name\":\"x\"}", TD_POLICY_OTHER },
    { "[1,2]", TD_POLICY_OTHER },
    { "{\"Version\":\"2012-10-17\",\"Statements\":[]}", TD_POLICY_IDENTITY },
  };
  for (size_t i = 0; i < ARRAY_SIZE (cases); i++)
    {
      cJSON *j = cJSON_Parse (cases[i].text);
      INT_EQ (td_iam_kind (j), cases[i].kind, "td_iam_kind");
      cJSON_Delete (j);
    }
  STR_EQ (td_policy_kind_name (TD_POLICY_TRUST), "trust", "kind name");
  STR_EQ (td_policy_kind_name (TD_POLICY_IDENTITY), "identity", "kind name");
  STR_EQ (td_policy_kind_name (TD_POLICY_OTHER), "other", "kind name");
  NONE ("{\"a\":1}", TD_POLICY_OTHER, "nothing for other");
}

static void
test_seed (void)
{
  NONE (seed_trust, AUTO, "seed trust policy: no finding");
  size_t n = lint (seed_perm, AUTO);
  INT_EQ (n, 1, "seed permission policy: one finding");
  if (n >= 1)
    {
      INT_EQ (found.v[0].check, TD_IAM_RESOURCE_TYPE, "resource type");
      INT_EQ (found.v[0].severity, TD_SEV_WARNING, "a warning");
      STR_EQ (found.v[0].path, "Statement[0].Action[5]", "path");
      STR_EQ (found.v[0].message,
              "'kinesis:DeregisterStreamConsumer' does not apply to this "
              "resource: it needs a resource of type consumer "
              "(arn:${Partition}:kinesis:${Region}:${Account}:${StreamType}/"
              "${StreamName}/consumer/${ConsumerName}:"
              "${ConsumerCreationTimpstamp})", "message");
    }
  /* With the action moved to the consumer statement: clean.  */
  NONE (V "[{\"Effect\":\"Allow\",\"Action\":[\"kinesis:DescribeStream\"],"
        "\"Resource\":\"arn:aws:kinesis:{REGION}:{ACCOUNT_ID}:stream/"
        "{STREAM_NAME}\"},{\"Effect\":\"Allow\",\"Action\":["
        "\"kinesis:SubscribeToShard\",\"kinesis:DeregisterStreamConsumer\"],"
        "\"Resource\":\"arn:aws:kinesis:{REGION}:{ACCOUNT_ID}:stream/"
        "{STREAM_NAME}/consumer/*\"}]}", AUTO, "fixed seed");
  /* The older ja/ru copies: everything on the stream.  */
  lint (V "{\"Effect\":\"Allow\",\"Action\":[\"kinesis:GetRecords\","
        "\"kinesis:SubscribeToShard\",\"kinesis:DescribeStreamConsumer\"],"
        "\"Resource\":\"arn:aws:kinesis:{REGION}:{ACCOUNT_ID}:stream/"
        "{STREAM_NAME}\"}}", AUTO);
  INT_EQ (count (TD_IAM_RESOURCE_TYPE), 2, "two consumer actions mismatch");
  OK (find (TD_IAM_RESOURCE_TYPE, "Statement.Action[1]") >= 0,
      "Statement given as an object: path Statement.Action[1]");
}

static void
test_shape (void)
{
  ONE ("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
       "\"effect\":\"Deny\",\"Action\":\"s3:ListAllMyBuckets\","
       "\"Resource\":\"*\"}}", ID, TD_IAM_SHAPE, TD_SEV_ERROR,
       "Statement.effect", "IAM-001 duplicate key in another case");
  lint ("{\"Version\":\"2012-10-17\",\"Statements\":[]}", ID);
  OK (find (TD_IAM_SHAPE, "Statements") >= 0, "IAM-002 unknown element");
  OK (find (TD_IAM_SHAPE, "") >= 0, "IAM-002 no Statement");
  ONE (V "[]}", ID, TD_IAM_SHAPE, TD_SEV_ERROR, "Statement",
       "IAM-002 empty Statement");
  ONE (V "[1]}", ID, TD_IAM_SHAPE, TD_SEV_ERROR, "Statement[0]",
       "IAM-002 statement not an object");
  lint (V "{\"Effect\":\"Allow\",\"Actions\":[\"s3:ListAllMyBuckets\"],"
        "\"Resource\":\"*\"}}", ID);
  OK (find (TD_IAM_SHAPE, "Statement.Actions") >= 0,
      "IAM-004 unknown statement element");
  OK (find (TD_IAM_SHAPE, "Statement") >= 0, "IAM-006 no Action");
  ONE (V "{\"Effect\":\"allow\",\"Action\":\"s3:ListAllMyBuckets\","
       "\"Resource\":\"*\"}}", ID, TD_IAM_SHAPE, TD_SEV_ERROR,
       "Statement.Effect", "IAM-005 Effect case");
  ONE (V "{\"Action\":\"s3:ListAllMyBuckets\",\"Resource\":\"*\"}}", ID,
       TD_IAM_SHAPE, TD_SEV_ERROR, "Statement", "IAM-005 no Effect");
  ONE (V "{\"Effect\":\"Deny\",\"Action\":\"s3:ListAllMyBuckets\","
       "\"NotAction\":\"s3:GetObject\",\"Resource\":\"*\"}}", ID,
       TD_IAM_SHAPE, TD_SEV_ERROR, "Statement",
       "IAM-006 Action and NotAction");
  ONE (V "{\"Effect\":\"Deny\",\"Action\":\"s3:ListAllMyBuckets\"}}", ID,
       TD_IAM_SHAPE, TD_SEV_ERROR, "Statement", "IAM-006 no Resource");
  ONE (V "{\"Effect\":\"Deny\",\"Action\":[],\"Resource\":\"*\"}}", ID,
       TD_IAM_SHAPE, TD_SEV_ERROR, "Statement.Action", "empty Action");
  ONE (V "{\"Sid\":\"read-stream\",\"Effect\":\"Deny\",\"Action\":"
       "\"s3:ListAllMyBuckets\",\"Resource\":\"*\"}}", ID, TD_IAM_SHAPE,
       TD_SEV_WARNING, "Statement.Sid", "IAM-007 Sid characters");
  ONE (V "{\"Effect\":\"Deny\",\"Action\":\"s3:ListAllMyBuckets\","
       "\"Resource\":\"*\",\"Condition\":[]}}", ID, TD_IAM_SHAPE,
       TD_SEV_ERROR, "Statement.Condition", "Condition not an object");
  ONE (V "{\"Effect\":\"Allow\",\"Action\":\"s3:ListAllMyBuckets\","
       "\"NotResource\":\"arn:aws:s3:::secret\"}}", ID, TD_IAM_SHAPE,
       TD_SEV_WARNING, "Statement.NotResource", "IAM-018 Allow NotResource");
  NONE (V "{\"Sid\":\"ReadStream1\",\"Effect\":\"Deny\",\"Action\":"
        "\"s3:ListAllMyBuckets\",\"Resource\":\"*\"}}", ID, "shape fine");
}

static void
test_version (void)
{
  const char *body = "\"Statement\":{\"Effect\":\"Allow\",\"Action\":"
                     "\"s3:ListAllMyBuckets\",\"Resource\":\"*\"}}";
  char *t = xasprintf ("{%s", body);
  ONE (t, ID, TD_IAM_VERSION, TD_SEV_WARNING, "", "IAM-003 missing");
  free (t);
  t = xasprintf ("{\"Version\":\"2008-10-17\",%s", body);
  ONE (t, ID, TD_IAM_VERSION, TD_SEV_WARNING, "Version", "IAM-003 old");
  free (t);
  t = xasprintf ("{\"Version\":\"2012-10-18\",%s", body);
  ONE (t, ID, TD_IAM_VERSION, TD_SEV_ERROR, "Version", "IAM-003 invalid");
  free (t);
  t = xasprintf ("{\"Version\":20121017,%s", body);
  ONE (t, ID, TD_IAM_VERSION, TD_SEV_ERROR, "Version", "IAM-003 number");
  free (t);
  t = xasprintf ("{\"Version\":\"2012-10-17\",%s", body);
  NONE (t, ID, "IAM-003 fine");
  free (t);
}

static void
test_action (void)
{
#define ACT(a) V "{\"Effect\":\"Deny\",\"Action\":" a ",\"Resource\":\"*\"}}"
  ONE (ACT ("\"kinesis.GetRecords\""), ID, TD_IAM_ACTION, TD_SEV_ERROR,
       "Statement.Action", "IAM-008 no colon");
  ONE (ACT ("[\"s3:GetObject\",\"kinesis:Get:Records\"]"), ID, TD_IAM_ACTION,
       TD_SEV_ERROR, "Statement.Action[1]", "IAM-008 two colons");
  ONE (ACT ("\"kin*:GetRecords\""), ID, TD_IAM_ACTION, TD_SEV_NOTE,
       "Statement.Action", "IAM-009 wildcard service");
  ONE (ACT ("\"kinesis:GetRecord\""), ID, TD_IAM_ACTION, TD_SEV_WARNING,
       "Statement.Action", "IAM-010 unknown action");
  ONE (ACT ("\"kinesis:Zork*\""), ID, TD_IAM_ACTION, TD_SEV_WARNING,
       "Statement.Action", "IAM-010 wildcard matching nothing");
  ONE (ACT ("\"foobar:GetThing\""), ID, TD_IAM_ACTION, TD_SEV_NOTE,
       "Statement.Action", "IAM-010 unknown service");
  ONE (V "{\"Effect\":\"Deny\",\"NotAction\":\"kinesis:GetRecord\","
       "\"Resource\":\"*\"}}", ID, TD_IAM_ACTION, TD_SEV_WARNING,
       "Statement.NotAction", "NotAction checked too");
  NONE (ACT ("[\"kinesis:Get*\",\"KINESIS:describestream\",\"s3:*\"]"), ID,
        "actions fine (case-insensitive)");
  NONE (ACT ("\"*\""), ID,
        "actions fine (case-insensitive)");
#undef ACT
}

static void
test_arn (void)
{
#define RES(r) V "{\"Effect\":\"Deny\",\"Action\":\"kinesis:GetRecords\"," \
                 "\"Resource\":" r "}}"
  ONE (RES ("\"arn:aws:kinesis:us-east-1:stream/x\""), ID, TD_IAM_ARN,
       TD_SEV_ERROR, "Statement.Resource", "IAM-011 five fields");
  ONE (RES ("[\"*\",\"my-stream\"]"), ID, TD_IAM_ARN, TD_SEV_ERROR,
       "Statement.Resource[1]", "IAM-011 not an ARN");
  ONE (RES ("\"arn:aws:kinesis:us-east-1:12345:stream/x\""), ID, TD_IAM_ARN,
       TD_SEV_ERROR, "Statement.Resource", "IAM-011 account");
  ONE (RES ("\"arn:aws:kinesis:useast:123456789012:stream/x\""), ID,
       TD_IAM_ARN, TD_SEV_ERROR, "Statement.Resource", "IAM-011 region");
  ONE (RES ("\"arn:amazon:kinesis:us-east-1:123456789012:stream/x\""), ID,
       TD_IAM_ARN, TD_SEV_ERROR, "Statement.Resource", "IAM-011 partition");
  ONE (RES ("\"arn:aws:Kinesis:us-east-1:123456789012:stream/x\""), ID,
       TD_IAM_ARN, TD_SEV_ERROR, "Statement.Resource", "IAM-011 service case");
  ONE (RES ("\"arn:aws:kinesis:us-east-1:123456789012:streams/x\""), ID,
       TD_IAM_ARN, TD_SEV_ERROR, "Statement.Resource", "IAM-012 format");
  NONE (RES ("[\"arn:aws:kinesis:{REGION}:{ACCOUNT_ID}:stream/x\","
             "\"arn:aws-cn:kinesis:cn-north-1:123456789012:stream/x\","
             "\"arn:aws-us-gov:kinesis:us-gov-west-1:123456789012:stream/x\","
             "\"arn:aws:kinesis:*:*:*\",\"arn:aws:foo:us-east-1::x\"]"), ID,
        "ARNs fine");
#undef RES
}

static void
test_resource_type (void)
{
  ONE (V "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":"
       "\"arn:aws:s3:::{BUCKET_NAME}\"}}", ID, TD_IAM_RESOURCE_TYPE,
       TD_SEV_WARNING, "Statement.Action", "IAM-013 GetObject on a bucket");
  ONE (V "{\"Effect\":\"Allow\",\"Action\":[\"s3:ListBucket\"],\"Resource\":"
       "[\"arn:aws:s3:::{BUCKET_NAME}/*\",\"arn:aws:s3:::b2/*\"]}}", ID,
       TD_IAM_RESOURCE_TYPE, TD_SEV_WARNING, "Statement.Action[0]",
       "IAM-013 ListBucket on objects");
  ONE (V "{\"Effect\":\"Allow\",\"Action\":\"kinesis:ListStreams\","
       "\"Resource\":\"arn:aws:kinesis:*:*:stream/*\"}}", ID,
       TD_IAM_RESOURCE_TYPE, TD_SEV_WARNING, "Statement.Action",
       "IAM-013 action without resource types needs *");
  ONE (V "{\"Effect\":\"Allow\",\"Action\":\"rds:DescribeDBInstances\","
       "\"Resource\":\"arn:aws:rds:{REGION}:{ACCOUNT_ID}:cluster:{CLUSTER}\"}}",
       ID, TD_IAM_RESOURCE_TYPE, TD_SEV_WARNING, "Statement.Action",
       "IAM-013 db action on a cluster");
  /* S3 and RDS style policies that are right.  */
  NONE (V "[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\","
        "\"s3:PutObject\"],\"Resource\":\"arn:aws:s3:::{BUCKET_NAME}/*\"},"
        "{\"Effect\":\"Allow\",\"Action\":[\"s3:ListBucket\","
        "\"s3:GetBucketLocation\"],\"Resource\":\"arn:aws:s3:::{BUCKET_NAME}\""
        "}]}", ID, "S3 policy fine");
  NONE (V "[{\"Effect\":\"Allow\",\"Action\":[\"rds:DescribeDBInstances\","
        "\"rds:DescribeDBClusters\"],\"Resource\":["
        "\"arn:aws:rds:{REGION}:{ACCOUNT_ID}:db:{DB_INSTANCE}\","
        "\"arn:aws:rds:{REGION}:{ACCOUNT_ID}:cluster:{CLUSTER}\"]},"
        "{\"Effect\":\"Allow\",\"Action\":\"rds-db:connect\",\"Resource\":"
        "\"arn:aws:rds-db:us-east-1:123456789012:dbuser:db-ABCDEFGH/{DB_USER}\""
        "},{\"Effect\":\"Allow\",\"Action\":\"secretsmanager:GetSecretValue\","
        "\"Resource\":\"arn:aws:secretsmanager:{REGION}:{ACCOUNT_ID}:secret:"
        "prod/db-*\"},{\"Effect\":\"Allow\",\"Action\":\"kms:Decrypt\","
        "\"Resource\":\"arn:aws:kms:us-east-1:123456789012:key/{KEY_ID}\"},"
        "{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\",\"Resource\":"
        "\"arn:aws:iam::123456789012:role/service-role/x\"},"
        "{\"Effect\":\"Allow\",\"Action\":\"kinesis:PutResourcePolicy\","
        "\"Resource\":\"arn:aws:kinesis:us-east-1:123456789012:stream/s\"}]}",
        ID, "RDS, secrets, KMS, IAM policy fine (ANY-of for kinesis)");
  /* Deny statements are not checked for fit.  */
  NONE (V "{\"Effect\":\"Deny\",\"Action\":\"s3:GetObject\",\"Resource\":"
        "\"arn:aws:s3:::b\"}}", ID, "Deny not checked");
}

static void
test_resource_star (void)
{
  ONE (V "{\"Effect\":\"Allow\",\"Action\":[\"kinesis:GetRecords\"],"
       "\"Resource\":\"*\"}}", ID, TD_IAM_RESOURCE_STAR, TD_SEV_WARNING,
       "Statement.Resource", "IAM-014 GetRecords on *");
  NONE (V "{\"Effect\":\"Allow\",\"Action\":[\"kinesis:ListStreams\","
        "\"s3:ListAllMyBuckets\",\"sqs:*\"],\"Resource\":\"*\"}}", ID,
        "IAM-014 fine");
}

static void
test_duplicate (void)
{
  ONE (V "{\"Effect\":\"Deny\",\"Action\":[\"kinesis:GetRecords\","
       "\"kinesis:getrecords\"],\"Resource\":\"*\"}}", ID, TD_IAM_DUPLICATE,
       TD_SEV_WARNING, "Statement.Action[1]", "IAM-016 same action");
  ONE (V "{\"Effect\":\"Deny\",\"Action\":[\"kinesis:GetRecords\","
       "\"kinesis:Get*\"],\"Resource\":\"*\"}}", ID, TD_IAM_DUPLICATE,
       TD_SEV_WARNING, "Statement.Action[0]", "IAM-016 covered by wildcard");
  ONE (V "{\"Effect\":\"Deny\",\"Action\":\"kinesis:GetRecords\","
       "\"Resource\":[\"arn:aws:kinesis:us-east-1:123456789012:stream/a\","
       "\"arn:aws:kinesis:us-east-1:123456789012:stream/a\"]}}", ID,
       TD_IAM_DUPLICATE, TD_SEV_WARNING, "Statement.Resource[1]",
       "IAM-017 same resource");
  ONE (V "[{\"Sid\":\"A\",\"Effect\":\"Deny\",\"Action\":\"s3:GetObject\","
       "\"Resource\":\"*\"},{\"Sid\":\"A\",\"Effect\":\"Deny\",\"Action\":"
       "\"s3:PutObject\",\"Resource\":\"*\"}]}", ID, TD_IAM_DUPLICATE,
       TD_SEV_WARNING, "Statement[1].Sid", "IAM-007 duplicate Sid");
  NONE (V "[{\"Sid\":\"A\",\"Effect\":\"Deny\",\"Action\":\"s3:GetObject\","
        "\"Resource\":\"*\"},{\"Sid\":\"B\",\"Effect\":\"Deny\",\"Action\":"
        "\"s3:PutObject\",\"Resource\":\"*\"}]}", ID, "no duplicates");
}

#define TRUSTP(p, a) V "{\"Effect\":\"Allow\",\"Principal\":" p \
                       ",\"Action\":" a "}}"

static void
test_principal (void)
{
  ONE (TRUSTP ("{\"AWS\":\"ClickHouse\"}", "\"sts:AssumeRole\""), TRUST,
       TD_IAM_PRINCIPAL, TD_SEV_ERROR, "Statement.Principal.AWS",
       "IAM-019 AWS principal");
  ONE (TRUSTP ("{\"AWS\":[\"123456789012\",\"arn:aws:iam::*:role/x\"]}",
               "\"sts:AssumeRole\""), TRUST, TD_IAM_PRINCIPAL, TD_SEV_ERROR,
       "Statement.Principal.AWS[1]", "IAM-019 partial wildcard");
  ONE (TRUSTP ("{\"Service\":\"EC2\"}", "\"sts:AssumeRole\""), TRUST,
       TD_IAM_PRINCIPAL, TD_SEV_ERROR, "Statement.Principal.Service",
       "IAM-019 service principal");
  ONE (TRUSTP ("{\"Federated\":\"example.com\"}",
               "\"sts:AssumeRoleWithWebIdentity\""), TRUST, TD_IAM_PRINCIPAL,
       TD_SEV_ERROR, "Statement.Principal.Federated", "IAM-019 federated");
  ONE (TRUSTP ("{\"User\":\"x\",\"AWS\":\"123456789012\"}",
               "\"sts:AssumeRole\""), TRUST, TD_IAM_PRINCIPAL, TD_SEV_ERROR,
       "Statement.Principal.User", "IAM-019 principal type");
  ONE (TRUSTP ("\"someone\"", "\"sts:AssumeRole\""), TRUST, TD_IAM_PRINCIPAL,
       TD_SEV_ERROR, "Statement.Principal", "IAM-019 string principal");
  ONE (TRUSTP ("\"*\"", "\"sts:AssumeRole\""), TRUST, TD_IAM_PRINCIPAL,
       TD_SEV_WARNING, "Statement.Principal", "IAM-022 anyone");
  NONE (TRUSTP ("{\"AWS\":[\"123456789012\",\"arn:aws:iam::123456789012:root\","
                "\"arn:aws:sts::123456789012:assumed-role/r/s\","
                "\"{ClickHouse_IAM_ARN}\"],\"Service\":[\"ec2.amazonaws.com\","
                "\"lambda.amazonaws.com\"]}",
                "[\"sts:AssumeRole\",\"sts:TagSession\"]"), TRUST,
        "principals fine");
}

static void
test_trust (void)
{
  ONE (V "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"123456789012\"},"
       "\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}}", AUTO,
       TD_IAM_TRUST, TD_SEV_ERROR, "Statement.Resource",
       "IAM-020 Resource in a trust policy");
  ONE (TRUSTP ("{\"AWS\":\"123456789012\"}",
               "[\"sts:AssumeRole\",\"sts:GetCallerIdentity\"]"), AUTO,
       TD_IAM_TRUST, TD_SEV_ERROR, "Statement.Action[1]",
       "IAM-020 action not for trust");
  ONE (TRUSTP ("{\"AWS\":\"123456789012\"}", "\"sts:AssumeRoleWithSAML\""),
       AUTO, TD_IAM_TRUST, TD_SEV_ERROR, "Statement.Action",
       "IAM-021 SAML with an AWS principal");
  ONE (TRUSTP ("{\"Federated\":\"arn:aws:iam::123456789012:saml-provider/X\"}",
               "\"sts:AssumeRole\""), AUTO, TD_IAM_TRUST, TD_SEV_ERROR,
       "Statement.Action", "IAM-021 AssumeRole with a SAML principal");
  ONE (V "{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\"}}", TRUST,
       TD_IAM_TRUST, TD_SEV_ERROR, "Statement", "IAM-020 no Principal");
  NONE (TRUSTP ("{\"Federated\":\"arn:aws:iam::123456789012:oidc-provider/"
                "token.actions.githubusercontent.com\"}",
                "\"sts:AssumeRoleWithWebIdentity\""), AUTO, "OIDC trust fine");
  NONE (TRUSTP ("{\"Federated\":\"arn:aws:iam::123456789012:saml-provider/X\"}",
                "[\"sts:AssumeRoleWithSAML\",\"sts:TagSession\"]"), AUTO,
        "SAML trust fine");
}

static void
test_locate (void)
{
  size_t off = 0;
  const char *t = seed_perm;
  size_t n = strlen (t);
  OK (td_json_locate (t, n, "Statement[0].Action[5]", &off), "found");
  OK (strncmp (t + off, "\"kinesis:DeregisterStreamConsumer\"", 34) == 0,
      "offset of Action[5]");
  OK (td_json_locate (t, n, "Statement[2].Resource", &off), "found");
  OK (strncmp (t + off, "\"*\"", 3) == 0, "offset of Resource");
  OK (td_json_locate (t, n, "", &off) && off == 0, "root");
  OK (!td_json_locate (t, n, "Statement[3]", &off), "no Statement[3]");
  OK (!td_json_locate (t, n, "Statement[0].Nope", &off), "no member");
  OK (!td_json_locate (t, n, "Version[0]", &off), "not an array");
  const char *e = " {\"a\\\"b\": [1, {\"x\": \"}]\"}, true], \"\\u00e9\": "
                  "{\"k\": -1.5e3}, \"a\": 2}";
  n = strlen (e);
  OK (td_json_locate (e, n, "a\"b[1].x", &off)
        && strncmp (e + off, "\"}]\"", 4) == 0, "escaped key, brackets");
  OK (td_json_locate (e, n, "\xc3\xa9.k", &off)
        && strncmp (e + off, "-1.5e3", 6) == 0, "\\u escape in key");
  OK (td_json_locate (e, n, "a\"b[2]", &off)
        && strncmp (e + off, "true", 4) == 0, "literal");
  OK (td_json_locate (e, n, "a", &off) && e[off] == '2', "plain key");
  const char *s = "{\"Statement\":{\"Action\":[\"a\",\"b\",\"c\"]}}";
  OK (td_json_locate (s, strlen (s), "Statement.Action[2]", &off)
        && s[off + 1] == 'c', "Statement as an object");
  OK (!td_json_locate ("{\"a\":", 5, "a", &off), "truncated");
}

static void
test_jsonc (void)
{
  bool blanked;
  /* Comments and trailing commas become spaces; strings, "//" in a URL
     and line breaks stay, so offsets do not move.  */
  const char *t = "{ // c\n \"u\": \"a//b /*x*/\", /* k\n */ \"v\": [1,],\n}";
  char *r = td_jsonc_blank (t, strlen (t), &blanked);
  STR_EQ (r, "{     \n \"u\": \"a//b /*x*/\",     \n    \"v\": [1 ] \n}",
          "comments and trailing commas blanked");
  OK (blanked, "blanked");
  INT_EQ (strlen (r), strlen (t), "same length");
  free (r);
  r = td_jsonc_blank ("{\"a\": 1}", 8, &blanked);
  OK (!blanked && STREQ (r, "{\"a\": 1}"), "plain JSON unchanged");
  free (r);
  /* Only the comma right before the bracket; an unclosed comment is
     left for the parser.  */
  r = td_jsonc_blank ("[1 /* c */ , ] /* open", 22, &blanked);
  STR_EQ (r, "[1           ] /* open", "trailing comma, open comment");
  free (r);
  r = td_jsonc_blank ("[1,, ]", 6, &blanked);
  OK (!blanked && STREQ (r, "[1,, ]"), "a comma after a comma is kept");
  free (r);
  r = td_jsonc_blank ("{\"a\\\"//\": 1}", 13, &blanked);
  OK (!blanked, "escaped quote inside a string");
  free (r);
}

int
main (void)
{
  test_kind ();
  test_seed ();
  test_shape ();
  test_version ();
  test_action ();
  test_arn ();
  test_resource_type ();
  test_resource_star ();
  test_duplicate ();
  test_principal ();
  test_trust ();
  test_locate ();
  test_jsonc ();
  td_iam_findings_free (&found);
  return td_test_end ("test_iam");
}
