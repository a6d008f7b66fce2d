using System.Threading.RateLimiting;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Middleware.RateLimiting.Tests;

public class RateLimitingWebSocketTests
{
    [Fact]
    public async Task Wrap_ConcurrencyLimit_SecondSessionRefusedUntilFirstCloses()
    {
        using var limiter = ScopeRateLimiters.Concurrency(_ => "all", new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 0 });
        AsgiApp app = new Router([new WebSocketRoute("/ws", async socket =>
        {
            await socket.AcceptAsync();
            await socket.SendTextAsync(await socket.ReceiveTextAsync());
            await socket.CloseAsync();
        })]);
        using var client = new TestClient(RateLimitingMiddleware.Wrap(app, new RateLimitingOptions { Limiter = limiter }));

        await using (var first = await client.WebSocketConnectAsync("/ws"))
        {
            var refused = await Assert.ThrowsAsync<WebSocketDisconnectException>(async () =>
            {
                await using var second = await client.WebSocketConnectAsync("/ws");
            });
            Assert.Equal(Status.Ws1013TryAgainLater, refused.Code);
            await first.SendTextAsync("ping");
            Assert.Equal("ping", await first.ReceiveTextAsync());
        }

        for (var i = 0; i < 200 && limiter.GetStatistics(new Scope(ScopeType.WebSocket))?.CurrentAvailablePermits != 1; i++) await Task.Delay(10);
        await using var third = await client.WebSocketConnectAsync("/ws");
        await third.SendTextAsync("again");
        Assert.Equal("again", await third.ReceiveTextAsync());
    }
}
