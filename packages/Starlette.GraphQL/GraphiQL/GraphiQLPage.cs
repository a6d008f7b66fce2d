using System.Net;
using System.Text.Json;

namespace Starlette.GraphQL.GraphiQL;

/// <summary>The GraphiQL page: GraphiQL's UMD build on React 18, posting to the path it was served from.</summary>
internal sealed class GraphiQLPage
{
    private const string PathMarker = "__STARLETTE_GRAPHQL_PATH__";
    private readonly string _template;

    public GraphiQLPage(GraphiQLAssets assets)
    {
        _template = $$"""
            <!DOCTYPE html>
            <html lang="en">
              <head>
                <meta charset="utf-8">
                <title>GraphiQL</title>
                <style>body { margin: 0; height: 100vh; overflow: hidden; } #graphiql { height: 100vh; }</style>
                <link rel="stylesheet" href="{{Attribute(assets.Stylesheet)}}">
                <script crossorigin src="{{Attribute(assets.React)}}"></script>
                <script crossorigin src="{{Attribute(assets.ReactDom)}}"></script>
                <script crossorigin src="{{Attribute(assets.GraphiQL)}}"></script>
              </head>
              <body>
                <div id="graphiql">Loading GraphiQL…</div>
                <script>
                  const endpoint = {{PathMarker}};
                  async function fetcher(params) {
                    const response = await fetch(endpoint, {
                      method: "POST",
                      headers: {
                        "accept": "application/graphql-response+json, application/json",
                        "content-type": "application/json",
                      },
                      body: JSON.stringify(params),
                      credentials: "same-origin",
                    });
                    const text = await response.text();
                    try { return JSON.parse(text); } catch { return { errors: [{ message: text }] }; }
                  }
                  ReactDOM.createRoot(document.getElementById("graphiql"))
                    .render(React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true }));
                </script>
              </body>
            </html>
            """;
    }

    /// <summary>The page for an endpoint at <paramref name="path"/> (a JSON string literal: no markup can break out).</summary>
    public string Render(string path) => _template.Replace(PathMarker, "\"" + JsonEncodedText.Encode(path).ToString() + "\"", StringComparison.Ordinal);

    private static string Attribute(string url) => WebUtility.HtmlEncode(url);
}
