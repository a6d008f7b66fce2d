using Starlette.Types;
using static Starlette.Middleware.Sessions.Tests.Harness;

namespace Starlette.Middleware.Sessions.Tests;

/// <summary>Upstream's Set-Cookie and Vary rules in detail, other scopes, and the options.</summary>
public class SessionMiddlewareBehaviourTests
{
    private static async Task<HttpResponseStartMessage> RunAsync(SessionOptions options, Action<Scope> handle, string? cookie = null, List<HttpHeader>? responseHeaders = null)
    {
        HttpResponseStartMessage? sent = null;
        AsgiApp inner = async (scope, _, send) =>
        {
            handle(scope);
            await send(new HttpResponseStartMessage(200, responseHeaders));
            await send(HttpResponseBodyMessage.Empty);
        };
        var scope = new Scope(ScopeType.Http) { Headers = cookie is null ? [] : [new HttpHeader("cookie", cookie)] };
        await SessionMiddleware.Wrap(inner, options)(scope, () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty), m =>
        {
            if (m is HttpResponseStartMessage start) sent = start;
            return ValueTask.CompletedTask;
        });
        return sent!;
    }

    private static SessionOptions Options(Action<SessionOptions>? configure = null)
    {
        var options = new SessionOptions { SecretKey = Secret, TimeProvider = Clock(Vectors.SignedAt) };
        configure?.Invoke(options);
        return options;
    }

    [Fact]
    public async Task Wrap_AllCookieOptions_WritesUpstreamsAttributeOrder()
    {
        var start = await RunAsync(
            Options(o => { o.SessionCookie = "sid"; o.Path = "/app"; o.MaxAge = TimeSpan.FromSeconds(60.9); o.SameSite = "Strict"; o.HttpsOnly = true; o.Domain = ".example.com"; }),
            scope => scope.GetSession()!["some"] = "data");

        Assert.Equal(
            [new("vary", "Cookie"), new("set-cookie", "sid=eyJzb21lIjogImRhdGEifQ==.ZVPxAA.DnuleGQm4eV-Ux8xFWlAxKw6OP8; path=/app; Max-Age=60; httponly; samesite=strict; secure; domain=.example.com")],
            start.Headers);
    }

    [Fact]
    public async Task Wrap_ClearedSessionFromCookie_SendsTheClearingCookieWithTheFlags()
    {
        var start = await RunAsync(Options(o => { o.HttpsOnly = true; o.SameSite = "none"; }), scope => scope.GetSession()!.Clear(), "session=" + Vectors.Simple);

        Assert.Equal(
            [new("vary", "Cookie"), new("set-cookie", "session=null; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT; httponly; samesite=none; secure")],
            start.Headers);
    }

    [Fact]
    public async Task Wrap_ClearedSessionWithoutCookie_SendsNoCookie()
    {
        var start = await RunAsync(Options(), scope => scope.GetSession()!.Clear());

        Assert.Equal([new("vary", "Cookie")], start.Headers);
    }

    [Fact]
    public async Task Wrap_MaxAgeZero_WritesNoMaxAgeAndAcceptsOnlyTheCurrentSecond()
    {
        var start = await RunAsync(Options(o => o.MaxAge = TimeSpan.Zero), scope => scope.GetSession()!["a"] = 1);
        var setCookie = start.Headers.Single(h => h.Name == "set-cookie").Value;
        Assert.EndsWith("; path=/; httponly; samesite=lax", setCookie, StringComparison.Ordinal);
        Assert.DoesNotContain("Max-Age", setCookie, StringComparison.Ordinal);

        int? now = null, later = null;
        await RunAsync(Options(o => o.MaxAge = TimeSpan.Zero), scope => now = scope.GetSession()!.Count, "session=" + Vectors.Simple);
        await RunAsync(Options(o => { o.MaxAge = TimeSpan.Zero; o.TimeProvider = Clock(Vectors.SignedAt + 1); }), scope => later = scope.GetSession()!.Count, "session=" + Vectors.Simple);
        Assert.Equal(1, now);
        Assert.Equal(0, later);
    }

    [Fact]
    public async Task Wrap_ExistingVary_JoinsCookieToIt()
    {
        var start = await RunAsync(Options(), scope => _ = scope.GetSession()!.Count, responseHeaders: [new("vary", "Accept-Encoding")]);

        Assert.Equal([new("vary", "Accept-Encoding, Cookie")], start.Headers);
    }

    [Fact]
    public async Task Wrap_SessionUntouched_ChangesNoHeader()
    {
        var start = await RunAsync(Options(), _ => { }, "session=" + Vectors.Simple, [new("content-type", "text/plain")]);

        Assert.Equal([new("content-type", "text/plain")], start.Headers);
    }

    [Fact]
    public async Task Wrap_SessionReplacedInScope_UsesTheNewOne()
    {
        var start = await RunAsync(Options(), scope => scope.Items[ScopeItemKeys.Session] = new Session { ["some"] = "data" });

        Assert.Equal($"session={Vectors.Simple}; path=/; Max-Age=1209600; httponly; samesite=lax", start.Headers.Single(h => h.Name == "set-cookie").Value);
    }

    [Fact]
    public async Task Wrap_SessionReplacedByAPlainDictionary_IsSavedAsReadAndWritten()
    {
        var start = await RunAsync(Options(), scope => scope.Items[ScopeItemKeys.Session] = new Dictionary<string, object?> { ["some"] = "data" });

        Assert.Equal([new("vary", "Cookie"), new("set-cookie", $"session={Vectors.Simple}; path=/; Max-Age=1209600; httponly; samesite=lax")], start.Headers);
    }

    [Fact]
    public async Task Wrap_SessionRemovedFromScope_ChangesNoHeader()
    {
        var start = await RunAsync(Options(), scope => scope.Items.Remove(ScopeItemKeys.Session));

        Assert.Empty(start.Headers);
    }

    [Fact]
    public async Task Wrap_UnserializableNestedValue_ThrowsAtResponseStartAsUpstream()
    {
        var error = await Assert.ThrowsAsync<NotSupportedException>(() =>
            RunAsync(Options(), scope => scope.GetSession()!["list"] = new List<object> { new() }));

        Assert.Contains("is not JSON serializable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrap_WebSocketScope_GetsTheSession()
    {
        Session? seen = null;
        AsgiApp inner = (scope, _, _) =>
        {
            seen = scope.GetSession();
            return ValueTask.CompletedTask;
        };
        var scope = new Scope(ScopeType.WebSocket) { Headers = [new("cookie", "session=" + Vectors.Simple)] };

        await SessionMiddleware.Wrap(inner, Options())(scope, () => ValueTask.FromResult<AsgiMessage>(WebSocketConnectMessage.Instance), _ => ValueTask.CompletedTask);

        Assert.Equal("data", seen!["some"]);
    }

    [Fact]
    public async Task Wrap_LifespanScope_PassesThroughWithoutSession()
    {
        var scope = new Scope(ScopeType.Lifespan);
        AsgiApp inner = (_, _, _) => ValueTask.CompletedTask;

        await SessionMiddleware.Wrap(inner, Options())(scope, () => ValueTask.FromResult<AsgiMessage>(LifespanStartupMessage.Instance), _ => ValueTask.CompletedTask);

        Assert.False(scope.TryGetItem(ScopeItemKeys.Session, out _));
    }

    [Fact]
    public async Task Wrap_HttpConnectionSession_IsTheSameSession()
    {
        var start = await RunAsync(Options(), scope => new Requests.HttpConnection(scope).Session["some"] = "data");

        Assert.Contains(start.Headers, h => h.Name == "set-cookie");
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Create_MissingSecret_Throws(string? secret) =>
        Assert.Throws<ArgumentException>(() => SessionMiddleware.Create(new SessionOptions { SecretKey = secret! }));

    [Fact]
    public void Create_InvalidOptions_Throw()
    {
        Assert.Throws<ArgumentException>(() => SessionMiddleware.Create(Options(o => o.SameSite = "sometimes")));
        Assert.Throws<ArgumentException>(() => SessionMiddleware.Create(Options(o => o.SessionCookie = "")));
        Assert.Throws<ArgumentNullException>(() => SessionMiddleware.Create(null!));
        Assert.Throws<ArgumentNullException>(() => SessionMiddleware.Wrap(null!, Options()));
    }

    [Fact]
    public void Create_ReturnsNamedDescriptorThatHidesTheSecret()
    {
        var options = new SessionOptions { SecretKey = "do-not-print" };

        var descriptor = SessionMiddleware.Create(options);

        Assert.Equal("SessionMiddleware", descriptor.Name);
        Assert.Same(options, descriptor.Options);
        Assert.DoesNotContain("do-not-print", descriptor.ToString(), StringComparison.Ordinal);
        Assert.Equal("Middleware(SessionMiddleware, SessionOptions { SecretKey = ***, SessionCookie = session, MaxAge = 14.00:00:00, Path = /, SameSite = lax, HttpsOnly = False, Domain = null })", descriptor.ToString());
    }

    [Fact]
    public async Task Create_OptionsChangedAfterwards_DoNotAffectTheMiddleware()
    {
        var options = Options();
        var descriptor = SessionMiddleware.Create(options);
        options.SessionCookie = "changed";
        HttpResponseStartMessage? sent = null;
        AsgiApp inner = async (scope, _, send) =>
        {
            scope.GetSession()!["some"] = "data";
            await send(new HttpResponseStartMessage(200));
        };

        await descriptor.Wrap(inner)(new Scope(ScopeType.Http), () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty), m =>
        {
            sent = m as HttpResponseStartMessage ?? sent;
            return ValueTask.CompletedTask;
        });

        Assert.StartsWith("session=", sent!.Headers.Single(h => h.Name == "set-cookie").Value, StringComparison.Ordinal);
    }
}
