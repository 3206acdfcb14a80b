#!/bin/sh
# tests/valgrind.sh: runs twindoc ($TWINDOC_REAL) under valgrind for the
# CLI tests (make check TWINDOC_VALGRIND=1 ...): any memory error or leak
# makes the command exit 99, which no test expects.
exec valgrind -q --error-exitcode=99 --leak-check=full \
  --errors-for-leak-kinds=definite,indirect "$TWINDOC_REAL" "$@"
