/* tree.h: the pages of a documentation tree pair, EN_DIR and KO_DIR,
   paired by relative path (the Docusaurus layout: docs/<path> and
   i18n/ko/docusaurus-plugin-content-docs/current/<path>).  */
#ifndef TD_TREE_H
#define TD_TREE_H

#include <stdbool.h>
#include <stddef.h>

struct td_config;

struct td_tree_entry
{
  char *rel;   /* owned: the relative path, '/'-separated */
  bool en, ko; /* present in the English / Korean tree */
};

struct td_tree
{
  struct td_tree_entry *pages; /* owned, sorted by rel (byte order) */
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

/* Returns 0 when EN_ROOT and KO_ROOT are two separate folders, or when
   either cannot be resolved (td_tree_scan reports that); -1 with *ERROR
   (a new, translated sentence that names both roots) when they are the
   same folder or one is inside the other.  */
int td_tree_roots_apart (const char *en_root, const char *ko_root,
                         char **error);

/* A new, translated sentence for a scan that found no page in EN_ROOT or
   KO_ROOT, naming both roots and the file patterns of CFG (NULL: the
   defaults, *.md and *.mdx).  */
char *td_tree_no_pages (const char *en_root, const char *ko_root,
                        const struct td_config *cfg);

/* Joins ROOT and REL with one '/'; returns a new string.  */
char *td_tree_join (const char *root, const char *rel);

/* Reads the page list of --files-from=FILE ("-": standard input): one path
   a line, relative to the roots or starting with EN_ROOT/ or KO_ROOT/.
   Returns a new NULL-terminated list of relative paths (free it with
   td_tree_list_free), or NULL with *ERROR set to a new "FILE: reason".  */
char **td_tree_read_list (const char *file, const char *en_root,
                          const char *ko_root, char **error);

/* True when REL is in the NULL-terminated LIST.  */
bool td_tree_listed (char *const *list, const char *rel);

/* Frees a list from td_tree_read_list; NULL is a no-op.  */
void td_tree_list_free (char **list);

#endif
