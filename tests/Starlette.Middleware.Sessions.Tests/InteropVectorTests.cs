using System.Numerics;
using System.Text.Json.Nodes;
using Starlette.Testing;
using static Starlette.Middleware.Sessions.Tests.Harness;

namespace Starlette.Middleware.Sessions.Tests;

/// <summary>Byte compatibility with Python Starlette, both ways, on vectors Python made (see <see cref="Vectors"/>).</summary>
public class InteropVectorTests
{
    /// <summary>Runs one request carrying <paramref name="cookie"/>; <paramref name="handle"/> sees the session; returns the Set-Cookie sent, if any.</summary>
    private static Task<string?> RunAsync(string? cookie, Action<Session> handle, long now = Vectors.SignedAt, string secret = Secret, TimeSpan? maxAge = null, bool noMaxAge = false)
    {
        var options = new SessionOptions { SecretKey = secret, TimeProvider = Clock(now) };
        if (noMaxAge) options.MaxAge = null;
        else if (maxAge is not null) options.MaxAge = maxAge;
        return SetCookieAsync(cookie, handle, options);
    }

    private static string Json(string setCookie) => PayloadJson(CookieValue(setCookie));

    [Fact]
    public async Task Load_PythonCookie_GivesItsSession()
    {
        Dictionary<string, object?>? seen = null;

        await RunAsync(Vectors.Simple, s => seen = s.ToDictionary(), now: Vectors.SignedAt + 10);

        Assert.Equal(new Dictionary<string, object?> { ["some"] = "data" }, seen);
    }

    [Fact]
    public async Task Save_SessionAtPythonsTime_EqualsPythonsCookieBytes()
    {
        var setCookie = await RunAsync(null, s => s["some"] = "data");

        Assert.Equal($"session={Vectors.Simple}; path=/; Max-Age=1209600; httponly; samesite=lax", setCookie);
    }

    [Fact]
    public async Task Load_PythonComplexCookie_TypesValuesAsPython()
    {
        Session? seen = null;

        await RunAsync(Vectors.Complex, s => seen = s, now: Vectors.SignedAt + 60);

        Assert.NotNull(seen);
        Assert.Equal(["user", "n", "big", "f", "f2", "f3", "f4", "f5", "f6", "negzero", "neg", "t", "fa", "nul", "list", "obj", "esc"], seen.Keys);
        Assert.Equal("\u00fcn\u00efc\u00f8d\u00e9 \u2603 \U0001F600", seen["user"]);
        Assert.Equal(42L, seen["n"]);
        Assert.Equal(BigInteger.Parse("12345678901234567890123", System.Globalization.CultureInfo.InvariantCulture), seen["big"]);
        Assert.Equal(1.5, seen["f"]);
        Assert.Equal(1e-7, seen["f2"]);
        Assert.Equal(1e16, seen["f3"]);
        Assert.Equal(0.1, seen["f4"]);
        Assert.Equal(1e15, seen["f5"]);
        Assert.Equal(123456.789, seen["f6"]);
        Assert.True(double.IsNegative((double)seen["negzero"]!));
        Assert.Equal(-3L, seen["neg"]);
        Assert.Equal(true, seen["t"]);
        Assert.Equal(false, seen["fa"]);
        Assert.Null(seen["nul"]);
        var list = Assert.IsType<JsonArray>(seen["list"]);
        Assert.Equal("""[1,"two",[3],{"k":"v"}]""", list.ToJsonString());
        Assert.Equal(3.0, list[2]![0]!.GetValue<double>());
        Assert.Equal("""{"a":{"b":[]},"empty":{}}""", Assert.IsType<JsonObject>(seen["obj"]).ToJsonString());
        Assert.Equal("quote\" back\\ nl\n tab\t ctrl\u0001 del\u007f slash/ <>&'", seen["esc"]);
    }

    [Fact]
    public async Task Save_LoadedPythonComplexCookieAtItsTime_EqualsPythonsBytes()
    {
        // Loaded values (long, BigInteger, double, JsonArray/JsonObject with doubles inside) are written back as Python wrote them.
        var setCookie = await RunAsync(Vectors.Complex, s => s.MarkModified());

        Assert.Equal(Vectors.Complex, CookieValue(setCookie!));
    }

    [Fact]
    public async Task Save_ComplexSessionBuiltInCSharp_EqualsPythonsBytes()
    {
        var setCookie = await RunAsync(null, s =>
        {
            s["user"] = "\u00fcn\u00efc\u00f8d\u00e9 \u2603 \U0001F600";
            s["n"] = 42;
            s["big"] = BigInteger.Parse("12345678901234567890123", System.Globalization.CultureInfo.InvariantCulture);
            s["f"] = 1.5;
            s["f2"] = 1e-7;
            s["f3"] = 1e16;
            s["f4"] = 0.1;
            s["f5"] = 1e15;
            s["f6"] = 123456.789;
            s["negzero"] = -0.0;
            s["neg"] = (short)-3;
            s["t"] = true;
            s["fa"] = false;
            s["nul"] = null;
            s["list"] = new List<object?> { 1, "two", new[] { 3.0 }, new Dictionary<string, object?> { ["k"] = "v" } };
            s["obj"] = new JsonObject { ["a"] = new JsonObject { ["b"] = new JsonArray() }, ["empty"] = new JsonObject() };
            s["esc"] = "quote\" back\\ nl\n tab\t ctrl\u0001 del\u007f slash/ <>&'";
        });

        Assert.Equal(Vectors.ComplexJson, Json(setCookie!));
        Assert.Equal(Vectors.Complex, CookieValue(setCookie!));
    }

