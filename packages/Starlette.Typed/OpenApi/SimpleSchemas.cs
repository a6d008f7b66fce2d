using System.Text.Json.Nodes;

namespace Starlette.Typed;

/// <summary>The JSON Schemas of the simple types (parameters, and bodies or results of those types).</summary>
internal static class SimpleSchemas
{
    public static JsonObject? For(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsArray && underlying.GetElementType() is { } element && For(element) is { } items)
        {
            return new JsonObject { ["type"] = "array", ["items"] = items };
        }

        if (underlying.IsEnum)
        {
            var values = new JsonArray();
            foreach (var name in Enum.GetNames(underlying)) values.Add((JsonNode)name);
            return new JsonObject { ["type"] = "string", ["enum"] = values };
        }

        var (kind, format) = underlying switch
        {
            _ when underlying == typeof(string) => ("string", null),
            _ when underlying == typeof(bool) => ("boolean", null),
            _ when underlying == typeof(int) || underlying == typeof(short) || underlying == typeof(byte) || underlying == typeof(uint) => ("integer", "int32"),
            _ when underlying == typeof(long) || underlying == typeof(ulong) => ("integer", "int64"),
            _ when underlying == typeof(float) => ("number", "float"),
            _ when underlying == typeof(double) || underlying == typeof(decimal) => ("number", "double"),
            _ when underlying == typeof(Guid) => ("string", "uuid"),
            _ when underlying == typeof(DateTime) || underlying == typeof(DateTimeOffset) => ("string", "date-time"),
            _ when underlying == typeof(DateOnly) => ("string", "date"),
            _ when underlying == typeof(TimeOnly) => ("string", "time"),
            _ when underlying == typeof(TimeSpan) => ("string", "duration"),
            _ => ((string?)null, (string?)null),
        };
        if (kind is null) return null;
        var schema = new JsonObject { ["type"] = kind };
        if (format is not null) schema["format"] = format;
        return schema;
    }
}
