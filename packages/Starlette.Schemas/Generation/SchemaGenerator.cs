using Starlette.Routing;

namespace Starlette.Schemas;

/// <summary>
/// An OpenAPI schema generator (upstream's <c>SchemaGenerator</c>): a copy of the base schema, with
/// <c>paths[path][method]</c> set to each documented handler's YAML.
/// </summary>
/// <example>
/// <code>
/// var schemas = new SchemaGenerator(new Dictionary&lt;string, object?&gt;
/// {
///     ["openapi"] = "3.0.0",
///     ["info"] = new Dictionary&lt;string, object?&gt; { ["title"] = "Example API", ["version"] = "1.0" },
/// });
/// var route = new Route("/schema", schemas.OpenApiResponse, includeInSchema: false);
/// </code>
/// </example>
/// <param name="baseSchema">The schema's fixed part, such as <c>openapi</c> and <c>info</c>.</param>
public class SchemaGenerator(IReadOnlyDictionary<string, object?> baseSchema) : BaseSchemaGenerator
{
    /// <summary>The schema's fixed part.</summary>
    public IReadOnlyDictionary<string, object?> BaseSchema { get; } = baseSchema ?? throw new ArgumentNullException(nameof(baseSchema));

    /// <inheritdoc />
    /// <remarks>
    /// Entries of a <c>paths</c> dictionary given in the base schema are kept; unlike upstream's shallow copy, that
    /// dictionary is copied rather than filled in, so concurrent calls never write to a shared dictionary.
    /// Handlers without YAML are left out.
    /// </remarks>
    public override Dictionary<string, object?> GetSchema(IEnumerable<BaseRoute> routes)
    {
        var schema = new Dictionary<string, object?>(BaseSchema, StringComparer.Ordinal);
        var paths = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (schema.TryGetValue("paths", out var existing) && existing is not null)
        {
            if (existing is not IDictionary<string, object?> given) throw new InvalidOperationException("The base schema's 'paths' must be an IDictionary<string, object?>.");
            foreach (var (path, item) in given)
                paths[path] = item is IDictionary<string, object?> operations ? new Dictionary<string, object?>(operations, StringComparer.Ordinal) : item;
        }

        schema["paths"] = paths;

        foreach (var endpoint in GetEndpoints(routes))
        {
            var parsed = ParseDocstring(endpoint.Func);
            if (parsed.Count == 0) continue;
            if (!paths.TryGetValue(endpoint.Path, out var item) || item is not IDictionary<string, object?> operations)
            {
                operations = new Dictionary<string, object?>(StringComparer.Ordinal);
                paths[endpoint.Path] = operations;
            }

            operations[endpoint.HttpMethod] = parsed;
        }

        return schema;
    }
}
