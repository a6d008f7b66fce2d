#!/usr/bin/env bash
# Bounded soak run (opt-in; never part of the test run). Starts tools/soak/SoakServer (StarletteApp on
# Starlette.Hosting.Kestrel, loopback) and puts it under, all at once for SOAK_DURATION seconds:
#   wrk on /plaintext and on /json, SOAK_WEBSOCKETS WebSockets echoing numbered messages and SOAK_SSE SSE streams
#   (tools/soak/SoakClient), while the server's RSS is sampled every second.
# Then stops the server with SIGTERM and writes SOAK_REPORT (default tools/bench/RELIABILITY.md): requests,
# errors, non-2xx, lost/mismatched WebSocket messages, SSE events, RSS over time, shutdown time, logged errors.
# Exit code 0 when there were no errors, no lost message and the server stayed up.
# Saturates the CPU: on a shared machine run it under the build lock, e.g. flock /tmp/dotnet.lock tools/soak/run.sh
#
# Knobs (environment variables): SOAK_DURATION (60) SOAK_WARMUP (10, seconds of the run excluded from the RSS
# trend) SOAK_WEBSOCKETS (1000) SOAK_SSE (50) SOAK_WRK_CONNS (32 per endpoint) SOAK_PORT (18190)
# SOAK_REPORT (tools/bench/RELIABILITY.md) SOAK_SKIP_INSTALL (0) SOAK_SKIP_BUILD (0)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DURATION="${SOAK_DURATION:-60}"
WARMUP="${SOAK_WARMUP:-10}"
WEBSOCKETS="${SOAK_WEBSOCKETS:-1000}"
SSE="${SOAK_SSE:-50}"
CONNS="${SOAK_WRK_CONNS:-32}"
PORT="${SOAK_PORT:-18190}"
REPORT="${SOAK_REPORT:-$ROOT/tools/bench/RELIABILITY.md}"
WORK=/tmp/starlette-soak
OUT="$WORK/out"
RUN="$WORK/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT" "$RUN"

need() { command -v "$1" >/dev/null 2>&1; }
install() {
  [ "${SOAK_SKIP_INSTALL:-0}" = 1 ] && { echo "missing: $*" >&2; exit 2; }
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq && $sudo apt-get install -y -qq "$@" >/dev/null
}
need wrk || install wrk
need curl || install curl
need python3 || install python3
need dotnet || { echo "the .NET SDK of global.json is needed (see tools/bench/run.sh)" >&2; exit 2; }

if [ "${SOAK_SKIP_BUILD:-0}" != 1 ]; then
  echo "== building (Release)"
  dotnet publish "$ROOT/tools/soak/SoakServer" -c Release -o "$OUT/server" -v q --nologo >"$RUN/build.log" 2>&1
  dotnet publish "$ROOT/tools/soak/SoakClient" -c Release -o "$OUT/client" -v q --nologo >>"$RUN/build.log" 2>&1
fi

ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
BASE="http://127.0.0.1:$PORT"
"$OUT/server/SoakServer" "$PORT" >"$RUN/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -fs "$BASE/plaintext" >/dev/null 2>&1 && break; sleep 0.05; done
curl -fs "$BASE/plaintext" >/dev/null || { echo "server did not start" >&2; cat "$RUN/server.log" >&2; exit 1; }

echo "== soak: ${DURATION}s, wrk -c$CONNS on /plaintext and /json, $WEBSOCKETS WebSockets, $SSE SSE streams"
( for t in $(seq 0 $((DURATION + 5))); do
    rss=$(awk '/^VmRSS/ {print $2}' "/proc/$SERVER/status" 2>/dev/null || echo 0)
    echo "$t $rss"; sleep 1
  done ) >"$RUN/rss.txt" &
SAMPLER=$!
wrk -t1 -c"$CONNS" -d"${DURATION}s" --latency "$BASE/plaintext" >"$RUN/wrk-plaintext.txt" 2>&1 &
W1=$!
wrk -t1 -c"$CONNS" -d"${DURATION}s" --latency "$BASE/json" >"$RUN/wrk-json.txt" 2>&1 &
W2=$!
set +e
"$OUT/client/SoakClient" "$BASE" "$DURATION" "$WEBSOCKETS" "$SSE" >"$RUN/client.txt" 2>"$RUN/client-errors.log"
CLIENT_RC=$?
wait "$W1" "$W2"
set -e
kill "$SAMPLER" 2>/dev/null || true
ALIVE=0; kill -0 "$SERVER" 2>/dev/null && ALIVE=1

START=$(date +%s.%N)
kill -TERM "$SERVER" 2>/dev/null || true
wait "$SERVER" 2>/dev/null; SERVER_RC=$?
STOP=$(date +%s.%N)
trap - EXIT

python3 "$ROOT/tools/soak/report.py" "$RUN" "$REPORT" "$DURATION" "$WARMUP" "$WEBSOCKETS" "$SSE" "$CONNS" \
  "$CLIENT_RC" "$ALIVE" "$SERVER_RC" "$(echo "$STOP - $START" | bc -l 2>/dev/null || python3 -c "print($STOP-$START)")"
echo "== raw results in $RUN; report in $REPORT"
