using System.Text.Json.Nodes;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Testing;
using Starlette.WebSockets;

namespace Starlette.Routing.Tests;

/// <summary>Upstream binds extra arguments with functools.partial; the .NET equivalent is a closure or a bound method.</summary>
public class PartialEndpointTests
{
    private static ValueTask<Response> PartialEndpoint(string arg, Request request) =>
        ValueTask.FromResult<Response>(new JsonResponse(new JsonObject { ["arg"] = arg }));

    private static async ValueTask PartialWsEndpoint(WebSocket websocket)
    {
        await websocket.AcceptAsync();
        await websocket.SendJsonAsync(new JsonObject { ["url"] = websocket.Url.ToString() });
        await websocket.CloseAsync();
    }

    private sealed class PartialRoutes(string arg)
    {
        public ValueTask<Response> AsyncEndpoint(Request request) => PartialEndpoint(arg, request);

        public ValueTask AsyncWsEndpoint(WebSocket websocket) => PartialWsEndpoint(websocket);
    }

    private static readonly Routing.Router App = new(
    [
        new Mount("/partial", [
            new Route("/", request => PartialEndpoint("foo", request)),
            new Route("/cls", new PartialRoutes("foo").AsyncEndpoint),
            new WebSocketRoute("/ws", PartialWsEndpoint),
            new WebSocketRoute("/ws/cls", new PartialRoutes("foo").AsyncWsEndpoint),
        ]),
    ]);

    [Fact]
    public async Task InvokeAsync_BoundArgumentEndpoints_Respond()
    {
        using var client = new TestClient(App);
        Assert.Equal("""{"arg":"foo"}""", await client.GetStringAsync("/partial"));
        Assert.Equal("""{"arg":"foo"}""", await client.GetStringAsync("/partial/cls"));
    } // upstream test_partial_async_endpoint

    [Fact]
    public async Task InvokeAsync_BoundWebSocketEndpoints_Respond()
    {
        using var client = new TestClient(App);
        await using (var session = await client.WebSocketConnectAsync("/partial/ws"))
        {
            Assert.Equal("ws://testserver/partial/ws", (await session.ReceiveJsonAsync()).GetProperty("url").GetString());
        }

        await using (var session = await client.WebSocketConnectAsync("/partial/ws/cls"))
        {
            Assert.Equal("ws://testserver/partial/ws/cls", (await session.ReceiveJsonAsync()).GetProperty("url").GetString());
        }
    } // upstream test_partial_async_ws_endpoint

    [Fact]
    public async Task InvokeAsync_MountedAppThrows_ExceptionPropagates()
    {
        Response Exc(Request request) => throw new InvalidOperationException("Exc");
        var subApp = new Routing.Router([new Route("/", Exc)]);
        using var client = new TestClient(new Routing.Router([new Mount("/sub", subApp)]));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/sub/"));
        Assert.Equal("Exc", error.Message);
    } // upstream test_exception_on_mounted_apps (Routers in place of Starlette(...))
}
