using System.Threading.RateLimiting;
using BenchmarkDotNet.Attributes;
using Starlette.Middleware.RateLimiting;
using Starlette.Types;

namespace Starlette.Benchmarks;

/// <summary>
/// One request through <see cref="RateLimitingMiddleware"/> with a send that does nothing: a permit taken from a
/// per-client token bucket that never runs dry, from a concurrency limiter (taken and returned), and a refusal (429
/// with Retry-After from an exhausted fixed window), against the bare app.
/// </summary>
[MemoryDiagnoser]
public class RateLimitingBenchmarks
{
    private static readonly Receive Receive = () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty);
    private static readonly Send Send = _ => ValueTask.CompletedTask;
    private static readonly HttpResponseBodyMessage Body = new("Hello, World!"u8.ToArray());

    private readonly Scope _scope = new(ScopeType.Http) { Client = new HostPort("10.1.2.3", 50000) };
    private readonly PartitionedRateLimiter<Scope> _bucket = ScopeRateLimiters.TokenBucket(RateLimitPartitionKeys.ClientAddress, new TokenBucketRateLimiterOptions
    {
        TokenLimit = int.MaxValue,
        TokensPerPeriod = int.MaxValue,
        ReplenishmentPeriod = TimeSpan.FromMilliseconds(1),
    });
    private readonly PartitionedRateLimiter<Scope> _concurrency = ScopeRateLimiters.Concurrency(RateLimitPartitionKeys.ClientAddress, new ConcurrencyLimiterOptions { PermitLimit = 100 });
    private readonly PartitionedRateLimiter<Scope> _exhausted = ScopeRateLimiters.FixedWindow(RateLimitPartitionKeys.ClientAddress, new FixedWindowRateLimiterOptions
    {
        PermitLimit = 1,
        Window = TimeSpan.FromDays(1),
    });
    private AsgiApp _bucketApp = null!;
    private AsgiApp _concurrencyApp = null!;
    private AsgiApp _exhaustedApp = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bucketApp = RateLimitingMiddleware.Wrap(App, new RateLimitingOptions { Limiter = _bucket });
        _concurrencyApp = RateLimitingMiddleware.Wrap(App, new RateLimitingOptions { Limiter = _concurrency });
        _exhaustedApp = RateLimitingMiddleware.Wrap(App, new RateLimitingOptions { Limiter = _exhausted });
        _exhausted.AttemptAcquire(_scope).Dispose();
    }

    [Benchmark(Baseline = true)]
    public ValueTask App_NoMiddleware() => App(_scope, Receive, Send);

    [Benchmark]
    public ValueTask TokenBucket_Permitted() => _bucketApp(_scope, Receive, Send);

    [Benchmark]
    public ValueTask Concurrency_Permitted() => _concurrencyApp(_scope, Receive, Send);

    [Benchmark]
    public ValueTask FixedWindow_Refused() => _exhaustedApp(_scope, Receive, Send);

    private static async ValueTask App(Scope scope, Receive receive, Send send)
    {
        await send(new HttpResponseStartMessage(Status.Http200OK,
            [new HttpHeader("content-length", "13"), new HttpHeader("content-type", "text/plain; charset=utf-8")]));
        await send(Body);
    }
}
