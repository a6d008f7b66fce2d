using System.Text.Json;
using Starlette.Hosting.Contract;
using Starlette.Types;

namespace Starlette.Testing.Tests;

public class WebSocketTestSessionTests
{
    [Fact]
    public async Task ReceiveJsonAsync_AppSendsWhileBlockedOnReceive_Arrives() // upstream test_websocket_blocking_receive
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            await receive();
            await send(new WebSocketAcceptMessage());
            var responder = Task.Run(async () => await send(new WebSocketSendMessage("{\"message\":\"test\"}")));
            await receive(); // blocks: the client sends nothing until it closes
            await responder;
        });

        await using var ws = await client.WebSocketConnectAsync("/");
        var data = await ws.ReceiveJsonAsync();

        Assert.Equal("test", data.GetProperty("message").GetString());
    }

    [Fact]
    public async Task DisposeAsync_AppWaitingForever_IsCancelledThroughAborted() // upstream test_websocket_not_block_on_close
    {
        var cancelled = false;
        using var client = new TestClient(async (scope, receive, send) =>
        {
            await receive();
            await send(new WebSocketAcceptMessage());
            try
            {
                await Task.Delay(Timeout.Infinite, scope.Aborted);
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
                throw;
            }
        });

        await using (await client.WebSocketConnectAsync("/"))
        {
        }

        Assert.True(cancelled);
    }

    [Fact]
    public async Task Scope_RawPath_ExcludesQuery() // upstream test_websocket_raw_path_without_params
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            await receive();
            await send(new WebSocketAcceptMessage());
            await send(new WebSocketSendMessage(TestApps.Utf8(scope.RawPath!)));
            await receive();
        });

        await using var ws = await client.WebSocketConnectAsync("/hello-world?foo=bar");

        Assert.Equal(TestApps.Utf8("/hello-world"), await ws.ReceiveBytesAsync());
    }

    [Fact]
    public async Task Scope_WebSocket_HasHandshakeHeadersSubprotocolsAndCookies()
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            if (scope.Type == ScopeType.Http)
            {
                await Apps.TextAsync(send, "", extra: new HttpHeader("set-cookie", "session=abc; Path=/"));
                return;
            }

            await receive();
            await send(new WebSocketAcceptMessage("b", [new("x-extra", "1")]));
            await send(new WebSocketSendMessage($"{scope.Scheme} {string.Join("|", scope.Subprotocols)} {TestApps.Header(scope, "sec-websocket-version")} {TestApps.Header(scope, "cookie")} {TestApps.Header(scope, "connection")}"));
            await receive();
        });
        await client.GetAsync("/");

        await using var ws = await client.WebSocketConnectAsync("/ws", ["a", "b"]);

        Assert.Equal("ws a|b 13 session=abc upgrade", await ws.ReceiveTextAsync());
        Assert.Equal("b", ws.AcceptedSubprotocol);
        Assert.Equal([new HttpHeader("x-extra", "1")], ws.ExtraHeaders);
    }

    [Fact]
    public async Task SendJsonAsync_TextAndBinary_AreCompactUtf8()
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            await receive();
            await send(new WebSocketAcceptMessage());
            var text = (WebSocketReceiveMessage)await receive();
            var binary = (WebSocketReceiveMessage)await receive();
            await send(new WebSocketSendMessage(text.Text!));
            await send(new WebSocketSendMessage(binary.Bytes!.Value));
            await receive();
        });

        await using var ws = await client.WebSocketConnectAsync("/");
        await ws.SendJsonAsync(new Dictionary<string, string> { ["city"] = "España" });
        await ws.SendJsonAsync(new[] { 1, 2 }, binary: true);

        Assert.Equal("{\"city\":\"España\"}", await ws.ReceiveTextAsync());
        Assert.Equal(JsonValueKind.Array, (await ws.ReceiveJsonAsync(binary: true)).ValueKind);
    }

    [Fact]
    public async Task WebSocketConnectAsync_DenialResponse_CarriesStatusHeadersAndBody()
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            await receive();
            await send(new WebSocketHttpResponseStartMessage(418, [new("x-reason", "teapot")]));
            await send(new WebSocketHttpResponseBodyMessage("short"u8.ToArray(), moreBody: true));
            await send(new WebSocketHttpResponseBodyMessage(" and stout"u8.ToArray()));
        });

        var denial = await Assert.ThrowsAsync<WebSocketDenialResponseException>(() => client.WebSocketConnectAsync("/"));

        Assert.Equal(418, denial.StatusCode);
        Assert.Equal("The app denied the WebSocket with HTTP 418.", denial.Message);
        Assert.Equal("short and stout", denial.Text);
        Assert.Equal([new HttpHeader("x-reason", "teapot")], denial.Headers);
        Assert.IsAssignableFrom<WebSocketDisconnectException>(denial);
    }

    [Fact]
    public async Task WebSocketConnectAsync_AppClosesBeforeAccept_ThrowsDisconnectWithCode()
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            await receive();
            await send(new WebSocketCloseMessage(Status.Ws1008PolicyViolation, "nope"));
        });

        var error = await Assert.ThrowsAsync<WebSocketDisconnectException>(() => client.WebSocketConnectAsync("/"));

        Assert.Equal((1008, "nope"), (error.Code, error.Reason));
    }

    [Fact]
    public async Task WebSocketConnectAsync_AppThrows_PropagatesTheException()
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            await receive();
            throw new InvalidOperationException("handshake bug");
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.WebSocketConnectAsync("/"));
        Assert.Equal("handshake bug", error.Message);
    }

    [Fact]
    public async Task DisposeAsync_AppIgnoresDisconnectAndAborted_FailsClearlyInsteadOfHanging()
    {
        var release = new TaskCompletionSource();
        using var client = new TestClient(async (scope, receive, send) =>
        {
            await receive();
            await send(new WebSocketAcceptMessage());
            await release.Task;
        }, new TestClientOptions { WebSocketShutdownTimeout = TimeSpan.FromMilliseconds(200) });
        var ws = await client.WebSocketConnectAsync("/");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => ws.DisposeAsync().AsTask());
        release.SetResult();

        Assert.Contains("did not return", error.Message, StringComparison.Ordinal);
    }
}
