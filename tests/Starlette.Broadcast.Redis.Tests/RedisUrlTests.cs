namespace Starlette.Broadcast.Redis.Tests;

public class RedisUrlTests
{
    [Theory]
    [InlineData("redis://")]
    [InlineData("redis://host/abc")]
    public void Constructor_BadUrl_ThrowsArgumentNamingTheUrl(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => new RedisBroadcastBackend(url));

        Assert.Contains(url, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Constructor_UrlWithPasswordAndDatabase_IsAccepted()
    {
        await using var a = new RedisBroadcastBackend("redis://user:secret@localhost:6380/2");
        await using var b = new RedisBroadcastBackend("rediss://secret@localhost");
        await using var c = new RedisBroadcastBackend("localhost:6379,abortConnect=false");

        Assert.True(a.SupportsHistory);
        Assert.Null(a.Connection);
        await Assert.ThrowsAsync<BroadcastUnavailableException>(() => a.PublishAsync("c", BroadcastPayload.FromText("x"), default).AsTask());
        Assert.Throws<ArgumentOutOfRangeException>(() => new RedisBroadcastBackend(new RedisBroadcastOptions { HistoryLength = -1 }));
    }
}
