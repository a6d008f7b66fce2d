using System.Text;
using BenchmarkDotNet.Attributes;
using Starlette.Bench;
using Starlette.Types;

namespace Starlette.Benchmarks;

/// <summary>
/// One request through the whole app (StarletteApp + Router + Route endpoints, with the 20 dummy routes of
/// tools/bench: the app of servers D and E, linked from tools/bench/servers), called through the contract with a
/// pre-built receive and send, no sockets. Each call gets a fresh copy of a pre-built scope, as a host hands one per
/// request (the app writes into it); <see cref="ScopeCopy"/> measures that copy alone. <see cref="Middleware"/> adds
/// server E's stack: CORS + GZip + Sessions (the request accepts gzip; the bodies are too small to compress).
/// </summary>
[MemoryDiagnoser]
public class AppBenchmarks
{
    private static readonly Receive Receive = () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty);
    private static readonly Send Send = _ => ValueTask.CompletedTask;

    private readonly Scope _plaintext = Request("/plaintext");
    private readonly Scope _json = Request("/json");
    private readonly Scope _users = Request("/users/123");
    private AsgiApp _app = null!;

    /// <summary>Whether server E's middleware (CORS + GZip + Sessions) is in the stack.</summary>
    [Params(false, true)]
    public bool Middleware { get; set; }

    /// <summary>Builds the app and checks its three responses (synchronous: BenchmarkDotNet's in-process toolchain
    /// drops the exception of an asynchronous setup, and a broken app must fail the run instead of being timed).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _app = BenchApp.Create(Middleware);
        Expect(_plaintext, "text/plain; charset=utf-8", "Hello, World!").GetAwaiter().GetResult();
        Expect(_json, "application/json", "{\"message\":\"Hello, World!\"}").GetAwaiter().GetResult();
        Expect(_users, "application/json", "{\"id\":123}").GetAwaiter().GetResult();
    }

    [Benchmark]
    public ValueTask Plaintext() => _app(_plaintext.Clone(), Receive, Send);

    [Benchmark]
    public ValueTask Json() => _app(_json.Clone(), Receive, Send);

    [Benchmark]
    public ValueTask Users() => _app(_users.Clone(), Receive, Send);

    /// <summary>The per-request scope copy alone: subtract it to get the app's own cost.</summary>
    [Benchmark]
    public Scope ScopeCopy() => _plaintext.Clone();

    /// <summary>A GET as Kestrel's host builds it for wrk's requests (wrk sends Host, and Accept-Encoding here).</summary>
    private static Scope Request(string path) => new(ScopeType.Http)
    {
        SpecVersion = "2.4",
        Path = path,
        RawPath = path,
        Headers = [new("host", "127.0.0.1:18184"), new("accept-encoding", "gzip")],
        Client = new HostPort("127.0.0.1", 40000),
        Server = new HostPort("127.0.0.1", 18184),
    };

    /// <summary>Runs one request and checks the response.</summary>
    private async Task Expect(Scope template, string contentType, string body)
    {
        var status = 0;
        string? type = null;
        var received = new StringBuilder();
        await _app(template.Clone(), Receive, message =>
        {
            if (message is HttpResponseStartMessage start)
            {
                status = start.Status;
                type = start.Headers.FirstOrDefault(h => h.Name == "content-type").Value;
            }
            else if (message is HttpResponseBodyMessage chunk)
            {
                received.Append(Encoding.UTF8.GetString(chunk.Body.Span));
            }

            return ValueTask.CompletedTask;
        });
        if (status != 200 || type != contentType || received.ToString() != body)
            throw new InvalidOperationException($"{template.Path}: got {status} {type} '{received}', expected 200 {contentType} '{body}'.");
    }
}
