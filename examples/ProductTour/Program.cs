using System.Text.Json.Nodes;
using Starlette;
using Starlette.Hosting.Kestrel;
using Starlette.Middleware.Cors;
using Starlette.Middleware.Sessions;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.WebSockets;

// The example of the product documents, in C#: a homepage, a user profile with an int path parameter, a
// WebSocket endpoint, a submounted group of routes, CORS + sessions middleware, and startup/shutdown handlers.
static ValueTask<Response> Homepage(Request request) =>
    ValueTask.FromResult<Response>(new PlainTextResponse("Hello, world!"));

static ValueTask<Response> UserProfile(Request request)
{
    var userId = (int)request.PathParams["user_id"]!;
    request.Session["last_user"] = userId;
    return ValueTask.FromResult<Response>(new JsonResponse(new JsonObject { ["user_id"] = userId }));
}

static async ValueTask WebSocketEndpoint(WebSocket websocket)
{
    await websocket.AcceptAsync();
    await websocket.SendTextAsync("Hello, websocket!");
    await websocket.CloseAsync();
}

static ValueTask<Response> Users(Request request) =>
    ValueTask.FromResult<Response>(new PlainTextResponse($"users ({request.Method})"));

static ValueTask<Response> User(Request request) =>
    ValueTask.FromResult<Response>(new PlainTextResponse($"user {request.PathParams["username"]}"));

var app = new StarletteApp(
    debug: true,
    routes:
    [
        new Route("/", Homepage),
        new Route("/users/{user_id:int}", UserProfile),
        new WebSocketRoute("/ws", WebSocketEndpoint),
        new Mount("/people", routes:
        [
            new Route("/", Users, methods: ["GET", "POST"]),
            new Route("/{username}", User),
        ]),
    ],
    middleware:
    [
        CorsMiddleware.Create(new CorsOptions { AllowOrigins = ["*"] }),
        SessionMiddleware.Create(new SessionOptions { SecretKey = "secret-key" }),
    ],
    onStartup: [() => { Console.WriteLine("Ready to go"); return ValueTask.CompletedTask; }],
    onShutdown: [() => { Console.WriteLine("Shutting down"); return ValueTask.CompletedTask; }]);

var port = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 8000;
Console.WriteLine($"Serving the product tour on http://127.0.0.1:{port} (Ctrl+C to stop)");
await AsgiServer.RunAsync(app.ToApp(), new AsgiServerOptions { Port = port });
