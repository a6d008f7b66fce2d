namespace Starlette.Broadcast;

/// <summary>Messages may have been missed: the connection to the backend was lost for a while, or the history did not reach back far enough.</summary>
public sealed class BroadcastGapEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="channel">The channel concerned; <see langword="null"/> for every channel of the broadcast.</param>
    /// <param name="reason">Why.</param>
    /// <param name="since">When the gap began (the connection was lost); for an incomplete history, when it was detected.</param>
    /// <param name="until">When it ended (the connection came back).</param>
    public BroadcastGapEventArgs(string? channel, BroadcastGapReason reason, DateTimeOffset since, DateTimeOffset until)
    {
        Channel = channel;
        Reason = reason;
        Since = since;
        Until = until;
    }

    /// <summary>The channel concerned; <see langword="null"/> for every channel of the broadcast.</summary>
    public string? Channel { get; }

    /// <summary>Why messages may have been missed.</summary>
    public BroadcastGapReason Reason { get; }

    /// <summary>When the gap began.</summary>
    public DateTimeOffset Since { get; }

    /// <summary>When it ended.</summary>
    public DateTimeOffset Until { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Reason} on {Channel ?? "every channel"} from {Since:O} to {Until:O}";
}

/// <summary>Why messages may have been missed.</summary>
public enum BroadcastGapReason
{
    /// <summary>The connection to the backend was lost and has come back: what was published meanwhile was not delivered.</summary>
    ConnectionLost,

    /// <summary>A resume asked for messages the history no longer holds.</summary>
    HistoryIncomplete,
}
