/* fmt_html.c: the review page: one self-contained HTML5 file (style and
   script inline, html_assets.c) showing each page pair's aligned blocks
   side by side, English left and Korean right, rendered with cmark, with
   each finding on the block it concerns, the stale blocks with the word
   diff of their English change, a summary with filters, and the findings
   no block holds.  Every byte of the pages, paths and messages is
   escaped; cmark renders without raw HTML and images become links, so
   the page loads nothing.  */
#include <config.h>
#include "util/system.h"
#include "format/fmt.h"

#include <cmark.h>
#include <limits.h>

#include "doc/doc.h"
#include "format/html_assets.h"
#include "report/review.h"
#include "rules/rules.h"
#include "util/utf8.h"
#include "util/xalloc.h"

/* Writes S (N bytes) escaped for HTML text and attribute values.  */
static void
put_esc_n (FILE *out, const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    switch (s[i])
      {
      case '&': fputs ("&amp;", out); break;
      case '<': fputs ("&lt;", out); break;
      case '>': fputs ("&gt;", out); break;
      case '"': fputs ("&quot;", out); break;
      case '\'': fputs ("&#39;", out); break;
      default: fputc (s[i], out);
      }
}

static void
put_esc (FILE *out, const char *s)
{
  put_esc_n (out, s ? s : "", s ? strlen (s) : 0);
}

/* The translated label of a severity, for the badges and the summary.  */
static const char *
severity_label (enum td_severity sev)
{
  switch (sev)
    {
    /* TRANSLATORS: a severity on a finding of the HTML review page.  */
    case TD_SEV_ERROR: return _("error");
    /* TRANSLATORS: a severity on a finding of the HTML review page.  */
    case TD_SEV_WARNING: return _("warning");
    /* TRANSLATORS: a severity on a finding of the HTML review page.  */
    case TD_SEV_NOTE: return _("note");
    case TD_SEV_OFF:
    default: return "?";
    }
}

static const char *
rule_id (const struct td_diag *d)
{
  return d->rule >= 0 && d->rule < TD_R__COUNT ? td_rules[d->rule].id : "?";
}

/* Replaces each image of the tree ROOT by a link to its source, so that
   the page fetches nothing.  */
static void
images_to_links (cmark_node *root)
{
  cmark_node **images = NULL;
  size_t n = 0, alloc = 0;
  cmark_iter *it = cmark_iter_new (root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next (it)) != CMARK_EVENT_DONE)
    if (ev == CMARK_EVENT_ENTER
        && cmark_node_get_type (cmark_iter_get_node (it)) == CMARK_NODE_IMAGE)
      {
        images = xgrow (images, &alloc, n + 1, sizeof *images);
        images[n++] = cmark_iter_get_node (it);
      }
  cmark_iter_free (it);
  /* Innermost first: an image inside another's alt text moves with it. */
  while (n-- > 0)
    {
      cmark_node *img = images[n], *link = cmark_node_new (CMARK_NODE_LINK);
      cmark_node *child;
      cmark_node_set_url (link, cmark_node_get_url (img));
      cmark_node_set_title (link, cmark_node_get_title (img));
      while ((child = cmark_node_first_child (img)))
        cmark_node_append_child (link, child);
      cmark_node_insert_before (img, link);
      cmark_node_free (img);
    }
  free (images);
}

/* Writes the Markdown SRC rendered by cmark (raw HTML left out).  */
static void
put_markdown (FILE *out, const char *src)
{
  cmark_node *doc = cmark_parse_document (src, strlen (src),
                                          CMARK_OPT_DEFAULT);
  images_to_links (doc);
  char *html = cmark_render_html (doc, CMARK_OPT_DEFAULT);
  fputs (html, out);
  free (html);
  cmark_node_free (doc);
}

