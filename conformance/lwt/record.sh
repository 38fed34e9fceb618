#!/usr/bin/env bash
# Records NAME.expected for each NAME.ml given (default: all) from real OCaml 4.13.1 and Lwt
# 5.6.1 (Debian's liblwt-ocaml-dev), compiled with ocamlfind against lwt.unix and lwt_ppx;
# see ../record-common.sh.
set -euo pipefail
cd "$(dirname "$0")"
. ../record-common.sh
for src in "${@:-*.ml}"; do
  for f in $src; do
    COMPILE="ocamlfind ocamlc -thread -w -a -package lwt.unix,lwt_ppx -linkpkg" record "$f"
  done
done
