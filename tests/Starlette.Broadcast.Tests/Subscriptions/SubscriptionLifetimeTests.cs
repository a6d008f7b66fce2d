
namespace Starlette.Broadcast.Tests.Subscriptions;

public class SubscriptionLifetimeTests
{
    [Fact]
    public async Task SubscribeAsync_SecondSubscriberOfAChannel_SubscribesTheBackendOnceAndLeavesOnLast()
    {
        var backend = new FakeBackend();
        await using var broadcast = await Connected.BroadcastAsync(backend: backend);
        var first = await broadcast.SubscribeAsync("c");
        var second = await broadcast.SubscribeAsync("c");

        await first.DisposeAsync();
        Assert.Equal(["subscribe c"], backend.Calls);
        await second.DisposeAsync();
        await second.DisposeAsync();

        Assert.Equal(["subscribe c", "unsubscribe c"], backend.Calls);
    }

    [Fact]
    public async Task DisposeAsync_BackendFailsToUnsubscribe_StillLeavesLocally()
    {
        var backend = new FakeBackend();
        await using var broadcast = await Connected.BroadcastAsync(backend: backend);
        var subscription = await broadcast.SubscribeAsync("c");
        backend.Down = true;

        await subscription.DisposeAsync();
        backend.Down = false;
        await using var again = await broadcast.SubscribeAsync("c");

        Assert.Equal(["subscribe c", "unsubscribe c", "subscribe c"], backend.Calls);
    }

    [Fact]
    public async Task GetAsyncEnumerator_Twice_Throws()
    {
        await using var broadcast = await Connected.BroadcastAsync();
        await using var subscription = await broadcast.SubscribeAsync("c");
        _ = subscription.GetAsyncEnumerator();

        Assert.Throws<InvalidOperationException>(() => subscription.GetAsyncEnumerator());
    }

    [Fact]
    public async Task DisposeAsync_WhileWaiting_EndsAfterQueuedMessages()
    {
        await using var broadcast = await Connected.BroadcastAsync();
        var subscription = await broadcast.SubscribeAsync("c");
        await broadcast.PublishAsync("c", "queued");
        var reader = subscription.GetAsyncEnumerator();

        await subscription.DisposeAsync();

        Assert.Equal("queued", (await reader.TakeAsync(1))[0].Text);
        Assert.False(await reader.MoveNextAsync());
    }

    [Fact]
    public async Task Enumeration_Cancelled_ThrowsOperationCanceled()
    {
        await using var broadcast = await Connected.BroadcastAsync();
        await using var subscription = await broadcast.SubscribeAsync("c");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in subscription.WithCancellation(cancel.Token)) { }
        });
    }

    [Fact]
    public async Task ConnectionLostAndRestored_RaisesGapOnBroadcastAndEverySubscription()
    {
        var backend = new FakeBackend();
        await using var broadcast = await Connected.BroadcastAsync(backend: backend);
        await using var a = await broadcast.SubscribeAsync("a");
        await using var b = await broadcast.SubscribeAsync("b");
        var gaps = new List<BroadcastGapEventArgs>();
        broadcast.MessagesMayHaveBeenMissed += (_, gap) => gaps.Add(gap);
        a.MessagesMayHaveBeenMissed += (_, gap) => gaps.Add(gap);
        b.MessagesMayHaveBeenMissed += (_, _) => throw new InvalidOperationException("a handler that throws is logged, not fatal");

        backend.Receiver!.OnConnectionLost(new IOException("gone"));
        Assert.False(broadcast.IsConnected);
        backend.Receiver.OnConnectionLost(null);
        await Task.Delay(20);
        backend.Receiver.OnConnectionRestored();

        Assert.True(broadcast.IsConnected);
        Assert.Equal(1, a.GapCount);
        Assert.Equal(1, b.GapCount);
        Assert.True(a.MayHaveMissedMessages);
        Assert.Equal(2, gaps.Count);
        Assert.Equal("a", gaps[0].Channel);
        Assert.Null(gaps[1].Channel);
        Assert.All(gaps, gap => Assert.Equal(BroadcastGapReason.ConnectionLost, gap.Reason));
        Assert.True(gaps[1].Until - gaps[1].Since >= TimeSpan.FromMilliseconds(15));
        Assert.Contains("every channel", gaps[1].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectionRestored_WithoutLoss_StillReportsAGap()
    {
        var backend = new FakeBackend();
        await using var broadcast = await Connected.BroadcastAsync(backend: backend);
        await using var a = await broadcast.SubscribeAsync("a");

        backend.Receiver!.OnConnectionRestored();

        Assert.Equal(1, a.GapCount);
    }
}
