using Starlette.Types;

namespace Starlette.Middleware.Telemetry;

/// <summary>
/// The middleware itself: lifespan scopes, filtered-out connections and every connection while nothing listens go
/// straight to the app (no allocation); the others run through an <see cref="InstrumentedConnection"/>.
/// </summary>
internal sealed class TelemetryHandler(AsgiApp next, TelemetryOptions options, TelemetryInstruments instruments)
{
    private readonly Func<Scope, bool>? _filter = options.Filter;
    private readonly System.Diagnostics.DistributedContextPropagator? _propagator = options.Propagator;

    public ValueTask InvokeAsync(Scope scope, Receive receive, Send send)
    {
        if (scope.Type is not (ScopeType.Http or ScopeType.WebSocket) || !instruments.AnyListener) return next(scope, receive, send);
        if (_filter is not null && !_filter(scope)) return next(scope, receive, send);
        return new InstrumentedConnection(scope, send, instruments).RunAsync(next, receive, _propagator);
    }
}
