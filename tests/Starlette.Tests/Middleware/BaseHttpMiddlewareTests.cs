using System.Text;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Tests.Middleware;

public sealed class BaseHttpMiddlewareTests
{
    private sealed class CustomHeader(AsgiApp next) : BaseHttpMiddleware(next)
    {
        protected override async ValueTask<Response> DispatchAsync(Request request, Func<Request, ValueTask<Response>> callNext)
        {
            var response = await callNext(request);
            response.Headers["Custom-Header"] = "Example";
            return response;
        }
    }

    private static async IAsyncEnumerable<string> Chunks()
    {
        yield return "a";
        await Task.Yield();
        yield return "b";
    }

    private static StarletteApp CreateApp() => new(
        routes:
        [
            new Route("/", (Func<Request, Response>)(_ => new PlainTextResponse("Homepage"))),
            new Route("/exc", (Func<Request, Response>)(_ => throw new InvalidOperationException("Exc"))),
            new Route("/stream", (Func<Request, Response>)(_ => new StreamingResponse(Chunks()))),
            new Route("/echo", async Task<Response> (request) => new PlainTextResponse(Encoding.UTF8.GetString(await request.BodyAsync())), methods: ["POST"]),
            new Route("/none", async (scope, receive, send) => await Task.Yield()),
        ],
        middleware: [new Types.Middleware("CustomHeader", next => new CustomHeader(next).InvokeAsync)]);

    [Fact]
    public async Task Dispatch_AddsHeader()
    {
        using var client = new TestClient(CreateApp());
        var response = await client.GetAsync("/");
        Assert.Equal("Homepage", await response.Content.ReadAsStringAsync());
        Assert.Equal("Example", response.Headers.GetValues("Custom-Header").Single());
    }

    [Fact]
    public async Task Dispatch_StreamsBody()
    {
        using var client = new TestClient(CreateApp());
        var response = await client.GetAsync("/stream");
        Assert.Equal("ab", await response.Content.ReadAsStringAsync());
        Assert.Equal("Example", response.Headers.GetValues("Custom-Header").Single());
    }

    [Fact]
    public async Task AppError_Propagates()
    {
        using var client = new TestClient(CreateApp());
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/exc"));
        Assert.Equal("Exc", error.Message);
    }

    [Fact]
    public async Task NoResponse_Raises()
    {
        using var client = new TestClient(CreateApp());
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/none"));
        Assert.Equal("No response returned.", error.Message);
    }

    [Fact]
    public async Task BodyReadInDispatch_ReplayedToApp()
    {
        var app = new StarletteApp(
            routes: [new Route("/echo", async Task<Response> (request) => new PlainTextResponse(Encoding.UTF8.GetString(await request.BodyAsync())), methods: ["POST"])],
            middleware: [BaseHttpMiddleware.Create(async (request, callNext) =>
            {
                var body = await request.BodyAsync();
                var response = await callNext(request);
                response.Headers["x-seen"] = body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return response;
            })]);
        using var client = new TestClient(app);
        var response = await client.PostAsync("/echo", new StringContent("hello"));
        Assert.Equal("hello", await response.Content.ReadAsStringAsync());
        Assert.Equal("5", response.Headers.GetValues("x-seen").Single());
    }

    [Fact]
    public async Task DispatchOwnResponse_AppNotCalled()
    {
        var app = new StarletteApp(
            routes: [new Route("/", (Func<Request, Response>)(_ => new PlainTextResponse("app")))],
            middleware: [BaseHttpMiddleware.Create((_, _) => ValueTask.FromResult<Response>(new PlainTextResponse("short-circuit")))]);
        using var client = new TestClient(app);
        Assert.Equal("short-circuit", await client.GetStringAsync("/"));
    }
}
