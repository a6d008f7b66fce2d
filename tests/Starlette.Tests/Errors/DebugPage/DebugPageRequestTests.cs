using Starlette.Responses;
using Starlette.Routing;

namespace Starlette.Tests.Errors.DebugPage;

/// <summary>The debug page's request section: method, path, query, route template, path parameters, headers, cookies.</summary>
public sealed class DebugPageRequestTests
{
    [Fact]
    public async Task Html_RoutedRequest_ShowsRequestAndRouteTemplate()
    {
        var app = new Router(
        [
            new Route("/items/{id:int}", (Func<Requests.Request, Response>)(_ => throw new InvalidOperationException("no item")), methods: ["GET", "POST"]),
        ]);
        var html = await DebugPageClient.GetHtmlAsync(app.InvokeAsync, "/items/42?sort=name&x=%3Cb%3E", request =>
        {
            request.Headers.TryAddWithoutValidation("X-Custom", "<value>");
            request.Headers.TryAddWithoutValidation("Cookie", "session=abc123; theme=<dark>");
        });

        Assert.Contains("<tr><th>Method</th><td>GET</td></tr>", html);
        Assert.Contains("<tr><th>Path</th><td>/items/42</td></tr>", html);
        Assert.Contains("<tr><th>Query string</th><td>sort=name&amp;x=%3Cb%3E</td></tr>", html);
        Assert.Contains("<tr><th>Route</th><td>/items/{id:int}</td></tr>", html);
        Assert.Contains("<tr><th>Path parameter id</th><td>42</td></tr>", html);
        Assert.Contains("<tr><th>x-custom</th><td>&lt;value&gt;</td></tr>", html);
        Assert.Contains("<tr><th>session</th><td>abc123</td></tr>", html);
        Assert.Contains("<tr><th>theme</th><td>&lt;dark&gt;</td></tr>", html);
        Assert.DoesNotContain("<value>", html);
        Assert.DoesNotContain("<dark>", html);
    }

    [Fact]
    public async Task Html_NoRouteNoCookies_SaysNone()
    {
        var html = await DebugPageClient.GetHtmlAsync(DebugPageClient.Throwing(() => throw new InvalidOperationException("bare")));

        Assert.Contains("<tr><th>Route</th><td><span class=\"empty\">none</span></td></tr>", html);
        Assert.Contains("<h2>Cookies</h2><table class=\"request-cookies\"><tr><td class=\"empty\">none</td></tr></table>", html);
        Assert.Contains("<tr><th>Scheme</th><td>http</td></tr>", html);
        Assert.Contains("<tr><th>HTTP version</th><td>1.1</td></tr>", html);
    }

    [Fact]
    public async Task Text_NonBrowser_PlainTraceback()
    {
        using var client = new Testing.TestClient(
            new ServerErrorMiddleware(DebugPageClient.Throwing(() => throw new InvalidOperationException("<plain>")), debug: true).InvokeAsync,
            new Testing.TestClientOptions { RaiseServerExceptions = false });
        using var response = await client.GetAsync("/");

        Assert.Equal(500, (int)response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("System.InvalidOperationException: <plain>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", text);
    }
}
