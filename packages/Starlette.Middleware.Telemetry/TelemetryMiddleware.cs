using Starlette.Types;

namespace Starlette.Middleware.Telemetry;

/// <summary>
/// Traces and measures HTTP requests and WebSocket sessions the way OpenTelemetry's HTTP server semantic
/// conventions describe, with the BCL's <see cref="System.Diagnostics.ActivitySource"/> and
/// <see cref="System.Diagnostics.Metrics.Meter"/> only: the OpenTelemetry SDK (or any listener) collects it with
/// <c>AddSource("Starlette")</c> and <c>AddMeter("Starlette")</c>. With no listener, a connection costs a few checks.
/// </summary>
/// <remarks>
/// Put it outermost (around the application) so the span covers everything, error pages included. The span's
/// parent comes from the request's <c>traceparent</c>/<c>tracestate</c> (W3C trace context), else from
/// <see cref="System.Diagnostics.Activity.Current"/>. <c>http.route</c> is the template of the route that matched
/// (the router records it under <see cref="ScopeItemKeys.RouteTemplate"/>); a 404 has none.
/// </remarks>
/// <example>
/// <code>
/// AsgiApp app = TelemetryMiddleware.Wrap(starletteApp);
/// // or, in an application's middleware list (first = outermost):
/// Middleware telemetry = TelemetryMiddleware.Create(new TelemetryOptions());
/// </code>
/// </example>
public static class TelemetryMiddleware
{
    /// <summary>The name the middleware descriptor carries.</summary>
    public const string Name = "TelemetryMiddleware";

    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/> the spans come from.</summary>
    public const string ActivitySourceName = "Starlette";

    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/> the instruments belong to.</summary>
    public const string MeterName = "Starlette";

    /// <summary>Describes the middleware for an application's middleware list.</summary>
    /// <param name="options">How to trace and measure; <see langword="null"/> for the defaults.</param>
    /// <returns>The descriptor; every app it wraps shares one set of instruments.</returns>
    public static Types.Middleware Create(TelemetryOptions? options = null)
    {
        options ??= new TelemetryOptions();
        var instruments = TelemetryInstruments.For(options);
        return new Types.Middleware(Name, next => new TelemetryHandler(next, options, instruments).InvokeAsync, options);
    }

    /// <summary>Wraps <paramref name="next"/> in the middleware.</summary>
    /// <param name="next">The app to trace and measure.</param>
    /// <param name="options">How to trace and measure; <see langword="null"/> for the defaults.</param>
    /// <returns>The wrapped app.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is <see langword="null"/>.</exception>
    public static AsgiApp Wrap(AsgiApp next, TelemetryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(next);
        options ??= new TelemetryOptions();
        return new TelemetryHandler(next, options, TelemetryInstruments.For(options)).InvokeAsync;
    }
}
