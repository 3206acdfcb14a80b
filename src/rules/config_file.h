/* config_file.h: the project configuration, .twindoc.json.  A JSON object
   (read with cJSON); every key is optional:

     {
       "rules": { "number": "off", "untranslated": "error" },
       "include": [GLOB, ...],   (see td_config_selects; docs/en/configuration.md
       "exclude": [GLOB, ...],    has examples)
       "anchors": "explicit" | "translated-slugs",
       "code_blocks": "exact" | "ignore-whitespace"
                      | "ignore-comments-and-strings",
       "alt_text": "translate" | "may-translate" | "keep",
       "jsx_text_attributes": "translate" | "may-translate" | "keep",
       "import_prefixes": [["@site/i18n/ko/docusaurus-plugin-content-docs/current/",
                            "@site/docs/"]],
       "link_prefixes": [["/ko/", "/en/"]],
       "link_locales": true,
       "glossary": [["assume role", "역할 수임"]],
       "particle_words": {"nginx": "consonant"},
       "terminal_colon": true,   (the older form of "rules":
                                  {"ko-colon": "warning"}; false: "off")
       "profile": "hugo",
       "scope": "all" | "translation" | "source",
       "stale": true,            (as check --stale)
       "status": {"sourceKey": "l10n.sourceCommit"},
       "root": true,             (the upward search stops here)
       "overrides": [{"files": [GLOB, ...], SETTINGS OF A PAGE}]
     }

   The settings of a page (td_config_key_scope TD_KEY_PAGE) may also be
   set in an override, for the pages that its globs match (relative to the
   folder of the file), and in the .twindoc.json of a page's folder
   (rules/cascade.h); "include", "exclude", "stale" and "status" apply to
   a whole run.

   Unknown keys, wrong types and unknown values are errors that name the
   key, the file and the line.  */
#ifndef TD_CONFIG_H
#define TD_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "report/diag.h"
#include "rules/profile.h"
#include "rules/options.h"
#include "rules/rules.h"


enum td_code_policy
{
  TD_CODE_EXACT,             /* equal after common indentation (default) */
  TD_CODE_IGNORE_WHITESPACE, /* white space differences do not count */
  TD_CODE_IGNORE_COMMENTS    /* comments and string contents may be
                                translated */
};

enum td_text_policy
{
  TD_TEXT_MAY,       /* may be translated or not (default) */
  TD_TEXT_TRANSLATE, /* must be translated: equal to English is reported */
  TD_TEXT_KEEP       /* must stay as in English: a difference is reported */
};

struct cJSON;

/* Where a key of .twindoc.json applies.  */
enum td_config_key_scope
{
  TD_KEY_FILE, /* the file itself: "$schema", "root", "overrides" */
  TD_KEY_RUN,  /* a whole run: "include", "exclude", "stale", "status" */
  TD_KEY_PAGE  /* each page: everything else; also in overrides */
};

/* One element of "overrides": settings for the pages its globs match.  */
struct td_override
{
  char **files;           /* owned, NULL-terminated globs */
  struct cJSON *settings; /* owned: the override's object without
                             "files", checked */
};

/* A pair of path prefixes: a Korean prefix and the English one it stands
   for.  */
struct td_prefix
{
  char *ko; /* owned */
  char *en; /* owned */
};

