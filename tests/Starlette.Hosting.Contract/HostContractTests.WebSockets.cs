using Starlette.Types;

namespace Starlette.Hosting.Contract;

public abstract partial class HostContractTests
{
    private Task<ContractHost> StartWebSocketAsync(Func<Scope, Receive, Send, ValueTask> handler) =>
        StartHttpAsync((scope, receive, send) => scope.Type == ScopeType.WebSocket ? handler(scope, receive, send) : Apps.TextAsync(send, "http"));

    [Fact]
    public async Task WebSocket_AcceptedWithSubprotocol_EchoesTextAndBytes()
    {
        await using var host = await StartWebSocketAsync(async (scope, receive, send) =>
        {
            Assert.IsType<WebSocketConnectMessage>(await receive());
            await send(new WebSocketAcceptMessage(scope.Subprotocols.LastOrDefault()));
            while (await receive() is WebSocketReceiveMessage message)
            {
                await send(message.Text is { } text ? new WebSocketSendMessage($"{scope.Path}:{text}") : new WebSocketSendMessage(message.Bytes!.Value));
            }
        });

        await using var ws = await host.ConnectWebSocketAsync("/echo", ["one", "two"]);
        await ws.SendTextAsync("hello");
        var text = await ws.ReceiveTextAsync();
        await ws.SendBytesAsync([1, 2, 3]);
        var bytes = await ws.ReceiveBytesAsync();

        Assert.Equal("two", ws.Subprotocol);
        Assert.Equal("/echo:hello", text);
        Assert.Equal(new byte[] { 1, 2, 3 }, bytes);
    }

    [Fact]
    public async Task WebSocket_AppCloses_ClientSeesCodeAndReason()
    {
        await using var host = await StartWebSocketAsync(async (scope, receive, send) =>
        {
            await receive();
            await send(new WebSocketAcceptMessage());
            await send(new WebSocketCloseMessage(Status.Ws1008PolicyViolation, "go away"));
        });

        await using var ws = await host.ConnectWebSocketAsync("/");

        Assert.Equal((1008, "go away"), await ws.ReceiveCloseAsync().WaitAsync(Patience));
    }

    [Fact]
    public async Task WebSocket_ClientCloses_AppReceivesDisconnectWithCode()
    {
        var seen = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await StartWebSocketAsync(async (scope, receive, send) =>
        {
            await receive();
            await send(new WebSocketAcceptMessage());
            var message = await receive();
            seen.TrySetResult(message is WebSocketDisconnectMessage disconnect ? disconnect.Code : -1);
        });

        await using (var ws = await host.ConnectWebSocketAsync("/"))
            await ws.CloseAsync(4001, "bye");

        Assert.Equal(4001, await seen.Task.WaitAsync(Patience));
    }

    [Fact]
    public async Task WebSocket_ClosedBeforeAccept_IsDeniedWith403()
    {
        await using var host = await StartWebSocketAsync(async (scope, receive, send) =>
        {
            await receive();
            await send(new WebSocketCloseMessage());
        });

        var denied = await Assert.ThrowsAnyAsync<Exception>(() => host.ConnectWebSocketAsync("/"));

        Assert.True(denied is WebSocketDeniedException { StatusCode: 403 } || denied is WebSocketDisconnectException, denied.ToString());
    }

    [Fact]
    public async Task WebSocket_DenialResponse_ReachesClientWithStatus()
    {
        await using var host = await StartWebSocketAsync(async (scope, receive, send) =>
        {
            await receive();
            Assert.True(scope.HasExtension(ExtensionNames.WebSocketHttpResponse));
            await send(new WebSocketHttpResponseStartMessage(401, [new("content-type", "text/plain"), new("content-length", "6")]));
            await send(new WebSocketHttpResponseBodyMessage("denied"u8.ToArray()));
        });

        var denied = await Assert.ThrowsAsync<WebSocketDeniedException>(() => host.ConnectWebSocketAsync("/"));

        Assert.Equal(401, denied.StatusCode);
        Assert.True(denied.Body is null or "denied");
    }
}
