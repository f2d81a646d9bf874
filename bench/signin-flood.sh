#!/usr/bin/env bash
# Sign-in flood: the production jar (prod profile) against a local PostgreSQL. Measures an uncached public page
# with wrk alone, then again while 100 parallel connections keep posting wrong passwords to /admin/login from one
# address (a second wrk with bench/signin-flood.lua: one browser's CSRF cookie and token, as a script would reuse
# them). Reports p50/p99 of the page in both runs and what the sign-ins were answered (302 = checked or locked,
# 429 = backing off, 503 = hashing pool full).
# The page is measured alone before and after the flood, to show how much the machine itself drifts.
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

echo "== warming up (20 s)"
wrk -t1 -c4 -d20s "$PAGE" >/dev/null
echo "== the public page alone ($SECONDS_RUN s)"
measure alone

# One browser's sign-in form: its anonymous CSRF cookie and the action that carries the matching token.
FORM=$(curl -s -c "$WORK/flood.jar" "$B/admin/login")
export FLOOD_ACTION=$(sed -n 's/.*action="\(\/admin\/login?csrf-token=[^"]*\)".*/\1/p' <<<"$FORM" | head -1)
export FLOOD_COOKIE=$(awk '{sub(/^#HttpOnly_/, "")} !/^#/ && NF>=7 {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$WORK/flood.jar")
echo "== the public page under 100 parallel wrong sign-ins ($SECONDS_RUN s)"
wrk -t1 -c100 -d"$((SECONDS_RUN + 2))s" -s bench/signin-flood.lua "$B" > "$WORK/flood.txt" 2>&1 &
FLOOD_PID=$!
sleep 1
measure flood
wait "$FLOOD_PID" || true
echo "== the public page alone again ($SECONDS_RUN s)"
measure after
echo "RESULT sign-in flood: $(awk '/Requests\/sec/{print $2}' "$WORK/flood.txt") requests/s; $(grep '^FLOOD' "$WORK/flood.txt")"
echo "RESULT attempts recorded: $(psql_db -Atc \
  "select string_agg(outcome || '=' || n, ' ') from (select outcome, count(*) n from login_attempt group by 1 order by 1) t")"
