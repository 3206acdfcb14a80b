/* cmd_po.c: the gettext commands: `twindoc po` (a catalog of a page and
   its translation), `twindoc pot` (the template of an English page) and
   `twindoc apply` (the Korean page rebuilt from the English one and a
   catalog).  The engine is po/po.h; this file reads the options, loads
   the pages, writes the results and prints the notes.  */
#include <config.h>
#include "util/system.h"

#include <getopt.h>
#include <sys/stat.h>

#include "cli/commands.h"
#include "doc/source.h"
#include "page/page.h"
#include "po/po.h"
#include "rules/tree.h"
#include "util/atomic.h"
#include "util/path.h"
#include "util/xalloc.h"

static void
print_po_help (void)
{
  /* TRANSLATORS: --help output, no-wrap.  %1$s is "twindoc".  */
  printf (_("Usage: %1$s po [OPTION]... FILE\n"
            "  or:  %1$s po [OPTION]... EN_FILE KO_FILE\n"
            "  or:  %1$s po --tree [OPTION]... EN_DIR KO_DIR -o DIR\n"),
          PROGRAM_NAME);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Write a gettext PO catalog of a page (a bilingual FILE, or\n"
           "KO_FILE and its English source EN_FILE): one entry per\n"
           "translatable segment, the English as msgid and the Korean that\n"
           "the alignment pairs with it as msgstr.  Code blocks, anchors,\n"
           "imports and components are never in the catalog.  Structural\n"
           "differences are reported as warnings and do not stop it.\n"),
         stdout);
  putchar ('\n');
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Options:\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -o, --output=FILE  write the catalog to FILE (default: standard\n"
           "                     output); with --tree, the folder of the\n"
           "                     catalogs\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --tree         EN_DIR and KO_DIR are folders: one catalog\n"
           "                     per page, PAGE.po under DIR\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -h, --help         display this help and exit\n"), stdout);
  putchar ('\n');
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Exit status is 0 when the catalogs were written, and 2 if there\n"
           "was trouble.\n"), stdout);
}

static void
print_pot_help (void)
{
  /* TRANSLATORS: --help output, no-wrap.  %1$s is "twindoc".  */
  printf (_("Usage: %1$s pot [OPTION]... EN_FILE\n"), PROGRAM_NAME);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Write the gettext template (POT) of an English page: the\n"
           "entries of 'po' with empty translations.  Update a catalog with\n"
           "it by msgmerge.\n"), stdout);
  putchar ('\n');
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Options:\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -o, --output=FILE  write the template to FILE (default: standard\n"
           "                     output)\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -h, --help         display this help and exit\n"), stdout);
  putchar ('\n');
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Exit status is 0, or 2 if there was trouble.\n"), stdout);
}

static void
print_apply_help (void)
{
  /* TRANSLATORS: --help output, no-wrap.  %1$s is "twindoc".  */
  printf (_("Usage: %1$s apply [OPTION]... EN_FILE PO_FILE\n"), PROGRAM_NAME);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Write the Korean page made from the English page EN_FILE and the\n"
           "catalog PO_FILE: the English text with each translated segment\n"
           "in its place, so that structure, code, anchors, imports and\n"
           "components stay the English ones.  Untranslated and fuzzy\n"
           "segments, and translations that change the form of their\n"
           "block, stay English and are listed.  Translations that lost\n"
           "inline code, a placeholder or a link are written and reported\n"
           "as errors.  For a bilingual EN_FILE, the whole file is written\n"
           "with its Korean part rebuilt.\n"), stdout);
  putchar ('\n');
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Options:\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -o, --output=FILE          write the page to FILE, atomically\n"
           "                             (default: standard output)\n"),
         stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("      --allow-untranslated   exit 0 even when segments stay\n"
           "                             untranslated or fuzzy\n"), stdout);
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("  -h, --help                 display this help and exit\n"),
         stdout);
  putchar ('\n');
  /* TRANSLATORS: --help output, no-wrap.  */
  fputs (_("Exit status is 0 when every segment was translated, 1 when some\n"
           "stayed English (untranslated or fuzzy ones are allowed by\n"
           "--allow-untranslated, broken translations never), and 2 if\n"
           "there was trouble.\n"), stdout);
}

/* ---- output --------------------------------------------------------- */

