#!/usr/bin/python3
"""Writes tools/bench/RESULTS.md (to stdout) from one run.sh result directory.

Reads env.txt, endpoints.tsv and servers.tsv (load), bdn-*/results/*-report-brief.json (BenchmarkDotNet),
python_inprocess.json, aot.tsv and fanout.json + fanout-env.txt (the fanout part). Every target of the suite is checked against the numbers: met, missed, or not measured.
Usage: report.py RESULT_DIR [NOTES_MD]   (NOTES_MD: hand-written notes, appended as they are)
"""
import csv
import glob
import json
import os
import statistics
import sys

NAMES = {
    "A": "A Starlette/uvicorn (Python)",
    "B": "B Kestrel IHttpApplication, bytes by hand",
    "C": "C ASP.NET Core Minimal APIs",
    "D": "D Starlette.NET (StarletteApp + Router)",
    "E": "E D + CORS + GZip + Sessions",
}
ENDPOINTS = ["plaintext", "json", "users"]
EP_TITLE = {"plaintext": "plaintext", "json": "json", "users": "users/{id}"}
RATIOS = [("D", "B"), ("D", "C"), ("D", "A"), ("E", "D"), ("C", "B")]
EP_COLS = ["round", "server", "endpoint", "rps", "p50", "p99", "non2xx", "sockerr", "requests", "srvcpu",
           "wrkcpu", "srvsys", "uticks", "sticks", "wall", "alloc"]
SV_COLS = ["round", "server", "startup_ms", "rss0_kb", "hwm_kb", "info"]
AOT_COLS = ["app", "build", "bytes", "startup_ms", "starts", "rss_idle_kb", "hwm_kb", "rps", "requests"]
AOT_APPS = {
    "hello": "examples/HelloWorld (a contract app on Starlette.Hosting.Kestrel)",
    "starlette": "bench server D (StarletteApp + Router)",
    "minimal": "ASP.NET Core Minimal APIs, CreateSlimBuilder (servers/MinimalApiSlim)",
}
CHART = "results-chart.svg"


def read_tsv(path, cols):
    if not os.path.exists(path):
        return []
    with open(path, newline="") as f:
        return [dict(zip(cols, r)) for r in csv.reader(f, delimiter="\t")]


def read_env(path):
    env = {}
    if os.path.exists(path):
        for line in open(path):
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                env[k] = v
    return env


def num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def fmt(v, digits=0, suffix=""):
    return "n/a" if v is None else f"{v:,.{digits}f}{suffix}"


def mean(vals):
    vals = [v for v in vals if v is not None]
    return statistics.mean(vals) if vals else None


class Load:
    """The load-test numbers, by (round, server, endpoint)."""

    def __init__(self, d, clk_tck):
        self.rows = read_tsv(os.path.join(d, "endpoints.tsv"), EP_COLS)
        self.sv_rows = read_tsv(os.path.join(d, "servers.tsv"), SV_COLS)
        self.ep = {(r["round"], r["server"], r["endpoint"]): r for r in self.rows}
        self.sv = {(r["round"], r["server"]): r for r in self.sv_rows}
        self.rounds = sorted({r["round"] for r in self.rows}, key=int)
        order = "ABCDE"
        self.servers = sorted({r["server"] for r in self.rows}, key=lambda s: order.find(s))
        self.clk_tck = clk_tck

    def rps(self, rd, s, e):
        r = self.ep.get((rd, s, e))
        return num(r["rps"]) if r else None

    def cpu_us(self, rd, s, e):
        """(user, total) server CPU microseconds per request over the measured run."""
        r = self.ep.get((rd, s, e))
        if not r:
            return None, None
        reqs, ut, st = num(r["requests"]), num(r.get("uticks")), num(r.get("sticks"))
        if not reqs or ut is None or st is None:
            return None, None
        tick_us = 1e6 / self.clk_tck
        return ut * tick_us / reqs, (ut + st) * tick_us / reqs

    def ratio(self, rd, a, b, e):
        x, y = self.rps(rd, a, e), self.rps(rd, b, e)
        return x / y if x is not None and y else None

    def mean_ratio(self, a, b, e):
        return mean([self.ratio(rd, a, b, e) for rd in self.rounds])

    def mean_user_cpu(self, s, e):
        return mean([self.cpu_us(rd, s, e)[0] for rd in self.rounds])

    def alloc(self, rd, s, e):
        r = self.ep.get((rd, s, e))
        return num(r.get("alloc")) if r else None

    def mean_alloc(self, s, e):
        return mean([self.alloc(rd, s, e) for rd in self.rounds])

    def mean_rps(self, s, e):
        return mean([self.rps(rd, s, e) for rd in self.rounds])

    def mean_hwm_mb(self, s):
        return mean([num(self.sv[(rd, s)]["hwm_kb"]) / 1024 for rd in self.rounds
                     if (rd, s) in self.sv and num(self.sv[(rd, s)]["hwm_kb"]) is not None])


