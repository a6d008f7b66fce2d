using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Starlette.Testing;
using Starlette.Types;
using static Starlette.Middleware.Sessions.Tests.Harness;

namespace Starlette.Middleware.Sessions.Tests;

/// <summary>Every middleware test of upstream's tests/middleware/test_session.py, on raw contract apps.</summary>
public partial class SessionMiddlewareTests
{
    [Fact]
    public async Task Wrap_ViewUpdateClear_RoundTripsTheSessionThroughTheCookie() // upstream test_session
    {
        using var client = new TestClient(App());

        Assert.Equal("""{"session":{}}""", await client.GetStringAsync("/view_session"));

        var response = await client.PostAsync("/update_session", Json("""{"some": "data"}"""));
        Assert.Equal("""{"session":{"some":"data"}}""", await BodyAsync(response));

        // check cookie max-age
        var maxAge = MaxAgePattern().Match(Header(response, "set-cookie")!);
        Assert.True(maxAge.Success);
        Assert.Equal(14 * 24 * 3600, int.Parse(maxAge.Groups[1].Value, CultureInfo.InvariantCulture));

        Assert.Equal("""{"session":{"some":"data"}}""", await client.GetStringAsync("/view_session"));

        response = await client.PostAsync("/clear_session", null);
        Assert.Equal("""{"session":{}}""", await BodyAsync(response));

        Assert.Equal("""{"session":{}}""", await client.GetStringAsync("/view_session"));
    }

    [Fact]
    public async Task Wrap_NegativeMaxAge_CookieIsExpiredOnTheNextRequest() // upstream test_session_expires
    {
        var app = App(o => o.MaxAge = TimeSpan.FromSeconds(-1));
        using var client = new TestClient(app);

        var response = await client.PostAsync("/update_session", Json("""{"some": "data"}"""));
        Assert.Equal("""{"session":{"some":"data"}}""", await BodyAsync(response));

        // The jar drops an expired cookie: take the value from the header and send it explicitly.
        var expired = SessionValuePattern().Match(Header(response, "set-cookie")!);
        Assert.True(expired.Success);
        using var second = new TestClient(app);
        response = await second.SendAsync(GetWithCookie("/view_session", "session=" + expired.Groups[1].Value));
        Assert.Equal("""{"session":{}}""", await BodyAsync(response));
    }

    [Fact]
    public async Task Wrap_HttpsOnly_CookieTravelsOverHttpsOnly() // upstream test_secure_session
    {
        var app = App(o => o.HttpsOnly = true);
        using var secure = new TestClient(app, new TestClientOptions { BaseAddress = new Uri("https://testserver") });
        using var unsecure = new TestClient(app, new TestClientOptions { BaseAddress = new Uri("http://testserver") });

        Assert.Equal("""{"session":{}}""", await unsecure.GetStringAsync("/view_session"));
        Assert.Equal("""{"session":{"some":"data"}}""", await BodyAsync(await unsecure.PostAsync("/update_session", Json("""{"some": "data"}"""))));
        Assert.Equal("""{"session":{}}""", await unsecure.GetStringAsync("/view_session"));

        Assert.Equal("""{"session":{}}""", await secure.GetStringAsync("/view_session"));
        Assert.Equal("""{"session":{"some":"data"}}""", await BodyAsync(await secure.PostAsync("/update_session", Json("""{"some": "data"}"""))));
        Assert.Equal("""{"session":{"some":"data"}}""", await secure.GetStringAsync("/view_session"));
        Assert.Equal("""{"session":{}}""", await BodyAsync(await secure.PostAsync("/clear_session", null)));
        Assert.Equal("""{"session":{}}""", await secure.GetStringAsync("/view_session"));
    }

