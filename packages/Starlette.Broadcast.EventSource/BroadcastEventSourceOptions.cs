namespace Starlette.Broadcast.EventSource;

/// <summary>How broadcast messages become server-sent events.</summary>
public sealed class BroadcastEventSourceOptions
{
    /// <summary>The <c>event:</c> name of every event; default none (the browser's <c>message</c> event).</summary>
    public string? EventName { get; set; }

    /// <summary>On a first connection (no <c>Last-Event-ID</c>), replay the last this many messages; default 0.</summary>
    public int Replay { get; set; }

    /// <summary>The <c>retry:</c> delay (ms) sent when the stream opens, telling the browser how soon to reconnect; default none.</summary>
    public int? Retry { get; set; }

    /// <summary>How long the stream may stay silent before a ping comment; default <see cref="Responses.EventSourceResponse.DefaultPing"/>.</summary>
    public TimeSpan? Ping { get; set; }

    /// <summary>The event data of a message; default its text, and base64 for a bytes message.</summary>
    public Func<BroadcastMessage, string>? Format { get; set; }

    /// <summary>The subscriber queue (capacity, slow-consumer policy); its <c>After</c> and <c>Last</c> are set from the request.</summary>
    public int? QueueCapacity { get; set; }
}
