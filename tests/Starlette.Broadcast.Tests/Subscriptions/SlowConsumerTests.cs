
namespace Starlette.Broadcast.Tests.Subscriptions;

public class SlowConsumerTests
{
    [Fact]
    public async Task DropOldest_QueueOverflows_KeepsNewestAndCountsDropped()
    {
        await using var broadcast = await Connected.BroadcastAsync(new BroadcastOptions { QueueCapacity = 4 });
        await using var slow = await broadcast.SubscribeAsync("c");
        await using var other = await broadcast.SubscribeAsync("c", new BroadcastSubscriptionOptions { QueueCapacity = 100 });
        for (var i = 1; i <= 10; i++) await broadcast.PublishAsync("c", $"m{i}");

        var kept = await slow.GetAsyncEnumerator().TakeAsync(4);

        Assert.Equal(["m7", "m8", "m9", "m10"], kept.Select(m => m.Text));
        Assert.Equal(6, slow.DroppedCount);
        Assert.True(slow.MayHaveMissedMessages);
        Assert.Equal(SlowConsumerPolicy.DropOldest, slow.Policy);
        Assert.Equal(4, slow.Capacity);
        Assert.Equal(0, other.DroppedCount);
        Assert.Equal(10, (await other.GetAsyncEnumerator().TakeAsync(10)).Count);
        Assert.Contains("dropped 6", slow.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndSubscription_QueueOverflows_DeliversQueuedThenThrowsAndOthersContinue()
    {
        await using var broadcast = await Connected.BroadcastAsync(new BroadcastOptions { QueueCapacity = 3, SlowConsumerPolicy = SlowConsumerPolicy.EndSubscription });
        await using var slow = await broadcast.SubscribeAsync("c");
        await using var fast = await broadcast.SubscribeAsync("c", new BroadcastSubscriptionOptions { QueueCapacity = 10, SlowConsumerPolicy = SlowConsumerPolicy.DropOldest });
        for (var i = 1; i <= 5; i++) await broadcast.PublishAsync("c", $"m{i}");

        var reader = slow.GetAsyncEnumerator();
        var queued = await reader.TakeAsync(3);
        var error = await Assert.ThrowsAsync<SlowConsumerException>(() => reader.MoveNextAsync().AsTask());

        Assert.Equal(["m1", "m2", "m3"], queued.Select(m => m.Text));
        Assert.Contains("fell more than 3 messages behind", error.Message, StringComparison.Ordinal);
        await broadcast.PublishAsync("c", "m6");
        Assert.Equal("m6", (await fast.GetAsyncEnumerator().TakeAsync(6))[5].Text);
    }

    [Fact]
    public async Task EndSubscription_LastSubscriberEnded_LeavesTheBackendChannel()
    {
        var backend = new FakeBackend();
        await using var broadcast = await Connected.BroadcastAsync(new BroadcastOptions { QueueCapacity = 1, SlowConsumerPolicy = SlowConsumerPolicy.EndSubscription }, backend);
        await using var slow = await broadcast.SubscribeAsync("c");
        await broadcast.PublishAsync("c", "1");
        await broadcast.PublishAsync("c", "2");

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!backend.Calls.Contains("unsubscribe c") && DateTime.UtcNow < deadline) await Task.Delay(10);

        Assert.Equal(["subscribe c", "unsubscribe c"], backend.Calls);
    }

    [Fact]
    public async Task SubscribeAsync_BadQueueCapacity_Throws()
    {
        await using var broadcast = await Connected.BroadcastAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => broadcast.SubscribeAsync("c", new BroadcastSubscriptionOptions { QueueCapacity = 0 }).AsTask());
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => broadcast.SubscribeAsync("c", new BroadcastSubscriptionOptions { Last = -1 }).AsTask());
    }

    [Fact]
    public void SlowConsumerException_Constructors_KeepMessageAndCause()
    {
        var cause = new InvalidOperationException("x");

        Assert.Contains("behind", new SlowConsumerException().Message, StringComparison.Ordinal);
        Assert.Same(cause, new SlowConsumerException("m", cause).InnerException);
        Assert.Contains("unavailable", new BroadcastUnavailableException().Message, StringComparison.Ordinal);
        Assert.Same(cause, new BroadcastUnavailableException("m", cause).InnerException);
    }
}
