using BenchmarkDotNet.Attributes;
using Starlette.Middleware.Cors;
using Starlette.Types;

namespace Starlette.Benchmarks;

/// <summary>
/// One request through <see cref="CorsMiddleware"/> with a send that does nothing. The app sends a two-header
/// start message and a body, as a plaintext endpoint does; <see cref="App_NoMiddleware"/> is that app alone, so the
/// difference is the middleware's cost per request.
/// </summary>
[MemoryDiagnoser]
public class CorsBenchmarks
{
    private static readonly Receive Receive = () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty);
    private static readonly Send Send = _ => ValueTask.CompletedTask;
    private static readonly HttpResponseBodyMessage Body = new("Hello, World!"u8.ToArray());

    private static readonly HttpHeader[] BrowserHeaders =
    [
        new("host", "api.example.org"), new("user-agent", "Mozilla/5.0 (X11; Linux x86_64)"), new("accept", "application/json"),
        new("accept-language", "en-US,en;q=0.5"), new("accept-encoding", "gzip, deflate, br"), new("origin", "https://example.org"),
        new("connection", "keep-alive"), new("sec-fetch-mode", "cors"),
    ];

    private readonly Scope _simple = new(ScopeType.Http) { Headers = BrowserHeaders };
    private readonly Scope _noOrigin = new(ScopeType.Http) { Headers = BrowserHeaders.Where(h => h.Name != "origin").ToArray() };
    private readonly Scope _preflight = new(ScopeType.Http)
    {
        Method = "OPTIONS",
        Headers = [.. BrowserHeaders, new("access-control-request-method", "POST"), new("access-control-request-headers", "content-type, x-requested-with")],
    };

    private readonly AsgiApp _listed = CorsMiddleware.Wrap(App, new CorsOptions
    {
        AllowOrigins = ["https://example.org", "https://example.com"],
        AllowMethods = ["GET", "POST"],
        AllowHeaders = ["X-Requested-With"],
    });

    private readonly AsgiApp _anyOrigin = CorsMiddleware.Wrap(App, new CorsOptions { AllowOrigins = ["*"] });

    private readonly AsgiApp _anyOriginWithCredentials = CorsMiddleware.Wrap(App, new CorsOptions
    {
        AllowOrigins = ["*"],
        AllowCredentials = true,
        ExposeHeaders = ["X-Total-Count"],
    });

    private readonly AsgiApp _pattern = CorsMiddleware.Wrap(App, new CorsOptions { AllowOriginRegex = @"https://([a-z0-9-]+\.)?example\.org" });

    [Benchmark(Baseline = true)]
    public ValueTask App_NoMiddleware() => App(_simple, Receive, Send);

    [Benchmark]
    public ValueTask Simple_ListedOrigin() => _listed(_simple, Receive, Send);

    [Benchmark]
    public ValueTask Simple_AnyOrigin() => _anyOrigin(_simple, Receive, Send);

    [Benchmark]
    public ValueTask Simple_AnyOriginWithCredentials() => _anyOriginWithCredentials(_simple, Receive, Send);

    [Benchmark]
    public ValueTask Simple_OriginPattern() => _pattern(_simple, Receive, Send);

    [Benchmark]
    public ValueTask NoOrigin_PassThrough() => _listed(_noOrigin, Receive, Send);

    [Benchmark]
    public ValueTask Preflight_Allowed() => _listed(_preflight, Receive, Send);

    private static async ValueTask App(Scope scope, Receive receive, Send send)
    {
        await send(new HttpResponseStartMessage(Status.Http200OK,
            [new HttpHeader("content-length", "13"), new HttpHeader("content-type", "text/plain; charset=utf-8")]));
        await send(Body);
    }
}
