#!/usr/bin/env bash
# tools/bench/run.sh - the benchmark suite (see tools/bench/README.md).
#
#   1. Load: five servers, one at a time on 127.0.0.1, each pinned to one CPU with wrk on the other:
#        A  Starlette on uvicorn (Debian packages, /usr/bin/python3, 1 worker, uvloop + httptools, no access log)
#        B  bare Kestrel IHttpApplication writing the bytes by hand (the ceiling on Kestrel)
#        C  ASP.NET Core Minimal APIs (MapGet + Results.Text / Results.Json)
#        D  StarletteApp + Router + Route endpoints on Starlette.Hosting.Kestrel
#        E  D with CORS + GZip + Sessions middleware
#      on GET /plaintext, /json and /users/123 (20 other routes registered before /users/{id:int}).
#   2. In process: tools/Benchmarks AppBenchmarks (BenchmarkDotNet) next to python_inprocess.py.
#   3. Component micro-benchmarks: every other class of tools/Benchmarks.
#   4. Native AOT ("aot" part): examples/HelloWorld, the bench server (D) and Minimal APIs on CreateSlimBuilder
#      (servers/MinimalApiSlim), each published with PublishAot=true and as a JIT build: binary size, time from
#      process start to the first answered request, RSS at idle and peak, req/s on plaintext.
#   5. Fan-out ("fanout" part): Starlette.Broadcast publish -> delivery for 1, 100 and 1,000 subscribers on the memory
#      backend and on a redis-server and a PostgreSQL this script starts on loopback (tools/Benchmarks --fanout):
#      messages and deliveries per second, latency p50/p99 (one message at a time, and under a burst), allocated
#      bytes per delivered message.
# and writes tools/bench/RESULTS.md (report.py). Raw output goes to $BENCH_WORK/results/<UTC stamp>/.
#
# Installs what is missing: python3, wrk, curl, time, iproute2, util-linux and python3-starlette python3-uvicorn
# python3-uvloop python3-httptools (redis-server and postgresql for the fanout part) with apt-get (sudo when not
# root); the .NET SDK of global.json with dotnet-install.sh when there is no dotnet.
#
# Knobs (environment; defaults for the full run, [quick run] with BENCH_QUICK=1):
#   BENCH_QUICK [0]             1 = short everything: 2 s runs, 1 round, short BenchmarkDotNet jobs
#   BENCH_ROUNDS [2] [1]        rounds of A..E, always in the order of BENCH_SERVERS
#   BENCH_DURATION [10s] [2s]   measured wrk run per endpoint
#   BENCH_WARMUP [5s] [1s]      wrk warm-up run before each measured run
#   BENCH_SERVER_WARMUP [9s] [1s]  load on each endpoint right after startup (3 x 9 s covers the ~25 s .NET
#                                  needs on one CPU to settle its thread pool and tier-1 code)
#   BENCH_CONNS [64]  BENCH_THREADS [1]      wrk connections and threads
#   BENCH_SERVERS ["A B C D E"]  BENCH_PARTS ["load inprocess micro aot fanout"]
#   BENCH_FANOUT_ARGS [""] ["--messages 300 --latency-rounds 50 --warmup-rounds 20"]  extra tools/Benchmarks --fanout
#                               arguments (--subscribers 1,100,1000 --messages 1000 --latency-rounds 200 by default)
#   BENCH_AOT_STARTS [5] [2]    process starts per AOT/JIT server for the startup time (the median is reported)
#   BENCH_AOT_APPS ["hello starlette minimal"]  the apps of the aot part
#   BENCH_SERVER_CPU [0]  BENCH_CLIENT_CPU [1]
#   BENCH_BDN_ARGS [""] ["--launchCount 1 --warmupCount 3 --iterationCount 5 --iterationTime 250"]
#   BENCH_WORK [/tmp/starlette-bench]  BENCH_REPORT [tools/bench/RESULTS.md]  BENCH_NOTE [""] (a line for the report)
#   BENCH_NOTES [tools/bench/results-notes.md]  hand-written notes appended to the report (when the file exists)
#   BENCH_SKIP_BUILD [0]  BENCH_SKIP_INSTALL [0]
#   BENCH_OUTDIR [""]           an existing results folder to add parts to (its env.txt is kept), e.g. one more
#                               BenchmarkDotNet class into a full run: the report is regenerated from the whole folder
#   BENCH_MICRO_FILTER [""]     the micro part's BenchmarkDotNet filters (space-separated; default: every class but
#                               AppBenchmarks); BENCH_MICRO_NAME [micro] names its output folder (bdn-<name>)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
QUICK="${BENCH_QUICK:-0}"
if [ "$QUICK" = 1 ]; then
  d_rounds=1 d_duration=2s d_warmup=1s d_server_warmup=1s d_aot_starts=2
  d_bdn="--launchCount 1 --warmupCount 3 --iterationCount 5 --iterationTime 250"
  d_fanout="--messages 300 --latency-rounds 50 --warmup-rounds 20"
