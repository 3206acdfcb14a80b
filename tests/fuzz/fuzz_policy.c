/* fuzz_policy.c: libFuzzer target for the policy layer.  The input is
   parsed as a page: td_policies_extract on each half (or the whole page
   when it has no Korean part) and td_guide_placeholders over both; every
   extracted policy that parses is linted.  The raw input is also parsed
   with cJSON and given to td_iam_lint (as its own kind, and as a trust
   and an identity policy), and td_json_locate looks up fixed paths and
   the paths of the findings in the raw text.  */
#include <config.h>
#include "util/system.h"

#include <stdint.h>

#include <cJSON.h>

#include "doc/doc.h"
#include "policy/iam.h"
#include "policy/policy.h"
#include "doc/source.h"
#include "doc/split.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static volatile size_t sink;

static const char *const paths[] = {
  "", "Version", "Statement", "Statement[0]", "Statement[0].Action",
  "Statement[0].Action[1]", "Statement[1].Resource[2]",
  "Statement[0].Principal.AWS", "Statement[0].Condition.StringEquals",
  "Statement[18446744073709551615]", "[0]", "a.b.c", "..", "[", "[]"
};

static void
lint (const cJSON *j, enum td_policy_kind kind, const char *text, size_t len)
{
  struct td_iam_findings f = { NULL, 0, 0 };
  td_iam_lint (j, kind, &f);
  for (size_t i = 0; i < f.n; i++)
    {
      size_t off;
      sink += strlen (f.v[i].message);
      if (text && td_json_locate (text, len, f.v[i].path, &off))
        sink += off;
    }
  td_iam_findings_free (&f);
}

static void
policies (const struct td_half *half)
{
  struct td_policy *v = NULL;
  size_t n = 0;
  td_policies_extract (half, &v, &n);
  for (size_t i = 0; i < n; i++)
    {
      sink += strlen (v[i].heading_path) + strlen (v[i].name);
      for (size_t k = 0; k < v[i].nplaceholders; k++)
        sink += strlen (v[i].placeholders[k].name)
                + strlen (v[i].placeholders[k].path);
      if (v[i].json)
        lint (v[i].json, v[i].kind, NULL, 0);
    }
  td_policies_free (v, n);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  const char *text = (const char *) data;

  struct td_doc *doc = td_doc_parse (td_source_from_memory ("page.md", text,
                                                            size));
  struct td_half en, ko;
  bool two = td_split (doc, &en, &ko) == 0;
  if (!two)
    td_half_whole (doc, "en", &en);
  policies (&en);
  if (two)
    policies (&ko);
  struct td_guide_placeholder *g = NULL;
  size_t ng = 0;
  td_guide_placeholders (&en, two ? &ko : NULL, &g, &ng);
  for (size_t i = 0; i < ng; i++)
    {
      sink += strlen (g[i].name);
      for (int k = 0; k < 2; k++)
        if (g[i].desc[k])
          sink += strlen (g[i].desc[k]);
      if (g[i].example)
        sink += strlen (g[i].example);
    }
  td_guide_placeholders_free (g, ng);
  td_doc_free (doc);

  cJSON *j = cJSON_ParseWithLength (text, size);
  if (j)
    {
      enum td_policy_kind kind = td_iam_kind (j);
      sink += strlen (td_policy_kind_name (kind));
      lint (j, kind, text, size);
      if (kind != TD_POLICY_TRUST)
        lint (j, TD_POLICY_TRUST, text, size);
      if (kind != TD_POLICY_IDENTITY)
        lint (j, TD_POLICY_IDENTITY, text, size);
      cJSON_Delete (j);
    }
  for (size_t i = 0; i < sizeof paths / sizeof *paths; i++)
    {
      size_t off;
      if (td_json_locate (text, size, paths[i], &off))
        sink += off;
    }
  return 0;
}
