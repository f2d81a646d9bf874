#!/usr/bin/env bash
# Job board benchmark: the production build against a local PostgreSQL holding 100,000 extra jobs; reports
# p50/p99 latency of /jobs with two filters and a search text, measured with wrk.
# Usage: bench/jobs-benchmark.sh [jobs] [seconds]      (defaults: 100000 jobs, 20 s)
cd "$(dirname "$0")/.."
JOBS=${1:-100000}
SECONDS_RUN=${2:-20}
source bench/lib.sh
# Measure the search itself: keep no rendered pages (the page cache would answer every repeat of the same URL).
export QUARKUS_CACHE_CAFFEINE__PAGES__MAXIMUM_SIZE=0
bench_start
echo "== adding $JOBS jobs"
psql_db -v jobs="$JOBS" -f bench/seed-jobs.sql
URL="http://127.0.0.1:$PORT/jobs?level=senior&type=full-time&q=python"
TOTAL=$(psql_db -At -c "select count(*) from job")
MATCHES=$(curl -fs "$URL" | sed -n 's/.*<h2 id="results-heading">\([0-9]*\) jobs.*/\1/p')
echo "   $TOTAL jobs in the database; $MATCHES match $URL"
bench_measure "$URL" "$SECONDS_RUN"
