using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.WebSockets;

namespace Starlette.Tests.Endpoints;

public sealed class EndpointTests
{
    private sealed class Homepage : HttpEndpoint
    {
        public Homepage() => Get(request => request.PathParams.TryGetValue("username", out var name)
            ? new PlainTextResponse($"Hello, {name}!")
            : new PlainTextResponse("Hello, world!"));
    }

    private static Router CreateRouter() => new([new Route("/", new Homepage()), new Route("/{username}", new Homepage())]);

    [Fact]
    public async Task HttpEndpoint_Route()
    {
        using var client = new TestClient(CreateRouter());
        var response = await client.GetAsync("/");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Hello, world!", await response.Content.ReadAsStringAsync());
    } // upstream test_http_endpoint_route

    [Fact]
    public async Task HttpEndpoint_RoutePathParams()
    {
        using var client = new TestClient(CreateRouter());
        var response = await client.GetAsync("/tomchristie");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Hello, tomchristie!", await response.Content.ReadAsStringAsync());
    } // upstream test_http_endpoint_route_path_params

    [Fact]
    public async Task HttpEndpoint_UnmappedMethod_405WithAllow()
    {
        using var client = new TestClient(CreateRouter());
        var response = await client.PostAsync("/", null);
        Assert.Equal(405, (int)response.StatusCode);
        Assert.Equal("Method Not Allowed", await response.Content.ReadAsStringAsync());
        Assert.Equal("GET", string.Join(",", response.Content.Headers.Allow));
    } // upstream test_http_endpoint_route_method