    [Fact]
    public async Task Save_Floats_WrittenAsPythonsRepr()
    {
        var floats = Vectors.FloatBits.Select(bits => BitConverter.UInt64BitsToDouble(bits)).ToList();

        var setCookie = await RunAsync(null, s => s["v"] = floats);

        Assert.Equal("{\"v\": " + Vectors.FloatsJson + "}", Json(setCookie!));
    }

    [Fact]
    public async Task Save_ControlAndNonAsciiText_EscapedAsPython()
    {
        var setCookie = await RunAsync(null, s => s["s"] = Vectors.EscapesText);

        Assert.Equal(Vectors.EscapesJson, Json(setCookie!));
    }

    [Fact]
    public async Task Load_PythonNaNAndInfinity_RoundTrip()
    {
        Session? seen = null;

        var setCookie = await RunAsync(Vectors.NonFinite, s => { seen = s; s.MarkModified(); });

        Assert.True(double.IsNaN((double)seen!["x"]!));
        Assert.Equal(double.PositiveInfinity, seen["y"]);
        Assert.Equal(Vectors.NonFinite, CookieValue(setCookie!));
    }

    [Fact]
    public async Task LoadAndSave_UnicodeSecret_KeyDerivedFromUtf8()
    {
        Dictionary<string, object?>? seen = null;

        var setCookie = await RunAsync(Vectors.UnicodeSecretCookie, s => { seen = s.ToDictionary(); s.MarkModified(); }, secret: Vectors.UnicodeSecret);

        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1L }, seen);
        Assert.Equal(Vectors.UnicodeSecretCookie, CookieValue(setCookie!));
    }

    [Fact]
    public async Task LoadAndSave_TwoSecretsAlternating_EachUsesItsOwnKey()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(Vectors.Simple, CookieValue((await RunAsync(Vectors.Simple, s => s.MarkModified()))!));
            Assert.Equal(Vectors.UnicodeSecretCookie, CookieValue((await RunAsync(Vectors.UnicodeSecretCookie, s => s.MarkModified(), secret: Vectors.UnicodeSecret))!));
            Assert.Null(await RunAsync(Vectors.Simple, s => s.Clear(), secret: Vectors.UnicodeSecret)); // wrong key: no session to clear
        }
    }

    [Theory]
    [InlineData(0L, Vectors.AtTime0)]
    [InlineData(1L, Vectors.AtTime1)]
    [InlineData(8_589_934_597L, Vectors.AtTime2Pow33Plus5)]
    public async Task LoadAndSave_TimestampWidths_MatchPython(long signedAt, string vector)
    {
        Dictionary<string, object?>? seen = null;

        var setCookie = await RunAsync(vector, s => { seen = s.ToDictionary(); s.MarkModified(); }, now: signedAt);

        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1L }, seen);
        Assert.Equal(vector, CookieValue(setCookie!));
    }

    [Fact]
    public async Task Load_SixByteTimestamp_ReadsWithoutMaxAgeAndIsFutureWithIt()
    {
        Dictionary<string, object?>? withoutMaxAge = null;
        Dictionary<string, object?>? withMaxAge = null;

        await RunAsync(Vectors.AtTime2Pow40Plus5, s => withoutMaxAge = s.ToDictionary(), noMaxAge: true);
        await RunAsync(Vectors.AtTime2Pow40Plus5, s => withMaxAge = s.ToDictionary());

        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1L }, withoutMaxAge);
        Assert.Empty(withMaxAge!); // signed in the future: itsdangerous rejects a negative age
    }

    [Fact]
    public async Task Load_PythonEmptySession_IsGenuineSoClearingSendsTheClearingCookie()
    {
        var setCookie = await RunAsync(Vectors.Empty, s => s.Clear());

        Assert.Equal("session=null; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT; httponly; samesite=lax", setCookie);
    }

    [Theory]
    [InlineData(Vectors.SignedNotBase64)]
    [InlineData(Vectors.SignedArray)]
    [InlineData(Vectors.SignedBadJson)]
    public async Task Load_GenuineSignatureOverABadPayload_GivesAnEmptySession(string vector)
    {
        // Upstream raises here (binascii.Error, TypeError, JSONDecodeError); an unreadable payload is an empty session here.
        int? count = null;

        var setCookie = await RunAsync(vector, s => { count = s.Count; s.Clear(); });

        Assert.Equal(0, count);
        Assert.Null(setCookie); // the request did not carry a session: clearing sends nothing
    }

    [Fact]
    public async Task Load_ThroughTestClientJar_PythonCookieWorks()
    {
        var options = new SessionOptions { SecretKey = Secret, TimeProvider = Clock(Vectors.SignedAt + 5) };
        using var client = new TestClient(SessionMiddleware.Wrap(Endpoints(), options));
        client.Cookies.Add(new Uri("http://testserver"), new System.Net.Cookie("session", Vectors.Simple));

        Assert.Equal("""{"session":{"some":"data"}}""", await client.GetStringAsync("/view_session"));
    }
}
