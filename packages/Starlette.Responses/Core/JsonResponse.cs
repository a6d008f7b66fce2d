using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Starlette.Types;

namespace Starlette.Responses;

/// <summary>
/// An <c>application/json</c> response (upstream's <c>JSONResponse</c>): compact JSON with non-ASCII characters
/// left as they are. NaN and infinities are refused with an exception, as upstream's <c>allow_nan=False</c> does.
/// </summary>
public class JsonResponse : Response
{
    private const string ReflectionMessage = "Serializes with reflection; use the JsonTypeInfo or JsonNode overload for trimmed or AOT apps.";

    /// <summary>The options of the reflection-based constructor: compact, non-ASCII unescaped.</summary>
    public static JsonSerializerOptions DefaultOptions { get; } = new(JsonSerializerDefaults.General)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = null,
    };

    /// <summary>Renders <paramref name="content"/> with source-generated metadata (trim- and AOT-safe).</summary>
    /// <param name="content">The value.</param>
    /// <param name="typeInfo">Its metadata, from a <c>JsonSerializerContext</c>.</param>
    /// <param name="statusCode">The status code; default 200.</param>
    /// <param name="headers">Headers to send.</param>
    /// <param name="mediaType">The media type; default <c>application/json</c>.</param>
    /// <param name="background">Work to run after the response is sent.</param>
    public JsonResponse(object? content, JsonTypeInfo typeInfo, int statusCode = Status.Http200OK, IEnumerable<KeyValuePair<string, string>>? headers = null, string? mediaType = null, BackgroundTask? background = null)
        : base(JsonSerializer.SerializeToUtf8Bytes(content, typeInfo ?? throw new ArgumentNullException(nameof(typeInfo))), statusCode, headers, mediaType ?? "application/json", background)
    {
    }

    /// <summary>Renders a JSON document (trim- and AOT-safe).</summary>
    /// <param name="content">The document; <see langword="null"/> renders <c>null</c>.</param>
    /// <param name="statusCode">The status code; default 200.</param>
    /// <param name="headers">Headers to send.</param>
    /// <param name="mediaType">The media type; default <c>application/json</c>.</param>
    /// <param name="background">Work to run after the response is sent.</param>
    public JsonResponse(JsonNode? content, int statusCode = Status.Http200OK, IEnumerable<KeyValuePair<string, string>>? headers = null, string? mediaType = null, BackgroundTask? background = null)
        : base(Render(content), statusCode, headers, mediaType ?? "application/json", background)
    {
    }

    /// <summary>Renders <paramref name="content"/> with reflection-based serialization and <see cref="DefaultOptions"/>.</summary>
    /// <param name="content">The value; <see langword="null"/> renders <c>null</c>.</param>
    /// <param name="statusCode">The status code; default 200.</param>
    /// <param name="headers">Headers to send.</param>
    /// <param name="mediaType">The media type; default <c>application/json</c>.</param>
    /// <param name="background">Work to run after the response is sent.</param>
    [RequiresUnreferencedCode(ReflectionMessage)]
    [RequiresDynamicCode(ReflectionMessage)]
    public JsonResponse(object? content, int statusCode = Status.Http200OK, IEnumerable<KeyValuePair<string, string>>? headers = null, string? mediaType = null, BackgroundTask? background = null)
        : base(Render(content), statusCode, headers, mediaType ?? "application/json", background)
    {
    }

    // One writer and buffer per thread, reset after each render, so rendering a node allocates only the result.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private static byte[] Render(JsonNode? content)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(256);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        try
        {
            if (content is null) writer.WriteNullValue();
            else content.WriteTo(writer);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            if (buffer.Capacity > MaxCachedBuffer)
            {
                t_buffer = null;
                t_writer = null;
            }
            else
            {
                buffer.ResetWrittenCount();
                writer.Reset(buffer);
            }
        }
    }

    private const int MaxCachedBuffer = 64 * 1024;

    [RequiresUnreferencedCode(ReflectionMessage)]
    [RequiresDynamicCode(ReflectionMessage)]
    private static byte[] Render(object? content) =>
        JsonSerializer.SerializeToUtf8Bytes(content, content?.GetType() ?? typeof(object), ReflectionOptions.Value);

    [RequiresUnreferencedCode(ReflectionMessage)]
    [RequiresDynamicCode(ReflectionMessage)]
    private static class ReflectionOptions
    {
        public static readonly JsonSerializerOptions Value = new(DefaultOptions) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
    }
}
