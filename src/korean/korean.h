/* korean.h: a Korean language engine for the ko-* rules and --fix.
   Pure functions over UTF-8 bytes: no I/O, no locale, no messages.
   Text is passed as (TEXT, N) and need not be NUL-terminated; every
   offset is a byte offset into TEXT.  Invalid UTF-8 bytes are taken as
   single unknown characters and never read past N.  Detectors append
   findings (spans, kinds, optional replacements) to a td_ko_findings
   list; the caller writes the messages.  The rules and their sources are
   in docs/korean-rules-data.md.  */
#ifndef TD_KOREAN_H
#define TD_KOREAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The final sound (받침) of the word before a particle.  */
enum td_ko_final
{
  TD_KO_FINAL_NONE,      /* ends in a vowel: 를, 가, 는, 와, 로 */
  TD_KO_FINAL_CONSONANT, /* a final consonant other than ㄹ: 을, 이,
                            은, 과, 으로 */
  TD_KO_FINAL_RIEUL,     /* final ㄹ: like CONSONANT, except the (으)로
                            family, which takes 로 */
  TD_KO_FINAL_UNKNOWN    /* not decidable (unknown English word, other
                            script, no word at all) */
};

/* How the word before a particle was judged.  */
enum td_ko_stem_kind
{
  TD_KO_STEM_NONE,     /* nothing judgeable before END */
  TD_KO_STEM_HANGUL,   /* a Hangul syllable: (cp - 0xAC00) % 28 */
  TD_KO_STEM_DIGIT,    /* a number: Sino-Korean reading of the last digit
                          (a final 0 is 영, 십, 백, 천 or 만) */
  TD_KO_STEM_ACRONYM,  /* capitals read letter by letter: ARN, ID */
  TD_KO_STEM_WORD,     /* an English word, by its ending */
  TD_KO_STEM_OVERRIDE, /* the caller's or the built-in word table */
  TD_KO_STEM_SYMBOL    /* '%' read as 퍼센트 */
};

/* One entry of a word table: WORD (ASCII letters and digits, compared
   ASCII-case-insensitively with the judged word) reads with FINAL.  */
struct td_ko_override
{
  const char *word;
  enum td_ko_final final;
};

/* A word table supplied by the caller (the configuration); not owned,
   must outlive the calls it is passed to.  NULL means no table.  Its
   entries take precedence over the built-in table (NAME, TYPE, ROLE,
   stack, hook, ...), which takes precedence over the rules.  */
struct td_ko_overrides
{
  const struct td_ko_override *v;
  size_t n;
};

/* The word that a final sound was decided from.  */
struct td_ko_stem
{
  enum td_ko_stem_kind kind;
  size_t start, end; /* the judged word (a syllable, a number, a run of
                        ASCII letters and digits) inside TEXT; both 0
                        for TD_KO_STEM_NONE */
};

/* The final sound of a precomposed syllable CP (U+AC00-U+D7A3); UNKNOWN
   for any other code point.  */
enum td_ko_final td_ko_syllable_final (uint32_t cp);

/* The final sound of the word that ends just before byte offset END
   (<= N) of TEXT, as a reader pronounces it.  Closing markup is skipped
   first: ` } ] " ' * _ ~ - and closing quotes and brackets, so that
   `{ClickHouse_IAM_ARN}` is judged on ARN and **`Role-`** on Role.  A
   closing ')' is a gloss when its '(' is attached to a word (훅(hook) is
   judged on 훅; after a Latin word, as in Definition(CRD), the result is
   UNKNOWN when the word and the parenthesised text read differently), a
   link when the '(' follows ']' ([text](url) is judged on text), and
   otherwise judged on what it encloses, as after the end of a sentence
   (합니다. (`ARN`)을 is judged on ARN).  Then: a Hangul
   syllable by its 받침; digits by the last digit; a number with a unit
   (700m, 512Mi, 10ms) is UNKNOWN; capitals by letter names
   (at most 3 letters, or 4-5 without a vowel, or 4-5 whose spelling and
   word reading agree); other Latin words by the table in
   docs/korean-rules-data.md, which answers UNKNOWN when unsure.  OV may
   be NULL.  When STEM is not NULL it receives the judged word.  */
enum td_ko_final td_ko_final_before (const char *text, size_t n, size_t end,
                                     const struct td_ko_overrides *ov,
                                     struct td_ko_stem *stem);

