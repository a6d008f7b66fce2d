using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

// The middleware's ActivitySource and Meter are process-wide: one test at a time sees only its own spans and points.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Starlette.Middleware.Telemetry.Tests;

/// <summary>The OpenTelemetry SDK with in-memory exporters, listening to the middleware's source and meter.</summary>
internal sealed class Collector : IDisposable
{
    private readonly TracerProvider _tracer;
    private readonly MeterProvider _meter;
    private readonly List<Activity> _spans = [];
    private readonly List<Metric> _metrics = [];

    public Collector(bool traces = true, bool metrics = true)
    {
        var tracer = Sdk.CreateTracerProviderBuilder();
        if (traces) tracer.AddSource(TelemetryMiddleware.ActivitySourceName);
        _tracer = tracer.AddInMemoryExporter(_spans).Build()!;
        var meter = Sdk.CreateMeterProviderBuilder();
        if (metrics) meter.AddMeter(TelemetryMiddleware.MeterName);
        _meter = meter.AddInMemoryExporter(_metrics).Build()!;
    }

    /// <summary>The exported spans once <paramref name="count"/> have ended (the app may finish after the response).</summary>
    public async Task<IReadOnlyList<Activity>> SpansAsync(int count = 1)
    {
        for (var i = 0; i < 200 && Count() < count; i++) await Task.Delay(10);
        lock (_spans) return [.. _spans];
    }

    /// <summary>The metric points of instrument <paramref name="name"/>, collected now.</summary>
    public List<MetricPoint> Points(string name)
    {
        _metrics.Clear();
        _meter.ForceFlush();
        var points = new List<MetricPoint>();
        foreach (var metric in _metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints()) points.Add(point);
        }

        return points;
    }

    public Metric? Instrument(string name)
    {
        _metrics.Clear();
        _meter.ForceFlush();
        return _metrics.FirstOrDefault(m => m.Name == name);
    }

    public void Dispose()
    {
        _tracer.Dispose();
        _meter.Dispose();
    }

    private int Count()
    {
        lock (_spans) return _spans.Count;
    }
}

internal static class TagExtensions
{
    public static Dictionary<string, object?> TagMap(this MetricPoint point)
    {
        var tags = new Dictionary<string, object?>();
        foreach (var tag in point.Tags) tags[tag.Key] = tag.Value;
        return tags;
    }

    public static Dictionary<string, object?> TagMap(this Activity span) => span.TagObjects.ToDictionary(t => t.Key, t => t.Value);
}
