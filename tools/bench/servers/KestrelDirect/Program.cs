// Server B: Kestrel with no hosting pipeline, the ceiling for anything on Kestrel (anchor D of the team's
// performance anchors). KestrelServer (IServer) is started directly with our own IHttpApplication<TContext>, so
// there is no HostingApplication, no DefaultHttpContext, no middleware pipeline, no hosting diagnostics/activity.
// The application talks to Kestrel's feature interfaces (IHttpRequestFeature / IHttpResponseFeature /
// IHttpResponseBodyFeature) and writes pre-encoded bytes by hand.
using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Runtime;
using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Primitives;

int port = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 18182;

// The KestrelServer instance is resolved from a bare generic-host container so that it gets the
// same transport and memory pool wiring as WebApplication (constructing SocketTransportFactory by hand
// with default SocketTransportOptions silently falls back to an array-backed MemoryPool whose
// GetSpan(0) returns an empty span). The host itself is never started: no HostingApplication,
// no middleware pipeline, no HttpContext; we call IServer.StartAsync with our own application.
// No logging providers are registered.
using var host = new HostBuilder()
    .ConfigureWebHost(web => web
        .UseKestrel(o => o.Listen(IPAddress.Loopback, port))
        .Configure(_ => { }))
    .Build();
var server = host.Services.GetRequiredService<IServer>();

var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.TrySetResult(); });
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.TrySetResult(); });
// tools/bench/run.sh sends SIGWINCH around each measured run: the difference in allocated bytes / requests = bytes
// allocated per request by the whole server (host + app). No cost per request.
using var allocationProbe = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGWINCH, c =>
{
    c.Cancel = true;
    Console.Error.WriteLine($"[alloc] {GC.GetTotalAllocatedBytes(precise: true)}");
});

await server.StartAsync(new DirectApp(), CancellationToken.None);
Console.Error.WriteLine(
    $"[B kestrel-direct] ServerGC={GCSettings.IsServerGC} HeapCount={GC.GetConfigurationVariables().GetValueOrDefault("HeapCount")} " +
    $"ProcessorCount={Environment.ProcessorCount} Runtime={RuntimeInformation.FrameworkDescription} port={port}");

await stop.Task;
await server.StopAsync(CancellationToken.None);

internal sealed class DirectApp : IHttpApplication<IFeatureCollection>
{
    private static ReadOnlySpan<byte> Plain => "Hello, World!"u8;
    private static ReadOnlySpan<byte> Json => "{\"message\":\"Hello, World!\"}"u8;
    private static ReadOnlySpan<byte> UserPrefix => "{\"id\":"u8;

    private static readonly StringValues TextPlain = "text/plain; charset=utf-8";
    private static readonly StringValues AppJson = "application/json; charset=utf-8";

    public IFeatureCollection CreateContext(IFeatureCollection contextFeatures) => contextFeatures;

    public void DisposeContext(IFeatureCollection context, Exception? exception) { }

    public Task ProcessRequestAsync(IFeatureCollection features)
    {
        var req = features.Get<IHttpRequestFeature>()!;
        var res = features.Get<IHttpResponseFeature>()!;

        if (!HttpMethods.IsGet(req.Method))
        {
            res.StatusCode = 405;
            return Task.CompletedTask;
        }

        string path = req.Path;
        if (path == "/plaintext")
        {
            Write(features, res, TextPlain, Plain);
        }
        else if (path == "/json")
        {
            Write(features, res, AppJson, Json);
        }
        else if (path.StartsWith("/users/", StringComparison.Ordinal)
                 && TryParseDigits(path.AsSpan(7), out int id))
        {
            Span<byte> buf = stackalloc byte[32];
            UserPrefix.CopyTo(buf);
            int n = UserPrefix.Length;
            Utf8Formatter.TryFormat(id, buf[n..], out int written);
            n += written;
            buf[n++] = (byte)'}';
            Write(features, res, AppJson, buf[..n]);
        }
        else
        {
            res.StatusCode = 404;
        }
        return Task.CompletedTask;
    }

    private static bool TryParseDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.IsEmpty) return false;
        foreach (char c in s)
            if ((uint)(c - '0') > 9) return false;
        return int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static void Write(IFeatureCollection features, IHttpResponseFeature res, StringValues contentType, ReadOnlySpan<byte> body)
    {
        res.StatusCode = 200;
        res.Headers.ContentType = contentType;
        res.Headers.ContentLength = body.Length;
        var writer = features.Get<IHttpResponseBodyFeature>()!.Writer;
        body.CopyTo(writer.GetSpan(body.Length));
        writer.Advance(body.Length);
    }
}