else
  d_rounds=2 d_duration=10s d_warmup=5s d_server_warmup=9s d_bdn="" d_aot_starts=5 d_fanout=""
fi
FANOUT_ARGS="${BENCH_FANOUT_ARGS-$d_fanout}"
ROUNDS="${BENCH_ROUNDS:-$d_rounds}"
DURATION="${BENCH_DURATION:-$d_duration}"
WARMUP="${BENCH_WARMUP:-$d_warmup}"
SERVER_WARMUP="${BENCH_SERVER_WARMUP:-$d_server_warmup}"
BDN_ARGS="${BENCH_BDN_ARGS-$d_bdn}"
AOT_STARTS="${BENCH_AOT_STARTS:-$d_aot_starts}"
CONNS="${BENCH_CONNS:-64}"
THREADS="${BENCH_THREADS:-1}"
SERVERS="${BENCH_SERVERS:-A B C D E}"
PARTS="${BENCH_PARTS:-load inprocess micro aot fanout}"
SERVER_CPU="${BENCH_SERVER_CPU:-0}"
CLIENT_CPU="${BENCH_CLIENT_CPU:-1}"
WORK="${BENCH_WORK:-/tmp/starlette-bench}"
REPORT="${BENCH_REPORT:-$HERE/RESULTS.md}"
SKIP_BUILD="${BENCH_SKIP_BUILD:-0}"
SKIP_INSTALL="${BENCH_SKIP_INSTALL:-0}"
PY=/usr/bin/python3            # Debian's interpreter: the python3-* packages live in its dist-packages
ENDPOINTS=(plaintext json users)
declare -A PATH_OF=([plaintext]=/plaintext [json]=/json [users]=/users/123)
declare -A PORT_OF=([A]=18181 [B]=18182 [C]=18183 [D]=18184 [E]=18185)
declare -A PROJ_OF=([B]=KestrelDirect [C]=MinimalApi [D]=StarletteServer [E]=StarletteServer)
declare -A NAME_OF=([A]="Starlette/uvicorn" [B]="Kestrel IHttpApplication" [C]="Minimal APIs" [D]="Starlette.NET" [E]="Starlette.NET + CORS/GZip/Sessions")
BENCH_DLL="$REPO/tools/Benchmarks/bin/Release/net10.0/Starlette.Benchmarks.dll"
# The "aot" part: each app published as a JIT build (framework-dependent) and with Native AOT.
read -r -a AOT_APPS <<<"${BENCH_AOT_APPS:-hello starlette minimal}"
declare -A AOT_PROJ=([hello]=examples/HelloWorld [starlette]=tools/bench/servers/StarletteServer [minimal]=tools/bench/servers/MinimalApiSlim)
declare -A AOT_EXE=([hello]=HelloWorld [starlette]=StarletteServer [minimal]=MinimalApiSlim)
declare -A AOT_URL=([hello]=/ [starlette]=/plaintext [minimal]=/plaintext)
AOT_PORT=18186
FANOUT_REDIS_PORT=18187
FANOUT_PG_PORT=18188

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUTDIR="${BENCH_OUTDIR:-$WORK/results/$STAMP}"
mkdir -p "$OUTDIR"
cd "$WORK"                           # stray files from any tool land in /tmp, not in the repository
RESULTS="$OUTDIR/endpoints.tsv"      # round server endpoint rps p50_ms p99_ms non2xx sock_err requests srv_cpu_pct wrk_cpu_pct srv_kernel_pct utime_ticks stime_ticks wall_s alloc_bytes_per_req
SERVERS_TSV="$OUTDIR/servers.tsv"    # round server startup_ms rss_at_start_kb vmhwm_kb info
AOT_TSV="$OUTDIR/aot.tsv"            # app build binary_bytes startup_ms(median) startups rss_idle_kb vmhwm_kb rps requests
CLK_TCK="$(getconf CLK_TCK)"

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
has_part() { case " $PARTS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# ---------------------------------------------------------------- our own server process only
SERVER_PID="" REDIS_PID="" PG_PID=""
stop_server() {
  local pid="$1"
  [ -n "$pid" ] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  fi
  wait "$pid" 2>/dev/null || true
}
trap 'stop_server "$SERVER_PID"; stop_server "$REDIS_PID"; stop_server "$PG_PID"' EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- prerequisites
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else log "need root for: $*"; return 1; fi; }

