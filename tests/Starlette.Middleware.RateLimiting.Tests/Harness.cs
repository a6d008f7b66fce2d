using System.Threading.RateLimiting;
using Starlette.Responses;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Middleware.RateLimiting.Tests;

internal static class Harness
{
    public static readonly AsgiApp Ok = (scope, receive, send) => new PlainTextResponse("ok").ExecuteAsync(scope, receive, send);

    /// <summary>A fixed window long enough that no test sees it roll over.</summary>
    public static FixedWindowRateLimiterOptions PerHour(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromHours(1), QueueLimit = 0 };

    public static TestClient Client(PartitionedRateLimiter<Scope> limiter, AsgiApp? app = null, TestClientOptions? options = null) =>
        new(RateLimitingMiddleware.Wrap(app ?? Ok, new RateLimitingOptions { Limiter = limiter }), options);

    public static HttpRequestMessage Get(string url, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }
}
