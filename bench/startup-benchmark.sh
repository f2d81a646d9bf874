#!/usr/bin/env bash
# Start-up benchmark: time from process start to the first 200 of a comparison page, with the production build
# against a local PostgreSQL (Debian package), for the plain JVM, AppCDS and the Leyden AOT cache trained by the
# integration tests; the median of N starts each, and the Java process's resident memory after that first page.
# Every variant runs on JDK 25 (set JAVA25, default /usr/lib/jvm/temurin-25-jdk-amd64).
# Usage: bench/startup-benchmark.sh [starts]   (default 5)
cd "$(dirname "$0")/.."
STARTS=${1:-5}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}
[ -x "$JAVA25/bin/java" ] || { echo "No JDK 25 at $JAVA25 (set JAVA25)"; exit 1; }
source bench/lib.sh
export JAVA_HOME=$JAVA25 PATH="$JAVA25/bin:$PATH"
PAGE=/compare/data-engineer-vs-machine-learning-research-engineer
ITS_ONLY="-Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false"

# build NAME MAVEN-ARGS...: a production build, copied with its timestamps (the archives depend on them).
build() {
  local name=$1; shift
  echo "== building: $name"
  ./mvnw -B -q clean "$@" -Pprod >"$WORK/build-$name.log" 2>&1 || { tail -30 "$WORK/build-$name.log"; exit 1; }
  cp -a target/quarkus-app "$WORK/$name"
}
build plain package -DskipTests
# The same -Daot build on JDK 25, asked for AppCDS instead of the AOT cache (recorded at package time).
build appcds verify $ITS_ONLY -Daot -Dquarkus.package.jar.aot.type=AppCDS -Dquarkus.package.jar.aot.phase=build
build aot verify $ITS_ONLY -Daot
[ -f "$WORK/appcds/app-cds.jsa" ] && [ -f "$WORK/aot/app.aot" ] || { echo "an archive is missing"; exit 1; }

bench_db_start
echo "== first start: Flyway creates the schema and the seed content (not measured)"
(bench_app_env; cd "$WORK/plain" && exec java -jar quarkus-run.jar) >"$WORK/first.log" 2>&1 &
APP_PID=$!
until curl -fs -o /dev/null "http://127.0.0.1:$PORT$PAGE"; do sleep 0.2; done
kill "$APP_PID"; wait "$APP_PID" || true; APP_PID=

# measure NAME JAVA-OPTIONS...: prints "NAME median-ms rss-mb" after STARTS starts.
measure() {
  local name=$1; shift
  local times=() rss=()
  for i in $(seq 1 "$STARTS"); do
    local t0 t1
    t0=$(date +%s%N)
    (bench_app_env; cd "$WORK/$name" && exec java "$@" -jar quarkus-run.jar) >"$WORK/$name-$i.log" 2>&1 &
    APP_PID=$!
    # Wait for the port with bash's /dev/tcp (well under a millisecond of CPU per try) and only then ask for the
    # page with curl: a curl every 10 ms would take about 8 ms of CPU each time, from the 2 cores the start uses.
    until (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null \
        && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$PAGE")" = 200 ]; do
      kill -0 "$APP_PID" 2>/dev/null || { echo "$name did not start:"; tail -20 "$WORK/$name-$i.log"; exit 1; }
      sleep 0.01
    done
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
    rss+=($(awk '/VmRSS/{print int($2/1024)}' "/proc/$APP_PID/status"))
    kill "$APP_PID"; wait "$APP_PID" || true; APP_PID=
  done
  echo "$name $(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (STARTS + 1) / 2 ))p") $(printf '%s\n' "${rss[@]}" | sort -n | sed -n "$(( (STARTS + 1) / 2 ))p") ${times[*]}" >>"$WORK/startup.txt"
}
echo "== measuring $STARTS starts of each"
measure plain -Xshare:auto
measure appcds -XX:SharedArchiveFile=app-cds.jsa -Xshare:on
measure aot -XX:AOTCache=app.aot -XX:AOTMode=on

echo
java -version 2>&1 | head -1
PLAIN=$(awk '$1=="plain"{print $2}' "$WORK/startup.txt")
while read -r name ms rss all; do
  echo "RESULT start=$name first-200-ms(median)=$ms rss-mb=$rss of-plain=$(( 100 * ms / PLAIN ))% starts-ms=[$all]"
done <"$WORK/startup.txt"
grep -h 'started in' "$WORK"/aot-1.log "$WORK"/plain-1.log | sed 's/.*\(career-atlas.*started in [0-9.]*s\).*/Quarkus log: \1/'
