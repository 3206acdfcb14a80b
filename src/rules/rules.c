/* rules.c: the rule table.  */
#include <config.h>
#include "util/system.h"
#include "rules/rules.h"

#include "util/suggest.h"
#include "util/xalloc.h"

const struct td_rule td_rules[TD_R__COUNT] = {
  [TD_R_STRUCTURE] = { "structure", TD_SEV_ERROR,
    N_("a block is missing, extra or out of order"),
    N_("Aligns the blocks of both languages and reports each English block "
       "without a Korean counterpart, each Korean block without an English "
       "one, and blocks that moved.") },
  [TD_R_HEADING] = { "heading", TD_SEV_ERROR,
    N_("heading levels differ"),
    N_("Reports a heading whose level differs from its counterpart's.") },
  [TD_R_ANCHOR] = { "anchor", TD_SEV_ERROR,
    N_("heading anchors differ"),
    N_("Compares explicit heading ids ({#id}, \\{#id\\} or {/* #id */}); a "
       "missing or changed id breaks links to the section.") },
  [TD_R_CODE_BLOCK] = { "code-block", TD_SEV_ERROR,
    N_("code block contents differ"),
    N_("Compares each code block with its counterpart after removing common "
       "indentation, trailing white space and the comments of the languages "
       "twindoc knows, and shows the first lines that differ; a block that "
       "differs only in Korean text of strings or HTML elements is a "
       "warning.") },
  [TD_R_CODE_LANG] = { "code-lang", TD_SEV_WARNING,
    N_("code block languages differ"),
    N_("Compares the language of the info string of each code block.") },
  [TD_R_LIST] = { "list", TD_SEV_ERROR,
    N_("list items or list types differ"),
    N_("Reports list items missing or added, and ordered lists that became "
       "bullet lists or the reverse.") },
  [TD_R_TABLE] = { "table", TD_SEV_ERROR,
    N_("table rows or columns differ"),
    N_("Compares the number of rows and columns of each pipe table.") },
  [TD_R_ADMONITION] = { "admonition", TD_SEV_ERROR,
    N_("admonitions differ"),
    N_("Compares Docusaurus admonitions (:::note ... :::): their presence "
       "and their type.") },
  [TD_R_MDX_COMPONENT] = { "mdx-component", TD_SEV_ERROR,
    N_("MDX components or their attributes differ"),
    N_("Compares JSX components and their non-text attributes; text "
       "attributes such as alt and title may be translated.") },
  [TD_R_SHORTCODE] = { "shortcode", TD_SEV_ERROR,
    N_("shortcodes or macros differ"),
    N_("Compares the template syntax of each block: Hugo shortcodes "
       "({{< name >}}, {{% name %}}), macro calls ({{name(\"arg\")}}, as "
       "on MDN) and template expressions ({{ name }}).  Their names and "
       "identifying arguments must stay; the arguments a reader sees "
       "(text=, title=, a macro's display text) may be translated.") },
  [TD_R_IMAGE] = { "image", TD_SEV_ERROR,
    N_("images differ"),
    N_("Compares image sources: Markdown images, <img src> and the img "
       "expression of JSX image components.") },
  [TD_R_LINK] = { "link", TD_SEV_ERROR,
    N_("link destinations differ"),
    N_("Compares the destinations of the links of each block.") },
  [TD_R_INLINE_CODE] = { "inline-code", TD_SEV_ERROR,
    N_("inline code differs"),
    N_("Compares the code spans of each block: code is not translated.") },
  [TD_R_PLACEHOLDER] = { "placeholder", TD_SEV_ERROR,
    N_("placeholders differ"),
    N_("Compares the placeholders ({NAME}) of each block outside code "
       "blocks; code blocks are compared as a whole.") },
  [TD_R_NUMBER] = { "number", TD_SEV_WARNING,
    N_("numbers differ"),
    N_("Compares the numbers in the prose of each block.") },
  [TD_R_EMPHASIS] = { "emphasis", TD_SEV_WARNING,
    N_("emphasis differs or is not rendered"),
    N_("Compares strong and emphasis spans, and reports '**' that CommonMark "
       "leaves as literal text, as happens when a closing '**' follows "
       "punctuation and a Korean particle follows it.") },
  [TD_R_FRONT_MATTER] = { "front-matter", TD_SEV_ERROR,
    N_("front matter differs or is malformed"),
    N_("Reports front matter keys present in one file only, a slug or id "
       "that differs, and front matter that cannot be read.") },
  [TD_R_UNTRANSLATED] = { "untranslated", TD_SEV_WARNING,
    N_("English text left in the Korean page"),
    N_("Reports Korean-side paragraphs and headings that are English prose "
       "once code, links and product names are set aside.") },
  [TD_R_SENTENCE_MISSING] = { "sentence-missing", TD_SEV_WARNING,
    N_("an English sentence has no Korean counterpart"),
    N_("Splits paired paragraphs into sentences on both sides, aligns the "
       "sentences by length and by the names, numbers and code they keep, "
       "and reports an English sentence that no Korean sentence "
       "translates.  Two English sentences joined in one Korean sentence, "
       "or one split in two, are not reported.") },
  [TD_R_SENTENCE_EXTRA] = { "sentence-extra", TD_SEV_NOTE,
    N_("a Korean sentence has no English counterpart"),
    N_("Reports a sentence of a paired Korean paragraph that no English "
       "sentence accounts for: text the English page does not have, or "
       "has lost.") },
  [TD_R_SOURCE_COPY] = { "source-copy", TD_SEV_ERROR,
    N_("the Korean file holds a copy of the English page"),
    N_("Reports a Korean file that starts with the English page followed "
       "by '---' and the translation; the rest of the file is checked.") },
  [TD_R_ENCODING] = { "encoding", TD_SEV_ERROR,
    N_("the file is not clean UTF-8"),
    N_("Reports invalid UTF-8, NUL bytes and byte order marks at their "
       "line and column; the rest of the file is still checked.") },
  [TD_R_ORPHAN] = { "orphan", TD_SEV_ERROR,
    N_("a Korean page has no English source"),
    N_("With --tree: reports a Korean page whose relative path has no "
       "English page; it was renamed, moved or deleted in English.") },
  [TD_R_MISSING_TRANSLATION] = { "missing-translation", TD_SEV_NOTE,
    N_("an English page has no Korean translation"),
    N_("With --tree: reports an English page without a Korean page at the "
       "same relative path.  --list-missing lists them.") },
  [TD_R_CONVENTION] = { "convention", TD_SEV_NOTE,
    N_("a difference most pairs share is a convention of the repository"),
    N_("With --tree: finds the differences that most pairs share in the "
       "same way (a prefix every Korean link adds, a front matter key "
       "every Korean page leaves out or adds), reports each once, with "
       "the share of pairs that follow it and how to pin it in "
       ".twindoc.json, and drops the findings it explains.  A finding of "
       "the same place that breaks it is still reported.  --no-learn, or "
       "this rule off, turns the learning off.") },
  [TD_R_STALE] = { "stale", TD_SEV_WARNING,
    N_("a difference that an English change since the translation explains"),
    N_("With --stale (or \"stale\": true in the configuration): finds the "
       "English revision the Korean page was translated from, as twindoc "
       "status does (the front matter key, twindoc.lock, git history), "
       "and reports a difference between the two pages under this rule "
       "instead of its own when it stands in a block that the English "
       "changed, added or removed since; a difference in a block the "
       "English did not change keeps its rule.  Off, or without --stale, "
       "every difference keeps its own rule.") },
  [TD_R_UNUSED_SUPPRESSION] = { "unused-suppression", TD_SEV_NOTE,
    N_("a suppression comment suppresses nothing"),
    N_("Reports a twindoc-disable comment that matched no finding, or that "
       "names an unknown rule.") },
  [TD_R_JSON_SYNTAX] = { "json-syntax", TD_SEV_ERROR,
    N_("a JSON code block does not parse"),
    N_("Reports a code block whose info string is json or jsonc and whose "
       "text is neither JSON nor JSONC (JSON with comments and trailing "
       "commas; IAM policies stay strict JSON), at the line and column of "
       "the error.") },
  [TD_R_JSON_MISMATCH] = { "json-mismatch", TD_SEV_ERROR,
    N_("JSON blocks differ as JSON"),
    N_("Compares the JSON blocks of both languages as JSON (white space and "
       "key order do not matter) and names the path and both values of each "
       "difference.") },
  [TD_R_PLACEHOLDER_UNDOCUMENTED] = { "placeholder-undocumented",
    TD_SEV_WARNING,
    N_("a placeholder of a policy is explained nowhere"),
    N_("Reports a {NAME} used in a JSON policy that the guide explains in "
       "neither language (no \"Replace the following placeholders\" list "
       "entry and no introducing sentence).") },
  [TD_R_PLACEHOLDER_UNUSED] = { "placeholder-unused", TD_SEV_WARNING,
    N_("an explained placeholder is used nowhere"),
    N_("Reports a placeholder that the guide explains but that no code "
       "block uses.") },
  [TD_R_IAM_SHAPE] = { "iam-shape", TD_SEV_ERROR,
    N_("an IAM policy is not shaped as IAM expects"),
    N_("Statement, Effect (Allow or Deny), the required and forbidden "
       "elements of each statement, unknown keys.") },
  [TD_R_IAM_VERSION] = { "iam-version", TD_SEV_WARNING,
    N_("an IAM policy's Version is missing or not 2012-10-17"),
    N_("Without Version 2012-10-17, policy variables are taken literally.") },
  [TD_R_IAM_ACTION] = { "iam-action", TD_SEV_WARNING,
    N_("an IAM action is malformed or unknown"),
    N_("Checks the syntax of each action and that it exists in the service "
       "data (generated from cfn-lint's Policies.json); an unknown service "
       "is a note.") },
  [TD_R_IAM_ARN] = { "iam-arn", TD_SEV_ERROR,
    N_("an ARN is malformed or does not fit its service"),
    N_("Checks ARN syntax and the ARN formats of the service, with the "
       "placeholders stood in by typed sample values.") },
  [TD_R_IAM_RESOURCE_TYPE] = { "iam-resource-type", TD_SEV_WARNING,
    N_("an action is granted on resources it does not apply to"),
    N_("Each action must apply to at least one resource of its statement "
       "(any of the action's resource types); actions without resource "
       "types need \"*\".") },
  [TD_R_IAM_RESOURCE_STAR] = { "iam-resource-star", TD_SEV_WARNING,
    N_("Resource \"*\" for actions that support resource-level permissions"),
    N_("Reports \"*\" where the actions of the statement could be limited "
       "to named resources.") },
  [TD_R_IAM_DUPLICATE] = { "iam-duplicate", TD_SEV_WARNING,
    N_("an action, resource or Sid appears twice"),
    N_("Reports repeated actions and resources in a statement and repeated "
       "Sids in a policy.") },
  [TD_R_IAM_PRINCIPAL] = { "iam-principal", TD_SEV_ERROR,
    N_("a Principal is not of a form IAM accepts"),
    N_("Checks Principal values: \"*\", AWS account IDs and ARNs, service "
       "names, federated providers.") },
  [TD_R_IAM_TRUST] = { "iam-trust", TD_SEV_ERROR,
    N_("a role trust policy breaks the trust-policy rules"),
    N_("A trust policy has no Resource, and only sts: actions that fit its "
       "principal (AssumeRole for AWS and Service principals, "
       "AssumeRoleWithWebIdentity and AssumeRoleWithSAML for federated "
       "ones).") },
  [TD_R_KO_PARTICLE] = { "ko-particle", TD_SEV_WARNING,
    N_("a Korean particle does not agree with the word before it"),
    N_("Checks 을/를, 이/가, 은/는, 과/와, (으)로, (이)나 and (이)라 after "
       "code, placeholders, Latin words, acronyms and digits, by how the "
       "word is read (ARN을, ID를, 3으로); English words whose reading is "
       "unsure are left alone, and particle_words in the configuration "
       "tells how more words read.") },
  [TD_R_KO_PARTICLE_HEDGED] = { "ko-particle-hedged", TD_SEV_WARNING,
    N_("a hedged particle such as 을 (를) where one form is right"),
    N_("Reports 을 (를), 이(가) and similar: the single right particle when "
       "the word decides it (a certain fix), otherwise the style-guide form "
       "without a space, 을(를).") },
  [TD_R_KO_SPACING] = { "ko-spacing", TD_SEV_WARNING,
    N_("Korean spacing: before a particle, a colon or punctuation"),
    N_("Reports a space before a particle, a colon or punctuation, a "
       "missing space after a colon, spaces around a middle dot and "
       "doubled spaces in prose.") },
  [TD_R_KO_PAREN_SPACING] = { "ko-paren-spacing", TD_SEV_OFF,
    N_("a space before an annotating parenthesis"),
    N_("Reports a space between a word and the parenthesis that annotates "
       "it (지역 (예: 서울)), where a house style attaches the parenthesis "
       "to the word.  Korean spelling rules do not settle it, so the rule "
       "is off unless --severity=ko-paren-spacing=warning or the "
       "configuration's rules turn it on.") },
  [TD_R_KO_PUNCTUATION] = { "ko-punctuation", TD_SEV_WARNING,
    N_("punctuation not used in Korean, or a heading ending in a period"),
    N_("Reports 。 and 、, which Korean horizontal writing does not use, "
       "and a heading that ends in a period.") },
  [TD_R_KO_COLON] = { "ko-colon", TD_SEV_OFF,
    N_("a finished Korean sentence ends with a colon"),
    N_("Reports a colon after a sentence-final ending (합니다:, 하세요:) "
       "where a house style ends the sentence with a period.  Korean "
       "punctuation rules allow the colon, so the rule is off unless "
       "--severity=ko-colon=warning or the configuration's rules turn it "
       "on.") },
  [TD_R_KO_UNICODE] = { "ko-unicode", TD_SEV_WARNING,
    N_("decomposed Hangul, stray jamo, invisible or full-width characters"),
    N_("Reports decomposed (NFD) Hangul as pasted from macOS, compatibility "
       "jamo inside words, zero-width and filler characters, and "
       "full-width ASCII; composing Hangul and narrowing full-width "
       "characters are certain fixes.") },
  [TD_R_KO_TERMINOLOGY] = { "ko-terminology", TD_SEV_WARNING,
    N_("an English term is not rendered with its required Korean term"),
    N_("Checks aligned blocks against a glossary of English terms and their "
       "Korean renderings (the configuration's glossary, or a built-in one "
       "for AWS IAM terms: assume role = 역할 수임, region = 리전 ...).") },
};

int
td_rule_find (const char *id)
{
  for (int i = 0; i < TD_R__COUNT; i++)
    if (STREQ (td_rules[i].id, id))
      return i;
  return -1;
}

const char *
td_rule_suggest (const char *id)
{
  struct td_suggest near;
  td_suggest_init (&near, id);
  for (int i = 0; i < TD_R__COUNT; i++)
    td_suggest_add (&near, td_rules[i].id);
  return near.best;
}

char *
td_rule_link (int rule)
{
  /* TRANSLATORS: the page of the guide that documents the rules, in the
     language of the messages: docs/ko/rules.md in Korean.  Its sections
     have the same anchors (the rule ids) in both languages.  */
  return xasprintf ("%s/blob/main/%s#%s", PACKAGE_URL, _("docs/en/rules.md"),
                    td_rules[rule].id);
}
