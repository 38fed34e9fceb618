# Sourced by the suites' record.sh scripts. `record FILE.ml` compiles FILE.ml with the command
# in $COMPILE (the file and `-o prog` are appended) in a scratch folder, runs it with FILE.stdin
# as its input (none if there is no such file) and writes FILE.expected as `transcript` lays
# out the run.

# The transcript of a run whose stdout and stderr are in DIR/out and DIR/err: stdout, then
# "--- stderr" and stderr if any, then "--- exit N" if the exit code is not 0.
transcript() {
  local tmp=$1 code=$2 last
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
}

record() {
  local f=$1 name=${1%.ml} tmp code
  tmp=$(mktemp -d)
  cp "$f" "$tmp/$f"
  if ! (cd "$tmp" && $COMPILE "$f" -o prog 2>"$tmp/cerr"); then
    echo "$f does not compile:" >&2
    cat "$tmp/cerr" >&2
    rm -rf "$tmp"
    return 1
  fi
  set +e
  local input=/dev/null
  [ -f "$name.stdin" ] && input="$PWD/$name.stdin"
  (cd "$tmp" && ./prog <"$input" >out 2>err)
  code=$?
  set -e
  transcript "$tmp" "$code" > "$name.expected"
  rm -rf "$tmp"
}
