/* roundtrip.c: the PO round trip on real page pairs: does
   `twindoc po` followed by `twindoc apply` keep the Korean text?

   Usage: roundtrip [-n N] [-s SET] [-v] CORPUS_DIR

   Method.  For every English/Korean pair of every set of CORPUS_DIR
   (CORPUS_DIR/SET/en/PATH and CORPUS_DIR/SET/ko/PATH, read in place, the
   first N pairs of each set with -n), the catalog is built as `po`
   builds it (td_po_build), written and read back (td_po_write,
   td_po_read), and applied to the English page as `apply` applies it
   (td_po_apply, untranslated and fuzzy segments left English).  Then
   every translatable segment of the Korean page (page/segment.h) is
   looked for in the result and in the segments of the result, white
   space folded (a continuation line's prefix is the English one after
   apply; consecutive segments of the result joined by a space).  A
   segment is kept when its text is found.

   Output: per set, the pairs, the Korean segments, those kept, and the
   reasons of the others as counted from the notes: Korean text without
   an English counterpart (extra: `po` leaves it out), pairings marked
   fuzzy (guess: `apply` keeps the English), translations `apply`
   refused because they lost inline code, a placeholder or a link
   (broken), and the rest (other).  Then, per set, the pairs whose
   applied page `check` (default options) finds without an error
   against the English (clean), and those where it finds more errors
   than in the Korean page itself (worse: apply made something wrong).  With -v, every segment
   not kept, with its file and line.  Exit status 0; 1 when a catalog did
   not read back or a page could not be read; 2 on usage trouble.  */
#include <config.h>
#include "util/system.h"

#include <dirent.h>
#include <getopt.h>

#include "doc/source.h"
#include "page/page.h"
#include "report/diag.h"
#include "rules/check.h"
#include "rules/options.h"
#include "page/segment.h"
#include "po/po.h"
#include "rules/tree.h"
#include "util/buf.h"
#include "util/xalloc.h"

struct totals
{
  size_t pairs, segments, kept, extra, guess, broken, other, trouble;
  size_t clean, worse; /* pairs: applied page without check errors; with
                          more errors than the Korean page */
};

/* S with every run of blanks and line ends made one space.  */
static char *
fold (const char *s)
{
  struct td_buf b = TD_BUF_INIT;
  bool space = false;
  for (; *s; s++)
    {
      if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        {
          space = true;
          continue;
        }
      if (space && b.len)
        td_buf_putc (&b, ' ');
      space = false;
      td_buf_putc (&b, *s);
    }
  return td_buf_detach (&b);
}

static struct td_check_options check_options;

/* The errors `check` finds in the Korean text KO (LEN bytes) against the
   English page EN_SRC, or -1 on trouble.  */
static long
check_errors (const struct td_source *en_src, const char *ko_name,
              const char *ko, size_t len)
{
  struct td_diag_list list;
  td_diag_list_init (&list);
  char *error = NULL;
  long n = -1;
  if (td_check_pair_memory (en_src->path, en_src->data, en_src->len, ko_name,
                            ko, len, &check_options, &list, &error) == 0)
    n = (long) list.counts[TD_SEV_ERROR];
  free (error);
  td_diag_list_free (&list);
  return n;
}

