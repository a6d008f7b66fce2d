using System.Threading.Channels;
using Starlette.Types;

namespace Starlette.TestClient;

/// <summary>
/// A running lifespan (upstream's <c>with TestClient(app)</c> block): startup has completed; disposing it sends
/// <c>lifespan.shutdown</c> and waits for the app. An app that returns without answering the lifespan protocol is
/// taken not to use it. Exceptions the app throws during startup or shutdown reach the caller.
/// </summary>
public sealed class TestClientLifespan : IAsyncDisposable
{
    private readonly Channel<AsgiMessage> _toApp = Channel.CreateUnbounded<AsgiMessage>();
    private readonly Channel<AsgiMessage> _fromApp = Channel.CreateUnbounded<AsgiMessage>();
    private Task _app = Task.CompletedTask;

    private TestClientLifespan()
    {
    }

    /// <summary>Whether startup completed and shutdown has not run yet.</summary>
    public bool IsRunning { get; private set; }

    internal static async Task<TestClientLifespan> StartAsync(AsgiApp app, IDictionary<string, object?> state, CancellationToken cancellationToken)
    {
        var lifespan = new TestClientLifespan();
        var scope = new Scope(ScopeType.Lifespan) { State = state };
        lifespan._app = Task.Run(() => lifespan.RunAsync(app, scope), CancellationToken.None);
        await lifespan._toApp.Writer.WriteAsync(LifespanStartupMessage.Instance, cancellationToken).ConfigureAwait(false);
        switch (await lifespan.NextAsync(cancellationToken).ConfigureAwait(false))
        {
            case null:
                await lifespan._app.ConfigureAwait(false); // the app does not use lifespan (or threw: rethrows)
                break;
            case LifespanStartupCompleteMessage:
                lifespan.IsRunning = true;
                break;
            case LifespanStartupFailedMessage failed:
                await lifespan._app.ConfigureAwait(false);
                throw new InvalidOperationException($"Lifespan startup failed: {failed.Message}");
            case var other:
                throw new InvalidOperationException($"Expected 'lifespan.startup.complete' or 'lifespan.startup.failed', but the app sent '{other.Type}'.");
        }

        return lifespan;
    }

    /// <summary>Runs lifespan shutdown and waits for the app to return.</summary>
    /// <returns>A task that completes when shutdown has run.</returns>
    /// <exception cref="InvalidOperationException">Shutdown failed with the app's message.</exception>
    public async ValueTask DisposeAsync()
    {
        if (!IsRunning) return;
        IsRunning = false;
        await _toApp.Writer.WriteAsync(LifespanShutdownMessage.Instance).ConfigureAwait(false);
        var reply = await NextAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.ConfigureAwait(false);
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
