/* test_render.c: unit tests of the render engine: the placeholders of a
   page's policies, binding values from a JSON file, checking them, and
   filling the policies.  */
#include <config.h>
#include "util/system.h"
#include "page/render.h"

#include <fcntl.h>
#include <unistd.h>

#include "harness.h"

static const char guide[] =
  "# Setup\n\n"
  "```json\n"
  "{\n"
  "  \"Version\": \"2012-10-17\",\n"
  "  \"Statement\": [{\n"
  "    \"Effect\": \"Allow\",\n"
  "    \"Action\": \"kinesis:GetRecords\",\n"
  "    \"Resource\": \"arn:aws:kinesis:{REGION}:{ACCOUNT_ID}:stream/{STREAM_NAME}\"\n"
  "  }]\n"
  "}\n"
  "```\n\n"
  "Replace the following placeholders:\n\n"
  "- `{REGION}`: Your AWS region (e.g., `us-east-1`)\n"
  "- `{ACCOUNT_ID}`: Your AWS account ID\n"
  "- `{STREAM_NAME}`: Your stream\n"
  "- `{UNUSED}`: Explained, used by no policy\n";

static void
load (struct td_page *pg, struct td_render *r)
{
  td_page_load_memory (pg, "guide.md", guide, strlen (guide), NULL, NULL, 0);
  td_render_init (r, pg);
}

static void
test_needs (void)
{
  struct td_page pg;
  struct td_render r;
  load (&pg, &r);
  INT_EQ (r.npol, 1, "one policy");
  INT_EQ (r.nneeds, 3, "three placeholders in policies");
  STR_EQ (r.needs[0].ph->name, "REGION", "guide order");
  STR_EQ (r.needs[2].ph->name, "STREAM_NAME", "guide order");
  OK (td_render_find (&r, "UNUSED") == NULL, "no policy uses UNUSED");
  OK (td_render_find (&r, "ACCOUNT_ID") != NULL, "find");
  td_render_free (&r);
  td_page_free (&pg);
}

static void
test_values (void)
{
  struct td_page pg;
  struct td_render r;
  load (&pg, &r);
  const char *expected;
  struct td_render_need *region = td_render_find (&r, "REGION");
  region->value = "us-east-1";
  OK (td_render_value_ok (region, &expected), "a region");
  region->value = "nowhere";
  OK (!td_render_value_ok (region, &expected) && expected, "not a region");
  struct td_render_need *stream = td_render_find (&r, "STREAM_NAME");
  stream->value = "a\"b";
  OK (!td_render_value_ok (stream, &expected), "a quote is refused");
  stream->value = "../x";
  OK (!td_render_value_ok (stream, &expected), "a .. part is refused");
  stream->value = "";
  OK (!td_render_value_ok (stream, &expected), "empty is refused");

  char path[] = "/tmp/test_render.XXXXXX";
  int fd = mkstemp (path);
  static const char json[] = "{\"REGION\": \"eu-west-1\", \"OTHER\": \"x\"}";
  OK (fd >= 0 && write (fd, json, sizeof json - 1) == sizeof json - 1,
      "temporary file");
  close (fd);
  char *error = NULL;
  INT_EQ (td_render_read_values (&r, path, &error), 0, "values read");
  STR_EQ (region->value, "eu-west-1", "--values sets REGION");
  static const char bad[] = "{\"REGION\": 3}";
  fd = open (path, O_WRONLY | O_TRUNC);
  OK (write (fd, bad, sizeof bad - 1) == sizeof bad - 1, "rewrite");
  close (fd);
  INT_EQ (td_render_read_values (&r, path, &error), -1, "not a string");
  OK (error && strstr (error, "REGION"), "the message names the key");
  free (error);
  unlink (path);
  td_render_free (&r);
  td_page_free (&pg);
}

static void
test_fill (void)
{
  struct td_page pg;
  struct td_render r;
  load (&pg, &r);
  td_render_find (&r, "REGION")->value = "us-east-1";
  td_render_find (&r, "ACCOUNT_ID")->value = "123456789012";
  cJSON *doc = td_render_fill (&r, 0);
  const cJSON *st = cJSON_GetArrayItem (cJSON_GetObjectItem (doc,
                                                             "Statement"),
                                        0);
  STR_EQ (cJSON_GetObjectItem (st, "Resource")->valuestring,
          "arn:aws:kinesis:us-east-1:123456789012:stream/{STREAM_NAME}",
          "filled; a placeholder without a value stays");
  cJSON_Delete (doc);
  char *s = td_render_shown ("a\nb\tc\x01");
  STR_EQ (s, "a\\nb\\tc\\x01", "shown");
  free (s);
  s = td_render_out_path ("out//", "trust-policy");
  STR_EQ (s, "out/trust-policy.json", "output path");
  free (s);
  td_render_free (&r);
  td_page_free (&pg);
}

int
main (void)
{
  test_needs ();
  test_values ();
  test_fill ();
  return td_test_end ("test_render");
}
