#!/usr/bin/env bash
# Bench 2: cold start. Seconds from launching the JVM to the first HTTP 200 on /login, with the
# embedded PostgreSQL on an existing data dir (the one bench 1 filled), 3 runs.
#   bench/cold-start.sh            RUNS=3 BENCH_DIR=/tmp/tongxing-bench BENCH_SKIP_BUILD=1 ...
source "$(dirname "$0")/lib.sh"
require_non_root
RUNS=${RUNS:-3}
trap stop_app EXIT

build
echo "Machine: $(machine)"
if [ ! -d "$BENCH_DIR/pg" ]; then
  echo "No data dir at $BENCH_DIR/pg yet: creating it first ($ENTERPRISES enterprises; run bench/registry-search.sh to reuse it)"
  # One bulk-load transaction of a million rows outlasts the app's 60 s statement timeout.
  start_app "$BENCH_DIR/load.log" --spring.jdbc.template.query-timeout=1h
  wait_banner "$BENCH_DIR/load.log" 3600
  stop_app
fi
for run in $(seq 1 "$RUNS"); do
  log="$BENCH_DIR/cold-start-$run.log"
  start=$(date +%s%N)
  start_app "$log"
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login")" = 200 ]; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "The app exited; see $log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  cpu=$(server_cpu_seconds)
  spring=$(grep -o 'Started TongxingApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -1)
  awk -v run="$run" -v ns=$((end - start)) -v spring="${spring:-?}" -v cpu="$cpu" \
    'BEGIN { printf "run %d: ready (HTTP 200 on /login) after %.2f s  (Spring reports started in %s s; CPU used by app + PostgreSQL: %s s)\n", run, ns / 1e9, spring, cpu }'
  stop_app
done
