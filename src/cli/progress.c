/* progress.c: the progress line of `check --tree` (progress.h).  */
#include <config.h>
#include "util/system.h"
#include "cli/progress.h"

#include <unistd.h>

/* Seconds a run must last before the line appears, unless forced.  */
#define PROGRESS_DELAY 0.5
/* Seconds between two drawings on a terminal and in a file.  */
#define PROGRESS_TTY_EVERY 0.1
#define PROGRESS_FILE_EVERY 1.0

/* Seconds since P's start.  */
static double
elapsed (const struct cli_progress *p)
{
  struct timespec now;
  if (clock_gettime (CLOCK_MONOTONIC, &now) != 0)
    return 0;
  return (double) (now.tv_sec - p->start.tv_sec)
         + (double) (now.tv_nsec - p->start.tv_nsec) / 1e9;
}

/* True when the environment says the run is in CI, or the terminal
   cannot redraw a line.  */
static bool
unsuitable_env (void)
{
  const char *ci = getenv ("CI");
  const char *term = getenv ("TERM");
  return (ci && *ci) || (term && strcmp (term, "dumb") == 0);
}

void
cli_progress_init (struct cli_progress *p, enum cli_progress_when when,
                   FILE *out)
{
  memset (p, 0, sizeof *p);
  p->out = out;
  p->tty = isatty (fileno (out));
  p->forced = when == CLI_PROGRESS_ALWAYS;
  p->on = p->forced
          || (when == CLI_PROGRESS_AUTO && p->tty && !unsuitable_env ());
  p->last = -1;
  if (clock_gettime (CLOCK_MONOTONIC, &p->start) != 0)
    memset (&p->start, 0, sizeof p->start);
  pthread_mutex_init (&p->lock, NULL);
}

/* Draws the line of P, NOW seconds after its start.  */
static void
draw (struct cli_progress *p, double now)
{
  double rate = now > 0 ? (double) p->done / now : 0;
  if (p->tty)
    fputc ('\r', p->out);
  /* TRANSLATORS: the progress line of check --tree on stderr.  %1$zu is
     the number of pages checked, %2$zu the number of pages to check,
     %3$.0f the pages checked per second.  */
  fprintf (p->out, _("%1$zu/%2$zu pages, %3$.0f pages/s"), p->done,
           p->total, rate);
  /* On a terminal: erase what a longer line left; in a file: one line
     each time.  */
  fputs (p->tty ? "\033[K" : "\n", p->out);
  fflush (p->out);
  p->drawn = p->tty;
  p->last = now;
}

void
cli_progress_update (void *arg, size_t done, size_t total)
{
  struct cli_progress *p = arg;
  if (!p->on)
    return;
  pthread_mutex_lock (&p->lock);
  p->done = done;
  p->total = total;
  if (done > 0)
    {
      double now = elapsed (p);
      double every = p->tty ? PROGRESS_TTY_EVERY : PROGRESS_FILE_EVERY;
      if (p->last < 0 ? p->forced || now >= PROGRESS_DELAY
                      : now - p->last >= every)
        draw (p, now);
    }
  pthread_mutex_unlock (&p->lock);
}

void
cli_progress_end (struct cli_progress *p)
{
  if (p->on)
    {
      if (p->forced && !p->tty)
        draw (p, elapsed (p));
      if (p->drawn)
        {
          fputs ("\r\033[K", p->out);
          fflush (p->out);
          p->drawn = false;
        }
    }
  pthread_mutex_destroy (&p->lock);
}