/* Writes a word diff ("[-old-]{+new+}", wdiff.h) with <del> and <ins>. */
static void
put_word_diff (FILE *out, const char *s)
{
  while (*s)
    {
      const char *open = NULL, *close = NULL, *tag = NULL;
      const char *a = strstr (s, "[-"), *b = strstr (s, "{+");
      if (a && (!b || a < b))
        open = a, close = strstr (a + 2, "-]"), tag = "del";
      else if (b)
        open = b, close = strstr (b + 2, "+}"), tag = "ins";
      if (!open || !close)
        {
          put_esc (out, s);
          return;
        }
      put_esc_n (out, s, (size_t) (open - s));
      fprintf (out, "<%s>", tag);
      put_esc_n (out, open + 2, (size_t) (close - open - 2));
      fprintf (out, "</%s>", tag);
      s = close + 2;
    }
}

/* The byte offset of code point COLUMN (1-based) in S (N bytes).  */
static size_t
column_offset (const char *s, size_t n, int column)
{
  size_t i = 0;
  for (int c = 1; c < column && i < n; c++)
    {
      i++;
      while (i < n && ((unsigned char) s[i] & 0xC0) == 0x80)
        i++;
    }
  return i;
}

/* Writes the excerpt of D with the span of the finding marked.  */
static void
put_excerpt (FILE *out, const struct td_diag *d)
{
  const char *s = d->excerpt;
  size_t n = strlen (s);
  size_t from = column_offset (s, n, d->loc.column > 0 ? d->loc.column : 1);
  size_t to = n;
  if (d->loc.end_line == d->loc.line && d->loc.end_column >= d->loc.column
      && d->loc.column > 0)
    to = column_offset (s, n, d->loc.end_column + 1);
  else if (d->loc.end_line <= d->loc.line)
    to = column_offset (s, n, d->loc.column + 1);
  if (to < from)
    to = from;
  fputs ("<pre class=\"ex\">", out);
  put_esc_n (out, s, from);
  fputs ("<mark>", out);
  put_esc_n (out, s + from, to - from);
  fputs ("</mark>", out);
  put_esc_n (out, s + to, n - to);
  fputs ("</pre>", out);
}

/* Writes FILE:LINE.  */
static void
put_place (FILE *out, const struct td_loc *loc)
{
  put_esc (out, loc->file);
  if (loc->line > 0)
    fprintf (out, ":%d", loc->line);
}

/* Writes finding I of LIST.  */
static void
put_finding (FILE *out, const struct td_diag_list *list, size_t i)
{
  const struct td_diag *d = &list->items[i];
  const char *sev = td_severity_name (d->severity);
  fprintf (out, "<div class=\"f sev-%s\" id=\"f%zu\" tabindex=\"-1\" "
           "data-sev=\"%s\" data-rule=\"", sev, i, sev);
  put_esc (out, rule_id (d));
  fputs ("\"><span class=\"badge\">", out);
  put_esc (out, severity_label (d->severity));
  fputs ("</span><code class=\"rule\">", out);
  put_esc (out, rule_id (d));
  fputs ("</code> <span class=\"msg\">", out);
  put_esc (out, d->message);
  fputs ("</span><span class=\"where\">", out);
  put_place (out, &d->loc);
  if (d->related.line > 0)
    {
      fputs (" &#8596; ", out);
      put_place (out, &d->related);
    }
  fputs ("</span>", out);
  if (d->excerpt)
    put_excerpt (out, d);
  fputs ("</div>\n", out);
}

/* Where a finding stands: its page (or -1: none), row (or -1: the page's
   own findings) and side (0 for the page's own); I is its index in the
   list.  The spots are sorted by place, then index.  */
struct spot
{
  long page, row;
  int side;
  size_t i;
};

static int
by_place (const void *a, const void *b)
{
  const struct spot *x = a, *y = b;
  if (x->page != y->page)
    return x->page < y->page ? -1 : 1;
  if (x->row != y->row)
    return x->row < y->row ? -1 : 1;
  if (x->side != y->side)
    return x->side < y->side ? -1 : 1;
  return x->i < y->i ? -1 : x->i > y->i;
}

