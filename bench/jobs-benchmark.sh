#!/usr/bin/env bash
# Job board benchmark: the production build against a local PostgreSQL (Debian package) holding 100,000 extra
# jobs; reports p50/p99 latency of /jobs with two filters and a search text, measured with wrk.
# Usage: bench/jobs-benchmark.sh [jobs] [seconds]      (defaults: 100000 jobs, 20 s)
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS=${1:-100000}
SECONDS_RUN=${2:-20}
PORT=18080
PGPORT=55432
URL="http://127.0.0.1:$PORT/jobs?level=senior&type=full-time&q=python"
WORK=$(mktemp -d /tmp/career-atlas-bench.XXXXXX)
chmod 755 "$WORK"

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk || ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  echo "Installing wrk and postgresql (Debian packages)..."
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd=sudo
  $sudo_cmd apt-get install -y -q wrk postgresql >/dev/null
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  as_pg "$PGBIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== building the production jar"
./mvnw -B -q clean package -Pprod -DskipTests

echo "== starting PostgreSQL on port $PGPORT"
[ "$(id -u)" -eq 0 ] && chown postgres "$WORK"
as_pg "$PGBIN/initdb" -D "$WORK/pg" -U postgres -A trust >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$WORK/pg" -o "-p $PGPORT -k $WORK -c shared_buffers=256MB" -l "$WORK/pg.log" -w start >/dev/null
as_pg "$PGBIN/createdb" -h 127.0.0.1 -p $PGPORT -U postgres careeratlas

echo "== starting the app (Flyway creates the schema and the seed content)"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/careeratlas" \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres QUARKUS_HTTP_PORT=$PORT \
  java -jar target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break; sleep 0.5; done

echo "== adding $JOBS jobs"
as_pg "$PGBIN/psql" -q -h 127.0.0.1 -p $PGPORT -U postgres -d careeratlas -v ON_ERROR_STOP=1 -v jobs="$JOBS" \
  -f bench/seed-jobs.sql
TOTAL=$(as_pg "$PGBIN/psql" -At -h 127.0.0.1 -p $PGPORT -U postgres -d careeratlas -c "select count(*) from job")
MATCHES=$(curl -fs "$URL" | sed -n 's/.*<h2 id="results-heading">\([0-9]*\) jobs.*/\1/p')
echo "   $TOTAL jobs in the database; $MATCHES match $URL"

echo "== warming up (10 s)"
wrk -t1 -c4 -d10s "$URL" >/dev/null
for C in 1 4; do
  echo "== measuring ($SECONDS_RUN s, 1 thread, $C connection(s))"
  wrk -t1 -c"$C" -d"${SECONDS_RUN}s" --latency "$URL" | tee "$WORK/wrk-$C.txt"
done
echo
for C in 1 4; do
  P50=$(awk '$1=="50%"{print $2}' "$WORK/wrk-$C.txt")
  P99=$(awk '$1=="99%"{print $2}' "$WORK/wrk-$C.txt")
  RPS=$(awk '/Requests\/sec/{print $2}' "$WORK/wrk-$C.txt")
  ERR=$(awk '/Non-2xx|Socket errors/' "$WORK/wrk-$C.txt")
  echo "RESULT jobs=$TOTAL matches=$MATCHES connections=$C p50=$P50 p99=$P99 requests/s=$RPS ${ERR:+errors: $ERR}"
done
