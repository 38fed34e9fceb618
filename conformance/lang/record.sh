#!/usr/bin/env bash
# Records NAME.expected for each NAME.ml given (default: all) from real OCaml 4.13.1, compiled
# with ocamlc (with unix.cma when the program uses Unix); see ../record-common.sh.
set -euo pipefail
cd "$(dirname "$0")"
. ../record-common.sh
for src in "${@:-*.ml}"; do
  for f in $src; do
    libs=""
    if grep -q 'Unix\.' "$f"; then libs="unix.cma"; fi
    COMPILE="ocamlc -w -a $libs" record "$f"
  done
done
