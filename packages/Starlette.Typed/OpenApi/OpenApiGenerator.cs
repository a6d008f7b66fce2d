using Microsoft.OpenApi;

namespace Starlette.Typed;

/// <summary>
/// Builds the OpenAPI 3.1 document of a <see cref="TypedApi"/>: one operation per endpoint and method, with its
/// parameters, request body, success response, and the problem responses binding can give (422, and 400/415 for a body).
/// </summary>
internal sealed class OpenApiGenerator
{
    private readonly TypedApi _api;
    private readonly OpenApiDocument _document;
    private readonly SchemaRegistry _schemas;

    public OpenApiGenerator(TypedApi api)
    {
        _api = api;
        _document = new OpenApiDocument
        {
            Info = new OpenApiInfo { Title = api.Options.Title, Version = api.Options.Version, Description = api.Options.Description },
            Paths = [],
            Components = new OpenApiComponents { Schemas = new Dictionary<string, IOpenApiSchema>() },
        };
        _schemas = new SchemaRegistry(_document, api.SerializerOptions);
    }

    public OpenApiDocument Generate()
    {
        var tags = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in _api.Endpoints)
        {
            if (!endpoint.IncludeInSchema) continue;
            var path = PathTemplate(endpoint.Path);
            if (!_document.Paths.TryGetValue(path, out var item)) _document.Paths[path] = item = new OpenApiPathItem();
            foreach (var method in endpoint.Methods)
            {
                ((OpenApiPathItem)item).AddOperation(new HttpMethod(method), new OperationBuilder(_document, _schemas, endpoint).Build());
            }

            tags.UnionWith(endpoint.Tags);
        }

        if (tags.Count > 0) _document.Tags = new HashSet<OpenApiTag>(tags.Select(t => new OpenApiTag { Name = t }));
        return _document;
    }

    /// <summary><c>/todos/{id:int}</c> becomes <c>/todos/{id}</c>.</summary>
    internal static string PathTemplate(string path)
    {
        var text = new System.Text.StringBuilder(path.Length);
        var skipping = false;
        foreach (var c in path)
        {
            if (c == ':' && !skipping && text.ToString().LastIndexOf('{') > text.ToString().LastIndexOf('}')) skipping = true;
            else if (c == '}') skipping = false;
            if (!skipping) text.Append(c);
        }

        return text.ToString();
    }
}
