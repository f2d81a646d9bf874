#!/usr/bin/env bash
# Site benchmark: the packaged app on its embedded PostgreSQL (the default build, as `java -jar` runs it locally),
# warmed up, then wrk with 32 connections on each kind of page, first with the rendered-page cache on, then
# restarted with it off (QUARKUS_CACHE_CAFFEINE__PAGES__MAXIMUM_SIZE=0, every other cache on), side by side; next to nginx
# serving the same comparison page's bytes as a static file on the same machine, with the ratio between the two.
# Also samples the Java process's resident memory during the run, and times the first render of each page after one
# job is edited in the database.
# The packaged app runs in the production profile, which publishes no demo jobs; the benchmark asks for them
# (APP_DEMO_CONTENT=true) so that the board, a job page and the sidebar have jobs to show.
# Usage: bench/site-benchmark.sh [seconds-per-url]   (default 15)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_RUN=${1:-15}
PORT=${PORT:-18080}
MPORT=${MPORT:-19000}
NGINX_PORT=${NGINX_PORT:-18081}
# Memory as in a small container: a bounded heap and the serial collector (what the JVM picks by itself for a
# container under 2 GB), a smaller code cache, two malloc arenas, and the JVM handing freed native memory (the
# JIT compiler's scratch space) back to the system every second. Without limits the JVM takes a quarter of the
# machine's memory for its heap and grows into it under load (646 MB RSS on a 24 GiB machine).
JAVA_OPTS=${JAVA_OPTS:--XX:MaxRAM=512m -Xmx96m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=1000}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
WORK=$(mktemp -d /tmp/career-atlas-site-bench.XXXXXX)
chmod 755 "$WORK"
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  echo "Installing wrk and nginx (Debian packages)..."
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd=sudo
  $sudo_cmd apt-get install -y -q wrk nginx >/dev/null
fi
cleanup() {
  [ -n "${SAMPLER:-}" ] && kill "$SAMPLER" 2>/dev/null || true
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== building the packaged app (default build: embedded PostgreSQL)"
./mvnw -B -q clean package -DskipTests
start_app() { # java options...  (QUARKUS_* variables in the caller's environment reach the app)
  (export QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MPORT APP_DEMO_CONTENT=true APP_EMBEDDED_DB_DIR="$WORK/db" QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY="bench-only-session-key-0123456789abcdef"; exec java "$@" -jar target/quarkus-app/quarkus-run.jar) \
    >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do curl -fs -o /dev/null "http://127.0.0.1:$MPORT/q/health/ready" && break; sleep 0.5; done
  curl -fs -o /dev/null "http://127.0.0.1:$MPORT/q/health/ready" || { tail -30 "$WORK/app.log"; exit 1; }
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }
# The first start of the embedded PostgreSQL in a directory unpacks its binaries (60 MB from xz) through the Java
# heap and direct buffers: 60-70 MB that stay resident in that JVM for good, and an OutOfMemoryError under
# -Xmx64m. That happens once per directory and is not part of serving the site (production has no embedded
# database), so a first start unpacks them and the measured start reuses them.
echo "== unpacking the embedded PostgreSQL binaries under $WORK/db (a first start)"
start_app
stop_app
echo "== starting the app (embedded PostgreSQL under $WORK/db, a fresh database that Flyway seeds)"
# shellcheck disable=SC2086
start_app $JAVA_OPTS

B="http://127.0.0.1:$PORT"
COMPARE=/compare/data-engineer-vs-machine-learning-research-engineer
JOB=$(curl -fs "$B/jobs" | grep -o 'href="/jobs/[0-9][0-9]*-[^"]*"' | head -1 | sed 's/href="\(.*\)"/\1/')
URLS=("/" "$COMPARE" "/compare/data-analyst-vs-nlp-engineer" "/roles/data-engineer" "/paths/data-analyst-to-data-engineer" "/skills/sql" "/jobs" "/jobs?level=senior&q=python" "$JOB" "/salaries/data-engineer")
NAMES=(home comparison generated-comparison role transition skill job-board job-search job-page salary)

echo "== nginx serving the comparison page's bytes as a static file"
mkdir -p "$WORK/www" "$WORK/nginx-tmp"
curl -fs "$B$COMPARE" >"$WORK/www/compare.html"
cat >"$WORK/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $WORK/nginx-tmp; proxy_temp_path $WORK/nginx-tmp; fastcgi_temp_path $WORK/nginx-tmp;
  uwsgi_temp_path $WORK/nginx-tmp; scgi_temp_path $WORK/nginx-tmp;
  types { text/html html; }
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; }
}
NGINX
nginx -c "$WORK/nginx.conf"
curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/compare.html"

