using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.WebSockets.Tests;

/// <summary>
/// What the JSON writer escapes (as Python's <c>json.dumps(ensure_ascii=False)</c>: quotes, backslashes, control
/// characters; everything else raw), what it does with text UTF-8 cannot carry, and the typed JSON reader.
/// </summary>
public class WebSocketJsonEscapeTests
{
    private static AsgiApp App(Func<WebSocket, Task> handler) => async (scope, receive, send) => await handler(new WebSocket(scope, receive, send));

    private sealed record Note(string Text);

    /// <summary>A value whose converter writes its bytes as a JSON string as they are, valid UTF-8 or not.</summary>
    [JsonConverter(typeof(RawUtf8Converter))]
    private sealed record RawUtf8(byte[] Bytes);

    private sealed class RawUtf8Converter : JsonConverter<RawUtf8>
    {
        public override RawUtf8 Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, RawUtf8 value, JsonSerializerOptions options) => writer.WriteStringValue(value.Bytes);
    }

    private static async Task<string> SentJsonAsync(Func<WebSocket, ValueTask> sendJson, WebSocketJsonMode mode = WebSocketJsonMode.Text)
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            await sendJson(ws);
            await ws.CloseAsync();
        }));

        await using var session = await client.WebSocketConnectAsync("/");
        return mode == WebSocketJsonMode.Text ? await session.ReceiveTextAsync() : Encoding.UTF8.GetString(await session.ReceiveBytesAsync());
    }

    [Theory]
    [InlineData(WebSocketJsonMode.Text)]
    [InlineData(WebSocketJsonMode.Binary)]
    public async Task SendJsonAsync_ReflectionWithControlCharacters_EscapesThemAsPythonJson(WebSocketJsonMode mode)
    {
        var text = await SentJsonAsync(ws => ws.SendJsonAsync(new Note("q\"b\\n\nr\rt\tb\bf\fc\u0001e\u001f"), mode), mode);

        // Web defaults name the property in camelCase, as the reflection-based readers expect it.
        Assert.Equal("{\"text\":\"q\\\"b\\\\n\\nr\\rt\\tb\\bf\\fc\\u0001e\\u001f\"}", text);
    }

    [Fact]
    public async Task SendJsonAsync_ReflectionNull_SendsNull()
    {
        Assert.Equal("null", await SentJsonAsync(ws => ws.SendJsonAsync((object?)null)));
    }

    // Built in code and enumerated only when the test runs: an attribute argument cannot carry a lone surrogate
    // (metadata strings are UTF-8), nor can xUnit's serialization of theory data at discovery.
    public static TheoryData<string, string> LoneSurrogates => new()
    {
        { "a\uD800b", "\"a\uFFFDb\"" },
        { "é\uDC00", "\"é\uFFFD\"" },
        { "😀\uD83D", "\"😀\uFFFD\"" },
    };

    [Theory]
    [MemberData(nameof(LoneSurrogates), DisableDiscoveryEnumeration = true)]
    public async Task SendJsonAsync_LoneSurrogate_BecomesReplacementCharacter(string value, string expected)
    {
        Assert.DoesNotContain('\uFFFD', value);
        Assert.Equal(expected, await SentJsonAsync(ws => ws.SendJsonAsync(value, WebSocketJson.Default.String)));
    }

    [Fact]
    public async Task SendJsonAsync_ConverterWritesInvalidUtf8_BecomesReplacementCharacter()
    {
        var text = await SentJsonAsync(ws => ws.SendJsonAsync(new RawUtf8([(byte)'a', 0xC3, 0xA9, 0xFF, (byte)'b'])));

        Assert.Equal("\"aé\uFFFDb\"", text);
    }

    [Fact]
    public async Task ReceiveJsonAsync_TypeInfo_DeserializesWithIt()
    {
        string? received = null;
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            received = await ws.ReceiveJsonAsync(WebSocketJson.Default.String);
            await ws.CloseAsync();
        }));

        await using (var session = await client.WebSocketConnectAsync("/"))
        {
            await session.SendTextAsync("\"caf\\u00e9\"");
            Assert.IsType<WebSocketCloseMessage>(await session.ReceiveAsync());
        }

        Assert.Equal("café", received);
    }

    [Theory]
    [InlineData(new byte[] { 0x00, 0x37 })] // UTF-16 big-endian, no BOM
    [InlineData(new byte[] { 0x37, 0x00 })] // UTF-16 little-endian, no BOM
    public async Task ReceiveJsonAsync_BinaryTwoBytesOfUtf16_IsParsed(byte[] payload) // json.loads(bytes) reads two bytes as UTF-16
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            var json = await ws.ReceiveJsonAsync(WebSocketJsonMode.Binary);
            await ws.SendTextAsync(json.GetRawText());
            await ws.CloseAsync();
        }));

        await using var session = await client.WebSocketConnectAsync("/");
        await session.SendBytesAsync(payload);

        Assert.Equal("7", await session.ReceiveTextAsync());
    }
}
