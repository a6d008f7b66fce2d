
namespace Starlette.Broadcast.Tests;

/// <summary>A backend the test drives: it records calls and lets the test report connection changes, like a real server would.</summary>
internal sealed class FakeBackend(bool history = false) : IBroadcastBackend
{
    private int _sequence;

    public IBroadcastReceiver? Receiver { get; private set; }
    public List<string> Calls { get; } = [];
    public bool Down { get; set; }
    public bool SupportsHistory => history;

    public ValueTask ConnectAsync(IBroadcastReceiver receiver, CancellationToken cancellationToken)
    {
        if (Down) throw new BroadcastUnavailableException("fake backend is down");
        Receiver = receiver;
        return ValueTask.CompletedTask;
    }

    public ValueTask<string> PublishAsync(string channel, BroadcastPayload payload, CancellationToken cancellationToken)
    {
        if (Down) throw new BroadcastUnavailableException("fake backend is down");
        var message = payload.ToMessage(channel, (++_sequence).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Receiver!.OnMessage(message);
        return ValueTask.FromResult(message.Id);
    }

    public ValueTask SubscribeAsync(string channel, CancellationToken cancellationToken)
    {
        Calls.Add($"subscribe {channel}");
        return ValueTask.CompletedTask;
    }

    public ValueTask UnsubscribeAsync(string channel, CancellationToken cancellationToken)
    {
        Calls.Add($"unsubscribe {channel}");
        return Down ? ValueTask.FromException(new BroadcastUnavailableException("down")) : ValueTask.CompletedTask;
    }

    public ValueTask<BroadcastHistory> ReadHistoryAsync(string channel, BroadcastHistoryQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromException<BroadcastHistory>(new InvalidOperationException("history failed"));

    public ValueTask DisposeAsync()
    {
        Calls.Add("dispose");
        return ValueTask.CompletedTask;
    }
}