ensure_prereqs() {
  local need=()
  [ -x "$PY" ] || need+=(python3)          # report.py, python_inprocess.py and server A
  command -v curl >/dev/null || need+=(curl)
  if has_part load; then
    command -v wrk >/dev/null || need+=(wrk)
    [ -x /usr/bin/time ] || need+=(time)
    command -v ss >/dev/null || need+=(iproute2)
  fi
  command -v taskset >/dev/null || need+=(util-linux)
  "$PY" -c 'import matplotlib' 2>/dev/null || need+=(python3-matplotlib)   # report.py's chart
  if has_part aot; then
    command -v clang >/dev/null || need+=(clang)                       # the Native AOT toolchain
    [ -e /usr/include/zlib.h ] || need+=(zlib1g-dev)
    command -v wrk >/dev/null || need+=(wrk)
  fi
  if has_part load || has_part inprocess; then
    "$PY" -c 'import starlette' 2>/dev/null || need+=(python3-starlette)
  fi
  if has_part load; then
    "$PY" -c 'import uvicorn' 2>/dev/null || need+=(python3-uvicorn)
    "$PY" -c 'import uvloop' 2>/dev/null || need+=(python3-uvloop)
    "$PY" -c 'import httptools' 2>/dev/null || need+=(python3-httptools)
  fi
  if has_part fanout; then
    command -v redis-server >/dev/null || need+=(redis-server)
    pg_bin >/dev/null || need+=(postgresql)
    command -v ss >/dev/null || need+=(iproute2)
  fi
  if [ "${#need[@]}" -gt 0 ]; then
    if [ "$SKIP_INSTALL" = 1 ]; then log "missing: ${need[*]} (BENCH_SKIP_INSTALL=1)"; else
      log "installing: ${need[*]}"
      as_root apt-get update >/dev/null
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}" >/dev/null
    fi
  fi
  if ! command -v dotnet >/dev/null; then
    if [ -x "$HOME/.dotnet/dotnet" ]; then export PATH="$HOME/.dotnet:$PATH"
    elif [ "$SKIP_INSTALL" != 1 ]; then
      local channel; channel="$(sed -n 's/.*"version": *"\([0-9]*\.[0-9]*\).*/\1/p' "$REPO/global.json" | head -1)"
      log "installing the .NET SDK $channel into ~/.dotnet (dotnet-install.sh)"
      curl -fsSL https://dot.net/v1/dotnet-install.sh -o "$WORK/dotnet-install.sh"
      bash "$WORK/dotnet-install.sh" --channel "$channel" --install-dir "$HOME/.dotnet" >/dev/null
      export PATH="$HOME/.dotnet:$PATH"
    fi
  fi
  command -v dotnet >/dev/null || { log "dotnet not found"; exit 1; }
  if has_part load || has_part aot; then command -v wrk >/dev/null || { log "wrk not found"; exit 1; }; fi
  [ "$(nproc --all)" -ge 2 ] || log "warning: fewer than 2 CPUs; server and client will share one"
}

# ---------------------------------------------------------------- build
build() {
  export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
  if has_part load; then
    local built=" "
    for s in $SERVERS; do
      [ "$s" != A ] || continue
      local p="${PROJ_OF[$s]}"
      case "$built" in *" $p "*) continue ;; esac
      built="$built$p "
      log "dotnet publish $p"
      rm -rf "$WORK/out/$p"
      dotnet publish "$HERE/servers/$p/$p.csproj" -c Release -o "$WORK/out/$p" -nologo -v q >"$OUTDIR/build-$p.log" 2>&1 \
        || { cat "$OUTDIR/build-$p.log"; exit 1; }
    done
  fi
  if has_part aot; then
    local app
    for app in "${AOT_APPS[@]}"; do
      for b in jit aot; do
        local out="$WORK/out-aot/$app-$b" aot_args=()
        [ "$b" = jit ] || aot_args=(-r linux-x64 -p:PublishAot=true)
        log "dotnet publish ${AOT_PROJ[$app]} ($b)"
        rm -rf "$out"
        dotnet publish "$REPO/${AOT_PROJ[$app]}" -c Release "${aot_args[@]}" -o "$out" -nologo -v q >"$OUTDIR/build-aot-$app-$b.log" 2>&1 \
          || { tail -40 "$OUTDIR/build-aot-$app-$b.log"; exit 1; }
      done
    done
  fi
  if has_part inprocess || has_part micro || has_part fanout; then
    log "dotnet build tools/Benchmarks"
    dotnet build "$REPO/tools/Benchmarks/Starlette.Benchmarks.csproj" -c Release -nologo -v q >"$OUTDIR/build-Benchmarks.log" 2>&1 \
      || { cat "$OUTDIR/build-Benchmarks.log"; exit 1; }
  fi
}

