using StackExchange.Redis;

namespace Starlette.Broadcast.Redis.Tests;

/// <summary>The Redis backend's history edges: a resume past the trimmed part of a stream, no history, and what a subscriber never sees.</summary>
public class RedisHistoryTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [SkippableFact]
    public async Task Resume_IdOlderThanTheTrimmedHistory_IsReportedAsAGap()
    {
        var server = await redis.GetAsync();
        await using var broadcast = new Broadcast(new RedisBroadcastBackend(new RedisBroadcastOptions { Url = server.Url, KeyPrefix = "trim:", HistoryLength = 10 }));
        await broadcast.ConnectAsync();
        var first = await broadcast.PublishAsync("t", "first");
        for (var i = 0; i < 299; i++) await broadcast.PublishAsync("t", $"{i}");
        var recent = (await broadcast.GetHistoryAsync("t", BroadcastHistoryQuery.Last(3))).Messages[0].Id;

        var cut = await broadcast.GetHistoryAsync("t", BroadcastHistoryQuery.AfterId(first, 1000));
        var kept = await broadcast.GetHistoryAsync("t", BroadcastHistoryQuery.AfterId(recent, 1000));
        await using var subscription = await broadcast.SubscribeAsync("t", new BroadcastSubscriptionOptions { After = first });
        var replayed = await subscription.GetAsyncEnumerator().TakeAsync(cut.Messages.Count);

        Assert.True(cut.MayBeIncomplete);
        Assert.InRange(cut.Messages.Count, 10, 250);                      // MAXLEN ~ trims whole blocks, keeps at least 10
        Assert.Equal("298", cut.Messages[^1].Text);
        Assert.DoesNotContain(cut.Messages, m => m.Text == "first");
        Assert.False(kept.MayBeIncomplete);
        Assert.Equal(["297", "298"], kept.Messages.Select(m => m.Text));
        Assert.Equal(cut.Messages.Select(m => m.Id), replayed.Select(m => m.Id));
        Assert.Equal(1, subscription.GapCount);
        Assert.True(subscription.MayHaveMissedMessages);
        Assert.True(broadcast.Backend.CompareIds(first, recent) < 0);   // stream order, which resume relies on
        Assert.Null(broadcast.Backend.CompareIds("not-an-id", recent));
    }

    [SkippableFact]
    public async Task Resume_UnknownChannel_IsEmptyAndComplete()
    {
        var server = await redis.GetAsync();
        await using var broadcast = new Broadcast(new RedisBroadcastBackend(new RedisBroadcastOptions { Url = server.Url, KeyPrefix = "empty:" }));
        await broadcast.ConnectAsync();

        var history = await broadcast.GetHistoryAsync("nothing-here", BroadcastHistoryQuery.AfterId("1-0", 10));

        Assert.Empty(history.Messages);
        Assert.False(history.MayBeIncomplete);
    }

    [SkippableFact]
    public async Task HistoryLength0_KeepsNoHistoryButStillFansOut()
    {
        var server = await redis.GetAsync();
        await using var broadcast = new Broadcast(new RedisBroadcastBackend(new RedisBroadcastOptions { Url = server.Url, KeyPrefix = "none:", HistoryLength = 0 }));
        await broadcast.ConnectAsync();
        await using var subscription = await broadcast.SubscribeAsync("c");

        await broadcast.PublishAsync("c", "a");
        await broadcast.PublishAsync("c", "b");
        var live = await subscription.GetAsyncEnumerator().TakeAsync(2);
        var history = await broadcast.GetHistoryAsync("c", BroadcastHistoryQuery.Last(10));

        Assert.Equal(["a", "b"], live.Select(m => m.Text));
        Assert.Empty(history.Messages);
    }

    [SkippableFact]
    public async Task Subscribe_MalformedPayloadOnTheChannel_IsDroppedAndTheNextMessageArrives()
    {
        var server = await redis.GetAsync();
        var log = new Starlette.Testing.Support.Logging.LogRecorder();
        var backend = new RedisBroadcastBackend(new RedisBroadcastOptions { Url = server.Url, KeyPrefix = "bad:", Logger = log });
        await using var broadcast = new Broadcast(backend);
        await broadcast.ConnectAsync();
        await using var subscription = await broadcast.SubscribeAsync("c");
        var reader = subscription.GetAsyncEnumerator();

        await backend.Connection!.GetSubscriber().PublishAsync(RedisChannel.Literal("bad:c"), "no id here");
        await backend.Connection.GetSubscriber().PublishAsync(RedisChannel.Literal("bad:c"), "x1-0\nwrong kind");
        await broadcast.PublishAsync("c", "good");

        Assert.Equal("good", (await reader.TakeAsync(1))[0].Text);
        Assert.Equal(2, log.Entries.Count(e => e.Message == "Dropped a malformed message on Redis channel 'c'."));
    }

    [SkippableFact]
    public async Task Lifecycle_MisuseAndASecondSubscriber_AreHandled()
    {
        var server = await redis.GetAsync();
        var backend = new RedisBroadcastBackend(new RedisBroadcastOptions { Configuration = ConfigurationOptions.Parse($"127.0.0.1:{server.Port}"), KeyPrefix = "life:" });
        await using var broadcast = new Broadcast(backend);
        await Assert.ThrowsAsync<BroadcastUnavailableException>(() => backend.PublishAsync("c", BroadcastPayload.FromText("early"), default).AsTask());
        await broadcast.ConnectAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => new Broadcast(backend).ConnectAsync().AsTask());

        await using (var first = await broadcast.SubscribeAsync("c"))
        await using (var second = await broadcast.SubscribeAsync("c"))
        {
            await broadcast.PublishAsync("c", "both");
            Assert.Equal("both", (await first.GetAsyncEnumerator().TakeAsync(1))[0].Text);
            Assert.Equal("both", (await second.GetAsyncEnumerator().TakeAsync(1))[0].Text);
        }

        await using var again = await broadcast.SubscribeAsync("c");
        await broadcast.PublishAsync("c", "again");
        Assert.Equal("again", (await again.GetAsyncEnumerator().TakeAsync(1))[0].Text);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RedisBroadcastBackend(new RedisBroadcastOptions { HistoryLength = -1 }));
        Assert.Throws<ArgumentNullException>(() => new RedisBroadcastBackend(new RedisBroadcastOptions { KeyPrefix = null! }));
    }
}