    [Fact]
    public async Task HttpEndpoint_NonVerbMethod_NotDispatched()
    {
        var endpoint = new HttpEndpoint().Get(_ => new PlainTextResponse("Hello, world!"));
        Assert.Throws<ArgumentException>(() => endpoint.Map("_DO_DELETE", _ => new PlainTextResponse("Privileged helper")));
        using var client = new TestClient(new Router([new Route("/", endpoint)]));
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod("_DO_DELETE"), "/"));
        Assert.Equal(405, (int)response.StatusCode);
        Assert.Equal("Method Not Allowed", await response.Content.ReadAsStringAsync());
        Assert.Equal("GET", string.Join(",", response.Content.Headers.Allow));
    } // upstream test_http_endpoint_does_not_dispatch_non_verb_method

    [Fact]
    public async Task HttpEndpoint_HeadFallsBackToGet_AllowInStandardOrder()
    {
        var endpoint = new HttpEndpoint()
            .Delete(_ => ValueTask.FromResult<Response>(new PlainTextResponse("")))
            .Get(_ => new PlainTextResponse("got"));
        Assert.Equal(["GET", "DELETE"], endpoint.AllowedMethods);
        using var client = new TestClient(new Router([new Route("/", endpoint)]));
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));
        Assert.Equal(200, (int)response.StatusCode);
        response = await client.PutAsync("/", null);
        Assert.Equal("GET, DELETE", string.Join(", ", response.Content.Headers.Allow));
    }

    private sealed class SubprotocolApp : WebSocketEndpoint
    {
        protected override ValueTask OnConnectAsync(WebSocket webSocket)
        {
            Assert.Equal(["soap", "wamp"], webSocket.Scope.Subprotocols);
            return webSocket.AcceptAsync("wamp");
        }
    }

    [Fact]
    public async Task WebSocketEndpoint_OnConnect()
    {
        using var client = new TestClient(WebSocketEndpoint.ToApp<SubprotocolApp>());
        await using var session = await client.WebSocketConnectAsync("/ws", ["soap", "wamp"]);
        Assert.Equal("wamp", session.AcceptedSubprotocol);
    } // upstream test_websocket_endpoint_on_connect

    private sealed class BytesApp : WebSocketEndpoint
    {
        protected override WebSocketEncoding Encoding => WebSocketEncoding.Bytes;

        protected override ValueTask OnReceiveAsync(WebSocket webSocket, object data) =>
            webSocket.SendBytesAsync((byte[])[.. "Message bytes was: "u8.ToArray(), .. (byte[])data]);
    }

    [Fact]
    public async Task WebSocketEndpoint_OnReceiveBytes()
    {
        using var client = new TestClient(WebSocketEndpoint.ToApp<BytesApp>());
        await using (var session = await client.WebSocketConnectAsync("/ws"))
        {
            await session.SendBytesAsync("Hello, world!"u8.ToArray());
            Assert.Equal("Message bytes was: Hello, world!", Encoding.UTF8.GetString(await session.ReceiveBytesAsync()));
        }

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var session = await client.WebSocketConnectAsync("/ws");
            await session.SendTextAsync("Hello world");
        });
    } // upstream test_websocket_endpoint_on_receive_bytes

    private sealed class JsonApp : WebSocketEndpoint
    {
        protected override WebSocketEncoding Encoding => WebSocketEncoding.Json;

        protected override ValueTask OnReceiveAsync(WebSocket webSocket, object data) =>
            webSocket.SendJsonAsync(new JsonObject { ["message"] = JsonNode.Parse(((JsonElement)data).GetRawText()) });
    }

    private sealed class JsonBinaryApp : WebSocketEndpoint
    {
        protected override WebSocketEncoding Encoding => WebSocketEncoding.Json;

        protected override ValueTask OnReceiveAsync(WebSocket webSocket, object data) =>
            webSocket.SendJsonAsync(new JsonObject { ["message"] = JsonNode.Parse(((JsonElement)data).GetRawText()) }, WebSocketJsonMode.Binary);
    }

    [Fact]
    public async Task WebSocketEndpoint_OnReceiveJson()
    {
        using var client = new TestClient(WebSocketEndpoint.ToApp<JsonApp>());
        await using (var session = await client.WebSocketConnectAsync("/ws"))
        {
            await session.SendTextAsync("{\"hello\":\"world\"}");
            var data = await session.ReceiveJsonAsync();
            Assert.Equal("world", data.GetProperty("message").GetProperty("hello").GetString());
        }

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var session = await client.WebSocketConnectAsync("/ws");
            await session.SendTextAsync("Hello world");
        });
    } // upstream test_websocket_endpoint_on_receive_json

    [Fact]
    public async Task WebSocketEndpoint_OnReceiveJsonBinary()
    {
        using var client = new TestClient(WebSocketEndpoint.ToApp<JsonBinaryApp>());
        await using var session = await client.WebSocketConnectAsync("/ws");
        await session.SendBytesAsync("{\"hello\":\"world\"}"u8.ToArray());
        var data = await session.ReceiveJsonAsync(binary: true);
        Assert.Equal("world", data.GetProperty("message").GetProperty("hello").GetString());
    } // upstream test_websocket_endpoint_on_receive_json_binary

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-32be")]
    public async Task WebSocketEndpoint_OnReceiveJsonBinary_InAnyJsonEncoding(string encoding)
    {
        const string Json = "{\"hello\":\"w\u00f6rld\"}";
        byte[] payload = encoding switch
        {
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Json)],
            "utf-16le" => System.Text.Encoding.Unicode.GetBytes(Json),
            _ => new System.Text.UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes(Json),
        };
        using var client = new TestClient(WebSocketEndpoint.ToApp<JsonBinaryApp>());
        await using var session = await client.WebSocketConnectAsync("/ws");
        await session.SendBytesAsync(payload);
        var data = await session.ReceiveJsonAsync(binary: true);
        Assert.Equal("w\u00f6rld", data.GetProperty("message").GetProperty("hello").GetString());
    }

    private sealed class TextApp : WebSocketEndpoint
    {
        protected override WebSocketEncoding Encoding => WebSocketEncoding.Text;

        protected override ValueTask OnReceiveAsync(WebSocket webSocket, object data) => webSocket.SendTextAsync($"Message text was: {data}");
    }

    private sealed class DefaultApp : WebSocketEndpoint
    {
        protected override ValueTask OnReceiveAsync(WebSocket webSocket, object data) => webSocket.SendTextAsync($"Message text was: {data}");
    }

    [Fact]
    public async Task WebSocketEndpoint_OnReceiveText()
    {
        using var client = new TestClient(WebSocketEndpoint.ToApp<TextApp>());
        await using (var session = await client.WebSocketConnectAsync("/ws"))
        {
            await session.SendTextAsync("Hello, world!");
            Assert.Equal("Message text was: Hello, world!", await session.ReceiveTextAsync());
        }

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var session = await client.WebSocketConnectAsync("/ws");
            await session.SendBytesAsync("Hello world"u8.ToArray());
        });
    } // upstream test_websocket_endpoint_on_receive_text

    [Fact]
    public async Task WebSocketEndpoint_OnDefault()
    {
        using var client = new TestClient(WebSocketEndpoint.ToApp<DefaultApp>());
        await using var session = await client.WebSocketConnectAsync("/ws");
        await session.SendTextAsync("Hello, world!");
        Assert.Equal("Message text was: Hello, world!", await session.ReceiveTextAsync());
    } // upstream test_websocket_endpoint_on_default

    private sealed class DisconnectApp : WebSocketEndpoint
    {
        public static int Code { get; set; }

        protected override ValueTask OnDisconnectAsync(WebSocket webSocket, int closeCode)
        {
            Code = closeCode;
            return webSocket.CloseAsync(closeCode);
        }
    }

    [Fact]
    public async Task WebSocketEndpoint_OnDisconnect()
    {
        using var client = new TestClient(WebSocketEndpoint.ToApp<DisconnectApp>());
        await using (var session = await client.WebSocketConnectAsync("/ws"))
        {
            await session.CloseAsync(1001);
        }

        Assert.Equal(1001, DisconnectApp.Code);
    } // upstream test_websocket_endpoint_on_disconnect
}
