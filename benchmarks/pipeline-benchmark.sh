#!/usr/bin/env bash
# Pipeline benchmark (issue 12): webhook in -> attendance visible, measured from outside the stack.
#
# Starts the packaged stack with './rollcall up -d' (or uses the running one with
# BENCH_USE_RUNNING_STACK=yes), then drives it only through its public interfaces, as a customer
# and Zoom would:
#   - meetings and invitees through meeting-service's API (POST /meetings, POST /meetings/{id}/invitees
#     in batches of 500; meeting-service registers them in zoom-simulator, which rate-limits like
#     Zoom, and publishes one link per invitee on rollcall.links.v1). Registration is timed and
#     printed, and kept OUT of every measured window: a window starts only once identity-service's
#     links consumer group has committed past every new link (Kafka admin API) and attendance-service
#     shows the instance started by a signed meeting.started;
#   - correctly signed Zoom webhooks (x-zm-signature over v0:{timestamp}:{body} with the stack's
#     secret) into ingest-service's POST /zoom/webhooks: participant_joined / participant_left shaped
#     as in ZOOM-FACTS.md, invitees with their registrant_id, guests without, each join a new
#     connection (user_id, participant_uuid). Every non-2xx answer is counted and reported; 5xx is
#     retried at once (at most 3 attempts, same request id);
#   - attendance read from attendance-service's GET /meetings/{id}/attendance?instance=... and
#     GET /people/{ref}/attendance with the API key.
#
# Scenarios (BENCH_SCENARIOS, comma-separated: storm,steady,many):
#   1. storm: N people join one instance at once, BENCH_CONCURRENCY webhooks in flight, shuffled;
#      N <= 4,999 are all invitees, above that 4,999 invitees plus guests. Measured: seconds from
#      the last accepted webhook until the attendance API lists all N attendees. Waiting is cheap:
#      Kafka keeps one instance's events in the order ingest wrote them and both services apply them
#      in that order, so it polls the cheap per-person endpoint of the invitees among the last
#      accepted joins every BENCH_POLL_MS, then confirms with full reads of the instance (repeated,
#      adaptively, until all N are there), plus one full read every 10 s to print progress.
#   2. steady: R events/s (open loop, BENCH_STEADY_RATE) into one meeting of N invitees
#      (BENCH_STEADY_PEOPLE, a list) for BENCH_STEADY_SECONDS. People take turns in a fixed round:
#      the first N events fill the meeting, then leaves and rejoins alternate. "Visible" per event:
#      the instance's attendance is polled (every BENCH_POLL_MS at most, and never more often than
#      every 3x the last query's duration, so polling takes at most ~25% of one request thread);
#      a join is visible once the person's attendee has a session with that join time, a leave once
#      that session has that leave time (each person's event times strictly increase, whole seconds
#      as Zoom sends them). Latency = from the webhook's 2xx answer to the arrival of the first
#      attendance answer that shows it: an upper bound, late by at most one poll cycle plus one
#      query. p50/p99/max from HdrHistogram. Events still unseen BENCH_TIMEOUT_SECONDS after the
#      last one are censored (recorded at their wait so far, and counted).
#   3. many: BENCH_MANY_MEETINGS meetings x BENCH_MANY_PEOPLE invitees, joins and leaves spread round
#      robin over all meetings at each rate of BENCH_MANY_RATES for BENCH_MANY_SECONDS; every rate
#      plays new instances. Latency as in 2, measured on the first BENCH_PROBE_MEETINGS meetings
#      (same load on all; polling all would cost more than the events). A rate passes with p99 <= 1 s,
#      nothing censored and >= 95% of it achieved; the ladder stops at the first miss
#      (BENCH_MANY_STOP_ON_MISS=false runs it all). Prints the highest passing rate.
#   4. cost per event, from the storms: identity-service + attendance-service CPU-seconds per join,
#      read from /proc/<pid>/stat (utime+stime) from the window's start until both are quiet again
#      (their outbox relays publish after the attendance is visible), net of their idle rate measured
#      for 3 s just before; largest storm / smallest storm (N=10,000 / N=100 by default). Also
#      printed: the storms' seconds-until-visible per event, and PostgreSQL's CPU (postmaster and
#      backends) per event. The benchmark's own attendance reads are inside these windows.
# Each measured window also records the load averages (/proc/loadavg) at its end and each service's
# peak RSS (VmRSS sampled every 250 ms); the run ends with every service's peak RSS and VmHWM.
#
# Settings (environment; defaults in brackets):
#   BENCH_USE_RUNNING_STACK [no]   yes: use the stack already running (./rollcall up -d); else start
#                                  one with ./rollcall up -d and stop it with ./rollcall down at the end
#   BENCH_SCENARIOS [storm,steady,many]      BENCH_STORM_SIZES [100,1000,4999,10000]
#   BENCH_STEADY_RATE [50]  BENCH_STEADY_PEOPLE [2000]  BENCH_STEADY_SECONDS [60]
#   BENCH_MANY_MEETINGS [100]  BENCH_MANY_PEOPLE [100]  BENCH_MANY_RATES [100,250,500,1000,2000]
#   BENCH_MANY_SECONDS [30]  BENCH_PROBE_MEETINGS [10]  BENCH_MANY_STOP_ON_MISS [true]
#   BENCH_MANY_WARM_UP_SECONDS [15]  unmeasured load at the first rate before the ladder; 0 for none
#   BENCH_CONCURRENCY [16]  BENCH_POLL_MS [150]  BENCH_TIMEOUT_SECONDS [300]
#   BENCH_WARM_UP_STORM [300]  people in an unmeasured storm first (JIT, pools); 0 for none
#   BENCH_JFR [no]   yes: record every measured window with JFR (jcmd JFR.start settings=profile) in
#                    identity-service and attendance-service; the .jfr paths are printed at the end
#   BENCH_OUT [.rollcall/bench/<time>]   report.txt, build log, jfr/ and (for a stack it started)
#                                        the components' logs/ go there
#   BENCH_WEBHOOK_SECRET, BENCH_API_KEY, BENCH_MVN_FLAGS: see benchmarks/stack.sh (shared start-up)
#   Ports and state follow ./rollcall's variables (ROLLCALL_INGEST_PORT, ROLLCALL_HOME, ...).
#
#   benchmarks/pipeline-benchmark.sh
#   BENCH_SCENARIOS=storm BENCH_STORM_SIZES=1000 BENCH_JFR=yes benchmarks/pipeline-benchmark.sh
#   BENCH_USE_RUNNING_STACK=yes BENCH_SCENARIOS=steady BENCH_STEADY_PEOPLE=600,2000 benchmarks/pipeline-benchmark.sh
# Not part of ./mvnw verify.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

