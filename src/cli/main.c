/* main.c: the twindoc program: locale set-up, global options, dispatch to
   a subcommand, and the final check that standard output was written.  */
#include <config.h>
#include "util/system.h"

#include <getopt.h>
#include <unistd.h>
#include <locale.h>

#include "cli/commands.h"
#include "util/suggest.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#define COPYRIGHT_YEAR 2026

/* The name getopt prints in its messages (argv[0] of every parser).  */
static char program_name[] = PROGRAM_NAME;

struct command
{
  const char *name; /* never translated */
  int (*run) (int argc, char **argv);
  const char *summary; /* N_() */
};

static const struct command commands[] = {
  /* TRANSLATORS: --help output, summary of the "check" command.  */
  { "check", cmd_check, N_("check a translation against its English source") },
  /* TRANSLATORS: --help output, summary of the "rules" command.  */
  { "rules", cmd_rules, N_("list the rules and their default severities") },
  /* TRANSLATORS: --help output, summary of the "extract" command.  */
  { "extract", cmd_extract,
    N_("list the JSON policies and placeholders of a guide") },
  /* TRANSLATORS: --help output, summary of the "render" command.  */
  { "render", cmd_render,
    N_("fill a guide's policies with your values, checked") },
  /* TRANSLATORS: --help output, summary of the "status" command.  */
  { "status", cmd_status,
    N_("show the Korean blocks that an English change made stale") },
  /* TRANSLATORS: --help output, summary of the "po" command.  */
  { "po", cmd_po, N_("write a PO catalog of a page and its translation") },
  /* TRANSLATORS: --help output, summary of the "pot" command.  */
  { "pot", cmd_pot, N_("write the PO template of an English page") },
  /* TRANSLATORS: --help output, summary of the "apply" command.  */
  { "apply", cmd_apply,
    N_("write the Korean page from the English one and a PO catalog") },
};

static const struct option longopts[] = {
  { "help", no_argument, NULL, 'h' },
  { "version", no_argument, NULL, 'V' },
  { NULL, 0, NULL, 0 }
};

const char *
cmd_file_name (const char *path)
{
  return STREQ (path, "-") ? _("standard input") : path;
}

void
cmd_error (const char *format, ...)
{
  va_list ap;

  fflush (stdout);
  fprintf (stderr, "%s: ", PROGRAM_NAME);
  va_start (ap, format);
  vfprintf (stderr, format, ap);
  va_end (ap);
  fputc ('\n', stderr);
}

void
cmd_try_help (const char *command)
{
  if (command)
    /* TRANSLATORS: %1$s is "twindoc", %2$s a command name such as
       "check".  */
    fprintf (stderr, _("Try '%1$s %2$s --help' for more information.\n"),
             PROGRAM_NAME, command);
  else
    fprintf (stderr, _("Try '%s --help' for more information.\n"),
             PROGRAM_NAME);
}

int
cmd_usage_error (const char *command, const char *format, ...)
{
  va_list ap;

  fflush (stdout);
  fprintf (stderr, "%s: ", PROGRAM_NAME);
  va_start (ap, format);
  vfprintf (stderr, format, ap);
  va_end (ap);
  fputc ('\n', stderr);
  cmd_try_help (command);
  return TD_EXIT_TROUBLE;
}

int
cmd_usage_error_hint (const char *command, const char *hint,
                      const char *format, ...)
{
  va_list ap;

  va_start (ap, format);
  char *message = xvasprintf (format, ap);
  va_end (ap);
  if (hint)
    /* TRANSLATORS: %1$s is an error message such as "unknown command
       'chek'", %2$s the nearest known word, such as "check".  */
    cmd_usage_error (command, _("%1$s; did you mean '%2$s'?"), message,
                     hint);
  else
    cmd_usage_error (command, "%s", message);
  free (message);
  return TD_EXIT_TROUBLE;
}

int
cmd_bad_option (const char *command, char **argv,
                const struct option *options)
{
  /* getopt_long has reported the option.  An unrecognized long option
     leaves optopt 0 and is the argument just passed; one that is the
     start of a known option was ambiguous, not misspelt.  */
  const char *arg = optind > 0 ? argv[optind - 1] : NULL;
  if (optopt == 0 && arg && strncmp (arg, "--", 2) == 0 && arg[2])
    {
      const char *name = arg + 2;
      size_t len = strcspn (name, "=");
      char *word = xstrndup (name, len);
      bool prefix = false;
      struct td_suggest s;

      td_suggest_init (&s, word);
      for (const struct option *o = options; o->name; o++)
        {
          prefix |= strncmp (o->name, word, len) == 0;
          td_suggest_add (&s, o->name);
        }
      if (s.best && !prefix)
        /* TRANSLATORS: %s is an option, such as "--format", near the
           one given, which getopt has just reported as unrecognized.  */
        cmd_error (_("did you mean '--%s'?"), s.best);
      free (word);
    }
  cmd_try_help (command);
  return TD_EXIT_TROUBLE;
}

