using System.Globalization;

namespace Starlette.Broadcast.Tests.Subscriptions;

/// <summary>
/// A resumed subscription against a backend whose ids are ordered (as Redis and PostgreSQL): a message published
/// before the resume point but delivered after the subscription was registered (a late notification) is dropped,
/// whether or not the history replayed anything.
/// </summary>
public sealed class LateDeliveryTests
{
    [Fact]
    public async Task Subscribe_AfterWithLateDeliveries_YieldsTheMissedMessagesThenLiveOnly()
    {
        var backend = new OrderedBackend(["m1", "m2", "m3"]);
        await using var broadcast = await Connected.BroadcastAsync(backend: backend);
        await using var subscription = await broadcast.SubscribeAsync("c", new BroadcastSubscriptionOptions { After = "1" });

        foreach (var id in new[] { 1, 2, 3 }) backend.Deliver(id, $"m{id}"); // late: the stale one, then the replayed two
        backend.Deliver(4, "live");
        var messages = await subscription.GetAsyncEnumerator().TakeAsync(3);

        Assert.Equal(["m2", "m3", "live"], messages.Select(m => m.Text));
    }

    [Fact]
    public async Task Subscribe_AfterTheNewestWithALateDelivery_YieldsLiveOnly()
    {
        var backend = new OrderedBackend(["m1", "m2"]);
        await using var broadcast = await Connected.BroadcastAsync(backend: backend);
        await using var subscription = await broadcast.SubscribeAsync("c", new BroadcastSubscriptionOptions { After = "2" });

        backend.Deliver(2, "m2");
        backend.Deliver(3, "live");
        var messages = await subscription.GetAsyncEnumerator().TakeAsync(1);

        Assert.Equal(["live"], messages.Select(m => m.Text));
    }

    /// <summary>A history of numbered messages; the test delivers live messages itself, as late as it likes.</summary>
    private sealed class OrderedBackend(string[] history) : IBroadcastBackend
    {
        private IBroadcastReceiver? _receiver;

        public bool SupportsHistory => true;

        public void Deliver(int id, string text) => _receiver!.OnMessage(BroadcastPayload.FromText(text).ToMessage("c", Id(id)));

        public ValueTask ConnectAsync(IBroadcastReceiver receiver, CancellationToken cancellationToken)
        {
            _receiver = receiver;
            return ValueTask.CompletedTask;
        }

        public ValueTask<string> PublishAsync(string channel, BroadcastPayload payload, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public ValueTask SubscribeAsync(string channel, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask UnsubscribeAsync(string channel, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask<BroadcastHistory> ReadHistoryAsync(string channel, BroadcastHistoryQuery query, CancellationToken cancellationToken)
        {
            var after = int.Parse(query.After!, CultureInfo.InvariantCulture);
            var messages = history.Select((text, i) => BroadcastPayload.FromText(text).ToMessage(channel, Id(i + 1))).Skip(after).ToList();
            return ValueTask.FromResult(new BroadcastHistory(messages, false));
        }

        public int? CompareIds(string x, string y) => int.Parse(x, CultureInfo.InvariantCulture).CompareTo(int.Parse(y, CultureInfo.InvariantCulture));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
    }
}
