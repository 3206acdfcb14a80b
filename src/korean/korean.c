/* korean.c: particles, spacing, punctuation and Unicode hygiene of Korean
   text.  See korean.h and docs/korean-rules-data.md.  */
#include <config.h>
#include "util/system.h"
#include "korean/korean.h"
#include "korean/mention.h"

#include "util/utf8.h"
#include "util/xalloc.h"

/* ---------------------------------------------------------------------
   Code points.  */

/* The code point at byte I (< N) of T; stores its length in *LEN.  An
   invalid byte is U+FFFD of length 1.  */
static uint32_t
cp_at (const char *t, size_t n, size_t i, size_t *len)
{
  uint32_t cp;
  int l = td_utf8_decode ((const unsigned char *) t + i, n - i, &cp);
  if (l < 0)
    {
      *len = 1;
      return 0xFFFD;
    }
  *len = (size_t) l;
  return cp;
}

/* The code point ending just before byte I (> 0) of T; stores its start
   in *START.  An invalid byte is U+FFFD.  */
static uint32_t
cp_before (const char *t, size_t i, size_t *start)
{
  size_t j = i - 1;
  while (j > 0 && i - j < 4 && ((unsigned char) t[j] & 0xC0) == 0x80)
    j--;
  uint32_t cp;
  int l = td_utf8_decode ((const unsigned char *) t + j, i - j, &cp);
  if (l < 0 || (size_t) l != i - j)
    {
      *start = i - 1;
      return 0xFFFD;
    }
  *start = j;
  return cp;
}

static bool
is_ascii_alnum (uint32_t c)
{
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')
         || (c >= 'a' && c <= 'z');
}

static bool
is_ascii_alpha (uint32_t c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c;
}

static bool
is_blank (uint32_t c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0
         || c == 0x3000;
}

static bool
is_syllable (uint32_t c)
{
  return td_uc_is_hangul_syllable (c);
}

/* Closing markup skipped before judging a word.  */
static bool
is_closer (uint32_t c)
{
  switch (c)
    {
    case '`': case '}': case ']': case '"': case '\'': case '*': case '_':
    case '~': case '-':
    case 0x2019: case 0x201D: case 0x00BB: case 0x300B: case 0x300D:
    case 0x300F: case 0x3009: case 0x3011:
      return true;
    default:
      return false;
    }
}

/* A character that can end a clearly delimited word before a particle:
   ASCII letters and digits, '%', ')' and closing markup but '-'.  */
static bool
is_stem_end (uint32_t c)
{
  return is_ascii_alnum (c) || c == '%' || c == ')'
         || (is_closer (c) && c != '-');
}

/* Whether byte I ends a word: end of text, or a character that is neither
   Hangul nor an ASCII letter or digit.  */
static bool
boundary_at (const char *t, size_t n, size_t i)
{
  if (i >= n)
    return true;
  size_t l;
  uint32_t c = cp_at (t, n, i, &l);
  return !td_uc_is_hangul (c) && !is_ascii_alnum (c);
}

static bool
has_prefix (const char *t, size_t n, size_t i, const char *s)
{
  size_t l = strlen (s);
  return i <= n && n - i >= l && memcmp (t + i, s, l) == 0;
}

/* ---------------------------------------------------------------------
   Final sounds.  */

enum td_ko_final
td_ko_syllable_final (uint32_t cp)
{
  if (!is_syllable (cp))
    return TD_KO_FINAL_UNKNOWN;
  unsigned jong = (cp - 0xAC00) % 28;
  return jong == 0 ? TD_KO_FINAL_NONE
         : jong == 8 ? TD_KO_FINAL_RIEUL : TD_KO_FINAL_CONSONANT;
}

/* Sino-Korean reading of the last digit: 영 일 이 삼 사 오 육 칠 팔 구.
   A final 0 also stands for 십 백 천 만, all with a final consonant.  */
static const enum td_ko_final digit_final[10] = {
  TD_KO_FINAL_CONSONANT, TD_KO_FINAL_RIEUL, TD_KO_FINAL_NONE,
  TD_KO_FINAL_CONSONANT, TD_KO_FINAL_NONE, TD_KO_FINAL_NONE,
  TD_KO_FINAL_CONSONANT, TD_KO_FINAL_RIEUL, TD_KO_FINAL_RIEUL,
  TD_KO_FINAL_NONE
};

/* The English name of letter C as said in Korean: 엘, 알 (ㄹ); 엠, 엔
   (consonant); Z (지, 제트, 지드) undecided; the rest end in a vowel.  */
static enum td_ko_final
letter_final (char c)
{
  switch (ascii_lower (c))
    {
    case 'l': case 'r':
      return TD_KO_FINAL_RIEUL;
    case 'm': case 'n':
      return TD_KO_FINAL_CONSONANT;
    case 'z':
      return TD_KO_FINAL_UNKNOWN;
    default:
      return TD_KO_FINAL_NONE;
    }
}

