/* normalize.h: what a project's policies let differ between the two
   languages, removed before comparing: locale prefixes of import paths and
   links, link fragments made from translated headings, comments and
   strings in code.  Pure functions; each returns a new string.  */
#ifndef TD_NORMALIZE_H
#define TD_NORMALIZE_H

#include <stdbool.h>
#include <stddef.h>

struct td_config;

/* TEXT with the first Korean prefix of PREFIXES that starts it (or, for an
   import statement, that starts its quoted path) replaced by the English
   one.  KIND 'i' for import statements, 'l' for link destinations.  With
   no configured import prefixes, the Docusaurus one
   "@site/i18n/ko/docusaurus-plugin-content-docs/current/" -> "@site/docs/"
   applies.  */
char *td_normalize_import (const struct td_config *cfg, const char *text);
/* The prefix replacement alone, without the canonical spelling that
   td_normalize_import also applies (single quotes, single spaces, no
   final ';').  */
char *td_normalize_import_prefix (const struct td_config *cfg,
                                  const char *text);
/* A link destination as compared: on the Korean side the configured
   prefixes replaced, then on both sides its locale removed (unless the
   configuration's link_locales is false): see td_strip_link_locale.  */
char *td_normalize_link (const struct td_config *cfg, const char *text,
                         bool korean);

/* DEST without the locale a site writes into its links: a first path
   segment "en", "en-US", "en-GB", "ko" or "ko-KR" (any case) of a
   root-relative path or of an absolute URL's path, and a first host label
   of the same ("ko.react.dev" for "react.dev"), a query parameter naming
   the language ("?hl=ko"), a final '/' of the path, and "http:" for
   "https:".  "/ko/docs/x/#y" and "/en-US/docs/x#y" both give
   "/docs/x#y"; "/ko/" gives "/".  */
char *td_strip_link_locale (const char *dest);

/* True when DEST is an absolute URL into the Korean edition of a site:
   a host label or first path segment "ko" or "ko-KR" (any case).  */
bool td_link_is_korean_edition (const char *dest);

/* TEXT (a JSX attribute "Name.attr={...}") with single quotes inside an
   expression made double, and with the Korean link prefixes of CFG that
   start its string literals replaced by the English ones (CFG NULL: no
   prefix replacement, for the English side); when LOCALES, without a
   locale segment that starts a string literal ("ko/recipes/x" and
   "en/recipes/x" both give "recipes/x"; "/ko/docs" gives "/docs").  */
char *td_normalize_attr (const struct td_config *cfg, const char *text,
                         bool locales);

/* When DEST is a link to PAGE itself (a path whose last segment is PAGE's
   file name without extension) with a fragment, its in-page form
   "#fragment"; otherwise NULL.  */
char *td_self_link (const char *dest, const char *page);

/* DEST without its "#fragment" (percent-decoded fragments are not
   needed).  */
char *td_link_without_fragment (const char *dest);

/* The GitHub-style slug of heading text TEXT (as Docusaurus and Astro make
   them): lower-case ASCII letters, spaces to '-', punctuation removed,
   other letters (Hangul) kept.  */
char *td_slug (const char *text);

/* Percent-decodes S.  */
char *td_percent_decode (const char *s);

/* CODE with its comments removed and the contents of its string literals
   emptied, for code blocks whose comments and strings may be translated;
   line breaks inside what is removed are kept, so lines correspond.
   LANG is the info string's language ("js", "sh", ...) and picks the
   comment syntax; unknown languages get C, shell and HTML comments.  */
char *td_code_strip (const char *code, const char *lang);
/* The comment and string part of td_code_strip alone (no markup text).  */
char *td_code_strip_comments (const char *code, const char *lang);

/* CODE with all white space removed.  */
char *td_code_squeeze (const char *code);

#endif
