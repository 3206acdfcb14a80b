/* commands.h: the subcommands of the twindoc program and the helpers
   they share with main.c.  Only main.c and cmd_*.c print to stderr.  */
#ifndef TD_COMMANDS_H
#define TD_COMMANDS_H

#include "util/system.h"
#include "report/diag.h"

/* The program name in messages, whatever argv[0] is.  */
#define PROGRAM_NAME "twindoc"

/* Each subcommand gets ARGV[0] == "twindoc" followed by its own arguments
   (getopt then prints "twindoc: ..." messages) and returns an exit status
   (TD_EXIT_*); main flushes and checks stdout afterwards.  */
int cmd_check (int argc, char **argv);
int cmd_rules (int argc, char **argv);
int cmd_extract (int argc, char **argv);
int cmd_render (int argc, char **argv);
int cmd_status (int argc, char **argv);
int cmd_po (int argc, char **argv);
int cmd_pot (int argc, char **argv);
int cmd_apply (int argc, char **argv);

struct td_config;
struct td_profile_choice;
struct td_conventions;
/* `check --print-config`: prints the profile CHOICE, the settings of CFG
   (read from CONFIG_PATH, or NULL), the SEVERITY of each rule and, with
   --tree, the conventions LEARNED (else NULL) as JSON on stdout.  Returns
   an exit status.  */
int cmd_print_config (const struct td_config *cfg,
                      const enum td_severity *severity,
                      const struct td_profile_choice *choice,
                      const char *config_path,
                      const struct td_conventions *learned);

/* PATH as messages name it: "standard input" for "-".  */
const char *cmd_file_name (const char *path);

/* Prints "twindoc: MESSAGE" to stderr.  */
void cmd_error (const char *format, ...) TD_PRINTF (1, 2);

/* Prints "Try 'twindoc[ COMMAND] --help' for more information." to stderr;
   COMMAND is NULL for the program's own options.  */
void cmd_try_help (const char *command);

/* Prints "twindoc: MESSAGE" and the Try line for COMMAND to stderr, and
   returns TD_EXIT_TROUBLE.  */
int cmd_usage_error (const char *command, const char *format, ...)
  TD_PRINTF (2, 3);

/* Like cmd_usage_error, with "; did you mean 'HINT'?" after the message
   when HINT (the known word nearest to what was given) is not NULL.  */
int cmd_usage_error_hint (const char *command, const char *hint,
                          const char *format, ...) TD_PRINTF (3, 4);

struct option;
/* Ends the options of COMMAND (NULL for the program's own) after
   getopt_long returned '?' for ARGV with OPTIONS: suggests the nearest
   long option when the one given was unrecognized, prints the Try line
   and returns TD_EXIT_TROUBLE.  */
int cmd_bad_option (const char *command, char **argv,
                    const struct option *options);

/* Prints "twindoc: invalid argument 'ARG' for 'OPTION'", the valid
   CHOICES (NULL-terminated, or NULL for none) and the Try line for
   COMMAND to stderr, and returns TD_EXIT_TROUBLE.  */
int cmd_bad_argument (const char *command, const char *option,
                      const char *arg, const char *const *choices);

/* Stores in *INDEX the position of ARG in the NULL-terminated CHOICES and
   returns 0; or reports ARG as an invalid argument of OPTION (see
   cmd_bad_argument) and returns TD_EXIT_TROUBLE.  */
int cmd_choice (const char *command, const char *option, const char *arg,
                const char *const *choices, int *index);

/* The options of a command that has only -f/--format=FORMAT (one of
   FORMATS, NULL-terminated; its index goes to *FORMAT) and -h/--help
   (HELP prints it).  Returns -1 to go on, or an exit status.  */
int cmd_format_options (const char *command, int argc, char **argv,
                        const char *const *formats, int *format,
                        void (*help) (void));

/* Reports that writing to stdout failed with errno ERR (once per run:
   main does not repeat it) and returns TD_EXIT_TROUBLE.  */
int cmd_write_error (int err);

/* Prints S to stdout padded with spaces to WIDTH display columns.  */
void cmd_put_padded (const char *s, int width);

/* Display width of S in terminal columns.  */
int cmd_width (const char *s);

#endif
