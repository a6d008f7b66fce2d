using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Starlette.Middleware.GZip;
using Starlette.Types;

namespace Starlette.Benchmarks;

/// <summary>A 10 KB JSON response, sent in one message, through the GZip middleware (send does nothing with it).</summary>
[MemoryDiagnoser]
public class GZipBenchmarks
{
    private static readonly Receive Receive = () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty);
    private static readonly Send Send = _ => ValueTask.CompletedTask;

    private readonly Scope _gzipScope = Request("gzip, deflate, br");
    private readonly Scope _identityScope = Request("identity");
    private AsgiApp _level9 = null!;
    private AsgiApp _level6 = null!;
    private AsgiApp _brotli = null!;

    /// <summary>About 10 KB of JSON: a list of small records.</summary>
    public static byte[] Body { get; } = MakeJson(10 * 1024);

    [GlobalSetup]
    public void Setup()
    {
        AsgiApp inner = async (_, _, send) =>
        {
            await send(new HttpResponseStartMessage(200, [new("content-type", "application/json"), new("content-length", "10240")]));
            await send(new HttpResponseBodyMessage(Body));
        };
        _level9 = GZipMiddleware.Wrap(inner);
        _level6 = GZipMiddleware.Wrap(inner, new GZipOptions { CompressLevel = 6 });
        _brotli = GZipMiddleware.Wrap(inner, new GZipOptions { EnableBrotli = true });
    }

    /// <summary>Upstream's defaults: gzip level 9.</summary>
    [Benchmark(Baseline = true)]
    public ValueTask GZipLevel9() => _level9(_gzipScope, Receive, Send);

    [Benchmark]
    public ValueTask GZipLevel6() => _level6(_gzipScope, Receive, Send);

    [Benchmark]
    public ValueTask BrotliQuality4() => _brotli(_gzipScope, Receive, Send);

    /// <summary>The client accepts no compression: only <c>Vary</c> is added.</summary>
    [Benchmark]
    public ValueTask GZipIdentity() => _level9(_identityScope, Receive, Send);

    private static Scope Request(string acceptEncoding) => new(ScopeType.Http) { Headers = [new("host", "example.org"), new("accept-encoding", acceptEncoding)] };

    private static byte[] MakeJson(int size)
    {
        var builder = new StringBuilder("[");
        for (var i = 0; builder.Length < size - 100; i++)
        {
            if (i > 0) builder.Append(',');
            builder.Append(CultureInfo.InvariantCulture, $"{{\"id\":{i},\"name\":\"user{i}\",\"email\":\"user{i}@example.org\",\"active\":{(i % 3 == 0 ? "true" : "false")},\"score\":{i * 37 % 1000}.{i % 10}}}");
        }

        var json = builder.Append(']').ToString();
        return Encoding.UTF8.GetBytes(json.PadRight(size));
    }
}
