/* doc_pool.c: the string pool of a document: block and item texts are
   copied into large chunks that the document frees at once.  */
#include <config.h>
#include "util/system.h"

#include "doc/doc_build.h"
#include "util/xalloc.h"

#define POOL_CHUNK 65536

const char *
tdb_pool_add (struct td_doc *doc, const char *s, size_t n)
{
  if (doc->pool == NULL || doc->pool_len + n + 1 > doc->pool_alloc)
    {
      size_t size = n + 1 > POOL_CHUNK ? n + 1 : POOL_CHUNK;
      doc->pool_chunks = xrealloc (doc->pool_chunks,
                                   (doc->npool_chunks + 1) * sizeof (char *));
      doc->pool = xmalloc (size);
      doc->pool_chunks[doc->npool_chunks++] = doc->pool;
      doc->pool_len = 0;
      doc->pool_alloc = size;
    }
  char *p = doc->pool + doc->pool_len;
  if (n)
    memcpy (p, s, n);
  p[n] = '\0';
  doc->pool_len += n + 1;
  return p;
}

const char *
tdb_pool_str (struct td_doc *doc, const char *s)
{
  return tdb_pool_add (doc, s, s ? strlen (s) : 0);
}

