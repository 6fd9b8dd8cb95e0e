#!/usr/bin/env bash
# Bench 7 (program 7, 工资价位 and 反馈报告), one run: COPY RECORDS synthetic employee records of
# WAGE_ENTERPRISES accepted enterprises; compute every guideline cell of the year in DuckDB
# (quantile_cont) and with the application's GuidelineComputation (records read from PostgreSQL
# included) on the same rows, compare them cell by cell; then compute and store a draft, publish
# it and generate every enterprise's feedback PDF through the running application (FEEDBACK=0
# stops after the draft). Goals: application <= 2x DuckDB; 3,000 PDFs < 5 min on 2 cores.
#   bench/wage-guidelines.sh
#   RECORDS=200000 WAGE_ENTERPRISES=600 BENCH_SKIP_BUILD=1 FEEDBACK=0 bench/wage-guidelines.sh
source "$(dirname "$0")/lib.sh"
require_non_root
RECORDS=${RECORDS:-1000000}
WAGE_ENTERPRISES=${WAGE_ENTERPRISES:-3000}
GUIDE_YEAR=${GUIDE_YEAR:-2099}
FEEDBACK=${FEEDBACK:-1}
trap stop_app EXIT

build
echo "Machine: $(machine)"
start_app "$BENCH_DIR/wage-guidelines.log" --spring.jdbc.template.query-timeout=1h
wait_banner "$BENCH_DIR/wage-guidelines.log" 3600
PG_PORT=$(sed -n 4p "$BENCH_DIR/pg/postmaster.pid")
java -Xmx2g -cp "$BENCH_CLASSPATH" tongxing.bench.WageGuidelineBench \
  --jdbc "jdbc:postgresql://127.0.0.1:$PG_PORT/tongxing?user=postgres" --base "http://127.0.0.1:$PORT" \
  --year "$GUIDE_YEAR" --records "$RECORDS" --enterprises "$WAGE_ENTERPRISES" \
  --pg-pid "$(head -1 "$BENCH_DIR/pg/postmaster.pid")" --app-pid "$APP_PID" \
  --feedback "$([ "$FEEDBACK" = 1 ] && echo true || echo false)"
echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
