using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Starlette.Types;

namespace Starlette.Typed;

/// <summary>
/// Binds the JSON body: 415 unless the content type is JSON, 400 for malformed JSON, 422 for a value of the wrong
/// type, a missing body, or what <see cref="TypeValidator"/> finds (non-nullable members missing, DataAnnotations).
/// </summary>
internal sealed class BodyBinder<T>(ParameterModel model, JsonTypeInfo<T> typeInfo, TypeValidator? validator) : ParameterBinder<T>(model)
{
    public JsonTypeInfo<T> TypeInfo { get; } = typeInfo;

    public override bool TryBind(BindingContext context, out T value)
    {
        value = default!;
        var body = context.Body;
        if (body.Length == 0)
        {
            if (!Model.Required) return true;
            context.AddError(ParameterSource.Body, "#", "A JSON body is required.");
            return false;
        }

        if (!JsonContentType.Is(JsonContentType.Of(context.Scope)))
        {
            context.Fail(Status.Http415UnsupportedMediaType, "The request body must be JSON (Content-Type: application/json).");
            return false;
        }

        try
        {
            value = JsonSerializer.Deserialize(body, TypeInfo)!;
        }
        catch (JsonException error)
        {
            JsonErrors.Record(context, body, error);
            return false;
        }

        if (value is null)
        {
            if (!Model.Required) return true;
            context.AddError(ParameterSource.Body, "#", "A JSON body is required (got null).");
            return false;
        }

        var before = context.Errors?.Count ?? 0;
        validator?.Validate(value, "#", context, depth: 0);
        return (context.Errors?.Count ?? 0) == before;
    }
}

/// <summary>Recognises JSON media types: <c>application/json</c> and any <c>+json</c> suffix, parameters ignored.</summary>
internal static class JsonContentType
{
    /// <summary>The request's <c>content-type</c>, read from the scope's headers (names are lowercase) without building a <c>Headers</c>.</summary>
    public static string? Of(Scope scope)
    {
        var headers = scope.Headers;
        for (var i = 0; i < headers.Count; i++)
        {
            if (headers[i].Name == "content-type") return headers[i].Value;
        }

        return null;
    }

    public static bool Is(string? contentType)
    {
        if (contentType is null) return false;
        var media = contentType.AsSpan();
        var semicolon = media.IndexOf(';');
        if (semicolon >= 0) media = media[..semicolon];
        media = media.Trim();
        return media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }
}
