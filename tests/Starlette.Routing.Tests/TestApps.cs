using System.Text.Json.Nodes;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Types;
using Starlette.WebSockets;

namespace Starlette.Routing.Tests;

/// <summary>The endpoints and routers upstream's test_routing.py builds at module level.</summary>
internal static class TestApps
{
    public static Response Homepage(Request request) => new("Hello, world", mediaType: "text/plain");

    public static Response Users(Request request) => new("All users", mediaType: "text/plain");

    public static Response User(Request request) => new("User " + request.PathParams["username"], mediaType: "text/plain");

    public static Response UserMe(Request request) => new("User fixed me", mediaType: "text/plain");

    public static Response DisableUser(Request request) => new("User " + request.PathParams["username"] + " disabled", mediaType: "text/plain");

    public static Response UserNoMatch(Request request) => new("User fixed no match", mediaType: "text/plain");

    public static Response FuncHomepage(Request request) => new("Hello, world!", mediaType: "text/plain");

    public static Response Contact(Request request) => new("Hello, POST!", mediaType: "text/plain");

    public static Response Echo(Request request, string key) =>
        new JsonResponse(new JsonObject { [key] = JsonValue.Create(request.PathParams["param"]?.ToString()) });

    public static async ValueTask WebSocketEndpoint(WebSocket session)
    {
        await session.AcceptAsync();
        await session.SendTextAsync("Hello, world!");
        await session.CloseAsync();
    }

    public static async ValueTask WebSocketParams(WebSocket session)
    {
        await session.AcceptAsync();
        await session.SendTextAsync($"Hello, {session.PathParams["room"]}!");
        await session.CloseAsync();
    }

    public static AsgiApp Ok => new PlainTextResponse("OK").ToApp();

    public static Router App { get; } = new(
    [
        new Route("/", Homepage, methods: ["GET"]),
        new Mount("/users", [
            new Route("/", Users),
            new Route("/me", UserMe),
            new Route("/{username}", User),
            new Route("/{username}:disable", DisableUser, methods: ["PUT"]),
            new Route("/nomatch", UserNoMatch),
        ]),
        new Mount("/static", new Response("xxxxx", mediaType: "image/png").ToApp()),
        new Route("/func", FuncHomepage, methods: ["GET"]),
        new Route("/func", Contact, methods: ["POST"]),
        new Route("/int/{param:int}", r => Echo(r, "int"), name: "int-convertor"),
        new Route("/float/{param:float}", r => Echo(r, "float"), name: "float-convertor"),
        new Route("/path/{param:path}", r => Echo(r, "path"), name: "path-convertor"),
        new Route("/uuid/{param:uuid}", r => Echo(r, "uuid"), name: "uuid-convertor"),
        new Route("/path-with-parentheses({param:int})", r => Echo(r, "int"), name: "path-with-parentheses"),
        new WebSocketRoute("/ws", WebSocketEndpoint),
        new WebSocketRoute("/ws/{room}", WebSocketParams),
    ]);

    public static Dictionary<string, object?> Params(params (string Key, object? Value)[] pairs)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs) result[key] = value;
        return result;
    }
}
