using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Starlette.Middleware.Telemetry;

/// <summary>The activity source and the two instruments: process-wide by default, or from the options' meter factory.</summary>
internal sealed class TelemetryInstruments
{
    private static readonly ActivitySource SharedSource = new(TelemetryMiddleware.ActivitySourceName, Version);
    private static readonly TelemetryInstruments Shared = new(new Meter(TelemetryMiddleware.MeterName, Version));

    private TelemetryInstruments(Meter meter)
    {
        Duration = meter.CreateHistogram(
            SemanticConventions.DurationName,
            unit: "s",
            description: "Duration of HTTP server requests.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SemanticConventions.DurationBuckets });
        Active = meter.CreateUpDownCounter<long>(
            SemanticConventions.ActiveRequestsName,
            unit: "{request}",
            description: "Number of active HTTP server requests.");
    }

    private static string? Version => typeof(TelemetryInstruments).Assembly.GetName().Version?.ToString();

    public ActivitySource Source => SharedSource;

    public Histogram<double> Duration { get; }

    public UpDownCounter<long> Active { get; }

    /// <summary>Whether anything listens: when not, a connection is passed through untouched.</summary>
    public bool AnyListener => SharedSource.HasListeners() || Duration.Enabled || Active.Enabled;

    public static TelemetryInstruments For(TelemetryOptions options) =>
        options.MeterFactory is { } factory ? new(factory.Create(new MeterOptions(TelemetryMiddleware.MeterName) { Version = Version })) : Shared;
}
