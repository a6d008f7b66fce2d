using System.Diagnostics;
using System.Net;

namespace Starlette.Middleware.Telemetry.Tests;

public class TelemetryMiddlewareTracingTests
{
    [Fact]
    public async Task Wrap_MatchedRoute_EmitsServerSpanWithConventionAttributes()
    {
        using var collector = new Collector();
        using var client = Apps.Client();
        var request = new HttpRequestMessage(HttpMethod.Get, "/users/42?x=1");
        request.Headers.UserAgent.ParseAdd("probe/1.0");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var span = Assert.Single(await collector.SpansAsync());
        Assert.Equal(ActivityKind.Server, span.Kind);
        Assert.Equal("GET /users/{id:int}", span.DisplayName);
        var tags = span.TagMap();
        Assert.Equal("GET", tags["http.request.method"]);
        Assert.Equal("/users/42", tags["url.path"]);
        Assert.Equal("http", tags["url.scheme"]);
        Assert.Equal("/users/{id:int}", tags["http.route"]);
        Assert.Equal(200, tags["http.response.status_code"]);
        Assert.Equal("testserver", tags["server.address"]);
        Assert.Equal("1.1", tags["network.protocol.version"]);
        Assert.Equal("probe/1.0", tags["user_agent.original"]);
        Assert.Equal("testclient", tags["client.address"]);
        Assert.False(tags.ContainsKey("error.type"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
    }

    [Fact]
    public async Task Wrap_NestedMounts_RouteIsFullTemplate()
    {
        using var collector = new Collector();
        using var client = Apps.Client();
        await client.GetAsync("/api/v1/items/pen");
        var span = Assert.Single(await collector.SpansAsync());
        Assert.Equal("/api/v1/items/{name}", span.TagMap()["http.route"]);
        Assert.Equal("GET /api/v1/items/{name}", span.DisplayName);
    }

    [Fact]
    public async Task Wrap_MountOfPlainApp_RouteIsPrefixAndRest()
    {
        using var collector = new Collector();
        using var client = Apps.Client();
        await client.GetAsync("/static/css/site.css");
        Assert.Equal("/static/{path:path}", Assert.Single(await collector.SpansAsync()).TagMap()["http.route"]);
    }

    [Theory]
    [InlineData("/nowhere")]
    [InlineData("/api/v1/nothing")]
    public async Task Wrap_NotFound_HasNoRouteAndNoError(string path)
    {
        using var collector = new Collector();
        using var client = Apps.Client();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var span = Assert.Single(await collector.SpansAsync());
        var tags = span.TagMap();
        Assert.False(tags.ContainsKey("http.route"));
        Assert.False(tags.ContainsKey("error.type"));
        Assert.Equal(404, tags["http.response.status_code"]);
        Assert.Equal("GET", span.DisplayName);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
    }

    [Fact]
    public async Task Wrap_EndpointThrows_RecordsErrorTypeAnd500()
    {
        using var collector = new Collector();
        using var client = Apps.Client();
        var response = await client.GetAsync("/boom");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var span = Assert.Single(await collector.SpansAsync());
        var tags = span.TagMap();
        Assert.Equal("System.InvalidOperationException", tags["error.type"]);
        Assert.Equal(500, tags["http.response.status_code"]);
        Assert.Equal("/boom", tags["http.route"]);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("boom", span.StatusDescription);
        Assert.Contains(span.Events, e => e.Name == "exception");
    }

    [Fact]
    public async Task Wrap_AppThrowsBeforeResponse_Reports500()
    {
        using var collector = new Collector();
        var app = TelemetryMiddleware.Wrap((_, _, _) => throw new ArgumentException("bad"));
        using var client = new Testing.TestClient(app, new Testing.TestClientOptions { RaiseServerExceptions = false });
        await client.GetAsync("/");
        var tags = Assert.Single(await collector.SpansAsync()).TagMap();
        Assert.Equal(500, tags["http.response.status_code"]);
        Assert.Equal("System.ArgumentException", tags["error.type"]);
    }

    [Fact]
    public async Task Wrap_ServerErrorStatus_ErrorTypeIsStatusCode()
    {
        using var collector = new Collector();
        using var client = Apps.Client();
        await client.GetAsync("/teapot");
        var span = Assert.Single(await collector.SpansAsync());
        Assert.Equal("503", span.TagMap()["error.type"]);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
    }

    [Fact]
    public async Task Wrap_UnknownMethod_ReportsOtherWithOriginal()
    {
        using var collector = new Collector();
        using var client = Apps.Client();
        await client.SendAsync(new HttpRequestMessage(new HttpMethod("BREW"), "/users/1"));
        var span = Assert.Single(await collector.SpansAsync());
        var tags = span.TagMap();
        Assert.Equal("_OTHER", tags["http.request.method"]);
        Assert.Equal("BREW", tags["http.request.method_original"]);
        Assert.Equal("HTTP /users/{id:int}", span.DisplayName);
    }

    [Fact]
    public async Task Wrap_TraceparentHeader_ContinuesRemoteTrace()
    {
        using var collector = new Collector();
        using var client = Apps.Client(new TelemetryOptions { Propagator = DistributedContextPropagator.CreateW3CPropagator() });
        var request = new HttpRequestMessage(HttpMethod.Get, "/users/7");
        request.Headers.Add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        request.Headers.Add("tracestate", "vendor=abc");
        request.Headers.Add("baggage", "tenant=acme");
        await client.SendAsync(request);

        var span = Assert.Single(await collector.SpansAsync());
        Assert.Equal("0af7651916cd43dd8448eb211c80319c", span.TraceId.ToHexString());
        Assert.Equal("b7ad6b7169203331", span.ParentSpanId.ToHexString());
        Assert.True(span.HasRemoteParent);
        Assert.Equal("vendor=abc", span.TraceStateString);
        Assert.Equal("acme", span.GetBaggageItem("tenant"));
    }

    [Fact]
    public async Task Wrap_InvalidTraceparent_StartsNewTrace()
    {
        using var collector = new Collector();
        using var client = Apps.Client();
        var request = new HttpRequestMessage(HttpMethod.Get, "/users/7");
        request.Headers.TryAddWithoutValidation("traceparent", "00-not-a-trace-01");
        await client.SendAsync(request);
        var span = Assert.Single(await collector.SpansAsync());
        Assert.False(span.HasRemoteParent);
        Assert.Equal(default, span.ParentSpanId);
    }

    [Fact]
    public async Task Wrap_FilterRejects_NoSpan()
    {
        using var collector = new Collector();
        using var client = Apps.Client(new TelemetryOptions { Filter = scope => scope.Path != "/users/1" });
        await client.GetAsync("/users/1");
        await client.GetAsync("/users/2");
        var span = Assert.Single(await collector.SpansAsync());
        Assert.Equal("/users/2", span.TagMap()["url.path"]);
    }
}
