using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Starlette.Typed;

/// <summary>Adds what DataAnnotations attributes require to a JSON Schema: ranges, lengths, patterns, formats.</summary>
internal static class DataAnnotationSchemas
{
    public static void Apply(IEnumerable<object> attributes, JsonObject schema)
    {
        var isArray = schema["type"] is JsonValue type && type.GetValueKind() == System.Text.Json.JsonValueKind.String && (string?)type == "array";
        foreach (var attribute in attributes)
        {
            switch (attribute)
            {
                case RangeAttribute range:
                    if (Number(range.Minimum) is { } min) schema[range.MinimumIsExclusive ? "exclusiveMinimum" : "minimum"] = min;
                    if (Number(range.Maximum) is { } max) schema[range.MaximumIsExclusive ? "exclusiveMaximum" : "maximum"] = max;
                    break;
                case StringLengthAttribute length:
                    schema["maxLength"] = length.MaximumLength;
                    if (length.MinimumLength > 0) schema["minLength"] = length.MinimumLength;
                    break;
                case MinLengthAttribute minLength:
                    schema[isArray ? "minItems" : "minLength"] = minLength.Length;
                    break;
                case MaxLengthAttribute maxLength when maxLength.Length > 0:
                    schema[isArray ? "maxItems" : "maxLength"] = maxLength.Length;
                    break;
                case RegularExpressionAttribute pattern:
                    schema["pattern"] = pattern.Pattern;
                    break;
                case EmailAddressAttribute:
                    schema["format"] = "email";
                    break;
                case UrlAttribute:
                    schema["format"] = "uri";
                    break;
                case RequiredAttribute { AllowEmptyStrings: false } when schema["type"] is JsonValue:
                    if ((string?)schema["type"] == "string") schema["minLength"] ??= 1;
                    break;
            }
        }
    }

    private static double? Number(object? value) => value switch
    {
        int i => i,
        double d when !double.IsInfinity(d) => d,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
