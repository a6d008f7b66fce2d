using System.Text;
using System.Text.Json;
using Starlette.Types;

namespace Starlette.Typed;

/// <summary>
/// Sorts a <see cref="JsonException"/> from deserializing the body: JSON that does not parse is a 400 (malformed);
/// well-formed JSON whose values do not fit the type is a 422 field error at the value's JSON Pointer.
/// </summary>
internal static class JsonErrors
{
    public static void Record(BindingContext context, byte[] body, JsonException error)
    {
        if (!IsWellFormed(body))
        {
            context.Fail(Status.Http400BadRequest, "The request body is not valid JSON: " + Describe(error));
            return;
        }

        context.AddError(ParameterSource.Body, Pointer(error.Path), Describe(error));
    }

    private static bool IsWellFormed(byte[] body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // "The JSON value could not be converted to System.Int32. Path: $.x | LineNumber: 0 | ..." -> the first sentence.
    private static string Describe(JsonException error)
    {
        var message = error.Message;
        var path = message.IndexOf(" Path:", StringComparison.Ordinal);
        return path > 0 ? message[..path] : message;
    }

    /// <summary>Turns System.Text.Json's path (<c>$.items[0].name</c>, <c>$['a b']</c>) into a JSON Pointer fragment.</summary>
    public static string Pointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "#";
        var pointer = new StringBuilder("#");
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                if (end < 0) end = path.Length;
                Append(pointer, path[(i + 1)..end]);
                i = end;
            }
            else
            {
                // '[': System.Text.Json writes nothing else between segments.
                var quoted = i + 1 < path.Length && path[i + 1] == '\'';
                var end = quoted ? path.IndexOf("']", i + 2, StringComparison.Ordinal) : path.IndexOf(']', i + 1);
                if (end < 0) break;
                Append(pointer, quoted ? path[(i + 2)..end] : path[(i + 1)..end]);
                i = end + (quoted ? 2 : 1);
            }
        }

        return pointer.ToString();
    }

    private static void Append(StringBuilder pointer, string segment) =>
        pointer.Append('/').Append(segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
}
