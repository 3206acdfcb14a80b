/* hash.h: 64-bit FNV-1a hashing of bytes, integers and strings, for
   signatures.  */
#ifndef TD_HASH_H
#define TD_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define TD_HASH_INIT UINT64_C (0xcbf29ce484222325)

static inline uint64_t
td_hash_bytes (uint64_t h, const void *p, size_t n)
{
  const unsigned char *s = p;
  for (size_t i = 0; i < n; i++)
    {
      h ^= s[i];
      h *= UINT64_C (0x100000001b3);
    }
  return h;
}

static inline uint64_t
td_hash_int (uint64_t h, long v)
{
  return td_hash_bytes (h, &v, sizeof v);
}

static inline uint64_t
td_hash_str (uint64_t h, const char *s)
{
  h = td_hash_bytes (h, s, strlen (s));
  return td_hash_int (h, 0x5eed);
}

#endif