class Bdn:
    """BenchmarkDotNet brief JSON results: (type, method, parameters) -> (mean ns, bytes per op)."""

    def __init__(self, d):
        self.results = {}
        self.order = []
        for path in sorted(glob.glob(os.path.join(d, "bdn-*", "results", "*-report-brief.json"))):
            with open(path) as f:
                data = json.load(f)
            for b in data.get("Benchmarks", []):
                key = (b["Type"], b["Method"], b.get("Parameters") or "")
                stats = b.get("Statistics") or {}
                mem = b.get("Memory") or {}
                self.results[key] = (stats.get("Mean"), stats.get("StandardError"), mem.get("BytesAllocatedPerOperation"))
                self.order.append(key)

    def get(self, t, m, p=""):
        return self.results.get((t, m, p), (None, None, None))


def main(d, notes_path=None):
    env = read_env(os.path.join(d, "env.txt"))
    load = Load(d, int(env.get("clk_tck", os.sysconf("SC_CLK_TCK"))))
    bdn = Bdn(d)
    py_path = os.path.join(d, "python_inprocess.json")
    py = json.load(open(py_path)) if os.path.exists(py_path) else None

    out = []
    w = out.append
    w("# Benchmark results\n")
    if env.get("mode") == "quick":
        w("> **Quick run on a noisy machine** (`BENCH_QUICK=1`: 2 s load runs, one round, short BenchmarkDotNet jobs, "
          "other builds running on the same 2 CPUs). It proves the suite runs end to end; the numbers are indicative "
          "only and are to be replaced by a full run (`tools/bench/run.sh`) on a quiet machine.\n")
    if env.get("note"):
        w(f"> {env['note']}\n")
    w("Generated by `tools/bench/run.sh` (method and how to read this: `tools/bench/README.md`). "
      f"Raw output: `{d}`.\n")

    w("## Machine and versions\n")
    w("| | |")
    w("|---|---|")
    for k, label in [("date_utc", "date"), ("cpu_model", "CPU"), ("cpus", "CPUs"), ("memory", "memory"),
                     ("kernel", "kernel"), ("os", "OS"), ("loadavg", "load average at start (1, 5, 15 min)"), ("dotnet_sdk", ".NET SDK"), ("aspnetcore", "ASP.NET Core runtime"),
                     ("python", "Python (Debian packages)"), ("uvicorn_flags", "uvicorn flags"), ("wrk", "wrk"),
                     ("benchmarkdotnet", "BenchmarkDotNet"), ("git", "commit")]:
        if env.get(k):
            w(f"| {label} | {env[k]} |")
    w("")
    w(f"Load parameters: {env.get('rounds', '?')} round(s) of {env.get('servers', '?')} in that order; per server "
      f"{env.get('server_warmup', '?')} of load on each endpoint after startup, then per endpoint a {env.get('warmup', '?')} "
      f"warm-up and a {env.get('duration', '?')} measured run of `wrk -t{env.get('threads', '?')} -c{env.get('conns', '?')} "
      f"--latency -H 'Accept-Encoding: gzip'`; server on CPU {env.get('server_cpu', '?')}, wrk on CPU "
      f"{env.get('client_cpu', '?')}. BenchmarkDotNet job: {env.get('bdn_args', '?')}.\n")

    w("## Targets\n")
    w(targets(load, bdn, py))
    if chart(load, d):
        w(f"![req/s, user CPU per request and allocated bytes per request, every server and endpoint]({CHART})\n")
        w("The chart: mean over the rounds of each server's req/s, user CPU per request and whole-process allocated "
          "bytes per request (`results-chart.svg`, drawn by report.py with matplotlib; Python's allocation is not "
          "measured).\n")
    aot = aot_table(d, env)
    if aot:
        w(aot)

    if load.rows:
        w(load_tables(load))
    if bdn.results or py:
        w(inprocess_table(bdn, py))
    typed = typed_table(bdn)
    if typed:
        w(typed)
    micro = [k for k in bdn.order if k[0] not in ("AppBenchmarks", "TypedBenchmarks")]
    if micro:
        w("## Component micro-benchmarks (BenchmarkDotNet, MemoryDiagnoser)\n")
        w("| class | benchmark | parameters | mean | ± s.e. | allocated per op |")
        w("|---|---|---|---:|---:|---:|")
        for t, m, p in micro:
            mn, se, alloc = bdn.get(t, m, p)
            w(f"| {t} | {m} | {p} | {ns(mn)} | {ns(se)} | {fmt(alloc, 0, ' B')} |")
        w("")

    fan = fanout_table(d)
    if fan:
        w(fan)

    extra = notes(notes_path)
    if extra:
        w(extra)
    warn = warnings(load)
    if warn:
        w("## Warnings\n")
        for x in warn:
            w(f"- {x}")
        w("")
    print("\n".join(out))


