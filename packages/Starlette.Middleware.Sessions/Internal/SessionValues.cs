using System.Collections;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Starlette.Middleware.Sessions.Internal;

/// <summary>Which values a session may hold: the JSON values <see cref="PythonJsonWriter"/> can write.</summary>
internal static class SessionValues
{
    /// <summary>Returns <paramref name="value"/> when its kind can be written as JSON; throws otherwise. Containers are checked when written.</summary>
    public static object? Ensure(object? value) => IsSupported(value)
        ? value
        : throw new ArgumentException(
            $"Session values must be JSON values (null, string, bool, numbers, JsonNode, JsonElement, dictionaries with string keys, lists); got {value!.GetType()}.",
            nameof(value));

    public static bool IsSupported(object? value) => value switch
    {
        null or string or bool => true,
        long or int or short or sbyte or byte or ulong or uint or ushort or BigInteger => true,
        double or float or decimal => true,
        JsonNode or JsonElement => true,
        IEnumerable<KeyValuePair<string, object?>> or IDictionary or IEnumerable => true,
        _ => false,
    };
}
