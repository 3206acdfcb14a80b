/* render.h: the engine of `twindoc render`: which placeholders the
   English policies of a page use, their values (from a JSON object of
   strings and from NAME=VALUE settings), the check of each value against
   the kind of value its placeholder stands for, and the filled policies.
   It returns data and translated reasons; the command prints them.  */
#ifndef TD_RENDER_H
#define TD_RENDER_H

#include <stdbool.h>
#include <stddef.h>

#include <cJSON.h>

#include "page/page.h"
#include "policy/policy.h"
#include "policy/ptype.h"

/* A placeholder the English policies use, with its value.  */
struct td_render_need
{
  const struct td_guide_placeholder *ph; /* owned by the page */
  const char *context; /* the first JSON string holding it (owned by the
                          page's policies) */
  const char *value;   /* NULL until given; owned by the caller (--set) or
                          by values_json */
};

struct td_render
{
  struct td_page *page;          /* not owned */
  const struct td_policy *pol;   /* the English policies (page-owned) */
  size_t npol;
  struct td_render_need *needs;  /* owned, in the guide's order */
  size_t nneeds;
  cJSON *values_json;            /* owned: the --values object */
};

/* Sets up R for the page PG (which must outlive R).  */
void td_render_init (struct td_render *r, struct td_page *pg);

/* Frees what R owns.  */
void td_render_free (struct td_render *r);

/* The need named NAME, or NULL.  */
struct td_render_need *td_render_find (struct td_render *r, const char *name);

/* Reads values from the JSON object of strings in file PATH; members that
   name no placeholder are ignored (one file may serve several guides).
   Returns 0, or -1 with *ERROR set to a new translated message that names
   PATH.  */
int td_render_read_values (struct td_render *r, const char *path,
                           char **error);

/* True when the value of N is good for its placeholder: of the kind the
   placeholder stands for, and without what no value may hold (quotes,
   braces, backslashes, control characters, a ".." path part).  Otherwise
   *EXPECTED is a translated description of the expected form (static).  */
bool td_render_value_ok (const struct td_render_need *n,
                         const char **expected);

/* The ARN partition of the region values of R ("aws", "aws-cn" or
   "aws-us-gov"), or NULL when R has no region value or its region values
   are in different partitions.  */
const char *td_render_partition (const struct td_render *r);

/* True unless the value of N is an ARN of another partition than the
   region values of R (td_render_partition); *WANT is that partition, or
   NULL.  */
bool td_render_partition_ok (const struct td_render *r,
                             const struct td_render_need *n,
                             const char **want);

/* A copy of policy K of R with every placeholder that has a value
   replaced by it (placeholders without a value stay), and the partition
   of the guide's ARNs ("arn:aws:...") set to td_render_partition's.  New; the caller
   deletes it.  */
cJSON *td_render_fill (const struct td_render *r, size_t k);

/* VALUE on one line, control characters escaped.  New.  */
char *td_render_shown (const char *value);

/* DIR/NAME.json.  New.  */
char *td_render_out_path (const char *dir, const char *name);

#endif
