using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Starlette.Typed;

/// <summary>
/// The JSON options used when none are given: web defaults (camelCase, case-insensitive reading) with
/// reflection-based metadata where the app allows reflection, as ASP.NET Core's defaults do. A trimmed or AOT app
/// turns <c>JsonSerializerIsReflectionEnabledByDefault</c> off, the reflection branch is removed, and every type then
/// needs metadata from a source-generated context (<see cref="TypedApiOptions.SerializerOptions"/>).
/// </summary>
internal static class DefaultJson
{
    public static JsonSerializerOptions Create() => new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = JsonSerializer.IsReflectionEnabledByDefault ? Reflection() : JsonTypeInfoResolver.Combine(),
    };

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Only reached when the app enables reflection-based serialization (JsonSerializer.IsReflectionEnabledByDefault), which trimmed and AOT apps turn off.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only reached when the app enables reflection-based serialization (JsonSerializer.IsReflectionEnabledByDefault), which trimmed and AOT apps turn off.")]
    private static DefaultJsonTypeInfoResolver Reflection() => new();
}
