using Starlette.Testing;
using static Starlette.Responses.Tests.Harness;

namespace Starlette.Responses.Tests;

public class CookieTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static readonly FixedClock Clock = new(new DateTimeOffset(2037, 1, 22, 12, 0, 0, TimeSpan.Zero));

    private static Response WithCookie(Action<Response> set)
    {
        var response = new Response("Hello, world!", mediaType: "text/plain") { TimeProvider = Clock };
        set(response);
        return response;
    }

    private static string SetCookie(Response response) => response.RawHeaders.Single(h => h.Name == "set-cookie").Value;

    [Fact]
    public async Task SetCookie_EveryAttribute_InPythonOrder() // upstream test_set_cookie
    {
        using var client = new TestClient(App(_ => WithCookie(r => r.SetCookie("mycookie", "myvalue", maxAge: 10, expires: 10, path: "/",
            domain: "localhost", secure: true, httpOnly: true, sameSite: SameSite.None, partitioned: true))));

        var response = await client.GetAsync("/");

        Assert.Equal("Hello, world!", await response.Content.ReadAsStringAsync());
        Assert.Equal("mycookie=myvalue; Domain=localhost; expires=Thu, 22 Jan 2037 12:00:10 GMT; HttpOnly; Max-Age=10; Partitioned; Path=/; SameSite=none; Secure",
            Header(response, "set-cookie"));
    }

    [Fact]
    public void SetCookie_PathNone_OmitsPath() // upstream test_set_cookie_path_none
    {
        Assert.Equal("mycookie=myvalue; SameSite=lax", SetCookie(WithCookie(r => r.SetCookie("mycookie", "myvalue", path: null))));
    }

    [Fact]
    public void SetCookie_SameSiteNone_OmitsSameSite() // upstream test_set_cookie_samesite_none
    {
        Assert.Equal("mycookie=myvalue; Path=/", SetCookie(WithCookie(r => r.SetCookie("mycookie", "myvalue", sameSite: null))));
    }

    public static TheoryData<CookieExpiry> Expiries => new()
    {
        new DateTimeOffset(2037, 1, 22, 12, 0, 10, TimeSpan.Zero),
        new DateTime(2037, 1, 22, 12, 0, 10, DateTimeKind.Utc),
        "Thu, 22 Jan 2037 12:00:10 GMT",
        10,
    };

    [Theory] // upstream test_expires_on_set_cookie
    [MemberData(nameof(Expiries))]
    public void SetCookie_ExpiresInEveryForm_IsTheSameDate(CookieExpiry expires)
    {
        Assert.Equal("mycookie=myvalue; expires=Thu, 22 Jan 2037 12:00:10 GMT; Path=/; SameSite=lax",
            SetCookie(WithCookie(r => r.SetCookie("mycookie", "myvalue", expires: expires))));
    }

    [Fact]
    public async Task DeleteCookie_AfterSet_RemovesItFromTheJar() // upstream test_delete_cookie
    {
        using var client = new TestClient(App(scope =>
        {
            var hasCookie = scope.Headers.Any(h => h.Name == "cookie" && h.Value.Contains("mycookie=", StringComparison.Ordinal));
            var response = new Response("Hello, world!", mediaType: "text/plain");
            if (hasCookie) response.DeleteCookie("mycookie");
            else response.SetCookie("mycookie", "myvalue");
            return response;
        }));

        await client.GetAsync("/");
        Assert.Equal("myvalue", client.Cookies.GetCookies(new Uri("http://testserver/"))["mycookie"]?.Value);
        await client.GetAsync("/");
        Assert.Null(client.Cookies.GetCookies(new Uri("http://testserver/"))["mycookie"]);
    }

    [Fact]
    public void DeleteCookie_Format_IsEmptyValueMaxAgeZeroExpiresNow()
    {
        Assert.Equal("mycookie=\"\"; expires=Thu, 22 Jan 2037 12:00:00 GMT; Max-Age=0; Path=/; SameSite=lax",
            SetCookie(WithCookie(r => r.DeleteCookie("mycookie"))));
    }

    [Theory]
    [InlineData("a b", "\"a b\"")]
    [InlineData("a;b", "\"a\\073b\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("plain-value", "plain-value")]
    public void SetCookie_Value_QuotedAsSimpleCookie(string value, string expected)
    {
        Assert.StartsWith($"k={expected};", SetCookie(WithCookie(r => r.SetCookie("k", value))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad key")]
    [InlineData("a;b")]
    [InlineData("")]
    public void SetCookie_IllegalKey_Throws(string key)
    {
        var error = Assert.Throws<ArgumentException>(() => new Response().SetCookie(key, "v"));
        Assert.Contains("Illegal cookie key", error.Message, StringComparison.Ordinal);
    }
}
