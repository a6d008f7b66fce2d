using System.Net;
using Microsoft.Extensions.Logging;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Middleware.RequestId.Tests;

public class RequestIdMiddlewareTests
{
    /// <summary>An endpoint answering with the id the scope carries.</summary>
    private static readonly AsgiApp Echo = (scope, receive, send) =>
        new PlainTextResponse(RequestIdMiddleware.Get(scope) ?? "none").ExecuteAsync(scope, receive, send);

    private static TestClient Client(RequestIdOptions? options = null, AsgiApp? app = null) => new(RequestIdMiddleware.Wrap(app ?? Echo, options));

    private static HttpRequestMessage Get(string? id, string header = "X-Request-ID")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (id is not null) request.Headers.TryAddWithoutValidation(header, id);
        return request;
    }

    [Fact]
    public async Task Wrap_ValidIncomingId_UsedOnScopeAndEchoed()
    {
        using var client = Client();
        var response = await client.SendAsync(Get("abc-123_x.y:z"));
        Assert.Equal("abc-123_x.y:z", await response.Content.ReadAsStringAsync());
        Assert.Equal("abc-123_x.y:z", Assert.Single(response.Headers.GetValues("X-Request-ID")));
    }

    [Fact]
    public async Task Wrap_NoIncomingId_GeneratesGuidV7()
    {
        using var client = Client();
        var first = await client.SendAsync(Get(null));
        var second = await client.SendAsync(Get(null));
        var id = await first.Content.ReadAsStringAsync();
        Assert.True(Guid.TryParse(id, out var guid));
        Assert.Equal(7, guid.Version);
        Assert.Equal(id, Assert.Single(first.Headers.GetValues("X-Request-ID")));
        Assert.NotEqual(id, await second.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("<script>")]
    [InlineData("semi;colon")]
    [InlineData("ünïcode")]
    public async Task Wrap_InvalidCharacters_ReplacedByNewId(string incoming)
    {
        using var client = Client();
        var response = await client.SendAsync(Get(incoming));
        var id = await response.Content.ReadAsStringAsync();
        Assert.NotEqual(incoming, id);
        Assert.True(Guid.TryParse(id, out _));
    }

    [Fact]
    public async Task Wrap_TooLong_ReplacedByNewId()
    {
        using var client = Client(new RequestIdOptions { MaxLength = 8 });
        Assert.Equal("12345678", await (await client.SendAsync(Get("12345678"))).Content.ReadAsStringAsync());
        Assert.NotEqual("123456789", await (await client.SendAsync(Get("123456789"))).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Wrap_EmptyIncoming_ReplacedByNewId()
    {
        var scope = new Scope(ScopeType.Http) { Headers = [new HttpHeader("x-request-id", "")] };
        await Contract.CallAsync(RequestIdMiddleware.Wrap(Echo), scope);
        Assert.True(Guid.TryParse(RequestIdMiddleware.Get(scope), out _));
    }

    [Fact]
    public async Task Wrap_UntrustedIncoming_AlwaysNew()
    {
        using var client = Client(new RequestIdOptions { TrustIncoming = false, Generator = () => "generated" });
        Assert.Equal("generated", await (await client.SendAsync(Get("client-chosen"))).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Wrap_CustomHeaderName_ReadAndEchoed()
    {
        using var client = Client(new RequestIdOptions { HeaderName = "X-Correlation-ID" });
        var response = await client.SendAsync(Get("corr-1", "X-Correlation-ID"));
        Assert.Equal("corr-1", await response.Content.ReadAsStringAsync());
        Assert.Equal("corr-1", Assert.Single(response.Headers.GetValues("X-Correlation-ID")));
        Assert.False(response.Headers.Contains("X-Request-ID"));
    }

    [Fact]
    public async Task Wrap_EchoOff_NoResponseHeader()
    {
        using var client = Client(new RequestIdOptions { EchoOnResponse = false });
        var response = await client.SendAsync(Get("abc"));
        Assert.Equal("abc", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains("X-Request-ID"));
    }

    [Fact]
    public async Task Wrap_AppSetsHeader_NotDuplicated()
    {
        AsgiApp app = (scope, receive, send) => new PlainTextResponse("x", headers: [KeyValuePair.Create("X-Request-ID", "app-chosen")]).ExecuteAsync(scope, receive, send);
        using var client = Client(app: app);
        var response = await client.SendAsync(Get("abc"));
        Assert.Equal("app-chosen", Assert.Single(response.Headers.GetValues("X-Request-ID")));
    }

    [Fact]
    public async Task Wrap_WebSocket_IdOnScopeAndAcceptHeaders()
    {
        AsgiApp app = new Router([new WebSocketRoute("/ws", async socket =>
        {
            await socket.AcceptAsync();
            await socket.SendTextAsync(RequestIdMiddleware.Get(socket.Scope) ?? "none");
            await socket.CloseAsync();
        })]);
        using var client = Client(app: app);
        await using var session = await client.WebSocketConnectAsync("/ws", headers: [KeyValuePair.Create("X-Request-ID", "ws-1")]);
        Assert.Equal("ws-1", await session.ReceiveTextAsync());
        Assert.Contains(session.ExtraHeaders, h => h.Name == "x-request-id" && h.Value == "ws-1");
    }

    [Fact]
    public async Task Wrap_Logger_AppLogsInsideRequestIdScope()
    {
        var logger = new RecordingLogger();
        AsgiApp app = (scope, receive, send) =>
        {
            logger.LogInformation("handling");
            return Echo(scope, receive, send);
        };
        using var client = Client(new RequestIdOptions { Logger = logger }, app);
        await client.SendAsync(Get("log-1"));
        logger.LogInformation("after");

        var handling = Assert.Single(logger.Entries, e => e.Message == "handling");
        var state = Assert.IsAssignableFrom<IReadOnlyList<KeyValuePair<string, object>>>(Assert.Single(handling.Scopes));
        Assert.Equal(KeyValuePair.Create("RequestId", (object)"log-1"), Assert.Single(state));
        Assert.Equal("RequestId:log-1", state.ToString());
        Assert.Empty(Assert.Single(logger.Entries, e => e.Message == "after").Scopes);
    }

    [Fact]
    public async Task Wrap_Lifespan_PassesThrough()
    {
        var scope = new Scope(ScopeType.Lifespan);
        await RequestIdMiddleware.Wrap((_, _, _) => ValueTask.CompletedTask)(scope, () => ValueTask.FromResult<AsgiMessage>(LifespanShutdownMessage.Instance), _ => ValueTask.CompletedTask);
        Assert.Null(RequestIdMiddleware.Get(scope));
    }

    [Theory]
    [InlineData("")]
    [InlineData("X Request")]
    [InlineData("X-Id:")]
    public void Wrap_InvalidHeaderName_Throws(string name) =>
        Assert.Throws<ArgumentException>(() => RequestIdMiddleware.Wrap(Echo, new RequestIdOptions { HeaderName = name }));

    [Fact]
    public void Wrap_MaxLengthBelowOne_Throws() =>
        Assert.Throws<ArgumentException>(() => RequestIdMiddleware.Create(new RequestIdOptions { MaxLength = 0 }));

    [Fact]
    public void Create_Descriptor_NamedWithOptions()
    {
        var options = new RequestIdOptions();
        var descriptor = RequestIdMiddleware.Create(options);
        Assert.Equal("RequestIdMiddleware", descriptor.Name);
        Assert.Same(options, descriptor.Options);
        Assert.NotNull(descriptor.Wrap(Echo));
        Assert.Contains("HeaderName = X-Request-ID", options.ToString());
        Assert.Throws<ArgumentNullException>(() => RequestIdMiddleware.Wrap(null!));
        Assert.Throws<ArgumentNullException>(() => RequestIdMiddleware.Get(null!));
    }
}

internal static class Contract
{
    public static async Task CallAsync(AsgiApp app, Scope scope) =>
        await app(scope, () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty), _ => ValueTask.CompletedTask);
}
