using System.Net;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Testing;
using Starlette.Types;
using static Starlette.Routing.Tests.TestApps;

namespace Starlette.Routing.Tests;

public class LifespanTests
{
    [Fact]
    public async Task InvokeAsync_StateWithoutServerSupport_FailsStartup()
    {
        var app = new Routing.Router(
            [new Mount("/", new PlainTextResponse("hello, world").ToApp())],
            lifespan: _ => ValueTask.FromResult<LifespanHandle?>(new LifespanHandle(new Dictionary<string, object?> { ["foo"] = "bar" })));
        AsgiApp noState = (scope, receive, send) =>
        {
            scope.State = null;
            return app.InvokeAsync(scope, receive, send);
        };
        using var client = new TestClient(noState);
        var error = await Assert.ThrowsAnyAsync<Exception>(() => client.StartLifespanAsync());
        Assert.Contains("The server does not support \"state\" in the lifespan scope", error.ToString(), StringComparison.Ordinal);
    } // upstream test_lifespan_state_unsupported

    [Fact]
    public async Task InvokeAsync_LifespanState_CopiedIntoRequestsAndShutdownRuns()
    {
        var startupComplete = false;
        var shutdownComplete = false;
        var items = new List<int>();
        Response HelloWorld(Request request)
        {
            var state = request.Scope.State!;
            Assert.Equal(0, state["count"]);
            state["count"] = (int)state["count"]! + 1;
            ((List<int>)state["items"]!).Add(1);
            return new PlainTextResponse("hello, world");
        }

        Dictionary<string, object?>? lifespanState = null;
        var app = new Routing.Router([new Route("/", HelloWorld)], lifespan: _ =>
        {
            startupComplete = true;
            lifespanState = new Dictionary<string, object?> { ["count"] = 0, ["items"] = items };
            return ValueTask.FromResult<LifespanHandle?>(new LifespanHandle(lifespanState, () =>
            {
                shutdownComplete = true;
                return ValueTask.CompletedTask;
            }));
        });

        Assert.False(startupComplete);
        using var client = new TestClient(app);
        await using (await client.StartLifespanAsync())
        {
            Assert.True(startupComplete);
            Assert.False(shutdownComplete);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }

        Assert.True(shutdownComplete);
        Assert.Equal(0, client.AppState["count"]);
        Assert.Equal([1, 1], items);
    } // upstream test_lifespan_state_async_cm

    [Fact]
    public async Task InvokeAsync_StartupThrows_SendsStartupFailedAndRethrows()
    {
        var router = new Routing.Router(lifespan: _ => throw new InvalidOperationException("boom"));
        string? failure = null;
        AsgiApp app = (scope, receive, send) => router.InvokeAsync(scope, receive, message =>
        {
            if (message is LifespanStartupFailedMessage failed) failure = failed.Message;
            return send(message);
        });
        using var client = new TestClient(app);
        await Assert.ThrowsAnyAsync<Exception>(() => client.StartLifespanAsync());
        Assert.Contains("InvalidOperationException: boom", failure, StringComparison.Ordinal);
    } // upstream test_raise_on_startup

    [Fact]
    public async Task InvokeAsync_ShutdownThrows_SendsShutdownFailedAndRethrows()
    {
        var router = new Routing.Router(lifespan: _ => ValueTask.FromResult<LifespanHandle?>(
            new LifespanHandle(shutdown: () => throw new InvalidOperationException("Shutdown failed"))));
        string? failure = null;
        AsgiApp app = (scope, receive, send) => router.InvokeAsync(scope, receive, message =>
        {
            if (message is LifespanShutdownFailedMessage failed) failure = failed.Message;
            return send(message);
        });
        using var client = new TestClient(app);
        var lifespan = await client.StartLifespanAsync();
        var error = await Assert.ThrowsAnyAsync<Exception>(async () => await lifespan.DisposeAsync());
        Assert.Contains("Shutdown failed", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Shutdown failed", failure, StringComparison.Ordinal);
    } // upstream test_raise_on_shutdown

    [Fact]
    public async Task InvokeAsync_NoLifespan_CompletesStartupAndShutdown()
    {
        var messages = new List<string>();
        var router = new Routing.Router([new Route("/", Homepage)]);
        AsgiApp app = (scope, receive, send) => router.InvokeAsync(scope, receive, message =>
        {
            messages.Add(message.Type);
            return send(message);
        });
        using var client = new TestClient(app);
        await using (await client.StartLifespanAsync())
        {
        }

        Assert.Equal(["lifespan.startup.complete", "lifespan.shutdown.complete"], messages);
    }

    [Fact]
    public async Task FromEvents_Handlers_RunInOrderAtStartupAndShutdown()
    {
        var calls = new List<string>();
        Func<ValueTask> Record(string name) => () =>
        {
            calls.Add(name);
            return ValueTask.CompletedTask;
        };
        var router = new Routing.Router(lifespan: Lifespans.FromEvents([Record("start1"), Record("start2")], [Record("stop")]));
        using var client = new TestClient(router);
        await using (await client.StartLifespanAsync())
        {
            Assert.Equal(["start1", "start2"], calls);
        }

        Assert.Equal(["start1", "start2", "stop"], calls);
    }
}