/* The English-ending heuristic alone, for the N ASCII letters at WORD
   (any case): e.g. -ng, -n, -m, -p, -et consonant; -l, -le ㄹ; -er, -or,
   -y, -s, vowels none; -k, -d, -g, -t after a vowel UNKNOWN.  A single
   letter reads by its name.  */
enum td_ko_final td_ko_english_final (const char *word, size_t n);

/* Particle pairs, the form after a final consonant first.  */
enum td_ko_pair
{
  TD_KO_PAIR_EUL,   /* 을/를 */
  TD_KO_PAIR_I,     /* 이/가 */
  TD_KO_PAIR_EUN,   /* 은/는 */
  TD_KO_PAIR_GWA,   /* 과/와 */
  TD_KO_PAIR_RO,    /* 으로/로 (also before 서, 써, 부터): ㄹ takes 로 */
  TD_KO_PAIR_INA,   /* 이나/나 */
  TD_KO_PAIR_IRA,   /* 이라/라 */
  TD_KO_PAIR_IRAN,  /* 이란/란 */
  TD_KO_PAIR_IRANG, /* 이랑/랑 */
  TD_KO_PAIR_IEYO   /* 이에요/예요 */
};

/* The right form of PAIR after FINAL (a static string), or NULL when
   FINAL is UNKNOWN.  */
const char *td_ko_pair_pick (enum td_ko_pair pair, enum td_ko_final final);
/* The style guide's dual form of PAIR, a static string: "을(를)",
   "이(가)", "은(는)", "과(와)", "(으)로", "(이)나", "(이)라", "(이)란",
   "(이)랑", "이에요(예요)".  */
const char *td_ko_pair_dual (enum td_ko_pair pair);

enum td_ko_verdict
{
  TD_KO_CORRECT,
  TD_KO_WRONG,
  TD_KO_UNDECIDED /* the stem's final sound is UNKNOWN */
};

/* A particle recognised by td_ko_particle_at.  Strings are static.  */
struct td_ko_particle
{
  enum td_ko_pair pair;
  size_t start, end;   /* the particle form itself, without what follows
                          it (는 in 으로는, 서 in 로서) */
  size_t span_end;     /* end of the form and its allowed continuation */
  const char *found;   /* the form as written, e.g. "을" */
  const char *correct; /* the right form, or NULL when UNDECIDED */
  enum td_ko_verdict verdict;
  enum td_ko_final final;
  struct td_ko_stem stem;
};

/* Whether a particle starts at byte AT of TEXT: AT follows a character
   that is not white space (the particle is attached to a word), the
   longest particle form starts there, and it is followed by the end of
   the text, a character that is neither Hangul nor an ASCII letter or
   digit, or an allowed continuation (의, 는, 도, 만 after 과/와; 서, 써,
   부터, 는, 도, 의, 만 after (으)로; 는, 고, 면, 서, 도 after (이)라) that
   is itself so followed.  So 로 in 로그, 이 in 이용, 가 in 가능 and 와 in
   와이파이 are not particles.  On success fills *OUT (judging the word
   before AT with OV, which may be NULL) and returns true.  The word
   before may be Hangul: the caller decides whether AT is at a word
   boundary (td_ko_check_particles does so only after non-Hangul stems
   and closing markup).  */
bool td_ko_particle_at (const char *text, size_t n, size_t at,
                        const struct td_ko_overrides *ov,
                        struct td_ko_particle *out);

/* A hedged (dual) particle recognised by td_ko_hedge_at.  */
struct td_ko_hedge
{
  enum td_ko_pair pair;
  size_t start, end;    /* the whole hedge: "을 (를)", "(으)로" */
  size_t span_end;      /* end of the hedge and its allowed continuation
                           (는 in (으)로는) */
  bool spaced;          /* white space inside: "을 (를)" */
  bool canonical;       /* exactly the style guide's form: "을(를)" */
  const char *resolved; /* static; the single right form, or NULL when the
                           stem's final is UNKNOWN */
  const char *dual;     /* static; td_ko_pair_dual (pair) */
  enum td_ko_final final;
  struct td_ko_stem stem;
};

/* Whether a hedged particle starts at AT (attached to the word before
   it): F1 [spaces] "(" F2 ")" with F1 and F2 the two forms of one pair
   (을 (를), 을(를), 이(가), 는(은), 로(으로), ...), or "(으)로", "(이)나",
   "(이)라", "(이)란", "(이)랑", followed as for td_ko_particle_at.  On
   success fills *OUT and returns true.  */
