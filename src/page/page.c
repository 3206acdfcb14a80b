/* page.c: loading a page, its halves and its cached facts.  */
#include <config.h>
#include "util/system.h"
#include "page/page.h"

#include "doc/source.h"
#include "doc/split.h"
#include "util/xalloc.h"

/* The number of MDX import/export blocks at the top of DOC.  */
static size_t
leading_imports (const struct td_doc *doc)
{
  size_t n = 0;
  while (n < doc->nblocks && doc->blocks[n].kind == TD_BLK_IMPORT)
    n++;
  return n;
}

/* Sets the halves of PG from its documents.  */
static void
set_halves (struct td_page *pg)
{
  pg->copy_break = -1;
  if (!pg->pair)
    {
      td_half_whole (pg->doc[0], "en", &pg->en);
      pg->has_ko = td_split (pg->doc[0], &pg->en, &pg->ko) == 0;
      if (!pg->has_ko)
        td_half_whole (pg->doc[0], "en", &pg->en);
      return;
    }
  td_half_whole (pg->doc[0], "en", &pg->en);
  td_half_whole (pg->doc[1], "ko", &pg->ko);
  pg->has_ko = true;
  pg->leading[0] = leading_imports (pg->doc[0]);
  pg->leading[1] = leading_imports (pg->doc[1]);
  pg->en.first = pg->leading[0];
  pg->ko.first = pg->leading[1];
  long b = td_split_find (pg->doc[1]);
  if (b >= 0 && td_split_has_english_copy (pg->doc[1], b, pg->doc[0]))
    {
      pg->copy_break = b;
      pg->ko.first = (size_t) b + 1;
    }
}

int
td_page_load (struct td_page *pg, const char *path, const char *ko_path,
              size_t max_bytes, const char **error_path, char **error)
{
  memset (pg, 0, sizeof *pg);
  struct td_source *src = td_source_read (path, max_bytes, error);
  if (src == NULL)
    {
      *error_path = path;
      return -1;
    }
  struct td_source *ksrc = NULL;
  if (ko_path)
    {
      ksrc = td_source_read (ko_path, max_bytes, error);
      if (ksrc == NULL)
        {
          td_source_free (src);
          *error_path = ko_path;
          return -1;
        }
    }
  pg->doc[0] = td_doc_parse (src);
  pg->doc[1] = ksrc ? td_doc_parse (ksrc) : NULL;
  pg->pair = ksrc != NULL;
  set_halves (pg);
  return 0;
}

void
td_page_load_memory (struct td_page *pg, const char *name, const char *data,
                     size_t len, const char *ko_name, const char *ko,
                     size_t ko_len)
{
  memset (pg, 0, sizeof *pg);
  pg->doc[0] = td_doc_parse (td_source_from_memory (name, data, len));
  if (ko_name)
    pg->doc[1] = td_doc_parse (td_source_from_memory (ko_name, ko, ko_len));
  pg->pair = ko_name != NULL;
  set_halves (pg);
}

const struct td_policy *
td_page_policies (struct td_page *pg, int side, size_t *n)
{
  if (!pg->have_policies)
    {
      td_policies_extract (&pg->en, &pg->policies[0], &pg->npolicies[0]);
      if (pg->has_ko)
        td_policies_extract (&pg->ko, &pg->policies[1], &pg->npolicies[1]);
      pg->have_policies = true;
    }
  *n = pg->npolicies[side];
  return pg->policies[side];
}

const struct td_guide_placeholder *
td_page_placeholders (struct td_page *pg, size_t *n)
{
  if (!pg->have_placeholders)
    {
      td_guide_placeholders (&pg->en, pg->has_ko ? &pg->ko : NULL,
                             &pg->placeholders, &pg->nplaceholders);
      pg->have_placeholders = true;
    }
  *n = pg->nplaceholders;
  return pg->placeholders;
}

void
td_page_free (struct td_page *pg)
{
  td_policies_free (pg->policies[0], pg->npolicies[0]);
  td_policies_free (pg->policies[1], pg->npolicies[1]);
  td_guide_placeholders_free (pg->placeholders, pg->nplaceholders);
  td_doc_free (pg->doc[0]);
  td_doc_free (pg->doc[1]);
  memset (pg, 0, sizeof *pg);
}
