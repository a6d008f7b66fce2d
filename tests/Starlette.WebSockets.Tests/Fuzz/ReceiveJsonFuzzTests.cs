using System.Text;
using System.Text.Json;
using CsCheck;
using Starlette.Testing;
using Starlette.Testing.Support;
using Starlette.Types;

namespace Starlette.WebSockets.Tests.Fuzz;

/// <summary>
/// Randomized messages to <see cref="WebSocket.ReceiveJsonAsync(WebSocketJsonMode)"/>, as text and as bytes:
/// valid JSON arrives equal to what was sent, anything else raises <see cref="JsonException"/> (the documented
/// exception) and nothing else, and the connection stays usable.
/// </summary>
public sealed class ReceiveJsonFuzzTests : IDisposable
{
    private readonly TestClient _client = new(Echo);

    public void Dispose() => _client.Dispose();

    /// <summary>Receives JSON in the mode the path names until the client leaves: "ok" + the value, or "bad".</summary>
    private static async ValueTask Echo(Scope scope, Receive receive, Send send)
    {
        var ws = new WebSocket(scope, receive, send);
        var mode = scope.Path == "/binary" ? WebSocketJsonMode.Binary : WebSocketJsonMode.Text;
        await ws.AcceptAsync();
        while (true)
        {
            string reply;
            try
            {
                reply = "ok" + (await ws.ReceiveJsonAsync(mode)).GetRawText();
            }
            catch (JsonException)
            {
                reply = "bad";
            }
            catch (WebSocketDisconnectException)
            {
                return;
            }

            await ws.SendTextAsync(reply);
        }
    }

    [Fact]
    public void ReceiveJsonAsync_RandomMessages_ParsesOrRaisesJsonException()
    {
        FuzzCheck.RunAsync(Gen.Select(JsonTextGen.Any.Array[1, 8], Gen.Bool), async input =>
        {
            var (messages, binary) = input;
            await using var session = await _client.WebSocketConnectAsync(binary ? "/binary" : "/text");
            foreach (var message in messages)
            {
                if (binary) await session.SendBytesAsync(Encoding.UTF8.GetBytes(message));
                else await session.SendTextAsync(message);
                var reply = await session.ReceiveTextAsync();

                if (!TryParse(message, out var expected)) Assert.Equal("bad", reply);
                else Assert.Equal("ok" + expected, reply);
            }

            await session.CloseAsync();
        }, fast: 800, size: input => input.Item1.Sum(message => message.Length) * 4, print: input => $"{(input.Item2 ? "binary" : "text")}: {string.Join(" | ", input.Item1.Select(Show.Text))}", bound: new AllocationBound(4 << 20, 4096));
    }

    // The reference: the value's text as System.Text.Json's document reads it from the same UTF-8 bytes (a lone surrogate in text mode is
    // sent as U+FFFD, as any UTF-8 encoder does).
    private static bool TryParse(string message, out string? rawText)
    {
        try
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetBytes(message));
            rawText = document.RootElement.GetRawText();
            return true;
        }
        catch (JsonException)
        {
            rawText = null;
            return false;
        }
    }
}
