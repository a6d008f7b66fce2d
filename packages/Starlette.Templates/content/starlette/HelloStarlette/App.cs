using Starlette;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Types;
using Starlette.WebSockets;

namespace HelloStarlette;

/// <summary>The application: its routes and WebSocket endpoints.</summary>
public static class App
{
    /// <summary>Builds the app; Program.cs serves it, the tests call it through the TestClient.</summary>
    public static AsgiApp Create() => new StarletteApp(routes:
    [
        new Route("/", (Request request) => new PlainTextResponse("Hello, world!")),
        new Route("/hello/{name}", (Request request) => new JsonResponse(new Dictionary<string, object?> { ["hello"] = request.PathParams["name"] })),
        new WebSocketRoute("/ws", EchoAsync),
    ]);

    // Accepts, then answers each text message with "echo: <text>" until the client closes.
    private static async ValueTask EchoAsync(WebSocket websocket)
    {
        await websocket.AcceptAsync();
        try
        {
            while (true)
                await websocket.SendTextAsync($"echo: {await websocket.ReceiveTextAsync()}");
        }
        catch (WebSocketDisconnectException)
        {
        }
    }
}
