/* iam_data.h: the generated IAM table (iam_data.c, written by
   tools/gen-iam-table.py from cfn-lint's Policies.json, MIT-0).  All names
   are offsets into td_iam_pool, NUL-terminated and lowercase; services are
   sorted by name and each owns a sorted run of actions and of resource
   types, so both can be binary-searched.  */
#ifndef TD_IAM_DATA_H
#define TD_IAM_DATA_H

#include <stddef.h>
#include <stdint.h>

struct td_iam_service
{
  uint32_t name;     /* pool offset of the prefix, e.g. "kinesis" */
  uint32_t action0;  /* first action (index into td_iam_action_*) */
  uint32_t nactions;
  uint16_t rtype0;   /* first resource type (index into td_iam_rtypes) */
  uint16_t nrtypes;
};

/* All strings, each NUL-terminated.  */
extern const char td_iam_pool[];

extern const struct td_iam_service td_iam_services[];
extern const size_t td_iam_nservices;

/* Per action: its lowercase name and its list of resource types (index
   into td_iam_list_start); the list is empty when the action needs "*".  */
extern const uint32_t td_iam_action_names[];
extern const uint16_t td_iam_action_lists[];
extern const size_t td_iam_nactions;

/* Per resource type: pool offsets of its lowercase name and of its ARN
   formats (cfn-lint's, truncated with ".*", separated by spaces).  */
extern const uint32_t td_iam_rtypes[][2];
extern const size_t td_iam_nrtypes;

/* List L holds the resource-type indices td_iam_list_items[
   td_iam_list_start[L] .. td_iam_list_start[L + 1] - 1].  */
extern const uint16_t td_iam_list_start[];
extern const uint16_t td_iam_list_items[];

#endif
