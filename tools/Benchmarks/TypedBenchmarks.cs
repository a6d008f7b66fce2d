using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Typed;
using Starlette.Types;

namespace Starlette.Benchmarks;

/// <summary>
/// One <c>POST /items/{id:int}?q=blue</c> with a small JSON body (<c>{"name":"widget","quantity":3}</c>), answered
/// with a small JSON object, three ways doing the same work, all in process with no sockets and the same
/// source-generated JSON metadata:
/// <list type="bullet">
/// <item><see cref="Typed"/>: a Starlette.Typed endpoint behind a Router (path, query and body bound, the body's
/// non-nullable members checked, the result written as JSON), called through the contract with a fresh copy of a
/// pre-built scope, a receive that hands the pre-built body and a send that drops the messages.</item>
/// <item><see cref="Untyped"/>: the same through a toolkit Route endpoint written by hand (cast of the path
/// parameter, query lookup, <c>request.JsonAsync</c>, <c>JsonResponse</c>), called the same way.</item>
/// <item><see cref="MinimalApis"/>: ASP.NET Core Minimal APIs, <c>MapPost</c> with the same lambda on
/// <c>WebApplication.CreateSlimBuilder</c> (logging cleared), its middleware pipeline (routing + endpoint) built
/// into one <see cref="RequestDelegate"/> and invoked on a fresh <see cref="DefaultHttpContext"/> per call (the
/// request's method, path, query, content type and length set; a reused body stream rewound; a response body
/// that drops what is written). Kestrel would pool its HttpContext per connection: <see cref="HttpContextSetup"/>
/// measures that per-call setup alone, as <see cref="ScopeCopy"/> measures the scope copy of the two others.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
public class TypedBenchmarks
{
    private const string Expected = """{"id":42,"q":"blue","name":"widget","quantity":3}""";
    private static readonly byte[] Body = """{"name":"widget","quantity":3}"""u8.ToArray();
    private static readonly Receive Receive = () => ValueTask.FromResult<AsgiMessage>(new HttpRequestBodyMessage(Body));
    private static readonly Send Send = _ => ValueTask.CompletedTask;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { TypeInfoResolver = BenchItemJson.Default };

    private readonly Scope _scope = new(ScopeType.Http)
    {
        Method = "POST",
        Path = "/items/42",
        RawPath = "/items/42",
        QueryString = "q=blue",
        Headers = [new("host", "localhost"), new("content-type", "application/json"), new("content-length", "30")],
    };

    private readonly MemoryStream _requestBody = new(Body, writable: false);
    private AsgiApp _typed = null!;
    private AsgiApp _untyped = null!;
    private RequestDelegate _minimal = null!;
    private WebApplication _web = null!;

    /// <summary>Builds the three apps and checks their answers (synchronous: a failing setup must fail the run).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var api = new TypedApi(new TypedApiOptions { SerializerOptions = Json, OpenApiPath = null });
        api.Post("/items/{id:int}", (int id, string? q, BenchItem item) => new BenchItemResult(id, q, item.Name, item.Quantity));
        _typed = new Router(api.Routes).ToApp();
        _untyped = new Router([new Route("/items/{id:int}", UntypedHandler, methods: ["POST"])]).ToApp();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, BenchItemJson.Default));
        _web = builder.Build();
        _web.UseRouting();
        _web.MapPost("/items/{id:int}", (int id, string? q, BenchItem item) => new BenchItemResult(id, q, item.Name, item.Quantity));
        _web.UseEndpoints(_ => { });
        _minimal = ((IApplicationBuilder)_web).Build();

        Check("typed", Run(_typed));
        Check("untyped", Run(_untyped));
        Check("minimal", RunMinimal());
    }

    [GlobalCleanup]
    public void Cleanup() => _web.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public ValueTask Untyped() => _untyped(_scope.Clone(), Receive, Send);

    [Benchmark]
    public ValueTask Typed() => _typed(_scope.Clone(), Receive, Send);

    [Benchmark]
    public Task MinimalApis() => _minimal(MinimalContext(Stream.Null));

    /// <summary>The per-call scope copy of <see cref="Typed"/> and <see cref="Untyped"/>, alone.</summary>
    [Benchmark]
    public Scope ScopeCopy() => _scope.Clone();

    /// <summary>The per-call <see cref="DefaultHttpContext"/> setup of <see cref="MinimalApis"/>, alone.</summary>
    [Benchmark]
    public HttpContext HttpContextSetup() => MinimalContext(Stream.Null);

    private static async ValueTask<Response> UntypedHandler(Request request)
    {
        var id = (int)request.PathParams["id"]!;
        var q = request.QueryParams.Get("q");
        var item = await request.JsonAsync(BenchItemJson.Default.BenchItem).ConfigureAwait(false);
        if (item is null) return new PlainTextResponse("A JSON body is required.", Status.Http422UnprocessableContent);
        return new JsonResponse(new BenchItemResult(id, q, item.Name, item.Quantity), BenchItemJson.Default.BenchItemResult);
    }

    private HttpContext MinimalContext(Stream responseBody)
    {
        var context = new DefaultHttpContext { RequestServices = _web.Services };
        context.Features.Set<IHttpRequestBodyDetectionFeature>(BodyDetection.Instance);
        context.Request.Method = "POST";
        context.Request.Path = "/items/42";
        context.Request.QueryString = new QueryString("?q=blue");
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = Body.Length;
        _requestBody.Position = 0;
        context.Request.Body = _requestBody;
        context.Response.Body = responseBody;
        return context;
    }

    private string Run(AsgiApp app)
    {
        var text = new StringBuilder();
        app(_scope.Clone(), Receive, message =>
        {
            if (message is HttpResponseBodyMessage chunk) text.Append(Encoding.UTF8.GetString(chunk.Body.Span));
            return ValueTask.CompletedTask;
        }).AsTask().GetAwaiter().GetResult();
        return text.ToString();
    }

    private string RunMinimal()
    {
        using var output = new MemoryStream();
        _minimal(MinimalContext(output)).GetAwaiter().GetResult();
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static void Check(string name, string body)
    {
        if (body != Expected) throw new InvalidOperationException($"{name}: got '{body}', expected '{Expected}'.");
    }

    /// <summary>What Kestrel's request feature says for a request with a Content-Length: it can have a body.</summary>
    private sealed class BodyDetection : IHttpRequestBodyDetectionFeature
    {
        public static readonly BodyDetection Instance = new();

        public bool CanHaveBody => true;
    }
}

/// <summary>The request body of <see cref="TypedBenchmarks"/>.</summary>
public sealed record BenchItem(string Name, int Quantity);

/// <summary>The response of <see cref="TypedBenchmarks"/>.</summary>
public sealed record BenchItemResult(int Id, string? Q, string Name, int Quantity);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(BenchItem))]
[JsonSerializable(typeof(BenchItemResult))]
internal sealed partial class BenchItemJson : JsonSerializerContext;
