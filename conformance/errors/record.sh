#!/usr/bin/env bash
# Records NAME.ocaml-stderr for each NAME.ml given (default: all): what real OCaml 4.13.1's
# `ocamlc -i NAME.ml` prints for the ill-typed program. NAME.expected is mlrun's own
# transcript (`--bless`); tests/typing_truth.rs checks its header and Error text are OCaml's.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for src in "${@:-*.ml}"; do
  for f in $src; do
    cp "$f" "$tmp/$f"
    (cd "$tmp" && ocamlc -i "$f" >/dev/null 2>err || true; cat err) > "${f%.ml}.ocaml-stderr"
  done
done
