using System.Text.Json;
using System.Text.Json.Nodes;
using Starlette.Responses;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.WebSockets.Tests;

public class WebSocketTests
{
    private static AsgiApp App(Func<WebSocket, Task> handler) => async (scope, receive, send) => await handler(new WebSocket(scope, receive, send));

    private static JsonObject Json(params (string Key, JsonNode? Value)[] pairs)
    {
        var json = new JsonObject();
        foreach (var (key, value) in pairs) json[key] = value;
        return json;
    }

    [Fact]
    public async Task Url_IsWsUrl() // upstream test_websocket_url
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            await ws.SendJsonAsync(Json(("url", ws.Url.ToString())));
            await ws.CloseAsync();
        }));

        await using var session = await client.WebSocketConnectAsync("/123?a=abc");

        Assert.Equal("ws://testserver/123?a=abc", (await session.ReceiveJsonAsync()).GetProperty("url").GetString());
    }

    [Fact]
    public async Task Json_BinaryMode_RoundTrips() // upstream test_websocket_binary_json
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            var message = await ws.ReceiveJsonAsync(WebSocketJsonMode.Binary);
            await ws.SendJsonAsync(JsonNode.Parse(message.GetRawText()), WebSocketJsonMode.Binary);
            await ws.CloseAsync();
        }));

        await using var session = await client.WebSocketConnectAsync("/123?a=abc");
        await session.SendBytesAsync("{\"test\":\"data\"}"u8.ToArray());

        Assert.Equal("data", (await session.ReceiveJsonAsync(binary: true)).GetProperty("test").GetString());
    }

    [Fact]
    public async Task Json_NonAscii_IsSentUnescaped() // upstream test_websocket_ensure_unicode_on_send_json
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            var message = await ws.ReceiveJsonAsync(WebSocketJsonMode.Text);
            await ws.SendJsonAsync(JsonNode.Parse(message.GetRawText()), WebSocketJsonMode.Text);
            await ws.CloseAsync();
        }));

        await using var session = await client.WebSocketConnectAsync("/123?a=abc");
        await session.SendTextAsync("{\"test\":\"数据\"}");

        Assert.Equal("{\"test\":\"数据\"}", await session.ReceiveTextAsync());
    }

    [Fact]
    public async Task QueryParams_AreParsed() // upstream test_websocket_query_params
    {
        using var client = new TestClient(App(async ws =>
        {
            var query = string.Join("&", ws.QueryParams.MultiItems().Select(p => $"{p.Key}:{p.Value}"));
            await ws.AcceptAsync();
            await ws.SendTextAsync(query);
            await ws.CloseAsync();
        }));

        await using var session = await client.WebSocketConnectAsync("/?a=abc&b=456");

        Assert.Equal("a:abc&b:456", await session.ReceiveTextAsync());
    }

    [Fact]
    public async Task Headers_AreTheHandshakeHeaders() // upstream test_websocket_headers
    {
        using var client = new TestClient(App(async ws =>
        {
            var headers = string.Join("\n", ws.Headers.Select(h => $"{h.Key}: {h.Value}").Order(StringComparer.Ordinal));
            await ws.AcceptAsync();
            await ws.SendTextAsync(headers);
            await ws.CloseAsync();
        }));

        await using var session = await client.WebSocketConnectAsync("/");

        Assert.Equal(
            "accept-encoding: gzip, deflate, br\naccept: */*\nconnection: upgrade\nhost: testserver\nsec-websocket-key: testserver==\nsec-websocket-version: 13\nuser-agent: testclient",
            await session.ReceiveTextAsync());
    }

    [Fact]
    public async Task Url_Port_IsFromTheUrl() // upstream test_websocket_port
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            await ws.SendTextAsync($"{ws.Url.Port}");
            await ws.CloseAsync();
        }));

        await using var session = await client.WebSocketConnectAsync("ws://example.com:123/123?a=abc");

        Assert.Equal("123", await session.ReceiveTextAsync());
    }

    [Fact]
    public async Task Text_SendAndReceive() // upstream test_websocket_send_and_receive_text
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            await ws.SendTextAsync("Message was: " + await ws.ReceiveTextAsync());
            await ws.CloseAsync();
        }));

        await using var session = await client.WebSocketConnectAsync("/");
        await session.SendTextAsync("Hello, world!");

        Assert.Equal("Message was: Hello, world!", await session.ReceiveTextAsync());
    }

    [Fact]
    public async Task Bytes_SendAndReceive() // upstream test_websocket_send_and_receive_bytes
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            var data = await ws.ReceiveBytesAsync();
            await ws.SendBytesAsync("Message was: "u8.ToArray().Concat(data.ToArray()).ToArray());
            await ws.CloseAsync();
        }));

        await using var session = await client.WebSocketConnectAsync("/");
        await session.SendBytesAsync("Hello, world!"u8.ToArray());

        Assert.Equal("Message was: Hello, world!"u8.ToArray(), await session.ReceiveBytesAsync());
    }

    [Fact]
    public async Task Json_SendAndReceive() // upstream test_websocket_send_and_receive_json
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            var data = await ws.ReceiveJsonAsync();
            await ws.SendJsonAsync(Json(("message", JsonNode.Parse(data.GetRawText()))));
            await ws.CloseAsync();
        }));

        await using var session = await client.WebSocketConnectAsync("/");
        await session.SendTextAsync("{\"hello\":\"world\"}");

        Assert.Equal("{\"message\":{\"hello\":\"world\"}}", await session.ReceiveTextAsync());
    }

    [Fact]
    public async Task IterText_UntilDisconnect() // upstream test_websocket_iter_text
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            await foreach (var data in ws.IterTextAsync()) await ws.SendTextAsync("Message was: " + data);
        }));

        await using var session = await client.WebSocketConnectAsync("/");
        await session.SendTextAsync("Hello, world!");

        Assert.Equal("Message was: Hello, world!", await session.ReceiveTextAsync());
    }

    [Fact]
    public async Task IterBytes_UntilDisconnect() // upstream test_websocket_iter_bytes
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            await foreach (var data in ws.IterBytesAsync()) await ws.SendBytesAsync("Message was: "u8.ToArray().Concat(data.ToArray()).ToArray());
        }));

        await using var session = await client.WebSocketConnectAsync("/");
        await session.SendBytesAsync("Hello, world!"u8.ToArray());

        Assert.Equal("Message was: Hello, world!"u8.ToArray(), await session.ReceiveBytesAsync());
    }

    [Fact]
    public async Task IterJson_UntilDisconnect() // upstream test_websocket_iter_json
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            await foreach (var data in ws.IterJsonAsync()) await ws.SendJsonAsync(Json(("message", JsonNode.Parse(data.GetRawText()))));
        }));

        await using var session = await client.WebSocketConnectAsync("/");
        await session.SendTextAsync("{\"hello\":\"world\"}");

        Assert.Equal("world", (await session.ReceiveJsonAsync()).GetProperty("message").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Concurrency_ReaderAndWriterTasks_Cooperate() // upstream test_websocket_concurrency_pattern
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            var channel = System.Threading.Channels.Channel.CreateUnbounded<JsonElement>();
            var reader = Task.Run(async () =>
            {
                await foreach (var data in ws.IterJsonAsync()) await channel.Writer.WriteAsync(data);
                channel.Writer.Complete();
            });
            await foreach (var message in channel.Reader.ReadAllAsync()) await ws.SendJsonAsync(JsonNode.Parse(message.GetRawText()));
            await reader;
            await ws.CloseAsync();
        }));

        await using var session = await client.WebSocketConnectAsync("/");
        await session.SendTextAsync("{\"hello\":\"world\"}");

        Assert.Equal("world", (await session.ReceiveJsonAsync()).GetProperty("hello").GetString());
    }

    [Fact]
    public async Task ClientClose_AppSeesCodeAndReason() // upstream test_client_close
    {
        int? code = null;
        string? reason = null;
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            try { await ws.ReceiveTextAsync(); }
            catch (WebSocketDisconnectException error) { (code, reason) = (error.Code, error.Reason); }
        }));

        await using (var session = await client.WebSocketConnectAsync("/"))
            await session.CloseAsync(Status.Ws1001GoingAway, "Going Away");

        Assert.Equal(1001, code);
        Assert.Equal("Going Away", reason);
    }

    [Fact]
    public async Task Send_ClientGone_IsDisconnect1006() // upstream test_client_disconnect_on_send
    {
        var ws = new WebSocket(new Scope(ScopeType.WebSocket), () => ValueTask.FromResult<AsgiMessage>(WebSocketConnectMessage.Instance),
            message => message is WebSocketAcceptMessage ? ValueTask.CompletedTask : throw new IOException("gone"));

        await ws.AcceptAsync();
        var error = await Assert.ThrowsAsync<WebSocketDisconnectException>(async () => await ws.SendTextAsync("Hello, world!"));

        Assert.Equal(1006, error.Code);
        Assert.Equal(WebSocketState.Disconnected, ws.ApplicationState);
    }

    [Fact]
    public async Task Send_HostReportsDisconnect_RethrowsItsCodeAndMarksDisconnected()
    {
        var ws = new WebSocket(new Scope(ScopeType.WebSocket), () => ValueTask.FromResult<AsgiMessage>(WebSocketConnectMessage.Instance),
            message => message is WebSocketAcceptMessage ? ValueTask.CompletedTask : throw new WebSocketDisconnectException(Status.Ws1001GoingAway, "bye"));

        await ws.AcceptAsync();
        var error = await Assert.ThrowsAsync<WebSocketDisconnectException>(async () => await ws.SendTextAsync("Hello, world!"));

        Assert.Equal((1001, "bye"), (error.Code, error.Reason));
        Assert.Equal(WebSocketState.Disconnected, ws.ApplicationState);
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await ws.SendTextAsync("again"));
    }

    [Fact]
    public async Task AppClose_ClientSeesCode() // upstream test_application_close
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            await ws.CloseAsync(Status.Ws1001GoingAway);
        }));

        await using var session = await client.WebSocketConnectAsync("/");

        Assert.Equal(1001, (await Assert.ThrowsAsync<WebSocketDisconnectException>(() => session.ReceiveTextAsync())).Code);
    }

    [Fact]
    public async Task CloseBeforeAccept_RejectsTheConnection() // upstream test_rejected_connection
    {
        using var client = new TestClient(App(async ws =>
        {
            Assert.IsType<WebSocketConnectMessage>(await ws.ReceiveAsync());
            await ws.CloseAsync(Status.Ws1001GoingAway);
        }));

        Assert.Equal(1001, (await Assert.ThrowsAsync<WebSocketDisconnectException>(() => client.WebSocketConnectAsync("/"))).Code);
    }

    [Fact]
    public async Task SendDenialResponse_Response_ReachesClient() // upstream test_send_denial_response
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.ReceiveAsync();
            await ws.SendDenialResponseAsync(new Response("foo", statusCode: 404).ToApp());
        }));

        var denial = await Assert.ThrowsAsync<WebSocketDenialResponseException>(() => client.WebSocketConnectAsync("/"));

        Assert.Equal(404, denial.StatusCode);
        Assert.Equal("foo", denial.Text);
    }

    [Fact]
    public async Task SendDenialResponse_Streaming_ReachesClient() // upstream test_send_denial_response_with_streaming_response
    {
        async IAsyncEnumerable<byte[]> Content() { await Task.Yield(); yield return "hello"u8.ToArray(); yield return "world"u8.ToArray(); }
        using var client = new TestClient(App(async ws =>
        {
            await ws.ReceiveAsync();
            await ws.SendDenialResponseAsync(new StreamingResponse(Content(), statusCode: 403).ToApp());
        }));

        var denial = await Assert.ThrowsAsync<WebSocketDenialResponseException>(() => client.WebSocketConnectAsync("/"));

        Assert.Equal(403, denial.StatusCode);
        Assert.Equal("helloworld", denial.Text);
    }

    [Fact]
    public async Task SendDenialResponse_File_ReachesClient() // upstream test_send_denial_response_with_file_response
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, "test content");
        try
        {
            using var client = new TestClient(App(async ws =>
            {
                await ws.ReceiveAsync();
                await ws.SendDenialResponseAsync(new FileResponse(path, statusCode: 401).ToApp());
            }));

            var denial = await Assert.ThrowsAsync<WebSocketDenialResponseException>(() => client.WebSocketConnectAsync("/"));

            Assert.Equal(401, denial.StatusCode);
            Assert.Equal("test content", denial.Text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task SendDenialMessages_SeveralBodyChunks_AreJoined() // upstream test_send_response_multi
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.ReceiveAsync();
            await ws.SendAsync(new WebSocketHttpResponseStartMessage(404, [new("content-type", "text/plain"), new("foo", "bar")]));
            await ws.SendAsync(new WebSocketHttpResponseBodyMessage("hard"u8.ToArray(), moreBody: true));
            await ws.SendAsync(new WebSocketHttpResponseBodyMessage("body"u8.ToArray()));
        }));

        var denial = await Assert.ThrowsAsync<WebSocketDenialResponseException>(() => client.WebSocketConnectAsync("/"));

        Assert.Equal(404, denial.StatusCode);
        Assert.Equal("hardbody", denial.Text);
        Assert.Contains(new HttpHeader("foo", "bar"), denial.Headers);
    }

    [Fact]
    public async Task SendDenialResponse_HostWithoutExtension_Throws() // upstream test_send_response_unsupported
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            scope.Extensions = new Dictionary<string, object?>();
            var ws = new WebSocket(scope, receive, send);
            await ws.ReceiveAsync();
            var error = Assert.Throws<InvalidOperationException>(() => ws.SendDenialResponseAsync(new Response("foo", statusCode: 404).ToApp()));
            Assert.Equal("The server doesn't support the Websocket Denial Response extension.", error.Message);
            await ws.CloseAsync();
        });

        Assert.Equal(1000, (await Assert.ThrowsAsync<WebSocketDisconnectException>(() => client.WebSocketConnectAsync("/"))).Code);
    }

    [Fact]
    public async Task SendDenialStart_Twice_Throws() // upstream test_send_response_duplicate_start
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.ReceiveAsync();
            var response = new Response("foo", statusCode: 404);
            await ws.SendAsync(new WebSocketHttpResponseStartMessage(response.StatusCode, response.RawHeaders));
            await ws.SendAsync(new WebSocketHttpResponseStartMessage(response.StatusCode, response.RawHeaders));
        }));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.WebSocketConnectAsync("/"));
        Assert.Equal("Expected ASGI message \"websocket.http.response.body\", but got 'websocket.http.response.start'", error.Message);
    }

    [Fact]
    public async Task Accept_Subprotocol_IsChosen() // upstream test_subprotocol
    {
        using var client = new TestClient(App(async ws =>
        {
            Assert.Equal(["soap", "wamp"], ws.Scope.Subprotocols);
            await ws.AcceptAsync(subprotocol: "wamp");
            await ws.CloseAsync();
        }));

        await using var session = await client.WebSocketConnectAsync("/", ["soap", "wamp"]);

        Assert.Equal("wamp", session.AcceptedSubprotocol);
    }

    [Fact]
    public async Task Accept_ExtraHeaders_ReachClient() // upstream test_additional_headers
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync(headers: [new HttpHeader("additional", "header")]);
            await ws.CloseAsync();
        }));

        await using var session = await client.WebSocketConnectAsync("/");

        Assert.Equal([new HttpHeader("additional", "header")], session.ExtraHeaders);
    }

    [Fact]
    public async Task Accept_NoExtraHeaders_IsEmpty() // upstream test_no_additional_headers
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            await ws.CloseAsync();
        }));

        await using var session = await client.WebSocketConnectAsync("/");

        Assert.Empty(session.ExtraHeaders);
    }

    [Fact]
    public async Task AppThrows_ReachesTheTest() // upstream test_websocket_exception
    {
        using var client = new TestClient((scope, receive, send) => throw new InvalidOperationException("assert False"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.WebSocketConnectAsync("/123?a=abc"));
    }

    [Fact]
    public async Task Close_Twice_Throws() // upstream test_duplicate_close
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            await ws.CloseAsync();
            await ws.CloseAsync();
        }));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var session = await client.WebSocketConnectAsync("/");
        });
        Assert.Equal("Cannot call \"send\" once a close message has been sent.", error.Message);
    }

    [Fact]
    public async Task Receive_AfterDisconnect_Throws() // upstream test_duplicate_disconnect
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            Assert.IsType<WebSocketDisconnectMessage>(await ws.ReceiveAsync());
            await ws.ReceiveAsync();
        }));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var session = await client.WebSocketConnectAsync("/");
            await session.CloseAsync();
        });
        Assert.Equal("Cannot call \"receive\" once a disconnect message has been received.", error.Message);
    }

    [Fact]
    public void Scope_IsExposedAndEqualityIsIdentity() // upstream test_websocket_scope_interface
    {
        var scope = new Scope(ScopeType.WebSocket) { Path = "/abc/" };
        Receive receive = () => throw new NotSupportedException();
        Send send = _ => throw new NotSupportedException();

        var ws = new WebSocket(scope, receive, send);

        Assert.Same(scope, ws.Scope);
        Assert.NotEqual(ws, new WebSocket(scope, receive, send));
        Assert.Equal(ws, ws);
        Assert.Single(new HashSet<WebSocket> { ws, ws });
        Assert.Throws<ArgumentException>(() => new WebSocket(new Scope(ScopeType.Http), receive, send));
    }

    [Fact]
    public async Task Close_WithReason_ReachesClient() // upstream test_websocket_close_reason
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            await ws.CloseAsync(Status.Ws1001GoingAway, "Going Away");
        }));

        await using var session = await client.WebSocketConnectAsync("/");
        var error = await Assert.ThrowsAsync<WebSocketDisconnectException>(() => session.ReceiveTextAsync());

        Assert.Equal((1001, "Going Away"), (error.Code, error.Reason));
    }

    public static TheoryData<string> InvalidModeCalls => new() { "send", "receive" };

    [Theory] // upstream test_send_json_invalid_mode, test_receive_json_invalid_mode
    [MemberData(nameof(InvalidModeCalls))]
    public async Task Json_InvalidMode_Throws(string call)
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            if (call == "send") await ws.SendJsonAsync(new JsonObject(), (WebSocketJsonMode)42);
            else await ws.ReceiveJsonAsync((WebSocketJsonMode)42);
        }));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var session = await client.WebSocketConnectAsync("/");
        });
        Assert.Equal("The \"mode\" argument should be \"text\" or \"binary\".", error.Message);
    }

    public static TheoryData<string> ReceiveKinds => new() { "text", "bytes", "json" };

    [Theory] // upstream test_receive_text_before_accept, test_receive_bytes_before_accept, test_receive_json_before_accept
    [MemberData(nameof(ReceiveKinds))]
    public async Task TypedReceive_BeforeAccept_Throws(string kind)
    {
        using var client = new TestClient(App(async ws =>
        {
            if (kind == "text") await ws.ReceiveTextAsync();
            else if (kind == "bytes") await ws.ReceiveBytesAsync();
            else await ws.ReceiveJsonAsync();
        }));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.WebSocketConnectAsync("/"));
        Assert.Equal("WebSocket is not connected. Need to call \"accept\" first.", error.Message);
    }

    [Fact]
    public async Task Send_BeforeAccept_Throws() // upstream test_send_before_accept
    {
        using var client = new TestClient(App(async ws => await ws.SendAsync(new WebSocketSendMessage("x"))));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.WebSocketConnectAsync("/"));
        Assert.StartsWith("Expected ASGI message \"websocket.accept\", \"websocket.close\" or \"websocket.http.response.start\", but got 'websocket.send'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_AcceptTwice_Throws() // upstream test_send_wrong_message_type
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.SendAsync(new WebSocketAcceptMessage());
            await ws.SendAsync(new WebSocketAcceptMessage());
        }));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var session = await client.WebSocketConnectAsync("/");
        });
        Assert.Equal("Expected ASGI message \"websocket.send\" or \"websocket.close\", but got 'websocket.accept'", error.Message);
    }

    [Fact]
    public async Task Receive_ClientStateForcedBack_ExpectsConnect() // upstream test_receive_before_accept
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            ws.ClientState = WebSocketState.Connecting;
            await ws.ReceiveAsync();
        }));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var session = await client.WebSocketConnectAsync("/");
            await session.SendTextAsync("x");
        });
        Assert.Equal("Expected ASGI message \"websocket.connect\", but got 'websocket.receive'", error.Message);
    }

    [Fact]
    public async Task Receive_WrongMessageType_Throws() // upstream test_receive_wrong_message_type
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            await ws.ReceiveAsync();
        }));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var session = await client.WebSocketConnectAsync("/");
            await session.SendAsync(WebSocketConnectMessage.Instance);
        });
        Assert.Equal("Expected ASGI message \"websocket.receive\" or \"websocket.disconnect\", but got 'websocket.connect'", error.Message);
    }

    [Fact]
    public async Task WebSocketClose_App_ClosesWithCode()
    {
        using var client = new TestClient(new WebSocketClose(Status.Ws1008PolicyViolation, "no").ToApp());

        var error = await Assert.ThrowsAsync<WebSocketDisconnectException>(() => client.WebSocketConnectAsync("/"));

        Assert.Equal((1008, "no"), (error.Code, error.Reason));
    }
}
