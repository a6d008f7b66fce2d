using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Starlette.Types;

namespace Starlette.Testing.Tests;

/// <summary>
/// JSON a test sends as upstream's <c>send_json</c> writes it (<c>json.dumps(..., ensure_ascii=False)</c>, compact)
/// and JSON it receives as <c>json.loads(bytes)</c> reads it (UTF-8, UTF-16 or UTF-32, with or without a BOM).
/// </summary>
public class WebSocketTestSessionJsonTests
{
    public sealed record Point(int X, int Y);

    /// <summary>A value whose converter writes its bytes as a JSON string as they are, valid UTF-8 or not.</summary>
    [JsonConverter(typeof(RawUtf8Converter))]
    public sealed record RawUtf8(byte[] Bytes);

    private sealed class RawUtf8Converter : JsonConverter<RawUtf8>
    {
        public override RawUtf8 Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, RawUtf8 value, JsonSerializerOptions options) => writer.WriteStringValue(value.Bytes);
    }

    /// <summary>Echoes every message back as it arrived: text as text, bytes as bytes.</summary>
    private static TestClient EchoClient() => new(async (scope, receive, send) =>
    {
        await receive();
        await send(new WebSocketAcceptMessage());
        while (await receive() is WebSocketReceiveMessage message)
            await send(message.Text is { } text ? new WebSocketSendMessage(text) : new WebSocketSendMessage(message.Bytes!.Value));
    });

    /// <summary>Accepts, sends <paramref name="payload"/> as a binary message and waits for the client to close.</summary>
    private static TestClient SendingClient(byte[] payload) => new(async (scope, receive, send) =>
    {
        await receive();
        await send(new WebSocketAcceptMessage());
        await send(new WebSocketSendMessage(payload));
        await receive();
    });

    public static TheoryData<string, string> Escapes => new()
    {
        { "q\"b\\s", "\"q\\\"b\\\\s\"" },
        { "\n\r\t\b\f", "\"\\n\\r\\t\\b\\f\"" },
        { "\u0000\u0001\u001f", "\"\\u0000\\u0001\\u001f\"" },
        { "é\u0007<\u2028\u0085", "\"é\\u0007<\u2028\u0085\"" },
        { "😀 ok", "\"😀 ok\"" },
        { "a\uD800b", "\"a\uFFFDb\"" },
        { "😀\uDC00", "\"😀\uFFFD\"" },
    };

    [Theory]
    [MemberData(nameof(Escapes), DisableDiscoveryEnumeration = true)] // lone surrogates would not survive xUnit's serialization
    public async Task SendJsonAsync_String_EscapesOnlyWhatPythonJsonDumpsEscapes(string value, string expected)
    {
        Assert.DoesNotContain('\uFFFD', value);
        using var client = EchoClient();
        await using var ws = await client.WebSocketConnectAsync("/");

        await ws.SendJsonAsync(value);

        Assert.Equal(expected, await ws.ReceiveTextAsync());
    }

    [Fact]
    public async Task SendJsonAsync_JsonElement_IsWrittenWithTheSameEscaping()
    {
        using var client = EchoClient();
        await using var ws = await client.WebSocketConnectAsync("/");
        using var document = JsonDocument.Parse("{\"city\":\"Zürich\\n\",\"tab\":\"é\\t\",\"plain\":\"é\"}");

        await ws.SendJsonAsync(document.RootElement, binary: true);

        Assert.Equal("{\"city\":\"Zürich\\n\",\"tab\":\"é\\t\",\"plain\":\"é\"}", Encoding.UTF8.GetString(await ws.ReceiveBytesAsync()));
    }

    [Fact]
    public async Task SendJsonAsync_ConverterWritesInvalidUtf8_BecomesReplacementCharacter()
    {
        using var client = EchoClient();
        await using var ws = await client.WebSocketConnectAsync("/");

        await ws.SendJsonAsync(new RawUtf8([(byte)'a', 0xC3, 0xA9, 0xFF, (byte)'b']));

        Assert.Equal("\"aé\uFFFDb\"", await ws.ReceiveTextAsync());
    }

    [Fact]
    public async Task SendJsonAsync_TypeInfo_SerializesWithItsMetadata()
    {
        using var client = EchoClient();
        await using var ws = await client.WebSocketConnectAsync("/");

        await ws.SendJsonAsync(new Point(1, 2), TestClientJson.Default.Point);
        var echoed = await ws.ReceiveTextAsync();
        await ws.SendJsonAsync(new Point(3, 4), TestClientJson.Default.Point, binary: true);

        Assert.Equal("{\"X\":1,\"Y\":2}", echoed);
        Assert.Equal(new Point(3, 4), await ws.ReceiveJsonAsync(TestClientJson.Default.Point, binary: true));
    }

    public static TheoryData<byte[]> EncodedDocuments
    {
        get
        {
            const string json = "{\"a\":\"é😀\"}";
            var utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: false);
            return new()
            {
                { Encoding.UTF8.GetBytes(json) },
                { [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(json)] },
                { [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(json)] },
                { [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(json)] },
                { Encoding.Unicode.GetBytes(json) },
                { Encoding.BigEndianUnicode.GetBytes(json) },
                { [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(json)] },
                { [0, 0, 0xFE, 0xFF, .. utf32BigEndian.GetBytes(json)] },
                { Encoding.UTF32.GetBytes(json) },
                { utf32BigEndian.GetBytes(json) },
            };
        }
    }

    [Theory]
    [MemberData(nameof(EncodedDocuments))]
    public async Task ReceiveJsonAsync_BinaryInAnyJsonEncoding_IsParsed(byte[] payload)
    {
        using var client = SendingClient(payload);
        await using var ws = await client.WebSocketConnectAsync("/");

        var json = await ws.ReceiveJsonAsync(binary: true);

        Assert.Equal("é😀", json.GetProperty("a").GetString());
    }

    [Theory]
    [InlineData(new byte[] { 0x00, 0x37 })]
    [InlineData(new byte[] { 0x37, 0x00 })]
    public async Task ReceiveJsonAsync_BinaryTwoBytesOfUtf16_IsParsed(byte[] payload)
    {
        using var client = SendingClient(payload);
        await using var ws = await client.WebSocketConnectAsync("/");

        Assert.Equal(7, (await ws.ReceiveJsonAsync(binary: true)).GetInt32());
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0x31 })] // two bytes, neither zero: not UTF-16
    [InlineData(new byte[] { 0xFF, 0x31, 0x32 })]
    [InlineData(new byte[] { 0xEF, 0x31, 0x32, 0x33 })] // four bytes, no zero: UTF-8 (without a whole BOM)
    public async Task ReceiveJsonAsync_BinaryNotJson_ThrowsJsonException(byte[] payload)
    {
        using var client = SendingClient(payload);
        await using var ws = await client.WebSocketConnectAsync("/");

        await Assert.ThrowsAnyAsync<JsonException>(() => ws.ReceiveJsonAsync(binary: true));
    }
}

[JsonSerializable(typeof(WebSocketTestSessionJsonTests.Point))]
internal sealed partial class TestClientJson : JsonSerializerContext;
