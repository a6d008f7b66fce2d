using System.Text.Json.Serialization;
using Starlette.Middleware.Cors;
using Starlette.Middleware.GZip;
using Starlette.Middleware.Sessions;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Types;

namespace Starlette.Bench;

/// <summary>
/// The benchmark app of servers D and E, also measured in process by tools/Benchmarks (AppBenchmarks links this
/// file): <c>/plaintext</c>, <c>/json</c>, then 20 dummy routes <c>/dummy{i}/{id:int}</c>, then
/// <c>/users/{id:int}</c>, as Route endpoints on a StarletteApp.
/// </summary>
public static class BenchApp
{
    /// <summary>The number of dummy routes registered between <c>/json</c> and <c>/users/{id:int}</c>.</summary>
    public const int DummyRoutes = 20;

    /// <summary>Builds the app.</summary>
    /// <param name="middleware">Server E: CORS (any origin) + GZip (defaults) + Sessions in the stack.</param>
    /// <returns>The app.</returns>
    public static StarletteApp Create(bool middleware)
    {
        var routes = new List<BaseRoute>(DummyRoutes + 3)
        {
            new Route("/plaintext", Plaintext),
            new Route("/json", Json),
        };
        for (var i = 0; i < DummyRoutes; i++) routes.Add(new Route($"/dummy{i}/{{id:int}}", Dummy));
        routes.Add(new Route("/users/{id:int}", User));

        MiddlewareDescriptor[] stack = middleware
            ?
            [
                CorsMiddleware.Create(new CorsOptions { AllowOrigins = ["*"] }),
                GZipMiddleware.Create(),
                SessionMiddleware.Create(new SessionOptions { SecretKey = "benchmark-secret-0123456789abcdef" }),
            ]
            : [];
        return new StarletteApp(routes: routes, middleware: stack);
    }

    private static ValueTask<Response> Plaintext(Request request) =>
        ValueTask.FromResult<Response>(new PlainTextResponse("Hello, World!"));

    private static ValueTask<Response> Json(Request request) =>
        ValueTask.FromResult<Response>(new JsonResponse(new Greeting("Hello, World!"), BenchJson.Default.Greeting));

    private static ValueTask<Response> User(Request request) =>
        ValueTask.FromResult<Response>(new JsonResponse(new UserId((int)request.PathParams["id"]!), BenchJson.Default.UserId));

    private static ValueTask<Response> Dummy(Request request) =>
        ValueTask.FromResult<Response>(new PlainTextResponse("dummy"));
}

/// <summary>The body of <c>/json</c>.</summary>
/// <param name="Message">The message.</param>
public sealed record Greeting(string Message);

/// <summary>The body of <c>/users/{id}</c>.</summary>
/// <param name="Id">The user id.</param>
public sealed record UserId(int Id);

/// <summary>Source-generated JSON metadata (camelCase names: <c>{"message":...}</c>, <c>{"id":...}</c>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Greeting))]
[JsonSerializable(typeof(UserId))]
public sealed partial class BenchJson : JsonSerializerContext;
