using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Starlette.Common.Json;
using Starlette.Types;

namespace Starlette.Responses;

/// <summary>
/// An <c>application/json</c> response (upstream's <c>JSONResponse</c>): compact JSON that escapes only what JSON
/// requires (<c>"</c>, <c>\</c>, U+0000–U+001F) and writes every other character as raw UTF-8, as upstream's
/// <c>ensure_ascii=False</c> does, whichever overload or <see cref="JsonTypeInfo"/> options render it. NaN and
/// infinities are refused with an exception, as upstream's <c>allow_nan=False</c> does. Numbers are written as
/// System.Text.Json writes them: a <see cref="double"/> with an integral value is <c>10</c>, where Python writes <c>10.0</c>.
/// </summary>
public class JsonResponse : Response
{
    private const string ReflectionMessage = "Serializes with reflection; use the JsonTypeInfo or JsonNode overload for trimmed or AOT apps.";

    /// <summary>The options of the reflection-based constructor: <see cref="JsonSerializerDefaults.Web"/> (property names
    /// camelCase, as ASP.NET Core Minimal APIs write them and as <c>Request.JsonAsync&lt;T&gt;</c> reads them; dictionary
    /// keys as they are), compact; the response's writer does the escaping.</summary>
    public static JsonSerializerOptions DefaultOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = MinimalJsonEncoder.Instance,
        TypeInfoResolver = null,
    };

    /// <summary>Renders <paramref name="content"/> with source-generated metadata (trim- and AOT-safe).</summary>
    /// <param name="content">The value.</param>
    /// <param name="typeInfo">Its metadata, from a <c>JsonSerializerContext</c>.</param>
    /// <param name="statusCode">The status code; default 200.</param>
    /// <param name="headers">Headers to send.</param>
    /// <param name="mediaType">The media type; default <c>application/json</c>.</param>
    /// <param name="background">Work to run after the response is sent.</param>
    public JsonResponse(object? content, JsonTypeInfo typeInfo, int statusCode = Status.Http200OK, HeaderFields? headers = null, string? mediaType = null, BackgroundTask? background = null)
        : base(MinimalJson.Serialize(content, typeInfo ?? throw new ArgumentNullException(nameof(typeInfo))), statusCode, headers, mediaType ?? "application/json", background)
    {
    }

    /// <summary>Renders a JSON document (trim- and AOT-safe).</summary>
    /// <param name="content">The document; <see langword="null"/> renders <c>null</c>.</param>
    /// <param name="statusCode">The status code; default 200.</param>
    /// <param name="headers">Headers to send.</param>
    /// <param name="mediaType">The media type; default <c>application/json</c>.</param>
    /// <param name="background">Work to run after the response is sent.</param>
    public JsonResponse(JsonNode? content, int statusCode = Status.Http200OK, HeaderFields? headers = null, string? mediaType = null, BackgroundTask? background = null)
        : base(MinimalJson.Serialize(content), statusCode, headers, mediaType ?? "application/json", background)
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
    public JsonResponse(object? content, int statusCode = Status.Http200OK, HeaderFields? headers = null, string? mediaType = null, BackgroundTask? background = null)
        : base(Render(content), statusCode, headers, mediaType ?? "application/json", background)
    {
    }

    [RequiresUnreferencedCode(ReflectionMessage)]
    [RequiresDynamicCode(ReflectionMessage)]
    private static byte[] Render(object? content) =>
        MinimalJson.Serialize(content, ReflectionOptions.Value.GetTypeInfo(content?.GetType() ?? typeof(object)));

    [RequiresUnreferencedCode(ReflectionMessage)]
    [RequiresDynamicCode(ReflectionMessage)]
    private static class ReflectionOptions
    {
        public static readonly JsonSerializerOptions Value = new(DefaultOptions) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
    }
}
