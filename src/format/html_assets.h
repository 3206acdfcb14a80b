/* html_assets.h: the style sheet and the script that the review page
   (fmt_html.c) writes inline: no file, font or address outside the
   page.  Neither holds text for the reader; the page's own words come
   from the message catalog.  */
#ifndef TD_HTML_ASSETS_H
#define TD_HTML_ASSETS_H

/* The CSS of the page.  */
extern const char td_html_css[];

/* The script of the page: the rule and severity filters (checkboxes
   with data-sev and data-rule), the next/previous finding keys (j or n,
   k or p, and the buttons #next and #prev, with the position in #pos)
   and the highlighting of a sentence's counterpart on hover.  */
extern const char td_html_js[];

#endif
