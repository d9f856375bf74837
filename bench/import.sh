#!/usr/bin/env bash
# CSV import of 1,000 new groups and their 1,334 meetings into the demo's Latch USA, as the
# Org Admin does it at /manage: check the files with ~25 broken rows (nothing saved), check
# the fixed files, save them. Prints the server time of each step (curl's total time on
# loopback). Start Latch with the demo data on an empty database first, then, after
# `mvn test-compile` (the files come from the test support class LargeImportFiles):
#   bench/import.sh [base-url] [slug-suffix]
# Each run adds 1,000 groups; give another suffix to run again on the same database.
set -eu
base=${1:-http://localhost:8080}
suffix=${2:-bench}
java=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
dir=$(mktemp -d)
target=$(cd "$(dirname "$0")/.." && pwd)/target
"$java" -cp "$target/test-classes:$target/classes" org.latch.directory.LargeImportFiles "$dir" "$suffix"
jar="$dir/cookies"
token() { grep -m1 -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//'; }
curl -sf -c "$jar" -b "$jar" -o /dev/null -d "email=org-admin@example.org&password=latch-demo&_csrf=$(curl -sf -c "$jar" -b "$jar" "$base/sign-in" | token)" "$base/sign-in"
unit=$(curl -sf -b "$jar" "$base/manage" | grep -m1 -o 'href="/manage/[0-9a-f-]*/import"' | sed 's|href="/manage/||;s|/import"||')
page="$base/manage/$unit/import"
step() { # label kind file-or-confirmed
  local csrf; csrf=$(curl -sf -b "$jar" -c "$jar" "$page" | token)
  local t; t=$(curl -s -b "$jar" -c "$jar" -F "_csrf=$csrf" -F "kind=$2" -F "$3" -o "$dir/out.html" -w '%{time_total} %{http_code}' "$page")
  printf '%-46s %6s s (HTTP %s)  %s\n' "$1" "${t% *}" "${t#* }" "$(grep -o 'Problems found: [0-9,]*\|New: [0-9,]*\. Updated: [0-9,]*' "$dir/out.html" | sed -n 1p)"
}
confirm() { grep -o 'name="confirmed" value="[^"]*"' "$dir/out.html" | sed 's/.*value="//;s/"$//' | tr -d '\n' > "$dir/confirmed"; }
for kind in groups meetings; do
  step "check $kind (broken rows)" $kind "file=@$dir/$kind-broken.csv"
  step "check $kind (fixed)" $kind "file=@$dir/$kind-fixed.csv"
  confirm
  step "save $kind (checked again, one transaction)" $kind "confirmed=<$dir/confirmed"
done
ls -l "$dir"/*.csv | awk '{printf "%s %d bytes\n", $NF, $5}'
rm -rf "$dir"
