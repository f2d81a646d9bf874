# Shared parts of the benchmark scripts: a throw-away local PostgreSQL (Debian package), the production jar
# started against it, and wrk runs reported as RESULT lines. Source it; call bench_start, then bench_measure.
set -euo pipefail
PORT=${PORT:-18080}
# Health is on the management interface (quarkus.management.enabled), not on the public port.
MPORT=${MPORT:-19000}
PGPORT=${PGPORT:-55432}
WORK=$(mktemp -d /tmp/career-atlas-bench.XXXXXX)
chmod 755 "$WORK"
ADMIN_PASSWORD="bench-$(date +%s)-password"

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk || ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  echo "Installing wrk and postgresql (Debian packages)..."
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd=sudo
  $sudo_cmd apt-get install -y -q wrk postgresql >/dev/null
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_db() { as_pg "$PGBIN/psql" -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d careeratlas -v ON_ERROR_STOP=1 "$@"; }

bench_cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  as_pg "$PGBIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap bench_cleanup EXIT

bench_start() {
  echo "== building the production jar"
  ./mvnw -B -q clean package -Pprod -DskipTests
  bench_db_start
  echo "== starting the app (Flyway creates the schema and the seed content)"
  bench_app_start
}

# Starts (or restarts) the production jar against the benchmark database and waits until it is ready.
bench_app_start() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  (bench_app_env; exec java -jar target/quarkus-app/quarkus-run.jar) >> "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$MPORT/q/health/ready" && return 0; sleep 0.5; done
  echo "the app did not start:"; tail -20 "$WORK/app.log"; exit 1
}

# A throw-away PostgreSQL (Debian package) on $PGPORT with an empty database "careeratlas".
bench_db_start() {
  echo "== starting PostgreSQL on port $PGPORT"
  [ "$(id -u)" -eq 0 ] && chown postgres "$WORK"
  as_pg "$PGBIN/initdb" -D "$WORK/pg" -U postgres -A trust >/dev/null
  # auto_explain is loaded but silent (its default); bench_explain turns it on (ALTER SYSTEM, which a command-line
  # setting would override) to log the plans of one request.
  as_pg "$PGBIN/pg_ctl" -D "$WORK/pg" -o "-p $PGPORT -k $WORK -c shared_buffers=256MB \
    -c shared_preload_libraries=auto_explain -c auto_explain.log_analyze=on \
    -c auto_explain.log_buffers=on -c auto_explain.log_format=text" -l "$WORK/pg.log" -w start >/dev/null
  as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres careeratlas
}

# The environment an operator would set, pointing the app at that database (call in a subshell).
bench_app_env() {
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/careeratlas" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MPORT \
    APP_ADMIN_USERNAME=bench APP_ADMIN_PASSWORD="$ADMIN_PASSWORD" APP_SECURE_COOKIES=false \
    QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY="bench-only-session-key-$(date +%s)-0123456789"
}

# bench_explain URL: requests the URL once with every statement's plan logged (EXPLAIN ANALYZE, BUFFERS) and
# prints the plan of the slowest statement.
bench_explain() {
  local url=$1
  : > "$WORK/pg.log"
  psql_db -c "alter system set auto_explain.log_min_duration = 0" -c "select pg_reload_conf()" >/dev/null
  sleep 1
  curl -fs -o /dev/null "$url"
  sleep 1
  psql_db -c "alter system set auto_explain.log_min_duration = -1" -c "select pg_reload_conf()" >/dev/null
  awk '/duration: [0-9.]+ ms  plan:/ { if (plan != "") print dur "\t" plan; match($0, /duration: [0-9.]+/);
         dur = substr($0, RSTART + 10, RLENGTH - 10) + 0; plan = $0; next }
       plan != "" && /^\t|^  / { plan = plan "\\n" $0; next }
       plan != "" { print dur "\t" plan; plan = "" }
       END { if (plan != "") print dur "\t" plan }' "$WORK/pg.log" | sort -t$'\t' -k1,1 -g -r | head -1 | cut -f2- | sed 's/\\n/\n/g'
}

# bench_measure URL SECONDS [WARMUP]: a warm-up (10 s unless given), then 1 and 4 connections; prints RESULT lines.
bench_measure() {
  local url=$1 seconds=$2 warmup=${3:-10}
  echo "== warming up ($warmup s)"
  wrk -t1 -c4 -d"${warmup}s" "$url" >/dev/null
  for c in 1 4; do
    echo "== measuring ($seconds s, 1 thread, $c connection(s))"
    wrk -t1 -c"$c" -d"${seconds}s" --latency "$url" | tee "$WORK/wrk-$c.txt"
  done
  echo
  for c in 1 4; do
    local p50 p99 rps err
    p50=$(awk '$1=="50%"{print $2}' "$WORK/wrk-$c.txt")
    p99=$(awk '$1=="99%"{print $2}' "$WORK/wrk-$c.txt")
    rps=$(awk '/Requests\/sec/{print $2}' "$WORK/wrk-$c.txt")
    err=$(awk '/Non-2xx|Socket errors/' "$WORK/wrk-$c.txt")
    echo "RESULT url=${url#http://127.0.0.1:$PORT} connections=$c p50=$p50 p99=$p99 requests/s=$rps ${err:+errors: $err}"
  done
}
