#!/usr/bin/env bash
# Allocation per uncached render: the packaged app (default build, embedded PostgreSQL) with the rendered-page
# cache off, warmed up, then a JFR recording of jdk.ThreadAllocationStatistics (every thread's allocated bytes,
# sampled each second) while wrk requests one page; bytes allocated by all threads in that window divided by the
# requests answered. Allocation does not depend on CPU speed, so this figure holds on a busy machine too.
# Usage: bench/render-allocation.sh [path] [seconds]   (default: the seed comparison page, 20 s)
set -euo pipefail
cd "$(dirname "$0")/.."
PAGE=${1:-/compare/data-engineer-vs-machine-learning-research-engineer}
SECONDS_RUN=${2:-20}
PORT=${PORT:-18082}
MPORT=${MPORT:-19082}
WORK=$(mktemp -d /tmp/career-atlas-alloc.XXXXXX)
cleanup() { [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 1; }

[ -f target/quarkus-app/quarkus-run.jar ] && [ -z "${REBUILD:-}" ] || ./mvnw -B -q clean package -DskipTests
(export QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MPORT APP_EMBEDDED_DB_DIR="$WORK/db" QUARKUS_CACHE_CAFFEINE__PAGES__MAXIMUM_SIZE=0
 QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY="bench-only-session-key-0123456789abcdef"
 exec java -XX:MaxRAM=512m -jar target/quarkus-app/quarkus-run.jar) >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do curl -fs -o /dev/null "http://127.0.0.1:$MPORT/q/health/ready" && break; sleep 0.5; done
URL="http://127.0.0.1:$PORT$PAGE"
curl -fs -o /dev/null "$URL" || { tail -20 "$WORK/app.log"; exit 1; }
echo "== warming up (20 s)"
wrk -t1 -c4 -d20s "$URL" >/dev/null
cat >"$WORK/alloc.jfc" <<'JFC'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.ThreadAllocationStatistics"><setting name="enabled">true</setting><setting name="period">1 s</setting></event>
</configuration>
JFC
jcmd "$APP_PID" JFR.start name=alloc settings="$WORK/alloc.jfc" filename="$WORK/alloc.jfr" >/dev/null
sleep 1.5
wrk -t1 -c4 -d"${SECONDS_RUN}s" "$URL" >"$WORK/wrk.txt"
sleep 1.5
jcmd "$APP_PID" JFR.stop name=alloc >/dev/null
REQUESTS=$(awk '/requests in/{print $1}' "$WORK/wrk.txt")
jfr print --json --events jdk.ThreadAllocationStatistics "$WORK/alloc.jfr" >"$WORK/alloc.json"
# Per thread: the last sample minus the first, summed over the threads.
BYTES=$(python3 -c '
import json, sys
first, last = {}, {}
for e in json.load(open(sys.argv[1]))["recording"]["events"]:
    v = e["values"]; t = v["thread"]["javaThreadId"] if v.get("thread") else None
    first.setdefault(t, v["allocated"]); last[t] = v["allocated"]
print(sum(last[t] - first[t] for t in last))' "$WORK/alloc.json")
echo "RESULT allocation page=$PAGE requests=$REQUESTS bytes=$BYTES per-request=$(awk -v b="$BYTES" -v r="$REQUESTS" 'BEGIN{printf "%.0f KB", b/r/1024}')"
