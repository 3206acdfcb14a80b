/* commands.h: the subcommands of the twindoc program and the helpers
   they share with main.c.  Only main.c and cmd_*.c print to stderr.  */
#ifndef TD_COMMANDS_H
#define TD_COMMANDS_H

#include "doc.h"

/* The program name in messages, whatever argv[0] is.  */
#define PROGRAM_NAME "twindoc"

/* Each subcommand gets ARGV[0] == "twindoc" followed by its own arguments
   (getopt then prints "twindoc: ..." messages) and returns an exit status
   (TD_EXIT_*); main flushes and checks stdout afterwards.  */
int cmd_check (int argc, char **argv);
int cmd_rules (int argc, char **argv);
int cmd_extract (int argc, char **argv);
int cmd_render (int argc, char **argv);

/* A guide as extract and render read it: a bilingual file (English, a
   '---' line, Korean), a file in one language (read as English), or an
   English file and its Korean translation (after the '---' when the
   Korean file starts with a copy of the English page).  */
struct cmd_guide
{
  struct td_doc *doc[2]; /* owned; doc[1] is NULL for one file */
  struct td_half en, ko;
  bool has_ko;           /* ko is set */
};

/* Reads PATH, or the pair PATH and KO_PATH (KO_PATH NULL: one file),
   into G.  Returns 0, or reports "FILE: reason" and returns -1.  */
int cmd_guide_load (struct cmd_guide *g, const char *path,
                    const char *ko_path);

/* Frees what G owns.  */
void cmd_guide_free (struct cmd_guide *g);

/* Prints "twindoc: MESSAGE" to stderr.  */
void cmd_error (const char *format, ...) TD_PRINTF (1, 2);

/* Prints "Try 'twindoc[ COMMAND] --help' for more information." to stderr;
   COMMAND is NULL for the program's own options.  */
void cmd_try_help (const char *command);

/* Prints "twindoc: MESSAGE" and the Try line for COMMAND to stderr, and
   returns TD_EXIT_TROUBLE.  */
int cmd_usage_error (const char *command, const char *format, ...)
  TD_PRINTF (2, 3);

/* Prints "twindoc: invalid argument 'ARG' for 'OPTION'", the valid
   CHOICES (NULL-terminated, or NULL for none) and the Try line for
   COMMAND to stderr, and returns TD_EXIT_TROUBLE.  */
int cmd_bad_argument (const char *command, const char *option,
                      const char *arg, const char *const *choices);

/* Reports that writing to stdout failed with errno ERR (once per run:
   main does not repeat it) and returns TD_EXIT_TROUBLE.  */
int cmd_write_error (int err);

/* Prints S to stdout padded with spaces to WIDTH display columns.  */
void cmd_put_padded (const char *s, int width);

/* Display width of S in terminal columns.  */
int cmd_width (const char *s);

#endif
