/* progress.h: the progress line of `check --tree` on standard error:
   pages done / total and the rate.  By default it is drawn only when
   standard error is a terminal, the run is not in CI and has taken more
   than a moment; --progress draws it always (in a file: one line a second
   and a last line), --no-progress never.  It is not a finding: it goes to
   stderr and a terminal's line is erased before anything else prints.  */
#ifndef TD_PROGRESS_H
#define TD_PROGRESS_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <time.h>

/* When to draw: --progress, --no-progress, or neither.  */
enum cli_progress_when
{
  CLI_PROGRESS_AUTO,
  CLI_PROGRESS_ALWAYS,
  CLI_PROGRESS_NEVER
};

struct cli_progress
{
  FILE *out;              /* not owned: where to draw (stderr) */
  bool on;                /* drawing allowed at all */
  bool forced;            /* --progress: no delay, and a last line */
  bool tty;               /* OUT is a terminal: redraw one line */
  bool drawn;             /* a line of ours is on the terminal */
  size_t done, total;     /* pages */
  struct timespec start;  /* CLOCK_MONOTONIC, at init */
  double last;            /* seconds since START of the last drawing, or
                             a negative number before the first */
  pthread_mutex_t lock;   /* updates come from the worker threads */
};

/* Sets up P to draw on OUT for WHEN.  Auto: only when OUT is a terminal,
   TERM is not "dumb" and CI is not set in the environment.  */
void cli_progress_init (struct cli_progress *p, enum cli_progress_when when,
                        FILE *out);

/* Records that DONE of TOTAL pages are done, and draws when due.  ARG is
   a struct cli_progress: the shape of td_tree_request's callback.  May be
   called from several threads.  */
void cli_progress_update (void *arg, size_t done, size_t total);

/* Ends the run: forced, draws the last line (a newline after it); on a
   terminal, erases the line.  Frees nothing: P owns no memory, only its
   mutex, destroyed here.  */
void cli_progress_end (struct cli_progress *p);

#endif