/* Creates the folders above PATH; returns 0 or -1 with errno set.  */
static int
make_parents (const char *path)
{
  char *dir = td_path_folder (path);
  int status = 0;
  for (char *p = dir + 1; *p && status == 0; p++)
    if (*p == '/')
      {
        *p = '\0';
        if (mkdir (dir, 0777) != 0 && errno != EEXIST)
          status = -1;
        *p = '/';
      }
  if (status == 0 && mkdir (dir, 0777) != 0 && errno != EEXIST)
    status = -1;
  free (dir);
  return status;
}

/* Writes DATA (LEN bytes) to PATH atomically, or to standard output when
   PATH is NULL or "-".  Returns 0, or an exit status after a message.  */
static int
put_output (const char *path, const char *data, size_t len)
{
  if (!path || STREQ (path, "-"))
    {
      if (fwrite (data, 1, len, stdout) != len)
        return cmd_write_error (errno);
      return 0;
    }
  char *error = NULL;
  if (td_write_atomic (path, data, len, &error) != 0)
    {
      cmd_error ("%s: %s", path, error ? error : "");
      free (error);
      return TD_EXIT_TROUBLE;
    }
  return 0;
}

/* Prints the notes of a catalog or of apply to stderr; PO_FILE names the
   catalog in notes about its entries.  Adds the segments kept in English
   to *UNTRANSLATED (untranslated or fuzzy) and *BROKEN (refused
   translations, and those written although they lost something).  */
static void
print_notes (const struct td_po_notes *notes, const char *po_file,
             size_t *untranslated, size_t *broken)
{
  fflush (stdout);
  for (size_t i = 0; i < notes->n; i++)
    {
      const struct td_po_note *n = &notes->v[i];
      const char *file = n->file ? n->file : po_file;
      switch (n->kind)
        {
        case TD_NOTE_MISSING:
          /* TRANSLATORS: po: %1$s:%2$d is a file and line, %3$s the
             start of the English text.  */
          fprintf (stderr, _("%1$s:%2$d: warning: no Korean text pairs "
                             "with this; the entry is left empty: %3$s\n"),
                   file, n->line, n->detail);
          break;
        case TD_NOTE_EXTRA:
          /* TRANSLATORS: po: %1$s:%2$d is a file and line, %3$s the
             start of the Korean text.  */
          fprintf (stderr, _("%1$s:%2$d: warning: Korean text without an "
                             "English counterpart, not in the catalog: "
                             "%3$s\n"),
                   file, n->line, n->detail);
          break;
        case TD_NOTE_ATTACHED:
          /* TRANSLATORS: po: %1$s:%2$d is a file and line, %3$s the
             start of the Korean text.  */
          fprintf (stderr, _("%1$s:%2$d: warning: Korean text without an "
                             "English counterpart, kept as a paragraph of "
                             "the entry next to it: %3$s\n"),
                   file, n->line, n->detail);
          break;
        case TD_NOTE_GUESS:
          /* TRANSLATORS: po: %1$s:%2$d is a file and line, %3$s the
             start of the Korean text.  */
          fprintf (stderr, _("%1$s:%2$d: warning: paired with the English "
                             "by a guess, marked fuzzy: %3$s\n"),
                   file, n->line, n->detail);
          break;
        case TD_NOTE_UNTRANSLATED:
          ++*untranslated;
          /* TRANSLATORS: apply: %1$s:%2$d is a file and line, %3$s the
             English text.  */
          fprintf (stderr, _("%1$s:%2$d: untranslated, left in English: "
                             "%3$s\n"),
                   file, n->line, n->detail);
          break;
        case TD_NOTE_FUZZY:
          ++*untranslated;
          /* TRANSLATORS: apply: %1$s:%2$d is a file and line, %3$s the
             English text.  */
          fprintf (stderr, _("%1$s:%2$d: fuzzy, left in English: %3$s\n"),
                   file, n->line, n->detail);
          break;
        case TD_NOTE_BROKEN:
          ++*broken;
          /* TRANSLATORS: apply: %1$s:%2$d is a file and line, %3$s what
             the translation lost: an inline code span in backquotes, a
             {PLACEHOLDER}, or a link destination in parentheses.  */
          fprintf (stderr, _("%1$s:%2$d: error: the translation lost %3$s; "
                             "left in English\n"),
                   file, n->line, n->detail);
          break;
        case TD_NOTE_LOST:
          ++*broken;
          /* TRANSLATORS: apply: %1$s:%2$d is a file and line, %3$s what
             the translation lost: an inline code span in backquotes, a
             {PLACEHOLDER}, or a link destination in parentheses.  The
             translation is written all the same.  */
          fprintf (stderr, _("%1$s:%2$d: error: the translation lost %3$s; "
                             "written as translated\n"),
                   file, n->line, n->detail);
          break;
        case TD_NOTE_QUOTE:
          ++*broken;
          /* TRANSLATORS: apply: %1$s:%2$d is a file and line, %3$s a
             quote or bracket character that would end the alt text or
             the admonition title the translation stands in.  */
          fprintf (stderr, _("%1$s:%2$d: error: the translation holds %3$s, "
                             "which would end its alt text or title; left "
                             "in English\n"),
                   file, n->line, n->detail);
          break;
        case TD_NOTE_UNUSED:
          /* TRANSLATORS: apply: %1$s is the catalog, %2$s the entry's
             English text.  */
          fprintf (stderr, _("%1$s: warning: no segment of the page has "
                             "this entry: %2$s\n"),
                   file, n->detail);
          break;
        }
    }
}

