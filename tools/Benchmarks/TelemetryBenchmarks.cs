using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Starlette.Middleware.Telemetry;
using Starlette.Types;

namespace Starlette.Benchmarks;

/// <summary>
/// One request through <see cref="TelemetryMiddleware"/> with a send that does nothing. <see cref="NoListener"/> is the
/// cost when nothing collects (target: at most 150 ns and 200 B over <see cref="App_NoMiddleware"/>);
/// <see cref="Traced"/> has an <see cref="ActivityListener"/> recording every span, as an OpenTelemetry SDK would.
/// </summary>
[MemoryDiagnoser]
public class TelemetryBenchmarks
{
    private static readonly Receive Receive = () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty);
    private static readonly Send Send = _ => ValueTask.CompletedTask;
    private static readonly HttpResponseBodyMessage Body = new("Hello, World!"u8.ToArray());

    private readonly Scope _scope = new(ScopeType.Http)
    {
        Path = "/plaintext",
        Headers = [new("host", "localhost:8000"), new("user-agent", "bench"), new("accept", "text/plain")],
    };

    private readonly AsgiApp _wrapped = TelemetryMiddleware.Wrap(App);
    private ActivityListener? _listener;

    [GlobalSetup(Target = nameof(Traced))]
    public void AttachListener()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == TelemetryMiddleware.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [GlobalCleanup(Target = nameof(Traced))]
    public void DetachListener() => _listener?.Dispose();

    [Benchmark(Baseline = true)]
    public ValueTask App_NoMiddleware() => App(_scope, Receive, Send);

    [Benchmark]
    public ValueTask NoListener() => _wrapped(_scope, Receive, Send);

    [Benchmark]
    public ValueTask Traced() => _wrapped(_scope, Receive, Send);

    private static async ValueTask App(Scope scope, Receive receive, Send send)
    {
        await send(new HttpResponseStartMessage(Status.Http200OK,
            [new HttpHeader("content-length", "13"), new HttpHeader("content-type", "text/plain; charset=utf-8")]));
        await send(Body);
    }
}
