#!/usr/bin/env bash
# Job board benchmark: the production build against a local PostgreSQL holding extra jobs with realistic text
# (bench/seed-jobs.sql), page cache off so every request runs the search. Measures, with wrk, p50/p99 and
# requests/s at 1 and 4 connections of: a search with two filters, a country, a misspelt word, the whole board,
# and a deep page (the 50th, reached through the board's own Next links); then prints EXPLAIN (ANALYZE, BUFFERS)
# of the slowest statement of the slowest URL.
# Usage: bench/jobs-benchmark.sh [jobs] [seconds] [rounds]      (defaults: 100000 jobs, 20 s, 2 rounds)
cd "$(dirname "$0")/.."
JOBS=${1:-100000}
SECONDS_RUN=${2:-20}
ROUNDS=${3:-2}
source bench/lib.sh
# Measure the search itself: keep no rendered pages (the page cache would answer every repeat of the same URL).
export QUARKUS_CACHE_CAFFEINE__PAGES__MAXIMUM_SIZE=0
bench_start
echo "== adding $JOBS jobs ($(date +%T))"
SEED_START=$(date +%s)
psql_db -v jobs="$JOBS" -f bench/seed-jobs.sql
echo "   seeded in $(( $(date +%s) - SEED_START )) s; $(psql_db -At -c "select count(*) from job") jobs," \
  "$(psql_db -At -c "select pg_size_pretty(pg_total_relation_size('job'))") with indexes and text"
# The seed bypassed the application: its caches (open-job counts, sidebar) are dropped like after any change.
psql_db -c "notify career_atlas_content, 'job'" >/dev/null
B="http://127.0.0.1:$PORT"
# The 50th page of the whole board, by following Next.
DEEP="/jobs"
for _ in $(seq 1 49); do
  DEEP=$(curl -fs "$B$DEEP" | sed -n 's/.*<a href="\([^"]*\)" rel="next">.*/\1/p' | head -1 | sed 's/&amp;/\&/g')
done
URLS=("/jobs?level=senior&type=full-time&q=python" "/jobs?country=DE" "/jobs?q=pyhton" "/jobs" "$DEEP")
for u in "${URLS[@]}"; do
  echo "   $u: $(curl -fs "$B$u" | sed -n 's/.*<h2 id="results-heading">\([^<]*\)<\/h2>.*/\1/p')"
done
WARMUP=30
for round in $(seq 1 "$ROUNDS"); do
  echo "== round $round"
  for u in "${URLS[@]}"; do
    bench_measure "$B$u" "$SECONDS_RUN" "$WARMUP"
    WARMUP=10
  done
done
# The rounds above repeat each URL, so after its first request the board's counts come from its cache (kept per
# set of filters until jobs change); one more round with that cache off shows a set of filters seen for the first time.
echo "== one more round with the board's counts cache off (every request counts its matches)"
export QUARKUS_CACHE_CAFFEINE__BOARD_COUNTS__MAXIMUM_SIZE=0
bench_app_start
WARMUP=30
for u in "${URLS[@]}"; do
  bench_measure "$B$u" "$SECONDS_RUN" "$WARMUP" | sed 's/^RESULT /RESULT counts-uncached /'
  WARMUP=10
done
echo "== the slowest statement of ${URLS[0]}"
bench_explain "$B${URLS[0]}"
