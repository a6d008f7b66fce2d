using Microsoft.Extensions.Logging;
using Starlette.Hosting.Kestrel.Tests;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;

namespace Starlette.Reliability.Tests;

/// <summary>A client that leaves is not an application error: one debug line, nothing at warning or above.</summary>
public class DisconnectLoggingTests
{
    [Fact]
    public async Task ClientLeavesBeforeTheResponse_OneDebugLineNoError()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var app = new StarletteApp(routes:
        [
            new Route("/slow", async (Request request) =>
            {
                entered.TrySetResult();
                try
                {
                    await Timeouts.EventuallyAsync(() => request.Scope.Aborted.IsCancellationRequested, "the client left");
                    return new PlainTextResponse(new string('x', 10_000));
                }
                finally
                {
                    done.TrySetResult();
                }
            }),
        ]);
        await using var host = await KestrelHost.StartAsync(app, logLevel: LogLevel.Debug);

        using (var client = await RawConnection.OpenAsync(host.Address))
        {
            await client.SendAsync("GET /slow HTTP/1.1\r\nHost: test\r\n\r\n");
            await entered.Task.WaitAsync(Timeouts.Generous);
        }

        await done.Task.WaitAsync(Timeouts.Generous);
        await Timeouts.EventuallyAsync(() => host.Log.Entries.Any(e => e.Message.StartsWith("Client disconnected", StringComparison.Ordinal)), "the disconnect is logged");
        var line = Assert.Single(host.Log.Entries, e => e.Message.StartsWith("Client disconnected", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Debug, line.Level);
        Assert.Null(line.Exception);
        Assert.Empty(host.Log.Alarms());
    }

    [Fact]
    public async Task ClientLeavesMidContentLengthBody_NoErrorNoLengthMismatch()
    {
        var app = new StarletteApp(routes:
        [
            new Route("/big", (Request request) => new StreamingResponse(Chunks(), headers: new Dictionary<string, string> { ["content-length"] = "1000000" })),
        ]);
        await using var host = await KestrelHost.StartAsync(app, logLevel: LogLevel.Debug);

        using (var client = await RawConnection.OpenAsync(host.Address))
        {
            await client.SendAsync("GET /big HTTP/1.1\r\nHost: test\r\n\r\n");
            await client.ReadUntilAsync(text => text.Length > 2000);
        }

        await Timeouts.EventuallyAsync(() => host.Log.Entries.Any(e => e.Message.StartsWith("Client disconnected", StringComparison.Ordinal)), "the disconnect is logged");
        Assert.Empty(host.Log.Alarms());
    }

    private static async IAsyncEnumerable<string> Chunks()
    {
        for (var i = 0; i < 1000; i++)
        {
            await Task.Delay(20, CancellationToken.None);
            yield return new string('x', 1000);
        }
    }
}
