#!/bin/sh
# Compares mlrun serving demos/hello/ with a bare hyper server giving the same response:
# requests/s of each under wrk (same settings, same run) and their ratio, then the time
# from starting `mlrun demos/hello/` to its first successful response (median of 10).
# Usage: bench/http/run.sh [DURATION_SECONDS]   (needs wrk and curl; builds in release)
set -eu
cd "$(dirname "$0")/../.."
duration=${1:-10}
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install -y wrk)"; exit 1; }
flock /tmp/mlrun-cargo.lock cargo build --release --bin mlrun --bin bare-hyper >&2
bin=target/release
port_bare=18601
port_mlrun=18602

wait_up() { until curl -s -o /dev/null "http://127.0.0.1:$1/"; do sleep 0.01; done; }
rps() { wrk -t1 -c32 -d"${duration}s" "http://127.0.0.1:$1/" | awk '/Requests\/sec/ {print $2}'; }

PORT=$port_bare $bin/bare-hyper & bare=$!
$bin/mlrun --port $port_mlrun demos/hello/ 2>/dev/null & ml=$!
trap 'kill $bare $ml 2>/dev/null || true' EXIT
wait_up $port_bare; wait_up $port_mlrun
r_bare=$(rps $port_bare)
r_mlrun=$(rps $port_mlrun)
kill $bare $ml; wait $bare $ml 2>/dev/null || true
echo "bare-hyper: $r_bare req/s"
echo "mlrun:      $r_mlrun req/s"
echo "ratio:      $(awk "BEGIN {printf \"%.1f%%\", 100 * $r_mlrun / $r_bare}")"

# Time to first response: start, poll until a 200 arrives, stop; ten times.
times=""
for _ in 1 2 3 4 5 6 7 8 9 10; do
  start=$(date +%s%N)
  $bin/mlrun --port $port_mlrun demos/hello/ 2>/dev/null & ml=$!
  until curl -s -o /dev/null "http://127.0.0.1:$port_mlrun/"; do :; done
  end=$(date +%s%N)
  kill $ml; wait $ml 2>/dev/null || true
  times="$times $(( (end - start) / 1000000 ))"
done
median=$(echo $times | tr ' ' '\n' | sort -n | sed -n 5,6p | awk '{s += $1} END {printf "%.0f", s / NR}')
echo "first response: ${median} ms (median of 10:$times)"
