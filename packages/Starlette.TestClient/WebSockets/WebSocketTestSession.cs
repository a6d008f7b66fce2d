using System.Threading.Channels;
using Starlette.Hosting;
using Starlette.Types;

namespace Starlette.Testing;

/// <summary>
/// An open WebSocket between a test and the app (upstream's <c>WebSocketTestSession</c>). Receive methods throw
/// <see cref="WebSocketDisconnectException"/> when the app closes the connection; disposing the session sends a
/// 1000 disconnect, signals <see cref="Scope.Aborted"/> and waits for the app, rethrowing what it threw.
/// </summary>
public sealed partial class WebSocketTestSession : IAsyncDisposable
{
    private readonly Channel<AsgiMessage> _toApp = Channel.CreateUnbounded<AsgiMessage>();
    private readonly Channel<AsgiMessage> _fromApp = Channel.CreateUnbounded<AsgiMessage>();
    private readonly CancellationTokenSource _aborted = new();
    private readonly Scope _scope;
    private readonly TimeSpan _shutdownWait;
    private WebSocketProtocol _protocol;
    private Task _app = Task.CompletedTask;
    private bool _clientClosed;
    private bool _disposed;

    private WebSocketTestSession(Scope scope, TimeSpan shutdownWait)
    {
        _scope = scope;
        _shutdownWait = shutdownWait;
        scope.Aborted = _aborted.Token;
    }

    /// <summary>The subprotocol the app chose when accepting, or <see langword="null"/>.</summary>
    public string? AcceptedSubprotocol { get; private set; }

    /// <summary>The extra headers the app sent with <c>websocket.accept</c>.</summary>
    public IReadOnlyList<HttpHeader> ExtraHeaders { get; private set; } = [];

    internal static async Task<WebSocketTestSession> ConnectAsync(AsgiApp app, Scope scope, TimeSpan shutdownWait, CancellationToken cancellationToken)
    {
        var session = new WebSocketTestSession(scope, shutdownWait);
        session._app = Task.Run(() => session.RunAsync(app), CancellationToken.None);
        try
        {
            await session.SendAsync(WebSocketConnectMessage.Instance).ConfigureAwait(false);
            var message = await session.ReceiveAsync(cancellationToken).ConfigureAwait(false);
            await session.ThrowIfClosedAsync(message, cancellationToken).ConfigureAwait(false);
            // Before accepting, the protocol lets the app send only accept, close or a denial; the last two threw above.
            var accept = (WebSocketAcceptMessage)message;
            session.AcceptedSubprotocol = accept.Subprotocol;
            session.ExtraHeaders = accept.Headers;
            return session;
        }
        catch
        {
            session._clientClosed = true;
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Sends a message to the app, as if the client sent it.</summary>
    /// <param name="message">The message, usually a <see cref="WebSocketReceiveMessage"/> or <see cref="WebSocketDisconnectMessage"/>.</param>
    /// <returns>A task that completes when the message is queued.</returns>
    public ValueTask SendAsync(AsgiMessage message) => _toApp.Writer.WriteAsync(message);

    /// <summary>Sends a text message.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A task that completes when the message is queued.</returns>
    public ValueTask SendTextAsync(string text) => SendAsync(new WebSocketReceiveMessage(text));

    /// <summary>Sends a binary message.</summary>
    /// <param name="bytes">The payload.</param>
    /// <returns>A task that completes when the message is queued.</returns>
    public ValueTask SendBytesAsync(ReadOnlyMemory<byte> bytes) => SendAsync(new WebSocketReceiveMessage(bytes));

    /// <summary>Tells the app the client closed the connection (<c>websocket.disconnect</c>).</summary>
    /// <param name="code">The close code; default 1000.</param>
    /// <param name="reason">The close reason, if any.</param>
    /// <returns>A task that completes when the message is queued.</returns>
    public ValueTask CloseAsync(int code = Status.Ws1000NormalClosure, string? reason = null)
    {
        _clientClosed = true;
        return SendAsync(new WebSocketDisconnectMessage(code, reason));
    }

    /// <summary>Waits for the next message the app sends, whatever it is.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The message.</returns>
    /// <exception cref="InvalidOperationException">The app returned without sending another message.</exception>
    public async Task<AsgiMessage> ReceiveAsync(CancellationToken cancellationToken = default)
    {
        if (await _fromApp.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false) && _fromApp.Reader.TryRead(out var message))
            return message;
        await _app.ConfigureAwait(false); // rethrows what the app threw
        throw new InvalidOperationException("The app returned without sending another WebSocket message.");
    }

    /// <summary>Waits for a text message.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The text.</returns>
    /// <exception cref="WebSocketDisconnectException">The app closed the connection.</exception>
    public async Task<string> ReceiveTextAsync(CancellationToken cancellationToken = default)
    {
        var message = await ReceiveDataAsync(cancellationToken).ConfigureAwait(false);
        return message.Text ?? throw new InvalidOperationException("Expected a text message, but the app sent a binary one.");
    }

    /// <summary>Waits for a binary message.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The payload.</returns>
    /// <exception cref="WebSocketDisconnectException">The app closed the connection.</exception>
    public async Task<byte[]> ReceiveBytesAsync(CancellationToken cancellationToken = default)
    {
        var message = await ReceiveDataAsync(cancellationToken).ConfigureAwait(false);
        return message.Bytes?.ToArray() ?? throw new InvalidOperationException("Expected a binary message, but the app sent a text one.");
    }

    /// <summary>Disposes the session: see the class remarks.</summary>
    /// <returns>A task that completes when the app has returned.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_clientClosed) await CloseAsync().ConfigureAwait(false);
        await _aborted.CancelAsync().ConfigureAwait(false);
        try
        {
            await _app.WaitAsync(_shutdownWait).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_aborted.IsCancellationRequested)
        {
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The WebSocket app did not return within {_shutdownWait.TotalSeconds:0.###} s after the session closed: it should end when it receives 'websocket.disconnect' or when Scope.Aborted is signalled.");
        }
    }

    private async Task RunAsync(AsgiApp app)
    {
        try
        {
            await app(_scope, () => _toApp.Reader.ReadAsync(), SendFromAppAsync).ConfigureAwait(false);
        }
        finally
        {
            _fromApp.Writer.TryComplete();
        }
    }

    private ValueTask SendFromAppAsync(AsgiMessage message)
    {
        _protocol.Validate(message, _scope);
        return _fromApp.Writer.WriteAsync(message);
    }

    private async Task<WebSocketSendMessage> ReceiveDataAsync(CancellationToken cancellationToken)
    {
        var message = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
        await ThrowIfClosedAsync(message, cancellationToken).ConfigureAwait(false);
        return message as WebSocketSendMessage
            ?? throw new InvalidOperationException($"Expected 'websocket.send', but the app sent '{message.Type}'.");
    }

    private async Task ThrowIfClosedAsync(AsgiMessage message, CancellationToken cancellationToken)
    {
        if (message is WebSocketCloseMessage close)
        {
            _clientClosed = true;
            throw new WebSocketDisconnectException(close.Code, close.Reason);
        }

        if (message is not WebSocketHttpResponseStartMessage start) return;
        using var body = new MemoryStream();
        while (await ReceiveAsync(cancellationToken).ConfigureAwait(false) is WebSocketHttpResponseBodyMessage chunk)
        {
            body.Write(chunk.Body.Span);
            if (!chunk.MoreBody) break;
        }

        _clientClosed = true;
        throw new WebSocketDenialResponseException(start.Status, start.Headers, body.ToArray());
    }
}
