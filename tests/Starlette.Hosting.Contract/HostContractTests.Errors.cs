using System.Net;
using Starlette.Types;

namespace Starlette.Hosting.Contract;

public abstract partial class HostContractTests
{
    [Fact]
    public async Task Exception_BeforeResponseStart_Is500()
    {
        await using var host = await StartHttpAsync((scope, receive, send) => throw new InvalidOperationException("boom"));

        var response = await host.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    public static TheoryData<string> HttpProtocolViolations => new() { "body-before-start", "two-starts", "body-after-end", "websocket-on-http" };

    [Theory]
    [MemberData(nameof(HttpProtocolViolations))]
    public async Task Send_OutOfOrder_ThrowsInvalidOperationNamingTheRule(string violation)
    {
        var error = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await StartHttpAsync(async (scope, receive, send) =>
        {
            try
            {
                if (violation == "body-before-start") await send(new HttpResponseBodyMessage("x"u8.ToArray()));
                await send(new HttpResponseStartMessage(200, [new("content-length", "1")]));
                if (violation == "two-starts") await send(new HttpResponseStartMessage(200));
                if (violation == "websocket-on-http") await send(new WebSocketAcceptMessage());
                await send(new HttpResponseBodyMessage("x"u8.ToArray()));
                if (violation == "body-after-end") await send(new HttpResponseBodyMessage("y"u8.ToArray()));
                error.TrySetResult(null);
            }
            catch (Exception exception)
            {
                error.TrySetResult(exception);
                throw;
            }
        });

        try { await host.Client.GetAsync("/"); }
        catch (HttpRequestException) { }

        var thrown = await error.Task.WaitAsync(Patience);
        var invalid = Assert.IsType<InvalidOperationException>(thrown);
        Assert.StartsWith("Received '", invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebSocket_AcceptAfterClose_ThrowsInvalidOperation()
    {
        var error = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await StartWebSocketAsync(async (scope, receive, send) =>
        {
            await receive();
            await send(new WebSocketAcceptMessage());
            await send(new WebSocketCloseMessage());
            try
            {
                await send(new WebSocketAcceptMessage());
                error.TrySetResult(null);
            }
            catch (InvalidOperationException exception)
            {
                error.TrySetResult(exception);
            }
        });

        await using var ws = await host.ConnectWebSocketAsync("/");
        await ws.ReceiveCloseAsync().WaitAsync(Patience);

        var thrown = await error.Task.WaitAsync(Patience);
        Assert.Equal("Received 'websocket.accept' after 'websocket.close': the WebSocket is closed.", thrown?.Message);
    }
}
