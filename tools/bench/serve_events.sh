#!/usr/bin/env bash
# Load test of uncached `GET /api/events` (one filter rotating over the 14 types, 100 results)
# on a synthetic store. Prints wrk's req/s and latency and the server's CPU per request
# (utime+stime from /proc, robust to other load on a shared machine), with the load average.
#
#   tools/bench/serve_events.sh [DB] [CONNECTIONS...]     defaults: /tmp/bench.db, 8 16
#   RASD=target/release/rasd  DURATION=20s  PORT=8080  CACHE_MB=0   (environment overrides)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
db=${1:-/tmp/bench.db}
shift || true
conns=${*:-8 16}
rasd=${RASD:-target/release/rasd}
port=${PORT:-8080}
dur=${DURATION:-20s}
[ -f "$db" ] || "$rasd" bench store --events 100000 "$db"
"$rasd" --db "$db" serve --cache-mb "${CACHE_MB:-0}" --bind "127.0.0.1:$port" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
url="http://127.0.0.1:$port/api/events?limit=100"
for _ in $(seq 50); do curl -sf -o /dev/null "$url" && break; sleep 0.2; done
tck=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
# A short warm-up: page cache, statement caches, connections.
wrk -t2 -c8 -d3s -s "$here/types.lua" "$url" >/dev/null
for c in $conns; do
    before=$(cpu)
    out=$(wrk -t2 -c"$c" -d"$dur" --latency -s "$here/types.lua" "$url")
    after=$(cpu)
    reqs=$(echo "$out" | awk '/requests in/ {print $1}')
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    errs=$(echo "$out" | grep -E 'Non-2xx|Socket errors' || true)
    ms=$(awk -v t=$((after - before)) -v n="$reqs" -v k="$tck" 'BEGIN {printf "%.3f", t / k * 1000 / n}')
    echo "c=$c req/s=$rps p50=$p50 p99=$p99 cpu_ms_per_req=$ms requests=$reqs load:$(uptime | sed 's/.*average://') $errs"
done