static int
one_pair (const char *en, const char *ko, bool verbose, struct totals *t)
{
  struct td_page pg;
  const char *epath;
  char *error = NULL;
  if (td_page_load (&pg, en, ko, 0, &epath, &error) != 0)
    {
      fprintf (stderr, "roundtrip: %s: %s\n", epath, error);
      free (error);
      t->trouble++;
      return 1;
    }
  struct td_po po = { 0 }, back = { 0 };
  struct td_po_notes notes = { 0 }, anotes = { 0 };
  td_po_build (&pg, false, &po, &notes);
  char *text = td_po_write (&po, ko, false);
  int line;
  if (td_po_read (text, strlen (text), &back, &line, &error) != 0)
    {
      fprintf (stderr, "roundtrip: %s: the catalog does not read back: "
               "line %d: %s\n", ko, line, error);
      free (error);
      t->trouble++;
    }
  else if (back.n != po.n)
    {
      fprintf (stderr, "roundtrip: %s: %zu entries written, %zu read\n", ko,
               po.n, back.n);
      t->trouble++;
    }
  struct td_page epg;
  td_page_load (&epg, en, NULL, 0, &epath, &error);
  size_t len;
  char *out = td_po_apply (&epg, &back, &len, &anotes);
  char *fout = fold (out);
  /* The segments of the result too, one after the other with a space
     between them: a quote's continuation lines have their '>' there, and
     a Korean paragraph whose lines `po` gave to the items of a list
     (each line the translation of one item) comes back in consecutive
     segments.  */
  struct td_page opg;
  td_page_load_memory (&opg, "applied", out, len, NULL, NULL, 0);
  struct td_segments os = { 0 };
  td_segments_extract (&opg.en, true, &os);
  struct td_buf all = TD_BUF_INIT;
  for (size_t i = 0; i < os.n; i++)
    {
      char *f = fold (os.v[i].text);
      td_buf_puts (&all, f);
      td_buf_putc (&all, ' ');
      free (f);
    }
  td_segments_free (&os);
  td_page_free (&opg);

  struct td_segments ks = { 0 };
  td_segments_extract (&pg.ko, true, &ks);
  t->pairs++;
  const struct td_source *ksrc = pg.doc[1]->src;
  long before = check_errors (epg.doc[0]->src, ko, ksrc->data, ksrc->len);
  long after = check_errors (epg.doc[0]->src, ko, out, len);
  if (after == 0)
    t->clean++;
  if (after > before)
    {
      t->worse++;
      if (verbose)
        printf ("  worse %s: %ld check errors, %ld before\n", ko, after,
                before);
    }
  for (size_t i = 0; i < ks.n; i++)
    {
      if (ks.v[i].insert)
        continue; /* the place of a missing title: no Korean text */
      char *f = fold (ks.v[i].text);
      t->segments++;
      if (strstr (fout, f) || strstr (td_buf_str (&all), f))
        t->kept++;
      else
        {
          const char *why = "other";
          /* The entry that holds it, and what apply said of it.  */
          for (size_t e = 0; e < po.n; e++)
            if (*po.v[e].str && strstr (po.v[e].str, ks.v[i].text))
              {
                const char *colon = strchr (po.v[e].refs, ' ');
                colon = colon ? colon : po.v[e].refs + strlen (po.v[e].refs);
                while (colon > po.v[e].refs && colon[-1] != ':')
                  colon--;
                int eline = atoi (colon);
                for (size_t k = 0; k < anotes.n; k++)
                  if (anotes.v[k].line == eline
                      && (anotes.v[k].kind == TD_NOTE_BROKEN
                          || anotes.v[k].kind == TD_NOTE_QUOTE))
                    why = "broken";
                break;
              }
          for (size_t k = 0; k < notes.n; k++)
            if (notes.v[k].line == ks.v[i].line
                && (notes.v[k].kind == TD_NOTE_EXTRA
                    || notes.v[k].kind == TD_NOTE_GUESS))
              why = notes.v[k].kind == TD_NOTE_EXTRA ? "extra" : "guess";
          if (STREQ (why, "extra"))
            t->extra++;
          else if (STREQ (why, "guess"))
            t->guess++;
          else if (STREQ (why, "broken"))
            t->broken++;
          else
            t->other++;
          if (verbose)
            printf ("  %s %s:%d: %.70s\n", why, ko, ks.v[i].line, f);
        }
      free (f);
    }
  td_segments_free (&ks);
  td_buf_free (&all);
  free (fout);
  free (out);
  free (text);
  td_po_free (&po);
  td_po_free (&back);
  td_po_notes_free (&notes);
  td_po_notes_free (&anotes);
  td_page_free (&epg);
  td_page_free (&pg);
  return 0;
}

