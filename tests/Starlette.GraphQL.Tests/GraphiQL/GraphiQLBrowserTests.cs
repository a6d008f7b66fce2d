using PuppeteerSharp;
using Starlette.Routing;
using Starlette.Testing.Support.Browser;
using Starlette.Testing.Support.External;

namespace Starlette.GraphQL.Tests.GraphiQL;

/// <summary>GraphiQL in headless Chromium against Kestrel, its assets served locally from the npm packages (fetched
/// by the test into artifacts/npm, never committed): the page loads, a typed query returns data.</summary>
public class GraphiQLBrowserTests
{
    [SkippableFact]
    public async Task GraphiQL_InChromium_TypedQueryReturnsData()
    {
        var graphiql = await NpmPackage.InstallAsync("graphiql", GraphiQLAssets.GraphiQLVersion, $"react@{GraphiQLAssets.ReactVersion}", $"react-dom@{GraphiQLAssets.ReactVersion}");
        var nodeModules = Path.GetDirectoryName(graphiql)!;
        var app = new GraphQLApp(new TestSchema(), new GraphQLOptions { GraphiQLAssets = GraphiQLAssets.FromBaseUrl("/npm") });
        await using var server = await Kestrel.KestrelServer.StartAsync(app, new Mount("/npm", new StaticFiles.StaticFiles(nodeModules)));
        await using var browser = await HeadlessChromium.LaunchAsync();
        await using var page = await browser.NewPageAsync();
        var failures = new List<string>();
        page.RequestFailed += (_, e) => failures.Add(e.Request.Url);

        await page.GoToAsync(new Uri(server.Addresses[0], "/graphql/").ToString());
        await page.WaitForSelectorAsync(".graphiql-query-editor .CodeMirror", new WaitForSelectorOptions { Timeout = 30_000 });
        await page.ClickAsync(".graphiql-query-editor .CodeMirror");
        await page.Keyboard.DownAsync("Control");
        await page.Keyboard.PressAsync("a");
        await page.Keyboard.UpAsync("Control");
        await page.Keyboard.PressAsync("Backspace");
        await page.Keyboard.TypeAsync("{ hello(name: \"Chromium\") }");
        await page.ClickAsync(".graphiql-execute-button");
        await page.WaitForFunctionAsync(
            "() => (document.querySelector('.graphiql-response')?.innerText ?? '').includes('Hello Chromium')",
            new WaitForFunctionOptions { Timeout = 30_000 });
        await page.ScreenshotAsync(HeadlessChromium.ScreenshotPath("graphiql-query.png"));

        Assert.Empty(failures);
        Assert.Contains("\"hello\": \"Hello Chromium\"", await page.EvaluateExpressionAsync<string>("document.querySelector('.graphiql-response').innerText"), StringComparison.Ordinal);
    }
}
