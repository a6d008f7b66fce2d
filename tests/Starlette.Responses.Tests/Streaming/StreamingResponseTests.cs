using System.Runtime.CompilerServices;
using Starlette.Testing;
using Starlette.Types;
using static Starlette.Responses.Tests.Harness;

namespace Starlette.Responses.Tests;

public class StreamingResponseTests
{
    private static async IAsyncEnumerable<string> Numbers(int minimum, int maximum)
    {
        for (var i = minimum; i <= maximum; i++)
        {
            yield return i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (i != maximum) yield return ", ";
            await Task.Yield();
        }
    }

    private static IEnumerable<string> SyncNumbers(int minimum, int maximum)
    {
        for (var i = minimum; i <= maximum; i++)
        {
            yield return i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (i != maximum) yield return ", ";
        }
    }

    [Fact]
    public async Task AsyncText_StreamsThenRunsBackground() // upstream test_streaming_response
    {
        var filled = "";
        var cleanup = new BackgroundTask(async () => { await foreach (var part in Numbers(6, 9)) filled += part; });
        using var client = new TestClient(App(_ => new StreamingResponse(Numbers(1, 5), mediaType: "text/plain", background: cleanup)));

        Assert.Equal("1, 2, 3, 4, 5", await client.GetStringAsync("/"));
        Assert.Equal("6, 7, 8, 9", filled);
    }

