using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Starlette.Responses;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Requests.Tests;

public class RequestTests
{
    private static AsgiApp Echo(Func<Request, Task<string>> render) => async (scope, receive, send) =>
    {
        var request = new Request(scope, receive, send);
        await new PlainTextResponse(await render(request)).ExecuteAsync(scope, receive, send);
    };

    private static Receive Messages(params AsgiMessage[] messages)
    {
        var queue = new Queue<AsgiMessage>(messages);
        return () => ValueTask.FromResult(queue.Dequeue());
    }

    [Fact]
    public async Task Url_IsBuiltFromTheScope() // upstream test_request_url
    {
        using var client = new TestClient(Echo(r => Task.FromResult($"{r.Method} {r.Url}")));

        Assert.Equal("GET http://testserver/123?a=abc", await client.GetStringAsync("/123?a=abc"));
        Assert.Equal("GET https://example.org:123/", await client.GetStringAsync("https://example.org:123/"));
    }

    [Fact]
    public async Task QueryParams_AreParsed() // upstream test_request_query_params
    {
        using var client = new TestClient(Echo(r => Task.FromResult(string.Join("&", r.QueryParams.MultiItems().Select(p => $"{p.Key}:{p.Value}")))));

        Assert.Equal("a:123&b:456", await client.GetStringAsync("/?a=123&b=456"));
    }

    [Fact]
    public async Task Headers_AreTheTestClientDefaultsWithExplicitHost() // upstream test_request_headers
    {
        using var client = new TestClient(Echo(r => Task.FromResult(string.Join("\n", r.Headers.Select(h => $"{h.Key}: {h.Value}").Order(StringComparer.Ordinal)))));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "example.org";

        var text = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Equal("accept-encoding: gzip, deflate, br\naccept: */*\nconnection: keep-alive\nhost: example.org\nuser-agent: testclient", text);
    }

    [Fact]
    public void Client_FromScope_IsAddressOrNull() // upstream test_request_client
    {
        Assert.Equal(new Starlette.Datastructures.Address("client", 42), new Request(new Scope(ScopeType.Http) { Client = new HostPort("client", 42) }).Client);
        Assert.Null(new Request(new Scope(ScopeType.Http)).Client);
    }

