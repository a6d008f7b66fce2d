using System.Net;
using Starlette.Hosting.Contract;
using Starlette.Types;

namespace Starlette.Testing.Tests;

public class CookieAndRedirectTests
{
    private static AsgiApp Redirecting(int status = 307) => async (scope, receive, send) =>
    {
        if (scope.Path.StartsWith("/ok", StringComparison.Ordinal))
        {
            var (body, _) = await Apps.ReadBodyAsync(receive);
            await Apps.TextAsync(send, $"{scope.Method} {TestApps.Header(scope, "authorization")} {System.Text.Encoding.UTF8.GetString(body)}");
            return;
        }

        var location = scope.QueryString.Length > 0 ? Uri.UnescapeDataString(scope.QueryString) : "/ok";
        await send(new HttpResponseStartMessage(status, [new("location", location), new("content-length", "0")]));
        await send(HttpResponseBodyMessage.Empty);
    };

    [Theory] // upstream test_domain_restricted_cookies
    [InlineData("testserver", true)]
    [InlineData("localhost", false)]
    [InlineData("example.com", false)]
    public async Task SetCookie_WithDomain_IsKeptOnlyForMatchingHost(string domain, bool kept)
    {
        using var client = new TestClient(TestApps.Text(_ => "Hello, world!", new HttpHeader("set-cookie", $"mycookie=myvalue; Domain={domain}; Path=/")));

        await client.GetAsync("/");

        Assert.Equal(kept, client.Cookies.GetCookies(new Uri("http://testserver/")).Count == 1);
    }

    [Fact]
    public async Task Cookies_SetByApp_AreSentBackByPath()
    {
        using var client = new TestClient(TestApps.Text(
            scope => TestApps.Header(scope, "cookie"),
            new HttpHeader("set-cookie", "a=1; Path=/"), new HttpHeader("set-cookie", "b=2; Path=/admin")));

        await client.GetAsync("/");

        Assert.Equal("a=1", await client.GetStringAsync("/"));
        Assert.Contains("b=2", await client.GetStringAsync("/admin/x"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cookies_Malformed_AreDroppedWithoutError()
    {
        using var client = new TestClient(TestApps.Text(_ => "ok", new HttpHeader("set-cookie", "=; Domain=..; Expires=garbage")));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Redirect_FollowedByDefault() // upstream test_forward_follow_redirects
    {
        using var client = new TestClient(Redirecting());

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://testserver/ok", response.RequestMessage!.RequestUri!.ToString());
    }

    [Fact]
    public async Task Redirect_NotFollowedWhenSwitchedOff() // upstream test_forward_nofollow_redirects
    {
        using var client = new TestClient(Redirecting(), new TestClientOptions { FollowRedirects = false });

        Assert.Equal(HttpStatusCode.TemporaryRedirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Redirect_PerRequestOption_OverridesClient()
    {
        using var client = new TestClient(Redirecting());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Options.Set(TestClient.FollowRedirectsOption, false);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, (await client.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData(303, "GET  ")]
    [InlineData(302, "GET  ")]
    [InlineData(307, "POST  payload")]
    [InlineData(308, "POST  payload")]
    public async Task Redirect_Post_FollowsHttpxMethodRules(int status, string expected)
    {
        using var client = new TestClient(Redirecting(status));

        var response = await client.PostAsync("/", new StringContent("payload"));

        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Redirect_ToAnotherOrigin_DropsAuthorization()
    {
        using var client = new TestClient(Redirecting());
        client.DefaultRequestHeaders.TryAddWithoutValidation("authorization", "secret");

        Assert.Equal("GET secret ", await client.GetStringAsync("/"));
        Assert.Equal("GET  ", await client.GetStringAsync("/?" + Uri.EscapeDataString("http://other.example/ok")));
    }

    [Fact]
    public async Task Redirect_Loop_FailsAfterMaxRedirects()
    {
        AsgiApp loop = async (scope, receive, send) =>
        {
            await send(new HttpResponseStartMessage(302, [new("location", "/again")]));
            await send(HttpResponseBodyMessage.Empty);
        };
        using var client = new TestClient(loop, new TestClientOptions { MaxRedirects = 3 });

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("/"));
        Assert.Equal("Exceeded the maximum of 3 redirects.", error.Message);
    }

    [Fact]
    public async Task Redirect_RequestOptions_AreKeptOnTheFollowedRequest()
    {
        var trace = new HttpRequestOptionsKey<string>("trace-id");
        using var client = new TestClient(Redirecting());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Options.Set(trace, "abc");

        var response = await client.SendAsync(request);

        Assert.Equal("http://testserver/ok", response.RequestMessage!.RequestUri!.ToString());
        Assert.True(response.RequestMessage.Options.TryGetValue(trace, out var value));
        Assert.Equal("abc", value);
    }
}
