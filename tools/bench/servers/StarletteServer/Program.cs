// Servers D and E: the benchmark app (BenchApp.cs) on Starlette.Hosting.Kestrel. Usage: StarletteServer [PORT]
// [--middleware]; --middleware is server E (CORS + GZip + Sessions). Access log off; everything else at the
// server's defaults (lifespan auto, proxy headers from 127.0.0.1).
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using Starlette.Bench;
using Starlette.Hosting.Kestrel;

var middleware = args.Contains("--middleware");
var portArg = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
var port = portArg is null ? (middleware ? 18185 : 18184) : int.Parse(portArg, CultureInfo.InvariantCulture);

var app = BenchApp.Create(middleware);
Console.Error.WriteLine(
    $"[{(middleware ? "E starlette+middleware" : "D starlette")}] ServerGC={GCSettings.IsServerGC} " +
    $"HeapCount={GC.GetConfigurationVariables().GetValueOrDefault("HeapCount")} ProcessorCount={Environment.ProcessorCount} " +
    $"Runtime={RuntimeInformation.FrameworkDescription} port={port}");
// tools/bench/run.sh sends SIGWINCH around each measured run: the difference in allocated bytes / requests = bytes
// allocated per request by the whole server (host + app). No cost per request.
using var allocationProbe = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGWINCH, c =>
{
    c.Cancel = true;
    Console.Error.WriteLine($"[alloc] {GC.GetTotalAllocatedBytes(precise: true)}");
});
await AsgiServer.RunAsync(app, new AsgiServerOptions { Host = "127.0.0.1", Port = port, AccessLog = false });
