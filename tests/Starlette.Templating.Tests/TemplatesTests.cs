using HandlebarsDotNet;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;

namespace Starlette.Templating.Tests;

/// <summary>Upstream's tests/test_templates.py, through the TestClient.</summary>
public sealed class TemplatesTests
{
    private const string HomepageLink = "<html>Hello, <a href='{{url_for \"homepage\"}}'>world</a></html>";

    private static ITemplate DebugTemplate(HttpResponseMessage response) => (ITemplate)response.GetDebugInfo()!["template"]!;

    private static IEnumerable<string> DebugContextKeys(HttpResponseMessage response) =>
        ((IReadOnlyDictionary<string, object?>)response.GetDebugInfo()!["context"]!).Keys.Order(StringComparer.Ordinal);

    [Fact]
    public async Task TemplateResponse_UrlFor_RendersAbsoluteUrlAndSendsDebugInfo() // upstream test_templates
    {
        using var tmp = new TempDirectory();
        tmp.Write("index.html", HomepageLink);
        var templates = new Templates(tmp.Path);
        var app = new StarletteApp(debug: true, routes: [new Route("/", request => templates.TemplateResponse(request, "index.html"), name: "homepage")]);

        using var client = new TestClient(app);
        var response = await client.GetAsync("/");

        Assert.Equal("<html>Hello, <a href='http://testserver/'>world</a></html>", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("index.html", DebugTemplate(response).Name);
        Assert.Equal(["request"], DebugContextKeys(response));
    }

    [Fact]
    public void GetTemplate_HtmlTemplate_EscapesLikeJinja2Autoescape() // upstream test_templates_autoescape
    {
        using var tmp = new TempDirectory();
        tmp.Write("index.html", "Hello, {{name}}");
        var templates = new Templates(tmp.Path);

        var rendered = templates.GetTemplate("index.html").Render(new Dictionary<string, object?> { ["name"] = "<script>alert('XSS')</script>" });

        Assert.Equal("Hello, &lt;script&gt;alert(&#39;XSS&#39;)&lt;/script&gt;", rendered);
    }

    [Fact]
    public async Task TemplateResponse_ContextProcessors_MergeIntoContext() // upstream test_calls_context_processors
    {
        using var tmp = new TempDirectory();
        tmp.Write("index.html", "<html>Hello {{username}}</html>");
        var templates = new Templates(tmp.Path, [_ => new Dictionary<string, object?> { ["username"] = "World" }]);
        var app = new StarletteApp(debug: true, routes: [new Route("/", request => templates.TemplateResponse(request, "index.html"))]);

        using var client = new TestClient(app);
        var response = await client.GetAsync("/");

        Assert.Equal("<html>Hello World</html>", await response.Content.ReadAsStringAsync());
        Assert.Equal("index.html", DebugTemplate(response).Name);
        Assert.Equal(["request", "username"], DebugContextKeys(response));
    }

    [Fact]
    public async Task TemplateResponse_BehindBaseHttpMiddleware_KeepsDebugInfo() // upstream test_template_with_middleware
    {
        using var tmp = new TempDirectory();
        tmp.Write("index.html", HomepageLink);
        var templates = new Templates(tmp.Path);
        var app = new StarletteApp(
            debug: true,
            routes: [new Route("/", request => templates.TemplateResponse(request, "index.html"), name: "homepage")],
            middleware: [BaseHttpMiddleware.Create((request, callNext) => callNext(request))]);

        using var client = new TestClient(app);
        var response = await client.GetAsync("/");

        Assert.Equal("<html>Hello, <a href='http://testserver/'>world</a></html>", await response.Content.ReadAsStringAsync());
        Assert.Equal("index.html", DebugTemplate(response).Name);
        Assert.Equal(["request"], DebugContextKeys(response));
    }

    [Fact]
    public async Task TemplateResponse_SeveralDirectories_FindsEachTemplate() // upstream test_templates_with_directories
    {
        using var tmp = new TempDirectory();
        var dirA = tmp.Subdirectory("a");
        tmp.Write("a/template_a.html", "<html><a href='{{url_for \"page_a\"}}'></a> a</html>");
        var dirB = tmp.Subdirectory("b");
        tmp.Write("b/template_b.html", "<html><a href='{{url_for \"page_b\"}}'></a> b</html>");
        var templates = new Templates([dirA, dirB]);
        var app = new StarletteApp(debug: true, routes:
        [
            new Route("/a", request => templates.TemplateResponse(request, "template_a.html"), name: "page_a"),
            new Route("/b", request => templates.TemplateResponse(request, "template_b.html"), name: "page_b"),
        ]);

        using var client = new TestClient(app);
        var response = await client.GetAsync("/a");
        Assert.Equal("<html><a href='http://testserver/a'></a> a</html>", await response.Content.ReadAsStringAsync());
        Assert.Equal("template_a.html", DebugTemplate(response).Name);
        Assert.Equal(["request"], DebugContextKeys(response));

        response = await client.GetAsync("/b");
        Assert.Equal("<html><a href='http://testserver/b'></a> b</html>", await response.Content.ReadAsStringAsync());
        Assert.Equal("template_b.html", DebugTemplate(response).Name);
        Assert.Equal(["request"], DebugContextKeys(response));
    }

    [Fact]
    public void Constructor_NoDirectory_ThrowsWithUpstreamMessage() // upstream test_templates_require_directory_or_environment
    {
        var error = Assert.Throws<ArgumentException>(() => new Templates(Array.Empty<string>()));
        Assert.StartsWith("either 'directory' or 'engine' arguments must be passed", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Templates(""));
        Assert.Throws<ArgumentNullException>(() => new Templates((string)null!));
        Assert.Throws<ArgumentNullException>(() => new Templates((ITemplateEngine)null!));
    }

    [Fact]
    public void GetTemplate_FromDirectory_Renders() // upstream test_templates_with_directory
    {
        using var tmp = new TempDirectory();
        tmp.Write("index.html", "Hello");
        var templates = new Templates(tmp.Path);

        Assert.Equal("Hello", templates.GetTemplate("index.html").Render(new Dictionary<string, object?>()));
    }

    [Fact]
    public async Task TemplateResponse_CustomHandlebarsEngine_GetsUrlForAndKeepsItsHelpers() // upstream test_templates_with_environment
    {
        using var tmp = new TempDirectory();
        tmp.Write("index.html", HomepageLink + "{{shout \"x\"}}");
        var handlebars = HandlebarsDotNet.Handlebars.Create();
        handlebars.RegisterHelper("shout", (context, arguments) => arguments[0]!.ToString()!.ToUpperInvariant());
        var templates = new Templates(new HandlebarsTemplateEngine(tmp.Path, handlebars));
        var app = new StarletteApp(debug: true, routes: [new Route("/", request => templates.TemplateResponse(request, "index.html"), name: "homepage")]);

        using var client = new TestClient(app);
        var response = await client.GetAsync("/");

        Assert.Equal("<html>Hello, <a href='http://testserver/'>world</a></html>X", await response.Content.ReadAsStringAsync());
        Assert.Equal("index.html", DebugTemplate(response).Name);
        Assert.Equal(["request"], DebugContextKeys(response));
    }

    [Fact]
    public async Task TemplateResponse_CustomUrlForHelper_IsKept()
    {
        using var tmp = new TempDirectory();
        tmp.Write("index.html", "{{url_for \"homepage\"}}");
        var handlebars = HandlebarsDotNet.Handlebars.Create();
        handlebars.RegisterHelper("url_for", (context, arguments) => "mine");
        var templates = new Templates(new HandlebarsTemplateEngine(tmp.Path, handlebars));
        var app = new StarletteApp(routes: [new Route("/", request => templates.TemplateResponse(request, "index.html"), name: "homepage")]);

        using var client = new TestClient(app);

        Assert.Equal("mine", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task TemplateResponse_UrlForWithPathParams_FillsThemIn()
    {
        using var tmp = new TempDirectory();
        tmp.Write("user.html", "{{url_for \"user\" username=name}}");
        var templates = new Templates(tmp.Path);
        var app = new StarletteApp(routes:
        [
            new Route("/users/{username}", request => templates.TemplateResponse(request, "user.html", new Dictionary<string, object?> { ["name"] = "tom" }), name: "user"),
        ]);

        using var client = new TestClient(app);

        Assert.Equal("http://testserver/users/tom", await client.GetStringAsync("/users/anyone"));
    }

    [Fact]
    public async Task TemplateResponse_StatusHeadersMediaTypeAndBackground_AreApplied()
    {
        using var tmp = new TempDirectory();
        tmp.Write("feed.xml", "<feed>{{title}}</feed>");
        var templates = new Templates(tmp.Path);
        var ran = false;
        var app = new StarletteApp(routes:
        [
            new Route("/", request => templates.TemplateResponse(
                request,
                "feed.xml",
                new Dictionary<string, object?> { ["title"] = "a&b" },
                statusCode: 201,
                headers: new Dictionary<string, string> { ["x-custom"] = "1" },
                mediaType: "application/atom+xml",
                background: new BackgroundTask(() => ran = true))),
        ]);

        using var client = new TestClient(app);
        var response = await client.GetAsync("/");

        Assert.Equal(201, (int)response.StatusCode);
        Assert.Equal("<feed>a&amp;b</feed>", await response.Content.ReadAsStringAsync());
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("1", response.Headers.GetValues("x-custom").Single());
        Assert.True(ran);
    }

    [Fact]
    public async Task TemplateResponse_GivenContext_IsCopiedAndRequestNotOverridden()
    {
        using var tmp = new TempDirectory();
        tmp.Write("index.html", "{{request}}|{{who}}");
        var given = new Dictionary<string, object?> { ["request"] = "mine", ["who"] = "me" };
        var templates = new Templates(tmp.Path, [_ => new Dictionary<string, object?> { ["who"] = "processor" }]);
        var app = new StarletteApp(routes: [new Route("/", request => templates.TemplateResponse(request, "index.html", given))]);

        using var client = new TestClient(app);

        Assert.Equal("mine|processor", await client.GetStringAsync("/"));
        Assert.Equal("me", given["who"]);
    }

    [Fact]
    public void TemplateResponse_MissingTemplate_ThrowsNotFoundNamingDirectories()
    {
        using var tmp = new TempDirectory();
        var templates = new Templates(tmp.Path);
        var request = new Request(new Types.Scope(Types.ScopeType.Http));

        var error = Assert.Throws<TemplateNotFoundException>(() => templates.TemplateResponse(request, "missing.html"));

        Assert.Equal("missing.html", error.TemplateName);
        Assert.Equal([tmp.Path], error.SearchedDirectories);
        Assert.Contains("'missing.html'", error.Message, StringComparison.Ordinal);
        Assert.Contains(tmp.Path, error.Message, StringComparison.Ordinal);
    }
}