static bool
is_vowel_letter (char c)
{
  c = ascii_lower (c);
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

enum td_ko_final
td_ko_english_final (const char *word, size_t n)
{
  if (n == 0)
    return TD_KO_FINAL_UNKNOWN;
  if (n == 1)
    return letter_final (word[0]);
  char a = ascii_lower (word[n - 1]);
  char b = ascii_lower (word[n - 2]);
  char c = n >= 3 ? ascii_lower (word[n - 3]) : '\0';
  switch (a)
    {
    case 'n': /* -n, -ng, -tion: 션, 링 */
    case 'm': /* 스트림, 시스템 */
      return TD_KO_FINAL_CONSONANT;
    case 'p': /* 그룹, 앱, but 헬프, 스텝/스테프: unsure */
      return TD_KO_FINAL_UNKNOWN;
    case 'l': /* 풀, 모델 */
      return TD_KO_FINAL_RIEUL;
    case 'e':
      if (b == 'l') /* 테이블, 롤 */
        return TD_KO_FINAL_RIEUL;
      if (b == 'n' || b == 'm') /* 머신, 네임 */
        return TD_KO_FINAL_CONSONANT;
      if (b == 'p' || b == 't') /* 타입 but 파이프; 템플릿 but 업데이트 */
        return TD_KO_FINAL_UNKNOWN;
      return TD_KO_FINAL_NONE; /* 코드, 서비스, 이미지, 밸류 */
    case 't':
      if (b == 'e' && c != 'e') /* 버킷, 시크릿 */
        return TD_KO_FINAL_CONSONANT;
      if (b != 't' && !is_vowel_letter (b) && b != 'y' && b != 'w')
        return TD_KO_FINAL_NONE; /* 리스트, 클라이언트, 스크립트 */
      return TD_KO_FINAL_UNKNOWN; /* 포맷 but 루트 */
    case 'g':
      return b == 'n' ? TD_KO_FINAL_CONSONANT : TD_KO_FINAL_UNKNOWN;
    case 'r': /* 서버, 에디터 */
    case 'y': /* 폴리시, 키 */
    case 'a': case 'i': case 'o': case 'u':
    case 's': /* 키네시스, 액세스 */
    case 'w': /* 윈도, 뷰 */
    case 'f': /* 리프 */
      return TD_KO_FINAL_NONE;
    case 'h':
      return b == 't' || b == 'p' ? TD_KO_FINAL_NONE : TD_KO_FINAL_UNKNOWN;
    default: /* k ck d b c x v j q z ch sh */
      return TD_KO_FINAL_UNKNOWN;
    }
}

/* Built-in word table: words the rules get wrong or leave undecided.  */
static const struct td_ko_override builtin_words[] = {
  /* Capitals read as words, not letter by letter.  */
  { "NAME", TD_KO_FINAL_CONSONANT }, { "TYPE", TD_KO_FINAL_CONSONANT },
  { "TIME", TD_KO_FINAL_CONSONANT }, { "ROLE", TD_KO_FINAL_RIEUL },
  { "FILE", TD_KO_FINAL_RIEUL }, { "USER", TD_KO_FINAL_NONE },
  { "UUID", TD_KO_FINAL_NONE }, { "id", TD_KO_FINAL_NONE },
  /* Endings the heuristic cannot decide.  */
  { "stack", TD_KO_FINAL_CONSONANT }, { "hook", TD_KO_FINAL_CONSONANT },
  { "click", TD_KO_FINAL_CONSONANT }, { "block", TD_KO_FINAL_CONSONANT },
  { "lock", TD_KO_FINAL_CONSONANT }, { "back", TD_KO_FINAL_CONSONANT },
  { "book", TD_KO_FINAL_CONSONANT }, { "pack", TD_KO_FINAL_CONSONANT },
  { "Slack", TD_KO_FINAL_CONSONANT }, { "track", TD_KO_FINAL_CONSONANT },
  { "web", TD_KO_FINAL_CONSONANT }, { "job", TD_KO_FINAL_CONSONANT },
  { "tab", TD_KO_FINAL_CONSONANT }, { "Mac", TD_KO_FINAL_CONSONANT },
  { "group", TD_KO_FINAL_CONSONANT }, { "app", TD_KO_FINAL_CONSONANT },
  { "setup", TD_KO_FINAL_CONSONANT }, { "step", TD_KO_FINAL_CONSONANT },
  { "map", TD_KO_FINAL_CONSONANT }, { "help", TD_KO_FINAL_NONE },
  { "spec", TD_KO_FINAL_CONSONANT }, { "git", TD_KO_FINAL_CONSONANT },
  { "chat", TD_KO_FINAL_CONSONANT }, { "commit", TD_KO_FINAL_CONSONANT },
  { "limit", TD_KO_FINAL_CONSONANT }, { "input", TD_KO_FINAL_CONSONANT },
  { "output", TD_KO_FINAL_CONSONANT }, { "format", TD_KO_FINAL_CONSONANT },
  { "snapshot", TD_KO_FINAL_CONSONANT }, { "check", TD_KO_FINAL_NONE },
  { "link", TD_KO_FINAL_NONE }, { "network", TD_KO_FINAL_NONE },
  { "task", TD_KO_FINAL_NONE }, { "disk", TD_KO_FINAL_NONE },
  { "tag", TD_KO_FINAL_NONE }, { "log", TD_KO_FINAL_NONE },
  { "blog", TD_KO_FINAL_NONE }, { "bug", TD_KO_FINAL_NONE },
  { "debug", TD_KO_FINAL_NONE }, { "root", TD_KO_FINAL_NONE },
  { "boot", TD_KO_FINAL_NONE }, { "cloud", TD_KO_FINAL_NONE },
  { "field", TD_KO_FINAL_NONE }, { "add", TD_KO_FINAL_NONE },
  { "read", TD_KO_FINAL_NONE }, { "load", TD_KO_FINAL_NONE },
  { "upload", TD_KO_FINAL_NONE }, { "download", TD_KO_FINAL_NONE },
  { "password", TD_KO_FINAL_NONE }, { "dashboard", TD_KO_FINAL_NONE },
  { "pod", TD_KO_FINAL_NONE }, { "index", TD_KO_FINAL_NONE },
  { "box", TD_KO_FINAL_NONE }, { "Linux", TD_KO_FINAL_NONE },
  { "regex", TD_KO_FINAL_NONE }, { "hash", TD_KO_FINAL_NONE },
  { "push", TD_KO_FINAL_NONE }, { "bash", TD_KO_FINAL_NONE },
  { "branch", TD_KO_FINAL_NONE }, { "batch", TD_KO_FINAL_NONE },
  { "search", TD_KO_FINAL_NONE }, { "switch", TD_KO_FINAL_NONE },
  { "patch", TD_KO_FINAL_NONE }, { "fetch", TD_KO_FINAL_NONE },
  { "sync", TD_KO_FINAL_NONE }, { "dev", TD_KO_FINAL_NONE },
};

static bool
word_eq (const char *t, size_t n, const char *w)
{
  if (strlen (w) != n)
    return false;
  for (size_t i = 0; i < n; i++)
    if (ascii_lower (t[i]) != ascii_lower (w[i]))
      return false;
  return true;
}

static bool
lookup (const char *t, size_t n, const struct td_ko_overrides *ov,
        enum td_ko_final *f)
{
  if (ov != NULL)
    for (size_t i = 0; i < ov->n; i++)
      if (ov->v[i].word != NULL && word_eq (t, n, ov->v[i].word))
        {
          *f = ov->v[i].final;
          return true;
        }
  for (size_t i = 0; i < ARRAY_SIZE (builtin_words); i++)
    if (word_eq (t, n, builtin_words[i].word))
      {
        *f = builtin_words[i].final;
        return true;
      }
  return false;
}

/* True when the parenthesis opening at OPEN is a noun of the sentence, not
   an annotation: Hangul follows its ')' directly ("(tenant_id, id)를",
   "(tenant_id, id)별").  */
static bool
paren_is_noun (const char *text, size_t n, size_t open)
{
  /* "(예: x)", "(e.g., x)", "(hook)" after a word are annotations; only a
     parenthesis of code or a list ("(tenant_id, id)") is taken as a noun
     when Hangul follows it.  */
  static const char *const notes[] = { "(예:", "(예를", "(e.g.", "(i.e.",
                                        "(참고" };
  for (size_t k = 0; k < sizeof notes / sizeof notes[0]; k++)
    if (n - open >= strlen (notes[k])
        && memcmp (text + open, notes[k], strlen (notes[k])) == 0)
      return false;
  bool list = false;
  for (size_t k = open; k < n && text[k] != ')' && text[k] != '\n'; k++)
    if (text[k] == ',')
      list = true;
  if (!list)
    return false;
  int depth = 0;
  for (size_t k = open; k < n && text[k] != '\n'; k++)
    {
      if (text[k] == '(')
        depth++;
      else if (text[k] == ')' && --depth == 0)
        {
          size_t l;
          return k + 1 < n && is_syllable (cp_at (text, n, k + 1, &l));
        }
    }
  return false;
}

/* Sentence-final endings: before a colon (ko-colon) or a parenthesis that
   remarks on the sentence (ko-spacing).  */
static const char *const final_endings[] = {
  "니다", "세요", "시오", "에요", "예요", "해요", "한다", "된다", "는다",
  "있다", "없다"
};

/* Whether the text before byte I of T ends with a sentence-final
   ending.  */
static bool
ends_sentence (const char *t, size_t i)
{
  for (size_t e = 0; e < ARRAY_SIZE (final_endings); e++)
    {
      size_t el = strlen (final_endings[e]);
      if (i >= el && memcmp (t + i - el, final_endings[e], el) == 0)
        return true;
    }
  return false;
}

/* Whether C ends a sentence: . ? ! and the ideographic full stop.  */
static bool
is_sentence_stop (uint32_t c)
{
  return c == '.' || c == '?' || c == '!' || c == 0x3002;
}

/* Offset of the '(' matching the ')' at CLOSE, on the same line; false
   when there is none.  */
static bool
find_open (const char *t, size_t close, size_t *open)
{
  int depth = 0;
  for (size_t j = close; j > 0; j--)
    {
      char c = t[j - 1];
      if (c == '\n')
        return false;
      if (c == ')')
        depth++;
      else if (c == '(')
        {
          if (depth == 0)
            {
              *open = j - 1;
              return true;
            }
          depth--;
        }
    }
  return false;
}

/* Whether the N letters at W (lower case or mixed) are an abbreviation
   rather than a word: no vowel letter (str, ctx, npm), or a consonant
   before a final 'r' (attr, ptr, addr), which no English word ends in.
   It is read as the word it stands for (스트링) or letter by letter
   (에스티알).  */
static bool
abbreviation (const char *w, size_t n)
{
  bool vowel = false;
  for (size_t i = 0; i < n; i++)
    vowel = vowel || is_vowel_letter (w[i]) || ascii_lower (w[i]) == 'y';
  if (!vowel)
    return true;
  if (n < 2 || ascii_lower (w[n - 1]) != 'r')
    return false;
  char b = ascii_lower (w[n - 2]);
  return !is_vowel_letter (b) && b != 'y' && b != 'r';
}

/* The final of the capitals at W (N letters).  */
static enum td_ko_final
acronym_final (const char *w, size_t n)
{
  enum td_ko_final letter = letter_final (w[n - 1]);
  if (n <= 3)
    return letter;
  bool vowel = false;
  for (size_t i = 0; i < n; i++)
    vowel = vowel || is_vowel_letter (w[i]);
  if (!vowel)
    return letter; /* HTML, HTTP: no way to say it as a word */
  enum td_ko_final word = td_ko_english_final (w, n);
  return word == letter ? letter : TD_KO_FINAL_UNKNOWN;
}

enum td_ko_final
td_ko_final_before (const char *text, size_t n, size_t end,
                    const struct td_ko_overrides *ov,
                    struct td_ko_stem *stem)
{
  struct td_ko_stem st = { TD_KO_STEM_NONE, 0, 0 };
  enum td_ko_final f = TD_KO_FINAL_UNKNOWN;
  size_t e = end < n ? end : n;
  size_t s = 0;
  uint32_t c = 0;

  /* Skip closing markup.  */
  bool code = false; /* a closing backtick was skipped */
  for (;;)
    {
      if (e == 0)
        goto done;
      c = cp_before (text, e, &s);
      /* A code span that ends in a call or an expression
         (`e.stopPropagation()`, `() => alert('Hi')`) has no settled
         reading: the name, the name and "함수", or the parentheses.  */
      if (c == ')' && code)
        goto done;
      code = code || c == '`';
      if (c == '}' && s > 0 && text[s - 1] == '}')
        {
          /* A macro call "{{name(..., "shown")}}" reads as its last
             string argument, the text a reader sees
             ({{CSSxRef("row-gap")}}과 is judged on row-gap, not on the
             macro's name); a macro call without one is UNKNOWN.  Other
             "{{...}}" (shortcodes, template expressions) are closing
             markup as before.  */
          size_t k = s - 1;
          while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t'))
            k--;
          if (k > 0 && text[k - 1] == ')')
            {
              size_t q = k - 1;
              while (q > 0 && (text[q - 1] == ' ' || text[q - 1] == '\t'))
                q--;
              if (q > 0 && (text[q - 1] == '"' || text[q - 1] == '\''))
                {
                  f = td_ko_final_before (text, n, q - 1, ov, &st);
                  goto done;
                }
              goto done;
            }
        }
      if (c == ']' && s > 0)
        {
          /* A reference link "[text][label]": judge the text, not the
             label.  */
          size_t k = s;
          while (k > 0 && text[k - 1] != '[' && text[k - 1] != '\n')
            k--;
          if (k >= 2 && text[k - 1] == '[' && text[k - 2] == ']')
            {
              e = k - 1;
              continue;
            }
        }
      if (is_closer (c))
        {
          e = s;
          continue;
        }
      if (c == ')')
        {
          size_t o;
          if (!find_open (text, s, &o))
            goto done;
          size_t ps;
          uint32_t pc = o > 0 ? cp_before (text, o, &ps) : ' ';
          size_t w = o;
          while (w > 0 && is_blank ((unsigned char) text[w - 1]))
            w--;
          size_t ws;
          if (w > 0 && is_sentence_stop (cp_before (text, w, &ws)))
            {
              /* "합니다. (`ARN`)을": after the end of a sentence the
                 parenthesis is no gloss of the word before; the particle
                 goes with what it encloses.  */
              f = td_ko_final_before (text, n, s, ov, &st);
              goto done;
            }
          if (is_blank (pc))
            {
              /* "템플릿 (예: 'blog')을": an annotation after a space; the
                 particle goes with the word before it.  */
              if (w == 0)
                goto done;
              /* But "(`user_id`, `ts`)를" makes the parenthesis a noun:
                 decide only when both readings agree.  */
              f = td_ko_final_before (text, n, w, ov, &st);
              enum td_ko_final in = td_ko_final_before (text, n, s, ov, NULL);
              if (in != f)
                f = TD_KO_FINAL_UNKNOWN;
              goto done;
            }
          /* A gloss 훅(hook) or a link [text](url): judge the word
             before.  After a Latin word the parentheses may hold an
             abbreviation read instead (Definition(CRD)): undecided when
             the two readings disagree.  */
          f = td_ko_final_before (text, n, o, ov, &st);
          if (!is_syllable (pc) && pc != ']')
            {
              enum td_ko_final in = td_ko_final_before (text, n, s, ov,
                                                        NULL);
              if (in != TD_KO_FINAL_UNKNOWN && in != f)
                f = TD_KO_FINAL_UNKNOWN;
            }
          goto done;
        }
      break;
    }

  if (is_syllable (c))
    {
      st.kind = TD_KO_STEM_HANGUL;
      st.start = s;
      st.end = e;
      f = td_ko_syllable_final (c);
    }
  else if (c == '%')
    {
      st.kind = TD_KO_STEM_SYMBOL;
      st.start = s;
      st.end = e;
      f = TD_KO_FINAL_NONE;
    }
  else if (is_ascii_alnum (c))
    {
      size_t ws = e;
      while (ws > 0 && is_ascii_alnum ((unsigned char) text[ws - 1]))
        ws--;
      size_t ls = e;
      while (ls > ws && is_ascii_alpha ((unsigned char) text[ls - 1]))
        ls--;
      st.start = ws;
      st.end = e;
      size_t ns = ws;
      while (ns < ls && text[ns] >= '0' && text[ns] <= '9')
        ns++;
      if (lookup (text + ws, e - ws, ov, &f)
          || (ls > ws && ls < e && lookup (text + ls, e - ls, ov, &f)))
        st.kind = TD_KO_STEM_OVERRIDE;
      else if (ws < ls && ls < e && ns == ls)
        {
          /* A number with a unit (700m, 512Mi, 10ms, 5s): the unit is
             read by its letters (엠) or as a word (밀리코어, 초), so the
             reading is unsure.  */
          st.kind = TD_KO_STEM_WORD;
          f = TD_KO_FINAL_UNKNOWN;
        }
      else if (c >= '0' && c <= '9')
        {
          size_t ds = e;
          while (ds > ws && text[ds - 1] >= '0' && text[ds - 1] <= '9')
            ds--;
          st.kind = TD_KO_STEM_DIGIT;
          st.start = ds;
          f = digit_final[c - '0'];
          /* A number attached to a Latin word (S3, EC2, IPv6, option-1)
             is often read in English (에스쓰리, 옵션 원): unsure.  */
          size_t q = ds;
          while (q > 0 && (text[q - 1] == '-' || text[q - 1] == '_'
                           || text[q - 1] == '.'))
            q--;
          if (q > 0 && is_ascii_alpha ((unsigned char) text[q - 1]))
            f = TD_KO_FINAL_UNKNOWN;
        }
      else
        {
          bool upper = true;
          for (size_t i = ls; i < e; i++)
            upper = upper && text[i] >= 'A' && text[i] <= 'Z';
          st.start = ls;
          if (e - ls == 1 || (upper && e - ls <= 5))
            {
              st.kind = TD_KO_STEM_ACRONYM;
              f = acronym_final (text + ls, e - ls);
            }
          else
            {
              st.kind = TD_KO_STEM_WORD;
              f = td_ko_english_final (text + ls, e - ls);
              /* An abbreviation: decided only when its two readings
                 agree (npm: 엔피엠, but str: 스트링 or 에스티알).  */
              if (abbreviation (text + ls, e - ls)
                  && f != letter_final (text[e - 1]))
                f = TD_KO_FINAL_UNKNOWN;
            }
        }
    }

 done:
  if (stem != NULL)
    *stem = st;
  return f;
}

/* ---------------------------------------------------------------------
   Particles.  */

static const char *const pair_forms[][2] = {
  [TD_KO_PAIR_EUL] = { "을", "를" },
  [TD_KO_PAIR_I] = { "이", "가" },
  [TD_KO_PAIR_EUN] = { "은", "는" },
  [TD_KO_PAIR_GWA] = { "과", "와" },
  [TD_KO_PAIR_RO] = { "으로", "로" },
  [TD_KO_PAIR_INA] = { "이나", "나" },
  [TD_KO_PAIR_IRA] = { "이라", "라" },
  [TD_KO_PAIR_IRAN] = { "이란", "란" },
  [TD_KO_PAIR_IRANG] = { "이랑", "랑" },
  [TD_KO_PAIR_IEYO] = { "이에요", "예요" },
};

static const char *const pair_duals[] = {
  [TD_KO_PAIR_EUL] = "을(를)",
  [TD_KO_PAIR_I] = "이(가)",
  [TD_KO_PAIR_EUN] = "은(는)",
  [TD_KO_PAIR_GWA] = "과(와)",
  [TD_KO_PAIR_RO] = "(으)로",
  [TD_KO_PAIR_INA] = "(이)나",
  [TD_KO_PAIR_IRA] = "(이)라",
  [TD_KO_PAIR_IRAN] = "(이)란",
  [TD_KO_PAIR_IRANG] = "(이)랑",
  [TD_KO_PAIR_IEYO] = "이에요(예요)",
};

/* Pairs whose dual form brackets a prefix: (으)로, (이)나.  */
static bool
paren_style (enum td_ko_pair p)
{
  return p == TD_KO_PAIR_RO || p == TD_KO_PAIR_INA || p == TD_KO_PAIR_IRA
         || p == TD_KO_PAIR_IRAN || p == TD_KO_PAIR_IRANG;
}

/* Forms, longest first, as (pair, index into pair_forms).  */
static const struct
{
  enum td_ko_pair pair;
  int second;
} forms[] = {
  { TD_KO_PAIR_IEYO, 0 }, { TD_KO_PAIR_RO, 0 }, { TD_KO_PAIR_INA, 0 },
  { TD_KO_PAIR_IRA, 0 }, { TD_KO_PAIR_IRAN, 0 }, { TD_KO_PAIR_IRANG, 0 },
  { TD_KO_PAIR_IEYO, 1 }, { TD_KO_PAIR_EUL, 0 }, { TD_KO_PAIR_EUL, 1 },
  { TD_KO_PAIR_I, 0 }, { TD_KO_PAIR_I, 1 }, { TD_KO_PAIR_EUN, 0 },
  { TD_KO_PAIR_EUN, 1 }, { TD_KO_PAIR_GWA, 0 }, { TD_KO_PAIR_GWA, 1 },
  { TD_KO_PAIR_RO, 1 }, { TD_KO_PAIR_INA, 1 }, { TD_KO_PAIR_IRA, 1 },
  { TD_KO_PAIR_IRAN, 1 }, { TD_KO_PAIR_IRANG, 1 },
};

static const char *const followers_gwa[] = { "의", "는", "도", "만", NULL };
static const char *const followers_ro[] = {
  "서는", "써는", "부터는", "부터의", "부터", "서", "써", "는", "도", "의",
  "만", NULL
};
static const char *const followers_ira[] = { "는", "고", "면", "서", "도",
                                             NULL };

/* End of what may follow a form of PAIR that ends at I: I itself at a
   boundary, or after an allowed continuation; 0 when neither.  */
static size_t
continuation_end (const char *t, size_t n, size_t i, enum td_ko_pair pair)
{
  if (boundary_at (t, n, i))
    return i;
  const char *const *f = NULL;
  switch (pair)
    {
    case TD_KO_PAIR_GWA:
    case TD_KO_PAIR_IRANG:
      f = followers_gwa;
      break;
    case TD_KO_PAIR_RO:
      f = followers_ro;
      break;
    case TD_KO_PAIR_IRA:
      f = followers_ira;
      break;
    case TD_KO_PAIR_EUL:
    case TD_KO_PAIR_I:
    case TD_KO_PAIR_EUN:
    case TD_KO_PAIR_INA:
    case TD_KO_PAIR_IRAN:
    case TD_KO_PAIR_IEYO:
      return 0;
    }
  for (; *f != NULL; f++)
    if (has_prefix (t, n, i, *f) && boundary_at (t, n, i + strlen (*f)))
      return i + strlen (*f);
  return 0;
}

const char *
td_ko_pair_pick (enum td_ko_pair pair, enum td_ko_final final)
{
  switch (final)
    {
    case TD_KO_FINAL_NONE:
      return pair_forms[pair][1];
    case TD_KO_FINAL_RIEUL:
      return pair_forms[pair][pair == TD_KO_PAIR_RO ? 1 : 0];
    case TD_KO_FINAL_CONSONANT:
      return pair_forms[pair][0];
    case TD_KO_FINAL_UNKNOWN:
      return NULL;
    }
  return NULL;
}

const char *
td_ko_pair_dual (enum td_ko_pair pair)
{
  return pair_duals[pair];
}

/* Whether the character before AT exists and is not white space.  */
static bool
attached (const char *t, size_t at)
{
  size_t s;
  return at > 0 && !is_blank (cp_before (t, at, &s));
}

bool
td_ko_particle_at (const char *text, size_t n, size_t at,
                   const struct td_ko_overrides *ov,
                   struct td_ko_particle *out)
{
  if (at >= n || !attached (text, at))
    return false;
  for (size_t k = 0; k < ARRAY_SIZE (forms); k++)
    {
      enum td_ko_pair pair = forms[k].pair;
      const char *form = pair_forms[pair][forms[k].second];
      if (!has_prefix (text, n, at, form))
        continue;
      size_t e = at + strlen (form);
      size_t span = continuation_end (text, n, e, pair);
      if (span == 0)
        continue;
      out->pair = pair;
      out->start = at;
      out->end = e;
      out->span_end = span;
      out->found = form;
      out->final = td_ko_final_before (text, n, at, ov, &out->stem);
      out->correct = td_ko_pair_pick (pair, out->final);
      out->verdict = out->correct == NULL ? TD_KO_UNDECIDED
                     : STREQ (out->correct, form) ? TD_KO_CORRECT
                     : TD_KO_WRONG;
      return true;
    }
  return false;
}

bool
td_ko_hedge_at (const char *text, size_t n, size_t at,
                const struct td_ko_overrides *ov, struct td_ko_hedge *out)
{
  if (at >= n || !attached (text, at))
    return false;
  bool found = false;
  size_t end = 0, span = 0;
  enum td_ko_pair pair = TD_KO_PAIR_EUL;
  bool spaced = false, canonical = false;

  if (text[at] == '(')
    {
      /* (으)로, (이)나: "(" prefix ")" second form.  */
      static const enum td_ko_pair ps[] = {
        TD_KO_PAIR_RO, TD_KO_PAIR_INA, TD_KO_PAIR_IRA, TD_KO_PAIR_IRAN,
        TD_KO_PAIR_IRANG
      };
      for (size_t k = 0; k < ARRAY_SIZE (ps) && !found; k++)
        {
          const char *first = pair_forms[ps[k]][0];
          const char *second = pair_forms[ps[k]][1];
          size_t pl = strlen (first) - strlen (second); /* 으 or 이 */
          size_t i = at + 1;
          if (!(n - i >= pl && memcmp (text + i, first, pl) == 0))
            continue;
          i += pl;
          if (!has_prefix (text, n, i, ")"))
            continue;
          i++;
          if (!has_prefix (text, n, i, second))
            continue;
          i += strlen (second);
          size_t c = continuation_end (text, n, i, ps[k]);
          if (c == 0)
            continue;
          found = true;
          end = i;
          span = c;
          pair = ps[k];
          canonical = true;
        }
    }
  else
    for (size_t k = 0; k < ARRAY_SIZE (forms) && !found; k++)
      {
        enum td_ko_pair p = forms[k].pair;
        const char *f1 = pair_forms[p][forms[k].second];
        const char *f2 = pair_forms[p][!forms[k].second];
        if (!has_prefix (text, n, at, f1))
          continue;
        size_t j = at + strlen (f1), i = j;
        while (i < n && (text[i] == ' ' || text[i] == '\t'))
          i++;
        if (!has_prefix (text, n, i, "("))
          continue;
        i++;
        if (!has_prefix (text, n, i, f2))
          continue;
        i += strlen (f2);
        if (!has_prefix (text, n, i, ")"))
          continue;
        i++;
        size_t c = continuation_end (text, n, i, p);
        if (c == 0)
          continue;
        found = true;
        end = i;
        span = c;
        pair = p;
        spaced = i > j + strlen (f2) + 2;
        canonical = !spaced && forms[k].second == 0 && !paren_style (p);
      }
  if (!found)
    return false;
  out->pair = pair;
  out->start = at;
  out->end = end;
  out->span_end = span;
  out->spaced = spaced;
  out->canonical = canonical;
  out->final = td_ko_final_before (text, n, at, ov, &out->stem);
  out->resolved = td_ko_pair_pick (pair, out->final);
  out->dual = pair_duals[pair];
  return true;
}

/* ---------------------------------------------------------------------
   Composition.  */

enum
{
  L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11A7,
  L_COUNT = 19, V_COUNT = 21, T_COUNT = 28, S_BASE = 0xAC00
};

static bool
is_l (uint32_t c)
{
  return c >= L_BASE && c < L_BASE + L_COUNT;
}

static bool
is_v (uint32_t c)
{
  return c >= V_BASE && c < V_BASE + V_COUNT;
}

static bool
is_t (uint32_t c)
{
  return c > T_BASE && c < T_BASE + T_COUNT;
}

char *
td_ko_compose (const char *text, size_t n, size_t *out_len, bool *changed)
{
  char *out = xmalloc (n + 1);
  size_t o = 0;
  bool ch = false;
  for (size_t i = 0; i < n;)
    {
      size_t l;
      uint32_t c = cp_at (text, n, i, &l);
      if (c == 0xFFFD && l == 1)
        {
          out[o++] = text[i++];
          continue;
        }
      size_t j = i + l;
      uint32_t s = 0;
      if (is_l (c) && j < n)
        {
          size_t l2;
          uint32_t v = cp_at (text, n, j, &l2);
          if (is_v (v))
            {
              s = S_BASE + ((c - L_BASE) * V_COUNT + (v - V_BASE)) * T_COUNT;
              j += l2;
            }
        }
      else if (is_syllable (c) && (c - S_BASE) % T_COUNT == 0)
        s = c;
      if (s != 0 && j < n)
        {
          size_t l3;
          uint32_t t = cp_at (text, n, j, &l3);
          if (is_t (t))
            {
              s += t - T_BASE;
              j += l3;
            }
        }
      if (s != 0 && j > i + l)
        {
          ch = true;
          o += (size_t) td_utf8_encode (s, out + o);
        }
      else
        {
          memcpy (out + o, text + i, l);
          o += l;
          j = i + l;
        }
      i = j;
    }
  out[o] = '\0';
  if (out_len != NULL)
    *out_len = o;
  if (changed != NULL)
    *changed = ch;
  return out;
}

/* ---------------------------------------------------------------------
   Findings.  */

void
td_ko_findings_init (struct td_ko_findings *f)
{
  f->v = NULL;
  f->n = 0;
  f->alloc = 0;
}

void
td_ko_findings_free (struct td_ko_findings *f)
{
  for (size_t i = 0; i < f->n; i++)
    free (f->v[i].repl);
  free (f->v);
  td_ko_findings_init (f);
}

static struct td_ko_finding *
add (struct td_ko_findings *f, enum td_ko_kind kind, size_t start,
     size_t end, const char *repl)
{
  f->v = xgrow (f->v, &f->alloc, f->n + 1, sizeof *f->v);
  struct td_ko_finding *x = &f->v[f->n++];
  x->kind = kind;
  x->start = start;
  x->end = end;
  x->repl = repl != NULL ? xstrdup (repl) : NULL;
  x->alt = NULL;
  x->found = NULL;
  x->final = TD_KO_FINAL_UNKNOWN;
  x->stem.kind = TD_KO_STEM_NONE;
  x->stem.start = x->stem.end = 0;
  return x;
}

/* Whether a finding of each kind inside a mention (a short quoted
   example, mention.h) is dropped: the particles, hedges, punctuation,
   annotating parentheses and visible characters that a text quotes are
   shown on purpose ('을 (를)', '。', 'ㆍ', '지역 (예: 서울)').  Spacing
   around particles, colons and stops is held everywhere (a quoted
   heading or question is still Korean text to space), and invisible or
   mis-encoded characters (NFD, zero-width, fillers, special spaces) are
   shown by nothing and are reported wherever they are.  */
static const bool in_mention_dropped[TD_KO__COUNT] = {
  [TD_KO_PARTICLE_WRONG] = true,
  [TD_KO_HEDGE_SPACED] = true,
  [TD_KO_HEDGE_ORDER] = true,
  [TD_KO_HEDGE_DECIDABLE] = true,
  [TD_KO_SPACE_BEFORE_PARTICLE] = false,
  [TD_KO_SPACE_BEFORE_PAREN] = true,
  [TD_KO_SPACE_BEFORE_COLON] = false,
  [TD_KO_NO_SPACE_AFTER_COLON] = false,
  [TD_KO_SPACE_BEFORE_PUNCT] = false,
  [TD_KO_SPACE_AROUND_MIDDLE_DOT] = false,
  [TD_KO_DOUBLE_SPACE] = false,
  [TD_KO_HEADING_PERIOD] = false,
  [TD_KO_TERMINAL_COLON] = false,
  [TD_KO_IDEOGRAPHIC_STOP] = true,
  [TD_KO_IDEOGRAPHIC_COMMA] = true,
  [TD_KO_NFD_HANGUL] = false,
  [TD_KO_LONE_JAMO] = false,
  [TD_KO_COMPAT_JAMO] = true,
  [TD_KO_ARAEA_DOT] = true,
  [TD_KO_DOT_LOOKALIKE] = true,
  [TD_KO_ZERO_WIDTH] = false,
  [TD_KO_FILLER] = false,
  [TD_KO_FULLWIDTH] = true,
  [TD_KO_IDEOGRAPHIC_SPACE] = false,
  [TD_KO_NBSP] = false,
  [TD_KO_HALFWIDTH_HANGUL] = true,
  [TD_KO_TILDE_LOOKALIKE] = true,
};

/* Drops the findings of OUT from index FROM on that start inside a
   mention of the N bytes at TEXT and whose kind in_mention_dropped
   names, keeping the order of the rest.  */
static void
drop_mentions (const char *text, size_t n, struct td_ko_findings *out,
               size_t from)
{
  if (out->n <= from)
    return;
  struct td_ko_spans m = { NULL, 0, 0 };
  td_ko_mentions (text, n, &m);
  size_t k = from;
  for (size_t i = from; i < out->n; i++)
    {
      struct td_ko_finding *f = &out->v[i];
      if (in_mention_dropped[f->kind] && td_ko_spans_contain (&m, f->start))
        {
          free (f->repl);
          continue;
        }
      out->v[k++] = *f;
    }
  out->n = k;
  td_ko_spans_free (&m);
}

/* Untranslated names of the finding kinds, for tests and debugging.  */
static const char *const kind_names[TD_KO__COUNT] = {
  [TD_KO_PARTICLE_WRONG] = "particle-wrong",
  [TD_KO_HEDGE_SPACED] = "hedge-spaced",
  [TD_KO_HEDGE_ORDER] = "hedge-order",
  [TD_KO_HEDGE_DECIDABLE] = "hedge-decidable",
  [TD_KO_SPACE_BEFORE_PARTICLE] = "space-before-particle",
  [TD_KO_SPACE_BEFORE_PAREN] = "space-before-paren",
  [TD_KO_SPACE_BEFORE_COLON] = "space-before-colon",
  [TD_KO_NO_SPACE_AFTER_COLON] = "no-space-after-colon",
  [TD_KO_SPACE_BEFORE_PUNCT] = "space-before-punct",
  [TD_KO_SPACE_AROUND_MIDDLE_DOT] = "space-around-middle-dot",
  [TD_KO_DOUBLE_SPACE] = "double-space",
  [TD_KO_HEADING_PERIOD] = "heading-period",
  [TD_KO_TERMINAL_COLON] = "terminal-colon",
  [TD_KO_IDEOGRAPHIC_STOP] = "ideographic-stop",
  [TD_KO_IDEOGRAPHIC_COMMA] = "ideographic-comma",
  [TD_KO_NFD_HANGUL] = "nfd-hangul",
  [TD_KO_LONE_JAMO] = "lone-jamo",
  [TD_KO_COMPAT_JAMO] = "compat-jamo",
  [TD_KO_ARAEA_DOT] = "araea-dot",
  [TD_KO_DOT_LOOKALIKE] = "dot-lookalike",
  [TD_KO_ZERO_WIDTH] = "zero-width",
  [TD_KO_FILLER] = "filler",
  [TD_KO_FULLWIDTH] = "fullwidth",
  [TD_KO_IDEOGRAPHIC_SPACE] = "ideographic-space",
  [TD_KO_NBSP] = "nbsp",
  [TD_KO_HALFWIDTH_HANGUL] = "halfwidth-hangul",
  [TD_KO_TILDE_LOOKALIKE] = "tilde-lookalike",
};

const char *
td_ko_kind_name (enum td_ko_kind kind)
{
  return (unsigned) kind < TD_KO__COUNT && kind_names[kind] ? kind_names[kind]
                                                            : "unknown";
}

/* Whether a particle form or a hedge could start with C.  */
static bool
particle_initial (uint32_t c)
{
  switch (c)
    {
    case 0xC744: /* 을 */ case 0xB97C: /* 를 */ case 0xC774: /* 이 */
    case 0xAC00: /* 가 */ case 0xC740: /* 은 */ case 0xB294: /* 는 */
    case 0xACFC: /* 과 */ case 0xC640: /* 와 */ case 0xC73C: /* 으 */
    case 0xB85C: /* 로 */ case 0xB098: /* 나 */ case 0xB77C: /* 라 */
    case 0xB780: /* 란 */ case 0xB791: /* 랑 */ case 0xC608: /* 예 */
    case '(':
      return true;
    default:
      return false;
    }
}

void
td_ko_check_particles (const char *text, size_t n,
                       const struct td_ko_overrides *ov,
                       struct td_ko_findings *out)
{
  size_t from = out->n;
  for (size_t i = 0; i < n;)
    {
      if (text[i] == '`')
        {
          size_t e = td_ko_code_span_end (text, n, i);
          if (e > i)
            {
              i = e;
              continue;
            }
        }
      size_t l, ps;
      uint32_t c = cp_at (text, n, i, &l);
      if (i > 0 && particle_initial (c)
          && is_stem_end (cp_before (text, i, &ps)))
        {
          struct td_ko_hedge h;
          struct td_ko_particle p;
          if (td_ko_hedge_at (text, n, i, ov, &h))
            {
              i = h.span_end;
              continue;
            }
          if (c != '(' && td_ko_particle_at (text, n, i, ov, &p))
            {
              if (p.verdict == TD_KO_WRONG)
                {
                  struct td_ko_finding *f
                    = add (out, TD_KO_PARTICLE_WRONG, p.start, p.end,
                           p.correct);
                  f->found = p.found;
                  f->final = p.final;
                  f->stem = p.stem;
                }
              i = p.span_end;
              continue;
            }
        }
      i += l;
    }
  drop_mentions (text, n, out, from);
}

void
td_ko_check_hedges (const char *text, size_t n,
                    const struct td_ko_overrides *ov,
                    struct td_ko_findings *out)
{
  size_t from = out->n;
  for (size_t i = 0; i < n;)
    {
      if (text[i] == '`')
        {
          size_t e = td_ko_code_span_end (text, n, i);
          if (e > i)
            {
              i = e;
              continue;
            }
        }
      size_t l;
      uint32_t c = cp_at (text, n, i, &l);
      struct td_ko_hedge h;
      if (particle_initial (c) && td_ko_hedge_at (text, n, i, ov, &h))
        {
          enum td_ko_kind kind;
          bool report = true;
          if (h.spaced)
            kind = TD_KO_HEDGE_SPACED;
          else if (!h.canonical)
            kind = TD_KO_HEDGE_ORDER;
          else
            {
              kind = TD_KO_HEDGE_DECIDABLE;
              report = h.resolved != NULL;
            }
          if (report)
            {
              struct td_ko_finding *f
                = add (out, kind, h.start, h.end,
                       h.resolved != NULL ? h.resolved : h.dual);
              f->alt = h.dual;
              f->final = h.final;
              f->stem = h.stem;
            }
          i = h.span_end;
          continue;
        }
      i += l;
    }
  drop_mentions (text, n, out, from);
}

/* ---------------------------------------------------------------------
   Spacing and punctuation.  */

/* Whether a standalone particle that never stands alone as a word
   (을 를 는 의 으로) starts at I and ends at a boundary.  */
static bool
standalone_particle (const char *t, size_t n, size_t i)
{
  static const char *const words[] = { "을", "를", "는", "의" };
  for (size_t k = 0; k < ARRAY_SIZE (words); k++)
    if (has_prefix (t, n, i, words[k])
        && boundary_at (t, n, i + strlen (words[k])))
      return true;
  return has_prefix (t, n, i, "으로")
         && continuation_end (t, n, i + strlen ("으로"), TD_KO_PAIR_RO) != 0;
}

/* Whether the '(' at I holds a single particle form: "(를)".  */
static bool
paren_holds_particle (const char *t, size_t n, size_t i)
{
  for (size_t k = 0; k < ARRAY_SIZE (forms); k++)
    {
      const char *f = pair_forms[forms[k].pair][forms[k].second];
      if (has_prefix (t, n, i + 1, f) && has_prefix (t, n, i + 1 + strlen (f),
                                                     ")"))
        return true;
    }
  return false;
}

static bool
is_hblank (char c)
{
  return c == ' ' || c == '\t';
}

/* Whether C is punctuation as CommonMark's flanking rules see it: ASCII
   punctuation and the common Unicode punctuation (quotes, brackets, the
   CJK and full-width marks).  */
static bool
is_md_punct (uint32_t c)
{
  if (c < 0x80)
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@')
           || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
  return c == 0xA1 || c == 0xA7 || c == 0xAB || c == 0xB6 || c == 0xB7
         || c == 0xBB || c == 0xBF || (c >= 0x2010 && c <= 0x2027)
         || (c >= 0x2030 && c <= 0x205E) || (c >= 0x3001 && c <= 0x3003)
         || (c >= 0x3008 && c <= 0x3011) || (c >= 0x3014 && c <= 0x301F)
         || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
         || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
}

/* Whether the text before byte I of T ends with a closing emphasis
   delimiter run that a word attached at I would keep from closing, so
   that the emphasis would show as literal '_' or '*': a run of '_'
   cannot close before a letter ("_강조_의"), and a run of '*' cannot
   when punctuation precedes it ("**\"강조\"**를"); "**강조**를" is
   fine.  */
static bool
emphasis_needs_space (const char *t, size_t i)
{
  if (i == 0 || (t[i - 1] != '*' && t[i - 1] != '_'))
    return false;
  char d = t[i - 1];
  size_t k = i;
  while (k > 0 && t[k - 1] == d)
    k--;
  size_t ps;
  uint32_t p = k > 0 ? cp_before (t, k, &ps) : ' ';
  if (is_blank (p))
    return false; /* an opening run, or a lone one */
  return d == '_' || is_md_punct (p);
}

/* Whether C closes what a colon before it would be in: ',' ';' '.' and
   closing brackets and quotes.  "(합니다:, 하세요:)" names colons; it
   introduces nothing that a space should follow.  */
static bool
closes_phrase (uint32_t c)
{
  switch (c)
    {
    case ',': case ';': case '.': case ')': case ']': case '}':
    case 0x2019: case 0x201D: case 0x00BB: case 0x300B: case 0x300D:
    case 0x300F: case 0x3009: case 0x3011:
      return true;
    default:
      return false;
    }
}

/* True when C is a space other than an ASCII blank: a no-break space
   (U+00A0, U+202F), a typographic space (U+2000 to U+200A) or an
   ideographic one (U+3000).  ko-unicode reports the character itself.  */
static bool
is_unicode_space (uint32_t c)
{
  return c == 0xA0 || c == 0x202F || (c >= 0x2000 && c <= 0x200A)
         || c == 0x3000;
}

/* True when the text of its line before offset I of TEXT is a Markdown
   marker that opens the line ("##", "-", "1.", ">"): the blanks after it
   are markup, which Markdown drops, not spacing of the prose.  */
static bool
after_line_marker (const char *text, size_t i)
{
  /* Backwards, so that a long line of prose stops at its first
     letter.  */
  size_t k = i;
  for (; k > 0 && text[k - 1] != '\n'; k--)
    if (!strchr ("#>*+-0123456789.) \t", text[k - 1]))
      return false;
  return k < i;
}

/* The end of a code include of MkDocs sites ("{* ../src/app.py
   ln[1:5]  hl[2] *}", FastAPI's syntax) that starts a line at offset I
   of TEXT (N bytes), or I when none starts there: its text is a path and
   options, not prose.  */
static size_t
include_end (const char *text, size_t n, size_t i)
{
  if (i + 1 >= n || text[i] != '{' || text[i + 1] != '*'
      || (i > 0 && text[i - 1] != '\n'))
    return i;
  for (size_t k = i + 2; k + 1 < n && text[k] != '\n'; k++)
    if (text[k] == '*' && text[k + 1] == '}')
      return k + 2;
  return i;
}

void
td_ko_check_spacing (const char *text, size_t n, struct td_ko_findings *out)
{
  size_t from = out->n;
  for (size_t i = 0; i < n;)
    {
      if (text[i] == '`')
        {
          size_t e = td_ko_code_span_end (text, n, i);
          i = e > i ? e : i + 1;
          continue;
        }
      size_t inc = include_end (text, n, i);
      if (inc > i)
        {
          i = inc;
          continue;
        }
      size_t l, ps;
      uint32_t c = cp_at (text, n, i, &l);

      /* 예:us-east-1 and 읽기· 쓰기.  */
      if (i > 0 && (c == ':' || c == 0xB7)
          && is_syllable (cp_before (text, i, &ps)))
        {
          size_t j = i + l;
          /* "**타입:** boolean": the space follows the closing
             emphasis.  */
          size_t q = j;
          while (q < n && (text[q] == '*' || text[q] == '_'))
            q++;
          size_t lq;
          if (c == ':' && q < n && !is_blank ((unsigned char) text[q])
              && text[q] != ':' && text[q] != '/'
              && !closes_phrase (cp_at (text, n, q, &lq))
              && !is_unicode_space (cp_at (text, n, q, &lq)))
            add (out, TD_KO_NO_SPACE_AFTER_COLON, i, i + 1, ": ");
          else if (c == 0xB7)
            {
              size_t k = j;
              while (k < n && is_hblank (text[k]))
                k++;
              size_t l2;
              if (k > j && k < n && is_syllable (cp_at (text, n, k, &l2)))
                add (out, TD_KO_SPACE_AROUND_MIDDLE_DOT, i, k, "\xC2\xB7");
            }
          i = j;
          continue;
        }

      if (!is_hblank (text[i]))
        {
          i += l;
          continue;
        }
      size_t j = i;
      while (j < n && is_hblank (text[j]))
        j++;
      if (i == 0 || j >= n || text[i - 1] == '\n' || text[j] == '\n'
          || text[j] == '\r' || text[i - 1] == '|' || text[j] == '|'
          || after_line_marker (text, i))
        {
          i = j;
          continue;
        }
      uint32_t pc = cp_before (text, i, &ps);
      size_t ln;
      uint32_t nc = cp_at (text, n, j, &ln);
      bool hangul_before = is_syllable (pc);
      /* Not before a particle that would break the emphasis before
         it, nor before a parenthesis that remarks on the finished
         sentence before it ("저장합니다 (자세한 내용은 …)"), which is no
         annotation of the word.  */
      if ((hangul_before || is_stem_end (pc))
          && standalone_particle (text, n, j)
          && !emphasis_needs_space (text, i))
        add (out, TD_KO_SPACE_BEFORE_PARTICLE, i, j, "");
      else if (hangul_before && nc == '('
               && !paren_holds_particle (text, n, j)
               && !paren_is_noun (text, n, j) && !ends_sentence (text, i))
        add (out, TD_KO_SPACE_BEFORE_PAREN, i, j, "");
      else if (hangul_before && nc == ':'
               && !(j + 1 < n && ((text[j + 1] | 0x20) >= 'a'
                                 && (text[j + 1] | 0x20) <= 'z')))
        /* Not a colon that begins a name (":visited", ":emoji:").  */
        add (out, TD_KO_SPACE_BEFORE_COLON, i, j, "");
      else if (hangul_before
               && (nc == ',' || nc == '?' || nc == '!' || nc == ')'
                   || (nc == '.' && !has_prefix (text, n, j, "..")
                       && !(j + 1 < n
                            && is_ascii_alnum ((unsigned char) text[j + 1])))))
        add (out, TD_KO_SPACE_BEFORE_PUNCT, i, j, "");
      else if (hangul_before && nc == 0xB7)
        {
          size_t k = j + ln;
          while (k < n && is_hblank (text[k]))
            k++;
          size_t l2;
          if (k < n && is_syllable (cp_at (text, n, k, &l2)))
            {
              add (out, TD_KO_SPACE_AROUND_MIDDLE_DOT, i, k, "\xC2\xB7");
              i = k;
              continue;
            }
        }
      else if (j - i >= 2)
        add (out, TD_KO_DOUBLE_SPACE, i, j, " ");
      i = j;
    }
  drop_mentions (text, n, out, from);
}

void
td_ko_check_punctuation (const char *text, size_t n,
                         struct td_ko_findings *out)
{
  size_t from = out->n;
  for (size_t i = 0; i < n;)
    {
      if (text[i] == '`')
        {
          size_t e = td_ko_code_span_end (text, n, i);
          i = e > i ? e : i + 1;
          continue;
        }
      size_t l;
      uint32_t c = cp_at (text, n, i, &l);
      if (c == 0x3002)
        add (out, TD_KO_IDEOGRAPHIC_STOP, i, i + l, ".");
      else if (c == 0x3001)
        add (out, TD_KO_IDEOGRAPHIC_COMMA, i, i + l, ",");
      else if (c == ':')
        {
          size_t k = i + 1;
          while (k < n && is_hblank (text[k]))
            k++;
          bool line_end = k >= n || text[k] == '\n' || text[k] == '\r';
          if (line_end && ends_sentence (text, i))
            add (out, TD_KO_TERMINAL_COLON, i, i + 1, ".");
        }
      i += l;
    }
  drop_mentions (text, n, out, from);
}

void
td_ko_check_heading (const char *text, size_t n, struct td_ko_findings *out)
{
  size_t e = n;
  while (e > 0 && is_blank ((unsigned char) text[e - 1]))
    e--;
  if (e > 0 && text[e - 1] == '}')
    {
      size_t o = e - 1;
      while (o > 0 && text[o] != '{')
        o--;
      if (text[o] == '{' && o + 1 < e && text[o + 1] == '#')
        {
          e = o;
          while (e > 0 && is_blank ((unsigned char) text[e - 1]))
            e--;
        }
    }
  if (e > 0 && text[e - 1] == '.' && !(e > 1 && text[e - 2] == '.'))
    add (out, TD_KO_HEADING_PERIOD, e - 1, e, "");
}

/* ---------------------------------------------------------------------
   Unicode hygiene.  */

static bool
is_conjoining (uint32_t c)
{
  return (c >= 0x1100 && c <= 0x11FF) || (c >= 0xA960 && c <= 0xA97F)
         || (c >= 0xD7B0 && c <= 0xD7FF);
}

static bool
is_filler (uint32_t c)
{
  return c == 0x3164 || c == 0x115F || c == 0x1160 || c == 0xFFA0;
}

static bool
is_emoji (uint32_t c)
{
  return c >= 0x1F000 || (c >= 0x2600 && c <= 0x27BF);
}

void
td_ko_check_unicode (const char *text, size_t n, struct td_ko_findings *out)
{
  size_t from = out->n;
  for (size_t i = 0; i < n;)
    {
      size_t l, ps = 0, nl = 0;
      if ((unsigned char) text[i] < 0x80)
        {
          i++; /* nothing below U+00A0 is reported */
          continue;
        }
      uint32_t c = cp_at (text, n, i, &l);
      if (c < 0xA0 || is_syllable (c))
        {
          i += l;
          continue;
        }
      uint32_t pc = i > 0 ? cp_before (text, i, &ps) : 0;
      uint32_t nc = i + l < n ? cp_at (text, n, i + l, &nl) : 0;
      char buf[8];

      if (c == 0x200B || c == 0x200C || c == 0x2060
          || (c == 0xFEFF && i > 0)
          || (c == 0x200D && !is_emoji (pc) && !is_emoji (nc)))
        add (out, TD_KO_ZERO_WIDTH, i, i + l, "");
      else if (is_filler (c))
        add (out, TD_KO_FILLER, i, i + l, "");
      else if (is_conjoining (c))
        {
          size_t s = i;
          if (is_t (c) && i > 0 && is_syllable (pc)
              && (pc - S_BASE) % T_COUNT == 0)
            s = ps;
          size_t e = i + l;
          while (e < n)
            {
              size_t l2;
              uint32_t d = cp_at (text, n, e, &l2);
              if (!is_conjoining (d) || is_filler (d))
                break;
              e += l2;
            }
          bool changed;
          size_t len;
          char *comp = td_ko_compose (text + s, e - s, &len, &changed);
          if (changed)
            add (out, TD_KO_NFD_HANGUL, s, e, comp);
          else
            add (out, TD_KO_LONE_JAMO, s, e, NULL);
          free (comp);
          i = e;
          continue;
        }
      else if (c == 0x318D)
        add (out, TD_KO_ARAEA_DOT, i, i + l, "\xC2\xB7");
      else if (c >= 0x3131 && c <= 0x318E
               && (is_syllable (pc) || is_syllable (nc)))
        add (out, TD_KO_COMPAT_JAMO, i, i + l, NULL);
      else if ((c == 0x30FB || c == 0x2027 || c == 0x2219)
               && is_syllable (pc))
        add (out, TD_KO_DOT_LOOKALIKE, i, i + l, "\xC2\xB7");
      else if (c >= 0xFF01 && c <= 0xFF5E)
        {
          buf[0] = (char) (c - 0xFEE0);
          buf[1] = '\0';
          add (out, TD_KO_FULLWIDTH, i, i + l, buf);
        }
      else if (c == 0x3000)
        add (out, TD_KO_IDEOGRAPHIC_SPACE, i, i + l, " ");
      else if (c == 0xA0)
        add (out, TD_KO_NBSP, i, i + l, " ");
      else if (c >= 0xFFA1 && c <= 0xFFDC)
        add (out, TD_KO_HALFWIDTH_HANGUL, i, i + l, NULL);
      else if (c == 0x223C && pc >= '0' && pc <= '9')
        add (out, TD_KO_TILDE_LOOKALIKE, i, i + l, "~");
      i += l;
    }
  drop_mentions (text, n, out, from);
}