/* ---- po and pot ----------------------------------------------------- */

/* Writes the catalog (or the template) of PATH (and KO_PATH, or NULL) to
   OUTPUT (NULL: standard output).  Returns an exit status.  */
static int
one_catalog (const char *path, const char *ko_path, bool template,
             const char *output)
{
  struct td_page pg;
  const char *error_path;
  char *error = NULL;
  if (td_page_load (&pg, path, ko_path, 0, &error_path, &error) != 0)
    {
      cmd_error ("%s: %s", cmd_file_name (error_path), error ? error : "");
      free (error);
      return TD_EXIT_TROUBLE;
    }
  if (!template && !pg.has_ko)
    {
      cmd_error ("%s: %s", cmd_file_name (path),
                 _("no Korean part found: a bilingual file needs a "
                   "'---' line followed by the Korean text"));
      td_page_free (&pg);
      return TD_EXIT_TROUBLE;
    }
  struct td_po po = { 0 };
  struct td_po_notes notes = { 0 };
  td_po_build (&pg, template, &po, &notes);
  const char *name = ko_path ? ko_path : path;
  char *text = td_po_write (&po, cmd_file_name (name), template);
  size_t u = 0, b = 0;
  print_notes (&notes, NULL, &u, &b);
  int status = put_output (output, text, strlen (text));
  free (text);
  td_po_free (&po);
  td_po_notes_free (&notes);
  td_page_free (&pg);
  return status;
}

/* REL with its extension replaced by ".po".  */
static char *
po_name (const char *rel)
{
  const char *dot = strrchr (rel, '.');
  const char *slash = strrchr (rel, '/');
  size_t n = dot && (!slash || dot > slash) ? (size_t) (dot - rel)
                                            : strlen (rel);
  return xasprintf ("%.*s.po", (int) n, rel);
}

/* po --tree: a catalog per page of EN_DIR under OUT_DIR.  */
static int
tree_catalogs (const char *en_dir, const char *ko_dir, const char *out_dir)
{
  struct td_tree tree;
  char *error = NULL;
  if (td_tree_scan (en_dir, ko_dir, NULL, &tree, &error) != 0)
    {
      cmd_error ("%s", error);
      free (error);
      return TD_EXIT_TROUBLE;
    }
  int status = TD_EXIT_OK;
  for (size_t i = 0; i < tree.ntrouble; i++)
    {
      cmd_error ("%s", tree.trouble[i]);
      status = TD_EXIT_TROUBLE;
    }
  for (size_t i = 0; i < tree.n; i++)
    {
      const struct td_tree_entry *e = &tree.pages[i];
      if (!e->en)
        continue;
      char *en = td_tree_join (en_dir, e->rel);
      char *ko = e->ko ? td_tree_join (ko_dir, e->rel) : NULL;
      char *name = po_name (e->rel);
      char *out = td_tree_join (out_dir, name);
      int st;
      if (make_parents (out) != 0)
        {
          cmd_error ("%s: %s", out, strerror (errno));
          st = TD_EXIT_TROUBLE;
        }
      else
        /* A page without its Korean page gets the template.  */
        st = one_catalog (en, ko, ko == NULL, out);
      if (st > status)
        status = st;
      free (en);
      free (ko);
      free (name);
      free (out);
    }
  td_tree_free (&tree);
  return status;
}