    [Fact]
    public async Task Body_EmptyJsonAndText_AreRead() // upstream test_request_body
    {
        using var client = new TestClient(Echo(async r => Encoding.UTF8.GetString(await r.BodyAsync())));

        Assert.Equal("", await client.GetStringAsync("/"));
        Assert.Equal("{\"a\":\"123\"}", await (await client.PostAsJsonAsync("/", new Dictionary<string, string> { ["a"] = "123" })).Content.ReadAsStringAsync());
        Assert.Equal("abc", await (await client.PostAsync("/", new StringContent("abc"))).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Stream_ChunksAreTheBody() // upstream test_request_stream
    {
        using var client = new TestClient(Echo(async r =>
        {
            var body = new StringBuilder();
            await foreach (var chunk in r.StreamAsync()) body.Append(Encoding.UTF8.GetString(chunk.Span));
            return body.ToString();
        }));

        Assert.Equal("", await client.GetStringAsync("/"));
        Assert.Equal("abc", await (await client.PostAsync("/", new StringContent("abc"))).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BodyThenStream_StreamReplaysTheBody() // upstream test_request_body_then_stream
    {
        using var client = new TestClient(Echo(async r =>
        {
            var body = Encoding.UTF8.GetString(await r.BodyAsync());
            var stream = new StringBuilder();
            await foreach (var chunk in r.StreamAsync()) stream.Append(Encoding.UTF8.GetString(chunk.Span));
            return $"{body}|{stream}";
        }));

        Assert.Equal("abc|abc", await (await client.PostAsync("/", new StringContent("abc"))).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StreamThenBody_BodyFailsStreamConsumed() // upstream test_request_stream_then_body
    {
        using var client = new TestClient(Echo(async r =>
        {
            var stream = new StringBuilder();
            await foreach (var chunk in r.StreamAsync()) stream.Append(Encoding.UTF8.GetString(chunk.Span));
            string body;
            try { body = Encoding.UTF8.GetString(await r.BodyAsync()); }
            catch (InvalidOperationException error) when (error.Message == "Stream consumed") { body = "<stream consumed>"; }
            return $"{body}|{stream}";
        }));

        Assert.Equal("<stream consumed>|abc", await (await client.PostAsync("/", new StringContent("abc"))).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Json_IsParsed() // upstream test_request_json
    {
        using var client = new TestClient(Echo(async r => (await r.JsonAsync()).GetProperty("a").GetString()!));

        Assert.Equal("123", await (await client.PostAsJsonAsync("/", new Dictionary<string, string> { ["a"] = "123" })).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Json_Malformed_ThrowsJsonException()
    {
        using var client = new TestClient(Echo(async r => (await r.JsonAsync()).ToString()));

        await Assert.ThrowsAnyAsync<JsonException>(() => client.PostAsync("/", new StringContent("{not json")));
    }

    [Fact]
    public async Task Json_TypeInfo_Deserializes()
    {
        using var client = new TestClient(Echo(async r => (await r.JsonAsync(RequestJson.Default.Item))!.Name));

        Assert.Equal("x", await (await client.PostAsync("/", new StringContent("{\"Name\":\"x\"}"))).Content.ReadAsStringAsync());
    }

    [Fact]
    public void Scope_IsExposed() // upstream test_request_scope_interface
    {
        var scope = new Scope(ScopeType.Http) { Method = "GET", Path = "/abc/" };
        var request = new Request(scope);

        Assert.Same(scope, request.Scope);
        Assert.Equal("GET", request.Method);
        Assert.Throws<ArgumentException>(() => new Request(new Scope(ScopeType.WebSocket)));
    }

    [Fact]
    public async Task RawPath_KeepsEscapes() // upstream test_request_raw_path
    {
        using var client = new TestClient(Echo(r => Task.FromResult($"{r.Scope.Path}, {r.Scope.RawPath}")));

        Assert.Equal("/he/llo, /he%2Fllo", await client.GetStringAsync("/he%2Fllo"));
    }

    [Fact]
    public async Task Body_WithoutReceive_ThrowsNotAvailable() // upstream test_request_without_setting_receive
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            string data;
            try { data = (await new Request(scope).JsonAsync()).ToString(); }
            catch (InvalidOperationException) { data = "Receive channel not available"; }
            await new PlainTextResponse(data).ExecuteAsync(scope, receive, send);
        });

        Assert.Equal("Receive channel not available", await (await client.PostAsync("/", new StringContent("{}"))).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Body_ClientDisconnects_ThrowsClientDisconnect() // upstream test_request_disconnect
    {
        var request = new Request(new Scope(ScopeType.Http) { Method = "POST" }, Messages(HttpDisconnectMessage.Instance));

        await Assert.ThrowsAsync<ClientDisconnectException>(async () => await request.BodyAsync());
    }

    [Fact]
    public async Task IsDisconnected_AfterResponse_IsTrue() // upstream test_request_is_disconnected
    {
        bool? after = null;
        using var client = new TestClient(async (scope, receive, send) =>
        {
            var request = new Request(scope, receive);
            var body = Encoding.UTF8.GetString(await request.BodyAsync());
            var before = await request.IsDisconnectedAsync();
            await new PlainTextResponse($"{body} {before}").ExecuteAsync(scope, receive, send);
            await Task.Yield();
            for (var i = 0; i < 100 && after != true; i++) { after = await request.IsDisconnectedAsync(); await Task.Delay(10); }
        });

        Assert.Equal("foo False", await (await client.PostAsync("/", new StringContent("foo"))).Content.ReadAsStringAsync());
        Assert.True(after);
    }

    [Fact]
    public async Task IsDisconnected_PendingBodyChunk_IsNotLost()
    {
        var request = new Request(new Scope(ScopeType.Http), Messages(new HttpRequestBodyMessage("abc"u8.ToArray())));

        Assert.False(await request.IsDisconnectedAsync());
        Assert.Equal("abc"u8.ToArray(), await request.BodyAsync());
    }

    [Fact]
    public async Task State_SetAndRead() // upstream test_request_state
    {
        using var client = new TestClient(Echo(r =>
        {
            r.State["example"] = 123;
            return Task.FromResult($"{r.State["example"]}");
        }));

        Assert.Equal("123", await client.GetStringAsync("/123?a=abc"));
    }

    [Fact]
    public async Task Cookies_SetThenSentBack() // upstream test_request_cookies
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            var request = new Request(scope, receive);
            Response response;
            if (request.Cookies.TryGetValue("mycookie", out var cookie)) response = new Response(cookie, mediaType: "text/plain");
            else
            {
                response = new Response("Hello, world!", mediaType: "text/plain");
                response.SetCookie("mycookie", "Hello, cookies!");
            }

            await response.ExecuteAsync(scope, receive, send);
        });

        Assert.Equal("Hello, world!", await client.GetStringAsync("/"));
        Assert.Equal("Hello, cookies!", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Cookies_LenientParsing_KeepsEveryCookie() // upstream test_cookie_lenient_parsing
    {
        const string tough = "provider-oauth-nonce=validAsciiblabla; okta-oauth-redirect-params={\"responseType\":\"code\",\"state\":\"st\",\"scopes\":[\"openid\",\"email\"],\"urls\":{\"issuer\":\"https://sub.okta.com/oauth2/x\"}}; importantCookie=importantValue; sessionCookie=importantSessionValue";
        using var client = new TestClient(Echo(r => Task.FromResult(string.Join(",", r.Cookies.Keys.Order(StringComparer.Ordinal)))));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("cookie", tough);

        var keys = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Equal("importantCookie,okta-oauth-redirect-params,provider-oauth-nonce,sessionCookie", keys);
    }

    [Fact]
    public async Task Cookies_SeveralHeaders_AreMerged() // upstream test_multiple_cookie_headers
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            scope.Headers = [new HttpHeader("cookie", "a=abc"), new HttpHeader("cookie", "b=def"), new HttpHeader("cookie", "c=ghi")];
            var request = new Request(scope, receive);
            await new PlainTextResponse(string.Join(",", request.Cookies.Select(c => $"{c.Key}={c.Value}"))).ExecuteAsync(scope, receive, send);
        });

        Assert.Equal("a=abc,b=def,c=ghi", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Body_ChunkedUpload_IsJoined() // upstream test_chunked_encoding
    {
        using var client = new TestClient(Echo(async r => Encoding.UTF8.GetString(await r.BodyAsync())));
        var content = new StreamContent(new ChunkedStream("foo"u8.ToArray(), "bar"u8.ToArray()));

        Assert.Equal("foobar", await (await client.PostAsync("/", content)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SendPushPromise_HostWithPush_SendsPushMessage() // upstream test_request_send_push_promise
    {
        var sent = new List<AsgiMessage>();
        var scope = new Scope(ScopeType.Http)
        {
            Extensions = new Dictionary<string, object?> { [ExtensionNames.ServerPush] = null },
            Headers = [new HttpHeader("accept", "text/css"), new HttpHeader("cookie", "secret")],
        };

        await new Request(scope, null, m => { sent.Add(m); return default; }).SendPushPromiseAsync("/style.css");

        var push = Assert.IsType<HttpResponsePushMessage>(Assert.Single(sent));
        Assert.Equal("/style.css", push.Path);
        Assert.Equal([new HttpHeader("accept", "text/css")], push.Headers);
    }

    [Fact]
    public async Task SendPushPromise_HostWithoutPush_DoesNothing() // upstream test_request_send_push_promise_without_push_extension
    {
        await new Request(new Scope(ScopeType.Http)).SendPushPromiseAsync("/style.css");
    }

    [Fact]
    public async Task SendPushPromise_WithoutSend_Throws() // upstream test_request_send_push_promise_without_setting_send
    {
        var scope = new Scope(ScopeType.Http) { Extensions = new Dictionary<string, object?> { [ExtensionNames.ServerPush] = null } };

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await new Request(scope).SendPushPromiseAsync("/style.css"));
    }

    public static TheoryData<AsgiMessage[]> ChunkSequences => new()
    {
        new AsgiMessage[] { new HttpRequestBodyMessage("123"u8.ToArray(), true), new HttpRequestBodyMessage() },
        new AsgiMessage[] { new HttpRequestBodyMessage(default, true), new HttpRequestBodyMessage("123"u8.ToArray()) },
        new AsgiMessage[] { new HttpRequestBodyMessage("12"u8.ToArray(), true), new HttpRequestBodyMessage("3"u8.ToArray()) },
        new AsgiMessage[] { new HttpRequestBodyMessage("123"u8.ToArray(), true), new HttpRequestBodyMessage(default, true), new HttpRequestBodyMessage() },
    };

    [Theory] // upstream test_request_rcv
    [MemberData(nameof(ChunkSequences))]
    public async Task Body_AnyChunking_IsJoined(AsgiMessage[] messages)
    {
        Assert.Equal("123"u8.ToArray(), await new Request(new Scope(ScopeType.Http), Messages(messages)).BodyAsync());
    }

    [Fact]
    public async Task Stream_TwoEnumerators_ShareTheBody() // upstream test_request_stream_called_twice
    {
        var request = new Request(new Scope(ScopeType.Http), Messages(
            new HttpRequestBodyMessage("1"u8.ToArray(), true), new HttpRequestBodyMessage("2"u8.ToArray(), true), new HttpRequestBodyMessage("3"u8.ToArray())));
        await using var s1 = request.StreamAsync().GetAsyncEnumerator();
        await using var s2 = request.StreamAsync().GetAsyncEnumerator();

        async Task<string?> Next(IAsyncEnumerator<ReadOnlyMemory<byte>> s) => await s.MoveNextAsync() ? Encoding.UTF8.GetString(s.Current.Span) : null;

        Assert.Equal("1", await Next(s1));
        Assert.Equal("2", await Next(s2));
        Assert.Equal("3", await Next(s1));
        Assert.Equal("", await Next(s1));
        Assert.Equal("", await Next(s2));
        Assert.Null(await Next(s2));
        Assert.Null(await Next(s1));
    }

    [Fact]
    public async Task UrlFor_OutsideAnApplication_Throws() // upstream test_request_url_outside_starlette_context
    {
        var error = Assert.Throws<InvalidOperationException>(() => new Request(new Scope(ScopeType.Http)).UrlFor("index"));

        Assert.Equal("The `url_for` method can only be used inside a Starlette application or with a router.", error.Message);
        await Task.CompletedTask;
    }

    [Fact]
    public void UrlFor_WithRouterInScope_BuildsAbsoluteUrl() // upstream test_request_url_starlette_context
    {
        var scope = new Scope(ScopeType.Http) { Server = new HostPort("testserver", 80), Headers = [new HttpHeader("host", "testserver")] };
        scope.Items["router"] = new FixedRoutes();

        Assert.Equal("http://testserver/home", new Request(scope).UrlFor("homepage").ToString());
    }

    private sealed class FixedRoutes : IUrlPathProvider
    {
        public Starlette.Datastructures.UrlPath UrlPathFor(string name, IReadOnlyDictionary<string, object?> pathParams) =>
            name == "homepage" ? new Starlette.Datastructures.UrlPath("/home") : throw new KeyNotFoundException(name);
    }

    private sealed class ChunkedStream(params byte[][] chunks) : Stream
    {
        private int _index;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_index == chunks.Length) return 0;
            var chunk = chunks[_index++];
            chunk.CopyTo(buffer, offset);
            return chunk.Length;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

public sealed record Item(string Name);

[System.Text.Json.Serialization.JsonSerializable(typeof(Item))]
internal sealed partial class RequestJson : System.Text.Json.Serialization.JsonSerializerContext;
