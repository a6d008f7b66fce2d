using Starlette.Types;

namespace Starlette.Middleware.Telemetry.Tests;

public class TelemetryMiddlewareWebSocketTests
{
    [Fact]
    public async Task Wrap_WebSocketSession_OneSpanForTheSession()
    {
        using var collector = new Collector();
        using var client = Apps.Client();
        await using (var session = await client.WebSocketConnectAsync("/ws/lobby"))
        {
            Assert.Equal("hello lobby", await session.ReceiveTextAsync());
        }

        var span = Assert.Single(await collector.SpansAsync());
        Assert.Equal("GET /ws/{room}", span.DisplayName);
        var tags = span.TagMap();
        Assert.Equal("/ws/{room}", tags["http.route"]);
        Assert.Equal(101, tags["http.response.status_code"]);
        Assert.Equal("ws", tags["url.scheme"]);
        Assert.Equal("/ws/lobby", tags["url.path"]);
    }

    [Fact]
    public async Task Wrap_WebSocketClosedBeforeAccept_Reports403()
    {
        using var collector = new Collector();
        using var client = Apps.Client();
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var session = await client.WebSocketConnectAsync("/denied");
        });

        var tags = Assert.Single(await collector.SpansAsync()).TagMap();
        Assert.Equal(403, tags["http.response.status_code"]);
        Assert.Equal("/denied", tags["http.route"]);
    }

    [Fact]
    public async Task Wrap_WebSocketDenialResponse_ReportsItsStatus()
    {
        using var collector = new Collector();
        var app = TelemetryMiddleware.Wrap(async (_, _, send) =>
        {
            await send(new WebSocketHttpResponseStartMessage(Status.Http401Unauthorized));
            await send(new WebSocketHttpResponseBodyMessage());
        });
        using var client = new Testing.TestClient(app);
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var session = await client.WebSocketConnectAsync("/");
        });

        Assert.Equal(401, Assert.Single(await collector.SpansAsync()).TagMap()["http.response.status_code"]);
    }

    [Fact]
    public async Task Wrap_LifespanScope_PassesThroughWithoutSpan()
    {
        using var collector = new Collector();
        var called = false;
        var app = TelemetryMiddleware.Wrap((scope, _, _) =>
        {
            called = scope.Type == ScopeType.Lifespan;
            return ValueTask.CompletedTask;
        });
        await app(new Scope(ScopeType.Lifespan), () => ValueTask.FromResult<AsgiMessage>(LifespanStartupMessage.Instance), _ => ValueTask.CompletedTask);
        Assert.True(called);
        Assert.Empty(await collector.SpansAsync(0));
    }
}
