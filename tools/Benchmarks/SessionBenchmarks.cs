using BenchmarkDotNet.Attributes;
using Starlette.Middleware.Sessions;
using Starlette.Types;

namespace Starlette.Benchmarks;

/// <summary>
/// The session middleware on a request carrying a valid session cookie (a user id, a name, roles, a CSRF token
/// and a counter): load, then either save it modified or only read it.
/// </summary>
[MemoryDiagnoser]
public class SessionBenchmarks
{
    private static readonly Receive Receive = () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty);
    private static readonly Send Send = _ => ValueTask.CompletedTask;

    private Scope _scope = null!;
    private AsgiApp _loadAndSave = null!;
    private AsgiApp _loadReadOnly = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var options = new SessionOptions { SecretKey = "benchmark-secret-0123456789abcdef" };
        _loadAndSave = SessionMiddleware.Wrap(
            async (scope, _, send) =>
            {
                var session = scope.GetSession()!;
                session["visits"] = (long)session["visits"]! + 1;
                await send(new HttpResponseStartMessage(200));
            },
            options);
        _loadReadOnly = SessionMiddleware.Wrap(
            async (scope, receive, send) =>
            {
                _ = scope.GetSession()!["user_id"];
                await send(new HttpResponseStartMessage(200));
            },
            options);

        // Make the cookie with the middleware itself.
        string? setCookie = null;
        AsgiApp make = SessionMiddleware.Wrap(
            async (scope, _, send) =>
            {
                var session = scope.GetSession()!;
                session["user_id"] = 12345;
                session["name"] = "Alice Example";
                session["roles"] = new[] { "admin", "editor" };
                session["csrf"] = "3f2b8c1e9d7a4b6f8e0c2a1d5b7e9f3c";
                session["visits"] = 1;
                var start = new HttpResponseStartMessage(200);
                await send(start);
                setCookie = start.Headers.Single(h => h.Name == "set-cookie").Value;
            },
            options);
        await make(new Scope(ScopeType.Http), Receive, Send);
        var made = setCookie ?? throw new InvalidOperationException("no cookie");
        var cookie = made[..made.IndexOf(';', StringComparison.Ordinal)];
        _scope = new Scope(ScopeType.Http)
        {
            Headers = [new("host", "example.org"), new("accept-encoding", "gzip, deflate, br"), new("cookie", cookie + "; theme=dark; lang=en-US")],
        };
    }

    [Benchmark]
    public ValueTask SessionLoadAndSave() => _loadAndSave(_scope, Receive, Send);

    [Benchmark]
    public ValueTask SessionLoadReadOnly() => _loadReadOnly(_scope, Receive, Send);
}