/* The options of po and pot.  */
static int
catalog_command (const char *command, bool template, int argc, char **argv)
{
  static const struct option po_longopts[] = {
    { "output", required_argument, NULL, 'o' },
    { "tree", no_argument, NULL, 't' },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 }
  };
  /* pot: the same without --tree.  */
  const struct option *longopts = po_longopts;
  static const struct option pot_longopts[] = {
    { "output", required_argument, NULL, 'o' },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 }
  };
  if (template)
    longopts = pot_longopts;
  const char *output = NULL;
  bool tree = false;
  int c;
  while ((c = getopt_long (argc, argv, "o:h", longopts, NULL)) != -1)
    switch (c)
      {
      case 'o':
        output = optarg;
        break;
      case 't':
        tree = true;
        break;
      case 'h':
        if (template)
          print_pot_help ();
        else
          print_po_help ();
        return TD_EXIT_OK;
      default:
        return cmd_bad_option (command, argv, longopts);
      }
  int nfiles = argc - optind;
  int most = template ? 1 : 2;
  if (nfiles < 1)
    return cmd_usage_error (command, "%s", _("missing file operand"));
  if (nfiles > most)
    return cmd_usage_error (command, _("extra operand '%s'"),
                            argv[optind + most]);
  if (tree)
    {
      if (nfiles != 2)
        return cmd_usage_error (command, "%s",
                                _("--tree needs two folders: EN_DIR KO_DIR"));
      if (!output || STREQ (output, "-"))
        return cmd_usage_error (command, "%s",
                                _("--tree needs -o DIR, the folder of the "
                                  "catalogs"));
      return tree_catalogs (argv[optind], argv[optind + 1], output);
    }
  return one_catalog (argv[optind], nfiles == 2 ? argv[optind + 1] : NULL,
                      template, output);
}

int
cmd_po (int argc, char **argv)
{
  return catalog_command ("po", false, argc, argv);
}

int
cmd_pot (int argc, char **argv)
{
  return catalog_command ("pot", true, argc, argv);
}

/* ---- apply ---------------------------------------------------------- */

int
cmd_apply (int argc, char **argv)
{
  static const struct option longopts[] = {
    { "output", required_argument, NULL, 'o' },
    { "allow-untranslated", no_argument, NULL, 'a' },
    { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 }
  };
  const char *output = NULL;
  bool allow = false;
  int c;
  while ((c = getopt_long (argc, argv, "o:h", longopts, NULL)) != -1)
    switch (c)
      {
      case 'o':
        output = optarg;
        break;
      case 'a':
        allow = true;
        break;
      case 'h':
        print_apply_help ();
        return TD_EXIT_OK;
      default:
        return cmd_bad_option ("apply", argv, longopts);
      }
  int nfiles = argc - optind;
  if (nfiles < 1)
    return cmd_usage_error ("apply", "%s", _("missing file operand"));
  if (nfiles < 2)
    return cmd_usage_error ("apply", _("missing catalog operand after '%s'"),
                            argv[optind]);
  if (nfiles > 2)
    return cmd_usage_error ("apply", _("extra operand '%s'"),
                            argv[optind + 2]);
  const char *en_path = argv[optind], *po_path = argv[optind + 1];

  char *error = NULL;
  struct td_source *posrc = td_source_read (po_path, 0, &error);
  if (!posrc)
    {
      cmd_error ("%s: %s", cmd_file_name (po_path), error ? error : "");
      free (error);
      return TD_EXIT_TROUBLE;
    }
  struct td_po po = { 0 };
  int line = 0;
  if (td_po_read (posrc->data, posrc->len, &po, &line, &error) != 0)
    {
      cmd_error ("%s:%d: %s", cmd_file_name (po_path), line, error);
      free (error);
      td_po_free (&po);
      td_source_free (posrc);
      return TD_EXIT_TROUBLE;
    }
  td_source_free (posrc);

  struct td_page pg;
  const char *error_path;
  if (td_page_load (&pg, en_path, NULL, 0, &error_path, &error) != 0)
    {
      cmd_error ("%s: %s", cmd_file_name (error_path), error ? error : "");
      free (error);
      td_po_free (&po);
      return TD_EXIT_TROUBLE;
    }
  struct td_po_notes notes = { 0 };
  size_t len;
  char *text = td_po_apply (&pg, &po, &len, &notes);
  size_t untranslated = 0, broken = 0;
  print_notes (&notes, cmd_file_name (po_path), &untranslated, &broken);
  int status = put_output (output, text, len);
  if (status == 0 && (broken > 0 || (untranslated > 0 && !allow)))
    status = TD_EXIT_FINDINGS;
  free (text);
  td_po_notes_free (&notes);
  td_page_free (&pg);
  td_po_free (&po);
  return status;
}
