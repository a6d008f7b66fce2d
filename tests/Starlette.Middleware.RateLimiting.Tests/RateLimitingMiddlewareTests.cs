using System.Net;
using System.Threading.RateLimiting;
using Starlette.Testing;
using Starlette.Types;
using static Starlette.Middleware.RateLimiting.Tests.Harness;

namespace Starlette.Middleware.RateLimiting.Tests;

public class RateLimitingMiddlewareTests
{
    [Fact]
    public async Task Wrap_FixedWindowExhausted_429WithRetryAfter()
    {
        using var limiter = ScopeRateLimiters.FixedWindow(RateLimitPartitionKeys.ClientAddress, PerHour(2));
        using var client = Client(limiter);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var refused = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Too Many Requests", await refused.Content.ReadAsStringAsync());
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 3500, 3600);
        Assert.Equal("text/plain; charset=utf-8", refused.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Wrap_ClientAddressPartition_EachClientHasItsOwnLimit()
    {
        using var limiter = ScopeRateLimiters.FixedWindow(RateLimitPartitionKeys.ClientAddress, PerHour(1));
        AsgiApp app = RateLimitingMiddleware.Wrap(Ok, new RateLimitingOptions { Limiter = limiter });
        using var first = new TestClient(app, new TestClientOptions { Client = new HostPort("10.0.0.1", 1000) });
        using var second = new TestClient(app, new TestClientOptions { Client = new HostPort("10.0.0.2", 1000) });
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.GetAsync("/")).StatusCode);
        using var samePortOther = new TestClient(app, new TestClientOptions { Client = new HostPort("10.0.0.1", 2000) });
        Assert.Equal(HttpStatusCode.TooManyRequests, (await samePortOther.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Wrap_FunctionPartition_KeyedByApiKeyHeader()
    {
        static string ApiKey(Scope scope) => scope.Headers.Where(h => h.Name == "x-api-key").Select(h => h.Value).FirstOrDefault() ?? "anonymous";
        using var limiter = ScopeRateLimiters.TokenBucket(ApiKey, new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromHours(1),
            QueueLimit = 0,
            AutoReplenishment = false,
        });
        using var client = Client(limiter);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get("/", ("X-Api-Key", "a")))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(Get("/", ("X-Api-Key", "a")))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get("/", ("X-Api-Key", "b")))).StatusCode);
    }

    [Fact]
    public async Task Wrap_UserPartition_AuthenticatedByIdentityAnonymousByAddress()
    {
        using var limiter = ScopeRateLimiters.SlidingWindow(RateLimitPartitionKeys.User(user => user as string), new SlidingWindowRateLimiterOptions
        {
            PermitLimit = 1,
            Window = TimeSpan.FromHours(1),
            SegmentsPerWindow = 2,
            QueueLimit = 0,
        });
        // A stand-in for the authentication middleware: the user named by a header.
        AsgiApp authenticate(AsgiApp next) => (scope, receive, send) =>
        {
            if (scope.Headers.Where(h => h.Name == "x-user").Select(h => h.Value).FirstOrDefault() is { } user) scope.Items[ScopeItemKeys.User] = user;
            return next(scope, receive, send);
        };
        using var client = new TestClient(authenticate(RateLimitingMiddleware.Wrap(Ok, new RateLimitingOptions { Limiter = limiter })));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get("/", ("X-User", "alice")))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(Get("/", ("X-User", "alice")))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get("/", ("X-User", "bob")))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Wrap_ConcurrencyLimit_HeldUntilStreamedResponseEnds()
    {
        using var limiter = ScopeRateLimiters.Concurrency(_ => "all", new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 0 });
        var release = new TaskCompletionSource();
        AsgiApp streaming = async (_, _, send) =>
        {
            await send(new HttpResponseStartMessage(200, [new HttpHeader("content-type", "text/plain")]));
            await send(new HttpResponseBodyMessage("first "u8.ToArray(), moreBody: true));
            await release.Task;
            await send(new HttpResponseBodyMessage("last"u8.ToArray()));
        };
        using var client = Client(limiter, streaming);
        var first = await client.GetAsync("/", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var refused = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Retry-After")); // a concurrency limiter cannot say when

        release.SetResult();
        Assert.Equal("first last", await first.Content.ReadAsStringAsync());
        await WaitForPermitAsync(limiter);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Wrap_AppThrows_PermitReturned()
    {
        using var limiter = ScopeRateLimiters.Concurrency(_ => "all", new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 0 });
        var calls = 0;
        AsgiApp app = (scope, receive, send) => ++calls == 1 ? throw new InvalidOperationException("boom") : Ok(scope, receive, send);
        using var client = Client(limiter, app);
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Wrap_QueuedRequest_RunsWhenPermitFrees()
    {
        using var limiter = ScopeRateLimiters.Concurrency(_ => "all", new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 1 });
        var release = new TaskCompletionSource();
        var calls = 0;
        AsgiApp app = async (scope, receive, send) =>
        {
            if (Interlocked.Increment(ref calls) == 1) await release.Task;
            await Ok(scope, receive, send);
        };
        using var client = Client(limiter, app);
        var first = client.GetAsync("/");
        while (Volatile.Read(ref calls) == 0) await Task.Delay(5);
        var queued = client.GetAsync("/");
        await Task.Delay(50);
        Assert.False(queued.IsCompleted);
        release.SetResult();
        Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await queued).StatusCode);
    }

    [Fact]
    public async Task Wrap_ClientLeavesWhileQueued_NothingSent()
    {
        using var limiter = ScopeRateLimiters.Concurrency(_ => "all", new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 1 });
        using var hold = limiter.AttemptAcquire(new Scope(ScopeType.Http));
        using var aborted = new CancellationTokenSource();
        var scope = new Scope(ScopeType.Http) { Aborted = aborted.Token };
        var sent = new List<AsgiMessage>();
        var run = RateLimitingMiddleware.Wrap(Ok, new RateLimitingOptions { Limiter = limiter })(scope,
            () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty), m => { sent.Add(m); return ValueTask.CompletedTask; });
        Assert.False(run.IsCompleted);
        await aborted.CancelAsync();
        await run;
        Assert.Empty(sent);
    }

    [Fact]
    public async Task Wrap_CustomRejectionStatus_Used()
    {
        using var limiter = ScopeRateLimiters.FixedWindow(_ => "all", PerHour(1));
        using var client = new TestClient(RateLimitingMiddleware.Wrap(Ok, new RateLimitingOptions { Limiter = limiter, RejectionStatusCode = 503 }));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Service Unavailable", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Wrap_Lifespan_NotLimited()
    {
        using var limiter = ScopeRateLimiters.FixedWindow(_ => "all", PerHour(1));
        limiter.AttemptAcquire(new Scope(ScopeType.Http)).Dispose(); // exhausted: a lifespan scope must still pass
        var called = false;
        await RateLimitingMiddleware.Wrap((_, _, _) => { called = true; return ValueTask.CompletedTask; }, new RateLimitingOptions { Limiter = limiter })(
            new Scope(ScopeType.Lifespan), () => ValueTask.FromResult<AsgiMessage>(LifespanShutdownMessage.Instance), _ => ValueTask.CompletedTask);
        Assert.True(called);
    }

    private static async Task WaitForPermitAsync(PartitionedRateLimiter<Scope> limiter)
    {
        for (var i = 0; i < 200 && limiter.GetStatistics(new Scope(ScopeType.Http))?.CurrentAvailablePermits != 1; i++) await Task.Delay(10);
    }
}
