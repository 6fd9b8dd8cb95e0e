#!/usr/bin/env bash
# Bench for issue #5: coverage at scale — 20,000 coordinators over the 1,000,000-enterprise registry.
# 1. Seeds the coordinators and their coverage (CoverageBench, idempotent: ~1.4M coverage rows), then prints
#    the seconds to recompute all coverage indicators (重新计算 on the province page: every region, both
#    indicators, snapshot stored; sequential). Goal < 2 s. Then the page itself (it reads the snapshot) and
#    the rule button (按规则分配) on DISTRIBUTE_REGION, timed and undone.
# 2. 50 concurrent users on the coverage page and its drill-downs (LoadClient, bench/urls/coverage.txt):
#    p50/p95/p99, throughput and server CPU per request.
# Data dir: its own copy of the registry bench's (/tmp/tongxing-bench, made by bench/registry-search.sh),
# so the two benches never share a database. The copy is taken only while that one is stopped.
#   bench/coverage.sh
#   USERS=50 REQUESTS=20 WARMUP=3 COORDINATORS=20000 RUNS=5 DISTRIBUTE_REGION=460200 BENCH_SKIP_BUILD=1 bench/coverage.sh
SOURCE_DIR=${SOURCE_DIR:-/tmp/tongxing-bench}
# Before lib.sh, which otherwise sets the default data dir of bench 1.
BENCH_DIR=${BENCH_DIR:-/tmp/tongxing-bench-coverage}
source "$(dirname "$0")/lib.sh"
require_non_root
USERS=${USERS:-50}
REQUESTS=${REQUESTS:-20}
WARMUP=${WARMUP:-3}
COORDINATORS=${COORDINATORS:-20000}
RUNS=${RUNS:-5}
DISTRIBUTE_REGION=${DISTRIBUTE_REGION:-460200}      # 三亚; empty: skip the rule-button timing
PASSWORD=${PASSWORD:-Tongxing@2026}
trap stop_app EXIT

if [ ! -d "$BENCH_DIR/pg" ] && [ -d "$SOURCE_DIR/pg" ]; then
  if [ -f "$SOURCE_DIR/pg/postmaster.pid" ]; then
    echo "$SOURCE_DIR/pg is in use (postmaster.pid present): stop that benchmark first, or set BENCH_DIR to a loaded copy." >&2
    exit 1
  fi
  echo "Copying the registry bench data dir $SOURCE_DIR to $BENCH_DIR ..."
  mkdir -p "$BENCH_DIR"
  cp -a "$SOURCE_DIR/pg" "$BENCH_DIR/pg"
  cp -a "$SOURCE_DIR/tongxing.key" "$BENCH_DIR/tongxing.key"
fi

build
echo "Machine: $(machine)"
if [ ! -d "$BENCH_DIR/pg" ]; then
  echo "No registry data to copy: loading $ENTERPRISES enterprises on a fresh data dir $BENCH_DIR/pg ..."
  start_app "$BENCH_DIR/load.log" --spring.jdbc.template.query-timeout=1h
  wait_banner "$BENCH_DIR/load.log" 3600
else
  start_app "$BENCH_DIR/app.log"
  wait_banner "$BENCH_DIR/app.log"
fi
PG_PORT=$(sed -n 4p "$BENCH_DIR/pg/postmaster.pid")
java -cp "$BENCH_CLASSPATH" tongxing.bench.CoverageBench --jdbc "jdbc:postgresql://127.0.0.1:$PG_PORT/tongxing?user=postgres" \
  --key-file "$BENCH_DIR/tongxing.key" --base "http://127.0.0.1:$PORT" --coordinators "$COORDINATORS" --runs "$RUNS" \
  --login "admin:$PASSWORD" ${DISTRIBUTE_REGION:+--distribute "$DISTRIBUTE_REGION"} \
  --server-pids "$APP_PID,$(head -1 "$BENCH_DIR/pg/postmaster.pid")"

echo "Load average before the load client: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CLASSES" tongxing.bench.LoadClient --base "http://127.0.0.1:$PORT" --urls "${URLS:-$ROOT/bench/urls/coverage.txt}" \
  --users "$USERS" --requests "$REQUESTS" --warmup "$WARMUP" --max-seconds 900 \
  --server-pids "$APP_PID,$(head -1 "$BENCH_DIR/pg/postmaster.pid")" --province "admin:$PASSWORD" --city "haikou:$PASSWORD"
