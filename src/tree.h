/* tree.h: the pages of a documentation tree pair, EN_DIR and KO_DIR,
   paired by relative path (the Docusaurus layout: docs/<path> and
   i18n/ko/docusaurus-plugin-content-docs/current/<path>).  */
#ifndef TD_TREE_H
#define TD_TREE_H

#include <stdbool.h>
#include <stddef.h>

struct td_config;

struct td_page
{
  char *rel;   /* owned: the relative path, '/'-separated */
  bool en, ko; /* present in the English / Korean tree */
};

struct td_tree
{
  struct td_page *pages; /* owned, sorted by rel (byte order) */
  size_t n;
  char **trouble;        /* owned: "PATH: reason" for what could not be
                            read; the scan went on */
  size_t ntrouble;
  char **notes;          /* owned: "PATH: reason" for what was skipped on
                            purpose (symbolic links out of the root, loops) */
  size_t nnotes;
};

/* Scans EN_ROOT and KO_ROOT for Markdown pages (".md", ".mdx", or those
   CFG selects when it has include globs), skipping hidden entries (names
   starting with '.').  Symbolic links are followed only while they stay
   inside their root; loops are detected.  Returns 0 and fills *TREE, or
   -1 with *ERROR (newly allocated "PATH: reason") when a root itself
   cannot be read.  */
int td_tree_scan (const char *en_root, const char *ko_root,
                  const struct td_config *cfg, struct td_tree *tree,
                  char **error);

/* Frees what TREE owns.  */
void td_tree_free (struct td_tree *tree);

/* Joins ROOT and REL with one '/'; returns a new string.  */
char *td_tree_join (const char *root, const char *rel);

#endif
