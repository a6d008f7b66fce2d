using BenchmarkDotNet.Attributes;
using Starlette.Middleware.RequestId;
using Starlette.Types;

namespace Starlette.Benchmarks;

/// <summary>
/// One request through <see cref="RequestIdMiddleware"/> with a send that does nothing: a valid incoming id (checked,
/// recorded, echoed) and none (a GUID v7 made), against the bare app.
/// </summary>
[MemoryDiagnoser]
public class RequestIdBenchmarks
{
    private static readonly Receive Receive = () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty);
    private static readonly Send Send = _ => ValueTask.CompletedTask;
    private static readonly HttpResponseBodyMessage Body = new("Hello, World!"u8.ToArray());

    private readonly HttpHeader[] _withId = [new("host", "localhost"), new("x-request-id", "0192d1c2-7f3a-7c55-9e1b-2b8a4b5f6a7d")];
    private readonly HttpHeader[] _withoutId = [new("host", "localhost")];
    private readonly AsgiApp _wrapped = RequestIdMiddleware.Wrap(App);

    [Benchmark(Baseline = true)]
    public ValueTask App_NoMiddleware() => App(new Scope(ScopeType.Http) { Headers = _withoutId }, Receive, Send);

    [Benchmark]
    public ValueTask IncomingId() => _wrapped(new Scope(ScopeType.Http) { Headers = _withId }, Receive, Send);

    [Benchmark]
    public ValueTask GeneratedId() => _wrapped(new Scope(ScopeType.Http) { Headers = _withoutId }, Receive, Send);

    private static async ValueTask App(Scope scope, Receive receive, Send send)
    {
        await send(new HttpResponseStartMessage(Status.Http200OK,
            [new HttpHeader("content-length", "13"), new HttpHeader("content-type", "text/plain; charset=utf-8")]));
        await send(Body);
    }
}
