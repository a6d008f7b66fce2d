using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Starlette.Hosting.Kestrel;
using Starlette.Testing;
using Starlette.Types;
using StaticFilesApp = Starlette.StaticFiles.StaticFiles;

namespace Starlette.Benchmarks;

/// <summary>
/// A 1 KB and a 10 MB file served by StaticFiles: over loopback HTTP from the Kestrel host (pathsend, so Kestrel
/// sends the file itself), and in process through the TestClient. Each operation is one GET with the body read to
/// the end; throughput for the large file is 10 MB / mean time.
/// </summary>
[MemoryDiagnoser]
public class StaticFilesBenchmarks
{
    private string _directory = "";
    private AsgiServer? _server;
    private HttpClient _http = null!;
    private TestClient _testClient = null!;

    // Synchronous: the in-process toolchain of --smoke does not await an async setup.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _directory = Directory.CreateTempSubdirectory("starlette-bench-static-").FullName;
        var random = new Random(42);
        await File.WriteAllBytesAsync(Path.Join(_directory, "small.bin"), RandomBytes(random, 1024));
        await File.WriteAllBytesAsync(Path.Join(_directory, "large.bin"), RandomBytes(random, 10 * 1024 * 1024));

        AsgiApp app = new StaticFilesApp(_directory);
        _server = await AsgiServer.StartAsync(app, new AsgiServerOptions
        {
            Port = 0,
            Lifespan = LifespanMode.Off,
            AccessLog = false,
            LoggerFactory = NullLoggerFactory.Instance,
        });
        _http = new HttpClient(new SocketsHttpHandler()) { BaseAddress = _server.Addresses[0] };
        _testClient = new TestClient(app);
    }

    private async Task CleanupAsync()
    {
        _http.Dispose();
        _testClient.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public Task<long> Kestrel1KB() => GetAsync(_http, "/small.bin");

    [Benchmark]
    public Task<long> Kestrel10MB() => GetAsync(_http, "/large.bin");

    [Benchmark]
    public Task<long> TestClient1KB() => GetAsync(_testClient, "/small.bin");

    [Benchmark]
    public Task<long> TestClient10MB() => GetAsync(_testClient, "/large.bin");

    private static async Task<long> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0) total += read;
            return total;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
