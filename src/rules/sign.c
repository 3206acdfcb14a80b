/* sign.c: block signatures as the project's policies compare the two
   languages (see sign.h).  */
#include <config.h>
#include "util/system.h"
#include "rules/sign.h"

#include "util/buf.h"
#include "rules/config_file.h"
#include "util/hash.h"
#include "rules/normalize.h"
#include "util/xalloc.h"

/* Trims trailing white space of each line and common indentation.  */
static char *
dedent (const char *s)
{
  size_t n = strlen (s);
  size_t common = SIZE_MAX;
  for (size_t i = 0; i < n;)
    {
      size_t e = i;
      while (e < n && s[e] != '\n')
        e++;
      size_t k = i;
      while (k < e && (s[k] == ' ' || s[k] == '\t'))
        k++;
      if (k < e && k - i < common)
        common = k - i;
      i = e + 1;
    }
  if (common == SIZE_MAX)
    common = 0;
  struct td_buf out = TD_BUF_INIT;
  for (size_t i = 0; i < n;)
    {
      size_t e = i;
      while (e < n && s[e] != '\n')
        e++;
      size_t start = i + common <= e ? i + common : e;
      size_t end = e;
      while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\t'
                             || s[end - 1] == '\r'))
        end--;
      td_buf_put (&out, s + start, end - start);
      td_buf_putc (&out, '\n');
      i = e + 1;
    }
  /* Drop trailing empty lines.  */
  while (out.len >= 2 && out.data[out.len - 1] == '\n'
         && out.data[out.len - 2] == '\n')
    out.data[--out.len] = '\0';
  return td_buf_detach (&out);
}

void
td_sign (struct td_doc *doc, size_t first, size_t last,
             const struct td_config *cfg, bool korean)
{
  if (last > doc->nblocks)
    last = doc->nblocks;
  /* Every block's own part in one forward pass; containers then fold in
     their descendants in a backward pass.  */
  for (size_t i = first; i < last; i++)
    {
      struct td_block *blk = &doc->blocks[i];
      uint64_t c = td_hash_int (td_hash_int (TD_HASH_INIT, blk->kind), blk->depth);
      if (blk->kind == TD_BLK_IMPORT)
        c = td_hash_int (TD_HASH_INIT, blk->kind);
      uint64_t f = td_hash_int (TD_HASH_INIT, blk->kind);
      const struct td_item *items = td_block_items (doc, blk);
      switch (blk->kind)
        {
        case TD_BLK_HEADING:
          f = td_hash_int (f, blk->level);
          f = td_hash_str (f, blk->anchor ? blk->anchor : "");
          break;
        case TD_BLK_CODE:
          {
            /* The code as the project's policy compares it.  */
            char *code = NULL;
            if (cfg && cfg->code_blocks == TD_CODE_IGNORE_COMMENTS)
              code = td_code_strip (blk->text, blk->info);
            else if (cfg && cfg->code_blocks == TD_CODE_IGNORE_WHITESPACE)
              code = td_code_squeeze (blk->text);
            char *d = dedent (code ? code : blk->text);
            f = td_hash_str (td_hash_str (f, blk->info), d);
            free (d);
            free (code);
          }
          break;
        case TD_BLK_IMPORT:
          {
            char *t = td_normalize_import (cfg, blk->text);
            f = td_hash_str (f, t);
            free (t);
          }
          break;
        case TD_BLK_ADMONITION:
          f = td_hash_str (f, blk->text);
          break;
        case TD_BLK_TABLE:
          f = td_hash_int (td_hash_int (f, blk->count), blk->columns);
          break;
        case TD_BLK_LIST:
          f = td_hash_int (td_hash_int (f, blk->level), blk->start);
          break;
        case TD_BLK_PARAGRAPH:
        case TD_BLK_HTML:
        case TD_BLK_ITEM:
        case TD_BLK_QUOTE:
        case TD_BLK_BREAK:
        case TD_BLK__COUNT:
        default:
          break;
        }
      if (blk->kind != TD_BLK_CODE)
        for (size_t k = 0; k < blk->nitems; k++)
          {
            const struct td_item *it = &items[k];
            if (it->kind == TD_ITEM_DELIM || it->kind == TD_ITEM_ALT
                || it->kind == TD_ITEM_TEXTATTR)
              continue;
            f = td_hash_int (f, it->kind);
            if (it->kind == TD_ITEM_LINK)
              {
                /* Links as the project's policy compares them.  */
                char *k1 = td_normalize_link (cfg, it->text, korean);
                if (cfg && cfg->anchors == TD_ANCHORS_TRANSLATED_SLUGS)
                  {
                    char *k2 = td_link_without_fragment (k1);
                    free (k1);
                    k1 = k2;
                  }
                f = td_hash_str (f, k1);
                free (k1);
              }
            else
              f = td_hash_str (f, it->text);
          }
      blk->sig_coarse = c;
      blk->sig_content = f;
      blk->sig_fine = td_hash_int (f, blk->depth);
    }
  /* A heading without an anchor is known by its section: fold in what the
     section's blocks keep, so that sections pair up (or are recognised
     when they move) even where the translation made its own slugs.  */
  for (size_t i = first; i < last; i++)
    {
      struct td_block *h = &doc->blocks[i];
      if (h->kind != TD_BLK_HEADING)
        continue;
      h->keyed = h->anchor != NULL || h->nitems > 0;
      if (h->anchor)
        continue;
      uint64_t sec = TD_HASH_INIT;
      bool any = false;
      for (size_t k = i + 1; k < last; k++)
        {
          const struct td_block *b = &doc->blocks[k];
          if (b->kind == TD_BLK_HEADING && b->level <= h->level)
            break;
          /* Only what translators leave alone even where a project
             localises links or code comments.  */
          const struct td_item *it = td_block_items (doc, b);
          for (size_t n = 0; n < b->nitems; n++)
            if (it[n].kind == TD_ITEM_CODE || it[n].kind == TD_ITEM_PLACEHOLDER
                || it[n].kind == TD_ITEM_COMPONENT
                || it[n].kind == TD_ITEM_MACRO
                || it[n].kind == TD_ITEM_IMAGE)
              {
                sec = td_hash_str (td_hash_int (sec, it[n].kind), it[n].text);
                any = true;
              }
        }
      if (any)
        {
          h->keyed = true;
          h->sig_content = td_hash_int (h->sig_content, (long) sec);
          h->sig_fine = td_hash_int (h->sig_fine, (long) sec);
        }
    }
  for (size_t i = last; i-- > first;)
    {
      struct td_block *blk = &doc->blocks[i];
      if (blk->parent >= (long) first)
        {
          struct td_block *p = &doc->blocks[blk->parent];
          p->sig_fine = td_hash_int (p->sig_fine, (long) blk->sig_fine);
          p->sig_content = td_hash_int (p->sig_content, (long) blk->sig_content);
        }
    }
}