int
cmd_bad_argument (const char *command, const char *option, const char *arg,
                  const char *const *choices)
{
  fflush (stdout);
  /* TRANSLATORS: %1$s is what the user gave, %2$s the option, such as
     "--format".  */
  cmd_error (_("invalid argument '%1$s' for '%2$s'"), arg, option);
  if (choices)
    {
      /* TRANSLATORS: followed by a list of keywords, which are not
         translated.  */
      fputs (_("Valid arguments are:"), stderr);
      for (; *choices; choices++)
        fprintf (stderr, " '%s'", *choices);
      fputc ('\n', stderr);
    }
  cmd_try_help (command);
  return TD_EXIT_TROUBLE;
}

int
cmd_choice (const char *command, const char *option, const char *arg,
            const char *const *choices, int *index)
{
  for (int i = 0; choices[i]; i++)
    if (STREQ (arg, choices[i]))
      {
        *index = i;
        return 0;
      }
  return cmd_bad_argument (command, option, arg, choices);
}

int
cmd_format_options (const char *command, int argc, char **argv,
                    const char *const *formats, int *format,
                    void (*help) (void))
{
  static const struct option format_longopts[] = {
    { "format", required_argument, NULL, 'f' },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 }
  };
  int c, status;
  while ((c = getopt_long (argc, argv, "f:h", format_longopts, NULL)) != -1)
    switch (c)
      {
      case 'f':
        if ((status = cmd_choice (command, "--format", optarg, formats,
                                  format)))
          return status;
        break;
      case 'h':
        help ();
        return TD_EXIT_OK;
      default:
        return cmd_bad_option (command, argv, format_longopts);
      }
  return -1;
}

int
cmd_width (const char *s)
{
  return (int) td_utf8_width (s, strlen (s));
}

void
cmd_put_padded (const char *s, int width)
{
  int w = cmd_width (s);

  fputs (s, stdout);
  for (; w < width; w++)
    putchar (' ');
}

/* Prints the "Commands:" list to OUT: each command and its summary.  */
static void
print_commands (FILE *out)
{
  size_t i;
  int width = 0;

  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Commands:\n"), out);
  for (i = 0; i < ARRAY_SIZE (commands); i++)
    if (cmd_width (commands[i].name) > width)
      width = cmd_width (commands[i].name);
  for (i = 0; i < ARRAY_SIZE (commands); i++)
    {
      fprintf (out, "  %s", commands[i].name);
      for (int w = cmd_width (commands[i].name); w < width; w++)
        fputc (' ', out);
      fprintf (out, "  %s\n", _(commands[i].summary));
    }
}

static void
print_help (void)
{
  printf (_("Usage: %s [OPTION]... COMMAND [ARG]...\n"), PROGRAM_NAME);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Check that the Korean translation of Markdown/MDX documentation\n"
           "stays consistent with its English source.\n"), stdout);
  putchar ('\n');
  print_commands (stdout);
  putchar ('\n');
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Options:\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -h, --help     display this help and exit\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -V, --version  output version information and exit\n"), stdout);
  putchar ('\n');
  /* TRANSLATORS: --help output, no-wrap.  %s is "twindoc".  */
  printf (_("Run '%s COMMAND --help' for more about a command.\n"),
          PROGRAM_NAME);
  putchar ('\n');
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Exit status is 0 if no finding is at or above the --fail-on level,\n"
           "1 if there is such a finding, and 2 if there was trouble (a usage\n"
           "error, an unreadable file or a write error).\n"), stdout);
  putchar ('\n');
  /* TRANSLATORS: --help output, no-wrap.  %s is an address.  */
  printf (_("Report bugs to: %s\n"), PACKAGE_BUGREPORT);
  /* TRANSLATORS: --help output, no-wrap.  %1$s is the package name,
     %2$s its web address.  */
  printf (_("%1$s home page: <%2$s>\n"), PACKAGE_NAME, PACKAGE_URL);
}

static void
print_version (void)
{
  printf ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
  /* TRANSLATORS: --version output.  %d is the year.  */
  printf (_("Copyright (C) %d The twindoc authors.\n"), COPYRIGHT_YEAR);
  /* TRANSLATORS: --version output.  %s is the address of the license.  */
  printf (_("License MIT: <%s>.\n"), "https://opensource.org/licenses/MIT");
  /* TRANSLATORS: --version output, no-wrap.  */
  fputs (_("This is free software: you are free to change and redistribute it.\n"
           "There is NO WARRANTY, to the extent permitted by law.\n"), stdout);
}