OUT="${BENCH_OUT:-${ROLLCALL_HOME:-$ROOT/.rollcall}/bench/$(date +%Y%m%dT%H%M%S)}"
mkdir -p "$OUT"
# shellcheck source=benchmarks/stack.sh
. "$ROOT/benchmarks/stack.sh"

bench_build
bench_start_stack
bench_machine

args=(
  "${STACK_ARGS[@]}"
  --scenarios "${BENCH_SCENARIOS:-storm,steady,many}"
  --storm-sizes "${BENCH_STORM_SIZES:-100,1000,4999,10000}"
  --steady-rate "${BENCH_STEADY_RATE:-50}" --steady-people "${BENCH_STEADY_PEOPLE:-2000}"
  --steady-seconds "${BENCH_STEADY_SECONDS:-60}"
  --many-meetings "${BENCH_MANY_MEETINGS:-100}" --many-people "${BENCH_MANY_PEOPLE:-100}"
  --many-rates "${BENCH_MANY_RATES:-100,250,500,1000,2000}" --many-seconds "${BENCH_MANY_SECONDS:-30}"
  --many-warm-up-seconds "${BENCH_MANY_WARM_UP_SECONDS:-15}"
  --probe-meetings "${BENCH_PROBE_MEETINGS:-10}" --many-stop-on-miss "${BENCH_MANY_STOP_ON_MISS:-true}"
  --concurrency "${BENCH_CONCURRENCY:-16}" --poll-ms "${BENCH_POLL_MS:-150}"
  --timeout-seconds "${BENCH_TIMEOUT_SECONDS:-300}" --warm-up-storm "${BENCH_WARM_UP_STORM:-300}"
)
if [ "${BENCH_JFR:-no}" = yes ]; then
  args+=(--jfr-dir "$OUT/jfr")
fi

classpath="$(bench_classpath)"
"$JAVA" -Xmx1g -cp "$classpath" io.rollcall.benchmarks.PipelineBenchmark "${args[@]}" 2>"$OUT/driver.err" \
  | tee "$OUT/report.txt"
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
  tail -20 "$OUT/driver.err" >&2
fi
echo "== report: $OUT/report.txt"
exit "$status"
