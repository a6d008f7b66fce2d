using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;

namespace Starlette.Middleware.Telemetry.Tests;

public class TelemetryMiddlewareMetricsTests
{
    private const string Duration = "http.server.request.duration";
    private const string Active = "http.server.active_requests";

    [Fact]
    public async Task Wrap_Requests_RecordDurationWithRouteAndStatus()
    {
        using var collector = new Collector(traces: false);
        using var client = Apps.Client();
        await client.GetAsync("/users/1");
        await client.GetAsync("/users/2");
        await client.GetAsync("/nowhere");

        var points = collector.Points(Duration);
        var routed = Assert.Single(points, p => p.TagMap().GetValueOrDefault("http.route") is "/users/{id:int}");
        Assert.Equal(2, routed.GetHistogramCount());
        Assert.True(routed.GetHistogramSum() > 0);
        var tags = routed.TagMap();
        Assert.Equal("GET", tags["http.request.method"]);
        Assert.Equal("http", tags["url.scheme"]);
        Assert.Equal(200, Convert.ToInt32(tags["http.response.status_code"]));
        Assert.Equal("http", tags["network.protocol.name"]);
        Assert.Equal("1.1", tags["network.protocol.version"]);
        var missed = Assert.Single(points, p => !p.TagMap().ContainsKey("http.route"));
        Assert.Equal(404, Convert.ToInt32(missed.TagMap()["http.response.status_code"]));
    }

    [Fact]
    public async Task Wrap_Failure_DurationCarriesErrorType()
    {
        using var collector = new Collector(traces: false);
        using var client = Apps.Client();
        await client.GetAsync("/boom");
        var point = Assert.Single(collector.Points(Duration));
        Assert.Equal("System.InvalidOperationException", point.TagMap()["error.type"]);
        Assert.Equal(500, Convert.ToInt32(point.TagMap()["http.response.status_code"]));
    }

    [Fact]
    public async Task Duration_Histogram_UsesRecommendedBucketsInSeconds()
    {
        using var collector = new Collector(traces: false);
        using var client = Apps.Client();
        await client.GetAsync("/users/1");
        var metric = collector.Instrument(Duration);
        Assert.NotNull(metric);
        Assert.Equal("s", metric.Unit);
        var point = Assert.Single(collector.Points(Duration));
        var bounds = new List<double>();
        foreach (var bucket in point.GetHistogramBuckets()) bounds.Add(bucket.ExplicitBound);
        Assert.Equal([0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, double.PositiveInfinity], bounds);
    }

    [Fact]
    public async Task Wrap_ActiveRequests_CountsWhileRunningAndBackToZero()
    {
        using var collector = new Collector(traces: false);
        var entered = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var app = TelemetryMiddleware.Wrap(async (scope, receive, send) =>
        {
            entered.SetResult();
            await release.Task;
            await new Responses.PlainTextResponse("ok").ExecuteAsync(scope, receive, send);
        });
        using var client = new Testing.TestClient(app);
        var pending = client.GetAsync("/");
        await entered.Task;
        var during = Assert.Single(collector.Points(Active));
        Assert.Equal(1, during.GetSumLong());
        Assert.Equal("GET", during.TagMap()["http.request.method"]);
        Assert.Equal("http", during.TagMap()["url.scheme"]);
        release.SetResult();
        await pending;
        Assert.Equal(0, Assert.Single(collector.Points(Active)).GetSumLong());
    }

    [Fact]
    public async Task Wrap_MeterFactory_InstrumentsComeFromIt()
    {
        using var factory = new TestMeterFactory();
        var measurements = new List<double>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (factory.Meters.Contains(instrument.Meter) && instrument.Name == Duration) l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => measurements.Add(value));
        listener.Start();
        using var client = Apps.Client(new TelemetryOptions { MeterFactory = factory });
        await client.GetAsync("/users/1");
        Assert.Single(measurements);
        Assert.Equal(TelemetryMiddleware.MeterName, Assert.Single(factory.Meters).Name);
    }

    private sealed class TestMeterFactory : IMeterFactory
    {
        public List<Meter> Meters { get; } = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options.Name, options.Version, options.Tags, this);
            Meters.Add(meter);
            return meter;
        }

        public void Dispose()
        {
            foreach (var meter in Meters) meter.Dispose();
        }
    }
}