bool td_ko_hedge_at (const char *text, size_t n, size_t at,
                     const struct td_ko_overrides *ov,
                     struct td_ko_hedge *out);

/* Composes the Hangul in the N bytes at TEXT: L V [T] conjoining jamo
   (U+1100-U+1112, U+1161-U+1175, U+11A8-U+11C2) become a syllable
   0xAC00 + (L*21 + V)*28 + T, and an LV syllable followed by T jamo
   becomes the LVT syllable.  Everything else (old jamo, other scripts'
   combining marks, invalid bytes) is copied unchanged; this is NFC for
   modern Hangul only.  Returns a new NUL-terminated string (caller frees)
   and stores its length in *OUT_LEN and whether anything was composed in
   *CHANGED (either pointer may be NULL).  */
char *td_ko_compose (const char *text, size_t n, size_t *out_len,
                     bool *changed);

/* What a detector found.  */
enum td_ko_kind
{
  /* ko-particle (td_ko_check_particles) */
  TD_KO_PARTICLE_WRONG,          /* repl: the right form */
  /* ko-particle-hedged (td_ko_check_hedges); repl: the single right
     form when decidable, else the dual form; alt: the dual form */
  TD_KO_HEDGE_SPACED,            /* "을 (를)" */
  TD_KO_HEDGE_ORDER,             /* "를(을)", "로(으로)" */
  TD_KO_HEDGE_DECIDABLE,         /* "을(를)" although the stem decides */
  /* ko-spacing (td_ko_check_spacing) */
  TD_KO_SPACE_BEFORE_PARTICLE,   /* "`ARN` 을": repl "" over the spaces */
  TD_KO_SPACE_BEFORE_PAREN,      /* "지역 (예:": repl "" over the spaces */
  TD_KO_SPACE_BEFORE_COLON,      /* "예 :": repl "" over the spaces */
  TD_KO_NO_SPACE_AFTER_COLON,    /* "예:us": repl ": " over the colon */
  TD_KO_SPACE_BEFORE_PUNCT,      /* "합니다 .": repl "" over the spaces */
  TD_KO_SPACE_AROUND_MIDDLE_DOT, /* "읽기 · 쓰기": repl "·" */
  TD_KO_DOUBLE_SPACE,            /* repl " " */
  /* ko-punctuation (td_ko_check_punctuation, td_ko_check_heading) */
  TD_KO_HEADING_PERIOD,          /* repl "" over the period */
  TD_KO_TERMINAL_COLON,          /* "합니다:": repl "." over the colon */
  TD_KO_IDEOGRAPHIC_STOP,        /* U+3002: repl "." */
  TD_KO_IDEOGRAPHIC_COMMA,       /* U+3001: repl "," */
  /* ko-unicode (td_ko_check_unicode) */
  TD_KO_NFD_HANGUL,              /* conjoining jamo: repl composed */
  TD_KO_LONE_JAMO,               /* conjoining jamo that do not compose
                                    into a modern syllable: no repl */
  TD_KO_COMPAT_JAMO,             /* U+3131-U+318E next to a syllable:
                                    no repl */
  TD_KO_ARAEA_DOT,               /* U+318D: repl U+00B7 */
  TD_KO_DOT_LOOKALIKE,           /* U+30FB, U+2027, U+2219 after Hangul:
                                    repl U+00B7 */
  TD_KO_ZERO_WIDTH,              /* U+200B-D, U+2060, U+FEFF: repl "" */
  TD_KO_FILLER,                  /* U+3164, U+115F, U+1160, U+FFA0:
                                    repl "" */
  TD_KO_FULLWIDTH,               /* U+FF01-U+FF5E: repl cp - 0xFEE0 */
  TD_KO_IDEOGRAPHIC_SPACE,       /* U+3000: repl " " */
  TD_KO_NBSP,                    /* U+00A0: repl " " */
  TD_KO_HALFWIDTH_HANGUL,        /* U+FFA1-U+FFDC: no repl */
  TD_KO_TILDE_LOOKALIKE,         /* U+223C after a digit: repl "~" */
  TD_KO__COUNT
};

