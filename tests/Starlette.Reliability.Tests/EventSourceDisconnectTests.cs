using System.Runtime.CompilerServices;
using Starlette.Hosting.Kestrel.Tests;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;

namespace Starlette.Reliability.Tests;

/// <summary>A client that leaves a live event stream ends the app's event generator: its <c>finally</c> runs.</summary>
public class EventSourceDisconnectTests
{
    private sealed class Events
    {
        public readonly TaskCompletionSource FinallyRan = new(TaskCreationOptions.RunContinuationsAsynchronously);

        // One event, then waits for the next one (an idle feed), observing the token as a well-behaved generator does.
        public async IAsyncEnumerable<ServerSentEvent> Idle([EnumeratorCancellation] CancellationToken token = default)
        {
            try
            {
                yield return new ServerSentEvent("hello");
                await Task.Delay(Timeout.Infinite, token);
            }
            finally
            {
                FinallyRan.TrySetResult();
            }
        }

        // An event every 100 ms for 30 s, never looking at a token.
        public async IAsyncEnumerable<ServerSentEvent> Busy()
        {
            try
            {
                for (var i = 0; i < 300; i++)
                {
                    await Task.Delay(100, CancellationToken.None);
                    yield return new ServerSentEvent($"tick {i}");
                }
            }
            finally
            {
                FinallyRan.TrySetResult();
            }
        }
    }

    private static StarletteApp App(Func<IAsyncEnumerable<ServerSentEvent>> events) =>
        new(routes: [new Route("/events", (Request request) => new EventSourceResponse(events(), ping: TimeSpan.FromSeconds(30)))]);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Kestrel_ClientLeaves_GeneratorFinallyRuns(bool idle)
    {
        var events = new Events();
        await using var host = await KestrelHost.StartAsync(App(idle ? () => events.Idle() : () => events.Busy()), logLevel: Microsoft.Extensions.Logging.LogLevel.Debug);

        using (var client = await RawConnection.OpenAsync(host.Address))
        {
            await client.SendAsync("GET /events HTTP/1.1\r\nHost: test\r\n\r\n");
            await client.ReadUntilAsync(text => text.Contains(idle ? "data: hello" : "data: tick 1", StringComparison.Ordinal));
        }

        await events.FinallyRan.Task.WaitAsync(Timeouts.Generous);
        await Timeouts.EventuallyAsync(() => host.Log.Entries.Any(e => e.Message.StartsWith("Client disconnected", StringComparison.Ordinal)), "the host saw the client leave");
        Assert.Empty(host.Log.Alarms());
    }

    [Fact]
    public async Task TestClient_ResponseDisposed_GeneratorFinallyRuns()
    {
        var events = new Events();
        using var client = new TestClient(App(() => events.Idle()));

        using (var response = await client.GetAsync("/events", HttpCompletionOption.ResponseHeadersRead))
        {
            var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            Assert.Equal("data: hello", await reader.ReadLineAsync());
        }

        await events.FinallyRan.Task.WaitAsync(Timeouts.Generous);
    }
}
