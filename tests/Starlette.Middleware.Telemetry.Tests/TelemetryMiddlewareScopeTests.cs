using Starlette.Types;

namespace Starlette.Middleware.Telemetry.Tests;

/// <summary>Attributes a host decides (the Host header, the server address), on hand-made scopes.</summary>
public class TelemetryMiddlewareScopeTests
{
    [Theory]
    [InlineData("example.org:8443", "example.org", 8443)]
    [InlineData("example.org", "example.org", null)]
    [InlineData("[::1]:9000", "::1", 9000)]
    [InlineData("[::1]", "::1", null)]
    public async Task Wrap_HostHeader_GivesServerAddressAndPort(string host, string address, int? port)
    {
        using var collector = new Collector();
        await RunAsync(new Scope(ScopeType.Http) { Headers = [new HttpHeader("host", host)] });
        var tags = Assert.Single(await collector.SpansAsync()).TagMap();
        Assert.Equal(address, tags["server.address"]);
        Assert.Equal(port, tags.GetValueOrDefault("server.port"));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    [InlineData("HEAD")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    [InlineData("CONNECT")]
    [InlineData("TRACE")]
    [InlineData("QUERY")]
    public async Task Wrap_KnownMethod_ReportedAsIs(string method)
    {
        using var collector = new Collector();
        await RunAsync(new Scope(ScopeType.Http) { Method = method });
        var span = Assert.Single(await collector.SpansAsync());
        Assert.Equal(method, span.TagMap()["http.request.method"]);
        Assert.Equal(method, span.DisplayName);
        Assert.False(span.TagMap().ContainsKey("http.request.method_original"));
    }

    [Fact]
    public async Task Wrap_NoHostHeader_UsesScopeServer()
    {
        using var collector = new Collector();
        await RunAsync(new Scope(ScopeType.Http) { Server = new HostPort("10.0.0.1", 8000), HttpVersion = "2" });
        var tags = Assert.Single(await collector.SpansAsync()).TagMap();
        Assert.Equal("10.0.0.1", tags["server.address"]);
        Assert.Equal(8000, tags["server.port"]);
        Assert.Equal("2", tags["network.protocol.version"]);
        Assert.False(tags.ContainsKey("http.response.status_code"));
    }

    [Fact]
    public async Task Wrap_NoHostAndNoServer_OmitsServerAttributes()
    {
        using var collector = new Collector();
        await RunAsync(new Scope(ScopeType.Http));
        var tags = Assert.Single(await collector.SpansAsync()).TagMap();
        Assert.False(tags.ContainsKey("server.address"));
        Assert.False(tags.ContainsKey("client.address"));
    }

    [Fact]
    public async Task Wrap_NoListener_CallsAppWithSameChannels()
    {
        Send send = _ => ValueTask.CompletedTask;
        Send? seen = null;
        var app = TelemetryMiddleware.Wrap((_, _, s) =>
        {
            seen = s;
            return ValueTask.CompletedTask;
        });
        await app(new Scope(ScopeType.Http), () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty), send);
        Assert.Same(send, seen);
    }

    [Fact]
    public void Create_Descriptor_NamedAndWraps()
    {
        var options = new TelemetryOptions();
        var descriptor = TelemetryMiddleware.Create(options);
        Assert.Equal("TelemetryMiddleware", descriptor.Name);
        Assert.Same(options, descriptor.Options);
        Assert.NotNull(descriptor.Wrap((_, _, _) => ValueTask.CompletedTask));
        Assert.Contains("Propagator = Current", options.ToString());
        Assert.Throws<ArgumentNullException>(() => TelemetryMiddleware.Wrap(null!));
    }

    private static ValueTask RunAsync(Scope scope) =>
        TelemetryMiddleware.Wrap((_, _, _) => ValueTask.CompletedTask)(scope, () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty), _ => ValueTask.CompletedTask);
}
