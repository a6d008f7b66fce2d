using System.Text.Json;

namespace Starlette.Typed;

/// <summary>The options of a <see cref="TypedApi"/>: JSON, services, and the OpenAPI document and docs page.</summary>
public sealed class TypedApiOptions
{
    /// <summary>
    /// The JSON options for bodies and results. Default: <see cref="JsonSerializerDefaults.Web"/> (camelCase names,
    /// case-insensitive reading) with reflection-based metadata where reflection is enabled. For trimmed or AOT
    /// apps set <see cref="JsonSerializerOptions.TypeInfoResolver"/> to a source-generated <c>JsonSerializerContext</c>.
    /// </summary>
    public JsonSerializerOptions? SerializerOptions { get; set; }

    /// <summary>
    /// The services handlers can ask for (Microsoft.Extensions.DependencyInjection); each request that needs one
    /// gets its own scope, disposed after the response and its background tasks. Default: none.
    /// </summary>
    public IServiceProvider? Services { get; set; }

    /// <summary>The API's title in the OpenAPI document.</summary>
    public string Title { get; set; } = "API";

    /// <summary>The API's version in the OpenAPI document.</summary>
    public string Version { get; set; } = "1.0.0";

    /// <summary>The API's description in the OpenAPI document (CommonMark).</summary>
    public string? Description { get; set; }

    /// <summary>Where the OpenAPI document is served as JSON; the YAML sits beside it (<c>.yaml</c>). <see langword="null"/> serves neither.</summary>
    public string? OpenApiPath { get; set; } = "/openapi.json";

    /// <summary>Where the Swagger UI page is served; <see langword="null"/> serves none.</summary>
    public string? DocsPath { get; set; } = "/docs";

    /// <summary>
    /// The base URL of the <c>swagger-ui-dist</c> files the docs page loads (<c>swagger-ui.css</c>,
    /// <c>swagger-ui-bundle.js</c>): a CDN by default, or a path where the app serves the npm package itself.
    /// </summary>
    public string SwaggerUiUrl { get; set; } = "https://cdn.jsdelivr.net/npm/swagger-ui-dist@5";
}
