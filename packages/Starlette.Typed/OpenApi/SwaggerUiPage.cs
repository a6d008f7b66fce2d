using System.Net;
using System.Text;

namespace Starlette.Typed;

/// <summary>
/// The Swagger UI page: HTML that loads <c>swagger-ui-dist</c>'s stylesheet and bundle from
/// <see cref="TypedApiOptions.SwaggerUiUrl"/>, and a script file beside the page that starts it. The page has no
/// inline script (the document's URL travels in a <c>data-</c> attribute), so it works under a Content-Security-Policy
/// of <c>script-src 'self'</c> when the bundle is served by the app itself.
/// </summary>
internal sealed class SwaggerUiPage(TypedApiOptions options)
{
    /// <summary>The initializer script (constant): reads the document's URL from the page and starts Swagger UI.</summary>
    public static readonly byte[] Initializer = Encoding.UTF8.GetBytes("""
        window.addEventListener("load", function () {
          var root = document.getElementById("swagger-ui");
          window.ui = SwaggerUIBundle({ url: root.dataset.openapiUrl, dom_id: "#swagger-ui", deepLinking: true });
        });
        """);

    private readonly string _ui = WebUtility.HtmlEncode(options.SwaggerUiUrl.TrimEnd('/'));
    private readonly string _title = WebUtility.HtmlEncode(options.Title);
    private readonly string _docs = options.DocsPath ?? "";

    /// <summary>Where the initializer script is served: <c>/docs/swagger-initializer.js</c> for <c>/docs</c>.</summary>
    public static string InitializerPath(string docsPath) => docsPath.TrimEnd('/') + "/swagger-initializer.js";

    /// <summary>The page for a request under <paramref name="rootPath"/>, pointing at the document at <paramref name="openApiPath"/>.</summary>
    public string Html(string rootPath, string openApiPath) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{_title}} - Swagger UI</title>
        <link rel="stylesheet" href="{{_ui}}/swagger-ui.css">
        </head>
        <body>
        <div id="swagger-ui" data-openapi-url="{{WebUtility.HtmlEncode(rootPath + openApiPath)}}"></div>
        <script src="{{_ui}}/swagger-ui-bundle.js"></script>
        <script src="{{WebUtility.HtmlEncode(rootPath + InitializerPath(_docs))}}"></script>
        </body>
        </html>
        """;
}
