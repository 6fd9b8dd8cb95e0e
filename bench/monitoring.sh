#!/usr/bin/env bash
# Bench 6: program 6 at Hainan scale — 400,000 employing units × 36 months = 14.4M monthly facts.
# Prints load rows/s through the real path (system API → FeedLoader) against COPY of the same rows in
# the same run (goal >= 0.5x) into three tables: a bare unlogged 4-column one, (a) a logged one with the
# feed table's columns, (b) a logged one shaped like a month partition with its primary key; one month's detection (goal < 5 s; each load asks
# the persistent scheduler to detect its month), the 36-month backfill (goal < 60 s: 重新检测 of every
# month) and the key-list page p95 under 50 users (bench/urls/monitoring-keylist.txt).
#   UNITS=400000 MONTHS=36 USERS=50 BENCH_DIR=/tmp/tongxing-bench-monitoring bench/monitoring.sh
#   FIRST=2024-01 MONTHS=1 loads into a month that holds no facts yet (a first load).
#   RELOAD=true sends each month a second time, corrected (the re-load path); first loads and re-loads are printed apart.
#   LOAD=json sends 5000 JSON items a request instead of one text/csv request a month.
# Before lib.sh, which otherwise sets the default data dir of bench 1.
BENCH_DIR=${BENCH_DIR:-/tmp/tongxing-bench-monitoring}
source "$(dirname "$0")/lib.sh"
require_non_root
UNITS=${UNITS:-400000}
MONTHS=${MONTHS:-36}
USERS=${USERS:-50}
LOAD=${LOAD:-csv}
BACKFILL=${BACKFILL:-true}
RELOAD=${RELOAD:-false}   # true: each month is sent again as a corrected file (1 % of the units changed)
FIRST=${FIRST:-}   # e.g. 2024-01: the first month loaded (default: MONTHS before this one)
CLASSES="$BENCH_DIR/bench-classes"
ENTERPRISES=$UNITS
PASSWORD=${PASSWORD:-Tongxing@2026}
trap stop_app EXIT

build
echo "Machine: $(machine)"
start_app "$BENCH_DIR/app.log" --spring.jdbc.template.query-timeout=1h
wait_banner "$BENCH_DIR/app.log" 3600
PG_PORT=$(sed -n 4p "$BENCH_DIR/pg/postmaster.pid")
PG_PID=$(head -1 "$BENCH_DIR/pg/postmaster.pid")
java -Dregistry="$UNITS" -Dload="$LOAD" -Dbackfill="$BACKFILL" -Dreload="$RELOAD" -Dfirst="$FIRST" -Dpids="$APP_PID,$PG_PID" -cp "$BENCH_CLASSPATH" tongxing.bench.MonitoringBench "http://127.0.0.1:$PORT" "$PG_PORT" "$UNITS" "$MONTHS"
[ "$USERS" = 0 ] && exit 0
java -cp "$CLASSES" tongxing.bench.LoadClient --base "http://127.0.0.1:$PORT" --urls "$ROOT/bench/urls/monitoring-keylist.txt" \
  --users "$USERS" --requests 40 --warmup 5 --max-seconds 900 \
  --server-pids "$APP_PID,$PG_PID" --province "admin:$PASSWORD" --city "haikou:$PASSWORD"