struct td_ko_finding
{
  enum td_ko_kind kind;
  size_t start, end;  /* the bytes the finding is about, and that REPL
                         replaces */
  char *repl;         /* owned by the list; NUL-terminated replacement
                         (possibly ""), or NULL when there is no
                         automatic fix */
  const char *alt;    /* static alternative replacement or NULL */
  const char *found;  /* static: the particle as written, or NULL */
  enum td_ko_final final;  /* particles: the stem's final sound */
  struct td_ko_stem stem;  /* particles: the judged word */
};

/* A growing list of findings, in the order found (by start offset within
   one detector call).  Zero-initialise it or use td_ko_findings_init.  */
struct td_ko_findings
{
  struct td_ko_finding *v; /* owned */
  size_t n, alloc;
};

void td_ko_findings_init (struct td_ko_findings *f);
/* Frees what F owns (the array and every repl) and empties it.  */
void td_ko_findings_free (struct td_ko_findings *f);

/* The stable name of KIND ("particle-wrong", "nfd-hangul", ...), a
   static string, for tests and machine output.  */
const char *td_ko_kind_name (enum td_ko_kind kind);

/* The detectors.  Each scans the N bytes of Markdown prose at TEXT
   (a paragraph, list item, table cell or heading text; inline code spans
   are skipped, except by td_ko_check_unicode) and appends to OUT.  A
   finding that starts inside a mention, a short quoted example
   (mention.h), is left out when it is of a kind the example shows on
   purpose: a particle, a hedge, the space before an annotating
   parenthesis, '。' and '、', and the visible look-alike characters
   (korean.c lists the kinds).  */

/* Wrong particles after a clearly delimited word: Latin letters, digits,
   '%', or closing markup (code span, placeholder, bold, link, quote)
   around any word, Hangul included.  Particles after bare Hangul are not
   checked (a word boundary inside Hangul needs morphology), nor hedges,
   nor particles whose stem is UNKNOWN.  */
void td_ko_check_particles (const char *text, size_t n,
                            const struct td_ko_overrides *ov,
                            struct td_ko_findings *out);

/* Hedged particles that are spaced, out of order, or decidable.  A
   canonical hedge after an UNKNOWN stem is not reported.  */
void td_ko_check_hedges (const char *text, size_t n,
                         const struct td_ko_overrides *ov,
                         struct td_ko_findings *out);

/* Spacing: TD_KO_SPACE_BEFORE_PARTICLE (을, 를, 는, 의, 으로 after spaces
   behind a word, unless the word ends in a closing emphasis run that the
   particle would keep from closing: _강조_ 의, **"강조"** 를),
   SPACE_BEFORE_PAREN (after a Hangul syllable, unless the parenthesis
   holds a hedged particle or follows a sentence-final ending such as
   합니다, where it remarks on the sentence), SPACE_BEFORE_COLON and
   NO_SPACE_AFTER_COLON (after Hangul; not before ',' ';' '.' or a
   closing bracket or quote, where the colon is named: "합니다:,"),
   SPACE_BEFORE_PUNCT (. , ? ! ) after Hangul; not a '.' before an ASCII
   letter or digit, which begins a file name: " .md"),
   SPACE_AROUND_MIDDLE_DOT, DOUBLE_SPACE (inside a line, not next to
   '|').  */
void td_ko_check_spacing (const char *text, size_t n,
                          struct td_ko_findings *out);

/* Punctuation: TD_KO_TERMINAL_COLON (a colon after a sentence-final
   ending 니다, 세요, 시오, 에요, 예요, 해요, 한다, 된다, 는다, 있다,
   없다, at the end of a line), IDEOGRAPHIC_STOP, IDEOGRAPHIC_COMMA.  */
void td_ko_check_punctuation (const char *text, size_t n,
                              struct td_ko_findings *out);

/* A heading's text (with or without the leading #s) ending in '.',
   ignoring a trailing {#anchor} and white space; an ellipsis is not
   reported.  */
void td_ko_check_heading (const char *text, size_t n,
                          struct td_ko_findings *out);

/* Unicode hygiene, over all of TEXT (code spans included): the
   TD_KO_NFD_HANGUL ... TD_KO_TILDE_LOOKALIKE kinds.  U+FEFF at offset 0
   and U+200D between emoji are not reported.  One NFD finding covers a
   maximal run of conjoining jamo (with the syllable before a leading
   final jamo).  */
void td_ko_check_unicode (const char *text, size_t n,
                          struct td_ko_findings *out);

#endif
