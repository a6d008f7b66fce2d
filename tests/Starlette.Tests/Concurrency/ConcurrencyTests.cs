using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;

namespace Starlette.Tests.Concurrency;

public sealed class ConcurrencyTests
{
    private static readonly AsyncLocal<string> Context = new();

    [Fact]
    public async Task SyncEndpoint_OnThreadPool_SeesTheCallersAsyncLocal() // upstream test_accessing_context_from_threaded_sync_endpoint
    {
        Context.Value = "data";
        Func<Request, Response> endpoint = _ => new Response(Context.Value ?? "missing");
        var app = new StarletteApp(routes: [new Route("/", endpoint)]);
        using var client = new TestClient(app.ToApp());

        Assert.Equal("data", await client.GetStringAsync("/"));
    }
}
