using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace Starlette.Typed;

/// <summary>
/// Exports a type's JSON Schema from its System.Text.Json metadata and adds what validation checks: every
/// non-nullable reference-type member is <c>required</c>, and DataAnnotations become constraints.
/// </summary>
internal static class SchemaExport
{
    private static readonly JsonSchemaExporterOptions Options = new()
    {
        TreatNullObliviousAsNonNullable = true,
        TransformSchemaNode = Transform,
    };

    public static JsonNode Of(JsonTypeInfo typeInfo) => typeInfo.GetJsonSchemaAsNode(Options);

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (schema is not JsonObject node) return schema;
        if (context.PropertyInfo is { } property)
        {
            var attributes = new List<object>();
            if (property.AttributeProvider is { } provider) attributes.AddRange(provider.GetCustomAttributes(inherit: true));
            if (property.AssociatedParameter?.AttributeProvider is { } parameter) attributes.AddRange(parameter.GetCustomAttributes(inherit: true));
            DataAnnotationSchemas.Apply(attributes, node);
        }
        else if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && node["properties"] is JsonObject)
        {
            var required = node["required"] as JsonArray ?? [];
            var names = required.Select(n => (string?)n).ToHashSet(StringComparer.Ordinal);
            foreach (var member in context.TypeInfo.Properties)
            {
                if (member.Get is null || (member.Set is null && member.AssociatedParameter is null)) continue;
                if (!member.PropertyType.IsValueType && !member.IsSetNullable && names.Add(member.Name)) required.Add((JsonNode)member.Name);
            }

            if (required.Count > 0) node["required"] = required;
        }

        return node;
    }
}
