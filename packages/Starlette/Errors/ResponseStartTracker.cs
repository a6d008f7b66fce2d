using Starlette.Types;

namespace Starlette;

/// <summary>
/// Wraps a send to note whether the response has started, for the error middleware that must not answer after it
/// has. Directly nested middleware share one tracker (<see cref="For"/>), so an application's stack needs one; and
/// a thread keeps the last finished tracker to reuse for the next request on the same send (a host's connection
/// reuses its send delegate), so a request that completes on its thread allocates none.
/// </summary>
internal sealed class ResponseStartTracker
{
    [ThreadStatic]
    private static ResponseStartTracker? _threadSpare;

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

    /// <summary>
    /// The tracker <paramref name="send"/> already is (<paramref name="owned"/> false), or one around it that the
    /// caller owns and hands back with <see cref="Release"/> once its request is over.
    /// </summary>
    public static ResponseStartTracker For(Send send, out bool owned)
    {
        owned = !(send.Target is ResponseStartTracker tracker && tracker.Send == send);
        if (!owned) return (ResponseStartTracker)send.Target!;

        // Reused only around the very same send: a send kept past its request then reaches what it reached before.
        var spare = _threadSpare;
        if (spare is not null && ReferenceEquals(spare._inner, send))
        {
            _threadSpare = null;
            return spare;
        }

        return new ResponseStartTracker(send);
    }

    /// <summary>Hands an owned tracker back once its request is over, for the next request on this thread.</summary>
    public void Release()
    {
        Started = false;
        _threadSpare = this;
    }

    private ValueTask SendAsync(AsgiMessage message)
    {
        if (message is HttpResponseStartMessage) Started = true;
        return _inner(message);
    }
}
