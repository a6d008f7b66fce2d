using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Starlette.Common.Json;
using Starlette.Types;

namespace Starlette.WebSockets;

public partial class WebSocket
{
    private const string ReflectionMessage = "Serializes with reflection; use the JsonTypeInfo or JsonNode overload for trimmed or AOT apps.";

    /// <summary>Receives a text message.</summary>
    /// <returns>The text.</returns>
    /// <exception cref="WebSocketDisconnectException">The client disconnected (with its code and reason).</exception>
    /// <exception cref="InvalidOperationException">The connection was not accepted yet.</exception>
    public async ValueTask<string> ReceiveTextAsync()
    {
        var message = await ReceiveDataAsync().ConfigureAwait(false);
        return message.Text ?? throw new InvalidOperationException("Expected a text message, but the client sent a binary one.");
    }

    /// <summary>Receives a binary message.</summary>
    /// <returns>The payload.</returns>
    /// <exception cref="WebSocketDisconnectException">The client disconnected (with its code and reason).</exception>
    /// <exception cref="InvalidOperationException">The connection was not accepted yet.</exception>
    public async ValueTask<ReadOnlyMemory<byte>> ReceiveBytesAsync()
    {
        var message = await ReceiveDataAsync().ConfigureAwait(false);
        return message.Bytes ?? throw new InvalidOperationException("Expected a binary message, but the client sent a text one.");
    }

    /// <summary>Receives a JSON message.</summary>
    /// <param name="mode">Whether the JSON arrives as text (default) or as UTF-8 bytes.</param>
    /// <returns>The JSON value.</returns>
    /// <exception cref="WebSocketDisconnectException">The client disconnected.</exception>
    /// <exception cref="JsonException">The message is not valid JSON.</exception>
    public async ValueTask<JsonElement> ReceiveJsonAsync(WebSocketJsonMode mode = WebSocketJsonMode.Text)
    {
        using var document = JsonDocument.Parse(await ReceiveJsonBytesAsync(mode).ConfigureAwait(false));
        return document.RootElement.Clone();
    }

    /// <summary>Receives a JSON message and deserializes it with source-generated metadata.</summary>
    /// <typeparam name="T">The type to deserialize to.</typeparam>
    /// <param name="typeInfo">Its metadata.</param>
    /// <param name="mode">Whether the JSON arrives as text (default) or as UTF-8 bytes.</param>
    /// <returns>The value.</returns>
    public async ValueTask<T?> ReceiveJsonAsync<T>(JsonTypeInfo<T> typeInfo, WebSocketJsonMode mode = WebSocketJsonMode.Text) =>
        JsonSerializer.Deserialize((await ReceiveJsonBytesAsync(mode).ConfigureAwait(false)).Span, typeInfo);

