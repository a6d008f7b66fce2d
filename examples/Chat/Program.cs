using System.Globalization;
using ChatExample;
using Starlette.Broadcast;
using Starlette.Hosting.Kestrel;

// The chat on Kestrel: http://127.0.0.1:8000/ (add ?transport=sse for the server-sent-events fallback).
// The port is the first argument (default 8000); CHAT_BROADCAST chooses the backend (see README.md):
//   CHAT_BROADCAST=redis://127.0.0.1:6379 dotnet run --project examples/Chat -- 8001
var port = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8000;
var setting = Environment.GetEnvironmentVariable(ChatBackend.EnvironmentVariable);
var broadcast = new Broadcast(ChatBackend.Create(setting));
var app = ChatApp.Create(broadcast);

Console.WriteLine($"Chat on http://127.0.0.1:{port}/ with the {ChatBackend.Describe(setting)} backend (Ctrl+C to stop)");
await AsgiServer.RunAsync(app.ToApp(), new AsgiServerOptions { Host = "127.0.0.1", Port = port });