# Which uvicorn loop/http implementations can run here.
PY_LOOP=asyncio; PY_HTTP=h11; PY_VERSIONS=""
detect_python() {
  "$PY" -c 'import uvloop' 2>/dev/null && PY_LOOP=uvloop
  "$PY" -c 'import httptools' 2>/dev/null && PY_HTTP=httptools
  PY_VERSIONS="$("$PY" -c '
import sys
v = ["python " + sys.version.split()[0]]
for m in ("starlette", "uvicorn", "uvloop", "httptools"):
    try:
        v.append(m + " " + __import__(m).__version__)
    except Exception:
        v.append(m + " absent")
print(", ".join(v))')"
}

# ---------------------------------------------------------------- one server
start_server() {   # $1 = A..E ; sets SERVER_PID
  local s="$1" port="${PORT_OF[$1]}" log="$OUTDIR/server-$1-r$ROUND.log"
  case "$s" in
    A)
      ( cd "$HERE/servers" && PYTHONDONTWRITEBYTECODE=1 exec taskset -c "$SERVER_CPU" "$PY" -m uvicorn starlette_app:app \
          --host 127.0.0.1 --port "$port" --workers 1 --loop "$PY_LOOP" --http "$PY_HTTP" \
          --log-level warning --no-access-log ) >"$log" 2>&1 &
      ;;
    *)
      local extra=(); [ "$s" = E ] && extra=(--middleware)
      # Runtime defaults on purpose: Server GC comes from the project (runtimeconfig); TieredPGO,
      # TieredCompilation, ReadyToRun etc. stay at their defaults (any overrides in the environment unset).
      ( exec env -u DOTNET_TieredPGO -u DOTNET_TieredCompilation -u DOTNET_TC_QuickJitForLoops \
          -u DOTNET_ReadyToRun -u DOTNET_gcServer -u DOTNET_GCHeapCount -u DOTNET_gcConcurrent \
          -u ASPNETCORE_URLS -u ASPNETCORE_ENVIRONMENT -u DOTNET_ENVIRONMENT \
          taskset -c "$SERVER_CPU" dotnet "$WORK/out/${PROJ_OF[$s]}/${PROJ_OF[$s]}.dll" "$port" "${extra[@]}" ) >"$log" 2>&1 &
      ;;
  esac
  SERVER_PID=$!
}

wait_ready() {   # prints ms from $1 (ns) until the first 200 on /plaintext
  local t0="$1" url="http://127.0.0.1:$2/plaintext" code
  for _ in $(seq 1 3000); do
    code="$(curl -s -o /dev/null -m 1 -w '%{http_code}' "$url" || true)"
    if [ "$code" = 200 ]; then echo $(( ($(date +%s%N) - t0) / 1000000 )); return 0; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { log "server died"; return 1; }
    sleep 0.005
  done
  return 1
}

check_responses() {   # $1 server: every endpoint answers 200 with the expected body
  local port="${PORT_OF[$1]}" ep body
  declare -A want=([plaintext]='Hello, World!' [json]='{"message":"Hello, World!"}' [users]='{"id":123}')
  for ep in "${ENDPOINTS[@]}"; do
    body="$(curl -s -m 2 "http://127.0.0.1:$port${PATH_OF[$ep]}" || true)"
    [ "$body" = "${want[$ep]}" ] || { log "$1 ${PATH_OF[$ep]} answered '$body', expected '${want[$ep]}'"; return 1; }
  done
}

alloc_bytes() {   # $1 server: its total allocated managed bytes (the .NET servers print them on SIGWINCH); empty for A
  [ "$1" != A ] || return 0
  local log="$OUTDIR/server-$1-r$ROUND.log" n
  n="$(grep -c '^\[alloc\]' "$log" || true)"
  kill -WINCH "$SERVER_PID" 2>/dev/null || return 0
  for _ in $(seq 1 300); do
    [ "$(grep -c '^\[alloc\]' "$log" || true)" -gt "$n" ] && break
    sleep 0.01
  done
  grep '^\[alloc\]' "$log" | tail -1 | awk '{print $2}'
}

proc_kb() { awk -v k="$2:" '$1==k {print $2}' "/proc/$1/status"; }
proc_ticks() { awk '{print $14, $15}' "/proc/$1/stat"; }   # utime stime (clock ticks)

to_ms() {  # wrk latency like 812.00us / 1.23ms / 2.01s -> ms
  awk -v v="$1" 'BEGIN{
    if (v ~ /us$/) { sub(/us$/,"",v); printf "%.3f", v/1000 }
    else if (v ~ /ms$/) { sub(/ms$/,"",v); printf "%.3f", v }
    else if (v ~ /s$/) { sub(/s$/,"",v); printf "%.3f", v*1000 }
    else print "nan" }'
}

wrk_load() {   # $1 duration, $2 url, rest: extra wrk args
  local d="$1" url="$2"; shift 2
  wrk -t"$THREADS" -c"$CONNS" -d"$d" -H 'Accept-Encoding: gzip' "$@" "$url"
}

