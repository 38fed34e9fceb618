#!/usr/bin/env bash
# Records NAME.expected for each NAME.ml given (default: all) from real OCaml 4.13.1: what
# `ocamlc -i NAME.ml` prints (the inferred signature).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for src in "${@:-*.ml}"; do
  for f in $src; do
    cp "$f" "$tmp/$f"
    (cd "$tmp" && ocamlc -i "$f") > "${f%.ml}.expected"
  done
done
