/* profile.h: documentation systems as data.  A profile says how a system
   writes what twindoc compares, where the defaults for every site are not
   enough: how heading ids of Korean pages are made, which front matter
   keys one language has alone by design, the files that mark a site
   built with it and the syntax that gives its pages away.  What all
   systems share is not here: locale segments of links, shortcodes and
   macros, JSONC and translated code comments are understood everywhere.
   docs/en/profiles.md lists the profiles and their sources.  */
#ifndef TD_PROFILE_H
#define TD_PROFILE_H

#include <stdbool.h>
#include <stddef.h>

enum td_anchor_policy
{
  TD_ANCHORS_EXPLICIT,        /* explicit ids must match (default) */
  TD_ANCHORS_TRANSLATED_SLUGS /* Korean headings make their own slugs: check
                                 that in-page links resolve instead */
};

struct td_profile
{
  const char *name;                 /* --profile and "profile" value */
  const char *title;                /* the system's name, for people */
  const char *const *markers;       /* NULL-terminated: files or folders in
                                       a site's root ("hugo.toml",
                                       ".vitepress") */
  const char *const *hints;         /* NULL-terminated: text that only this
                                       system's pages hold ("{{< ") */
  enum td_anchor_policy anchors;    /* Korean heading ids */
  const char *const *fm_optional;   /* NULL-terminated: front matter keys
                                       that one language may have alone
                                       ("reviewers", "l10n") */
  const char *const *verbatim;      /* NULL-terminated: JSX components
                                       whose content is program output
                                       shown as it is ("ConsoleBlock"):
                                       English there is not untranslated
                                       prose.  The commonmark row's names
                                       hold under every profile.  */
  bool loose_strong;                /* the renderer pairs '**' anywhere, as
                                       Python-Markdown does, not by
                                       CommonMark's flanking rules: a
                                       closing '**' between punctuation and
                                       a Korean particle still closes */
  bool title_heading;               /* a page without a level-1 heading is
                                       shown with its front matter title as
                                       one (Docusaurus) */
};

/* True when PROFILE (NULL: commonmark) pairs '**' without CommonMark's
   flanking rules.  */
bool td_profile_loose_strong (const struct td_profile *profile);

/* True when PROFILE (NULL: commonmark) shows the front matter title of a
   page without a level-1 heading as its heading.  */
bool td_profile_title_heading (const struct td_profile *profile);

/* The profiles, "commonmark" first (the fallback).  */
extern const struct td_profile td_profiles[];
extern const size_t td_nprofiles;

/* The profile named NAME, or NULL.  */
const struct td_profile *td_profile_find (const char *name);

/* How a profile was chosen, for --print-config.  */
enum td_profile_source
{
  TD_PROFILE_DEFAULT,  /* nothing pointed to a system: commonmark */
  TD_PROFILE_OPTION,   /* --profile */
  TD_PROFILE_CONFIG,   /* "profile" in the configuration */
  TD_PROFILE_MARKER,   /* a marker file in a root or one of its parents */
  TD_PROFILE_PAGES     /* the syntax of the pages */
};

/* Looks for a marker of a profile in each of the N folders DIRS and then
   in each of their parents, nearest first.  Returns the profile found
   nearest (the first folder wins a tie) and stores in *WHERE the marker's
   path (new string), or returns NULL.  */
const struct td_profile *td_profile_from_markers (const char *const *dirs,
                                                  size_t n, char **where);

/* Counts, for each profile, the hints found in TEXT (LEN bytes) outside
   fenced code blocks and code spans, adding to SCORES (td_nprofiles entries).  */
void td_profile_score (const char *text, size_t len, unsigned *scores);

/* The profile with the highest score (at least 2 hints, or 1 from a single
   page), or NULL.  */
const struct td_profile *td_profile_best (const unsigned *scores,
                                          size_t pages);

/* True when KEY is a front matter key of PROFILE's fm_optional (PROFILE
   may be NULL).  */
bool td_profile_fm_optional (const struct td_profile *profile,
                             const char *key);

/* True when the JSX component NAME (LEN bytes) shows its content
   verbatim under PROFILE (NULL: commonmark): a name of PROFILE's
   verbatim list or of the commonmark row's.  */
bool td_profile_verbatim (const struct td_profile *profile,
                          const char *name, size_t len);

#endif