static int
cmp_str (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

int
main (int argc, char **argv)
{
  long limit = -1;
  const char *only = NULL;
  bool verbose = false;
  int c;
  while ((c = getopt (argc, argv, "n:s:v")) != -1)
    switch (c)
      {
      case 'n':
        limit = atol (optarg);
        break;
      case 's':
        only = optarg;
        break;
      case 'v':
        verbose = true;
        break;
      default:
        return 2;
      }
  if (optind + 1 != argc)
    {
      fprintf (stderr, "Usage: roundtrip [-n N] [-s SET] [-v] CORPUS_DIR\n");
      return 2;
    }
  const char *corpus = argv[optind];
  DIR *d = opendir (corpus);
  if (!d)
    {
      fprintf (stderr, "roundtrip: %s: %s\n", corpus, strerror (errno));
      return 2;
    }
  char **sets = NULL;
  size_t nsets = 0, alloc = 0;
  struct dirent *de;
  while ((de = readdir (d)))
    if (de->d_name[0] != '.' && (!only || STREQ (only, de->d_name)))
      {
        sets = xgrow (sets, &alloc, nsets + 1, sizeof *sets);
        sets[nsets++] = xstrdup (de->d_name);
      }
  closedir (d);
  if (nsets > 0)
    qsort (sets, nsets, sizeof *sets, cmp_str);
  struct totals all = { 0 };
  td_check_options_init (&check_options);
  printf ("%-12s %6s %9s %9s %7s %6s %6s %6s %6s %6s %6s\n", "set", "pairs",
          "segments", "kept", "kept%", "extra", "guess", "broken", "other",
          "clean", "worse");
  int status = 0;
  for (size_t s = 0; s < nsets; s++)
    {
      char *en = xasprintf ("%s/%s/en", corpus, sets[s]);
      char *ko = xasprintf ("%s/%s/ko", corpus, sets[s]);
      struct td_tree tree;
      char *error = NULL;
      if (td_tree_scan (en, ko, NULL, &tree, &error) != 0)
        {
          free (error);
          free (en);
          free (ko);
          continue;
        }
      struct totals t = { 0 };
      long done = 0;
      for (size_t i = 0; i < tree.n && (limit < 0 || done < limit); i++)
        {
          if (!tree.pages[i].en || !tree.pages[i].ko)
            continue;
          char *ep = td_tree_join (en, tree.pages[i].rel);
          char *kp = td_tree_join (ko, tree.pages[i].rel);
          if (one_pair (ep, kp, verbose, &t))
            status = 1;
          done++;
          free (ep);
          free (kp);
        }
      if (t.trouble)
        status = 1;
      printf ("%-12s %6zu %9zu %9zu %6.1f%% %6zu %6zu %6zu %6zu %6zu %6zu\n",
              sets[s], t.pairs, t.segments, t.kept,
              t.segments ? 100.0 * (double) t.kept / (double) t.segments
                         : 100.0,
              t.extra, t.guess, t.broken, t.other, t.clean, t.worse);
      all.broken += t.broken;
      all.clean += t.clean;
      all.worse += t.worse;
      all.pairs += t.pairs;
      all.segments += t.segments;
      all.kept += t.kept;
      all.extra += t.extra;
      all.guess += t.guess;
      all.other += t.other;
      td_tree_free (&tree);
      free (en);
      free (ko);
    }
  printf ("%-12s %6zu %9zu %9zu %6.1f%% %6zu %6zu %6zu %6zu %6zu %6zu\n",
          "total", all.pairs, all.segments, all.kept,
          all.segments ? 100.0 * (double) all.kept / (double) all.segments
                       : 100.0,
          all.extra, all.guess, all.broken, all.other, all.clean, all.worse);
  for (size_t s = 0; s < nsets; s++)
    free (sets[s]);
  free (sets);
  return status;
}
