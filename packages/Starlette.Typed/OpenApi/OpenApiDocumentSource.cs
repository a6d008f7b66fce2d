using System.Collections.Concurrent;
using Microsoft.OpenApi;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;

namespace Starlette.Typed;

/// <summary>
/// Serves the API's OpenAPI 3.1 document as JSON and YAML and the Swagger UI page. The document is generated on
/// first request, once per root path: an API mounted below a prefix (<c>new Mount("/api", api)</c>) lists that prefix
/// as its server, so "Try it out" calls <c>/api/...</c> and not the site's root.
/// </summary>
internal sealed class OpenApiDocumentSource(TypedApi api)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<(byte[] Json, byte[] Yaml)>>> _rendered = new(StringComparer.Ordinal);

    public IEnumerable<BaseRoute> Routes()
    {
        var options = api.Options;
        if (options.OpenApiPath is not { } json) yield break;
        var yaml = Path.ChangeExtension(json, ".yaml");
        yield return new Route(json, async (Request request) => new Response((await RenderedAsync(request).ConfigureAwait(false)).Json, mediaType: "application/json"), name: "openapi_json", includeInSchema: false);
        yield return new Route(yaml, async (Request request) => new Response((await RenderedAsync(request).ConfigureAwait(false)).Yaml, mediaType: "application/yaml"), name: "openapi_yaml", includeInSchema: false);
        if (options.DocsPath is not { } docs) yield break;
        var page = new SwaggerUiPage(options);
        yield return new Route(docs, (Request request) => new ValueTask<Response>(new HtmlResponse(page.Html(request.Scope.RootPath, json))), name: "swagger_ui", includeInSchema: false);
        yield return new Route(SwaggerUiPage.InitializerPath(docs), (Request _) => new ValueTask<Response>(new Response(SwaggerUiPage.Initializer, mediaType: "text/javascript")), name: "swagger_ui_initializer", includeInSchema: false);
    }

    private Task<(byte[] Json, byte[] Yaml)> RenderedAsync(Request request) =>
        _rendered.GetOrAdd(request.Scope.RootPath, static (rootPath, api) => new Lazy<Task<(byte[], byte[])>>(() => RenderAsync(api, rootPath)), api).Value;

    private static async Task<(byte[] Json, byte[] Yaml)> RenderAsync(TypedApi api, string rootPath)
    {
        var document = new OpenApiGenerator(api).Generate();
        if (rootPath.Length > 0) document.Servers = [new OpenApiServer { Url = rootPath }];
        using var json = new MemoryStream();
        await document.SerializeAsJsonAsync(json, OpenApiSpecVersion.OpenApi3_1).ConfigureAwait(false);
        using var yaml = new MemoryStream();
        await document.SerializeAsYamlAsync(yaml, OpenApiSpecVersion.OpenApi3_1).ConfigureAwait(false);
        return (json.ToArray(), yaml.ToArray());
    }
}
