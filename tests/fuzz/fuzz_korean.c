/* fuzz_korean.c: libFuzzer target for the Korean detectors of korean.h:
   td_ko_check_particles and td_ko_check_hedges (without and with a word
   table), td_ko_check_spacing, td_ko_check_punctuation,
   td_ko_check_heading, td_ko_check_unicode and td_ko_compose on the
   input, plus td_ko_final_before, td_ko_particle_at and td_ko_hedge_at at
   every character boundary of short inputs.  Each finding must lie inside the
   text (start <= end <= n): its fix replaces those bytes.  */
#include <config.h>
#include "util/system.h"

#include <stdint.h>

#include "korean/korean.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static volatile size_t sink;

static const struct td_ko_override table[] = {
  { "nginx", TD_KO_FINAL_CONSONANT },
  { "bucket", TD_KO_FINAL_RIEUL },
  { "S3", TD_KO_FINAL_NONE },
  { "", TD_KO_FINAL_NONE }
};
static const struct td_ko_overrides overrides = {
  table, sizeof table / sizeof *table
};

/* Checks and then frees F.  */
static void
drain (struct td_ko_findings *f, size_t n)
{
  for (size_t i = 0; i < f->n; i++)
    {
      const struct td_ko_finding *x = &f->v[i];
      if (!(x->start <= x->end && x->end <= n))
        {
          fprintf (stderr, "fuzz_korean: finding %s [%zu, %zu) outside "
                   "the %zu-byte text\n", td_ko_kind_name (x->kind),
                   x->start, x->end, n);
          abort ();
        }
      sink += strlen (td_ko_kind_name (x->kind));
      if (x->repl)
        sink += strlen (x->repl);
      if (x->alt)
        sink += strlen (x->alt);
    }
  td_ko_findings_free (f);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  const char *text = (const char *) data;
  struct td_ko_findings f;

  td_ko_findings_init (&f);
  td_ko_check_particles (text, size, NULL, &f);
  td_ko_check_particles (text, size, &overrides, &f);
  drain (&f, size);
  td_ko_check_hedges (text, size, NULL, &f);
  td_ko_check_hedges (text, size, &overrides, &f);
  drain (&f, size);
  td_ko_check_spacing (text, size, &f);
  drain (&f, size);
  td_ko_check_punctuation (text, size, &f);
  drain (&f, size);
  td_ko_check_heading (text, size, &f);
  drain (&f, size);
  td_ko_check_unicode (text, size, &f);
  drain (&f, size);

  size_t out_len = 0;
  bool changed = false;
  char *c = td_ko_compose (text, size, &out_len, &changed);
  if (out_len > size || c[out_len] != '\0')
    abort ();
  free (c);
  c = td_ko_compose (text, size, NULL, NULL);
  free (c);

  if (size <= 512)
    for (size_t at = 0; at <= size; at++)
      {
        struct td_ko_stem stem;
        struct td_ko_particle p;
        struct td_ko_hedge h;
        if (at < size && (data[at] & 0xC0) == 0x80)
          continue; /* callers only ask at character boundaries */
        sink += (size_t) td_ko_final_before (text, size, at, &overrides,
                                             &stem);
        if (stem.start > stem.end || stem.end > at)
          abort ();
        if (td_ko_particle_at (text, size, at, NULL, &p))
          sink += p.span_end + (p.correct ? strlen (p.correct) : 0);
        if (td_ko_hedge_at (text, size, at, &overrides, &h))
          sink += h.span_end + strlen (h.dual);
      }
  return 0;
}
