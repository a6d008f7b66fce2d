using Starlette.Hosting.Contract;
using Starlette.Types;

namespace Starlette.Testing.Tests;

public class TestClientLifespanTests
{
    private sealed class StartupError(string message) : Exception(message);

    [Fact]
    public async Task StartLifespanAsync_CanRunAgainAfterDispose() // upstream test_use_testclient_as_contextmanager
    {
        var events = new List<string>();
        using var client = new TestClient(async (scope, receive, send) =>
        {
            if (scope.Type == ScopeType.Lifespan)
                await Apps.LifespanAsync(receive, send, () => events.Add("startup"), () => events.Add("shutdown"));
            else
                await Apps.TextAsync(send, "ok");
        });

        await using (await client.StartLifespanAsync())
            Assert.Equal("ok", await client.GetStringAsync("/"));
        Assert.Equal("ok", await client.GetStringAsync("/")); // outside the lifespan, requests still run
        await using (await client.StartLifespanAsync())
            Assert.Equal(["startup", "shutdown", "startup"], events);

        Assert.Equal(["startup", "shutdown", "startup", "shutdown"], events);
    }

    [Fact]
    public async Task StartLifespanAsync_AlreadyRunning_Throws()
    {
        using var client = new TestClient((scope, receive, send) => Apps.LifespanAsync(receive, send));
        await using var lifespan = await client.StartLifespanAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.StartLifespanAsync());
    }

    [Fact]
    public async Task StartLifespanAsync_AppThrowsInStartup_PropagatesTheException() // upstream test_error_on_startup
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            await receive();
            await send(new LifespanStartupFailedMessage("Startup error"));
            throw new StartupError("Startup error");
        });

        var error = await Assert.ThrowsAsync<StartupError>(() => client.StartLifespanAsync());
        Assert.Equal("Startup error", error.Message);
    }

    [Fact]
    public async Task StartLifespanAsync_MiddlewareThrowsImmediately_Propagates() // upstream test_exception_in_middleware
    {
        using var client = new TestClient((scope, receive, send) => throw new StartupError("broken middleware"));

        await Assert.ThrowsAsync<StartupError>(() => client.StartLifespanAsync());
    }

    [Fact]
    public async Task StartLifespanAsync_AppWithoutLifespan_IsFine()
    {
        var app = TestApps.Text(_ => "ok");
        using var client = new TestClient((scope, receive, send) => scope.Type == ScopeType.Lifespan ? ValueTask.CompletedTask : app(scope, receive, send));

        await using var lifespan = await client.StartLifespanAsync();

        Assert.False(lifespan.IsRunning);
    }

    [Fact]
    public async Task DisposeAsync_ShutdownFails_ThrowsWithAppMessage()
    {
        var client = new TestClient(async (scope, receive, send) =>
        {
            await receive();
            await send(LifespanStartupCompleteMessage.Instance);
            await receive();
            await send(new LifespanShutdownFailedMessage("could not flush"));
        });
        await client.StartLifespanAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.DisposeAsync().AsTask());
        Assert.Equal("Lifespan shutdown failed: could not flush", error.Message);
    }

    [Fact]
    public async Task StartLifespanAsync_AppAnswersStartupWithShutdownComplete_ThrowsNamingTheExpectedReplies()
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            await receive();
            await send(LifespanShutdownCompleteMessage.Instance);
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.StartLifespanAsync());

        Assert.Equal("Expected 'lifespan.startup.complete' or 'lifespan.startup.failed', but the app sent 'lifespan.shutdown.complete'.", error.Message);
    }

    [Fact]
    public async Task DisposeAsync_AppAnswersShutdownWithStartupComplete_ThrowsNamingTheExpectedReplies()
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            await receive();
            await send(LifespanStartupCompleteMessage.Instance);
            await receive();
            await send(LifespanStartupCompleteMessage.Instance);
        });
        var lifespan = await client.StartLifespanAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => lifespan.DisposeAsync().AsTask());

        Assert.Equal("Expected 'lifespan.shutdown.complete' or 'lifespan.shutdown.failed', but the app sent 'lifespan.startup.complete'.", error.Message);
    }

    [Fact]
    public async Task StartLifespanAsync_AppSendsAnHttpMessage_ThrowsInTheAppNamingTheRule()
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            await receive();
            await send(new HttpResponseStartMessage(200));
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.StartLifespanAsync());

        Assert.Equal("Received 'http.response.start' on a lifespan connection: only lifespan.* messages can be sent there.", error.Message);
    }

    [Fact]
    public async Task DisposeAsync_LifespanRunning_ShutsItDownThenDisposesTheClient()
    {
        var events = new List<string>();
        var client = new TestClient((scope, receive, send) => Apps.LifespanAsync(receive, send, () => events.Add("startup"), () => events.Add("shutdown")));
        await client.StartLifespanAsync();

        await client.DisposeAsync();

        Assert.Equal(["startup", "shutdown"], events);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.GetAsync("/"));
    }
}

