using Npgsql;

namespace Starlette.Broadcast.Postgres.Tests;

/// <summary>The PostgreSQL backend's edges: foreign NOTIFY payloads, channels nobody here follows, misuse.</summary>
public class PostgresEdgeTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [SkippableFact]
    public async Task Listen_MalformedAndForeignNotifications_AreSkippedAndTheNextMessageArrives()
    {
        var server = await postgres.GetAsync();
        var log = new Starlette.Testing.Support.Logging.LogRecorder();
        var options = new PostgresBroadcastOptions { ConnectionString = server.ConnectionString, NotifyChannel = "edge_notify", TableName = "edge_messages", Logger = log };
        await using var broadcast = new Broadcast(new PostgresBroadcastBackend(options));
        await broadcast.ConnectAsync();
        await using var subscription = await broadcast.SubscribeAsync("c");
        var reader = subscription.GetAsyncEnumerator();

        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            foreach (var payload in new[] { "garbage", "1 x 1 cAAAA", "x t 1 cAAAA", "1 t 9 c", "1 t x cAAAA" })
            {
                await using var notify = new NpgsqlCommand("SELECT pg_notify('edge_notify', $1)", connection) { Parameters = { new NpgsqlParameter<string> { TypedValue = payload } } };
                await notify.ExecuteNonQueryAsync();
            }
        }

        await broadcast.PublishAsync("other", "nobody here follows this channel");
        await broadcast.PublishAsync("c", "good");

        var message = Assert.Single(await reader.TakeAsync(1));
        Assert.Equal("good", message.Text);
        Assert.Equal(0, subscription.GapCount);
        Assert.Equal(5, log.Entries.Count(e => e.Message == "Dropped a malformed notification on 'edge_notify'."));
    }

    [SkippableFact]
    public async Task Lifecycle_MisuseUnsubscribeAndLastHistory_AreHandled()
    {
        var server = await postgres.GetAsync();
        var backend = new PostgresBroadcastBackend(new PostgresBroadcastOptions { ConnectionString = server.ConnectionString, TableName = "life_messages", NotifyChannel = "life_notify" });
        await using var broadcast = new Broadcast(backend);
        await Assert.ThrowsAsync<BroadcastUnavailableException>(() => backend.PublishAsync("c", BroadcastPayload.FromText("early"), default).AsTask());
        await broadcast.ConnectAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => new Broadcast(backend).ConnectAsync().AsTask());

        await using (var first = await broadcast.SubscribeAsync("c"))
        {
            await broadcast.PublishAsync("c", "one");
            Assert.Equal("one", (await first.GetAsyncEnumerator().TakeAsync(1))[0].Text);
        }

        await broadcast.PublishAsync("c", "while nobody listens");
        await using var again = await broadcast.SubscribeAsync("c", new BroadcastSubscriptionOptions { Last = 1 });
        await broadcast.PublishAsync("c", "two");
        var seen = await again.GetAsyncEnumerator().TakeAsync(2);
        var last = await broadcast.GetHistoryAsync("c", BroadcastHistoryQuery.Last(10));

        Assert.Equal(["while nobody listens", "two"], seen.Select(m => m.Text));
        Assert.Equal(["one", "while nobody listens", "two"], last.Messages.Select(m => m.Text));
        Assert.False(last.MayBeIncomplete);
        Assert.True(backend.SupportsHistory);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PostgresBroadcastBackend(new PostgresBroadcastOptions { ConnectionString = "Host=x", HistoryLength = 0 }));
    }
}
