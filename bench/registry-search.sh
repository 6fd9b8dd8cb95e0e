#!/usr/bin/env bash
# Bench 1: registry search latency with a Hainan-sized registry (1,000,000 enterprises).
# 50 concurrent users (half province staff, half Haikou staff) send list/search URLs; prints
# p50/p95/p99 and throughput. Goal: p95 < 100 ms.
#   bench/registry-search.sh                  # list/search page, URLs from bench/urls/registry-list.txt
#   MODE=api bench/registry-search.sh         # GET /api/v1/enterprises/{uscc} with the demo API key
#   THINK_MS=1000 bench/registry-search.sh    # users pause ~1 s between requests (default 0: back to back)
#   USERS=50 REQUESTS=40 WARMUP=5 ENTERPRISES=1000000 BENCH_DIR=/tmp/tongxing-bench BENCH_SKIP_BUILD=1 ...
source "$(dirname "$0")/lib.sh"
require_non_root
MODE=${MODE:-list}
USERS=${USERS:-50}
REQUESTS=${REQUESTS:-40}
WARMUP=${WARMUP:-5}
THINK_MS=${THINK_MS:-0}
PASSWORD=${PASSWORD:-Tongxing@2026}
trap stop_app EXIT

build
echo "Machine: $(machine)"
if [ ! -d "$BENCH_DIR/pg" ]; then
  echo "First start on a fresh data dir $BENCH_DIR/pg: loading $ENTERPRISES enterprises through EnterpriseBulkLoader ..."
  start=$(date +%s%N)
  # One bulk-load transaction of a million rows outlasts the app's 60 s statement timeout.
  start_app "$BENCH_DIR/load.log" --spring.jdbc.template.query-timeout=1h
  wait_banner "$BENCH_DIR/load.log" 3600
  awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN { printf "Loaded and ready in %.0f s (JVM start, migrations, generation, COPY, merge, indexes)\n", ns / 1e9 }'
else
  start_app "$BENCH_DIR/app.log"
  wait_banner "$BENCH_DIR/app.log"
fi
echo "Demo enterprise through the API: HTTP $(curl -s -H 'X-Api-Key: tx_demo_market_regulation_key' -o /dev/null \
  -w '%{http_code}' "http://127.0.0.1:$PORT/api/v1/enterprises/91460100MA5T00001L")"

if [ "$MODE" = api ]; then
  URLS="$BENCH_DIR/api-urls.txt"
  java -cp "$BENCH_CLASSPATH" tongxing.bench.ApiUrls "$ENTERPRISES" 2000 "$URLS"
  AUTH=(--api-key tx_demo_market_regulation_key)
else
  URLS=${URLS:-"$ROOT/bench/urls/registry-list.txt"}
  AUTH=(--province "admin:$PASSWORD" --city "haikou:$PASSWORD")
fi
java -cp "$CLASSES" tongxing.bench.LoadClient --base "http://127.0.0.1:$PORT" --urls "$URLS" \
  --users "$USERS" --requests "$REQUESTS" --warmup "$WARMUP" --think-ms "$THINK_MS" --max-seconds 900 \
  --server-pids "$APP_PID,$(head -1 "$BENCH_DIR/pg/postmaster.pid")" "${AUTH[@]}"