def ns(v):
    if v is None:
        return "n/a"
    if v >= 1e6:
        return f"{v / 1e6:,.2f} ms"
    if v >= 1e3:
        return f"{v / 1e3:,.2f} µs"
    return f"{v:,.1f} ns"


def verdict(ok):
    return "not measured" if ok is None else ("**met**" if ok else "**missed**")


def targets(load, bdn, py):
    """The targets of issue #20, each computed from the numbers of this run."""
    rows = []

    def add(target, measured, ok):
        rows.append(f"| {target} | {measured} | {verdict(ok)} |")

    def all_ok(vals, test):
        vals = list(vals)
        return None if not vals or any(v is None for v in vals) else all(test(v) for v in vals)

    for a, b, limit in [("D", "C", 1.05), ("D", "B", 0.95), ("E", "D", 0.9)]:
        vals = {e: load.mean_ratio(a, b, e) for e in ENDPOINTS}
        per_round = "; ".join(
            f"{EP_TITLE[e]} " + " / ".join(fmt(load.ratio(rd, a, b, e), 2) for rd in load.rounds) for e in ENDPOINTS)
        add(f"req/s: {a} ≥ {limit} × {b}, every endpoint",
            f"{a}/{b} per round: {per_round}" if load.rounds else "n/a",
            all_ok(vals.values(), lambda v: v >= limit))

    d_b = {e: (load.mean_user_cpu("D", e), load.mean_user_cpu("B", e)) for e in ENDPOINTS}
    add("user CPU per request: D ≤ B + 0.5 µs, every endpoint",
        "; ".join(f"{EP_TITLE[e]} D {fmt(x, 2)} µs vs B {fmt(y, 2)} µs" for e, (x, y) in d_b.items()),
        all_ok([None if x is None or y is None else x - y for x, y in d_b.values()], lambda v: v <= 0.5))

    d_c = {e: (load.mean_alloc("D", e), load.mean_alloc("C", e)) for e in ENDPOINTS}
    add("allocated B/request, whole process: D ≤ C, every endpoint",
        "; ".join(f"{EP_TITLE[e]} D {fmt(x)} B vs C {fmt(y)} B" for e, (x, y) in d_c.items()),
        all_ok([None if x is None or y is None else x - y for x, y in d_c.values()], lambda v: v <= 0))

    copy_ns, _, copy_b = bdn.get("AppBenchmarks", "ScopeCopy", "Middleware=False")
    pt_ns, _, pt_b = bdn.get("AppBenchmarks", "Plaintext", "Middleware=False")
    net_b = None if pt_b is None or copy_b is None else pt_b - copy_b
    add("allocated B/request in process, plaintext through app + router (no host): ≤ 300 B",
        f"{fmt(net_b, 0, ' B')} ({fmt(pt_b, 0, ' B')} with the per-request scope copy)",
        None if net_b is None else net_b <= 300)

    hd, hb = load.mean_hwm_mb("D"), load.mean_hwm_mb("B")
    add("peak RSS: D ≤ B + 10 MB", f"D {fmt(hd, 1)} MB, B {fmt(hb, 1)} MB",
        None if hd is None or hb is None else hd <= hb + 10)

    speedups = []
    for e, m in [("plaintext", "Plaintext"), ("json", "Json"), ("users", "Users")]:
        cs = bdn.get("AppBenchmarks", m, "Middleware=False")[0]
        p = (py or {}).get("results", {}).get(e, {}).get("ns_best")
        speedups.append((e, None if cs is None or p is None else p / cs))
    add("in process ≥ 25 × Python Starlette's direct call, every endpoint",
        "; ".join(f"{EP_TITLE[e]} {fmt(v, 1, '×')}" for e, v in speedups),
        all_ok([v for _, v in speedups], lambda v: v >= 25))

    scale = [bdn.get("RoutingAtScaleBenchmarks", m, pr) for pr in ("Prefix=", "Prefix=/api/v1")
             for m in ("HitStatic", "HitWithParam")]
    add("route match among 1,000 routes ≤ 200 ns on a hit (own first segments; all under /api/v1)",
        ", ".join(f"{label} {ns(v[0])}" for label, v in zip(
            ["static", "with a parameter", "static under /api/v1", "with a parameter under /api/v1"], scale)),
        all_ok([v[0] for v in scale], lambda v: v <= 200))
    misses = [bdn.get("RoutingAtScaleBenchmarks", "Miss", pr)[2] for pr in ("Prefix=", "Prefix=/api/v1")]
    add("route match among 1,000 routes allocation-free on a miss",
        " / ".join(fmt(v, 0, " B") for v in misses), all_ok(misses, lambda v: v == 0))

    typed = typed_results(bdn)
    if typed:
        (t_ns, t_b), (u_ns, u_b), (m_ns, m_b) = typed["Typed"], typed["Untyped"], typed["MinimalApis"]
        d_ns = None if t_ns is None or u_ns is None else t_ns - u_ns
        d_b = None if t_b is None or u_b is None else t_b - u_b
        add("typed endpoint (path + query + JSON body, issue #18) ≤ the untyped handler + 0.3 µs and + 200 B, in process",
            f"+{fmt(d_ns, 0, ' ns')} and +{fmt(d_b, 0, ' B')} (typed {ns(t_ns)}, {fmt(t_b, 0, ' B')}; untyped "
            f"{ns(u_ns)}, {fmt(u_b, 0, ' B')})",
            None if d_ns is None or d_b is None else d_ns <= 300 and d_b <= 200)
        (sc_ns, sc_b), (hc_ns, hc_b) = typed["ScopeCopy"], typed["HttpContextSetup"]
        gross = None if None in (t_ns, t_b, m_ns, m_b) else t_ns < m_ns and t_b < m_b
        net = None if gross is None or None in (sc_ns, sc_b, hc_ns, hc_b) else (
            t_ns - sc_ns < m_ns - hc_ns and t_b - sc_b < m_b - hc_b)
        add("typed endpoint faster and fewer bytes than ASP.NET Core Minimal APIs doing the same, in process, with "
            "and without each side's per-call setup",
            f"typed {ns(t_ns)}, {fmt(t_b, 0, ' B')}; Minimal APIs {ns(m_ns)}, {fmt(m_b, 0, ' B')} (net of the scope "
            f"copy / HttpContext setup: typed {ns(None if t_ns is None or sc_ns is None else t_ns - sc_ns)}, "
            f"{fmt(None if t_b is None or sc_b is None else t_b - sc_b, 0, ' B')}; Minimal APIs "
            f"{ns(None if m_ns is None or hc_ns is None else m_ns - hc_ns)}, "
            f"{fmt(None if m_b is None or hc_b is None else m_b - hc_b, 0, ' B')})",
            None if net is None else gross and net)

    return ("| target (issue #20) | measured (load: mean over rounds of the per-round values) | verdict |\n|---|---|---|\n"
            + "\n".join(rows) + "\n\nIn process, \"through app + router\" excludes the copy of the pre-built scope each "
            "call gets (the host's allocation, measured alone as `ScopeCopy`); the speed-up against Python compares "
            "the gross figures, as both sides copy their scope. Whole-process allocation is the servers' own counter "
            "(`GC.GetTotalAllocatedBytes`) over the measured run divided by its requests.\n")


