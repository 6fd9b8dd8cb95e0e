#!/usr/bin/env bash
# Bench 3: import ROWS enterprises from a CSV file through the real import path (HTTP upload,
# validation of every row, commit), and COPY the same file into a bare table of the same database
# in the same run. Prints rows/s of both. Goal: import >= 0.3 x COPY. Then (INDEXED_COPY=false skips it) the
# floor under any first load: the same rows as stored COPYed into a copy of the registry, and its indexes built.
#   bench/import-vs-copy.sh                      # 1,000,000 rows into the bench registry (bench 1's data dir)
#   ROWS=200000 BENCH_SKIP_BUILD=1 bench/import-vs-copy.sh
#   WARMUP_ROWS=50000 ROWS=200000 bench/import-vs-copy.sh   # first an unmeasured import: figures of a warm JVM
source "$(dirname "$0")/lib.sh"
require_non_root
ROWS=${ROWS:-1000000}
trap stop_app EXIT

build
echo "Machine: $(machine)"
# Keep any configured statement timeout away from a million-row merge; allow a large upload.
start_app "$BENCH_DIR/import.log" --spring.jdbc.template.query-timeout=1h --spring.servlet.multipart.max-file-size=2GB \
  --spring.servlet.multipart.max-request-size=2GB --server.tomcat.max-swallow-size=-1
wait_banner "$BENCH_DIR/import.log" 3600
PG_PORT=$(sed -n 4p "$BENCH_DIR/pg/postmaster.pid")
BENCH_APP_PID=$APP_PID BENCH_PG_PID=$(head -1 "$BENCH_DIR/pg/postmaster.pid") \
java -Xmx1g -cp "$BENCH_CLASSPATH" tongxing.bench.ImportBench \
  "http://127.0.0.1:$PORT" "$PG_PORT" "$ROWS" "$BENCH_DIR/import-$ROWS.csv"
