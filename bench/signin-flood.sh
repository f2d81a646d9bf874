#!/usr/bin/env bash
# Sign-in flood: the production jar (prod profile) against a local PostgreSQL. Measures an uncached public page
# with wrk alone, then again while 100 parallel clients keep posting wrong passwords to /admin/login (each with its
# own sign-in form and CSRF cookie, as a browser would). Reports p50/p99 of the page in both runs and what the
# sign-ins were answered (302 = checked or locked, 429 = backing off, 503 = hashing pool full).
# Usage: bench/signin-flood.sh [seconds]   (default 20)
cd "$(dirname "$0")/.."
SECONDS_RUN=${1:-20}
source bench/lib.sh
# Every page is rendered for every request: the page cache would hide the cost of the flood.
export QUARKUS_CACHE_CAFFEINE__PAGES__MAXIMUM_SIZE=0
bench_start
B="http://127.0.0.1:$PORT"
PAGE="$B/roles"

measure() { # label
  wrk -t1 -c4 -d"${SECONDS_RUN}s" --latency "$PAGE" > "$WORK/wrk-$1.txt"
  echo "RESULT $1 url=${PAGE#$B} p50=$(awk '$1=="50%"{print $2}' "$WORK/wrk-$1.txt")" \
    "p99=$(awk '$1=="99%"{print $2}' "$WORK/wrk-$1.txt") requests/s=$(awk '/Requests\/sec/{print $2}' "$WORK/wrk-$1.txt")" \
    "$(awk '/Non-2xx|Socket errors/' "$WORK/wrk-$1.txt")"
}

flooder() { # n: one client posting wrong passwords until told to stop
  local jar="$WORK/flood-$1.jar" action
  while [ ! -f "$WORK/stop" ]; do
    action=$(curl -s -c "$jar" "$B/admin/login" | sed -n 's/.*action="\(\/admin\/login?csrf-token=[^"]*\)".*/\1/p' | head -1)
    curl -s -b "$jar" -o /dev/null -w '%{http_code}\n' -d "username=bench" -d "password=wrong-$1-$RANDOM" \
      "$B$action" >> "$WORK/flood-codes.txt"
  done
}

echo "== warming up (10 s)"
wrk -t1 -c4 -d10s "$PAGE" >/dev/null
echo "== the public page alone ($SECONDS_RUN s)"
measure alone
echo "== the public page under 100 parallel wrong sign-ins ($SECONDS_RUN s)"
rm -f "$WORK/stop" "$WORK/flood-codes.txt"
for i in $(seq 1 100); do flooder "$i" & done
sleep 2
measure flood
touch "$WORK/stop"
wait $(jobs -p | grep -v "^$APP_PID$") 2>/dev/null || true
echo "RESULT sign-in answers during the flood: $(sort "$WORK/flood-codes.txt" | uniq -c | awk '{printf "%s x%s  ", $2, $1}')"
echo "RESULT attempts recorded: $(psql_db -Atc \
  "select string_agg(outcome || '=' || n, ' ') from (select outcome, count(*) n from login_attempt group by 1 order by 1) t")"
