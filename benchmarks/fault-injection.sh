#!/usr/bin/env bash
# Fault injection (issue 16): a long meeting stream into the local stack while its components are
# killed, measured from outside. Run on purpose; never part of ./mvnw verify.
#
# Starts the packaged stack with './rollcall up -d' (or uses the running one with
# BENCH_USE_RUNNING_STACK=yes; benchmarks/stack.sh, shared with pipeline-benchmark.sh), registers
# the invitees of one meeting through meeting-service, starts an instance, then plays
# (io.rollcall.benchmarks.FaultInjectionHarness):
#   - the stream: invitees join, leave and rejoin in a round (each rejoin a new connection),
#     FAULT_RATE events/s, each a correctly signed webhook into ingest-service; FAULT_DUPLICATES of
#     them delivered a second time up to 3 s later; every 5xx or refused connection resent, 0.5 s
#     doubling to 5 s, until accepted (Zoom resends 5xx);
#   - meanwhile, one after the other, each waiting until the stack is healthy again (every
#     service's /q/health/ready is 200 and the supervisor has every component running) and then
#     FAULT_SETTLE_SECONDS of load: kill -9 of ingest-service, identity-service, attendance-service,
#     meeting-service, identity-service again, the Kafka broker, PostgreSQL's server (the
#     postmaster); then SIGSTOP of FAULT_PAUSE_SERVICE for FAULT_PAUSE_SECONDS (longer than the
#     consumers' 45 s session timeout, so the groups rebalance) and SIGCONT;
#   - every FAULT_POISON_EVERY events, one unreadable message written straight into each consumer's
#     topic (zoom.webhooks.raw.v1 and rollcall.links.v1: identity-service; rollcall.participants.v1:
#     attendance-service), keyed like the stream so it shares its partition;
#   - FAULT_TAIL_SECONDS more of the stream after the last fault, then everyone still in leaves;
#   - every invitee's attended_seconds (GET /meetings/{id}/attendance?instance=...) compared with
#     the truth of what was played, every 0.5 s until all match (or FAULT_CONVERGE_TIMEOUT).
# Prints deliveries, the faults and how long each took to heal, invitees exact / short / double
# counted, the time to converge after the last fault, and the poison messages found on the
# dead-letter topics with their reason; exits 1 unless 0 lost, 0 double counted, converged within
# 30 s of the last fault and every poison message dead-lettered.
#
# Settings (environment; defaults in brackets):
#   FAULT_INVITEES [500]  FAULT_RATE [25]  FAULT_DUPLICATES [0.10]  FAULT_SETTLE_SECONDS [10]
#   FAULT_PAUSE_SERVICE [identity-service]  FAULT_PAUSE_SECONDS [60]  FAULT_TAIL_SECONDS [5]
#   FAULT_CONVERGE_TIMEOUT [300]  FAULT_POISON_EVERY [250] (0: none)  BENCH_CONCURRENCY [16]
#   BENCH_OUT [.rollcall/bench/fault-<time>]   report.txt, build log and the components' logs
#   BENCH_USE_RUNNING_STACK, BENCH_MVN_FLAGS, ports and ROLLCALL_HOME: see benchmarks/stack.sh
#
#   benchmarks/fault-injection.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

OUT="${BENCH_OUT:-${ROLLCALL_HOME:-$ROOT/.rollcall}/bench/fault-$(date +%Y%m%dT%H%M%S)}"
mkdir -p "$OUT"
# shellcheck source=benchmarks/stack.sh
. "$ROOT/benchmarks/stack.sh"

bench_build
bench_start_stack
bench_machine

args=(
  "${STACK_ARGS[@]}"
  --invitees "${FAULT_INVITEES:-500}" --rate "${FAULT_RATE:-25}"
  --duplicates "${FAULT_DUPLICATES:-0.10}" --settle-seconds "${FAULT_SETTLE_SECONDS:-10}"
  --pause-service "${FAULT_PAUSE_SERVICE:-identity-service}"
  --pause-seconds "${FAULT_PAUSE_SECONDS:-60}" --tail-seconds "${FAULT_TAIL_SECONDS:-5}"
  --converge-timeout-seconds "${FAULT_CONVERGE_TIMEOUT:-300}"
  --poison-every "${FAULT_POISON_EVERY:-250}"
  --concurrency "${BENCH_CONCURRENCY:-16}"
  --run-dir "$STATE/run" --postgres-data "$STATE/postgres"
  --service-ports "ingest-service=${ROLLCALL_INGEST_PORT:-8081},identity-service=${ROLLCALL_IDENTITY_PORT:-8082},attendance-service=${ROLLCALL_ATTENDANCE_PORT:-8083},meeting-service=${ROLLCALL_MEETING_PORT:-8084}"
)

set +e
"$JAVA" -Xmx512m -cp "$(bench_classpath)" io.rollcall.benchmarks.FaultInjectionHarness "${args[@]}" \
  2>"$OUT/driver.err" | tee "$OUT/report.txt"
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
  tail -20 "$OUT/driver.err" >&2
fi
echo "== report: $OUT/report.txt"
exit "$status"