# measure_all MODE: warm every URL for 10 s, then measure each with 32 connections, sampling the RSS.
measure_all() {
  local mode=$1
  echo "== [$mode] warming up the app (10 s per URL)"
  for u in "${URLS[@]}"; do wrk -t2 -c32 -d10s "$B$u" >/dev/null; done
  (while kill -0 "$APP_PID" 2>/dev/null; do awk '/VmRSS/{print int($2/1024)}' "/proc/$APP_PID/status"; sleep 0.5; done) \
    >"$WORK/rss-$mode.txt" 2>/dev/null &
  SAMPLER=$!
  echo "== [$mode] measuring ($SECONDS_RUN s each, 2 wrk threads, 32 connections)"
  for i in "${!URLS[@]}"; do run "$mode" "${NAMES[$i]}" "$B${URLS[$i]}"; done
  kill "$SAMPLER"; SAMPLER=
  echo "RESULT [$mode] java RSS during the run ($JAVA_OPTS, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX): max $(sort -n "$WORK/rss-$mode.txt" | tail -1) MB"
}

run() { # mode name url
  wrk -t2 -c32 -d"${SECONDS_RUN}s" --latency "$3" >"$WORK/wrk-$1-$2.txt"
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/{print $2}' "$WORK/wrk-$1-$2.txt")
  p50=$(awk '$1=="50%"{print $2}' "$WORK/wrk-$1-$2.txt")
  p99=$(awk '$1=="99%"{print $2}' "$WORK/wrk-$1-$2.txt")
  errors=$(awk '/Non-2xx|Socket errors/' "$WORK/wrk-$1-$2.txt" | tr -s ' ' | tr '\n' ' ')
  echo "RESULT [$1] $2 url=$(echo "$3" | sed "s|^http://[^/]*||") connections=32 requests/s=$rps p50=$p50 p99=$p99 errors=${errors:-none}"
  echo "$1 $2 $rps $p99" >>"$WORK/rates.txt"
}

measure_all cached
run static nginx "http://127.0.0.1:$NGINX_PORT/compare.html"

echo "== restarting the app with the rendered-page cache off (every other cache on)"
stop_app
# shellcheck disable=SC2086
QUARKUS_CACHE_CAFFEINE__PAGES__MAXIMUM_SIZE=0 start_app $JAVA_OPTS
measure_all uncached

# after_change: for each kind of page, one job is changed in the database (as an edit from the admin area or any
# replica would, which the app hears through NOTIFY), then the page is requested once: the first render after a
# change, with only what depends on jobs dropped. Median of 5 changes per page.
after_change() {
  local pgport
  pgport=$(sed -n 's/.*Started embedded PostgreSQL on port \([0-9]*\).*/\1/p' "$WORK/app.log" | tail -1)
  echo "== [uncached] the first render of each page after one job is edited (embedded PostgreSQL on port $pgport)"
  for i in "${!URLS[@]}"; do
    local times=()
    for _ in 1 2 3 4 5; do
      PGPASSWORD=postgres psql -q -h 127.0.0.1 -p "$pgport" -U postgres -d careeratlas -v ON_ERROR_STOP=1 \
        -c "update job set title = title where id = (select min(id) from job where status = 'PUBLISHED')" >/dev/null \
        || { echo "could not change a job through psql on port $pgport"; return 0; }
      sleep 0.3
      times+=("$(curl -fs -o /dev/null -w '%{time_total}' "$B${URLS[$i]}")")
    done
    echo "RESULT [after-change] ${NAMES[$i]} first render (median of 5): $(printf '%s\n' "${times[@]}" | sort -g | sed -n 3p | awk '{printf "%.1f ms", $1 * 1000}') [$(printf '%s ' "${times[@]}")s]"
  done
}
after_change

STATIC=$(awk '$1=="static"{print $3}' "$WORK/rates.txt")
echo "== side by side (requests/s and p99 at 32 connections; nginx serves the comparison's bytes at $STATIC requests/s)"
printf '%-22s %14s %10s %14s %10s\n' page cached p99 uncached p99
for name in "${NAMES[@]}"; do
  read -r c cp < <(awk -v n="$name" '$1=="cached" && $2==n{print $3, $4}' "$WORK/rates.txt")
  read -r u up < <(awk -v n="$name" '$1=="uncached" && $2==n{print $3, $4}' "$WORK/rates.txt")
  printf '%-22s %14s %10s %14s %10s\n' "$name" "$c" "$cp" "$u" "$up"
done
APP=$(awk '$1=="cached" && $2=="comparison"{print $3}' "$WORK/rates.txt")
echo "RESULT cached comparison page vs nginx static: $(awk -v a="$APP" -v s="$STATIC" 'BEGIN{printf "%.0f%%", 100*a/s}') ($APP vs $STATIC requests/s, $(wc -c <"$WORK/www/compare.html") bytes)"
