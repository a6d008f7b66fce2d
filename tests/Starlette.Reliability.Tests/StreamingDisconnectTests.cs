using Starlette.Hosting.Kestrel.Tests;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;

namespace Starlette.Reliability.Tests;

/// <summary>A client that leaves mid-stream stops a producer that ignores its cancellation token within a chunk.</summary>
public class StreamingDisconnectTests
{
    /// <summary>300 chunks, one per 100 ms (30 s in all), never looking at a cancellation token.</summary>
    private sealed class Producer
    {
        public int Produced;
        public readonly TaskCompletionSource Stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async IAsyncEnumerable<string> Chunks()
        {
            try
            {
                for (var i = 0; i < 300; i++)
                {
                    await Task.Delay(100, CancellationToken.None);
                    Interlocked.Increment(ref Produced);
                    yield return $"chunk {i}\n";
                }
            }
            finally
            {
                Stopped.TrySetResult();
            }
        }
    }

    private static StarletteApp App(Producer producer) =>
        new(routes: [new Route("/stream", (Request request) => new StreamingResponse(producer.Chunks(), mediaType: "text/plain"))]);

    [Fact]
    public async Task Kestrel_ClientClosesMidStream_ProducerStopsWithinAChunk()
    {
        var producer = new Producer();
        await using var host = await KestrelHost.StartAsync(App(producer));

        using (var client = await RawConnection.OpenAsync(host.Address))
        {
            await client.SendAsync("GET /stream HTTP/1.1\r\nHost: test\r\n\r\n");
            await client.ReadUntilAsync(text => text.Contains("chunk 2\n", StringComparison.Ordinal));
        }

        await producer.Stopped.Task.WaitAsync(Timeouts.Generous); // 30 s if it ran to the end
        Assert.InRange(producer.Produced, 3, 60);
        Assert.Empty(host.Log.Alarms());
    }

    [Fact]
    public async Task TestClient_ResponseDisposedMidStream_ProducerStopsWithinAChunk()
    {
        var producer = new Producer();
        using var client = new TestClient(App(producer));

        using (var response = await client.GetAsync("/stream", HttpCompletionOption.ResponseHeadersRead))
        {
            var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            Assert.Equal("chunk 0", await reader.ReadLineAsync());
            Assert.Equal("chunk 1", await reader.ReadLineAsync());
        }

        await producer.Stopped.Task.WaitAsync(Timeouts.Generous);
        Assert.InRange(producer.Produced, 2, 60);
    }
}
