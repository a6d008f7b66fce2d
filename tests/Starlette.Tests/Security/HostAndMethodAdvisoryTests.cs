using System.Net;
using Starlette.Datastructures;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Tests.Security;

/// <summary>
/// Advisories about what a client controls besides the body: GHSA-86qp-5c8j-p5mr (CVE-2026-48710, a malformed
/// <c>Host</c> moved <c>request.url.path</c> away from the routed path), GHSA-jp82-jpqv-5vv3 (CVE-2026-54282, a path
/// without a leading <c>/</c> moved the authority), GHSA-x746-7m8f-x49c (CVE-2026-48817, any method name picked an
/// <c>HTTPEndpoint</c> attribute).
/// </summary>
public sealed class HostAndMethodAdvisoryTests
{
    private static Url? _seen;

    /// <summary>upstream's PoC: a middleware guarding <c>/admin</c> by <c>request.url.path</c>.</summary>
    private static StarletteApp GuardedApp() => new(
        routes: [new Route("/admin/potato", (Func<Request, Response>)(_ => new PlainTextResponse("Secret potato")))],
        middleware: [new MiddlewareDescriptor("guard", next => (scope, receive, send) =>
        {
            var url = new Request(scope, receive).Url;
            return url.Path.StartsWith("/admin", StringComparison.Ordinal)
                ? new PlainTextResponse("Forbidden", 403).ExecuteAsync(scope, receive, send)
                : next(scope, receive, send);
        })]);

    [Theory]
    [InlineData("example.com/?")]
    [InlineData("example.com/#")]
    [InlineData("example.com?")]
    [InlineData("a@example.com/x/..")]
    [InlineData("example.com:80/?")]
    public async Task Url_MalformedHostHeader_KeepsTheRoutedPath(string host)
    {
        Assert.Equal((403, "Forbidden"), await DirectCall.GetAsync(GuardedApp(), "/admin/potato", host));
    }

    [Theory]
    [InlineData("@google.com")]
    [InlineData("@google.com/x")]
    [InlineData(":80@google.com")]
    public async Task Url_PathWithoutLeadingSlash_KeepsTheServersHost(string path)
    {
        AsgiApp probe = (scope, receive, send) =>
        {
            _seen = new Request(scope, receive).Url;
            return new PlainTextResponse("ok").ExecuteAsync(scope, receive, send);
        };

        await DirectCall.GetAsync(probe, path, "localhost");

        Assert.Equal("localhost", _seen!.Hostname);
        Assert.NotEqual("google.com", _seen.Hostname);
    }

    private sealed class Items : HttpEndpoint
    {
        public Items() => Get(_ => new PlainTextResponse("items"));
    }

    [Theory]
    [InlineData("_DO_DELETE")]
    [InlineData("INVOKEASYNC")]
    [InlineData("TOAPP")]
    [InlineData("MAP")]
    public async Task HttpEndpoint_NonStandardMethod_Answers405(string method)
    {
        using var client = new TestClient(new StarletteApp(routes: [new Route("/items", new Items())]));

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/items"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public void HttpEndpoint_MapNonStandardMethod_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Items().Map("_do_delete", _ => ValueTask.FromResult<Response>(new PlainTextResponse(""))));
    }
}
