#!/usr/bin/env bash
# Salary page benchmark: the production build against a local PostgreSQL with the full aijobs.net survey
# imported through the admin endpoint (timed); reports p50/p99 latency of /salaries/data-engineer with wrk.
# Usage: bench/salary-benchmark.sh [survey.csv] [seconds]   (defaults: ../shared/data/aijobs-salaries-2025-01-19.csv, 20 s)
cd "$(dirname "$0")/.."
SURVEY=${1:-../shared/data/aijobs-salaries-2025-01-19.csv}
SECONDS_RUN=${2:-20}
[ -f "$SURVEY" ] || { echo "No survey file at $SURVEY"; exit 1; }
source bench/lib.sh
bench_start
B="http://127.0.0.1:$PORT"
J="$WORK/cookies"
ACTION=$(curl -s -c "$J" "$B/admin/login" | sed -n 's/.*action="\(\/admin\/login?csrf-token=[^"]*\)".*/\1/p' | head -1)
curl -s -b "$J" -c "$J" -o /dev/null -d username=bench --data-urlencode password="$ADMIN_PASSWORD" "$B$ACTION"
TOKEN=$(curl -s -b "$J" -c "$J" "$B/admin" | sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' | head -1)
echo "== importing $(($(wc -l < "$SURVEY") - 1)) survey rows"
START=$(date +%s.%N)
LOCATION=$(curl -s -b "$J" -c "$J" -o /dev/null -w '%{redirect_url}' -H "X-CSRF-TOKEN: $TOKEN" \
  -H 'Content-Type: text/csv' --data-binary @"$SURVEY" "$B/admin/salaries/import?wait=true")
END=$(date +%s.%N)
curl -s -b "$J" "$LOCATION" | grep -o '<strong>[A-Z]*</strong>: [^<]*' | sed 's/<[^>]*>//g'
echo "RESULT import seconds=$(echo "$END - $START" | bc) (upload and import, as the admin waits for it)"
psql_db -c "vacuum salary_report"
echo "RESULT first request, figures computed: $(curl -s -o /dev/null -w "%{time_total}" "$B/salaries/data-engineer") s; second: $(curl -s -o /dev/null -w "%{time_total}" "$B/salaries/data-engineer") s"
bench_measure "$B/salaries/data-engineer" "$SECONDS_RUN"