measure_endpoint() {   # $1 server, $2 endpoint name
  local s="$1" ep="$2" url="http://127.0.0.1:${PORT_OF[$1]}${PATH_OF[$2]}"
  local out="$OUTDIR/wrk-$s-$ep-r$ROUND.txt" tfile="$OUTDIR/.time"
  wrk_load "$WARMUP" "$url" >/dev/null 2>&1 || true
  local a0 a1 u0 s0 u1 s1
  a0="$(alloc_bytes "$s")"
  read -r u0 s0 <<<"$(proc_ticks "$SERVER_PID")"
  /usr/bin/time -f '%e %U %S' -o "$tfile" wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" -H 'Accept-Encoding: gzip' --latency "$url" >"$out" 2>&1 || true
  read -r u1 s1 <<<"$(proc_ticks "$SERVER_PID")"
  a1="$(alloc_bytes "$s")"
  local rps p50 p99 non2xx serr reqs wall wu ws srvcpu srvsys wrkcpu
  rps="$(awk '/^Requests\/sec:/ {print $2}' "$out")"
  p50="$(to_ms "$(awk '$1=="50%" {print $2}' "$out")")"
  p99="$(to_ms "$(awk '$1=="99%" {print $2}' "$out")")"
  non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$out")"; non2xx="${non2xx:-0}"
  serr="$(awk '/Socket errors:/ {gsub(",",""); print $4+$6+$8+$10}' "$out")"; serr="${serr:-0}"
  reqs="$(awk '/requests in/ {print $1}' "$out")"
  read -r wall wu ws <"$tfile"
  srvcpu="$(awk -v a="$((u0 + s0))" -v b="$((u1 + s1))" -v w="$wall" -v hz="$CLK_TCK" 'BEGIN{printf "%.0f", 100*(b-a)/hz/w}')"
  srvsys="$(awk -v a="$((u1 + s1 - u0 - s0))" -v s="$((s1 - s0))" 'BEGIN{printf "%.0f", (a > 0) ? 100*s/a : 0}')"
  wrkcpu="$(awk -v u="$wu" -v s="$ws" -v w="$wall" 'BEGIN{printf "%.0f", 100*(u+s)/w}')"
  local alloc=""   # managed bytes allocated per request by the whole server during the measured run
  [ -z "$a0" ] || [ -z "$a1" ] || [ "${reqs:-0}" = 0 ] || alloc="$(awk -v a="$a0" -v b="$a1" -v n="$reqs" 'BEGIN{printf "%.0f", (b-a)/n}')"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$ROUND" "$s" "$ep" "${rps:-0}" "$p50" "$p99" \
    "$non2xx" "$serr" "${reqs:-0}" "$srvcpu" "$wrkcpu" "$srvsys" "$((u1 - u0))" "$((s1 - s0))" "$wall" "$alloc" >>"$RESULTS"
  log "  $s $ep: ${rps:-?} req/s, p50 $p50 ms, p99 $p99 ms (server cpu ${srvcpu}%, ${srvsys}% of it kernel; wrk cpu ${wrkcpu}%; ${alloc:-n/a} B allocated/req; non2xx $non2xx, socket errors $serr)"
}

bench_server() {   # $1 = A..E
  local s="$1" port="${PORT_OF[$1]}"
  if ss -ltn "sport = :$port" | grep -q LISTEN; then log "port $port busy"; exit 1; fi
  log "round $ROUND: $s ${NAME_OF[$s]} on 127.0.0.1:$port (cpu $SERVER_CPU)"
  local t0; t0="$(date +%s%N)"
  start_server "$s"
  local startup; startup="$(wait_ready "$t0" "$port")" || { cat "$OUTDIR/server-$s-r$ROUND.log" >&2; exit 1; }
  local rss0; rss0="$(proc_kb "$SERVER_PID" VmRSS)"
  check_responses "$s" || { cat "$OUTDIR/server-$s-r$ROUND.log" >&2; exit 1; }
  # Server-level warm-up on every endpoint before any measurement: on one CPU the .NET thread pool starts
  # with several workers and settles to about one after ~25 s of load, while tier-1/PGO code arrives; without
  # it the first endpoint measured reads 8-32% low. Applied to every server alike.
  for ep in "${ENDPOINTS[@]}"; do wrk_load "$SERVER_WARMUP" "http://127.0.0.1:$port${PATH_OF[$ep]}" >/dev/null 2>&1 || true; done
  for ep in "${ENDPOINTS[@]}"; do measure_endpoint "$s" "$ep"; done
  local hwm; hwm="$(proc_kb "$SERVER_PID" VmHWM)"
  local info
  if [ "$s" = A ]; then info="loop=$PY_LOOP http=$PY_HTTP"
  else info="$(grep -m1 -o 'ServerGC=.*' "$OUTDIR/server-$s-r$ROUND.log" || true)"; fi
  stop_server "$SERVER_PID"; SERVER_PID=""
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$ROUND" "$s" "$startup" "$rss0" "$hwm" "$info" >>"$SERVERS_TSV"
  log "  startup $startup ms, RSS at start $rss0 kB, peak RSS $hwm kB"
}