struct td_config
{
  char *path;                 /* owned; the file read, or NULL (defaults) */
  bool severity_set[TD_R__COUNT];
  enum td_severity severity[TD_R__COUNT];
  char **include;             /* owned, NULL-terminated glob lists; NULL */
  char **exclude;             /*   means "not given" */
  enum td_anchor_policy anchors;
  bool anchors_given;                /* "anchors" was in the file */
  const struct td_profile *profile;  /* static; "profile" or NULL (then the
                                        caller detects one) */
  enum td_code_policy code_blocks;
  enum td_text_policy alt_text;
  enum td_text_policy jsx_text_attributes;
  struct td_prefix *import_prefixes; /* owned */
  size_t nimport_prefixes;
  struct td_prefix *link_prefixes;   /* owned */
  size_t nlink_prefixes;
  bool link_locales;                 /* a locale segment of a link ("/ko/",
                                        "/en-US/", host "ko.") does not
                                        count (default true) */
  /* ko-terminology: required Korean renderings of English terms, as
     [English term, Korean term] pairs (stored in td_prefix: .en, .ko);
     glossary_set false means the built-in AWS IAM glossary.  */
  struct td_prefix *glossary;        /* owned */
  size_t nglossary;
  bool glossary_set;
  /* ko-particle: how English words read, "word" -> 'c' (final
     consonant), 'r' (final ㄹ) or 'v' (vowel).  */
  char **particle_words;             /* owned */
  char *particle_finals;             /* owned, one letter per word */
  size_t nparticle_words;
  enum td_scope_filter scope;        /* the findings kept (default all);
                                        --scope overrides it */
  bool root;                         /* "root": no .twindoc.json above this
                                        one is read */
  struct td_override *overrides;     /* owned, in the file's order */
  size_t noverrides;
  char *dir;                         /* owned: the resolved folder of the
                                        file (td_config_load), or NULL */
  struct cJSON *doc;                 /* owned: the file's checked object,
                                        to apply it again (td_config_apply),
                                        or NULL */
  char *status_source_key;           /* owned; "status": {"sourceKey"}:
                                        the front matter key of `status`,
                                        or NULL (its default) */
  bool stale;                        /* "stale": check as with --stale */
};

/* Applies to DST the settings of a page that SRC's file sets, then those
   of each of its overrides (in order) whose globs match one of the NPATHS
   PATHS (relative to the folder of SRC's file; NULL entries are
   skipped).  Later settings win; "rules" are merged rule by rule.  */
void td_config_apply (struct td_config *dst, const struct td_config *src,
                      const char *const *paths, size_t npaths);

/* Stores in NAMES (at most MAX) the keys of CFG's file that apply to a
   whole run ("include", "exclude"); returns how many.  */
size_t td_config_run_keys (const struct td_config *cfg, const char **names,
                           size_t max);

/* The top-level keys, for tests and the schema: their number, the name
   and the scope of key I.  */
size_t td_config_nkeys (void);
const char *td_config_key_name (size_t i);
enum td_config_key_scope td_config_key_scope (size_t i);

/* Sets CFG's defaults to those of PROFILE where the configuration file
   did not set them, and records PROFILE in CFG.  */
void td_config_apply_profile (struct td_config *cfg,
                              const struct td_profile *profile);

/* Sets *CFG to the defaults (no file).  */
void td_config_init (struct td_config *cfg);

/* Frees what CFG owns and resets it to the defaults.  */
void td_config_free (struct td_config *cfg);

/* Reads the configuration file PATH into *CFG (initialised first).
   Returns 0, or -1 and stores in *ERROR a newly allocated, translated
   message that names the file, the line and the key when there is one,
   in the GNU form "FILE:LINE: message" (e.g. ".twindoc.json:4: unknown key
   'rulez'"), or "FILE: reason" for an unreadable file.  */
int td_config_load (const char *path, struct td_config *cfg, char **error);

/* The same from LEN bytes of JSON at TEXT, named NAME in messages.  */
int td_config_parse (const char *name, const char *text, size_t len,
                     struct td_config *cfg, char **error);

/* Looks for ".twindoc.json" in DIR and then in each parent up to the root;
   returns a newly allocated path, or NULL when there is none.  */
char *td_config_find (const char *dir);

/* True when PATH (a path relative to a tree root, '/'-separated) is
   selected by CFG: it matches an include glob (or no include list was
   given and it ends in .md or .mdx) and no exclude glob.  Globs: '*'
   matches within a path component, '**' across components, '?' one
   character, "[...]" a set.  */
bool td_config_selects (const struct td_config *cfg, const char *path);

/* Glob matching as described above; exposed for tests.  */
bool td_glob_match (const char *glob, const char *path);

#endif
