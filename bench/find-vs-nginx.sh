#!/usr/bin/env bash
# Issue 3's page target: /find?near=10001 served by Latch against nginx serving the identical
# bytes as a static file, in the same run, with the same load (wrk, 2 threads, 16 connections).
# Start Latch with the demo data first (README's run command), then:
#   bench/find-vs-nginx.sh [base-url] [seconds] [path]
# Latch is first loaded for WARMUP seconds (default 120: on two cores the JVM compiles the
# page's code under load for about two minutes), then Latch and nginx are measured in turn
# for [seconds] each, ROUNDS times (default 3); the median ratio is the result.
# Needs Debian's wrk and nginx (apt-get install wrk nginx); nginx runs from a temporary
# directory on port 8091 and is stopped at the end.
set -euo pipefail
base=${1:-http://localhost:8080}
seconds=${2:-10}
path=${3:-/find?near=10001}
warmup=${WARMUP:-120}
for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed (apt-get install $tool)" >&2; exit 1; }
done
dir=$(mktemp -d)
trap 'nginx -c "$dir/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$dir"' EXIT
mkdir -p "$dir/www" "$dir/logs"
curl -sf -o "$dir/www/page.html" "$base$path"
cat > "$dir/nginx.conf" <<CONF
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 1000000;
  default_type text/html;
  server { listen 8091; root $dir/www; }
}
CONF
nginx -c "$dir/nginx.conf"
sleep 0.5
load() {
  wrk -t2 -c16 -d"${seconds}s" --latency "$1" |
    awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "%s %s %s\n", rps, p50, p99}'
}
wrk -t2 -c16 -d"${warmup}s" "$base$path" >/dev/null 2>&1 # JIT warm-up
echo "page: $path, $(wc -c < "$dir/www/page.html") bytes; ${ROUNDS:-3} rounds of ${seconds} s each, alternating"
ratios=()
for round in $(seq 1 "${ROUNDS:-3}"); do
  read -r latch latch50 latch99 < <(load "$base$path")
  read -r static static50 static99 < <(load "http://localhost:8091/page.html")
  ratio=$(awk -v a="$latch" -v b="$static" 'BEGIN {printf "%.1f", 100 * a / b}')
  ratios+=("$ratio")
  printf 'round %s: Latch %9s req/s (p50 %7s, p99 %7s)  nginx %9s req/s (p50 %7s, p99 %7s)  %s%%\n' \
    "$round" "$latch" "$latch50" "$latch99" "$static" "$static50" "$static99" "$ratio"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "Latch reaches ${median}% of nginx, median of the rounds (target: at least 10%)"
