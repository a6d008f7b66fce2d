using System.Text;
using System.Text.Json.Nodes;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.WebSockets.Tests;

/// <summary>JSON over a WebSocket as upstream writes it (ensure_ascii=False) and reads it (json.loads(bytes)).</summary>
public class WebSocketJsonEncodingTests
{
    private static AsgiApp App(Func<WebSocket, Task> handler) => async (scope, receive, send) => await handler(new WebSocket(scope, receive, send));

    [Theory]
    [InlineData(WebSocketJsonMode.Text)]
    [InlineData(WebSocketJsonMode.Binary)]
    public async Task SendJsonAsync_AstralAndC1Characters_AreRawUtf8(WebSocketJsonMode mode)
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            await ws.SendJsonAsync(new JsonObject { ["e"] = "😀\u0085<\n" }, mode);
            await ws.CloseAsync();
        }));

        await using var session = await client.WebSocketConnectAsync("/");

        var text = mode == WebSocketJsonMode.Text ? await session.ReceiveTextAsync() : Encoding.UTF8.GetString(await session.ReceiveBytesAsync());
        Assert.Equal("{\"e\":\"😀\u0085<\\n\"}", text);
    }

    [Fact]
    public async Task SendJsonAsync_TypeInfo_IsRawUtf8()
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            await ws.SendJsonAsync("😀", WebSocketJson.Default.String);
            await ws.CloseAsync();
        }));

        await using var session = await client.WebSocketConnectAsync("/");

        Assert.Equal("\"😀\"", await session.ReceiveTextAsync());
    }

    public static TheoryData<byte[]> EncodedBodies => new()
    {
        { [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("{\"a\":\"😀\"}")] },
        { Encoding.Unicode.GetBytes("{\"a\":\"😀\"}") },
        { [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("{\"a\":\"😀\"}")] },
        { Encoding.UTF32.GetBytes("{\"a\":\"😀\"}") },
        { new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes("{\"a\":\"😀\"}") },
    };

    [Theory]
    [MemberData(nameof(EncodedBodies))]
    public async Task ReceiveJsonAsync_BinaryInAnyJsonEncoding_IsParsed(byte[] payload)
    {
        using var client = new TestClient(App(async ws =>
        {
            await ws.AcceptAsync();
            var json = await ws.ReceiveJsonAsync(WebSocketJsonMode.Binary);
            await ws.SendTextAsync(json.GetProperty("a").GetString()!);
            await ws.CloseAsync();
        }));

        await using var session = await client.WebSocketConnectAsync("/");
        await session.SendBytesAsync(payload);

        Assert.Equal("😀", await session.ReceiveTextAsync());
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class WebSocketJson : System.Text.Json.Serialization.JsonSerializerContext;