/* The first of the N sorted SPOTS at PAGE, ROW, SIDE or after.  */
static size_t
first_spot (const struct spot *spots, size_t n, long page, long row,
            int side)
{
  struct spot key = { page, row, side, 0 };
  size_t lo = 0, hi = n;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (by_place (&spots[mid], &key) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* A page path with its page, for the search of a finding's page.  */
struct path_entry
{
  const char *path;
  long page;
};

static int
by_path (const void *a, const void *b)
{
  const struct path_entry *x = a, *y = b;
  return strcmp (x->path, y->path);
}

/* The row of PG whose side SIDE holds LINE, the smallest such block; -1
   when none does.  */
static long
find_row (const struct td_review_page *pg, int side, int line)
{
  long best = -1;
  int span = 0;
  for (size_t r = 0; r < pg->nrows; r++)
    {
      const struct td_review_block *b = &pg->rows[r].side[side];
      if (b->present && b->line <= line && line <= b->end_line
          && (best < 0 || b->end_line - b->line < span))
        {
          best = (long) r;
          span = b->end_line - b->line;
        }
    }
  return best;
}

/* The spot of each finding of LIST in REVIEW (a new array, sorted by
   place).  */
static struct spot *
place_findings (const struct td_diag_list *list, const struct td_review *rv)
{
  struct spot *spots = xcalloc (list->n ? list->n : 1, sizeof *spots);
  size_t np = rv ? 2 * rv->n : 0;
  struct path_entry *paths = xcalloc (np ? np : 1, sizeof *paths);
  for (size_t i = 0; rv && i < rv->n; i++)
    {
      paths[2 * i].path = rv->pages[i].ko_path;
      paths[2 * i].page = (long) i;
      paths[2 * i + 1].path = rv->pages[i].en_path;
      paths[2 * i + 1].page = (long) i;
    }
  qsort (paths, np, sizeof *paths, by_path);
  for (size_t i = 0; i < list->n; i++)
    {
      const struct td_diag *d = &list->items[i];
      struct path_entry key = { d->loc.file ? d->loc.file : "", -1 };
      struct path_entry *hit = np ? bsearch (&key, paths, np, sizeof *paths,
                                             by_path) : NULL;
      spots[i].page = hit ? hit->page : -1;
      spots[i].row = -1;
      spots[i].side = 1;
      if (!hit || d->loc.line <= 0)
        continue;
      const struct td_review_page *pg = &rv->pages[hit->page];
      /* A block missing in Korean: the finding names where it would
         stand; it goes on the gap beside the English block.  */
      if (d->related.line > 0 && d->related.file
          && strcmp (d->related.file, pg->en_path) == 0)
        {
          long r = find_row (pg, 0, d->related.line);
          if (r >= 0 && !pg->rows[r].side[1].present)
            {
              spots[i].row = r;
              continue;
            }
        }
      int first = strcmp (d->loc.file, pg->ko_path) == 0 ? 1 : 0;
      for (int k = 0; k < 2 && spots[i].row < 0; k++)
        {
          int side = k ? !first : first;
          if (k && strcmp (pg->en_path, pg->ko_path) != 0)
            break; /* a pair: the file names the side */
          spots[i].row = find_row (pg, side, d->loc.line);
          spots[i].side = side;
        }
    }
  for (size_t i = 0; i < list->n; i++)
    {
      spots[i].i = i;
      if (spots[i].row < 0)
        spots[i].side = 0;
    }
  qsort (spots, list->n, sizeof *spots, by_place);
  free (paths);
  return spots;
}

/* Writes the findings of page P, row ROW (-1: none), side SIDE.  Returns
   whether there was one, and in *ERROR whether one was an error.  */
static bool
put_findings_at (FILE *out, const struct td_diag_list *list,
                 const struct spot *spots, long p, long row, int side,
                 bool print, bool *error)
{
  bool any = false;
  if (row < 0)
    side = 0;
  for (size_t k = first_spot (spots, list->n, p, row, side);
       k < list->n && spots[k].page == p && spots[k].row == row
       && spots[k].side == side; k++)
    {
      any = true;
      if (list->items[spots[k].i].severity == TD_SEV_ERROR && error)
        *error = true;
      if (print)
        put_finding (out, list, spots[k].i);
    }
  return any;
}

/* Writes the sentences of B, each a span with its pair's number.  */
static void
put_sentences (FILE *out, const struct td_review_block *b)
{
  fputs ("<p class=\"sents\">", out);
  for (size_t s = 0; s < b->nsentences; s++)
    {
      if (b->group[s] >= 0)
        fprintf (out, "<span class=\"s\" data-g=\"%d\">", b->group[s]);
      else
        fputs ("<span class=\"s\">", out);
      put_esc (out, b->sentences[s]);
      fputs ("</span> ", out);
    }
  fputs ("</p>", out);
}

/* Writes the content of block B.  */
static void
put_block (FILE *out, const struct td_review_block *b)
{
  if (!b->source)
    {
      fputs ("<div class=\"kind\">", out);
      put_esc (out, td_block_kind_label ((enum td_block_kind) b->kind));
      fputs ("</div>", out);
    }
  else if (b->nsentences)
    put_sentences (out, b);
  else if (b->kind == TD_BLK_HTML || b->kind == TD_BLK_IMPORT
           || b->kind == TD_BLK_TABLE)
    {
      fputs ("<pre class=\"raw\">", out);
      put_esc (out, b->source);
      fputs ("</pre>", out);
    }
  else
    put_markdown (out, b->source);
}

/* Writes side SIDE of row R of page P.  */
static void
put_cell (FILE *out, const struct td_diag_list *list, const struct spot *spots,
          long p, long r, const struct td_review_row *row, int side)
{
  const struct td_review_block *b = &row->side[side];
  const char *lang = side ? "ko" : "en";
  bool error = false;
  bool has = put_findings_at (out, list, spots, p, r, side, false, &error);
  int depth = b->present ? b->depth : row->side[!side].depth;
  fprintf (out, "<div class=\"cell %s d%d%s%s\" lang=\"%s\">", lang,
           depth > 6 ? 6 : depth < 0 ? 0 : depth,
           b->present ? "" : " gap",
           has ? (error ? " has-f has-error" : " has-f") : "", lang);
  if (!b->present)
    {
      put_esc (out, side ? _("no Korean counterpart")
                         : _("no English counterpart"));
      put_findings_at (out, list, spots, p, r, side, true, NULL);
      fputs ("</div>\n", out);
      return;
    }
  if (b->line == b->end_line)
    fprintf (out, "<span class=\"ln\">%d</span>", b->line);
  else
    fprintf (out, "<span class=\"ln\">%d&#8211;%d</span>", b->line,
             b->end_line);
  put_block (out, b);
  if (b->stale)
    {
      fputs ("<div class=\"stale\"><span class=\"badge\">", out);
      put_esc (out, _("stale"));
      fputs ("</span> <span>", out);
      put_esc (out, _("the English changed since this block was "
                      "translated:"));
      fputs ("</span> <span class=\"wd\" lang=\"en\">", out);
      put_word_diff (out, b->stale);
      fputs ("</span></div>", out);
    }
  put_findings_at (out, list, spots, p, r, side, true, NULL);
  fputs ("</div>\n", out);
}

/* The number of findings of page P (-1: of no page) among the N sorted
   SPOTS.  */
static size_t
page_findings (const struct spot *spots, size_t n, long p)
{
  size_t k = first_spot (spots, n, p, LONG_MIN, 0);
  size_t e = k;
  while (e < n && spots[e].page == p)
    e++;
  return e - k;
}

/* Writes page P of REVIEW.  */
static void
put_page (FILE *out, const struct td_diag_list *list, const struct spot *spots,
          const struct td_review *rv, long p)
{
  const struct td_review_page *pg = &rv->pages[p];
  size_t nf = page_findings (spots, list->n, p);
  fprintf (out, "<details class=\"page\" id=\"p%ld\"%s><summary>", p,
           nf ? " open" : "");
  fputs ("<span class=\"path\" lang=\"en\">", out);
  put_esc (out, pg->en_path);
  fputs ("</span>", out);
  if (strcmp (pg->en_path, pg->ko_path) != 0)
    {
      fputs (" &#8596; <span class=\"path\" lang=\"ko\">", out);
      put_esc (out, pg->ko_path);
      fputs ("</span>", out);
    }
  fprintf (out, "<span class=\"n\">%zu</span></summary>\n", nf);
  if (put_findings_at (out, list, spots, p, -1, 0, false, NULL))
    {
      fputs ("<div class=\"pagef\">", out);
      put_findings_at (out, list, spots, p, -1, 0, true, NULL);
      fputs ("</div>\n", out);
    }
  fputs ("<div class=\"grid\"><div class=\"hdr\" lang=\"en\">", out);
  put_esc (out, _("English"));
  fputs ("</div><div class=\"hdr\">", out);
  put_esc (out, _("Korean"));
  fputs ("</div>\n", out);
  static const char *const pairing[] = { "same", "changed", "moved",
                                         "missing", "extra" };
  for (size_t r = 0; r < pg->nrows; r++)
    {
      const struct td_review_row *row = &pg->rows[r];
      fprintf (out, "<div class=\"row r-%s\" id=\"p%ldr%zu\">\n",
               pairing[row->pairing], p, r);
      put_cell (out, list, spots, p, (long) r, row, 0);
      put_cell (out, list, spots, p, (long) r, row, 1);
      fputs ("</div>\n", out);
    }
  fputs ("</div></details>\n", out);
}

/* Writes the summary: counts by severity and rule (the filters), the
   pages with findings, the navigation.  */
static void
put_summary (FILE *out, const struct td_diag_list *list,
             const struct spot *spots, const struct td_review *rv,
             const struct td_fmt_options *opts)
{
  fputs ("<section id=\"summary\"><h2>", out);
  put_esc (out, _("Summary"));
  fputs ("</h2>\n<p>", out);
  char *pairs = xasprintf (ngettext ("%d page pair", "%d page pairs",
                                     (unsigned long) opts->pairs),
                           opts->pairs);
  char *found = xasprintf (ngettext ("%zu finding", "%zu findings",
                                     (unsigned long) list->n), list->n);
  fprintf (out, _("%1$s, %2$s"), pairs, found);
  free (pairs);
  free (found);
  fputs ("</p>\n<div class=\"counts\">", out);
  for (int s = TD_SEV_ERROR; s >= TD_SEV_NOTE; s--)
    {
      const char *name = td_severity_name ((enum td_severity) s);
      fprintf (out, "<label class=\"sev-%s\"><input type=\"checkbox\" "
               "data-sev=\"%s\" checked> <span class=\"badge\">", name, name);
      put_esc (out, severity_label ((enum td_severity) s));
      fprintf (out, "</span><b>%zu</b></label>", list->counts[s]);
    }
  fputs ("</div>\n<h3>", out);
  put_esc (out, _("Rules"));
  fputs ("</h3><div class=\"rules\">", out);
  size_t per_rule[TD_R__COUNT] = { 0 };
  for (size_t i = 0; i < list->n; i++)
    if (list->items[i].rule >= 0 && list->items[i].rule < TD_R__COUNT)
      per_rule[list->items[i].rule]++;
  for (int r = 0; r < TD_R__COUNT; r++)
    {
      size_t k = per_rule[r];
      if (!k)
        continue;
      fputs ("<label><input type=\"checkbox\" data-rule=\"", out);
      put_esc (out, td_rules[r].id);
      fputs ("\" checked> <code>", out);
      put_esc (out, td_rules[r].id);
      fprintf (out, "</code> <b>%zu</b></label>", k);
    }
  fputs ("</div>\n<h3>", out);
  put_esc (out, _("Pages with findings"));
  fputs ("</h3><ol class=\"pages\">", out);
  for (size_t p = 0; rv && p < rv->n; p++)
    {
      size_t nf = page_findings (spots, list->n, (long) p);
      if (!nf)
        continue;
      fprintf (out, "<li><a href=\"#p%zu\">", p);
      put_esc (out, rv->pages[p].ko_path);
      fprintf (out, "</a> <span class=\"n\">%zu</span></li>", nf);
    }
  if (page_findings (spots, list->n, -1))
    {
      fputs ("<li><a href=\"#other\">", out);
      put_esc (out, _("Findings outside the pages"));
      fprintf (out, "</a> <span class=\"n\">%zu</span></li>",
               page_findings (spots, list->n, -1));
    }
  fputs ("</ol>\n<div class=\"nav\"><button type=\"button\" id=\"prev\">",
         out);
  put_esc (out, _("Previous finding"));
  fputs ("</button><button type=\"button\" id=\"next\">", out);
  put_esc (out, _("Next finding"));
  fputs ("</button> <span id=\"pos\"></span> <span class=\"keys\">", out);
  put_esc (out, _("keys: j or n, next finding; k or p, previous finding"));
  fputs ("</span></div>\n</section>\n", out);
}

int
td_fmt_html (FILE *out, const struct td_diag_list *list,
             const struct td_fmt_options *opts)
{
  const struct td_review *rv = opts->review;
  struct spot *spots = place_findings (list, rv);
  /* TRANSLATORS: the language tag of the review page's own text (the
     HTML lang attribute of the page): "ko" in the Korean catalog.  */
  const char *lang = _("en-x-twindoc");
  if (strcmp (lang, "en-x-twindoc") == 0)
    lang = "en";
  fputs ("<!DOCTYPE html>\n<html lang=\"", out);
  put_esc (out, lang);
  fputs ("\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, "
         "initial-scale=1\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\""
         "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
         "script-src 'unsafe-inline'\">\n"
         "<meta name=\"generator\" content=\"", out);
  put_esc (out, PACKAGE " " PACKAGE_VERSION);
  fputs ("\">\n<title>", out);
  put_esc (out, _("Translation review"));
  fputs ("</title>\n<style>\n", out);
  fputs (td_html_css, out);
  fputs ("</style>\n</head>\n<body>\n<header><h1>", out);
  put_esc (out, _("Translation review"));
  fputs ("</h1><p class=\"meta\">", out);
  put_esc (out, PACKAGE " " PACKAGE_VERSION);
  fputs ("</p></header>\n", out);
  put_summary (out, list, spots, rv, opts);
  fputs ("<main>\n", out);
  for (size_t p = 0; rv && p < rv->n; p++)
    put_page (out, list, spots, rv, (long) p);
  if (page_findings (spots, list->n, -1))
    {
      fputs ("<details class=\"page\" id=\"other\" open><summary>", out);
      put_esc (out, _("Findings outside the pages"));
      fputs ("</summary><div class=\"pagef\">", out);
      put_findings_at (out, list, spots, -1, -1, 0, true, NULL);
      fputs ("</div></details>\n", out);
    }
  fputs ("</main>\n<script>\n", out);
  fputs (td_html_js, out);
  fputs ("</script>\n</body>\n</html>\n", out);
  free (spots);
  return (fflush (out) != 0 || ferror (out)) ? -1 : 0;
}
