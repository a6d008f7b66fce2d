using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Starlette.Middleware.Telemetry;

/// <summary>
/// How <see cref="TelemetryMiddleware"/> traces and measures. The middleware reads the options once, when it is
/// built: later changes have no effect on it.
/// </summary>
/// <example>
/// <code>
/// var options = new TelemetryOptions { Filter = scope => scope.Path != "/health" };
/// </code>
/// </example>
public sealed class TelemetryOptions
{
    /// <summary>
    /// Reads the trace context (<c>traceparent</c>, <c>tracestate</c>, <c>baggage</c>) from the request headers;
    /// <see langword="null"/> (the default) uses <see cref="DistributedContextPropagator.Current"/> at each request.
    /// </summary>
    public DistributedContextPropagator? Propagator { get; set; }

    /// <summary>
    /// Creates the meter (<c>IMeterFactory</c> from dependency injection, so tests and hosts can scope it);
    /// <see langword="null"/> (the default) uses one process-wide meter named <see cref="TelemetryMiddleware.MeterName"/>.
    /// </summary>
    public IMeterFactory? MeterFactory { get; set; }

    /// <summary>
    /// Decides which connections are traced and measured (for example, not health checks); <see langword="null"/>
    /// (the default) instruments every HTTP request and WebSocket session.
    /// </summary>
    public Func<Types.Scope, bool>? Filter { get; set; }

    /// <summary>Describes the options.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"TelemetryOptions {{ Propagator = {Propagator?.GetType().Name ?? "Current"}, MeterFactory = {(MeterFactory is null ? "none" : "set")}, Filter = {(Filter is null ? "none" : "set")} }}";
}
