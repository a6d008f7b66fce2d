namespace Starlette.Broadcast.Redis.Tests;

public class RedisFaultTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [SkippableFact]
    public async Task RedisKilledAndRestarted_PublishFailsClearlyWhileDown_SubscriptionComesBackAndReportsTheGap()
    {
        await using var server = await Starlette.Testing.Support.External.RedisServer.StartAsync();
        var log = new Starlette.Testing.Support.Logging.LogRecorder();
        var backend = new RedisBroadcastBackend(new RedisBroadcastOptions { Url = server.Url, Logger = log });
        await using var broadcast = new Broadcast(backend);
        await broadcast.ConnectAsync();
        await using var subscription = await broadcast.SubscribeAsync("faults");
        var gaps = new List<BroadcastGapEventArgs>();
        subscription.MessagesMayHaveBeenMissed += (_, gap) => gaps.Add(gap);
        var reader = subscription.GetAsyncEnumerator();
        await broadcast.PublishAsync("faults", "before");
        Assert.Equal("before", (await reader.TakeAsync(1))[0].Text);

        await server.KillAsync();
        await Eventually.WaitUntilAsync(() => !broadcast.IsConnected);
        var error = await Assert.ThrowsAsync<BroadcastUnavailableException>(() => broadcast.PublishAsync("faults", "lost").AsTask());
        Assert.Contains("was not published", error.Message, StringComparison.Ordinal);
        var history = await Assert.ThrowsAsync<BroadcastUnavailableException>(() => backend.ReadHistoryAsync("faults", BroadcastHistoryQuery.Last(5), default).AsTask());
        Assert.Contains("could not read the history of 'faults'", history.Message, StringComparison.Ordinal);
        var subscribe = await Assert.ThrowsAsync<BroadcastUnavailableException>(() => backend.SubscribeAsync("elsewhere", default).AsTask());
        Assert.Contains("could not subscribe to 'elsewhere'", subscribe.Message, StringComparison.Ordinal);

        await server.StartAgainAsync();
        await Eventually.WaitUntilAsync(() => subscription.GapCount == 1 && broadcast.IsConnected);
        await broadcast.PublishAsync("faults", "after");

        Assert.Equal("after", (await reader.TakeAsync(1))[0].Text);
        Assert.True(subscription.MayHaveMissedMessages);
        Assert.Equal(BroadcastGapReason.ConnectionLost, Assert.Single(gaps).Reason);
        Assert.Contains(log.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Message.StartsWith("Lost the ", StringComparison.Ordinal));
        Assert.Contains(log.Entries, e => e.Message.EndsWith("is back.", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task ConnectAsync_NothingListening_ThrowsBroadcastUnavailable()
    {
        var port = Starlette.Testing.Support.Network.FreePort.Next();
        await using var broadcast = new Broadcast(new RedisBroadcastBackend($"redis://127.0.0.1:{port}"));

        var error = await Assert.ThrowsAsync<BroadcastUnavailableException>(() => broadcast.ConnectAsync().AsTask());

        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task History_AfterAnId_ReplaysExactlyTheMissedMessagesThenLive()
    {
        var server = await redis.GetAsync();
        await using var broadcast = new Broadcast(new RedisBroadcastBackend(server.Url));
        await broadcast.ConnectAsync();
        var ids = new List<string>();
        for (var i = 1; i <= 5; i++) ids.Add(await broadcast.PublishAsync("history", $"m{i}"));
        await broadcast.PublishAsync("history", new byte[] { 1, 2 });

        await using var subscription = await broadcast.SubscribeAsync("history", new BroadcastSubscriptionOptions { After = ids[1] });
        await broadcast.PublishAsync("history", "live");
        var messages = await subscription.GetAsyncEnumerator().TakeAsync(5);
        var last = await broadcast.GetHistoryAsync("history", BroadcastHistoryQuery.Last(2));

        Assert.Equal(["m3", "m4", "m5"], messages.Take(3).Select(m => m.Text));
        Assert.Equal(ids[2..], messages.Take(3).Select(m => m.Id));
        Assert.False(messages[3].IsText);
        Assert.Equal(new byte[] { 1, 2 }, messages[3].Data.ToArray());
        Assert.Equal("live", messages[4].Text);
        Assert.Equal(0, subscription.GapCount);
        Assert.Equal([messages[3].Id, messages[4].Id], last.Messages.Select(m => m.Id));
    }

    [SkippableFact]
    public async Task History_MoreMessagesThanTheLimit_SaysItMayBeIncomplete()
    {
        var server = await redis.GetAsync();
        await using var broadcast = new Broadcast(new RedisBroadcastBackend(new RedisBroadcastOptions { Url = server.Url, KeyPrefix = "limit:" }));
        await broadcast.ConnectAsync();
        var first = await broadcast.PublishAsync("c", "1");
        await broadcast.PublishAsync("c", "2");
        await broadcast.PublishAsync("c", "3");

        var cut = await broadcast.GetHistoryAsync("c", BroadcastHistoryQuery.AfterId(first, 1));
        var whole = await broadcast.GetHistoryAsync("c", BroadcastHistoryQuery.AfterId(first, 10));

        Assert.Equal(["2"], cut.Messages.Select(m => m.Text));
        Assert.True(cut.MayBeIncomplete);
        Assert.Equal(["2", "3"], whole.Messages.Select(m => m.Text));
        Assert.False(whole.MayBeIncomplete);
        await Assert.ThrowsAsync<ArgumentException>(() => broadcast.GetHistoryAsync("c", BroadcastHistoryQuery.AfterId("not-an-id", 10)).AsTask());
    }
}
