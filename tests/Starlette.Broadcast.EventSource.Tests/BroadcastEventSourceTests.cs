using System.Net;
using Starlette.Broadcast.Redis;
using Starlette.Testing.Support.External;

namespace Starlette.Broadcast.EventSource.Tests;

public class BroadcastEventSourceTests
{
    [SkippableFact]
    public async Task Reconnect_WithLastEventIdToAnotherInstance_ReplaysExactlyTheMissedMessagesThenGoesLive()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var a = await EventSourceInstance.StartAsync(new RedisBroadcastBackend(redis.Url));
        await using var b = await EventSourceInstance.StartAsync(new RedisBroadcastBackend(redis.Url));
        var publisher = b.Broadcast;

        string lastSeen;
        using (var first = await a.OpenAsync())
        {
            for (var i = 1; i <= 3; i++) await publisher.PublishAsync("news", $"m{i}");
            var seen = await first.ReadEventsAsync(3);
            Assert.Equal(["m1", "m2", "m3"], seen.Select(e => e["data"]));
            lastSeen = seen[^1]["id"];
        }

        var missed = new List<string>();
        for (var i = 4; i <= 7; i++) missed.Add(await publisher.PublishAsync("news", $"m{i}"));
        using var resumed = await b.OpenAsync(lastSeen);
        var live = await publisher.PublishAsync("news", "m8");
        var events = await resumed.ReadEventsAsync(5);

        Assert.Equal(["m4", "m5", "m6", "m7", "m8"], events.Select(e => e["data"]));
        Assert.Equal([.. missed, live], events.Select(e => e["id"]));
    }

    [Fact]
    public async Task FirstConnection_WithReplayEventNameAndRetry_SendsTheLastMessagesThenLive()
    {
        await using var instance = await EventSourceInstance.StartAsync(new MemoryBroadcastBackend(), new BroadcastEventSourceOptions { Replay = 2, EventName = "news", Retry = 3000, QueueCapacity = 10 });
        for (var i = 1; i <= 3; i++) await instance.Broadcast.PublishAsync("news", $"m{i}");

        using var stream = await instance.OpenAsync();
        await instance.Broadcast.PublishAsync("news", new byte[] { 1, 2, 3 });
        var events = await stream.ReadEventsAsync(3);

        Assert.Equal(["m2", "m3", "AQID"], events.Select(e => e["data"]));
        Assert.Equal(["2", "3", "4"], events.Select(e => e["id"]));
        Assert.All(events, e => Assert.Equal("news", e["event"]));
        Assert.Equal("3000", stream.Retry);
        Assert.Equal(["subscribed"], stream.Comments);
        Assert.All(events, e => Assert.False(e.ContainsKey("retry")));
    }

    [Fact]
    public async Task Open_NothingPublished_HeadersAndACommentArriveAtOnce()
    {
        await using var instance = await EventSourceInstance.StartAsync(new MemoryBroadcastBackend(), new BroadcastEventSourceOptions { Ping = TimeSpan.FromMinutes(5) });

        using var stream = await instance.OpenAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, stream.Status);
        Assert.Equal(": subscribed", await stream.ReadLineAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Reconnect_LastEventIdNotAnId_Answers400()
    {
        await using var instance = await EventSourceInstance.StartAsync(new MemoryBroadcastBackend(), new BroadcastEventSourceOptions { Format = m => m.Text.ToUpperInvariant() });

        using var stream = await instance.OpenAsync("not-an-id");

        Assert.Equal(HttpStatusCode.BadRequest, stream.Status);
        Assert.Contains("Invalid Last-Event-ID header: 'not-an-id'", await stream.ReadBodyAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomFormat_IsUsedForTheData()
    {
        await using var instance = await EventSourceInstance.StartAsync(new MemoryBroadcastBackend(), new BroadcastEventSourceOptions { Format = m => m.Text.ToUpperInvariant() });

        using var stream = await instance.OpenAsync();
        await instance.Broadcast.PublishAsync("news", "hello");

        Assert.Equal("HELLO", (await stream.ReadEventsAsync(1))[0]["data"]);
    }

    [Fact]
    public async Task EventSourceAsync_NullArguments_Throw()
    {
        await using var broadcast = new Broadcast();

        await Assert.ThrowsAsync<ArgumentNullException>(() => BroadcastEventSource.EventSourceAsync(null!, null!, "c").AsTask());
    }
}
