using System.Net;
using Starlette.Hosting.Kestrel;
using static Starlette.Middleware.RateLimiting.Tests.Harness;

namespace Starlette.Middleware.RateLimiting.Tests;

/// <summary>Over real sockets: the client address a partition uses is the one the server saw.</summary>
public class RateLimitingKestrelTests
{
    [Fact]
    public async Task Wrap_OverKestrel_LoopbackClientLimitedWithRetryAfter()
    {
        using var limiter = ScopeRateLimiters.FixedWindow(RateLimitPartitionKeys.ClientAddress, PerHour(1));
        var seen = new List<string>();
        var app = RateLimitingMiddleware.Wrap((scope, receive, send) =>
        {
            if (scope.Type == Types.ScopeType.Lifespan) return Lifespan(receive, send);
            lock (seen) seen.Add(RateLimitPartitionKeys.ClientAddress(scope));
            return Ok(scope, receive, send);
        }, new RateLimitingOptions { Limiter = limiter });
        await using var server = await AsgiServer.StartAsync(app, new AsgiServerOptions { Port = 0, AccessLog = false });
        using var client = new HttpClient { BaseAddress = server.Addresses[0] };

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var refused = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(58));
        Assert.Equal("Too Many Requests", await refused.Content.ReadAsStringAsync());
        Assert.Equal("127.0.0.1", Assert.Single(seen));
    }

    /// <summary>Answers lifespan startup and shutdown (the server runs it before listening and after stopping).</summary>
    private static async ValueTask Lifespan(Types.Receive receive, Types.Send send)
    {
        while (await receive() is var message)
        {
            if (message is Types.LifespanStartupMessage) await send(Types.LifespanStartupCompleteMessage.Instance);
            else
            {
                await send(Types.LifespanShutdownCompleteMessage.Instance);
                return;
            }
        }
    }
}
