using System.Threading.Channels;
using Starlette.Types;

namespace Starlette.Hosting;

/// <summary>
/// Runs an app's lifespan the way a host does: <c>lifespan.startup</c> before serving, <c>lifespan.shutdown</c>
/// after. An app that returns without answering is taken not to use lifespan. A failure message becomes an
/// <see cref="InvalidOperationException"/> with the app's text; an exception the app throws propagates as is.
/// </summary>
internal sealed class LifespanDriver
{
    private readonly Channel<AsgiMessage> _toApp = Channel.CreateUnbounded<AsgiMessage>();
    private readonly Channel<AsgiMessage> _fromApp = Channel.CreateUnbounded<AsgiMessage>();
    private Task _app = Task.CompletedTask;

    /// <summary>Whether the app answered startup and shutdown has not run yet.</summary>
    public bool IsRunning { get; private set; }

    /// <summary>Whether the app takes part in the lifespan protocol.</summary>
    public bool IsSupported { get; private set; }

    /// <summary>The exception the app threw without answering startup, when <see cref="StartAsync"/> was told to
    /// take that as "lifespan unsupported" (uvicorn's <c>--lifespan auto</c>) rather than rethrow it.</summary>
    public Exception? UnsupportedError { get; private set; }

    public async Task StartAsync(AsgiApp app, IDictionary<string, object?> state, CancellationToken cancellationToken, bool throwingAppIsUnsupported = false)
    {
        var scope = new Scope(ScopeType.Lifespan) { State = state };
        _app = Task.Run(() => RunAsync(app, scope), CancellationToken.None);
        await _toApp.Writer.WriteAsync(LifespanStartupMessage.Instance, cancellationToken).ConfigureAwait(false);
        switch (await NextAsync(cancellationToken).ConfigureAwait(false))
        {
            case null:
                try
                {
                    await _app.ConfigureAwait(false); // the app does not use lifespan (or threw: rethrows)
                }
                catch (Exception error) when (throwingAppIsUnsupported)
                {
                    UnsupportedError = error;
                }

                break;
            case LifespanStartupCompleteMessage:
                IsRunning = IsSupported = true;
                break;
            case LifespanStartupFailedMessage failed:
                await _app.ConfigureAwait(false);
                throw new InvalidOperationException($"Lifespan startup failed: {failed.Message}");
            case var other:
                throw new InvalidOperationException($"Expected 'lifespan.startup.complete' or 'lifespan.startup.failed', but the app sent '{other.Type}'.");
        }
    }

    public async Task ShutdownAsync(CancellationToken cancellationToken)
    {
        if (!IsRunning) return;
        IsRunning = false;
        await _toApp.Writer.WriteAsync(LifespanShutdownMessage.Instance, cancellationToken).ConfigureAwait(false);
        var reply = await NextAsync(cancellationToken).ConfigureAwait(false);
        await _app.WaitAsync(cancellationToken).ConfigureAwait(false);
        switch (reply)
        {
            case null or LifespanShutdownCompleteMessage:
                break;
            case LifespanShutdownFailedMessage failed:
                throw new InvalidOperationException($"Lifespan shutdown failed: {failed.Message}");
            default:
                throw new InvalidOperationException($"Expected 'lifespan.shutdown.complete' or 'lifespan.shutdown.failed', but the app sent '{reply.Type}'.");
        }
    }

    private async Task RunAsync(AsgiApp app, Scope scope)
    {
        try
        {
            await app(scope, () => _toApp.Reader.ReadAsync(), SendAsync).ConfigureAwait(false);
        }
        finally
        {
            _fromApp.Writer.TryComplete();
        }
    }

    private ValueTask SendAsync(AsgiMessage message)
    {
        if (message is not (LifespanStartupCompleteMessage or LifespanStartupFailedMessage or LifespanShutdownCompleteMessage or LifespanShutdownFailedMessage))
            throw new InvalidOperationException($"Received '{message.Type}' on a lifespan connection: only lifespan.* messages can be sent there.");
        return _fromApp.Writer.WriteAsync(message);
    }

    private async Task<AsgiMessage?> NextAsync(CancellationToken cancellationToken) =>
        await _fromApp.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false) && _fromApp.Reader.TryRead(out var message)
            ? message
            : null;
}
