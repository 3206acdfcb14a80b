/* source.h: one input file: its bytes, its line map and its encoding
   problems.  Every position twindoc reports is a position in the file,
   counted from 1; columns inside the program are byte columns (as cmark
   reports them) and become character columns only when a diagnostic is
   made.  */
#ifndef TD_SOURCE_H
#define TD_SOURCE_H

#include <stdbool.h>
#include <stddef.h>

enum td_enc_kind
{
  TD_ENC_INVALID, /* a byte that does not start or continue valid UTF-8 */
  TD_ENC_NUL,     /* a NUL byte */
  TD_ENC_BOM      /* a byte order mark, U+FEFF (at the start or inside) */
};

struct td_enc_issue
{
  enum td_enc_kind kind;
  size_t offset; /* byte offset in the file */
  size_t len;    /* bytes concerned: 1 for INVALID and NUL, 3 for BOM */
  unsigned char byte; /* the original first byte (before sanitising) */
};

struct td_source
{
  char *path;  /* owned copy of the name used in diagnostics */
  char *data;  /* owned; LEN bytes plus a terminating NUL.  Sanitised for
                  the parser without moving any byte: each invalid byte and
                  each NUL is replaced by '?', and a BOM at offset 0 by
                  three spaces.  */
  size_t len;
  size_t *lines; /* owned; lines[i] is the byte offset where line i + 1
                    starts; a line ends at "\n", "\r\n" or a lone "\r",
                    as in cmark.  A file of N line terminators followed by
                    nothing has N lines; an empty file has 1 (empty) line.  */
  size_t nlines;
  struct td_enc_issue *enc; /* owned; in offset order; consecutive invalid
                               bytes are separate issues, at most 1000
                               are recorded */
  size_t nenc;
  bool bom;      /* the file started with a UTF-8 BOM */
  bool cp949;    /* not UTF-8 but Korean text in CP949 (EUC-KR): see
                    td_looks_cp949 */
};

/* Reads PATH ("-" is standard input) entirely.  Directories are refused;
   FIFOs and other streams are read to their end.  A file larger than
   MAX_BYTES (0: no limit) is refused.  A file starting with a UTF-16 or
   UTF-32 byte order mark is refused (twindoc reads UTF-8 only).
   Returns a new source, or NULL and stores in *ERROR a newly allocated,
   translated reason without the file name (e.g. "Is a directory"); the
   caller frees both.  */
struct td_source *td_source_read (const char *path, size_t max_bytes,
                                  char **error);

/* Builds a source from LEN bytes at DATA (copied), named NAME.  Never
   fails.  */
struct td_source *td_source_from_memory (const char *name, const char *data,
                                         size_t len);

/* Frees SRC; NULL is a no-op.  */
void td_source_free (struct td_source *src);

/* The start of line LINE (1-based) and, in *LEN, its length without the
   line terminator.  LINE out of range gives "" and 0.  */
const char *td_source_line (const struct td_source *src, int line,
                            size_t *len);

/* The 1-based line holding byte OFFSET (OFFSET == len gives the last).  */
int td_source_line_of (const struct td_source *src, size_t offset);

/* Byte offset of LINE (1-based) and BYTECOL (1-based), clamped to the
   line.  */
size_t td_source_offset (const struct td_source *src, int line, int bytecol);

/* The 1-based character column of byte column BYTECOL on LINE: the number
   of characters before it, plus one.  */
int td_source_charcol (const struct td_source *src, int line, int bytecol);

#endif
