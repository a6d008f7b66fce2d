
namespace Starlette.Broadcast.Tests;

internal static class Reading
{
    /// <summary>Reads <paramref name="count"/> messages, failing after 10 s instead of hanging.</summary>
    public static async Task<List<BroadcastMessage>> TakeAsync(this IAsyncEnumerator<BroadcastMessage> reader, int count)
    {
        var messages = new List<BroadcastMessage>(count);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (messages.Count < count)
        {
            var next = reader.MoveNextAsync().AsTask();
            if (await Task.WhenAny(next, Task.Delay(Timeout.Infinite, timeout.Token)) != next)
                throw new TimeoutException($"Only {messages.Count} of {count} messages arrived.");
            if (!await next) throw new InvalidOperationException($"The subscription ended after {messages.Count} of {count} messages.");
            messages.Add(reader.Current);
        }

        return messages;
    }

    public static async Task<Broadcast> ConnectedAsync(BroadcastOptions? options = null, IBroadcastBackend? backend = null)
    {
        var broadcast = backend is null ? new Broadcast(options) : new Broadcast(backend, options);
        await broadcast.ConnectAsync();
        return broadcast;
    }
}