# ---------------------------------------------------------------- BenchmarkDotNet
run_bdn() {   # $1 = name (log/artifacts), rest = filters
  local name="$1"; shift
  local filters=("$@")
  log "BenchmarkDotNet $name: ${filters[*]} ${BDN_ARGS:-(default job)}"
  # Run from the project folder (BenchmarkDotNet looks for the .csproj there to build its runner); the benchmark
  # process gets the server CPU (affinity mask), the host and the runner's build stay on the client CPU.
  # shellcheck disable=SC2086
  (cd "$REPO/tools/Benchmarks" && dotnet "$BENCH_DLL" --filter "${filters[@]}" $BDN_ARGS \
      --affinity "$((1 << SERVER_CPU))" --exporters briefjson github --artifacts "$OUTDIR/bdn-$name") \
    >"$OUTDIR/bdn-$name.log" 2>&1 || { tail -40 "$OUTDIR/bdn-$name.log" >&2; log "BenchmarkDotNet $name failed"; exit 1; }
  grep -A30 '^// \* Summary \*' "$OUTDIR/bdn-$name.log" | grep '^|' >&2 || true
}

micro_filters() {   # every benchmark class of tools/Benchmarks except AppBenchmarks
  grep -ho 'public \(sealed \)\?class [A-Za-z0-9_]*Benchmarks\b' "$REPO"/tools/Benchmarks/*.cs \
    | awk '{print $NF}' | grep -vx AppBenchmarks | sort -u | sed 's/.*/*.&.*/'
}

# ---------------------------------------------------------------- Native AOT next to JIT
start_aot() {   # $1 app, $2 jit|aot, $3 log; sets SERVER_PID
  local dir="$WORK/out-aot/$1-$2" exe="${AOT_EXE[$1]}"
  if [ "$2" = aot ]; then
    ( exec env -u DOTNET_TieredPGO -u DOTNET_TieredCompilation -u DOTNET_gcServer -u ASPNETCORE_URLS \
        taskset -c "$SERVER_CPU" "$dir/$exe" "$AOT_PORT" ) >"$3" 2>&1 &
  else
    ( exec env -u DOTNET_TieredPGO -u DOTNET_TieredCompilation -u DOTNET_gcServer -u ASPNETCORE_URLS \
        taskset -c "$SERVER_CPU" dotnet "$dir/$exe.dll" "$AOT_PORT" ) >"$3" 2>&1 &
  fi
  SERVER_PID=$!
}

wait_url() {   # $1 t0 (ns), $2 url: prints ms until the first 200 (curl polls every ~2 ms)
  local code
  for _ in $(seq 1 5000); do
    code="$(curl -s -o /dev/null -m 1 -w '%{http_code}' "$2" || true)"
    if [ "$code" = 200 ]; then echo $(( ($(date +%s%N) - $1) / 1000000 )); return 0; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { log "server died"; return 1; }
    sleep 0.002
  done
  return 1
}

bench_aot() {   # $1 app, $2 jit|aot
  local app="$1" b="$2" url="http://127.0.0.1:$AOT_PORT${AOT_URL[$1]}" log="$OUTDIR/server-aot-$1-$2.log"
  local dir="$WORK/out-aot/$app-$b" size starts=() t0 ms
  if ss -ltn "sport = :$AOT_PORT" | grep -q LISTEN; then log "port $AOT_PORT busy"; exit 1; fi
  # Binary size: the native executable (AOT), or the publish folder without the shared framework (JIT).
  if [ "$b" = aot ]; then size="$(stat -c %s "$dir/${AOT_EXE[$app]}")"; else size="$(du -sb "$dir" | awk '{print $1}')"; fi
  for i in $(seq 1 "$AOT_STARTS"); do
    t0="$(date +%s%N)"
    start_aot "$app" "$b" "$log"
    ms="$(wait_url "$t0" "$url")" || { cat "$log" >&2; exit 1; }
    starts+=("$ms")
    [ "$i" = "$AOT_STARTS" ] || { stop_server "$SERVER_PID"; SERVER_PID=""; }
  done
  local median; median="$(printf '%s\n' "${starts[@]}" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')"
  sleep 1
  local idle; idle="$(proc_kb "$SERVER_PID" VmRSS)"
  wrk_load "$SERVER_WARMUP" "$url" >/dev/null 2>&1 || true
  wrk_load "$WARMUP" "$url" >/dev/null 2>&1 || true
  local out="$OUTDIR/wrk-aot-$app-$b.txt"
  wrk_load "$DURATION" "$url" --latency >"$out" 2>&1 || true
  local rps reqs hwm
  rps="$(awk '/^Requests\/sec:/ {print $2}' "$out")"
  reqs="$(awk '/requests in/ {print $1}' "$out")"
  hwm="$(proc_kb "$SERVER_PID" VmHWM)"
  stop_server "$SERVER_PID"; SERVER_PID=""
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$app" "$b" "$size" "$median" "$(IFS=,; echo "${starts[*]}")" "$idle" "$hwm" "${rps:-0}" "${reqs:-0}" >>"$AOT_TSV"
  log "  $app $b: $((size / 1024)) KiB, first answer after $median ms (starts: ${starts[*]}), RSS idle $idle kB, peak $hwm kB, ${rps:-?} req/s"
}

