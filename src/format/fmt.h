/* fmt.h: output formats.  Formatters are the only library code that
   writes to a FILE; they print a finished, sorted diagnostic list.  */
#ifndef TD_FMT_H
#define TD_FMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "report/diag.h"

struct td_review;

struct td_fmt_options
{
  bool color;    /* SGR colours (only on a terminal, never with NO_COLOR) */
  bool excerpt;  /* source line and caret under each finding */
  bool summary;  /* closing "checked N page pairs in T s: N errors, M
                    warnings" line (text), summary object (JSON) */
  int files;     /* input files read, for the summaries */
  int pairs;     /* pages (pairs) checked, for the summaries */
  double seconds; /* how long the check took, for the text summary */
  bool show_time; /* the text summary gives SECONDS ("in 0.04 s") */
  bool statistics; /* text: the findings per rule after the summary */
  const struct td_review *review; /* not owned: the aligned blocks of each
                                     page pair, for a format that shows
                                     them (html); NULL otherwise */
  bool links;      /* text: the documentation link of each rule found,
                      before the summary (as ShellCheck does) */
};

struct td_format
{
  const char *name; /* "text", "json": never translated */
  /* Writes LIST to OUT.  Returns 0, or -1 if writing failed (errno set). */
  int (*write) (FILE *out, const struct td_diag_list *list,
                const struct td_fmt_options *opts);
  bool review; /* shows the aligned blocks: `check` records them in
                  opts->review (report/review.h) */
};

/* The formats, in the order --help lists them; NULL-terminated.  */
extern const struct td_format td_formats[];

/* The format named NAME, or NULL.  */
const struct td_format *td_format_find (const char *name);

int td_fmt_text (FILE *out, const struct td_diag_list *list,
                 const struct td_fmt_options *opts);
int td_fmt_json (FILE *out, const struct td_diag_list *list,
                 const struct td_fmt_options *opts);
int td_fmt_sarif (FILE *out, const struct td_diag_list *list,
                  const struct td_fmt_options *opts);
int td_fmt_github (FILE *out, const struct td_diag_list *list,
                   const struct td_fmt_options *opts);
/* The side-by-side review page (fmt_html.c): one self-contained HTML5
   file, the blocks of opts->review with the findings on them.  */
int td_fmt_html (FILE *out, const struct td_diag_list *list,
                 const struct td_fmt_options *opts);

/* `status` (fmt_status.c): the status of PAGES (N of them) as text,
   JSON (documented in docs/en/status.md) or a Markdown table for a pull
   request comment.  Each returns 0, or -1 if writing failed (errno set).
   TREE: the pages of a tree (text prints a closing summary).  */
struct td_status_page;
int td_fmt_status_text (FILE *out, const struct td_status_page *pages,
                        size_t n, bool tree);
int td_fmt_status_json (FILE *out, const struct td_status_page *pages,
                        size_t n, bool tree);
int td_fmt_status_markdown (FILE *out, const struct td_status_page *pages,
                            size_t n, bool tree);

#endif
