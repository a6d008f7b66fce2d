using System.Globalization;

namespace Starlette.Broadcast.Tests.CrossInstance;

/// <summary>
/// The cross-instance test every scale-out backend passes: two app instances on real Kestrel sockets share one
/// server; 1,000 messages published on A reach 100 WebSocket subscribers on B, in order, none lost. A backend's
/// test class derives from this and makes its backends (linked source: the Redis and PostgreSQL test projects).
/// </summary>
public abstract class CrossInstanceTests
{
    /// <summary>A new backend on the shared server (one per instance).</summary>
    protected abstract Task<IBroadcastBackend> CreateBackendAsync();

    [SkippableFact]
    public async Task Publish_1000MessagesOnA_Reach100SubscribersOnBInOrderNoneLost()
    {
        await using var a = await BroadcastInstance.StartAsync(await CreateBackendAsync());
        await using var b = await BroadcastInstance.StartAsync(await CreateBackendAsync());
        var clients = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => b.SubscribeAsync("fanout")));

        var readers = clients.Select(async client =>
        {
            var received = new List<string>(1000);
            for (var i = 0; i < 1000; i++) received.Add(await BroadcastInstance.ReceiveTextAsync(client));
            return received;
        }).ToArray();
        await a.PublishAsync("fanout", 1000);
        var results = await Task.WhenAll(readers);

        var expected = Enumerable.Range(0, 1000).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
        Assert.All(results, received => Assert.Equal(expected, received));
        foreach (var client in clients) client.Dispose();
    }
}
