using System.Net;
using System.Net.WebSockets;
using System.Text;

namespace Starlette.GraphQL.Tests.Kestrel;

/// <summary>Queries, mutations, errors and subscriptions over real sockets (HttpClient and ClientWebSocket).</summary>
public class KestrelGraphQLTests
{
    [Fact]
    public async Task Http_QueryMutationAndErrors_OverKestrel()
    {
        var schema = new TestSchema();
        await using var server = await KestrelServer.StartAsync(new GraphQLApp(schema));
        using var http = new HttpClient { BaseAddress = server.Addresses[0] };

        var query = await http.GetAsync("/graphql/?query=" + Uri.EscapeDataString("{ hello(name: \"Kestrel\") }"));
        var mutation = await http.PostJsonAsync("/graphql/", """{"query": "mutation { addMessage(text: \"over tcp\") }"}""", "application/graphql-response+json");
        var invalid = await http.PostJsonAsync("/graphql/", """{"query": "{ dummy }"}""", "application/graphql-response+json");
        var getMutation = await http.GetAsync("/graphql/?query=" + Uri.EscapeDataString("mutation { addMessage(text: \"no\") }"));
        var malformed = await http.PostJsonAsync("/graphql/", "{not json");

        Assert.Equal("""{"data":{"hello":"Hello Kestrel"}}""", await Harness.JsonAsync(query));
        Assert.Equal("application/graphql-response+json", Harness.MediaType(mutation));
        Assert.Equal("""{"data":{"addMessage":"over tcp"}}""", await Harness.JsonAsync(mutation));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("Cannot query field", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, getMutation.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(["over tcp"], schema.State.Messages);
    }

    [Fact]
    public async Task WebSocket_SubscriptionSeesMutationsFromHttp_OverKestrel()
    {
        var schema = new TestSchema();
        await using var server = await KestrelServer.StartAsync(new GraphQLApp(schema));
        using var http = new HttpClient { BaseAddress = server.Addresses[0] };
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await socket.ConnectAsync(new UriBuilder(server.Addresses[0]) { Scheme = "ws", Path = "/graphql/" }.Uri, timeout.Token);

        await SendAsync(socket, """{"type":"connection_init"}""", timeout.Token);
        Assert.Equal("""{"type":"connection_ack"}""", await ReceiveAsync(socket, timeout.Token));
        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"subscription { messageAdded }"}}""", timeout.Token);
        await schema.State.MessageAdded.WaitForSubscribersAsync();
        await http.PostJsonAsync("/graphql/", """{"query": "mutation { addMessage(text: \"from http\") }"}""");

        Assert.Equal("graphql-transport-ws", socket.SubProtocol);
        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"messageAdded":"from http"}}}""", await ReceiveAsync(socket, timeout.Token));

        await SendAsync(socket, """{"id":"2","type":"subscribe","payload":{"query":"subscription { nope }"}}""", timeout.Token);
        Assert.StartsWith("""{"id":"2","type":"error","payload":[""", await ReceiveAsync(socket, timeout.Token), StringComparison.Ordinal);

        await SendAsync(socket, """{"type":"connection_init"}""", timeout.Token);
        await ReceiveAsync(socket, timeout.Token);
        Assert.Equal(WebSocketState.CloseReceived, socket.State);
        Assert.Equal(4429, (int)socket.CloseStatus!.Value);
        Assert.Equal("Too many initialisation requests", socket.CloseStatusDescription);
    }

    private static Task SendAsync(ClientWebSocket socket, string text, CancellationToken token)
        => socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, token);

    private static async Task<string> ReceiveAsync(ClientWebSocket socket, CancellationToken token)
    {
        var buffer = new byte[64 * 1024];
        var length = 0;
        ValueWebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer.AsMemory(length), token);
            length += result.Count;
        }
        while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);
        return Encoding.UTF8.GetString(buffer, 0, length);
    }
}