    /// <summary>Text messages until the client disconnects (upstream's <c>iter_text</c>).</summary>
    /// <param name="cancellationToken">Stops the iteration.</param>
    /// <returns>The texts.</returns>
    public async IAsyncEnumerable<string> IterTextAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (!cancellationToken.IsCancellationRequested && await TryAsync(ReceiveTextAsync).ConfigureAwait(false) is { } text) yield return text;
    }

    /// <summary>Binary messages until the client disconnects (upstream's <c>iter_bytes</c>).</summary>
    /// <param name="cancellationToken">Stops the iteration.</param>
    /// <returns>The payloads.</returns>
    public async IAsyncEnumerable<ReadOnlyMemory<byte>> IterBytesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (!cancellationToken.IsCancellationRequested && await TryAsync(async () => (object)await ReceiveBytesAsync().ConfigureAwait(false)).ConfigureAwait(false) is ReadOnlyMemory<byte> bytes)
            yield return bytes;
    }

    /// <summary>JSON messages until the client disconnects (upstream's <c>iter_json</c>).</summary>
    /// <param name="cancellationToken">Stops the iteration.</param>
    /// <returns>The JSON values.</returns>
    public async IAsyncEnumerable<JsonElement> IterJsonAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (!cancellationToken.IsCancellationRequested && await TryAsync(async () => (object)await ReceiveJsonAsync().ConfigureAwait(false)).ConfigureAwait(false) is JsonElement json)
            yield return json;
    }

    /// <summary>Sends a text message.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A task that completes when it is sent.</returns>
    public ValueTask SendTextAsync(string text) => SendAsync(new WebSocketSendMessage(text));

    /// <summary>Sends a binary message.</summary>
    /// <param name="bytes">The payload; it may be reused once the send completes.</param>
    /// <returns>A task that completes when it is sent.</returns>
    public ValueTask SendBytesAsync(ReadOnlyMemory<byte> bytes) => SendAsync(new WebSocketSendMessage(bytes));

    /// <summary>
    /// Sends a JSON document as text (default) or UTF-8 bytes: compact, escaping only <c>"</c>, <c>\</c> and U+0000–U+001F,
    /// as upstream's <c>ensure_ascii=False</c> does (every JSON overload writes this way).
    /// </summary>
    /// <param name="json">The document; <see langword="null"/> sends <c>null</c>.</param>
    /// <param name="mode">Text or binary.</param>
    /// <returns>A task that completes when it is sent.</returns>
    public ValueTask SendJsonAsync(JsonNode? json, WebSocketJsonMode mode = WebSocketJsonMode.Text)
    {
        CheckMode(mode);
        return SendJsonBytesAsync(MinimalJson.Serialize(json), mode);
    }

    /// <summary>Sends a value as JSON with source-generated metadata, as text (default) or UTF-8 bytes.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="typeInfo">Its metadata.</param>
    /// <param name="mode">Text or binary.</param>
    /// <returns>A task that completes when it is sent.</returns>
    public ValueTask SendJsonAsync<T>(T value, JsonTypeInfo<T> typeInfo, WebSocketJsonMode mode = WebSocketJsonMode.Text)
    {
        CheckMode(mode);
        return SendJsonBytesAsync(MinimalJson.Serialize(value, typeInfo), mode);
    }

    /// <summary>Sends a value as JSON with reflection-based serialization, as text (default) or UTF-8 bytes.</summary>
    /// <param name="value">The value.</param>
    /// <param name="mode">Text or binary.</param>
    /// <returns>A task that completes when it is sent.</returns>
    [RequiresUnreferencedCode(ReflectionMessage)]
    [RequiresDynamicCode(ReflectionMessage)]
    public ValueTask SendJsonAsync(object? value, WebSocketJsonMode mode = WebSocketJsonMode.Text)
    {
        CheckMode(mode);
        var typeInfo = ReflectionJson.Options.GetTypeInfo(value?.GetType() ?? typeof(object));
        return SendJsonBytesAsync(MinimalJson.Serialize(value, typeInfo), mode);
    }

    private async ValueTask<WebSocketReceiveMessage> ReceiveDataAsync()
    {
        if (ApplicationState != WebSocketState.Connected)
            throw new InvalidOperationException("WebSocket is not connected. Need to call \"accept\" first.");
        var message = await ReceiveAsync().ConfigureAwait(false);
        if (message is WebSocketDisconnectMessage disconnect) throw new WebSocketDisconnectException(disconnect.Code, disconnect.Reason);
        return (WebSocketReceiveMessage)message;
    }

    private async ValueTask<ReadOnlyMemory<byte>> ReceiveJsonBytesAsync(WebSocketJsonMode mode)
    {
        CheckMode(mode);
        if (ApplicationState != WebSocketState.Connected)
            throw new InvalidOperationException("WebSocket is not connected. Need to call \"accept\" first.");
        // Bytes are read as Python's json.loads(bytes) reads them: a BOM, UTF-16 and UTF-32 are recognised.
        return mode == WebSocketJsonMode.Text
            ? Encoding.UTF8.GetBytes(await ReceiveTextAsync().ConfigureAwait(false))
            : JsonBytes.ToUtf8(await ReceiveBytesAsync().ConfigureAwait(false));
    }

    private ValueTask SendJsonBytesAsync(byte[] json, WebSocketJsonMode mode) =>
        mode == WebSocketJsonMode.Text ? SendTextAsync(Encoding.UTF8.GetString(json)) : SendBytesAsync(json);

    private static void CheckMode(WebSocketJsonMode mode)
    {
        if (mode is not (WebSocketJsonMode.Text or WebSocketJsonMode.Binary))
            throw new InvalidOperationException("The \"mode\" argument should be \"text\" or \"binary\".");
    }

    private static async ValueTask<T?> TryAsync<T>(Func<ValueTask<T>> receive)
        where T : class
    {
        try
        {
            return await receive().ConfigureAwait(false);
        }
        catch (WebSocketDisconnectException)
        {
            return null;
        }
    }

    [RequiresUnreferencedCode(ReflectionMessage)]
    [RequiresDynamicCode(ReflectionMessage)]
    private static class ReflectionJson
    {
        public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
    }
}
