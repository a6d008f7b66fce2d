using System.Text;

namespace Starlette.Broadcast.Tests;

public class BroadcastTests
{
    [Fact]
    public async Task PublishAsync_TextAndBytes_SubscriberReceivesBothInOrderWithIds()
    {
        await using var broadcast = await Connected.BroadcastAsync();
        await using var subscription = await broadcast.SubscribeAsync("chat");
        var first = await broadcast.PublishAsync("chat", "héllo");
        var second = await broadcast.PublishAsync("chat", new byte[] { 0, 1, 2 });

        var messages = await subscription.GetAsyncEnumerator().TakeAsync(2);

        Assert.Equal(["1", "2"], [first, second]);
        Assert.Equal(["1", "2"], messages.Select(m => m.Id));
        Assert.True(messages[0].IsText);
        Assert.Equal("héllo", messages[0].Text);
        Assert.Equal(Encoding.UTF8.GetBytes("héllo"), messages[0].Data.ToArray());
        Assert.False(messages[1].IsText);
        Assert.Equal(new byte[] { 0, 1, 2 }, messages[1].Data.ToArray());
        Assert.Equal("\0\u0001\u0002", messages[1].Text);
        Assert.Equal("chat", messages[1].Channel);
        Assert.Equal("chat#2", messages[1].ToString());
        Assert.Equal("2", subscription.LastMessageId);
        Assert.False(subscription.MayHaveMissedMessages);
    }

    [Fact]
    public async Task PublishAsync_BytesBufferReusedAfterPublish_SubscriberKeepsWhatWasPublished()
    {
        await using var broadcast = await Connected.BroadcastAsync();
        await using var subscription = await broadcast.SubscribeAsync("c");
        var buffer = new byte[] { 1, 2, 3 };
        await broadcast.PublishAsync("c", buffer);
        buffer[0] = 9;

        var message = (await subscription.GetAsyncEnumerator().TakeAsync(1))[0];

        Assert.Equal(new byte[] { 1, 2, 3 }, message.Data.ToArray());
    }

    [Fact]
    public async Task PublishAsync_ManySubscribersOnTwoChannels_EachGetsOnlyItsChannelInOrder()
    {
        await using var broadcast = await Connected.BroadcastAsync();
        var a = new List<BroadcastSubscription>();
        for (var i = 0; i < 10; i++) a.Add(await broadcast.SubscribeAsync("a"));
        await using var b = await broadcast.SubscribeAsync("b");
        for (var i = 0; i < 100; i++) await broadcast.PublishAsync("a", $"a{i}");
        await broadcast.PublishAsync("b", "only b");

        foreach (var subscription in a)
        {
            var texts = (await subscription.GetAsyncEnumerator().TakeAsync(100)).Select(m => m.Text);
            Assert.Equal(Enumerable.Range(0, 100).Select(i => $"a{i}"), texts);
        }

        Assert.Equal("only b", (await b.GetAsyncEnumerator().TakeAsync(1))[0].Text);
        foreach (var subscription in a) await subscription.DisposeAsync();
    }

    [Fact]
    public async Task PublishAsync_NotConnected_ThrowsBroadcastUnavailableNamingConnect()
    {
        await using var broadcast = new Broadcast();

        var error = await Assert.ThrowsAsync<BroadcastUnavailableException>(() => broadcast.PublishAsync("c", "x").AsTask());

        Assert.Contains("ConnectAsync", error.Message, StringComparison.Ordinal);
        Assert.False(broadcast.IsConnected);
    }

    [Fact]
    public async Task PublishAsync_AfterDispose_ThrowsObjectDisposed()
    {
        var broadcast = await Connected.BroadcastAsync();
        await broadcast.DisposeAsync();
        await broadcast.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => broadcast.PublishAsync("c", "x").AsTask());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => broadcast.ConnectAsync().AsTask());
    }

    [Fact]
    public async Task ConnectAsync_Twice_Throws()
    {
        await using var broadcast = await Connected.BroadcastAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => broadcast.ConnectAsync().AsTask());
        Assert.True(broadcast.IsConnected);
    }

    [Fact]
    public async Task ConnectAsync_BackendDown_ThrowsAndCanBeRetried()
    {
        var backend = new FakeBackend { Down = true };
        await using var broadcast = new Broadcast(backend);

        await Assert.ThrowsAsync<BroadcastUnavailableException>(() => broadcast.ConnectAsync().AsTask());
        backend.Down = false;
        await broadcast.ConnectAsync();

        Assert.True(broadcast.IsConnected);
    }

    [Theory]
    [InlineData("")]
    public async Task PublishAsync_EmptyChannel_ThrowsArgument(string channel)
    {
        await using var broadcast = await Connected.BroadcastAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => broadcast.PublishAsync(channel, "x").AsTask());
        await Assert.ThrowsAsync<ArgumentException>(() => broadcast.SubscribeAsync(channel).AsTask());
        await Assert.ThrowsAsync<ArgumentNullException>(() => broadcast.PublishAsync(null!, "x").AsTask());
        await Assert.ThrowsAsync<ArgumentNullException>(() => broadcast.PublishAsync("c", (string)null!).AsTask());
    }

    [Fact]
    public void Constructor_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => new Broadcast((IBroadcastBackend)null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Broadcast(new BroadcastOptions { QueueCapacity = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MemoryBroadcastBackend(-1));
    }

    [Fact]
    public async Task DisposeAsync_WhileEnumerating_EndsTheEnumerationAndDisposesTheBackend()
    {
        var backend = new FakeBackend();
        var broadcast = await Connected.BroadcastAsync(backend: backend);
        var subscription = await broadcast.SubscribeAsync("c");
        var reader = subscription.GetAsyncEnumerator();
        var next = reader.MoveNextAsync().AsTask();

        await broadcast.DisposeAsync();

        Assert.False(await next.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("dispose", backend.Calls);
    }
}
