#!/usr/bin/env bash
# Records NAME.ocaml-stderr for each NAME.ml given (default: all): what real OCaml 4.13.1's
# `ocamlc -i NAME.ml` prints for the ill-typed program. NAME.expected is mlrun's own
# transcript (`--bless`); tests/typing_truth.rs checks its header and Error text are OCaml's.
# A template NAME.eml.ml is given to ocamlc as the OCaml `mlrun --dump=eml` makes of it (the
# eml suite checks that text against hand-written dream_eml output); its line directives make
# OCaml name the template. $MLRUN defaults to the workspace's debug build.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mlrun=${MLRUN:-../../target/debug/mlrun}
for src in "${@:-*.ml}"; do
  for f in $src; do
    case $f in
      *.eml.ml) g=${f%.eml.ml}.ml; "$mlrun" --dump=eml "$f" > "$tmp/$g";;
      *) g=$f; cp "$f" "$tmp/$f";;
    esac
    (cd "$tmp" && ocamlc -i "$g" >/dev/null 2>err || true; cat err) > "${g%.ml}.ocaml-stderr"
  done
done
