#!/usr/bin/env bash
# Bench 5 (program 7, 企业薪酬调查): upload ROWS synthetic employee records through the real collection
# path (one CSV per surveyed enterprise, HTTP upload, every row checked, COPY to staging, replace, outliers)
# and COPY the same files into a bare table of the same database in the same run. Prints rows/s of both.
#   bench/wage-load.sh                                   # 1,000,000 rows = 100 enterprises × 10,000
#   ROWS=100000 WAGE_ENTERPRISES=20 BENCH_SKIP_BUILD=1 bench/wage-load.sh
source "$(dirname "$0")/lib.sh"
require_non_root
ROWS=${ROWS:-1000000}
WAGE_ENTERPRISES=${WAGE_ENTERPRISES:-100}
WAGE_THREADS=${WAGE_THREADS:-2}
WAGE_YEAR=${WAGE_YEAR:-2026}   # not before DemoWage.YEAR: the synthetic rows hire up to 2025
trap stop_app EXIT

build
echo "Machine: $(machine)"
start_app "$BENCH_DIR/wage-load.log" --spring.jdbc.template.query-timeout=1h
wait_banner "$BENCH_DIR/wage-load.log" 3600
PG_PORT=$(sed -n 4p "$BENCH_DIR/pg/postmaster.pid")
cpu0=$(server_cpu_seconds)
java -Xmx1g -cp "$BENCH_CLASSPATH" tongxing.bench.WageLoadBench \
  "http://127.0.0.1:$PORT" "$PG_PORT" "$ROWS" "$WAGE_ENTERPRISES" "$WAGE_THREADS" "$WAGE_YEAR" "$BENCH_DIR/wage-files" \
  "$APP_PID" "$(head -1 "$BENCH_DIR/pg/postmaster.pid")"
echo "Server CPU (app + PostgreSQL) during the run: $(awk -v a="$cpu0" -v b="$(server_cpu_seconds)" 'BEGIN { printf "%.1f", b - a }') s"
echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
