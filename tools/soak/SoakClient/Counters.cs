namespace Starlette.Soak;

/// <summary>What the soak client saw, updated from every connection's loop.</summary>
internal sealed class Counters
{
    public long WsConnected;
    public long WsSent;
    public long WsEchoed;
    public long WsLost;
    public long WsMismatched;
    public long WsErrors;
    public long SseStreams;
    public long SseEvents;
    public long SseOutOfOrder;
    public long SseErrors;

    /// <summary>Any error, lost or wrong message.</summary>
    public bool Failed => WsLost + WsMismatched + WsErrors + SseOutOfOrder + SseErrors > 0;

    public void Print(TextWriter output)
    {
        output.WriteLine($"ws_connected {WsConnected}");
        output.WriteLine($"ws_sent {WsSent}");
        output.WriteLine($"ws_echoed {WsEchoed}");
        output.WriteLine($"ws_lost {WsLost}");
        output.WriteLine($"ws_mismatched {WsMismatched}");
        output.WriteLine($"ws_errors {WsErrors}");
        output.WriteLine($"sse_streams {SseStreams}");
        output.WriteLine($"sse_events {SseEvents}");
        output.WriteLine($"sse_out_of_order {SseOutOfOrder}");
        output.WriteLine($"sse_errors {SseErrors}");
    }
}
