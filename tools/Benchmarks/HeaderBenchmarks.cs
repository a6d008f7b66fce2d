using BenchmarkDotNet.Attributes;
using Starlette.Datastructures;
using Starlette.Types;

namespace Starlette.Benchmarks;

/// <summary>Header lookup over a typical browser request's headers.</summary>
[MemoryDiagnoser]
public class HeaderBenchmarks
{
    private readonly Headers _headers = new(new HttpHeader[]
    {
        new("host", "example.org"), new("user-agent", "Mozilla/5.0 (X11; Linux x86_64)"), new("accept", "text/html,application/xhtml+xml"),
        new("accept-language", "en-US,en;q=0.5"), new("accept-encoding", "gzip, deflate, br"), new("connection", "keep-alive"),
        new("cookie", "session=abc; theme=dark"), new("upgrade-insecure-requests", "1"), new("sec-fetch-dest", "document"),
        new("x-forwarded-for", "203.0.113.7"),
    });

    [Benchmark]
    public string? GetLast() => _headers.Get("X-Forwarded-For");

    [Benchmark]
    public string? GetMissing() => _headers.Get("authorization");

    [Benchmark]
    public IReadOnlyList<string> GetList() => _headers.GetList("accept");
}
