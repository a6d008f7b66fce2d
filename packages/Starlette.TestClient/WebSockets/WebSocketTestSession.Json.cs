using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Starlette.Common.Json;
using Starlette.Types;

namespace Starlette.Testing;

/// <summary>
/// JSON over a <see cref="WebSocketTestSession"/>: sent compact, escaping only <c>"</c>, <c>\</c> and U+0000–U+001F, as
/// upstream sends it; binary JSON received in UTF-8 (with or without a BOM), UTF-16 or UTF-32.
/// </summary>
public sealed partial class WebSocketTestSession
{
    private const string ReflectionMessage = "Serializes with reflection; pass a JsonTypeInfo for trimmed or AOT-compiled tests.";

    /// <summary>Sends a value as JSON, in a text message or (with <paramref name="binary"/>) a binary one.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="typeInfo">Source-generated metadata for <typeparamref name="T"/>.</param>
    /// <param name="binary">Send the UTF-8 JSON as a binary message instead of text.</param>
    /// <returns>A task that completes when the message is queued.</returns>
    public ValueTask SendJsonAsync<T>(T value, JsonTypeInfo<T> typeInfo, bool binary = false) =>
        SendJsonBytesAsync(MinimalJson.Serialize(value, typeInfo), binary);

    /// <summary>Sends a value as JSON (reflection-based), in a text message or a binary one.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="binary">Send the UTF-8 JSON as a binary message instead of text.</param>
    /// <returns>A task that completes when the message is queued.</returns>
    [RequiresUnreferencedCode(ReflectionMessage)]
    [RequiresDynamicCode(ReflectionMessage)]
    public ValueTask SendJsonAsync<T>(T value, bool binary = false) =>
        SendJsonBytesAsync(MinimalJson.Serialize(value, ReflectionJson.Options.GetTypeInfo(typeof(T))), binary);

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
        JsonSerializer.Deserialize((await ReceiveJsonBytesAsync(binary, cancellationToken).ConfigureAwait(false)).Span, typeInfo);

    private ValueTask SendJsonBytesAsync(byte[] json, bool binary) =>
        binary ? SendBytesAsync(json) : SendTextAsync(Encoding.UTF8.GetString(json));

    private async Task<ReadOnlyMemory<byte>> ReceiveJsonBytesAsync(bool binary, CancellationToken cancellationToken) =>
        binary
            ? JsonBytes.ToUtf8(await ReceiveBytesAsync(cancellationToken).ConfigureAwait(false))
            : Encoding.UTF8.GetBytes(await ReceiveTextAsync(cancellationToken).ConfigureAwait(false));

    [RequiresUnreferencedCode(ReflectionMessage)]
    [RequiresDynamicCode(ReflectionMessage)]
    private static class ReflectionJson
    {
        public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
    }
}
