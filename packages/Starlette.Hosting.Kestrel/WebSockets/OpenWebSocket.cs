using System.Net.WebSockets;

namespace Starlette.Hosting.Kestrel;

/// <summary>
/// An accepted WebSocket as the host holds it: the socket over a <see cref="FrameSizeGuard"/>, and a token for the
/// app's receives and sends that the host cancels when it closes the socket itself (1012 at shutdown, as uvicorn;
/// 1009 for a frame announced larger than the limit). <see cref="ServerCloseCode"/> is then the code the app's
/// <c>websocket.disconnect</c> carries.
/// </summary>
internal sealed class OpenWebSocket : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private int _serverCloseCode;

    public OpenWebSocket(Stream stream, WebSocketCreationOptions options, int maxMessageSize, CancellationToken aborted)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        Socket = WebSocket.CreateFromStream(new FrameSizeGuard(stream, maxMessageSize, this), options);
    }

    public WebSocket Socket { get; }

    /// <summary>Cancelled when the client goes away or the host closes the socket.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>The code the host closed the socket with, or <see langword="null"/> when it did not.</summary>
    public int? ServerCloseCode => Volatile.Read(ref _serverCloseCode) is var code and not 0 ? code : null;

    /// <summary>Closes the socket on the host's behalf: a close frame with <paramref name="code"/>, then the app's
    /// pending receive ends with that code instead of waiting for the client's answer.</summary>
    public async Task CloseAsync(int code)
    {
        await SendCloseAsync(code).ConfigureAwait(false);
        try
        {
            await _stop.CancelAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>Sends a close frame with <paramref name="code"/>, once; the first code wins.</summary>
    public async Task SendCloseAsync(int code)
    {
        if (Interlocked.CompareExchange(ref _serverCloseCode, code, 0) != 0) return;
        await CloseOutputAsync(Socket, (WebSocketCloseStatus)code, "", CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Sends a close frame unless the socket is already closing; a socket that fails meanwhile is left as it is.</summary>
    public static async ValueTask CloseOutputAsync(WebSocket socket, WebSocketCloseStatus status, string reason, CancellationToken cancellationToken)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived)) return;
        try
        {
            await socket.CloseOutputAsync(status, reason, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException or InvalidOperationException)
        {
        }
    }

    public void Dispose()
    {
        Socket.Dispose();
        _stop.Dispose();
    }
}
