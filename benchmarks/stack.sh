# Sourced by the harnesses in benchmarks/ (pipeline-benchmark.sh, fault-injection.sh): the one place
# that builds the drivers, starts the packaged stack (or uses a running one), reads its secret, API
# key and pids, and says where its services listen. Expects ROOT (the repository) and OUT (the
# run's output folder); sets STATE, JAVA, SECRET, API_KEY, PIDS, STACK_ARGS.
#
#   BENCH_USE_RUNNING_STACK [no]   yes: use the stack already running (./rollcall up -d); else start
#                                  one with ./rollcall up -d and stop it with ./rollcall down at exit
#   BENCH_MVN_FLAGS []             extra Maven flags for the drivers' build (e.g. -o)
#   BENCH_WEBHOOK_SECRET, BENCH_API_KEY  override what './rollcall status' reports
#   Ports and state follow ./rollcall's variables (ROLLCALL_INGEST_PORT, ROLLCALL_HOME, ...).

STATE="${ROLLCALL_HOME:-$ROOT/.rollcall}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

bench_build() {
  echo "== building benchmarks (log: $OUT/build.log)"
  # shellcheck disable=SC2086 # BENCH_MVN_FLAGS is a list of flags
  ./mvnw -q -B ${BENCH_MVN_FLAGS:-} package -DskipTests -pl benchmarks -am >"$OUT/build.log" 2>&1 \
    || { tail -40 "$OUT/build.log"; exit 1; }
}

bench_start_stack() {
  if [ "${BENCH_USE_RUNNING_STACK:-no}" = yes ]; then
    echo "== using the running stack"
  else
    echo "== starting the stack: ./rollcall up -d"
    # The services' logs go with the report (the next 'up' truncates them), then the stack stops.
    trap 'mkdir -p "$OUT/logs"; cp "$STATE"/logs/*.log "$STATE"/run/supervisor.status "$OUT/logs/" 2>/dev/null || true
          echo "== stopping the stack: ./rollcall down (logs kept in $OUT/logs)"; ./rollcall down' EXIT
    ./rollcall up -d >"$OUT/up.log" 2>&1 || { tail -30 "$OUT/up.log"; exit 1; }
    grep -E '^  [a-z-]+ +ready' "$OUT/up.log" || true
  fi
  local status
  status="$(./rollcall status)"
  SECRET="${BENCH_WEBHOOK_SECRET:-$(sed -n 's/^Zoom webhook secret: *//p' <<<"$status" | cut -d, -f1)}"
  API_KEY="${BENCH_API_KEY:-$(sed -n 's/^API key: *//p' <<<"$status" | cut -d, -f1)}"
  [ -n "$SECRET" ] && [ -n "$API_KEY" ] || { echo "$status"; echo "no running stack (secret/API key unknown)"; exit 1; }
  bench_read_pids
  STACK_ARGS=(
    --ingest-url "http://127.0.0.1:${ROLLCALL_INGEST_PORT:-8081}/zoom/webhooks"
    --attendance-url "http://127.0.0.1:${ROLLCALL_ATTENDANCE_PORT:-8083}"
    --meeting-url "http://127.0.0.1:${ROLLCALL_MEETING_PORT:-8084}"
    --kafka "127.0.0.1:${ROLLCALL_KAFKA_PORT:-9092}"
    --secret "$SECRET" --api-key "$API_KEY" --pids "$PIDS"
  )
}

# The pids ./rollcall recorded (CPU and RSS are read from /proc); PostgreSQL's postmaster from its lock.
bench_read_pids() {
  local component
  PIDS=""
  for component in ingest-service identity-service attendance-service meeting-service zoom-simulator kafka; do
    [ -f "$STATE/run/$component.pid" ] && PIDS+="$component=$(cat "$STATE/run/$component.pid"),"
  done
  [ -f "$STATE/postgres/postmaster.pid" ] && PIDS+="postgres=$(head -n 1 "$STATE/postgres/postmaster.pid")"
  return 0
}

bench_machine() {
  echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
    "$("$JAVA" -version 2>&1 | head -1); services: ROLLCALL_SERVICE_JAVA_OPTS=${ROLLCALL_SERVICE_JAVA_OPTS:--Xmx256m}"
  echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg); output: $OUT"
}

bench_classpath() {
  echo "$(ls benchmarks/target/benchmarks-*.jar | grep -v sources | head -1):$(cat benchmarks/target/runtime-classpath.txt)"
}
