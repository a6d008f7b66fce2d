#!/usr/bin/python3
"""In-process cost of server A's Starlette app, called directly (no server, no sockets).

The Python side of the in-process comparison in tools/bench (the C# side is tools/Benchmarks/AppBenchmarks.cs):
the same three requests (GET /plaintext, /json, /users/123) through the same app (servers/starlette_app.py: the
20 dummy routes sit before /users/{id:int}), each call with a fresh copy of a pre-built scope, a pre-built receive
and a send that drops the messages. The calls run back to back inside one coroutine on an asyncio event loop
(uvloop's when installed, as server A uses), timed with perf_counter_ns in batches sized to about 0.2 s; the best
batch gives ns per request (timeit's convention), the median batch is reported too.

Usage: /usr/bin/python3 python_inprocess.py [--quick]   -> one JSON object on stdout
"""
import asyncio
import json
import os
import statistics
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "servers"))

from starlette_app import app  # noqa: E402  (after the path tweak)

HEADERS = [(b"host", b"127.0.0.1:18181"), (b"accept-encoding", b"gzip")]
EXPECTED = {
    "plaintext": ("/plaintext", b"text/plain; charset=utf-8", b"Hello, World!"),
    "json": ("/json", b"application/json", b'{"message":"Hello, World!"}'),
    "users": ("/users/123", b"application/json", b'{"id":123}'),
}


def template(path):
    """A GET scope as uvicorn builds it for wrk's requests."""
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "server": ("127.0.0.1", 18181),
        "client": ("127.0.0.1", 40000),
        "scheme": "http",
        "method": "GET",
        "root_path": "",
        "path": path,
        "raw_path": path.encode("ascii"),
        "query_string": b"",
        "headers": HEADERS,
    }


REQUEST = {"type": "http.request", "body": b"", "more_body": False}


async def receive():
    return REQUEST


async def send(message):
    pass


async def check(name):
    """One request with a recording send: a broken app fails the run instead of being timed."""
    path, content_type, body = EXPECTED[name]
    sent = []

    async def record(message):
        sent.append(message)

    await app(dict(template(path)), receive, record)
    start = next(m for m in sent if m["type"] == "http.response.start")
    got = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    ctype = dict(start["headers"]).get(b"content-type")
    if start["status"] != 200 or ctype != content_type or got != body:
        raise SystemExit(f"{path}: got {start['status']} {ctype!r} {got!r}, expected 200 {content_type!r} {body!r}")


async def run_app(scope, n):
    for _ in range(n):
        await app(dict(scope), receive, send)


async def run_copy(scope, n):
    for _ in range(n):
        dict(scope)


def measure(loop, body, scope, repeat, target_ns=200_000_000):
    """Best and median ns per call over `repeat` batches sized to about target_ns each."""
    n = 100
    while True:  # calibrate, as timeit.autorange does
        t0 = time.perf_counter_ns()
        loop.run_until_complete(body(scope, n))
        elapsed = time.perf_counter_ns() - t0
        if elapsed >= target_ns / 4:
            break
        n *= 4
    n = max(1, int(n * target_ns / max(elapsed, 1)))
    per_call = []
    for _ in range(repeat):
        t0 = time.perf_counter_ns()
        loop.run_until_complete(body(scope, n))
        per_call.append((time.perf_counter_ns() - t0) / n)
    return {"ns_best": round(min(per_call), 1), "ns_median": round(statistics.median(per_call), 1),
            "calls_per_batch": n, "batches": repeat}


def main():
    quick = "--quick" in sys.argv[1:]
    repeat = 3 if quick else 15
    loop_name = "asyncio"
    try:
        import uvloop
        loop = uvloop.new_event_loop()
        loop_name = "uvloop " + uvloop.__version__
    except ImportError:
        loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)

    import starlette
    out = {
        "python": sys.version.split()[0],
        "starlette": starlette.__version__,
        "loop": loop_name,
        "repeat": repeat,
        "results": {},
    }
    for name in EXPECTED:
        loop.run_until_complete(check(name))
    loop.run_until_complete(run_app(template("/plaintext"), 2000))  # warm-up
    for name, (path, _, _) in EXPECTED.items():
        out["results"][name] = measure(loop, run_app, template(path), repeat)
    out["results"]["scope_copy"] = measure(loop, run_copy, template("/plaintext"), repeat)
    loop.close()
    json.dump(out, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
