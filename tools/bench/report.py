#!/usr/bin/python3
"""Writes tools/bench/RESULTS.md (to stdout) from one run.sh result directory.

Reads env.txt, endpoints.tsv and servers.tsv (load), bdn-*/results/*-report-brief.json (BenchmarkDotNet) and
python_inprocess.json. Every target of the suite is checked against the numbers: met, missed, or not measured.
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

    if load.rows:
        w(load_tables(load))
    if bdn.results or py:
        w(inprocess_table(bdn, py))
    micro = [k for k in bdn.order if k[0] != "AppBenchmarks"]
    if micro:
        w("## Component micro-benchmarks (BenchmarkDotNet, MemoryDiagnoser)\n")
        w("| class | benchmark | parameters | mean | ± s.e. | allocated per op |")
        w("|---|---|---|---:|---:|---:|")
        for t, m, p in micro:
            mn, se, alloc = bdn.get(t, m, p)
            w(f"| {t} | {m} | {p} | {ns(mn)} | {ns(se)} | {fmt(alloc, 0, ' B')} |")
        w("")

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
    rows = []

    def add(target, measured, ok):
        rows.append(f"| {target} | {measured} | {verdict(ok)} |")

    def all_ok(vals, test):
        vals = list(vals)
        return None if not vals or any(v is None for v in vals) else all(test(v) for v in vals)

    for a, b, limit in [("D", "B", 0.9), ("D", "C", 1.0), ("E", "D", 0.85)]:
        vals = {e: load.mean_ratio(a, b, e) for e in ENDPOINTS}
        per_round = "; ".join(
            f"{EP_TITLE[e]} " + " / ".join(fmt(load.ratio(rd, a, b, e), 2) for rd in load.rounds) for e in ENDPOINTS)
        add(f"{a} ≥ {limit} × {b} req/s, every endpoint",
            f"{a}/{b} per round: {per_round}" if load.rounds else "n/a",
            all_ok(vals.values(), lambda v: v >= limit))

    d_b = {e: (load.mean_user_cpu("D", e), load.mean_user_cpu("B", e)) for e in ENDPOINTS}
    add("D user CPU per request ≤ B's + 0.7 µs",
        "; ".join(f"{EP_TITLE[e]} D {fmt(x, 2)} µs vs B {fmt(y, 2)} µs" for e, (x, y) in d_b.items()),
        all_ok([None if x is None or y is None else x - y for x, y in d_b.values()], lambda v: v <= 0.7))
    d_a = {e: (load.mean_user_cpu("D", e), load.mean_user_cpu("A", e)) for e in ENDPOINTS}
    add("D user CPU per request ≤ 1/8 of A's",
        "; ".join(f"{EP_TITLE[e]} D {fmt(x, 2)} µs vs A/8 {fmt(None if y is None else y / 8, 2)} µs" for e, (x, y) in d_a.items()),
        all_ok([None if x is None or y is None else x / y for x, y in d_a.values()], lambda v: v <= 1 / 8))
    hd, hb = load.mean_hwm_mb("D"), load.mean_hwm_mb("B")
    add("Peak RSS of D ≤ B + 10 MB", f"D {fmt(hd, 1)} MB, B {fmt(hb, 1)} MB",
        None if hd is None or hb is None else hd <= hb + 10)

    copy_ns, _, copy_b = bdn.get("AppBenchmarks", "ScopeCopy", "Middleware=False")
    pt_ns, _, pt_b = bdn.get("AppBenchmarks", "Plaintext", "Middleware=False")
    net_ns = None if pt_ns is None or copy_ns is None else pt_ns - copy_ns
    net_b = None if pt_b is None or copy_b is None else pt_b - copy_b
    add("In-process plaintext ≤ 1 µs through app + router",
        f"{ns(net_ns)} ({ns(pt_ns)} with the per-request scope copy)", None if net_ns is None else net_ns <= 1000)
    add("In-process plaintext ≤ 1 KB allocated through app + router",
        f"{fmt(net_b, 0, ' B')} ({fmt(pt_b, 0, ' B')} with the per-request scope copy)",
        None if net_b is None else net_b <= 1024)
    speedups = []
    for e, m in [("plaintext", "Plaintext"), ("json", "Json"), ("users", "Users")]:
        cs = bdn.get("AppBenchmarks", m, "Middleware=False")[0]
        p = (py or {}).get("results", {}).get(e, {}).get("ns_best")
        speedups.append((e, None if cs is None or p is None else p / cs))
    add("In process ≥ 20× faster than Python Starlette's direct call",
        "; ".join(f"{EP_TITLE[e]} {fmt(v, 1, '×')}" for e, v in speedups),
        all_ok([v for _, v in speedups], lambda v: v >= 20))

    hits = [bdn.get("RoutingBenchmarks", m)[0] for m in ("HitStatic", "HitWithParam")]
    add("Route match among 100 routes ≤ 200 ns on a hit",
        f"static hit {ns(hits[0])}, hit with a parameter {ns(hits[1])}", all_ok(hits, lambda v: v <= 200))
    miss_b = bdn.get("RoutingBenchmarks", "Miss")[2]
    add("Route match among 100 routes allocation-free on a miss", fmt(miss_b, 0, " B"),
        None if miss_b is None else miss_b == 0)

    return ("| target | measured (load: mean over rounds of the per-round values) | verdict |\n|---|---|---|\n"
            + "\n".join(rows) + "\n\nIn process, \"through app + router\" excludes the copy of the pre-built scope each "
            "call gets (the host's allocation, measured alone as `ScopeCopy`); the speed-up against Python compares "
            "the gross figures, as both sides copy their scope.\n")


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
