#!/usr/bin/env bash
# Families submitting "Ask for help" at once against a running Latch (issue 4): each of N
# submitters loops over GET /help (own cookie jar: CSRF token), POST /help with the form's
# secret and token, and the confirmation page /help/r/{secret}?sent=1 it is redirected to.
# Prints submissions per second and p50/p90/p99 of the form, of the POST with the
# confirmation page, and of the confirmation page alone (src/test/java/org/latch/helprequest/
# HelpSubmitLoad.java, JDK only). Starts nothing itself. Start the server first, e.g. on a
# fresh PostgreSQL database with the demo data and the per-address limit raised (every
# submitter comes from 127.0.0.1):
#   mvn -B -q package -DskipTests
#   createdb -h 127.0.0.1 -U postgres latch_bench_submit
#   LATCH_DB_URL=jdbc:postgresql://127.0.0.1:5432/latch_bench_submit LATCH_DB_USER=postgres \
#   LATCH_DB_PASSWORD= LATCH_DEMO=true LATCH_DATA_DIR=/tmp/latch-submit SERVER_PORT=18091 \
#   LATCH_HELP_REQUESTS_PER_HOUR=100000000 java -jar target/latch.jar
# then:
#   bench/help-submit.sh [base-url] [seconds] [submitters] [warm-up seconds] [think ms]
# (defaults http://localhost:8080 60 32 30 0). With a think time each family spends that
# long on average filling the form before sending it; 0 sends back to back. Needs the test classes (mvn test-compile) and
# JDK 25 (JAVA=/path/to/java, default the Temurin 25 of the toolchain).
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-http://localhost:8080}
java=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[ -x "$java" ] || java=java
curl -sf -o /dev/null "$base/help" || { echo "$base/help does not answer" >&2; exit 1; }
[ -f target/test-classes/org/latch/helprequest/HelpSubmitLoad.class ] || mvn -B -q test-compile
exec "$java" -cp target/test-classes org.latch.helprequest.HelpSubmitLoad "$base" "${2:-60}" "${3:-32}" "${4:-30}" "${5:-0}"
