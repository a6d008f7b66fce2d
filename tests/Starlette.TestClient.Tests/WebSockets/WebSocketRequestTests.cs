using System.Net;
using Starlette.Types;

namespace Starlette.Testing.Tests;

/// <summary>The handshake request: its URL (a path, or a ws:// or wss:// URL) and the cookies it carries.</summary>
public class WebSocketRequestTests
{
    [Fact]
    public async Task WebSocketConnectAsync_WssUrl_CarriesTheSecureCookiesOfItsHttpsTwin()
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            await receive();
            await send(new WebSocketAcceptMessage());
            await send(new WebSocketSendMessage($"{scope.Scheme} {TestApps.Header(scope, "cookie")}"));
            await receive();
        });
        client.Cookies.Add(new Uri("https://testserver"), new Cookie("session", "abc") { Secure = true });

        await using var ws = await client.WebSocketConnectAsync("wss://testserver/ws");

        Assert.Equal("wss session=abc", await ws.ReceiveTextAsync());
    }

    [Fact]
    public async Task WebSocketConnectAsync_HttpUrl_ThrowsArgumentException()
    {
        using var client = new TestClient((scope, receive, send) => ValueTask.CompletedTask);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.WebSocketConnectAsync("http://testserver/ws"));

        Assert.Equal("url", error.ParamName);
        Assert.StartsWith("A WebSocket URL must be a path or a ws:// or wss:// URL, not 'http://testserver/ws'.", error.Message, StringComparison.Ordinal);
    }
}
