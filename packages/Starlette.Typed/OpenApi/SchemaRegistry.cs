using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Starlette.Typed;

/// <summary>
/// The schemas of the document: each object type once under <c>components/schemas</c> (by its type name) and
/// referenced from operations; lists of objects as arrays of references; simple types inline. Object schemas come
/// from System.Text.Json's schema exporter over the API's own metadata (so names, nullability and required members
/// are what the serializer does), with the DataAnnotations constraints added.
/// </summary>
internal sealed class SchemaRegistry(OpenApiDocument document, JsonSerializerOptions options)
{
    private readonly Dictionary<Type, string> _names = [];

    public IOpenApiSchema Problem() => Component(ProblemJsonContext.Default.ProblemDetails, nameof(ProblemDetails));

    public IOpenApiSchema For(Type type)
    {
        if (SimpleSchemas.For(type) is { } simple) return Parse(simple);
        var typeInfo = options.GetTypeInfo(type);
        if (typeInfo.Kind == JsonTypeInfoKind.Object) return Component(typeInfo, typeInfo.Type.Name);
        if (typeInfo.Kind == JsonTypeInfoKind.Enumerable && typeInfo.ElementType is { } element)
        {
            return new OpenApiSchema { Type = JsonSchemaType.Array, Items = For(element) };
        }

        return Parse(SchemaExport.Of(typeInfo));
    }

    public IOpenApiSchema ForParameter(ParameterModel parameter)
    {
        var schema = SimpleSchemas.For(parameter.Type) ?? new JsonObject { ["type"] = "string" };
        if (parameter.DefaultValue is { } value && !parameter.Required)
        {
            schema["default"] = JsonSerializer.SerializeToNode(value, options.GetTypeInfo(value.GetType()));
        }

        DataAnnotationSchemas.Apply(parameter.Validators, schema);
        return Parse(schema);
    }

    private OpenApiSchemaReference Component(JsonTypeInfo typeInfo, string baseName)
    {
        if (!_names.TryGetValue(typeInfo.Type, out var name))
        {
            name = baseName;
            for (var i = 2; document.Components!.Schemas!.ContainsKey(name); i++) name = baseName + i;
            _names[typeInfo.Type] = name;
            document.Components!.Schemas![name] = Parse(SchemaExport.Of(typeInfo));
        }

        return new OpenApiSchemaReference(name, document);
    }

    private IOpenApiSchema Parse(JsonNode schema)
    {
        var parsed = OpenApiModelFactory.Parse<OpenApiSchema>(schema.ToJsonString(), OpenApiSpecVersion.OpenApi3_1, document, out _, "json");
        return parsed ?? new OpenApiSchema();
    }
}
