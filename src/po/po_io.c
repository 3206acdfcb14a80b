/* po_io.c: writing and reading PO files (the subset twindoc writes and
   gettext's tools write back: comments, flags, msgctxt, msgid, msgstr,
   obsolete entries skipped).  */
#include <config.h>
#include "util/system.h"
#include "po/po.h"

#include "po/po_int.h"
#include "util/buf.h"
#include "util/utf8.h"
#include "util/xalloc.h"

/* The widest line gettext's tools write.  */
enum { PO_WIDTH = 79 };

/* Appends S (N bytes) escaped as in a PO string.  */
static void
escape (struct td_buf *b, const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    switch (s[i])
      {
      case '"':
        td_buf_puts (b, "\\\"");
        break;
      case '\\':
        td_buf_puts (b, "\\\\");
        break;
      case '\n':
        td_buf_puts (b, "\\n");
        break;
      case '\t':
        td_buf_puts (b, "\\t");
        break;
      case '\r':
        td_buf_puts (b, "\\r");
        break;
      default:
        td_buf_putc (b, s[i]);
      }
}

static size_t
width (const char *s, size_t n)
{
  return td_utf8_width (s, n);
}

/* Appends the lines of one escaped piece E, wrapped after blanks so that
   each quoted line fits PO_WIDTH columns.  */
static void
put_wrapped (struct td_buf *b, const char *e)
{
  size_t len = strlen (e), start = 0, w = 0, last_break = 0;
  for (size_t i = 0; i < len;)
    {
      size_t c = 1;
      while (i + c < len && ((unsigned char) e[i + c] & 0xC0) == 0x80)
        c++;
      w += width (e + i, c);
      i += c;
      if (e[i - 1] == ' ')
        last_break = i;
      if (w + 2 > PO_WIDTH && last_break > start)
        {
          td_buf_putc (b, '"');
          td_buf_put (b, e + start, last_break - start);
          td_buf_puts (b, "\"\n");
          start = last_break;
          w = width (e + start, i - start);
        }
    }
  if (start < len)
    {
      td_buf_putc (b, '"');
      td_buf_put (b, e + start, len - start);
      td_buf_puts (b, "\"\n");
    }
}

/* Appends KEYWORD and the string S, on one line when it fits and holds no
   inner line end, else as gettext writes it: "" then one line per
   piece, each line end closing a piece.  */
static void
put_string (struct td_buf *b, const char *keyword, const char *s)
{
  struct td_buf e = TD_BUF_INIT;
  escape (&e, s, strlen (s));
  const char *nl = strchr (s, '\n');
  bool inner = nl && nl[1] != '\0';
  if (!inner && strlen (keyword) + 3
                + width (td_buf_str (&e), e.len) <= PO_WIDTH)
    {
      td_buf_printf (b, "%s \"%s\"\n", keyword, td_buf_str (&e));
      td_buf_free (&e);
      return;
    }
  td_buf_printf (b, "%s \"\"\n", keyword);
  const char *p = s;
  while (*p)
    {
      const char *end = strchr (p, '\n');
      size_t n = end ? (size_t) (end - p) + 1 : strlen (p);
      td_buf_clear (&e);
      escape (&e, p, n);
      put_wrapped (b, td_buf_str (&e));
      p += n;
    }
  td_buf_free (&e);
}

/* Appends the comment lines PREFIX TEXT, one per line of TEXT.  */
static void
put_comment (struct td_buf *b, const char *prefix, const char *text)
{
  while (text && *text)
    {
      size_t n = strcspn (text, "\n");
      td_buf_printf (b, "%s %.*s\n", prefix, (int) n, text);
      text += n;
      if (*text)
        text++;
    }
}

