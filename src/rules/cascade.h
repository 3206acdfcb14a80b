/* cascade.h: the configuration of each page.  The files of a page are
   the .twindoc.json found upward from the Korean page's folder, up to one
   with "root": true or the top of the file system; its settings are, in
   order (later wins): the defaults, the run's configuration (--config
   FILE, else the nearest .twindoc.json from the current folder) when it
   is not among the page's files and no "root" file ended the search,
   then the page's files from the top down, each with those of its
   overrides whose globs match the page; --severity, --scope and
   --profile win over them all.  --config FILE and --no-config turn the
   upward search off: then the run's file (or none) applies to every
   page, with its overrides.  */
#ifndef TD_CASCADE_H
#define TD_CASCADE_H

#include <stdbool.h>
#include <stddef.h>

#include "rules/config_file.h"
#include "rules/options.h"

struct td_cascade
{
  /* Set by the caller; none of them owned.  */
  const struct td_config *base;          /* the run's configuration, or
                                            NULL */
  bool lookup;                           /* search upward from each page */
  const struct td_profile *forced;       /* --profile, or NULL */
  const struct td_profile *run_profile;  /* the run's profile */
  const struct td_check_options *opts;   /* the run's options */
  const bool *cli_set;                   /* TD_R__COUNT flags: severity set
                                            on the command line, or NULL */
  bool cli_scope;                        /* --scope was given */
  /* Owned by the cascade (td_cascade_free).  */
  struct td_config **files;              /* the folder files read */
  size_t nfiles, files_alloc;
  char **warnings;                       /* "FILE: 'include' ..." for each
                                            run-wide key of a folder file */
  size_t nwarnings, warnings_alloc;
};

/* The settings of one page.  */
struct td_page_config
{
  bool own;                      /* false: the run's options apply */
  struct td_config cfg;          /* owned, when OWN */
  struct td_check_options opts;  /* when OWN; opts.config is &cfg: the
                                    struct must not move once filled */
};

/* Sets C to no configuration and no lookup; the caller then fills the
   fields it sets.  */
void td_cascade_init (struct td_cascade *c);

/* Fills *OUT with the settings of the page pair EN_PATH / KO_PATH (for a
   bilingual file both are the file).  Returns 0, or -1 with *ERROR (new)
   when a .twindoc.json on the way cannot be read.  */
int td_cascade_page (struct td_cascade *c, const char *en_path,
                     const char *ko_path, struct td_page_config *out,
                     char **error);

/* The options to check the page with: OUT's, or the run's.  */
const struct td_check_options *
td_page_options (const struct td_cascade *c, const struct td_page_config *pc);

void td_page_config_free (struct td_page_config *pc);
void td_cascade_free (struct td_cascade *c);

#endif