/* Whether a write error was already reported.  */
static bool write_error_reported;

int
cmd_write_error (int err)
{
  if (!write_error_reported)
    {
      if (err)
        /* TRANSLATORS: %s is the system's reason, such as "No space left
           on device".  */
        cmd_error (_("write error: %s"), strerror (err));
      else
        cmd_error ("%s", _("write error"));
      write_error_reported = true;
    }
  return TD_EXIT_TROUBLE;
}

/* Flushes and closes standard output; returns STATUS, or TD_EXIT_TROUBLE
   after a message if anything written to it was lost.  */
static int
close_stdout (int status)
{
  bool failed = ferror (stdout) != 0;
  int err = 0; /* errno is stale if only the error flag was set */

  if (fflush (stdout) != 0)
    {
      failed = true;
      err = errno;
    }
  if (fclose (stdout) != 0 && !failed)
    {
      failed = true;
      err = errno;
    }
  if (!failed)
    return status;
  return cmd_write_error (err);
}

/* Parses the global options and runs the command; returns the exit
   status.  */
static int
run (int argc, char **argv)
{
  const char *name;
  size_t i;
  int c;

  argv[0] = program_name;
  while ((c = getopt_long (argc, argv, "+hV", longopts, NULL)) != -1)
    switch (c)
      {
      case 'h':
        print_help ();
        return TD_EXIT_OK;
      case 'V':
        print_version ();
        return TD_EXIT_OK;
      default:
        return cmd_bad_option (NULL, argv, longopts);
      }
  if (optind >= argc)
    {
      /* A usage error (exit status 2) that shows what to type: the
         usage line and the commands, on stderr.  */
      fflush (stdout);
      cmd_error ("%s", _("missing command"));
      fprintf (stderr, _("Usage: %s [OPTION]... COMMAND [ARG]...\n"),
               PROGRAM_NAME);
      fputc ('\n', stderr);
      print_commands (stderr);
      fputc ('\n', stderr);
      cmd_try_help (NULL);
      return TD_EXIT_TROUBLE;
    }
  name = argv[optind];
  for (i = 0; i < ARRAY_SIZE (commands); i++)
    if (STREQ (name, commands[i].name))
      {
        int first = optind;

        argv[first] = program_name;
        /* optind = 0 makes getopt start afresh (and forget the "+").  */
        optind = 0;
        return commands[i].run (argc - first, argv + first);
      }
  struct td_suggest near;
  td_suggest_init (&near, name);
  for (i = 0; i < ARRAY_SIZE (commands); i++)
    td_suggest_add (&near, commands[i].name);
  return cmd_usage_error_hint (NULL, near.best, _("unknown command '%s'"),
                               name);
}

#if defined ENABLE_NLS && ENABLE_NLS
/* The message catalogs: TWINDOC_LOCALEDIR when set; the build tree's
   locale/ folder when this program runs from the build tree (its folder
   holds libtwindoc.a), so that LANGUAGE=ko src/twindoc works before
   make install; else the installed LOCALEDIR.  Returns a string that
   lives as long as the program (static or from getenv).  */
static const char *
catalog_dir (void)
{
  static char buf[4096];
  const char *env = getenv ("TWINDOC_LOCALEDIR");
  if (env && *env)
    return env;
  ssize_t n = readlink ("/proc/self/exe", buf, sizeof buf - 64);
  if (n > 0)
    {
      buf[n] = '\0';
      char *slash = strrchr (buf, '/');
      if (slash)
        {
          strcpy (slash + 1, "libtwindoc.a");
          if (access (buf, F_OK) == 0)
            {
              strcpy (slash + 1, "../locale");
              if (access (buf, F_OK) == 0)
                return buf;
            }
        }
    }
  return LOCALEDIR;
}
#endif

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
#if defined ENABLE_NLS && ENABLE_NLS
  /* LANGUAGE=ko asks for Korean, but the C locale would ignore it: read
     messages under C.UTF-8 then (always present with glibc).  */
  const char *lang = getenv ("LANGUAGE");
  const char *msgs = setlocale (LC_MESSAGES, NULL);
  if (lang && *lang && msgs && (STREQ (msgs, "C") || STREQ (msgs, "POSIX")))
    setlocale (LC_MESSAGES, "C.UTF-8");
  bindtextdomain (PACKAGE, catalog_dir ());
  /* Input and output are UTF-8 whatever the locale's character set.  */
  bind_textdomain_codeset (PACKAGE, "UTF-8");
  textdomain (PACKAGE);
#endif
  return close_stdout (run (argc, argv));
}
