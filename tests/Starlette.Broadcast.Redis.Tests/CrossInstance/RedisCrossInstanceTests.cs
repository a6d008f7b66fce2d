using Starlette.Broadcast.Tests.CrossInstance;

namespace Starlette.Broadcast.Redis.Tests.CrossInstance;

public class RedisCrossInstanceTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [SkippableFact]
    public async Task Publish_1000MessagesOnA_Reach100SubscribersOnBInOrderNoneLost()
    {
        var server = await redis.GetAsync();
        await using var a = await BroadcastInstance.StartAsync(new RedisBroadcastBackend(server.Url));
        await using var b = await BroadcastInstance.StartAsync(new RedisBroadcastBackend(server.Url));
        var clients = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => b.SubscribeAsync("fanout")));

        var readers = clients.Select(async client =>
        {
            var received = new List<string>(1000);
            for (var i = 0; i < 1000; i++) received.Add(await BroadcastInstance.ReceiveTextAsync(client));
            return received;
        }).ToArray();
        await a.PublishAsync("fanout", 1000);
        var results = await Task.WhenAll(readers);

        var expected = Enumerable.Range(0, 1000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(results, received => Assert.Equal(expected, received));
        foreach (var client in clients) client.Dispose();
    }
}
