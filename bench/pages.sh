#!/usr/bin/env bash
# Page throughput of a running Latch (default http://localhost:8080), measured with wrk from a
# second process on loopback. Start Latch first (README's run command), then:
#   bench/pages.sh [base-url] [seconds]
# Needs Debian's wrk (apt-get install wrk).
set -euo pipefail
base=${1:-http://localhost:8080}
seconds=${2:-15}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
for path in / /about /sign-in "/?lang=ht" /actuator/health/readiness; do
  curl -sf -o /dev/null "$base$path" || { echo "$base$path does not answer" >&2; exit 1; }
  wrk -t2 -c16 -d"${seconds}s" --latency "$base$path" >/dev/null 2>&1 # warm-up
  printf '%-28s ' "$path"
  wrk -t2 -c16 -d"${seconds}s" --latency "$base$path" |
    awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "%10s req/s  p50 %8s  p99 %8s\n", rps, p50, p99}'
done