    private sealed class CustomAsyncEnumerable : IAsyncEnumerable<string>
    {
        public async IAsyncEnumerator<string> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            for (var i = 1; i <= 5; i++)
            {
                await Task.Yield();
                yield return i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    [Fact]
    public async Task CustomAsyncEnumerable_Streams() // upstream test_streaming_response_custom_iterator, test_streaming_response_custom_iterable
    {
        using var client = new TestClient(App(_ => new StreamingResponse(new CustomAsyncEnumerable(), mediaType: "text/plain")));

        Assert.Equal("12345", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task BodyIterator_ReadAndWrapped_SendsTheWrappedChunks()
    {
        static async IAsyncEnumerable<ReadOnlyMemory<byte>> Bracketed(IAsyncEnumerable<ReadOnlyMemory<byte>> chunks)
        {
            await foreach (var chunk in chunks) yield return System.Text.Encoding.UTF8.GetBytes($"[{System.Text.Encoding.UTF8.GetString(chunk.Span)}]");
        }

        var response = new StreamingResponse(Numbers(1, 2), mediaType: "text/plain");
        response.BodyIterator = Bracketed(response.BodyIterator);
        using var client = new TestClient(App(_ => response));

        Assert.Equal("[1][, ][2]", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task SyncSequence_StreamsOffTheRequestThread() // upstream test_sync_streaming_response
    {
        using var client = new TestClient(App(_ => new StreamingResponse(SyncNumbers(1, 5), mediaType: "text/plain")));

        Assert.Equal("1, 2, 3, 4, 5", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task UnknownSize_HasNoContentLength() // upstream test_streaming_response_unknown_size
    {
        using var client = new TestClient(new StreamingResponse(new[] { "hello", "world" }).ToApp());

        Assert.False(HasHeader(await client.GetAsync("/"), "content-length"));
    }

    [Fact]
    public async Task KnownSize_KeepsGivenContentLength() // upstream test_streaming_response_known_size
    {
        using var client = new TestClient(new StreamingResponse(new[] { "hello", "world" }, headers: new Dictionary<string, string> { ["content-length"] = "10" }).ToApp());

        Assert.Equal("10", Header(await client.GetAsync("/"), "content-length"));
    }

    [Fact]
    public async Task ByteChunks_NonUtf8_AreSentAsIs() // upstream test_streaming_response_memoryview
    {
        using var client = new TestClient(new StreamingResponse(new[] { new byte[] { 0xc0 }, new byte[] { 0xf5 } }).ToApp());

        Assert.Equal(new byte[] { 0xc0, 0xf5 }, await client.GetByteArrayAsync("/"));
    }

    private static async IAsyncEnumerable<ReadOnlyMemory<byte>> Forever([EnumeratorCancellation] CancellationToken token = default)
    {
        while (true)
        {
            await Task.Yield();
            token.ThrowIfCancellationRequested();
            yield return "chunk "u8.ToArray();
        }
    }

    [Fact]
    public async Task HttpDisconnect_OnOldSpecHost_StopsTheStream() // upstream test_streaming_response_stops_if_receiving_http_disconnect
    {
        var streamed = 0;
        var disconnected = new TaskCompletionSource();
        var response = new StreamingResponse(Forever());

        await response.ExecuteAsync(
            new Scope(ScopeType.Http),
            async () => { await disconnected.Task; return HttpDisconnectMessage.Instance; },
            message =>
            {
                if (message is HttpResponseBodyMessage body && (streamed += body.Body.Length) >= 16) disconnected.TrySetResult();
                return ValueTask.CompletedTask;
            }).AsTask().WaitAsync(TimeSpan.FromSeconds(15));

        Assert.True(streamed >= 16);
    }

    [Fact]
    public async Task FailingSend_OnSpec24Host_IsClientDisconnect() // upstream test_streaming_response_on_client_disconnects
    {
        var chunks = new List<byte>();
        var streamed = false;
        var response = new StreamingResponse(Forever());

        await Assert.ThrowsAsync<ClientDisconnectException>(() => response.ExecuteAsync(
            new Scope(ScopeType.Http) { SpecVersion = "2.4" },
            () => throw new NotSupportedException(),
            message =>
            {
                if (message is not HttpResponseBodyMessage body) return ValueTask.CompletedTask;
                if (streamed) throw new IOException("gone");
                chunks.AddRange(body.Body.ToArray());
                streamed = true;
                return ValueTask.CompletedTask;
            }).AsTask().WaitAsync(TimeSpan.FromSeconds(15)));

        Assert.Equal("chunk "u8.ToArray(), chunks);
    }

    [Fact]
    public async Task Aborted_StopsTheStream()
    {
        using var aborted = new CancellationTokenSource();
        var sent = 0;

        await new StreamingResponse(Forever()).ExecuteAsync(
            new Scope(ScopeType.Http) { SpecVersion = "2.4", Aborted = aborted.Token },
            () => throw new NotSupportedException(),
            message =>
            {
                if (message is HttpResponseBodyMessage && ++sent == 3) aborted.Cancel();
                return ValueTask.CompletedTask;
            }).AsTask().WaitAsync(TimeSpan.FromSeconds(15));

        Assert.InRange(sent, 3, 4);
    }

    [Fact]
    public async Task Aborted_ProducerIgnoringTheToken_StopsWithinAChunkAndIsDisposed()
    {
        using var aborted = new CancellationTokenSource();
        var produced = 0;
        var disposed = false;
        async IAsyncEnumerable<string> IgnoresToken()
        {
            try
            {
                for (var i = 0; i < 1000; i++)
                {
                    await Task.Yield();
                    produced++;
                    yield return "chunk";
                }
            }
            finally
            {
                disposed = true;
            }
        }

        await new StreamingResponse(IgnoresToken()).ExecuteAsync(
            new Scope(ScopeType.Http) { SpecVersion = "2.4", Aborted = aborted.Token },
            () => throw new NotSupportedException(),
            message =>
            {
                if (message is HttpResponseBodyMessage { MoreBody: true } && produced == 3) aborted.Cancel();
                return ValueTask.CompletedTask;
            }).AsTask().WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(3, produced);
        Assert.True(disposed);
    }

    [Fact]
    public async Task WebSocketScope_SendsDenialAndRunsBackground() // upstream test_streaming_response_runs_background_on_websocket_scope
    {
        var ran = false;
        async IAsyncEnumerable<byte[]> Once() { await Task.Yield(); yield return "chunk"u8.ToArray(); }

        var sent = await CallAsync(new StreamingResponse(Once(), background: new BackgroundTask(() => { ran = true; })), new Scope(ScopeType.WebSocket));

        Assert.True(ran);
        Assert.Equal(["websocket.http.response.start", "websocket.http.response.body", "websocket.http.response.body"], sent.Select(m => m.Type));
    }
}
