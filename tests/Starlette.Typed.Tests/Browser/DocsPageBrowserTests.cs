using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PuppeteerSharp;
using Starlette.Hosting.Kestrel;
using Starlette.Routing;
using Starlette.Testing.Support.Browser;
using Starlette.Testing.Support.External;
using Starlette.Types;
using TodoApi;

namespace Starlette.Typed.Tests.Browser;

/// <summary>
/// examples/TodoApi's Swagger UI page in headless Chromium, on a real Kestrel socket, mounted under <c>/api</c>, with
/// swagger-ui-dist served by the app (fetched from npm by the test into artifacts/npm, never committed) and a strict
/// Content-Security-Policy (no inline or foreign script): the operations render, and "Try it out" gets real answers.
/// </summary>
public class DocsPageBrowserTests
{
    private const string SwaggerUiVersion = "5.35.0";
    private const string Policy = "default-src 'self'; script-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'";

    [SkippableFact]
    public async Task DocsPage_InChromium_RendersOperationsAndTryItOutGetsRealAnswers()
    {
        var swaggerUi = await NpmPackage.InstallAsync("swagger-ui-dist", SwaggerUiVersion);
        var services = new ServiceCollection().AddSingleton<TodoStore>().BuildServiceProvider();
        var api = TodoEndpoints.Create(services);
        api.Options.SwaggerUiUrl = "/swagger-ui"; // the npm package, served below instead of the default CDN
        var app = new StarletteApp(routes: [new Mount("/api", api), new Mount("/swagger-ui", new StaticFiles.StaticFiles(swaggerUi))]);
        await using var server = await AsgiServer.StartAsync(WithPolicy(app.ToApp()), new AsgiServerOptions
        {
            Port = 0,
            AccessLog = false,
            LoggerFactory = NullLoggerFactory.Instance,
            Lifespan = LifespanMode.Off,
        });
        var baseUri = server.Addresses[0];
        using (var http = new HttpClient { BaseAddress = baseUri })
        {
            var seeded = await http.PostAsync("/api/todos", new StringContent("""{"title":"milk"}""", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Created, seeded.StatusCode);
        }

        await using var browser = await HeadlessChromium.LaunchAsync();
        await using var page = await browser.NewPageAsync();
        var failures = new List<string>();
        var violations = new List<string>();
        page.RequestFailed += (_, e) => failures.Add(e.Request.Url);
        page.Console += (_, e) =>
        {
            if (e.Message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add(e.Message.Text);
        };

        await page.GoToAsync(new Uri(baseUri, "/api/docs").ToString());
        await page.WaitForSelectorAsync(".opblock", new WaitForSelectorOptions { Timeout = 30_000 });
        var operations = await page.EvaluateExpressionAsync<string[]>(
            "[...document.querySelectorAll('.opblock')].map(b => b.querySelector('.opblock-summary-method').innerText + ' ' + b.querySelector('[data-path]').getAttribute('data-path'))");

        var get = await TryItOutAsync(page, "GET", "/todos/{id}", async block =>
        {
            var id = await block.QuerySelectorAsync("tr[data-param-name='id'] input");
            await id!.TypeAsync("1");
        });
        var post = await TryItOutAsync(page, "POST", "/todos", _ => Task.CompletedTask); // the body editor's example
        await page.ScreenshotAsync(HeadlessChromium.ScreenshotPath("typed-todoapi-docs.png"), new ScreenshotOptions { FullPage = true });

        Assert.Equal(
            ["GET /todos", "POST /todos", "GET /todos/{id}", "PUT /todos/{id}", "DELETE /todos/{id}", "GET /todos/stream"],
            operations);
        Assert.Contains("200", get, StringComparison.Ordinal);
        Assert.Contains("\"title\": \"milk\"", get, StringComparison.Ordinal);
        Assert.Contains("/api/todos/1", get, StringComparison.Ordinal); // the request URL: the mount prefix is the server
        Assert.Contains("201", post, StringComparison.Ordinal);
        Assert.Contains("\"id\": 2", post, StringComparison.Ordinal);
        Assert.Empty(failures);
        Assert.Empty(violations);
    }

    /// <summary>Opens an operation, clicks "Try it out", fills it in, clicks "Execute" and returns the live response's text.</summary>
    private static async Task<string> TryItOutAsync(IPage page, string method, string path, Func<IElementHandle, Task> fill)
    {
        var marker = $"{method.ToLowerInvariant()}-{path.Replace("/", "-", StringComparison.Ordinal).Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal)}";
        await page.EvaluateFunctionAsync(
            "(method, path, marker) => [...document.querySelectorAll('.opblock')].find(b => b.querySelector('.opblock-summary-method').innerText === method && b.querySelector('[data-path]').getAttribute('data-path') === path).setAttribute('data-test', marker)",
            method, path, marker);
        var selector = $"[data-test='{marker}']";
        await page.ClickAsync($"{selector} .opblock-summary-method");
        await page.WaitForSelectorAsync($"{selector} .try-out__btn", new WaitForSelectorOptions { Timeout = 10_000 });
        await page.ClickAsync($"{selector} .try-out__btn");
        var block = await page.QuerySelectorAsync(selector);
        await fill(block!);
        await page.ClickAsync($"{selector} .execute");
        await page.WaitForSelectorAsync($"{selector} .live-responses-table .response-col_status", new WaitForSelectorOptions { Timeout = 10_000 });
        return await page.EvaluateFunctionAsync<string>("marker => document.querySelector(`[data-test='${marker}'] .responses-wrapper`).innerText", marker);
    }

    /// <summary>Adds the Content-Security-Policy header to every response.</summary>
    private static AsgiApp WithPolicy(AsgiApp app) => (scope, receive, send) => app(scope, receive, message =>
    {
        if (message is HttpResponseStartMessage start) start.Headers.Add(new HttpHeader("content-security-policy", Policy));
        return send(message);
    });
}
