## tests/fuzz/fuzz.mk: the libFuzzer targets (docs/fuzzing.md), included
## from Makefile.am.  Needs: configure CC=clang --enable-fuzz
## --enable-sanitizers, which instruments the library for coverage
## (-fsanitize=fuzzer-no-link); each target adds -fsanitize=fuzzer, which
## links libFuzzer's main.

TD_FUZZ_NAMES = check frontmatter policy config baseline korean

EXTRA_DIST += tests/fuzz/smoke.sh tests/fuzz/markdown.dict tests/fuzz/json.dict \
	tests/fuzz/make-seeds.sh tests/fuzz/regressions

# Seconds each target runs in fuzz-smoke; where seeds, corpora and crash
# artifacts go (outside the source tree in a VPATH build).
FUZZ_SECONDS = 60
FUZZ_WORKDIR = $(abs_builddir)/tests/fuzz/work
FUZZ_FLAGS = -timeout=10 -rss_limit_mb=2048 -print_final_stats=1

if ENABLE_FUZZ
noinst_PROGRAMS = tests/fuzz/fuzz_check tests/fuzz/fuzz_frontmatter \
	tests/fuzz/fuzz_policy tests/fuzz/fuzz_config \
	tests/fuzz/fuzz_baseline tests/fuzz/fuzz_korean
TD_FUZZ_CFLAGS = $(AM_CFLAGS) -fsanitize=fuzzer
tests_fuzz_fuzz_check_SOURCES = tests/fuzz/fuzz_check.c
tests_fuzz_fuzz_check_CFLAGS = $(TD_FUZZ_CFLAGS)
tests_fuzz_fuzz_check_LDADD = $(TD_LIBS)
tests_fuzz_fuzz_frontmatter_SOURCES = tests/fuzz/fuzz_frontmatter.c
tests_fuzz_fuzz_frontmatter_CFLAGS = $(TD_FUZZ_CFLAGS)
tests_fuzz_fuzz_frontmatter_LDADD = $(TD_LIBS)
tests_fuzz_fuzz_policy_SOURCES = tests/fuzz/fuzz_policy.c
tests_fuzz_fuzz_policy_CFLAGS = $(TD_FUZZ_CFLAGS)
tests_fuzz_fuzz_policy_LDADD = $(TD_LIBS)
tests_fuzz_fuzz_config_SOURCES = tests/fuzz/fuzz_config.c
tests_fuzz_fuzz_config_CFLAGS = $(TD_FUZZ_CFLAGS)
tests_fuzz_fuzz_config_LDADD = $(TD_LIBS)
tests_fuzz_fuzz_baseline_SOURCES = tests/fuzz/fuzz_baseline.c
tests_fuzz_fuzz_baseline_CFLAGS = $(TD_FUZZ_CFLAGS)
tests_fuzz_fuzz_baseline_LDADD = $(TD_LIBS)
tests_fuzz_fuzz_korean_SOURCES = tests/fuzz/fuzz_korean.c
tests_fuzz_fuzz_korean_CFLAGS = $(TD_FUZZ_CFLAGS)
tests_fuzz_fuzz_korean_LDADD = $(TD_LIBS)

# Replays tests/fuzz/regressions/TARGET-*, builds the seeds, then runs each
# target for FUZZ_SECONDS; fails on any crash, leak, timeout or OOM (the
# reproducer is left in $(FUZZ_WORKDIR)/artifacts).
fuzz-smoke: $(noinst_PROGRAMS)
	@if ! grep -q __sanitizer_cov src/libtwindoc.a; then \
	  echo "fuzz-smoke: src/libtwindoc.a has no coverage instrumentation:" >&2; \
	  echo "  configure CC=clang --enable-fuzz --enable-sanitizers" >&2; \
	  exit 1; \
	fi
	$(AM_V_GEN)$(MKDIR_P) $(FUZZ_WORKDIR)/artifacts && \
	$(SHELL) $(srcdir)/tests/fuzz/make-seeds.sh $(FUZZ_WORKDIR)/seeds $(srcdir) && \
	cat $(srcdir)/tests/fuzz/markdown.dict $(srcdir)/tests/fuzz/json.dict \
	  >$(FUZZ_WORKDIR)/all.dict && \
	fail=; \
	for t in $(TD_FUZZ_NAMES); do \
	  len=; test $$t = check && len=-max_len=2048; \
	  case $$t in \
	    check|frontmatter|korean) dict=$(srcdir)/tests/fuzz/markdown.dict ;; \
	    policy) dict=$(FUZZ_WORKDIR)/all.dict ;; \
	    *) dict=$(srcdir)/tests/fuzz/json.dict ;; \
	  esac; \
	  regs=`ls $(srcdir)/tests/fuzz/regressions/fuzz_$$t-* 2>/dev/null`; \
	  if test -n "$$regs"; then \
	    echo "fuzz-smoke: fuzz_$$t: replaying" $$regs; \
	    ./tests/fuzz/fuzz_$$t $(FUZZ_FLAGS) $$regs \
	      >$(FUZZ_WORKDIR)/fuzz_$$t-regressions.log 2>&1 \
	      || { echo "fuzz-smoke: fuzz_$$t: a regression input fails:" \
	             "$(FUZZ_WORKDIR)/fuzz_$$t-regressions.log" >&2; \
	           fail="$$fail fuzz_$$t"; continue; }; \
	  fi; \
	  $(MKDIR_P) $(FUZZ_WORKDIR)/corpus/$$t; \
	  echo "fuzz-smoke: fuzz_$$t: $(FUZZ_SECONDS) s"; \
	  if ./tests/fuzz/fuzz_$$t $(FUZZ_FLAGS) $$len -dict=$$dict \
	       -max_total_time=$(FUZZ_SECONDS) \
	       -artifact_prefix=$(FUZZ_WORKDIR)/artifacts/fuzz_$$t- \
	       $(FUZZ_WORKDIR)/corpus/$$t $(FUZZ_WORKDIR)/seeds/$$t \
	       >$(FUZZ_WORKDIR)/fuzz_$$t.log 2>&1; then \
	    grep -E '^stat::number_of_executed_units|^Done' \
	      $(FUZZ_WORKDIR)/fuzz_$$t.log | sed "s/^/  fuzz_$$t: /"; \
	  else \
	    echo "fuzz-smoke: fuzz_$$t FAILED, see $(FUZZ_WORKDIR)/fuzz_$$t.log" >&2; \
	    grep -E '^==[0-9]+==ERROR|^SUMMARY|runtime error|Test unit written' \
	      $(FUZZ_WORKDIR)/fuzz_$$t.log >&2; \
	    fail="$$fail fuzz_$$t"; \
	  fi; \
	done; \
	if test -n "$$fail"; then \
	  echo "fuzz-smoke: failed:$$fail" >&2; exit 1; \
	fi; \
	echo "fuzz-smoke: all targets passed"
else
fuzz-smoke:
	@echo "fuzz-smoke: the libFuzzer targets are not configured.  Run:" >&2
	@echo "  $(srcdir)/configure CC=clang --enable-fuzz --enable-sanitizers" >&2
	@echo "in a separate build folder (docs/fuzzing.md), then make fuzz-smoke." >&2
	@exit 1
endif

fuzz-clean:
	rm -rf $(FUZZ_WORKDIR)

.PHONY: fuzz-smoke fuzz-clean
