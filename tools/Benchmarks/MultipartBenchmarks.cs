using System.Runtime.CompilerServices;
using System.Text;
using BenchmarkDotNet.Attributes;
using Starlette.Datastructures;
using Starlette.Requests;
using Starlette.Types;

namespace Starlette.Benchmarks;

/// <summary>
/// Parsing a 10 MB file upload (plus a text field) arriving in 64 KB chunks, as a host delivers it: the file
/// spools to a temporary file past 1 MiB. Throughput is 10 MB / mean time.
/// </summary>
[MemoryDiagnoser]
public class MultipartBenchmarks
{
    private const string Boundary = "----starlette-benchmark-boundary";
    private const int ChunkSize = 64 * 1024;
    private readonly Headers _headers = new(new HttpHeader[] { new("content-type", $"multipart/form-data; boundary={Boundary}") });
    private byte[] _body = [];

    [GlobalSetup]
    public void Setup()
    {
        var file = new byte[10 * 1024 * 1024];
        new Random(42).NextBytes(file);
        var head = Encoding.ASCII.GetBytes(
            $"--{Boundary}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nholiday photos\r\n" +
            $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        var tail = Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n");
        _body = [.. head, .. file, .. tail];
    }

    [Benchmark]
    public async Task<long?> Upload10MB()
    {
        await using var form = await MultiPartParser.ParseAsync(_headers, Chunks());
        return form.Get("file").File!.Size;
    }

    private async IAsyncEnumerable<ReadOnlyMemory<byte>> Chunks([EnumeratorCancellation] CancellationToken token = default)
    {
        for (var offset = 0; offset < _body.Length; offset += ChunkSize)
        {
            token.ThrowIfCancellationRequested();
            await Task.CompletedTask;
            yield return _body.AsMemory(offset, Math.Min(ChunkSize, _body.Length - offset));
        }
    }
}
