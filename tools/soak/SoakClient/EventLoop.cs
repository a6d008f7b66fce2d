namespace Starlette.Soak;

/// <summary>One SSE reader: reads numbered events until the soak ends (then drops the stream, as a browser tab
/// closing); a stream the server ends early is an error, and the reader reconnects.</summary>
internal static class EventLoop
{
    public static async Task RunAsync(HttpClient http, Uri uri, Counters counters, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, stop);
                response.EnsureSuccessStatusCode();
                Interlocked.Increment(ref counters.SseStreams);
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop));
                var expected = 0L;
                while (await reader.ReadLineAsync(stop) is { } line)
                {
                    if (!line.StartsWith("data: ", StringComparison.Ordinal)) continue;
                    if (line != $"data: {expected}") Interlocked.Increment(ref counters.SseOutOfOrder);
                    expected++;
                    Interlocked.Increment(ref counters.SseEvents);
                }

                Interlocked.Increment(ref counters.SseErrors);
                Console.Error.WriteLine("sse stream ended by the server");
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException)
            {
                Interlocked.Increment(ref counters.SseErrors);
                Console.Error.WriteLine($"sse error: {exception.GetType().Name}: {exception.Message}");
            }
        }
    }
}
