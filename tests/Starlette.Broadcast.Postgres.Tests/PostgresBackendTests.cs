namespace Starlette.Broadcast.Postgres.Tests;

public class PostgresBackendTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [SkippableFact]
    public async Task Publish_TextBytesAndAMessageOverTheNotifyLimit_ArriveInOrderOnAnotherInstance()
    {
        var server = await postgres.GetAsync();
        await using var a = await ConnectAsync(server.ConnectionString);
        await using var b = await ConnectAsync(server.ConnectionString);
        await using var subscription = await b.SubscribeAsync("sizes");
        var large = new string('x', 20_000);

        await a.PublishAsync("sizes", "small");
        await a.PublishAsync("sizes", large);
        await a.PublishAsync("sizes", new byte[] { 0, 255 });
        await a.PublishAsync("sizes", new byte[9000]);
        var messages = await subscription.GetAsyncEnumerator().TakeAsync(4);

        Assert.Equal("small", messages[0].Text);
        Assert.Equal(large, messages[1].Text);
        Assert.True(messages[1].IsText);
        Assert.Equal(new byte[] { 0, 255 }, messages[2].Data.ToArray());
        Assert.Equal(9000, messages[3].Data.Length);
        Assert.False(messages[3].IsText);
    }

    [SkippableFact]
    public async Task History_AfterAnId_ReplaysExactlyTheMissedMessagesThenLive()
    {
        var server = await postgres.GetAsync();
        await using var broadcast = await ConnectAsync(server.ConnectionString);
        var ids = new List<string>();
        for (var i = 1; i <= 5; i++) ids.Add(await broadcast.PublishAsync("history", $"m{i}"));

        await using var subscription = await broadcast.SubscribeAsync("history", new BroadcastSubscriptionOptions { After = ids[1] });
        await broadcast.PublishAsync("history", "live");
        var messages = await subscription.GetAsyncEnumerator().TakeAsync(4);
        var last = await broadcast.GetHistoryAsync("history", BroadcastHistoryQuery.Last(2));
        var cut = await broadcast.GetHistoryAsync("history", BroadcastHistoryQuery.AfterId(ids[0], 2));

        Assert.Equal(["m3", "m4", "m5", "live"], messages.Select(m => m.Text));
        Assert.Equal(ids[2..], messages.Take(3).Select(m => m.Id));
        Assert.Equal(0, subscription.GapCount);
        Assert.True(broadcast.Backend.CompareIds(ids[0], ids[1]) < 0);   // row order, which resume relies on
        Assert.Null(broadcast.Backend.CompareIds("x", ids[1]));
        Assert.Equal(["m5", "live"], last.Messages.Select(m => m.Text));
        Assert.True(cut.MayBeIncomplete);
        await Assert.ThrowsAsync<ArgumentException>(() => broadcast.GetHistoryAsync("history", BroadcastHistoryQuery.AfterId("x", 1)).AsTask());
    }

    [SkippableFact]
    public async Task History_TrimmedPastTheResumeId_ReportsTheGap()
    {
        var server = await postgres.GetAsync();
        await using var broadcast = new Broadcast(new PostgresBroadcastBackend(new PostgresBroadcastOptions { ConnectionString = server.ConnectionString, HistoryLength = 10, TableName = "trimmed" }));
        await broadcast.ConnectAsync();
        var first = await broadcast.PublishAsync("t", "first");
        for (var i = 0; i < 99; i++) await broadcast.PublishAsync("t", $"{i}");

        await using var subscription = await broadcast.SubscribeAsync("t", new BroadcastSubscriptionOptions { After = first });
        var replayed = await subscription.GetAsyncEnumerator().TakeAsync(10);

        Assert.Equal("98", replayed[^1].Text);
        Assert.Equal(1, subscription.GapCount);
    }

    [SkippableFact]
    public async Task ServerRestarted_PublishFailsClearlyWhileDown_ListenerComesBackAndReportsTheGap()
    {
        await using var server = await Starlette.Testing.Support.External.PostgresServer.StartAsync();
        var log = new Starlette.Testing.Support.Logging.LogRecorder();
        await using var broadcast = new Broadcast(new PostgresBroadcastBackend(new PostgresBroadcastOptions { ConnectionString = server.ConnectionString, ReconnectDelay = TimeSpan.FromMilliseconds(100), Logger = log }));
        await broadcast.ConnectAsync();
        await using var subscription = await broadcast.SubscribeAsync("faults");
        var reader = subscription.GetAsyncEnumerator();

        await server.StopAsync();
        await Eventually.WaitUntilAsync(() => !broadcast.IsConnected);
        var error = await Assert.ThrowsAsync<BroadcastUnavailableException>(() => broadcast.PublishAsync("faults", "lost").AsTask());
        var history = await Assert.ThrowsAsync<BroadcastUnavailableException>(() => broadcast.GetHistoryAsync("faults", BroadcastHistoryQuery.Last(5)).AsTask());
        await Task.Delay(300);                                             // a few reconnect attempts fail meanwhile
        await server.StartAgainAsync();
        await Eventually.WaitUntilAsync(() => broadcast.IsConnected);
        await broadcast.PublishAsync("faults", "after");

        Assert.Contains("was not published", error.Message, StringComparison.Ordinal);
        Assert.Contains("could not read the history of 'faults'", history.Message, StringComparison.Ordinal);
        Assert.Equal("after", (await reader.TakeAsync(1))[0].Text);
        Assert.Equal(1, subscription.GapCount);
        Assert.Contains(log.Entries, e => e.Message == "Lost the PostgreSQL LISTEN connection; reconnecting every 100 ms.");
        Assert.Contains(log.Entries, e => e.Message == "The PostgreSQL LISTEN connection is back.");
    }

    [Fact]
    public void Constructor_BadNames_ThrowArgumentNamingThem()
    {
        Assert.Contains("'a;b'", Assert.Throws<ArgumentException>(() => new PostgresBroadcastBackend(new PostgresBroadcastOptions { ConnectionString = "Host=x", TableName = "a;b" })).Message, StringComparison.Ordinal);
        Assert.Contains("'s.c'", Assert.Throws<ArgumentException>(() => new PostgresBroadcastBackend(new PostgresBroadcastOptions { ConnectionString = "Host=x", NotifyChannel = "s.c" })).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new PostgresBroadcastBackend(""));
    }

    [Fact]
    public async Task ConnectAsync_NothingListening_ThrowsBroadcastUnavailable()
    {
        var port = Starlette.Testing.Support.Network.FreePort.Next();
        await using var broadcast = new Broadcast(new PostgresBroadcastBackend($"Host=127.0.0.1;Port={port};Username=postgres;Timeout=2"));

        await Assert.ThrowsAsync<BroadcastUnavailableException>(() => broadcast.ConnectAsync().AsTask());
    }

    private static async Task<Broadcast> ConnectAsync(string connectionString)
    {
        var broadcast = new Broadcast(new PostgresBroadcastBackend(connectionString));
        await broadcast.ConnectAsync();
        return broadcast;
    }
}
