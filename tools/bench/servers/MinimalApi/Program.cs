// Server C: ASP.NET Core Minimal APIs, written the way an ordinary app would be:
// MapGet + Results.Text / Results.Json, 20 dummy routes registered before /users/{id:int},
// default (reflection-based) System.Text.Json, no request delegate generator, logging off.
using System.Globalization;
using System.Net;
using System.Runtime;
using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

int port = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 18183;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = Array.Empty<string>() });
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Loopback, port));

var app = builder.Build();

app.MapGet("/plaintext", () => Results.Text("Hello, World!"));
app.MapGet("/json", () => Results.Json(new Message("Hello, World!")));

// Same 20 dummy routes as the Starlette app, registered before /users/{id:int}.
for (int i = 0; i < 20; i++)
{
    app.MapGet($"/dummy{i}/{{id:int}}", (int id) => Results.Text("dummy"));
}

app.MapGet("/users/{id:int}", (int id) => Results.Json(new User(id)));

Console.Error.WriteLine(
    $"[C minimal-api] ServerGC={GCSettings.IsServerGC} HeapCount={GC.GetConfigurationVariables().GetValueOrDefault("HeapCount")} " +
    $"ProcessorCount={Environment.ProcessorCount} Runtime={RuntimeInformation.FrameworkDescription} port={port}");
// tools/bench/run.sh sends SIGWINCH around each measured run: the difference in allocated bytes / requests = bytes
// allocated per request by the whole server (host + app). No cost per request.
using var allocationProbe = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGWINCH, c =>
{
    c.Cancel = true;
    Console.Error.WriteLine($"[alloc] {GC.GetTotalAllocatedBytes(precise: true)}");
});
app.Run();

internal record Message(string message);
internal record User(int id);
