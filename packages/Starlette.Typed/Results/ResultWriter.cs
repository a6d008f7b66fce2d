using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Starlette.Responses;

namespace Starlette.Typed;

/// <summary>Turns a handler's return value into a response.</summary>
/// <typeparam name="TResult">The handler's result type (after unwrapping a task).</typeparam>
internal abstract class ResultWriter<TResult>
{
    /// <summary>The type the OpenAPI document describes as the response (the item type for server-sent events).</summary>
    public abstract Type? DocumentedType { get; }

    /// <summary>Whether the response is a stream of server-sent events.</summary>
    public virtual bool IsEventStream => false;

    public abstract Response Write(TResult result, int statusCode);
}

/// <summary>
/// Writes a result as JSON with the API's serializer metadata; a <see cref="Response"/> (also one returned through
/// an <see cref="object"/>-typed handler) is passed through as it is.
/// </summary>
internal sealed class JsonResultWriter<TResult>(JsonSerializerOptions options) : ResultWriter<TResult>
{
    private static readonly bool IsResponseType = typeof(Response).IsAssignableFrom(typeof(TResult));
    private readonly JsonTypeInfo? _typeInfo = IsResponseType || typeof(TResult) == typeof(object) ? null : options.GetTypeInfo(typeof(TResult));

    public override Type? DocumentedType => IsResponseType || typeof(TResult) == typeof(object) ? null : typeof(TResult);

    public override Response Write(TResult result, int statusCode)
    {
        if (result is Response response) return response;
        var typeInfo = _typeInfo ?? options.GetTypeInfo(result?.GetType() ?? typeof(object));
        return new JsonResponse(result, typeInfo, statusCode);
    }
}