# ---------------------------------------------------------------- fan-out (Starlette.Broadcast)
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 | grep . ; }   # Debian keeps them off PATH

wait_port() {   # $1 port, $2 pid: until something listens (30 s)
  for _ in $(seq 1 600); do
    ss -ltn "sport = :$1" | grep -q LISTEN && return 0
    kill -0 "$2" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}

bench_fanout() {
  local port dir bin as_pg=()
  for port in "$FANOUT_REDIS_PORT" "$FANOUT_PG_PORT"; do
    if ss -ltn "sport = :$port" | grep -q LISTEN; then log "port $port busy"; exit 1; fi
  done
  dir="$(mktemp -d "$WORK/fanout.XXXXXX")"; chmod 777 "$dir"
  bin="$(pg_bin)" || { log "PostgreSQL not found (Debian package postgresql)"; exit 1; }
  # Like the test fixtures: throwaway servers on loopback in a temp directory, no persistence, stopped by PID;
  # PostgreSQL refuses root, so as root it runs as the postgres user (setpriv execs: the PID is the server's).
  [ "$(id -u)" != 0 ] || as_pg=(setpriv --reuid=postgres --regid=postgres --init-groups --)
  log "fan-out: redis-server on :$FANOUT_REDIS_PORT and PostgreSQL ($bin) on :$FANOUT_PG_PORT, cpu $CLIENT_CPU"
  taskset -c "$CLIENT_CPU" redis-server --port "$FANOUT_REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no \
    --dir "$dir" --daemonize no --protected-mode no >"$OUTDIR/fanout-redis.log" 2>&1 &
  REDIS_PID=$!
  "${as_pg[@]}" "$bin/initdb" -D "$dir/pg" -U postgres -A trust -E UTF8 --no-sync --no-instructions >"$OUTDIR/fanout-initdb.log" 2>&1 \
    || { cat "$OUTDIR/fanout-initdb.log" >&2; exit 1; }
  taskset -c "$CLIENT_CPU" "${as_pg[@]}" "$bin/postgres" -D "$dir/pg" -p "$FANOUT_PG_PORT" -c listen_addresses=127.0.0.1 \
    -c unix_socket_directories= -c fsync=off -c synchronous_commit=off -c full_page_writes=off >"$OUTDIR/fanout-postgres.log" 2>&1 &
  PG_PID=$!
  wait_port "$FANOUT_REDIS_PORT" "$REDIS_PID" || { cat "$OUTDIR/fanout-redis.log" >&2; exit 1; }
  wait_port "$FANOUT_PG_PORT" "$PG_PID" || { cat "$OUTDIR/fanout-postgres.log" >&2; exit 1; }
  for _ in $(seq 1 100); do "$bin/pg_isready" -q -h 127.0.0.1 -p "$FANOUT_PG_PORT" -U postgres && break; sleep 0.1; done
  {
    echo "redis=$(redis-server --version | awk '{print $3}' | sed 's/^v=//')"
    echo "postgres=$("$bin/postgres" --version | awk '{print $NF}')"
    echo "args=${FANOUT_ARGS:-defaults}"
    echo "cpus=tools/Benchmarks on cpu $SERVER_CPU, redis-server and postgres on cpu $CLIENT_CPU"
  } >"$OUTDIR/fanout-env.txt"
  log "tools/Benchmarks --fanout ${FANOUT_ARGS:-(defaults)}"
  # shellcheck disable=SC2086
  taskset -c "$SERVER_CPU" dotnet "$BENCH_DLL" --fanout --redis "redis://127.0.0.1:$FANOUT_REDIS_PORT" \
      --postgres "Host=127.0.0.1;Port=$FANOUT_PG_PORT;Username=postgres;Database=postgres" \
      --out "$OUTDIR/fanout.json" $FANOUT_ARGS >"$OUTDIR/fanout.log" 2>&1 \
    || { tail -40 "$OUTDIR/fanout.log" >&2; log "fan-out failed"; exit 1; }
  cat "$OUTDIR/fanout.log" >&2
  stop_server "$REDIS_PID"; REDIS_PID=""
  stop_server "$PG_PID"; PG_PID=""
  rm -rf "$dir"
}

