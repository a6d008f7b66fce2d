using System.Net;
using Starlette.Hosting.Contract;
using Starlette.Types;

namespace Starlette.Testing.Tests;

public class TestClientErrorTests
{
    private sealed class AppException(string message) : Exception(message);

    [Fact]
    public async Task GetAsync_AppThrowsBeforeResponse_ThrowsTheAppsException()
    {
        using var client = new TestClient((scope, receive, send) => throw new AppException("boom"));

        var error = await Assert.ThrowsAsync<AppException>(() => client.GetAsync("/"));
        Assert.Equal("boom", error.Message);
    }

    [Fact]
    public async Task GetAsync_AppThrowsAfterResponseStarted_ThrowsWhileReadingBody()
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            await send(new HttpResponseStartMessage(200));
            await send(new HttpResponseBodyMessage("part"u8.ToArray(), moreBody: true));
            throw new AppException("late");
        });

        await Assert.ThrowsAsync<AppException>(() => client.GetAsync("/"));
    }

    [Fact]
    public async Task GetAsync_AppThrowsAfterFullResponse_StillThrows()
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            await Apps.TextAsync(send, "done");
            throw new AppException("background");
        });

        await Assert.ThrowsAsync<AppException>(() => client.GetAsync("/"));
    }

    [Fact]
    public async Task GetAsync_RaiseServerExceptionsOff_Gives500()
    {
        using var client = new TestClient((scope, receive, send) => throw new AppException("boom"), new TestClientOptions { RaiseServerExceptions = false });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task GetAsync_AppSendsNothing_ThrowsNoResponse()
    {
        using var client = new TestClient((scope, receive, send) => ValueTask.CompletedTask);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/"));
        Assert.Equal("TestClient did not receive any response.", error.Message);
    }

    [Fact]
    public async Task GetAsync_AppSendsNothingWithRaiseOff_Gives500()
    {
        using var client = new TestClient((scope, receive, send) => ValueTask.CompletedTask, new TestClientOptions { RaiseServerExceptions = false });

        Assert.Equal(HttpStatusCode.InternalServerError, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task GetAsync_WebSocketUrl_PointsToWebSocketConnect()
    {
        using var client = new TestClient((scope, receive, send) => ValueTask.CompletedTask);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("ws://testserver/"));
        Assert.Contains("WebSocketConnectAsync", error.Message, StringComparison.Ordinal);
    }
}
