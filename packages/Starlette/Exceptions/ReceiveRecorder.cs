using Starlette.Types;

namespace Starlette;

/// <summary>Records the request-body messages an app receives so that an exception handler's request can read the
/// same body again.</summary>
internal sealed class ReceiveRecorder(Receive receive)
{
    private readonly List<AsgiMessage> _messages = [];

    /// <summary>Receives a message from the host, recording request-body messages.</summary>
    public async ValueTask<AsgiMessage> ReceiveAsync()
    {
        var message = await receive().ConfigureAwait(false);
        if (message is HttpRequestBodyMessage) _messages.Add(message);
        else if (message is HttpDisconnectMessage) Disconnected = true;
        return message;
    }

    /// <summary>Whether a disconnect was received.</summary>
    public bool Disconnected { get; private set; }

    /// <summary>How many messages were recorded.</summary>
    public int Count => _messages.Count;

    /// <summary>Whether the last recorded message announced more body.</summary>
    public bool LastMoreBody => _messages.Count > 0 && ((HttpRequestBodyMessage)_messages[^1]).MoreBody;

    /// <summary>A receive that replays the recorded messages, then falls back to the host's.</summary>
    public Receive Replay()
    {
        var index = 0;
        return () => index < _messages.Count ? ValueTask.FromResult(_messages[index++]) : receive();
    }
}
