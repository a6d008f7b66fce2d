using Starlette.Types;

namespace Starlette;

/// <summary>
/// Wraps a send to note whether the response has started, for the error middleware that must not answer after it
/// has. Directly nested middleware share one tracker (<see cref="For"/>), so an application's stack allocates one.
/// </summary>
internal sealed class ResponseStartTracker
{
    private readonly Send _inner;

    private ResponseStartTracker(Send inner)
    {
        _inner = inner;
        Send = SendAsync;
    }

    /// <summary>The wrapped send to pass on.</summary>
    public Send Send { get; }

    /// <summary>Whether an <c>http.response.start</c> went through <see cref="Send"/>.</summary>
    public bool Started { get; private set; }

    /// <summary>The tracker <paramref name="send"/> already is, or a new one around it.</summary>
    public static ResponseStartTracker For(Send send) =>
        send.Target is ResponseStartTracker tracker && tracker.Send == send ? tracker : new ResponseStartTracker(send);

    private ValueTask SendAsync(AsgiMessage message)
    {
        if (message is HttpResponseStartMessage) Started = true;
        return _inner(message);
    }
}
