#!/usr/bin/env bash
# Records NAME.expected for each NAME.ml given (default: all but deriving_*) from real OCaml
# 4.13.1 and Yojson 2.0.2 (Debian's libyojson-ocaml-dev), compiled with ocamlfind against
# yojson; see ../record-common.sh. The deriving_* cases need ppx_yojson_conv, which Debian does
# not package: their expectations are written by hand from its documented behaviour (see
# README.md), so this script leaves them alone.
set -euo pipefail
cd "$(dirname "$0")"
. ../record-common.sh
for src in "${@:-*.ml}"; do
  for f in $src; do
    case ${f%.ml} in deriving_*) continue ;; esac
    COMPILE="ocamlfind ocamlc -w -a -package yojson -linkpkg" record "$f"
  done
done
