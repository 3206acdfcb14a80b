/* fuzz_frontmatter.c: libFuzzer target for the source reader, the YAML
   front matter parser and the bilingual splitter: td_source_from_memory,
   td_frontmatter_parse (and td_frontmatter_get), then td_doc_parse,
   td_split_find, td_split and td_split_has_english_copy on the same
   bytes.  */
#include <config.h>
#include "util/system.h"

#include <stdint.h>

#include "doc/doc.h"
#include "doc/frontmatter.h"
#include "doc/source.h"
#include "doc/split.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static volatile size_t sink;

static const char *const keys[] = {
  "title", "description", "sidebar_label", "slug", "keywords", "tags",
  "sidebar_position", "i18n", ""
};

/* Touches every byte of the entries so that ASan sees any overrun.  */
static size_t
walk (const struct td_frontmatter *fm)
{
  size_t sum = 0;
  for (size_t i = 0; i < fm->nentries; i++)
    {
      sum += strlen (fm->entries[i].key) + strlen (fm->entries[i].value);
      sum += (size_t) fm->entries[i].line + (size_t) fm->entries[i].col;
    }
  for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
    if (td_frontmatter_get (fm, keys[i]))
      sum++;
  if (fm->error)
    sum += strlen (fm->error);
  return sum;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  const char *text = (const char *) data;

  struct td_source *src = td_source_from_memory ("page.md", text, size);
  struct td_frontmatter fm;
  td_frontmatter_parse (src, &fm);
  sink += walk (&fm);
  td_frontmatter_free (&fm);
  /* Reuse after free is documented as allowed.  */
  td_frontmatter_parse (src, &fm);
  td_frontmatter_free (&fm);

  /* Line map helpers on the source.  */
  for (int line = 0; line <= (int) src->nlines + 1; line += 1 + line / 4)
    {
      size_t len;
      const char *l = td_source_line (src, line, &len);
      sink += len + (size_t) (l != NULL);
      sink += (size_t) td_source_charcol (src, line, (int) len + 1);
      sink += td_source_offset (src, line, 1);
    }
  sink += (size_t) td_source_line_of (src, size);
  td_source_free (src);

  struct td_doc *doc = td_doc_parse (td_source_from_memory ("page.md", text,
                                                            size));
  long boundary = td_split_find (doc);
  struct td_half en, ko;
  if (td_split (doc, &en, &ko) == 0)
    {
      sink += en.last - en.first + ko.last - ko.first;
      sink += (size_t) td_split_has_english_copy (doc, boundary, NULL);
    }
  sink += (size_t) td_split_has_english_copy (doc, (long) doc->nblocks, doc);
  td_doc_free (doc);
  return 0;
}
