using System.Text;
using Starlette.Hosting.Kestrel;
using Starlette.Types;

// A contract app served by Kestrel: plain text at /, JSON at /json, a WebSocket echo at /ws, and a lifespan
// that stores a start time every request can read. (The Routing and application packages will make this shorter.)
AsgiApp app = async (scope, receive, send) =>
{
    switch (scope.Type)
    {
        case ScopeType.Lifespan:
            while (true)
            {
                var message = await receive();
                if (message is LifespanStartupMessage)
                {
                    scope.State!["started"] = DateTimeOffset.UtcNow;
                    await send(LifespanStartupCompleteMessage.Instance);
                }
                else if (message is LifespanShutdownMessage)
                {
                    await send(LifespanShutdownCompleteMessage.Instance);
                    return;
                }
            }

        case ScopeType.WebSocket:
            await receive(); // websocket.connect
            await send(new WebSocketAcceptMessage());
            while (await receive() is WebSocketReceiveMessage incoming)
                await send(incoming.Text is { } text ? new WebSocketSendMessage($"echo: {text}") : new WebSocketSendMessage(incoming.Bytes!.Value));
            return;

        default:
            var (status, type, body) = scope.Path switch
            {
                "/" => (Status.Http200OK, "text/plain; charset=utf-8", "Hello, world!"),
                "/json" => (Status.Http200OK, "application/json", $"{{\"message\":\"Hello, world!\",\"started\":\"{scope.State?["started"]:O}\"}}"),
                _ => (Status.Http404NotFound, "text/plain; charset=utf-8", "Not Found"),
            };
            var bytes = Encoding.UTF8.GetBytes(body);
            await send(new HttpResponseStartMessage(status,
                [new HttpHeader("content-type", type), new HttpHeader("content-length", bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
            await send(new HttpResponseBodyMessage(bytes));
            return;
    }
};

var options = new AsgiServerOptions { Host = "127.0.0.1", Port = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 8000 };
Console.WriteLine($"Serving the example on http://{options.Host}:{options.Port} (Ctrl+C to stop)");
await AsgiServer.RunAsync(app, options);
