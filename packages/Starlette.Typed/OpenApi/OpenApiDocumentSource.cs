using System.Net;
using System.Text.Json;
using Microsoft.OpenApi;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;

namespace Starlette.Typed;

/// <summary>
/// Serves the API's OpenAPI 3.1 document as JSON and YAML (generated once, on first request) and the Swagger UI page.
/// </summary>
internal sealed class OpenApiDocumentSource(TypedApi api)
{
    private readonly Lazy<Task<(byte[] Json, byte[] Yaml)>> _rendered = new(() => RenderAsync(api));

    public IEnumerable<BaseRoute> Routes()
    {
        var options = api.Options;
        if (options.OpenApiPath is { } json)
        {
            var yaml = Path.ChangeExtension(json, ".yaml");
            yield return new Route(json, async (Request _) => new Response((await _rendered.Value.ConfigureAwait(false)).Json, mediaType: "application/json"), name: "openapi_json", includeInSchema: false);
            yield return new Route(yaml, async (Request _) => new Response((await _rendered.Value.ConfigureAwait(false)).Yaml, mediaType: "application/yaml"), name: "openapi_yaml", includeInSchema: false);
        }

        if (options.DocsPath is { } docs && options.OpenApiPath is { } documentPath)
        {
            yield return new Route(docs, (Request request) => new ValueTask<Response>(new HtmlResponse(Page(request.Scope.RootPath + documentPath))), name: "swagger_ui", includeInSchema: false);
        }
    }

    private static async Task<(byte[] Json, byte[] Yaml)> RenderAsync(TypedApi api)
    {
        var document = new OpenApiGenerator(api).Generate();
        using var json = new MemoryStream();
        await document.SerializeAsJsonAsync(json, OpenApiSpecVersion.OpenApi3_1).ConfigureAwait(false);
        using var yaml = new MemoryStream();
        await document.SerializeAsYamlAsync(yaml, OpenApiSpecVersion.OpenApi3_1).ConfigureAwait(false);
        return (json.ToArray(), yaml.ToArray());
    }

    private string Page(string documentUrl)
    {
        var ui = api.Options.SwaggerUiUrl.TrimEnd('/');
        var title = WebUtility.HtmlEncode(api.Options.Title);
        var url = JsonEncodedText.Encode(documentUrl).ToString();
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{title}} - Swagger UI</title>
            <link rel="stylesheet" href="{{WebUtility.HtmlEncode(ui)}}/swagger-ui.css">
            </head>
            <body>
            <div id="swagger-ui"></div>
            <script src="{{WebUtility.HtmlEncode(ui)}}/swagger-ui-bundle.js"></script>
            <script>
            window.ui = SwaggerUIBundle({ url: "{{url}}", dom_id: "#swagger-ui", deepLinking: true });
            </script>
            </body>
            </html>
            """;
    }
}
