using System.Text.Json;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.GraphQL.Tests.Subscriptions;

/// <summary>The graphql-transport-ws protocol through the TestClient.</summary>
public class TransportWsTests
{
    private static readonly string[] Protocol = ["graphql-transport-ws"];

    private static async Task<WebSocketTestSession> ConnectAsync(TestClient client, bool init = true)
    {
        var session = await client.WebSocketConnectAsync("/", Protocol);
        Assert.Equal("graphql-transport-ws", session.AcceptedSubprotocol);
        if (init)
        {
            await session.SendTextAsync("""{"type":"connection_init"}""");
            Assert.Equal("""{"type":"connection_ack"}""", await session.ReceiveTextAsync());
        }

        return session;
    }

    private static async Task<(int Code, string Reason)> ClosedAsync(WebSocketTestSession session)
    {
        var message = Assert.IsType<WebSocketCloseMessage>(await session.ReceiveAsync());
        return (message.Code, message.Reason);
    }

    [Fact]
    public async Task Subscribe_ObservableSource_NextForEachEventThenCompleteOnClientComplete()
    {
        var schema = new TestSchema();
        using var client = Harness.Client(schema: schema);
        await using var session = await ConnectAsync(client);

        await session.SendTextAsync("""{"id":"1","type":"subscribe","payload":{"query":"subscription { messageAdded }"}}""");
        await schema.State.MessageAdded.WaitForSubscribersAsync();
        schema.State.MessageAdded.Publish("first");
        schema.State.MessageAdded.Publish("second");

        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"messageAdded":"first"}}}""", await session.ReceiveTextAsync());
        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"messageAdded":"second"}}}""", await session.ReceiveTextAsync());
        await session.SendTextAsync("""{"id":"1","type":"complete"}""");
        for (var i = 0; i < 200 && schema.State.MessageAdded.SubscriberCount > 0; i++) await Task.Delay(10);
        Assert.Equal(0, schema.State.MessageAdded.SubscriberCount);
    }

    [Fact]
    public async Task Subscribe_AsyncEnumerableSource_StreamsThenCompletes()
    {
        using var client = Harness.Client();
        await using var session = await ConnectAsync(client);

        await session.SendTextAsync("""{"id":"c","type":"subscribe","payload":{"query":"subscription ($n: Int!) { countTo(to: $n) }","variables":{"n":3}}}""");

        for (var i = 1; i <= 3; i++)
            Assert.Equal("{\"id\":\"c\",\"type\":\"next\",\"payload\":{\"data\":{\"countTo\":" + i + "}}}", await session.ReceiveTextAsync());
        Assert.Equal("""{"id":"c","type":"complete"}""", await session.ReceiveTextAsync());
    }

    [Fact]
    public async Task Subscribe_MutationAndQuery_OneNextThenComplete_MutationReachesSubscribers()
    {
        var schema = new TestSchema();
        using var client = Harness.Client(schema: schema);
        await using var session = await ConnectAsync(client);

        await session.SendTextAsync("""{"id":"s","type":"subscribe","payload":{"query":"subscription { messageAdded }"}}""");
        await schema.State.MessageAdded.WaitForSubscribersAsync();
        await session.SendTextAsync("""{"id":"m","type":"subscribe","payload":{"query":"mutation { addMessage(text: \"hey\") }"}}""");

        var received = new List<string>();
        for (var i = 0; i < 3; i++) received.Add(await session.ReceiveTextAsync());
        Assert.Contains("""{"id":"s","type":"next","payload":{"data":{"messageAdded":"hey"}}}""", received);
        Assert.Equal(
            ["""{"id":"m","type":"next","payload":{"data":{"addMessage":"hey"}}}""", """{"id":"m","type":"complete"}"""],
            received.Where(m => m.StartsWith("""{"id":"m""", StringComparison.Ordinal)));

        await session.SendTextAsync("""{"id":"q","type":"subscribe","payload":{"query":"{ messages }"}}""");
        Assert.Equal("""{"id":"q","type":"next","payload":{"data":{"messages":["hey"]}}}""", await session.ReceiveTextAsync());
        Assert.Equal("""{"id":"q","type":"complete"}""", await session.ReceiveTextAsync());
    }

    [Theory]
    [InlineData("subscription { nope }", "Cannot query field \\u0027nope\\u0027 on type \\u0027Subscription\\u0027.")]
    [InlineData("subscription { broken }", "No stream for you.")]
    [InlineData("{ hello ", "Error parsing query")]
    public async Task Subscribe_FailingOperation_ErrorMessageWithTheErrors(string query, string expected)
    {
        using var client = Harness.Client();
        await using var session = await ConnectAsync(client);

        await session.SendTextAsync(JsonSerializer.Serialize(new { id = "e", type = "subscribe", payload = new { query } }));

        var message = await session.ReceiveTextAsync();
        Assert.StartsWith("""{"id":"e","type":"error","payload":[{"message":""", message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_SourceFails_ErrorMessage()
    {
        var schema = new TestSchema();
        using var client = Harness.Client(schema: schema);
        await using var session = await ConnectAsync(client);

        await session.SendTextAsync("""{"id":"1","type":"subscribe","payload":{"query":"subscription { messageAdded }"}}""");
        await schema.State.MessageAdded.WaitForSubscribersAsync();
        schema.State.MessageAdded.Fail(new InvalidOperationException("secret detail"));

        var message = await session.ReceiveTextAsync();
        Assert.StartsWith("""{"id":"1","type":"error","payload":[""", message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ping_AnsweredWithPong_PongIgnored()
    {
        using var client = Harness.Client();
        await using var session = await ConnectAsync(client);

        await session.SendTextAsync("""{"type":"pong"}""");
        await session.SendTextAsync("""{"type":"ping","payload":{"x":1}}""");

        Assert.Equal("""{"type":"pong"}""", await session.ReceiveTextAsync());
    }

    [Fact]
    public async Task Connect_WithoutTheSubprotocol_Closes4406()
    {
        using var client = Harness.Client();
        await using var session = await client.WebSocketConnectAsync("/");

        Assert.Equal((4406, "Subprotocol not acceptable"), await ClosedAsync(session));
    }

    [Fact]
    public async Task Subscribe_BeforeAck_Closes4401()
    {
        using var client = Harness.Client();
        await using var session = await ConnectAsync(client, init: false);

        await session.SendTextAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ hello }"}}""");

        Assert.Equal((4401, "Unauthorized"), await ClosedAsync(session));
    }

    [Fact]
    public async Task ConnectionInit_Twice_Closes4429()
    {
        using var client = Harness.Client();
        await using var session = await ConnectAsync(client);

        await session.SendTextAsync("""{"type":"connection_init"}""");

        Assert.Equal((4429, "Too many initialisation requests"), await ClosedAsync(session));
    }

    [Fact]
    public async Task ConnectionInit_NotInTime_Closes4408()
    {
        using var client = Harness.Client(new GraphQLOptions { ConnectionInitWaitTimeout = TimeSpan.FromMilliseconds(100) });
        await using var session = await ConnectAsync(client, init: false);

        Assert.Equal((4408, "Connection initialisation timeout"), await ClosedAsync(session));
    }

    [Fact]
    public async Task ConnectionInit_OnConnectRefuses_Closes4403_AcceptsWithPayload()
    {
        var options = new GraphQLOptions
        {
            OnConnect = init => ValueTask.FromResult(init.Payload is { } payload && payload.TryGetProperty("token", out var token) && token.GetString() == "secret"),
        };
        using var client = Harness.Client(options);
        await using var refused = await ConnectAsync(client, init: false);
        await refused.SendTextAsync("""{"type":"connection_init","payload":{"token":"wrong"}}""");
        await using var accepted = await ConnectAsync(client, init: false);
        await accepted.SendTextAsync("""{"type":"connection_init","payload":{"token":"secret"}}""");

        Assert.Equal((4403, "Forbidden"), await ClosedAsync(refused));
        Assert.Equal("""{"type":"connection_ack"}""", await accepted.ReceiveTextAsync());
    }

    [Fact]
    public async Task Subscribe_DuplicateIdWhileRunning_Closes4409()
    {
        var schema = new TestSchema();
        using var client = Harness.Client(schema: schema);
        await using var session = await ConnectAsync(client);

        await session.SendTextAsync("""{"id":"dup","type":"subscribe","payload":{"query":"subscription { messageAdded }"}}""");
        await schema.State.MessageAdded.WaitForSubscribersAsync();
        await session.SendTextAsync("""{"id":"dup","type":"subscribe","payload":{"query":"subscription { messageAdded }"}}""");

        Assert.Equal((4409, "Subscriber for dup already exists"), await ClosedAsync(session));
    }

    [Theory]
    [InlineData("not json", "Invalid message received: not JSON")]
    [InlineData("[]", "Invalid message received: no 'type'")]
    [InlineData("""{"type":42}""", "Invalid message received: no 'type'")]
    [InlineData("""{"type":"next","id":"1"}""", "Invalid message received: unexpected type 'next'")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""", "Invalid message received: 'id' must be a non-empty string")]
    [InlineData("""{"type":"subscribe","id":"1"}""", "Invalid message received: 'payload' is missing.")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":7}}""", "Invalid message received: 'query' must be a string.")]
    public async Task Message_Invalid_Closes4400WithTheReason(string text, string reason)
    {
        using var client = Harness.Client();
        await using var session = await ConnectAsync(client);

        await session.SendTextAsync(text);

        Assert.Equal((4400, reason), await ClosedAsync(session));
    }

    [Fact]
    public async Task ConnectionInit_PayloadNotObject_Closes4400()
    {
        using var client = Harness.Client();
        await using var session = await ConnectAsync(client, init: false);

        await session.SendTextAsync("""{"type":"connection_init","payload":"x"}""");

        Assert.Equal((4400, "Invalid message received: 'payload' must be an object"), await ClosedAsync(session));
    }

    [Fact]
    public async Task Subscribe_ContextCarriesTheWebSocket_BackgroundRunsAfterComplete()
    {
        var schema = new TestSchema();
        using var client = Harness.Client(schema: schema);
        await using var session = await ConnectAsync(client);

        await session.SendBytesAsync("""{"id":"b","type":"subscribe","payload":{"query":"{ later }"}}"""u8.ToArray());

        Assert.Equal("""{"id":"b","type":"next","payload":{"data":{"later":"queued"}}}""", await session.ReceiveTextAsync());
        Assert.Equal("""{"id":"b","type":"complete"}""", await session.ReceiveTextAsync());
        for (var i = 0; i < 200 && schema.State.BackgroundLog.Count == 0; i++) await Task.Delay(10);
        Assert.Equal(["ran"], schema.State.BackgroundLog);
    }

    [Fact]
    public async Task ClientDisconnects_RunningSubscriptionsAreDisposed()
    {
        var schema = new TestSchema();
        using var client = Harness.Client(schema: schema);
        var session = await ConnectAsync(client);
        await session.SendTextAsync("""{"id":"1","type":"subscribe","payload":{"query":"subscription { messageAdded }"}}""");
        await schema.State.MessageAdded.WaitForSubscribersAsync();

        await session.CloseAsync();
        await session.DisposeAsync();

        for (var i = 0; i < 200 && schema.State.MessageAdded.SubscriberCount > 0; i++) await Task.Delay(10);
        Assert.Equal(0, schema.State.MessageAdded.SubscriberCount);
    }
}
