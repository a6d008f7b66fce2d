using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Starlette.Types;

namespace Starlette.Testing;

/// <summary>JSON over a <see cref="WebSocketTestSession"/>, compact and with non-ASCII left unescaped, as upstream sends it.</summary>
public sealed partial class WebSocketTestSession
{
    private const string ReflectionMessage = "Serializes with reflection; pass a JsonTypeInfo for trimmed or AOT-compiled tests.";

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Sends a value as JSON, in a text message or (with <paramref name="binary"/>) a binary one.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="typeInfo">Source-generated metadata for <typeparamref name="T"/>.</param>
    /// <param name="binary">Send the UTF-8 JSON as a binary message instead of text.</param>
    /// <returns>A task that completes when the message is queued.</returns>
    public ValueTask SendJsonAsync<T>(T value, JsonTypeInfo<T> typeInfo, bool binary = false) =>
        SendJsonBytesAsync(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo), binary);

    /// <summary>Sends a value as JSON (reflection-based), in a text message or a binary one.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="binary">Send the UTF-8 JSON as a binary message instead of text.</param>
    /// <returns>A task that completes when the message is queued.</returns>
    [RequiresUnreferencedCode(ReflectionMessage)]
    [RequiresDynamicCode(ReflectionMessage)]
    public ValueTask SendJsonAsync<T>(T value, bool binary = false) =>
        SendJsonBytesAsync(JsonSerializer.SerializeToUtf8Bytes(value, JsonOptions), binary);

    /// <summary>Waits for a JSON message and parses it.</summary>
    /// <param name="binary">Expect a binary message holding UTF-8 JSON instead of a text message.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The parsed JSON.</returns>
    /// <exception cref="WebSocketDisconnectException">The app closed the connection.</exception>
    public async Task<JsonElement> ReceiveJsonAsync(bool binary = false, CancellationToken cancellationToken = default)
    {
        using var document = JsonDocument.Parse(await ReceiveJsonBytesAsync(binary, cancellationToken).ConfigureAwait(false));
        return document.RootElement.Clone();
    }

    /// <summary>Waits for a JSON message and deserializes it.</summary>
    /// <typeparam name="T">The type to deserialize to.</typeparam>
    /// <param name="typeInfo">Source-generated metadata for <typeparamref name="T"/>.</param>
    /// <param name="binary">Expect a binary message holding UTF-8 JSON instead of a text message.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The value.</returns>
    public async Task<T?> ReceiveJsonAsync<T>(JsonTypeInfo<T> typeInfo, bool binary = false, CancellationToken cancellationToken = default) =>
        JsonSerializer.Deserialize(await ReceiveJsonBytesAsync(binary, cancellationToken).ConfigureAwait(false), typeInfo);

    private ValueTask SendJsonBytesAsync(byte[] json, bool binary) =>
        binary ? SendBytesAsync(json) : SendTextAsync(Encoding.UTF8.GetString(json));

    private async Task<byte[]> ReceiveJsonBytesAsync(bool binary, CancellationToken cancellationToken) =>
        binary
            ? await ReceiveBytesAsync(cancellationToken).ConfigureAwait(false)
            : Encoding.UTF8.GetBytes(await ReceiveTextAsync(cancellationToken).ConfigureAwait(false));
}
