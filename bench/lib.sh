# Shared helpers of the benchmark scripts (sourced, not run). Everything runs on this machine:
# the app listens on localhost only and the load client refuses any other address.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/tongxing-bench}          # data dir, key, logs: outside the work tree
BUILD_DIR=${BENCH_BUILD_DIR:-target-bench}           # Maven build dir, so the bench never fights a running build
PORT=${BENCH_PORT:-8097}
ENTERPRISES=${ENTERPRISES:-1000000}                  # registry size loaded on the first start
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx2g}
JAR="$ROOT/$BUILD_DIR/tongxing-0.1.0-SNAPSHOT.jar"
CLASSES="$BENCH_DIR/bench-classes"
APP_PID=""

require_non_root() {
  if [ "$(id -u)" = 0 ]; then
    echo "Run the benchmarks as a normal user: the embedded PostgreSQL refuses to run as root." >&2
    exit 1
  fi
}

# The application jar (tests skipped and not compiled) and the bench classes, compiled apart
# with javac against the application's classes and dependencies, so that a test that does not
# compile elsewhere cannot stop a benchmark. Afterwards BENCH_CLASSPATH runs any bench main class.
build() {
  mkdir -p "$BENCH_DIR"
  if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$JAR" ]; then
    echo "Building $JAR ..."
    (cd "$ROOT" && ./mvnw -B -q -Dbuild.dir="$BUILD_DIR" -Dmaven.test.skip=true package)
  fi
  local deps="$ROOT/$BUILD_DIR/bench-dependencies.txt"
  if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$deps" ]; then
    (cd "$ROOT" && ./mvnw -B -q -Dbuild.dir="$BUILD_DIR" dependency:build-classpath -Dmdep.outputFile="$deps")
  fi
  BENCH_CLASSPATH="$CLASSES:$ROOT/$BUILD_DIR/classes:$(cat "$deps")"
  rm -rf "$CLASSES" && mkdir -p "$CLASSES"
  javac -nowarn -d "$CLASSES" -cp "$BENCH_CLASSPATH" "$ROOT"/bench/java/*.java
}

# Starts the app in the background on the bench data dir; extra arguments go to Spring.
# The data dir outlives code versions (a million rows take minutes to load), so migrations added
# since with a lower number than the newest applied one are applied out of order, and migrations
# applied by another version but absent from this jar are tolerated.
start_app() {
  local log=$1; shift
  java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --spring.flyway.out-of-order=true \
    --spring.flyway.ignore-migration-patterns='*:missing,*:future' \
    --tongxing.embedded-db.data-dir="$BENCH_DIR/pg" --tongxing.crypto.key-file="$BENCH_DIR/tongxing.key" \
    --tongxing.storage-dir="$BENCH_DIR/files" --tongxing.demo.enterprises="$ENTERPRISES" "$@" >"$log" 2>&1 &
  APP_PID=$!
}

# Waits until the demo loader prints its banner (after a first-start load, too).
wait_banner() {
  local log=$1 limit=${2:-1800}
  for _ in $(seq 1 $((limit * 2))); do
    grep -q "Tongxing is ready" "$log" 2>/dev/null && return 0
    kill -0 "$APP_PID" 2>/dev/null || { echo "The app exited; see $log" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.5
  done
  echo "The app was not ready after $limit s; see $log" >&2
  exit 1
}

# Stops the app started above (only that process) and waits until it and its PostgreSQL are gone.
stop_app() {
  [ -n "$APP_PID" ] || return 0
  kill "$APP_PID" 2>/dev/null || true
  for _ in $(seq 1 120); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
  APP_PID=""
  local pm="$BENCH_DIR/pg/postmaster.pid"
  for _ in $(seq 1 60); do [ -f "$pm" ] || return 0; sleep 0.5; done
  echo "PostgreSQL of $BENCH_DIR/pg did not stop; stopping it by its pid" >&2
  kill "$(head -1 "$pm")" 2>/dev/null || true
}

# CPU seconds (user + system, children included) used so far by the app and by the PostgreSQL
# of the bench data dir with all its processes: a figure that other load on the machine hardly moves.
server_cpu_seconds() {
  local pm pids
  pm=$(head -1 "$BENCH_DIR/pg/postmaster.pid" 2>/dev/null || true)
  pids="$APP_PID $pm $(ps -e -o pid=,ppid= | awk -v a="$APP_PID" -v p="${pm:-0}" '$2 == a || $2 == p { print $1 }')"
  for pid in $(echo "$pids" | tr ' ' '\n' | sort -u); do
    [ -r "/proc/$pid/stat" ] && sed 's/.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 + $14 + $15 }'
  done | awk -v hz="$(getconf CLK_TCK)" '{ t += $1 } END { printf "%.1f", t / hz }'
}

machine() {
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
