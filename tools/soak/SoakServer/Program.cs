// The soak target (tools/soak/run.sh). Usage: SoakServer [PORT]; default 18190. Access log off, everything else at
// the host's defaults.
using System.Globalization;
using Starlette.Hosting.Kestrel;
using Starlette.Soak;

var port = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 18190;
await AsgiServer.RunAsync(SoakApp.Create(), new AsgiServerOptions { Host = "127.0.0.1", Port = port, AccessLog = false });
