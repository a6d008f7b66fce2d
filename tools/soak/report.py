#!/usr/bin/env python3
"""Writes tools/bench/RELIABILITY.md from a tools/soak/run.sh result directory (called by run.sh)."""
import datetime
import os
import platform
import re
import subprocess
import sys

run, report, duration, warmup, websockets, sse, conns, client_rc, alive, server_rc, shutdown = sys.argv[1:12]
duration, warmup = int(duration), int(warmup)


def read(name):
    path = os.path.join(run, name)
    return open(path, encoding="utf-8", errors="replace").read() if os.path.exists(path) else ""


def wrk(name):
    text = read(name)
    requests = int(re.search(r"(\d+) requests in", text).group(1)) if "requests in" in text else 0
    non2xx = int(re.search(r"Non-2xx or 3xx responses: (\d+)", text).group(1)) if "Non-2xx" in text else 0
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    socket_errors = sum(int(g) for g in m.groups()) if m else 0
    rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
    p50 = re.search(r"50%\s+(\S+)", text)
    p99 = re.search(r"99%\s+(\S+)", text)
    return dict(requests=requests, non2xx=non2xx, socket_errors=socket_errors, rps=float(rps.group(1)) if rps else 0.0,
                p50=p50.group(1) if p50 else "-", p99=p99.group(1) if p99 else "-", socket_line=m.group(0) if m else "none")


def client():
    values = {}
    for line in read("client.txt").splitlines():
        key, _, value = line.partition(" ")
        if value.strip().isdigit():
            values[key] = int(value)
    return values


samples = [tuple(int(x) for x in line.split()) for line in read("rss.txt").splitlines() if len(line.split()) == 2 and line.split()[1] != "0"]
samples = [(t, kb) for t, kb in samples if t <= duration]
steady = [(t, kb) for t, kb in samples if t >= warmup]


def slope(points):
    if len(points) < 2:
        return 0.0
    n = len(points)
    mt = sum(t for t, _ in points) / n
    mk = sum(k for _, k in points) / n
    den = sum((t - mt) ** 2 for t, _ in points)
    return sum((t - mt) * (k - mk) for t, k in points) / den if den else 0.0


plain, json_ = wrk("wrk-plaintext.txt"), wrk("wrk-json.txt")
c = client()
log = read("server.log")
error_lines = [line for line in log.splitlines() if re.search(r"\b(fail|crit|error)\b|Exception", line, re.IGNORECASE)]
client_errors = [line for line in read("client-errors.log").splitlines() if line.strip()]
mb = lambda kb: f"{kb / 1024:.0f} MB"
rss_start = samples[0][1] if samples else 0
rss_warm = steady[0][1] if steady else 0
rss_end = steady[-1][1] if steady else 0
rss_max = max((kb for _, kb in samples), default=0)
steady_max = max((kb for _, kb in steady), default=0)
steady_min = min((kb for _, kb in steady), default=0)
trend = slope(steady)
errors = plain["non2xx"] + plain["socket_errors"] + json_["non2xx"] + json_["socket_errors"] + c.get("ws_errors", 0) + c.get("sse_errors", 0) + c.get("ws_mismatched", 0) + c.get("sse_out_of_order", 0)
lost = c.get("ws_lost", 0)
commit = os.environ.get("SOAK_COMMIT") or subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=os.path.dirname(os.path.abspath(__file__))).stdout.strip()
cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), platform.processor())
verdict = "PASS" if errors == 0 and lost == 0 and alive == "1" and not error_lines else "FAIL"

rows = [
    ("plaintext (wrk)", f"{plain['requests']:,}", f"{plain['rps']:,.0f}/s, p50 {plain['p50']}, p99 {plain['p99']}", f"{plain['non2xx']} non-2xx; socket errors: {plain['socket_line']}"),
    ("JSON (wrk)", f"{json_['requests']:,}", f"{json_['rps']:,.0f}/s, p50 {json_['p50']}, p99 {json_['p99']}", f"{json_['non2xx']} non-2xx; socket errors: {json_['socket_line']}"),
    ("WebSocket echo", f"{c.get('ws_sent', 0):,} sent / {c.get('ws_echoed', 0):,} echoed", f"{c.get('ws_connected', 0)} of {websockets} connected", f"{lost} lost, {c.get('ws_mismatched', 0)} mismatched, {c.get('ws_errors', 0)} errors"),
    ("SSE", f"{c.get('sse_events', 0):,} events", f"{c.get('sse_streams', 0)} streams of {sse}", f"{c.get('sse_out_of_order', 0)} out of order, {c.get('sse_errors', 0)} errors"),
]

with open(report, "w", encoding="utf-8") as out:
    out.write("# Reliability: the soak run\n\n")
    out.write("Written by `tools/soak/run.sh` (see `tools/bench/README.md`); do not edit by hand, run it again.\n\n")
    out.write(f"**{verdict}**: {errors} errors, {lost} lost WebSocket messages, server {'up' if alive == '1' else 'DOWN'} at the end, "
              f"{len(error_lines)} error lines in its log; RSS after the {warmup} s warm-up {mb(rss_warm)} → {mb(rss_end)} at the end "
              f"(trend {trend:+.1f} KB/s, range {mb(steady_min)}-{mb(steady_max)}).\n\n")
    out.write(f"- Date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, commit {commit or '?'}\n")
    out.write(f"- Machine: {os.cpu_count()} CPUs ({cpu}), {platform.system()} {platform.release()}; server, wrk and client share the CPUs\n")
    out.write(f"- Load, all at once for {duration} s against `SoakServer` (StarletteApp on Starlette.Hosting.Kestrel, 127.0.0.1, Release, Server GC): "
              f"`wrk -t1 -c{conns}` on `/plaintext` and on `/json`; {websockets} WebSockets on `/ws`, each sending a numbered text "
              f"message and waiting for its echo, in a loop; {sse} SSE streams on `/sse` (one numbered event every 50 ms)\n\n")
    out.write("| load | count | rate / connections | errors |\n|---|---|---|---|\n")
    for row in rows:
        out.write("| " + " | ".join(row) + " |\n")
    out.write(f"\n**RSS** (VmRSS, sampled every second): {mb(rss_start)} at the start of the load, peak {mb(rss_max)}, "
              f"{mb(rss_warm)} at {warmup} s, {mb(rss_end)} at {duration} s; least-squares trend after warm-up {trend:+.1f} KB/s.\n\n")
    out.write("| s | " + " | ".join(str(t) for t, _ in samples[::5]) + " |\n|---|" + "---|" * len(samples[::5]) + "\n")
    out.write("| MB | " + " | ".join(f"{kb / 1024:.0f}" for _, kb in samples[::5]) + " |\n\n")
    out.write(f"**Shutdown** (SIGTERM after the load, WebSockets already closed by the client): exit code {server_rc} after {float(shutdown):.2f} s.\n\n")
    out.write(f"**Server log**: {len(error_lines)} error-level or exception lines.\n")
    for line in error_lines[:10]:
        out.write(f"    {line[:200]}\n")
    if client_errors:
        out.write(f"\n**Client errors** ({len(client_errors)} lines, first 10):\n\n")
        for line in client_errors[:10]:
            out.write(f"    {line[:200]}\n")
notes = os.environ.get("SOAK_NOTES") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "notes.md")
if os.path.exists(notes):
    with open(report, "a", encoding="utf-8") as out:
        out.write("\n" + open(notes, encoding="utf-8").read())
print(f"{verdict}: errors {errors}, lost {lost}, RSS trend {trend:+.1f} KB/s")
