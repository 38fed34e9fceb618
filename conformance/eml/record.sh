#!/usr/bin/env bash
# Records NAME.expected for each case given (default: all) by compiling the hand-written
# NAME.generated (the OCaml dream_eml makes of NAME.eml.ml; for a folder NAME/, each
# T.generated next to its T.eml.html or T.eml.ml, plus the folder's other .ml files, main.ml
# last) with real OCaml 4.13.1 and running it with no input. Dream itself is not installed:
# dream-standin.ml provides the one function string-mode templates call, Dream.html_escape;
# `%% response` cases define their own local Dream module, as Dream's internal templates do.
# Lwt is linked (ocamlfind, lwt.unix + lwt_ppx) when the generated code mentions it.
set -euo pipefail
cd "$(dirname "$0")"

. ../record-common.sh  # transcript (its record is replaced below)

record() { # CASE: NAME.eml.ml or a folder NAME
  local case=$1 name tmp files=() code
  name=${case%.eml.ml}; name=${name%/}
  tmp=$(mktemp -d)
  cp dream-standin.ml "$tmp/dream.ml"
  files=(dream.ml)
  if [ -d "$name" ]; then
    for t in "$name"/*.generated; do
      cp "$t" "$tmp/$(basename "${t%.generated}").ml"; files+=("$(basename "${t%.generated}").ml")
    done
    for m in "$name"/*.ml; do
      case $m in *.eml.ml|*/main.ml) continue;; esac
      cp "$m" "$tmp/"; files+=("$(basename "$m")")
    done
    cp "$name/main.ml" "$tmp/"; files+=(main.ml)
  else
    cp "$name.generated" "$tmp/$name.ml"; files+=("$name.ml")
  fi
  local compile="ocamlc -w -a"
  if grep -q -i lwt "$tmp"/*.ml; then
    compile="ocamlfind ocamlc -thread -w -a -package lwt.unix,lwt_ppx -linkpkg"
  fi
  if ! (cd "$tmp" && $compile "${files[@]}" -o prog 2>"$tmp/cerr"); then
    echo "$case does not compile:" >&2; cat "$tmp/cerr" >&2; rm -rf "$tmp"; return 1
  fi
  set +e
  (cd "$tmp" && ./prog </dev/null >out 2>err)
  code=$?
  set -e
  transcript "$tmp" "$code" > "$name.expected"
  rm -rf "$tmp"
}

shopt -s nullglob
if [ $# -eq 0 ]; then
  set -- *.eml.ml */
fi
for c in "$@"; do record "$c"; done
