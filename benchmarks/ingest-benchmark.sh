#!/usr/bin/env bash
# Ingest benchmark: signed, durable webhook ingest vs a no-op endpoint on the same server stack.
#
# Starts a real Kafka broker (its own process, local-stack module) and ingest-service (the packaged
# app, with its no-op benchmark endpoint switched on), then drives both endpoints with the same
# signed Zoom webhooks: as fast as they answer, and at a fixed rate. Prints one RESULT line per run
# and stops everything it started. Not part of ./mvnw verify.
#
#   benchmarks/ingest-benchmark.sh            # defaults: 20 s runs, 2,000 req/s fixed rate
#   SECONDS_PER_RUN=60 RATE=2000 CONCURRENCY=64 benchmarks/ingest-benchmark.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

SECONDS_PER_RUN="${SECONDS_PER_RUN:-20}"
RATE="${RATE:-2000}"
CONCURRENCY="${CONCURRENCY:-64}"
KAFKA_PORT="${BENCH_KAFKA_PORT:-19092}"
INGEST_PORT="${BENCH_INGEST_PORT:-18081}"
SECRET="bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
WORK="$(mktemp -d -t rollcall-bench-XXXXXX)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

echo "== building local-stack, ingest-service, benchmarks (logs: $WORK/build.log)"
./mvnw -q -B package -DskipTests -pl local-stack,ingest-service,benchmarks -am >"$WORK/build.log" 2>&1 \
  || { tail -40 "$WORK/build.log"; exit 1; }

cp_of() { echo "$(ls "$1"/target/"$1"-*.jar | grep -v sources | head -1):$(cat "$1"/target/runtime-classpath.txt)"; }

echo "== starting Kafka on 127.0.0.1:$KAFKA_PORT"
"$JAVA" -Xmx512m -cp "$(cp_of local-stack)" io.rollcall.localstack.KafkaLauncher \
  --port "$KAFKA_PORT" --controller-port "$((KAFKA_PORT + 1))" --data-dir "$WORK/kafka" \
  >"$WORK/kafka.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do grep -qs '^READY kafka' "$WORK/kafka.log" && break; sleep 0.5; done
grep -q '^READY kafka' "$WORK/kafka.log" || { tail -30 "$WORK/kafka.log"; echo "Kafka did not start"; exit 1; }

echo "== starting ingest-service on 127.0.0.1:$INGEST_PORT"
QUARKUS_HTTP_PORT="$INGEST_PORT" KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" \
  ROLLCALL_ZOOM_WEBHOOK_SECRETS="$SECRET" ROLLCALL_ZOOM_ACCOUNT_ID=AcctBench0000000000001 \
  ROLLCALL_INGEST_NOOP_ENDPOINT=true \
  "$JAVA" -Xmx512m -jar ingest-service/target/quarkus-app/quarkus-run.jar >"$WORK/ingest.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$INGEST_PORT/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5
done
curl -fsS "http://127.0.0.1:$INGEST_PORT/q/health/ready" >/dev/null || { tail -30 "$WORK/ingest.log"; exit 1; }

load() {
  "$JAVA" -Xmx512m -cp "$(cp_of benchmarks)" io.rollcall.benchmarks.IngestLoad \
    --secret "$SECRET" --seconds "$SECONDS_PER_RUN" --rate "$RATE" --concurrency "$CONCURRENCY" "$@" | grep '^RESULT'
}

if ! command -v wrk >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "== installing wrk (Debian package)"; apt-get install -y -qq wrk >/dev/null 2>&1 || true
fi

# Full speed: wrk (C, event loop) keeps the load generator's own cost small on a 2-core machine.
max_speed() {
  local label="$1" url="$2"
  "$JAVA" -cp "$(cp_of benchmarks)" io.rollcall.benchmarks.SignedRequestsFile "$SECRET" 20000 "$WORK/requests.tsv"
  wrk -t2 -c"$CONCURRENCY" -d"${SECONDS_PER_RUN}s" -s benchmarks/signed-webhooks.lua "$url" -- "$WORK/requests.tsv" \
    | grep '^WRK' | sed "s/^WRK/RESULT label=$label mode=max tool=wrk connections=$CONCURRENCY/"
}

# Fixed rate: wrk connections that pause between requests offer about $RATE requests/s.
fixed_rate() {
  local label="$1" url="$2" connections=64
  # Each connection's cycle is pause + response time; leave ~2 ms of the interval for the latter.
  local pause_ms=$((connections * 1000 / RATE - 2))
  "$JAVA" -cp "$(cp_of benchmarks)" io.rollcall.benchmarks.SignedRequestsFile "$SECRET" 20000 "$WORK/requests.tsv"
  wrk -t2 -c"$connections" -d"${SECONDS_PER_RUN}s" -s benchmarks/signed-webhooks.lua "$url" -- "$WORK/requests.tsv" "$pause_ms" \
    | grep '^WRK' | sed "s/^WRK/RESULT label=$label mode=fixed tool=wrk offered=${RATE}\/s/"
}

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $("$JAVA" -version 2>&1 | head -1)"
NOOP="http://127.0.0.1:$INGEST_PORT/benchmark/noop"
INGEST="http://127.0.0.1:$INGEST_PORT/zoom/webhooks"
if command -v wrk >/dev/null 2>&1; then
  # Warm both endpoints up (JIT) before any measured run, so the order of runs does not matter.
  "$JAVA" -cp "$(cp_of benchmarks)" io.rollcall.benchmarks.SignedRequestsFile "$SECRET" 20000 "$WORK/requests.tsv"
  for url in "$NOOP" "$INGEST"; do
    wrk -t2 -c"$CONCURRENCY" -d10s -s benchmarks/signed-webhooks.lua "$url" -- "$WORK/requests.tsv" >/dev/null
  done
  max_speed noop "$NOOP"
  max_speed ingest "$INGEST"
else
  echo "(wrk not installed: full-speed runs use the Java generator, which costs more CPU itself)"
  load --url "$NOOP" --label noop --mode max
  load --url "$INGEST" --label ingest --mode max
fi
if command -v wrk >/dev/null 2>&1; then
  fixed_rate noop "$NOOP"
  fixed_rate ingest "$INGEST"
else
  load --url "$NOOP" --label noop --mode fixed
  load --url "$INGEST" --label ingest --mode fixed
fi

# Every accepted webhook was acknowledged by Kafka: the service's own counter says how many.
echo "== ingest-service metrics: $(curl -fsS "http://127.0.0.1:$INGEST_PORT/q/metrics" \
  | grep -E '^rollcall_ingest_requests_total\{' | tr '\n' ' ')"
