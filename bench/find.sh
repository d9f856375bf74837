#!/usr/bin/env bash
# "Find support" search throughput of a running Latch with the demo data (default
# http://localhost:8080): each line is one kind of search a family makes, measured with wrk
# from a second process on loopback. Start Latch first (README's run command), then:
#   bench/find.sh [base-url] [seconds]
# Needs Debian's wrk (apt-get install wrk).
set -euo pipefail
base=${1:-http://localhost:8080}
seconds=${2:-15}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
searches=(
  "/find?near=02124&radius=25"                                  # US ZIP code
  "/find?near=Sao+Paulo&radius=50"                              # place name, no accents
  "/find?near=42.36,-71.06&radius=100&unit=km"                  # shared location
  "/find?near=Boston,+MA&radius=50&day=tuesday&time=evening"    # nested meeting filters
  "/find?q=amamentacao&mode=online"                             # free text, online only
  "/find/places?near=Port"                                      # as-you-type suggestions
  "/api/hsds/organizations?search=sao&per_page=20"              # HSDS API
)
for path in "${searches[@]}"; do
  curl -sf -o /dev/null "$base$path" || { echo "$base$path does not answer" >&2; exit 1; }
  wrk -t2 -c16 -d"${seconds}s" --latency "$base$path" >/dev/null 2>&1 # warm-up
  printf '%-60s ' "$path"
  wrk -t2 -c16 -d"${seconds}s" --latency "$base$path" |
    awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "%10s req/s  p50 %8s  p99 %8s\n", rps, p50, p99}'
done