# ---------------------------------------------------------------- main
# Keep this script, curl, awk and wrk off the server's CPU: pin the shell itself to the client CPU (children
# inherit it); servers are started with an explicit taskset to the server CPU.
command -v taskset >/dev/null && taskset -p -c "$CLIENT_CPU" $$ >/dev/null
ensure_prereqs
taskset -p -c "$CLIENT_CPU" $$ >/dev/null
detect_python
[ "$SKIP_BUILD" = 1 ] || build

[ -n "${BENCH_OUTDIR:-}" ] && [ -f "$OUTDIR/env.txt" ] || {
  echo "date_utc=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "stamp=$STAMP"
  echo "mode=$([ "$QUICK" = 1 ] && echo quick || echo full)"
  echo "note=${BENCH_NOTE:-}"
  echo "cpu_model=$(lscpu | awk -F': *' '/^Model name/ {print $2; exit}')"
  echo "cpus=$(nproc --all) ($(lscpu | awk -F': *' '/^Thread\(s\) per core/ {t=$2} /^Core\(s\) per socket/ {c=$2} /^Socket\(s\)/ {s=$2} END {print s " socket(s) x " c " core(s) x " t " thread(s)"}'))"
  echo "kernel=$(uname -srm)"
  echo "os=$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")"
  echo "loadavg=$(cut -d" " -f1-3 /proc/loadavg)"
  echo "memory=$(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo)"
  echo "dotnet_sdk=$(dotnet --version)"
  echo "aspnetcore=$(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/ {print $2}' | tail -1)"
  echo "python=$PY_VERSIONS"
  echo "uvicorn_flags=--workers 1 --loop $PY_LOOP --http $PY_HTTP --log-level warning --no-access-log"
  echo "wrk=$(command -v wrk >/dev/null && wrk -v 2>&1 | head -1 | awk '{print $1, $2}')"
  echo "benchmarkdotnet=$(sed -n 's/.*Include="BenchmarkDotNet" Version="\([^"]*\)".*/\1/p' "$REPO/Directory.Packages.props")"
  echo "git=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null)$(git -C "$REPO" diff --quiet HEAD 2>/dev/null || echo ' (with local changes)')"
  echo "clk_tck=$CLK_TCK"
  echo "rounds=$ROUNDS"
  echo "server_warmup=$SERVER_WARMUP"
  echo "warmup=$WARMUP"
  echo "duration=$DURATION"
  echo "threads=$THREADS"
  echo "conns=$CONNS"
  echo "server_cpu=$SERVER_CPU"
  echo "client_cpu=$CLIENT_CPU"
  echo "servers=$SERVERS"
  echo "aot_starts=$AOT_STARTS"
  echo "bdn_args=${BDN_ARGS:-default job}"
} >"$OUTDIR/env.txt"
cat "$OUTDIR/env.txt" >&2

if has_part load; then
  read -r -a ORDER <<<"$SERVERS"
  for ROUND in $(seq 1 "$ROUNDS"); do
    for s in "${ORDER[@]}"; do bench_server "$s"; done
  done
fi

if has_part inprocess; then
  run_bdn inprocess '*.AppBenchmarks.*'
  log "python in-process (python_inprocess.py)"
  taskset -c "$SERVER_CPU" "$PY" "$HERE/python_inprocess.py" $([ "$QUICK" = 1 ] && echo --quick) >"$OUTDIR/python_inprocess.json"
  cat "$OUTDIR/python_inprocess.json" >&2
fi

if has_part aot; then
  log "Native AOT next to JIT (${AOT_APPS[*]}), $AOT_STARTS starts each, server on cpu $SERVER_CPU"
  for app in "${AOT_APPS[@]}"; do
    for b in aot jit; do bench_aot "$app" "$b"; done
  done
fi

if has_part micro; then
  if [ -n "${BENCH_MICRO_FILTER:-}" ]; then read -r -a MICRO <<<"$BENCH_MICRO_FILTER"; else mapfile -t MICRO < <(micro_filters); fi
  run_bdn "${BENCH_MICRO_NAME:-micro}" "${MICRO[@]}"
fi

has_part fanout && bench_fanout

"$PY" "$HERE/report.py" "$OUTDIR" "${BENCH_NOTES-$HERE/results-notes.md}" >"$OUTDIR/RESULTS.md"
cp "$OUTDIR/RESULTS.md" "$REPORT"
# The chart report.py drew (RESULTS.md embeds it by file name): next to the report.
[ ! -f "$OUTDIR/results-chart.svg" ] || cp "$OUTDIR/results-chart.svg" "$(dirname "$REPORT")/results-chart.svg"
log "report: $REPORT (raw results in $OUTDIR)"
