using System.Globalization;
using HelloStarlette;
using Starlette.Hosting.Kestrel;

// dotnet run [port]: serves the app on http://127.0.0.1:<port> (8000 by default) until Ctrl+C.
var port = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8000;
Console.WriteLine($"Serving on http://127.0.0.1:{port} (Ctrl+C stops it)");
await AsgiServer.RunAsync(App.Create(), new AsgiServerOptions { Host = "127.0.0.1", Port = port });
