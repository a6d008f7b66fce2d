using Starlette.Hosting.Contract;
using Starlette.Types;

namespace Starlette.Testing.Tests;

public class TestClientHttpTests
{
    [Fact]
    public async Task GetAsync_HelloWorldApp_ReturnsText() // upstream test_testclient_asgi3
    {
        using var client = new TestClient(TestApps.Text(_ => "Hello, world!"));

        var response = await client.GetAsync("/");

        Assert.Equal("Hello, world!", await response.Content.ReadAsStringAsync());
        Assert.Equal("http://testserver/", response.RequestMessage!.RequestUri!.ToString());
    }

    [Fact]
    public async Task GetAsync_ClientUsedInsideAnApp_Works() // upstream test_use_testclient_in_endpoint
    {
        var mock = TestApps.Text(_ => "{\"mock\":\"example\"}");
        using var client = new TestClient(async (scope, receive, send) =>
        {
            using var inner = new TestClient(mock);
            await Apps.TextAsync(send, await inner.GetStringAsync("/"));
        });

        Assert.Equal("{\"mock\":\"example\"}", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task DefaultHeaders_UserAgent_IsTestclientUnlessOverridden() // upstream test_testclient_headers_behavior
    {
        var app = TestApps.Text(scope => $"{TestApps.Header(scope, "user-agent")}|{TestApps.Header(scope, "authentication")}");
        using var plain = new TestClient(app);
        var custom = new TestClientOptions();
        custom.Headers["user-agent"] = "non-default-agent";
        using var overridden = new TestClient(app, custom);
        var auth = new TestClientOptions();
        auth.Headers["Authentication"] = "Bearer 123";
        using var withAuth = new TestClient(app, auth);

        Assert.Equal("testclient|", await plain.GetStringAsync("/"));
        Assert.Equal("non-default-agent|", await overridden.GetStringAsync("/"));
        Assert.Equal("testclient|Bearer 123", await withAuth.GetStringAsync("/"));
    }

    [Fact]
    public async Task DefaultHeaders_AreHttpxDefaultsWithHostFirst()
    {
        using var client = new TestClient(TestApps.Text(scope => string.Join("\n", scope.Headers)));

        var lines = (await client.GetStringAsync("/")).Split('\n');

        Assert.Equal("host: testserver", lines[0]);
        Assert.Equal(["accept-encoding: gzip, deflate, br", "accept: */*", "connection: keep-alive", "host: testserver", "user-agent: testclient"], lines.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Scope_Client_IsTestclient50000ByDefault() // upstream test_client
    {
        using var client = new TestClient(TestApps.Text(scope => scope.Client!.Value.ToString()));

        Assert.Equal("testclient:50000", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Scope_CustomClient_IsUsed() // upstream test_client_custom_client
    {
        using var client = new TestClient(TestApps.Text(scope => scope.Client!.Value.ToString()),
            new TestClientOptions { Client = new HostPort("192.168.0.1", 3000) });

        Assert.Equal("192.168.0.1:3000", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Scope_ServerRootPathAndState_FollowOptions()
    {
        var options = new TestClientOptions { BaseAddress = new Uri("https://example.org:8443"), RootPath = "/app" };
        using var client = new TestClient(TestApps.Text(scope => $"{scope.Scheme} {scope.Server} {scope.RootPath} {scope.State is not null} {TestApps.Header(scope, "host")}"), options);

        Assert.Equal("https example.org:8443 /app True example.org:8443", await client.GetStringAsync("/"));
    }

    [Theory] // upstream test_query_params
    [InlineData("2020-07-14T00:00:00+00:00")]
    [InlineData("España")]
    [InlineData("voilà")]
    public async Task Scope_QueryString_IsPercentEncodedAndDecodesBack(string param)
    {
        using var client = new TestClient(TestApps.Text(scope => scope.QueryString));

        var query = await client.GetStringAsync("/?param=" + Uri.EscapeDataString(param));

        Assert.True(query.All(char.IsAscii));
        Assert.Equal("param=" + param, Uri.UnescapeDataString(query));
    }

    [Fact]
    public async Task Scope_DuplicateHeaders_ArriveAsSeparatePairs() // upstream test_with_duplicate_headers
    {
        using var client = new TestClient(TestApps.Text(scope => TestApps.Header(scope, "x-token")));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("x-token", "foo");
        request.Headers.Add("x-token", "bar");

        Assert.Equal("foo,bar", await (await client.SendAsync(request)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BaseAddress_WithPath_ResolvesRelativeUrlsByHttpClientRules() // upstream test_merge_url (.NET rules)
    {
        using var client = new TestClient(TestApps.Text(scope => scope.Path), new TestClientOptions { BaseAddress = new Uri("http://testserver/api/v1/") });

        Assert.Equal("/api/v1/bar", await client.GetStringAsync("bar"));
        Assert.Equal("/bar", await client.GetStringAsync("/bar"));
    }

    [Fact]
    public async Task Scope_RawPath_ExcludesQueryString() // upstream test_raw_path_with_querystring
    {
        using var client = new TestClient(TestApps.Text(scope => scope.RawPath!));

        Assert.Equal("/hello-world", await client.GetStringAsync("/hello-world?foo=bar"));
    }

    [Fact]
    public async Task Trailers_AppSendsThem_AreTrailingHeaders()
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            await send(new HttpResponseStartMessage(200, [new("content-type", "text/plain")], trailers: true));
            await send(new HttpResponseBodyMessage("body"u8.ToArray()));
            await send(new HttpResponseTrailersMessage([new("x-checksum", "abc")]));
        });

        var response = await client.GetAsync("/");

        Assert.Equal("body", await response.Content.ReadAsStringAsync());
        Assert.Equal(["abc"], response.TrailingHeaders.GetValues("x-checksum"));
    }

    [Fact]
    public async Task GetRawHeaders_KeepsOrderAndDuplicates()
    {
        using var client = new TestClient(TestApps.Text(_ => "", new HttpHeader("x-b", "1"), new HttpHeader("set-cookie", "a=1"), new HttpHeader("set-cookie", "b=2")));

        var response = await client.GetAsync("/");

        Assert.Equal(["content-type", "x-b", "set-cookie", "set-cookie"], response.GetRawHeaders().Select(h => h.Name));
    }

    [Fact]
    public async Task GetDebugInfo_AppSendsDebugMessage_IsExposed()
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            Assert.True(scope.HasExtension(ExtensionNames.Debug));
            await send(new HttpResponseDebugMessage(new Dictionary<string, object?> { ["template"] = "index.html" }));
            await Apps.TextAsync(send, "page");
        });

        var response = await client.GetAsync("/");

        Assert.Equal("index.html", response.GetDebugInfo()!["template"]);
    }

    [Fact]
    public async Task GetDebugInfo_AnyKeysACustomResponseSends_AreAllExposed()
    {
        var context = new Dictionary<string, object?> { ["name"] = "x" };
        using var client = new TestClient(async (scope, receive, send) =>
        {
            await send(new HttpResponseDebugMessage(new Dictionary<string, object?>
            {
                ["template"] = "page.html",
                ["context"] = context,
                ["fragment"] = "row",
                ["blocks"] = new[] { "a", "b" },
            }));
            await Apps.TextAsync(send, "page");
        });

        var info = (await client.GetAsync("/")).GetDebugInfo()!;

        Assert.Equal(["blocks", "context", "fragment", "template"], info.Keys.Order(StringComparer.Ordinal));
        Assert.Same(context, info["context"]);
        Assert.Equal("row", info["fragment"]);
    } // upstream 1.6.0 (#3130): http.response.debug info exposed whatever its keys

    [Fact]
    public async Task Gzip_Body_IsDecodedAndHeaderKept()
    {
        var text = new string('x', 4000);
        using var client = new TestClient(async (scope, receive, send) =>
        {
            using var compressed = new MemoryStream();
            await using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
                await gzip.WriteAsync(TestApps.Utf8(text));
            await send(new HttpResponseStartMessage(200, [new("content-encoding", "gzip"), new("content-length", compressed.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
            await send(new HttpResponseBodyMessage(compressed.ToArray()));
        });

        var response = await client.GetAsync("/");

        Assert.Equal(text, await response.Content.ReadAsStringAsync());
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.True(response.Content.Headers.ContentLength < 4000);
    }

    [Fact]
    public async Task Deflate_Body_IsDecodedAsZlib() // httpx's "deflate" is the zlib format
    {
        var text = new string('y', 4000);
        using var client = new TestClient(async (scope, receive, send) =>
        {
            using var compressed = new MemoryStream();
            await using (var zlib = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
                await zlib.WriteAsync(TestApps.Utf8(text));
            await send(new HttpResponseStartMessage(200, [new("content-encoding", "deflate")]));
            await send(new HttpResponseBodyMessage(compressed.ToArray()));
        });

        var response = await client.GetAsync("/");

        Assert.Equal(text, await response.Content.ReadAsStringAsync());
        Assert.Equal(["deflate"], response.Content.Headers.ContentEncoding);
    }
}