char *
td_po_write (const struct td_po *po, const char *name, bool template)
{
  struct td_buf b = TD_BUF_INIT;
  td_buf_printf (&b, "# %s translation of %s.\n",
                 template ? "Template for the" : "Korean", name);
  td_buf_puts (&b, "# Written by " PACKAGE " " PACKAGE_VERSION ".\n");
  if (template)
    td_buf_puts (&b, "#, fuzzy\n");
  td_buf_puts (&b, "msgid \"\"\n");
  td_buf_puts (&b, "msgstr \"\"\n");
  struct td_buf h = TD_BUF_INIT;
  td_buf_printf (&h, "Project-Id-Version: %s\n", name);
  td_buf_puts (&h, "Report-Msgid-Bugs-To: \n");
  td_buf_printf (&h, "PO-Revision-Date: %s\n",
                 template ? "YEAR-MO-DA HO:MI+ZONE" : "");
  td_buf_printf (&h, "Last-Translator: %s\n",
                 template ? "FULL NAME <EMAIL@ADDRESS>" : "");
  td_buf_puts (&h, "Language-Team: \n");
  td_buf_printf (&h, "Language: %s\n", template ? "" : "ko");
  td_buf_puts (&h, "MIME-Version: 1.0\n");
  td_buf_puts (&h, "Content-Type: text/plain; charset=UTF-8\n");
  td_buf_puts (&h, "Content-Transfer-Encoding: 8bit\n");
  td_buf_puts (&h, "Plural-Forms: nplurals=1; plural=0;\n");
  td_buf_puts (&h, "X-Generator: " PACKAGE " " PACKAGE_VERSION "\n");
  for (const char *p = td_buf_str (&h); *p;)
    {
      size_t n = strcspn (p, "\n") + 1;
      struct td_buf e = TD_BUF_INIT;
      escape (&e, p, n);
      td_buf_printf (&b, "\"%s\"\n", td_buf_str (&e));
      td_buf_free (&e);
      p += n;
    }
  td_buf_free (&h);
  for (size_t i = 0; i < po->n; i++)
    {
      const struct td_po_entry *e = &po->v[i];
      td_buf_putc (&b, '\n');
      put_comment (&b, "#.", e->comment);
      put_comment (&b, "#:", e->refs);
      if (e->fuzzy)
        td_buf_puts (&b, "#, fuzzy\n");
      if (e->ctxt)
        put_string (&b, "msgctxt", e->ctxt);
      put_string (&b, "msgid", e->id);
      put_string (&b, "msgstr", template ? "" : e->str);
    }
  return td_buf_detach (&b);
}

/* ---- reading -------------------------------------------------------- */

/* Appends the quoted string at S (after blanks) unescaped to B; returns
   false when it is not one.  */
