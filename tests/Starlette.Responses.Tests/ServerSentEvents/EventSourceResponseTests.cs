using Starlette.Testing;
using Starlette.Types;
using static Starlette.Responses.Tests.Harness;

namespace Starlette.Responses.Tests;

public class EventSourceResponseTests
{
    private static async IAsyncEnumerable<ServerSentEvent> Events(params ServerSentEvent[] events)
    {
        foreach (var e in events)
        {
            await Task.Yield();
            yield return e;
        }
    }

    [Fact]
    public async Task Events_AreEncodedWithEveryField()
    {
        using var client = new TestClient(App(_ => new EventSourceResponse(Events(
            new ServerSentEvent("hello", Event: "greeting", Id: "1", Retry: 3000),
            new ServerSentEvent("line one\nline two"),
            new ServerSentEvent(Comment: "just a comment")))));

        var response = await client.GetAsync("/");

        Assert.Equal(
            "id: 1\r\nevent: greeting\r\ndata: hello\r\nretry: 3000\r\n\r\n" +
            "data: line one\r\ndata: line two\r\n\r\n" +
            ": just a comment\r\n\r\n",
            await response.Content.ReadAsStringAsync());
        Assert.Equal("text/event-stream; charset=utf-8", Header(response, "content-type"));
        Assert.Equal("no-store", Header(response, "cache-control"));
        Assert.Equal("no", Header(response, "x-accel-buffering"));
        Assert.False(HasHeader(response, "content-length"));
    }

    [Fact]
    public async Task Strings_AreDataOnlyEventsWithChosenSeparator()
    {
        async IAsyncEnumerable<ServerSentEvent> Two() { await Task.Yield(); yield return new("a"); yield return new("b"); }
        using var client = new TestClient(App(_ => new EventSourceResponse(Two(), lineSeparator: "\n")));

        Assert.Equal("data: a\n\ndata: b\n\n", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Silence_SendsPingComments()
    {
        var release = new TaskCompletionSource();
        async IAsyncEnumerable<string> Slow() { await release.Task; yield return "late"; }
        var pings = 0;
        var response = new EventSourceResponse(Slow(), ping: TimeSpan.FromMilliseconds(20));

        await response.ExecuteAsync(new Scope(ScopeType.Http) { SpecVersion = "2.4" }, () => throw new NotSupportedException(), message =>
        {
            if (message is HttpResponseBodyMessage body && System.Text.Encoding.UTF8.GetString(body.Body.Span).StartsWith(": ping - ", StringComparison.Ordinal) && ++pings == 2)
                release.TrySetResult();
            return ValueTask.CompletedTask;
        }).AsTask().WaitAsync(TimeSpan.FromSeconds(15));

        Assert.True(pings >= 2);
    }

    [Fact]
    public async Task ClientGone_StopsTheStream()
    {
        async IAsyncEnumerable<ServerSentEvent> Forever([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token = default)
        {
            for (var i = 0; ; i++)
            {
                await Task.Delay(1, token);
                yield return new ServerSentEvent(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        using var aborted = new CancellationTokenSource();
        var events = 0;
        await new EventSourceResponse(Forever()).ExecuteAsync(new Scope(ScopeType.Http) { SpecVersion = "2.4", Aborted = aborted.Token }, () => throw new NotSupportedException(), message =>
        {
            if (message is HttpResponseBodyMessage { Body.Length: > 0 } && ++events == 3) aborted.Cancel();
            return ValueTask.CompletedTask;
        }).AsTask().WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(3, events);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ClientGone_WhileGeneratorWaits_GeneratorFinallyRuns(bool observesToken)
    {
        var finallyRan = false;
        using var release = new SemaphoreSlim(0);
        async IAsyncEnumerable<ServerSentEvent> Waits([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token = default)
        {
            try
            {
                yield return new ServerSentEvent("first");
                if (observesToken) await Task.Delay(Timeout.Infinite, token);
                else await release.WaitAsync(CancellationToken.None); // ignores the token: ends when its next event comes
                yield return new ServerSentEvent("second");
            }
            finally
            {
                finallyRan = true;
            }
        }

        using var aborted = new CancellationTokenSource();
        var running = new EventSourceResponse(Waits(), ping: TimeSpan.FromSeconds(30)).ExecuteAsync(
            new Scope(ScopeType.Http) { SpecVersion = "2.4", Aborted = aborted.Token }, () => throw new NotSupportedException(), message =>
            {
                if (message is HttpResponseBodyMessage { Body.Length: > 0 }) aborted.Cancel(); // the client leaves after the first event
                return ValueTask.CompletedTask;
            }).AsTask();
        if (!observesToken)
        {
            await Task.Delay(50);
            release.Release();
        }

        await running.WaitAsync(TimeSpan.FromSeconds(15)); // no NotSupportedException from disposing a running generator
        Assert.True(finallyRan);
    }

    [Theory]
    [InlineData("a\nb")]
    [InlineData("a\rb")]
    public void Encode_LineBreakInIdOrEvent_Throws(string value)
    {
        Assert.Throws<ArgumentException>(() => new ServerSentEvent("x", Id: value).Encode());
        Assert.Throws<ArgumentException>(() => new ServerSentEvent("x", Event: value).Encode());
    }

    [Fact]
    public void Constructor_BadSeparator_Throws()
    {
        Assert.Throws<ArgumentException>(() => new EventSourceResponse(Events(), lineSeparator: ";"));
    }
}
