using Starlette.Types;

namespace Starlette.Routing;

/// <summary>The router's handling of a lifespan scope (upstream's <c>Router.lifespan</c>).</summary>
internal static class RouterLifespan
{
    public static async ValueTask RunAsync(Lifespan? lifespan, Scope scope, Receive receive, Send send)
    {
        var started = false;
        var app = scope.TryGetItem(ScopeItemKeys.App, out var item) ? item as IRoutedApp : null;
        await receive().ConfigureAwait(false);
        try
        {
            var handle = lifespan is null ? null : await lifespan(app).ConfigureAwait(false);
            try
            {
                if (handle?.State is { } state)
                {
                    var target = scope.State ?? throw new InvalidOperationException("The server does not support \"state\" in the lifespan scope.");
                    foreach (var (key, value) in state) target[key] = value;
                }

                await send(LifespanStartupCompleteMessage.Instance).ConfigureAwait(false);
                started = true;
                await receive().ConfigureAwait(false);
            }
            finally
            {
                if (handle is not null) await handle.DisposeAsync().ConfigureAwait(false);
            }
        }
        catch (Exception exception)
        {
            var text = exception.ToString();
            await send(started ? new LifespanShutdownFailedMessage(text) : new LifespanStartupFailedMessage(text)).ConfigureAwait(false);
            throw;
        }

        await send(LifespanShutdownCompleteMessage.Instance).ConfigureAwait(false);
    }
}
