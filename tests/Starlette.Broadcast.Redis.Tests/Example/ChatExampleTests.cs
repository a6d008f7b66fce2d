using System.Net;
using System.Text;
using System.Text.Json;
using ChatExample;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Broadcast.Redis.Tests.Example;

/// <summary>examples/Chat through the TestClient on the memory backend: the page, both ways of sending, every refusal.</summary>
public class ChatExampleTests
{
    [Fact]
    public async Task Page_IsServedWithAContentSecurityPolicy()
    {
        await using var chat = await ChatClient.StartAsync();

        var page = await chat.Client.GetAsync("/");
        var script = await chat.Client.GetAsync("/chat.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("default-src 'self'", Assert.Single(page.Headers.GetValues("content-security-policy")), StringComparison.Ordinal);
        Assert.Contains("""<script src="/chat.js"></script>""", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("textContent", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebSocket_MessageOfOneClient_ReachesTheOtherTrimmedAndReserialized()
    {
        await using var chat = await ChatClient.StartAsync();
        await using var alice = await chat.Client.WebSocketConnectAsync("/ws");
        await using var bob = await chat.Client.WebSocketConnectAsync("/ws");

        await alice.SendTextAsync("""{"name":"  alice ","text":" <b>hi</b> ","extra":1}""");

        Assert.Equal("""{"name":"alice","text":"\u003Cb\u003Ehi\u003C/b\u003E"}""", await bob.ReceiveTextAsync());
        Assert.Equal("""{"name":"alice","text":"\u003Cb\u003Ehi\u003C/b\u003E"}""", await alice.ReceiveTextAsync());
    }

    [Theory]
    [InlineData("not json", "The message is not valid JSON; send {\"name\": \"...\", \"text\": \"...\"}.")]
    [InlineData("""{"text":5}""", "The message is not valid JSON; send {\"name\": \"...\", \"text\": \"...\"}.")]
    [InlineData("null", "The message is not valid JSON; send {\"name\": \"...\", \"text\": \"...\"}.")]
    [InlineData("""{"name":"x","text":"   "}""", "The message text is empty.")]
    [InlineData("""{"text":"hi","name":"0123456789012345678901234567890123"}""", "The name is longer than 32 characters.")]
    public async Task WebSocket_BadFrame_GetsAnErrorAndStaysOpen(string frame, string expected)
    {
        await using var chat = await ChatClient.StartAsync();
        await using var socket = await chat.Client.WebSocketConnectAsync("/ws");

        await socket.SendTextAsync(frame);
        var error = await socket.ReceiveJsonAsync();
        await socket.SendTextAsync("""{"text":"still here"}""");

        Assert.Equal(expected, error.GetProperty("error").GetString());
        Assert.Equal("""{"name":"anonymous","text":"still here"}""", await socket.ReceiveTextAsync());
    }

    [Fact]
    public async Task WebSocket_OversizedOrBinaryFrame_GetsAnError()
    {
        await using var chat = await ChatClient.StartAsync();
        await using var socket = await chat.Client.WebSocketConnectAsync("/ws");

        await socket.SendTextAsync($$"""{"text":"{{new string('a', 5000)}}"}""");
        var tooLarge = await socket.ReceiveJsonAsync();
        await socket.SendTextAsync($$"""{"text":"{{new string('a', 501)}}"}""");
        var tooLong = await socket.ReceiveJsonAsync();
        await socket.SendBytesAsync(Encoding.UTF8.GetBytes("""{"text":"hi"}"""));
        var binary = await socket.ReceiveJsonAsync();

        Assert.Equal("The message is larger than 4096 bytes.", tooLarge.GetProperty("error").GetString());
        Assert.Equal("The message text is longer than 500 characters.", tooLong.GetProperty("error").GetString());
        Assert.Equal("Send messages as text frames of JSON.", binary.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Post_Message_IsPublishedAndAnsweredWithItsId()
    {
        await using var chat = await ChatClient.StartAsync();
        await using var socket = await chat.Client.WebSocketConnectAsync("/ws");

        var response = await chat.Client.PostAsync("/messages", Json("""{"name":"eve","text":"by post"}"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("1", (await Body(response)).GetProperty("id").GetString());
        Assert.Equal("""{"name":"eve","text":"by post"}""", await socket.ReceiveTextAsync());
    }

    [Theory]
    [InlineData("{", 400)]
    [InlineData("[]", 400)]
    [InlineData("""{"text":""}""", 422)]
    [InlineData("""{"text":"x","name":5}""", 400)]
    public async Task Post_BadBody_AnswersAClearError(string body, int status)
    {
        await using var chat = await ChatClient.StartAsync();

        var response = await chat.Client.PostAsync("/messages", Json(body));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await Body(response)).GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Post_OversizedBody_Answers413WithoutReadingItAll()
    {
        await using var chat = await ChatClient.StartAsync();

        var response = await chat.Client.PostAsync("/messages", Json($$"""{"text":"{{new string('a', 100_000)}}"}"""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The message is larger than 4096 bytes.", (await Body(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Post_BackendDown_Answers503()
    {
        var broadcast = new Broadcast();
        using var client = new TestClient(ChatApp.Create(broadcast).ToApp());   // lifespan not started: not connected

        var response = await client.PostAsync("/messages", Json("""{"text":"hi"}"""));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("unavailable", (await Body(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebSocket_BackendDown_ClosesWith1013()
    {
        using var client = new TestClient(ChatApp.Create(new Broadcast()).ToApp());   // lifespan not started: not connected
        await using var socket = await client.WebSocketConnectAsync("/ws");

        var error = await Assert.ThrowsAsync<WebSocketDisconnectException>(() => socket.ReceiveTextAsync());

        Assert.Equal(1013, error.Code);
    }

    [Theory]
    [InlineData(null, "memory")]
    [InlineData(" memory ", "memory")]
    [InlineData("redis://127.0.0.1:6390", "redis")]
    [InlineData("Host=127.0.0.1;Username=postgres", "postgres")]
    public void Backend_FromTheSetting_IsTheNamedKind(string? setting, string kind)
    {
        Assert.Equal(kind, ChatBackend.Describe(setting));
        Assert.Equal(kind, ChatBackend.Create(setting) switch
        {
            RedisBroadcastBackend => "redis",
            Starlette.Broadcast.Postgres.PostgresBroadcastBackend => "postgres",
            MemoryBroadcastBackend => "memory",
            _ => "?",
        });
    }

    [Fact]
    public void Backend_UnknownSetting_ThrowsNamingTheVariable()
    {
        var error = Assert.Throws<ArgumentException>(() => ChatBackend.Create("mongodb://x"));

        Assert.Contains("CHAT_BROADCAST", error.Message, StringComparison.Ordinal);
        Assert.Contains("mongodb://x", error.Message, StringComparison.Ordinal);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> Body(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>The app on the memory backend with its lifespan running.</summary>
    private sealed class ChatClient : IAsyncDisposable
    {
        private TestClientLifespan? _lifespan;

        private ChatClient() => Client = new TestClient(ChatApp.Create(new Broadcast()).ToApp());

        public TestClient Client { get; }

        public static async Task<ChatClient> StartAsync()
        {
            var chat = new ChatClient();
            chat._lifespan = await chat.Client.StartLifespanAsync();
            return chat;
        }

        public async ValueTask DisposeAsync()
        {
            if (_lifespan is not null) await _lifespan.DisposeAsync();
            await Client.DisposeAsync();
        }
    }
}