def load_tables(load):
    out = []
    w = out.append
    for rd in load.rounds:
        w(f"## Load, round {rd}\n")
        w("| server | endpoint | req/s | p50 ms | p99 ms | errors | user CPU µs/req | total CPU µs/req | allocated B/req | server CPU % | wrk CPU % |")
        w("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for s in load.servers:
            for e in ENDPOINTS:
                r = load.ep.get((rd, s, e))
                if not r:
                    continue
                usr, tot = load.cpu_us(rd, s, e)
                errors = int(num(r["non2xx"]) or 0) + int(num(r["sockerr"]) or 0)
                w(f"| {NAMES[s]} | {EP_TITLE[e]} | {fmt(num(r['rps']))} | {r['p50']} | {r['p99']} | {errors} | "
                  f"{fmt(usr, 2)} | {fmt(tot, 2)} | {fmt(num(r.get('alloc')))} | {r['srvcpu']} | {r['wrkcpu']} |")
        w("")
    w("## Startup and memory\n")
    w("| server | " + " | ".join(f"startup ms r{rd} | RSS at start MB r{rd} | peak RSS MB r{rd}" for rd in load.rounds) + " | runtime |")
    w("|---|" + "---:|---:|---:|" * len(load.rounds) + "---|")
    for s in load.servers:
        cells, info = [], ""
        for rd in load.rounds:
            m = load.sv.get((rd, s), {})
            rss0, hwm = num(m.get("rss0_kb")), num(m.get("hwm_kb"))
            cells += [m.get("startup_ms", "n/a"), fmt(None if rss0 is None else rss0 / 1024, 1),
                      fmt(None if hwm is None else hwm / 1024, 1)]
            info = m.get("info", info)
        w(f"| {NAMES[s]} | " + " | ".join(cells) + f" | {info} |")
    w("")
    w("## Throughput ratios per round (req/s of the same round)\n")
    w("| ratio | " + " | ".join(f"{EP_TITLE[e]} r{rd}" for e in ENDPOINTS for rd in load.rounds) + " |")
    w("|---|" + "---:|" * (len(ENDPOINTS) * len(load.rounds)))
    for a, b in RATIOS:
        if a in load.servers and b in load.servers:
            w(f"| {a}/{b} | " + " | ".join(fmt(load.ratio(rd, a, b, e), 2) for e in ENDPOINTS for rd in load.rounds) + " |")
    w("")
    w("## Server CPU per request (µs, user-mode / total with kernel)\n")
    w("| server | " + " | ".join(f"{EP_TITLE[e]} r{rd}" for e in ENDPOINTS for rd in load.rounds) + " |")
    w("|---|" + "---:|" * (len(ENDPOINTS) * len(load.rounds)))
    for s in load.servers:
        cells = []
        for e in ENDPOINTS:
            for rd in load.rounds:
                usr, tot = load.cpu_us(rd, s, e)
                cells.append(f"{fmt(usr, 2)} / {fmt(tot, 2)}")
        w(f"| {NAMES[s]} | " + " | ".join(cells) + " |")
    w("")
    return "\n".join(out)


def aot_table(d, env):
    rows = read_tsv(os.path.join(d, "aot.tsv"), AOT_COLS)
    if not rows:
        return ""
    out = []
    w = out.append
    w("## Native AOT next to JIT\n")
    w("Each app published twice, framework-dependent (JIT) and with `-p:PublishAot=true -r linux-x64` (Native AOT), "
      f"started {env.get('aot_starts', '?')} times on the server CPU: the binary size (AOT: the native executable; "
      "JIT: the publish folder, shared framework not included), the time from just before the process is spawned to "
      "the first `200` (curl polling every ~2 ms; median of the starts, every start listed), RSS after one second idle, "
      f"then {env.get('server_warmup', '?')} + {env.get('warmup', '?')} of load and a {env.get('duration', '?')} "
      "measured wrk run on plaintext (same wrk flags as the load part): req/s and the peak RSS (`VmHWM`).\n")
    w("| app | build | binary | first answer after | starts (ms) | RSS idle MB | peak RSS MB | req/s plaintext |")
    w("|---|---|---:|---:|---|---:|---:|---:|")
    for r in rows:
        size, idle, hwm = num(r["bytes"]), num(r["rss_idle_kb"]), num(r["hwm_kb"])
        w(f"| {AOT_APPS.get(r['app'], r['app'])} | {'Native AOT' if r['build'] == 'aot' else 'JIT'} | "
          f"{fmt(None if size is None else size / 1048576, 1, ' MB')} | {r['startup_ms']} ms | {r['starts'].replace(',', ', ')} | "
          f"{fmt(None if idle is None else idle / 1024, 1)} | {fmt(None if hwm is None else hwm / 1024, 1)} | "
          f"{fmt(num(r['rps']))} |")
    w("")
    return "\n".join(out)


FANOUT_BACKENDS = {"memory": "memory", "redis": "Redis", "postgres": "PostgreSQL"}


def fanout_table(d):
    """The fanout part: Starlette.Broadcast publish -> delivery (tools/Benchmarks --fanout)."""
    path = os.path.join(d, "fanout.json")
    if not os.path.exists(path):
        return ""
    with open(path) as f:
        data = json.load(f)
    env = read_env(os.path.join(d, "fanout-env.txt"))
    out = []
    w = out.append
    w("## Broadcast fan-out (Starlette.Broadcast)\n")
    servers = ", ".join(f"{k} {env[k]}" for k in ("redis", "postgres") if env.get(k))
    w("`tools/Benchmarks --fanout`: one channel, S subscribers, a 100-character text message. Memory: one `Broadcast` "
      "publishes and delivers. Redis and PostgreSQL: one `Broadcast` publishes and a second one, on its own connection "
      "to the same server, holds the subscribers (the cross-instance path; both in one process"
      + (f"; {env['cpus']}" if env.get("cpus") else "") + (f"; {servers}" if servers else "") + "). "
      f"After {data.get('warmup_rounds', '?')} warm-up rounds, **one at a time**: {data.get('latency_rounds', '?')} "
      "messages, each published once every subscriber has the previous one; **burst**: "
      f"{data.get('messages', 0):,} messages published back to back. Latency is from just before `PublishAsync` to the "
      "subscriber's enumerator returning the message, over every delivery; msg/s and deliveries/s are the burst's, "
      "from its first publish to its last delivery; allocated bytes are the whole process's (publisher, backend "
      "client, subscribers) over the burst, per delivery and per published message.\n")
    w("| backend | subscribers | msg/s | deliveries/s | p50 one at a time | p99 one at a time | p50 burst | p99 burst | "
      "allocated per delivery | allocated per message | dropped |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in data.get("results", []):
        w(f"| {FANOUT_BACKENDS.get(r['backend'], r['backend'])} | {r['subscribers']:,} | {fmt(num(r['messages_per_second']))} | "
          f"{fmt(num(r['deliveries_per_second']))} | {us(r['idle_p50_us'])} | {us(r['idle_p99_us'])} | "
          f"{us(r['burst_p50_us'])} | {us(r['burst_p99_us'])} | {fmt(num(r['alloc_bytes_per_delivery']), 0, ' B')} | "
          f"{fmt(num(r['alloc_bytes_per_message']), 0, ' B')} | {r['dropped']} |")
    w("")
    return "\n".join(out)


def us(v):
    v = num(v)
    if v is None:
        return "n/a"
    return f"{v / 1000:,.2f} ms" if v >= 1000 else f"{v:,.0f} µs"


def chart(load, d):
    """Draws req/s, user CPU per request and allocated bytes per request for every server and endpoint (mean over
    the rounds) into d/results-chart.svg; returns whether it did (needs matplotlib and load numbers)."""
    if not load.rows:
        return False
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("report.py: no matplotlib (Debian python3-matplotlib): no chart", file=sys.stderr)
        return False
    plt.rcParams["svg.fonttype"] = "none"   # text stays text: a smaller, searchable SVG
    plt.rcParams["svg.hashsalt"] = "starlette-bench"   # the same numbers draw the same file
    metrics = [("req/s (higher is better)", load.mean_rps, "{:,.0f}"),
               ("user CPU µs per request (lower is better)", load.mean_user_cpu, "{:.2f}"),
               ("allocated bytes per request, whole process (lower is better)", load.mean_alloc, "{:,.0f}")]
    servers = load.servers
    fig, axes = plt.subplots(1, len(metrics), figsize=(17, 5))
    width = 0.8 / max(len(servers), 1)
    for ax, (title, value, label) in zip(axes, metrics):
        for i, s in enumerate(servers):
            vals = [value(s, e) for e in ENDPOINTS]
            xs = [x + (i - (len(servers) - 1) / 2) * width for x in range(len(ENDPOINTS))]
            bars = ax.bar(xs, [v or 0 for v in vals], width, label=NAMES[s])
            ax.bar_label(bars, labels=["n/a" if v is None else label.format(v) for v in vals], fontsize=6, rotation=90,
                         padding=2)
        ax.set_xticks(range(len(ENDPOINTS)))
        ax.set_xticklabels([EP_TITLE[e] for e in ENDPOINTS])
        ax.set_title(title, fontsize=10)
        ax.margins(y=0.18)
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=len(servers), fontsize=8, frameon=False)
    fig.tight_layout(rect=(0, 0.08, 1, 1))
    fig.savefig(os.path.join(d, CHART), metadata={"Date": None})
    plt.close(fig)
    return True


def inprocess_table(bdn, py):
    out = []
    w = out.append
    w("## In process: one request through the app, no sockets\n")
    w("C#: `tools/Benchmarks/AppBenchmarks.cs` (BenchmarkDotNet mean, MemoryDiagnoser), the app of server D/E called "
      "through the contract with a pre-built receive and send and a fresh copy of a pre-built scope per call. "
      "Python: `tools/bench/python_inprocess.py`, server A's app called the same way on one event loop "
      + (f"(Python {py['python']}, Starlette {py['starlette']}, {py['loop']}; best of {py['repeat']} batches, median in "
         "parentheses)." if py else "(not run).") + "\n")
    w("| request | C# D app | allocated | C# E stack | allocated | Python A app | Python / C# D |")
    w("|---|---:|---:|---:|---:|---:|---:|")
    for e, m in [("plaintext", "Plaintext"), ("json", "Json"), ("users", "Users"), ("scope_copy", "ScopeCopy")]:
        d_ns, _, d_b = bdn.get("AppBenchmarks", m, "Middleware=False")
        e_ns, _, e_b = bdn.get("AppBenchmarks", m, "Middleware=True")
        p = (py or {}).get("results", {}).get(e)
        p_cell = f"{ns(p['ns_best'])} ({ns(p['ns_median'])})" if p else "n/a"
        ratio = fmt(p["ns_best"] / d_ns, 1, "×") if p and d_ns else "n/a"
        title = "scope copy alone" if e == "scope_copy" else f"GET {EP_TITLE[e]}"
        w(f"| {title} | {ns(d_ns)} | {fmt(d_b, 0, ' B')} | {ns(e_ns)} | {fmt(e_b, 0, ' B')} | {p_cell} | {ratio} |")
    w("")
    return "\n".join(out)


TYPED_METHODS = ["Typed", "Untyped", "MinimalApis", "ScopeCopy", "HttpContextSetup"]


def typed_results(bdn):
    """TypedBenchmarks' (mean ns, bytes) per method, or None when the class was not run."""
    found = {m: bdn.get("TypedBenchmarks", m) for m in TYPED_METHODS}
    if found["Typed"][0] is None:
        return None
    return {m: (v[0], v[2]) for m, v in found.items()}


def typed_table(bdn):
    typed = typed_results(bdn)
    if not typed:
        return ""
    out = []
    w = out.append
    w("## Typed endpoints (Starlette.Typed, issue #18): in process\n")
    w("`tools/Benchmarks/TypedBenchmarks.cs`: one `POST /items/{id:int}?q=blue` with a 30-byte JSON body, answered with "
      "a small JSON object, the same handler three ways, no sockets, the same source-generated JSON metadata. Typed: a "
      "Starlette.Typed endpoint behind a Router (path, query and body bound, the body's non-nullable members checked). "
      "Untyped: a toolkit Route endpoint written by hand (cast, query lookup, `request.JsonAsync`, `JsonResponse`). "
      "Minimal APIs: `MapPost` with the same lambda on `WebApplication.CreateSlimBuilder`, its routing + endpoint "
      "pipeline invoked on a fresh `DefaultHttpContext` (no validation: it checks none of the body's members). "
      "\"Net\" subtracts each side's per-call setup, measured alone: the scope copy for the Starlette two, the "
      "HttpContext setup for Minimal APIs (Kestrel pools its HttpContext per connection).\n")
    w("| handler | mean | allocated | net mean | net allocated |")
    w("|---|---:|---:|---:|---:|")
    setup = {"Typed": "ScopeCopy", "Untyped": "ScopeCopy", "MinimalApis": "HttpContextSetup"}
    for m, title in [("Typed", "Starlette.Typed"), ("Untyped", "untyped Route endpoint"), ("MinimalApis", "ASP.NET Core Minimal APIs")]:
        t_ns, t_b = typed[m]
        s_ns, s_b = typed[setup[m]]
        n_ns = None if t_ns is None or s_ns is None else t_ns - s_ns
        n_b = None if t_b is None or s_b is None else t_b - s_b
        w(f"| {title} | {ns(t_ns)} | {fmt(t_b, 0, ' B')} | {ns(n_ns)} | {fmt(n_b, 0, ' B')} |")
    for m, title in [("ScopeCopy", "scope copy alone"), ("HttpContextSetup", "HttpContext setup alone")]:
        t_ns, t_b = typed[m]
        w(f"| {title} | {ns(t_ns)} | {fmt(t_b, 0, ' B')} | | |")
    w("")
    return "\n".join(out)


def warnings(load):
    warn = []
    for r in load.rows:
        if r["non2xx"] not in ("0", "") or r["sockerr"] not in ("0", ""):
            warn.append(f"round {r['round']} {r['server']} {r['endpoint']}: non-2xx={r['non2xx']} socket errors={r['sockerr']}")
    busy_client = [f"r{r['round']} {r['server']} {r['endpoint']} ({r['wrkcpu']}%)" for r in load.rows
                   if (num(r["wrkcpu"]) or 0) >= 90]
    if busy_client:
        warn.append("wrk at 90% of its CPU or more, so the client may be the bottleneck: " + ", ".join(busy_client))
    idle_server = [f"r{r['round']} {r['server']} {r['endpoint']} ({r['srvcpu']}%)" for r in load.rows
                   if num(r["srvcpu"]) is not None and num(r["srvcpu"]) < 92]
    if idle_server:
        warn.append("server below 92% of its CPU (something else used that core, or the client could not saturate "
                    "it; req/s of these runs reads low): " + ", ".join(idle_server))
    return warn


def notes(path):
    """The hand-written notes appended to the report (run.sh passes tools/bench/results-notes.md)."""
    if not path or not os.path.exists(path):
        return ""
    return open(path).read().strip() + "\n"


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