    [Fact]
    public async Task Wrap_MountedWithPath_CookiePathIsTheMountPath() // upstream test_session_cookie_subpath
    {
        var secondApp = App(o => o.Path = "/second_app");
        AsgiApp app = (scope, receive, send) =>
        {
            if (!scope.Path.StartsWith("/second_app/", StringComparison.Ordinal))
                return new Responses.PlainTextResponse("Not Found", 404).ExecuteAsync(scope, receive, send);
            scope.RootPath += "/second_app"; // as Mount("/second_app", app=second_app)
            return secondApp(scope, receive, send);
        };
        using var client = new TestClient(app, new TestClientOptions { BaseAddress = new Uri("http://testserver/second_app/") });

        var response = await client.PostAsync("update_session", Json("""{"some": "data"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookiePath = CookiePathPattern().Match(Header(response, "set-cookie")!);
        Assert.True(cookiePath.Success);
        Assert.Equal("/second_app", cookiePath.Groups[1].Value);
    }

    [Fact]
    public async Task Wrap_BogusCookie_GivesAnEmptySessionWithoutError() // upstream test_invalid_session_cookie
    {
        var app = App();
        using var client = new TestClient(app);
        Assert.Equal("""{"session":{"some":"data"}}""", await BodyAsync(await client.PostAsync("/update_session", Json("""{"some": "data"}"""))));

        // we expect it to not raise an exception if we provide a bogus session cookie
        using var bogus = new TestClient(app);
        var response = await bogus.SendAsync(GetWithCookie("/view_session", "session=invalid"));
        Assert.Equal("""{"session":{}}""", await BodyAsync(response));
    }

    [Fact]
    public async Task Wrap_NullMaxAge_WritesABrowserSessionCookie() // upstream test_session_cookie
    {
        using var client = new TestClient(App(o => o.MaxAge = null));

        var response = await client.PostAsync("/update_session", Json("""{"some": "data"}"""));
        Assert.Equal("""{"session":{"some":"data"}}""", await BodyAsync(response));

        // check cookie max-age
        Assert.DoesNotContain("Max-Age", Header(response, "set-cookie")!, StringComparison.Ordinal);

        foreach (Cookie cookie in client.Cookies.GetAllCookies()) cookie.Expired = true; // client.cookies.delete("session")
        Assert.Equal("""{"session":{}}""", await client.GetStringAsync("/view_session"));
    }

    [Fact]
    public async Task Wrap_Domain_IsWrittenIntoTheCookie() // upstream test_domain_cookie
    {
        using var client = new TestClient(App(o => o.Domain = ".example.com"));

        var response = await client.PostAsync("/update_session", Json("""{"some": "data"}"""));
        Assert.Equal("""{"session":{"some":"data"}}""", await BodyAsync(response));

        Assert.Contains("domain=.example.com", Header(response, "set-cookie")!, StringComparison.Ordinal);

        foreach (Cookie cookie in client.Cookies.GetAllCookies()) cookie.Expired = true; // client.cookies.delete("session")
        Assert.Equal("""{"session":{}}""", await client.GetStringAsync("/view_session"));
    }

    [Fact]
    public async Task Wrap_ReadOnlyRequest_SetsNoCookie() // upstream test_set_cookie_only_on_modification
    {
        using var client = new TestClient(App());

        // Write to session - should send Set-Cookie
        var response = await client.PostAsync("/update_session", Json("""{"some": "data"}"""));
        Assert.NotNull(Header(response, "set-cookie"));

        // Read-only access - should NOT send Set-Cookie
        response = await client.GetAsync("/view_session");
        Assert.Equal("""{"session":{"some":"data"}}""", await BodyAsync(response));
        Assert.Null(Header(response, "set-cookie"));
    }

    [Fact]
    public async Task Wrap_SessionAccessed_AddsVaryCookieOnlyThen() // upstream test_vary_cookie_on_access
    {
        using var client = new TestClient(App());

        // Modifying session should add Vary: Cookie
        var response = await client.PostAsync("/update_session", Json("""{"some": "data"}"""));
        Assert.Contains("cookie", (Header(response, "vary") ?? "").ToLowerInvariant(), StringComparison.Ordinal);

        // Reading a non-empty session should add Vary: Cookie
        response = await client.GetAsync("/view_session");
        Assert.Contains("cookie", (Header(response, "vary") ?? "").ToLowerInvariant(), StringComparison.Ordinal);

        // Not accessing session at all should NOT add Vary: Cookie
        response = await client.GetAsync("/no_session");
        Assert.DoesNotContain("cookie", (Header(response, "vary") ?? "").ToLowerInvariant(), StringComparison.Ordinal);
    }

    [GeneratedRegex("; Max-Age=([0-9]+);")]
    private static partial Regex MaxAgePattern();

    [GeneratedRegex("session=([^;]*);")]
    private static partial Regex SessionValuePattern();

    [GeneratedRegex(@"; path=(\S+);")]
    private static partial Regex CookiePathPattern();
}
