
namespace Starlette.Broadcast.Tests.Memory;

public class MemoryHistoryTests
{
    [Fact]
    public async Task SubscribeAsync_After_ReplaysExactlyTheMissedMessagesThenGoesLive()
    {
        await using var broadcast = await Connected.BroadcastAsync();
        for (var i = 1; i <= 5; i++) await broadcast.PublishAsync("c", $"m{i}");

        await using var subscription = await broadcast.SubscribeAsync("c", new BroadcastSubscriptionOptions { After = "2" });
        await broadcast.PublishAsync("c", "m6");
        var messages = await subscription.GetAsyncEnumerator().TakeAsync(4);

        Assert.Equal(["m3", "m4", "m5", "m6"], messages.Select(m => m.Text));
        Assert.Equal(["3", "4", "5", "6"], messages.Select(m => m.Id));
        Assert.Equal(0, subscription.GapCount);
    }

    [Fact]
    public async Task SubscribeAsync_Last_ReplaysTheLastN()
    {
        await using var broadcast = await Connected.BroadcastAsync();
        for (var i = 1; i <= 5; i++) await broadcast.PublishAsync("c", $"m{i}");

        await using var subscription = await broadcast.SubscribeAsync("c", new BroadcastSubscriptionOptions { Last = 2 });
        await broadcast.PublishAsync("c", "m6");

        Assert.Equal(["m4", "m5", "m6"], (await subscription.GetAsyncEnumerator().TakeAsync(3)).Select(m => m.Text));
    }

    [Fact]
    public async Task SubscribeAsync_AfterAnIdTheHistoryNoLongerHolds_ReplaysWhatItHasAndReportsTheGap()
    {
        await using var broadcast = await Connected.BroadcastAsync(backend: new MemoryBroadcastBackend(historyLength: 3));
        for (var i = 1; i <= 6; i++) await broadcast.PublishAsync("c", $"m{i}");
        var gaps = new List<BroadcastGapEventArgs>();

        await using var subscription = await broadcast.SubscribeAsync("c", new BroadcastSubscriptionOptions { After = "1" });
        var messages = await subscription.GetAsyncEnumerator().TakeAsync(3);

        Assert.Equal(["m4", "m5", "m6"], messages.Select(m => m.Text));
        Assert.Equal(1, subscription.GapCount);
    }

    [Fact]
    public async Task GetHistoryAsync_LimitCutsTheResume_SaysItMayBeIncomplete()
    {
        await using var broadcast = await Connected.BroadcastAsync();
        for (var i = 1; i <= 5; i++) await broadcast.PublishAsync("c", $"m{i}");

        var history = await broadcast.GetHistoryAsync("c", BroadcastHistoryQuery.AfterId("1", 2));
        var last = await broadcast.GetHistoryAsync("c", BroadcastHistoryQuery.Last(10));
        var none = await broadcast.GetHistoryAsync("other", BroadcastHistoryQuery.Last(10));
        var future = await broadcast.GetHistoryAsync("c", BroadcastHistoryQuery.AfterId("99", 10));

        Assert.Equal(["m2", "m3"], history.Messages.Select(m => m.Text));
        Assert.True(history.MayBeIncomplete);
        Assert.Equal(5, last.Messages.Count);
        Assert.False(last.MayBeIncomplete);
        Assert.Empty(none.Messages);
        Assert.Empty(future.Messages);
        Assert.False(future.MayBeIncomplete);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1-0")]
    public async Task GetHistoryAsync_IdNotASequenceNumber_ThrowsArgumentNamingIt(string id)
    {
        await using var broadcast = await Connected.BroadcastAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => broadcast.GetHistoryAsync("c", BroadcastHistoryQuery.AfterId(id, 10)).AsTask());

        Assert.Contains($"'{id}'", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => broadcast.GetHistoryAsync("c", new BroadcastHistoryQuery(null, -1)).AsTask());
    }

    [Fact]
    public async Task SubscribeAsync_HistoryOnABackendWithoutIt_ThrowsNotSupported()
    {
        await using var broadcast = await Connected.BroadcastAsync(backend: new FakeBackend());

        await Assert.ThrowsAsync<NotSupportedException>(() => broadcast.SubscribeAsync("c", new BroadcastSubscriptionOptions { Last = 1 }).AsTask());
        await Assert.ThrowsAsync<NotSupportedException>(() => broadcast.GetHistoryAsync("c", BroadcastHistoryQuery.Last(1)).AsTask());
    }

    [Fact]
    public async Task SubscribeAsync_HistoryReadFails_ThrowsAndLeavesTheChannel()
    {
        var backend = new FakeBackend(history: true);
        await using var broadcast = await Connected.BroadcastAsync(backend: backend);

        await Assert.ThrowsAsync<InvalidOperationException>(() => broadcast.SubscribeAsync("c", new BroadcastSubscriptionOptions { After = "1" }).AsTask());

        Assert.Equal(["subscribe c", "unsubscribe c"], backend.Calls);
    }

    [Fact]
    public async Task MemoryBackend_HistoryLengthZero_KeepsNone()
    {
        await using var broadcast = await Connected.BroadcastAsync(backend: new MemoryBroadcastBackend(0));
        await broadcast.PublishAsync("c", "x");

        Assert.Empty((await broadcast.GetHistoryAsync("c", BroadcastHistoryQuery.Last(5))).Messages);
    }

    [Fact]
    public async Task MemoryBackend_ConnectedTwice_Throws()
    {
        var backend = new MemoryBroadcastBackend();
        await using var broadcast = await Connected.BroadcastAsync(backend: backend);

        await Assert.ThrowsAsync<InvalidOperationException>(() => new Broadcast(backend).ConnectAsync().AsTask());
    }
}