static bool
unquote (struct td_buf *b, const char *s, size_t n)
{
  size_t i = 0;
  while (i < n && (s[i] == ' ' || s[i] == '\t'))
    i++;
  if (i >= n || s[i] != '"')
    return false;
  for (i++; i < n && s[i] != '"'; i++)
    {
      if (s[i] != '\\')
        {
          td_buf_putc (b, s[i]);
          continue;
        }
      if (++i >= n)
        return false;
      switch (s[i])
        {
        case 'n':
          td_buf_putc (b, '\n');
          break;
        case 't':
          td_buf_putc (b, '\t');
          break;
        case 'r':
          td_buf_putc (b, '\r');
          break;
        case 'a':
          td_buf_putc (b, '\a');
          break;
        case 'b':
          td_buf_putc (b, '\b');
          break;
        case 'f':
          td_buf_putc (b, '\f');
          break;
        case 'v':
          td_buf_putc (b, '\v');
          break;
        default:
          td_buf_putc (b, s[i]);
        }
    }
  if (i >= n)
    return false;
  for (i++; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t')
      return false;
  return true;
}

enum field { F_NONE, F_CTXT, F_ID, F_STR, F_SKIP };

struct reader
{
  struct td_po *po;
  struct td_buf f[3]; /* ctxt, id, str */
  bool has[3];
  bool fuzzy;   /* the entry being read has the fuzzy flag */
};

/* Ends the entry being read.  */
static void
finish (struct reader *r)
{
  if (r->has[1])
    {
      if (!r->has[0] && r->f[1].len == 0)
        {
          free (r->po->header);
          r->po->header = td_buf_detach (&r->f[2]);
        }
      else
        {
          struct td_po *po = r->po;
          po->v = xgrow (po->v, &po->alloc, po->n + 1, sizeof *po->v);
          struct td_po_entry *e = &po->v[po->n++];
          memset (e, 0, sizeof *e);
          e->ctxt = r->has[0] ? td_buf_detach (&r->f[0]) : NULL;
          e->id = td_buf_detach (&r->f[1]);
          e->str = td_buf_detach (&r->f[2]);
          e->fuzzy = r->fuzzy;
        }
    }
  for (int k = 0; k < 3; k++)
    {
      td_buf_clear (&r->f[k]);
      r->has[k] = false;
    }
  r->fuzzy = false;
}

int
td_po_read (const char *data, size_t len, struct td_po *po, int *error_line,
            char **error)
{
  struct reader r = { 0 };
  r.po = po;
  enum field cur = F_NONE;
  int line = 0;
  int status = 0;
  for (size_t i = 0; i < len && status == 0;)
    {
      size_t e = i;
      while (e < len && data[e] != '\n')
        e++;
      const char *s = data + i;
      size_t n = e - i;
      if (n > 0 && s[n - 1] == '\r')
        n--;
      i = e + 1;
      line++;
      if (line == 1 && n >= 3 && memcmp (s, "\xEF\xBB\xBF", 3) == 0)
        {
          s += 3;
          n -= 3;
        }
      size_t k = 0;
      while (k < n && (s[k] == ' ' || s[k] == '\t'))
        k++;
      if (k == n)
        {
          if (r.has[2])
            finish (&r);
          cur = F_NONE;
          continue;
        }
      if (s[k] == '#')
        {
          if (r.has[2])
            finish (&r);
          cur = F_NONE;
          if (n - k >= 2 && s[k + 1] == ',')
            {
              /* A flag line: "#, fuzzy, c-format".  */
              for (size_t m = k + 2; m + 5 <= n; m++)
                if (memcmp (s + m, "fuzzy", 5) == 0)
                  r.fuzzy = true;
            }
          continue;
        }
      enum field f;
      size_t kw;
      if (n - k >= 8 && memcmp (s + k, "msgctxt", 7) == 0
          && (s[k + 7] == ' ' || s[k + 7] == '"'))
        f = F_CTXT, kw = 7;
      else if (n - k >= 12 && memcmp (s + k, "msgid_plural", 12) == 0)
        f = F_SKIP, kw = 12;
      else if (n - k >= 6 && memcmp (s + k, "msgid", 5) == 0
               && (s[k + 5] == ' ' || s[k + 5] == '"'))
        f = F_ID, kw = 5;
      else if (n - k >= 10 && memcmp (s + k, "msgstr[0]", 9) == 0)
        f = F_STR, kw = 9;
      else if (n - k >= 7 && memcmp (s + k, "msgstr[", 7) == 0)
        {
          f = F_SKIP;
          kw = 7;
          while (k + kw < n && s[k + kw] != ']')
            kw++;
          kw++;
        }
      else if (n - k >= 7 && memcmp (s + k, "msgstr", 6) == 0
               && (s[k + 6] == ' ' || s[k + 6] == '"'))
        f = F_STR, kw = 6;
      else if (s[k] == '"')
        f = F_NONE, kw = 0;
      else
        {
          *error_line = line;
          *error = xstrdup (_("expected a comment, a keyword or a string"));
          status = -1;
          break;
        }
      if (f != F_NONE)
        {
          if ((f == F_CTXT || f == F_ID) && r.has[2])
            finish (&r);
          cur = f;
          if (f != F_SKIP)
            {
              int slot = f == F_CTXT ? 0 : f == F_ID ? 1 : 2;
              if (r.has[slot])
                {
                  *error_line = line;
                  *error = xstrdup (_("keyword repeated in one entry"));
                  status = -1;
                  break;
                }
              r.has[slot] = true;
            }
        }
      else if (cur == F_NONE)
        {
          *error_line = line;
          *error = xstrdup (_("string without a keyword"));
          status = -1;
          break;
        }
      struct td_buf skip = TD_BUF_INIT;
      struct td_buf *to = cur == F_SKIP ? &skip
                          : &r.f[cur == F_CTXT ? 0 : cur == F_ID ? 1 : 2];
      bool ok = unquote (to, s + k + kw, n - k - kw);
      td_buf_free (&skip);
      if (!ok)
        {
          *error_line = line;
          *error = xstrdup (_("invalid string: a '\"' is missing or "
                              "something follows it"));
          status = -1;
        }
    }
  if (status == 0)
    {
      if (r.has[1] && !r.has[2])
        {
          *error_line = line;
          *error = xstrdup (_("the last entry has no msgstr"));
          status = -1;
        }
      else
        finish (&r);
    }
  for (int k = 0; k < 3; k++)
    td_buf_free (&r.f[k]);
  return status;
}
