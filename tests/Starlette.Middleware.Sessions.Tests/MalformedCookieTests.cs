using Starlette.Types;
using static Starlette.Middleware.Sessions.Tests.Harness;

namespace Starlette.Middleware.Sessions.Tests;

/// <summary>Tampered, expired, future and garbage cookies give an empty session and never throw.</summary>
public class MalformedCookieTests
{
    private const long FourteenDays = 14 * 24 * 3600;

    /// <summary>The session the app sees for a request with these Cookie headers, at <paramref name="now"/>.</summary>
    private static async Task<Dictionary<string, object?>> LoadAsync(long now, params string[] cookieHeaders)
    {
        Dictionary<string, object?>? seen = null;
        AsgiApp inner = (scope, _, _) =>
        {
            seen = scope.GetSession()!.ToDictionary();
            return ValueTask.CompletedTask;
        };
        var app = SessionMiddleware.Wrap(inner, new SessionOptions { SecretKey = Secret, TimeProvider = Clock(now) });
        var scope = new Scope(ScopeType.Http) { Headers = cookieHeaders.Select(v => new HttpHeader("cookie", v)).ToList() };
        await app(scope, () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty), _ => ValueTask.CompletedTask);
        return seen!;
    }

    private static readonly Dictionary<string, object?> Data = new() { ["some"] = "data" };

    private static string Replace(string text, int index, char c) => string.Concat(text.AsSpan(0, index), c.ToString(), text.AsSpan(index + 1));

    public static TheoryData<string> Tampered()
    {
        var v = Vectors.Simple;
        var firstDot = v.IndexOf('.', StringComparison.Ordinal);
        var lastDot = v.LastIndexOf('.');
        return new TheoryData<string>
        {
            Replace(v, 2, v[2] == 'A' ? 'B' : 'A'),                                           // payload
            Replace(v, firstDot + 2, v[firstDot + 2] == 'A' ? 'B' : 'A'),                     // timestamp
            Replace(v, lastDot + 3, v[lastDot + 3] == 'A' ? 'B' : 'A'),                       // signature
            v[..lastDot],                                                                     // signature removed
            v[..lastDot] + ".",                                                               // empty signature
            v + "A",                                                                          // signature too long
            v[..^1],                                                                          // signature too short
            v + ".extra",                                                                     // another segment
            "x" + v,                                                                          // payload prefixed
            v.Replace('-', '+'),                                                              // standard base64 signature
            v[(firstDot + 1)..],                                                              // payload removed
        };
    }

    [Theory]
    [MemberData(nameof(Tampered))]
    public async Task Load_TamperedCookie_GivesAnEmptySession(string cookie) =>
        Assert.Empty(await LoadAsync(Vectors.SignedAt, "session=" + cookie));

    [Theory]
    [InlineData("session=")]
    [InlineData("session=.")]
    [InlineData("session=..")]
    [InlineData("session=...")]
    [InlineData("session=invalid")]
    [InlineData("session=null")]
    [InlineData("session=a.b")]
    [InlineData("session=a.b.c")]
    [InlineData("session=e30=.ZVPxAA.")]
    [InlineData("session=e30=.!!!.ViDeE5vLiHsDAyfE56mHLDNb81w")]
    [InlineData("session=\u00e9\u00e8.\u00ff.\u0100")]
    [InlineData("session=\"unterminated")]
    [InlineData("session=\"\\\"quoted\\\"\"")]
    [InlineData("session")]
    [InlineData("=session")]
    [InlineData(";;;")]
    [InlineData("session=\ud800")]
    public async Task Load_GarbageCookie_GivesAnEmptySession(string header) => Assert.Empty(await LoadAsync(Vectors.SignedAt, header));

    [Theory]
    [InlineData("AAAAAAAAAAAAA")] // 13 characters: longer than any 8-byte timestamp
    [InlineData("!!")] // not base64
    [InlineData("AQIDBAUGBwgJ")] // 9 bytes: more than an 8-byte integer
    public async Task Load_GenuineSignatureOverABadTimestamp_GivesAnEmptySession(string timestamp)
    {
        var payload = Convert.ToBase64String("{\"some\": \"data\"}"u8);

        Assert.Empty(await LoadAsync(Vectors.SignedAt, "session=" + Fuzz.ItsDangerousSigner.SignStamped($"{payload}.{timestamp}")));
        Assert.Equal(Data, await LoadAsync(Vectors.SignedAt, "session=" + Fuzz.ItsDangerousSigner.Sign(payload, Vectors.SignedAt)));
    }

    [Fact]
    public async Task Load_HugeGarbageCookie_GivesAnEmptySession() =>
        Assert.Empty(await LoadAsync(Vectors.SignedAt, "session=" + new string('A', 100_000) + "." + new string('B', 20) + "." + new string('C', 27)));

    [Fact]
    public async Task Load_WrongSecret_GivesAnEmptySession()
    {
        Dictionary<string, object?>? seen = null;
        AsgiApp inner = (scope, _, _) =>
        {
            seen = scope.GetSession()!.ToDictionary();
            return ValueTask.CompletedTask;
        };
        var app = SessionMiddleware.Wrap(inner, new SessionOptions { SecretKey = "another", TimeProvider = Clock(Vectors.SignedAt) });

        await app(new Scope(ScopeType.Http) { Headers = [new("cookie", "session=" + Vectors.Simple)] }, () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty), _ => ValueTask.CompletedTask);

        Assert.Empty(seen!);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(FourteenDays, true)]        // age == max_age is still fine (itsdangerous: age > max_age expires)
    [InlineData(FourteenDays + 1, false)]
    [InlineData(-1, false)]                 // signed in the future
    public async Task Load_AtAgeAroundMaxAge_ExpiresPastIt(long age, bool valid)
    {
        var session = await LoadAsync(Vectors.SignedAt + age, "session=" + Vectors.Simple);

        Assert.Equal(valid ? Data : [], session);
    }

    [Fact]
    public async Task Load_QuotedCookieValue_IsUnquotedAsUpstreamsCookieParser() =>
        Assert.Equal(Data, await LoadAsync(Vectors.SignedAt, $"session=\"{Vectors.Simple}\""));

    [Fact]
    public async Task Load_AmongOtherCookiesWithWhitespace_IsFound() =>
        Assert.Equal(Data, await LoadAsync(Vectors.SignedAt, $"a=1;  session = {Vectors.Simple}\u001f ; b=2"));

    [Fact]
    public async Task Load_SeveralSessionCookies_TheLastWins()
    {
        Assert.Equal(Data, await LoadAsync(Vectors.SignedAt, $"session=invalid; session={Vectors.Simple}"));
        Assert.Empty(await LoadAsync(Vectors.SignedAt, $"session={Vectors.Simple}", "session=invalid"));
        Assert.Equal(Data, await LoadAsync(Vectors.SignedAt, "session=invalid", $"other=1; session={Vectors.Simple}"));
    }

    [Fact]
    public async Task Load_CookieNamedDifferently_IsIgnored() =>
        Assert.Empty(await LoadAsync(Vectors.SignedAt, $"Session={Vectors.Simple}; session_={Vectors.Simple}"));
}
