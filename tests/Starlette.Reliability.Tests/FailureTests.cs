using System.Net;
using Microsoft.Extensions.Logging;
using Starlette.Hosting.Kestrel.Tests;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Types;

namespace Starlette.Reliability.Tests;

/// <summary>What the client sees when the app fails late, and that the server stays up.</summary>
public class FailureTests
{
    [Fact]
    public async Task ExceptionAfterStart_Chunked_NoCleanEnd()
    {
        var clientHasBoth = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async IAsyncEnumerable<string> FailAfterTwoChunks()
        {
            yield return "first\n";
            yield return "second\n";
            await clientHasBoth.Task; // the chunks reached the client: what it sees next is the failure alone
            throw new InvalidOperationException("producer failed");
        }

        var app = new StarletteApp(routes: [new Route("/stream", (Request request) => new StreamingResponse(FailAfterTwoChunks()))]);
        await using var host = await KestrelHost.StartAsync(app);

        using var client = await RawConnection.OpenAsync(host.Address);
        await client.SendAsync("GET /stream HTTP/1.1\r\nHost: test\r\n\r\n");
        await client.ReadUntilAsync(text => text.Contains("second\n", StringComparison.Ordinal));
        clientHasBoth.TrySetResult();
        var received = await client.ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 200", received, StringComparison.Ordinal);
        Assert.Contains("transfer-encoding: chunked", received, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("second\n\r\n", received, StringComparison.Ordinal); // no terminating 0-length chunk: visibly truncated
        Assert.Contains(host.Log.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message == "producer failed");
    }

    [Fact]
    public async Task ExceptionAfterStart_ContentLength_ClosedShortOfTheLength()
    {
        var clientHasTen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        AsgiApp app = async (scope, receive, send) =>
        {
            await send(new HttpResponseStartMessage(200, [new("content-length", "100")]));
            await send(new HttpResponseBodyMessage("0123456789"u8.ToArray(), moreBody: true));
            await clientHasTen.Task;
            throw new InvalidOperationException("failed after 10 of 100 bytes");
        };
        await using var host = await KestrelHost.StartAsync(new StarletteApp(routes: [new Route("/", app)]));

        using var client = await RawConnection.OpenAsync(host.Address);
        await client.SendAsync("GET / HTTP/1.1\r\nHost: test\r\n\r\n");
        await client.ReadUntilAsync(text => text.EndsWith("0123456789", StringComparison.Ordinal));
        clientHasTen.TrySetResult();
        var received = await client.ReadToEndAsync(); // the server closes the connection 90 bytes short

        Assert.Contains("content-length: 100", received, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("\r\n\r\n0123456789", received, StringComparison.Ordinal);
        Assert.Contains(host.Log.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message == "failed after 10 of 100 bytes");
    }

    [Fact]
    public async Task ExceptionInBackgroundTask_LoggedAndServerStaysUp()
    {
        var app = new StarletteApp(routes:
        [
            new Route("/", (Request request) => new PlainTextResponse("sent", background: new BackgroundTask(() => throw new InvalidOperationException("background failed")))),
            new Route("/next", (Request request) => new PlainTextResponse("still up")),
        ]);
        await using var host = await KestrelHost.StartAsync(app);

        Assert.Equal("sent", await host.Client.GetStringAsync("/"));
        await Timeouts.EventuallyAsync(() => host.Log.Entries.Any(e => e.Level == LogLevel.Error && e.Exception?.Message == "background failed"), "the failure is logged");

        var next = await host.Client.GetAsync("/next");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal("still up", await next.Content.ReadAsStringAsync());
    }
}
