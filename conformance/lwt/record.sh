#!/usr/bin/env bash
# Records NAME.expected for each NAME.ml given (default: all) from real OCaml 4.13.1 and
# Lwt 5.6.1 (Debian's liblwt-ocaml-dev): compiled with ocamlfind ocamlc against lwt.unix and
# lwt_ppx under its own name, run with no input; the transcript is stdout, then "--- stderr"
# and stderr if any, then "--- exit N" if the exit code is not 0.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for src in "${@:-*.ml}"; do
  for f in $src; do
    name=${f%.ml}
    cp "$f" "$tmp/$f"
    if ! (cd "$tmp" && ocamlfind ocamlc -thread -w -a -package lwt.unix,lwt_ppx -linkpkg "$f" -o prog 2>"$tmp/cerr"); then
      echo "$f does not compile:" >&2; cat "$tmp/cerr" >&2; exit 1
    fi
    set +e
    (cd "$tmp" && ./prog </dev/null >out 2>err)
    code=$?
    set -e
    {
      cat "$tmp/out"
      if [ -s "$tmp/err" ]; then
        [ -s "$tmp/out" ] && [ "$(tail -c1 "$tmp/out" | xxd -p)" != "0a" ] && echo
        echo "--- stderr"
        cat "$tmp/err"
      fi
      if [ "$code" != 0 ]; then
        last="$tmp/out"; [ -s "$tmp/err" ] && last="$tmp/err"
        [ -s "$last" ] && [ "$(tail -c1 "$last" | xxd -p)" != "0a" ] && echo
        echo "--- exit $code"
      fi
    } > "$name.expected"
  done
done
