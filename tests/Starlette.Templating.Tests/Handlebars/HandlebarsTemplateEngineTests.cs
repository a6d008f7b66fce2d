using HandlebarsDotNet;
using Starlette.Requests;
using Starlette.Routing;
using Starlette.Types;

namespace Starlette.Templating.Tests.Handlebars;

public sealed class HandlebarsTemplateEngineTests
{
    private static readonly Dictionary<string, object?> Empty = [];

    [Fact]
    public void GetTemplate_SameName_ReturnsCachedTemplate()
    {
        using var tmp = new TempDirectory();
        tmp.Write("index.html", "Hello");
        var engine = new HandlebarsTemplateEngine(tmp.Path);

        Assert.Same(engine.GetTemplate("index.html"), engine.GetTemplate("index.html"));
    }

    [Fact]
    public void GetTemplate_FileChanged_Recompiles()
    {
        using var tmp = new TempDirectory();
        var path = tmp.Write("index.html", "one");
        var engine = new HandlebarsTemplateEngine(tmp.Path);
        Assert.Equal("one", engine.GetTemplate("index.html").Render(Empty));

        File.WriteAllText(path, "two");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));

        Assert.Equal("two", engine.GetTemplate("index.html").Render(Empty));
    }

    [Fact]
    public void GetTemplate_AutoReloadOff_KeepsCompiledTemplate()
    {
        using var tmp = new TempDirectory();
        var path = tmp.Write("index.html", "one");
        var engine = new HandlebarsTemplateEngine(tmp.Path, autoReload: false);
        Assert.Equal("one", engine.GetTemplate("index.html").Render(Empty));

        File.WriteAllText(path, "two");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));

        Assert.Equal("one", engine.GetTemplate("index.html").Render(Empty));
    }

    [Theory]
    [InlineData("page.txt", "<b>&'\"</b>")]
    [InlineData("page.html", "&lt;b&gt;&amp;&#39;&#34;&lt;/b&gt;")]
    [InlineData("page.HTM", "&lt;b&gt;&amp;&#39;&#34;&lt;/b&gt;")]
    [InlineData("page.xml", "&lt;b&gt;&amp;&#39;&#34;&lt;/b&gt;")]
    public void Render_Autoescape_DependsOnExtension(string name, string expected)
    {
        using var tmp = new TempDirectory();
        tmp.Write(name, "{{value}}");
        var engine = new HandlebarsTemplateEngine(tmp.Path);

        Assert.Equal(expected, engine.GetTemplate(name).Render(new Dictionary<string, object?> { ["value"] = "<b>&'\"</b>" }));
    }

    [Theory]
    [InlineData("index.html/")]
    [InlineData("./index.html//")]
    public void Render_NameWithTrailingSlash_EscapedByTheFileFound(string name)
    {
        using var tmp = new TempDirectory();
        tmp.Write("index.html", "{{value}}");
        var engine = new HandlebarsTemplateEngine(tmp.Path);

        Assert.Equal("&lt;b&gt;", engine.GetTemplate(name).Render(new Dictionary<string, object?> { ["value"] = "<b>" }));
    }

    [Fact]
    public void GetTemplate_ManySpellingsOfOneName_CacheStaysBounded()
    {
        using var tmp = new TempDirectory();
        tmp.Write("index.txt", "x");
        var engine = new HandlebarsTemplateEngine(tmp.Path, autoReload: false);
        var first = engine.GetTemplate("index.txt");

        for (var i = 1; i <= 400; i++) engine.GetTemplate(string.Concat(Enumerable.Repeat("./", i)) + "index.txt");

        Assert.NotSame(first, engine.GetTemplate("index.txt"));
        Assert.Same(engine.GetTemplate("index.txt"), engine.GetTemplate("index.txt"));
    }

    [Fact]
    public void Render_TripleStash_IsNotEscaped()
    {
        using var tmp = new TempDirectory();
        tmp.Write("index.html", "{{{value}}}");
        var engine = new HandlebarsTemplateEngine(tmp.Path);

        Assert.Equal("<b>=`</b>", engine.GetTemplate("index.html").Render(new Dictionary<string, object?> { ["value"] = "<b>=`</b>" }));
    }

    [Fact]
    public void GetTemplate_NameWithSubdirectory_IsFound()
    {
        using var tmp = new TempDirectory();
        tmp.Write("pages/about.html", "About");
        var engine = new HandlebarsTemplateEngine(tmp.Path);

        Assert.Equal("About", engine.GetTemplate("pages/about.html").Render(Empty));
        Assert.Equal("About", engine.GetTemplate("./pages//about.html").Render(Empty));
    }

    [Fact]
    public void GetTemplate_FirstDirectoryWins()
    {
        using var tmp = new TempDirectory();
        tmp.Write("a/index.html", "a");
        tmp.Write("b/index.html", "b");
        var engine = new HandlebarsTemplateEngine([Path.Combine(tmp.Path, "a"), Path.Combine(tmp.Path, "b")]);

        Assert.Equal("a", engine.GetTemplate("index.html").Render(Empty));
    }

    [Theory]
    [InlineData("../secret.html")]
    [InlineData("pages/../../secret.html")]
    [InlineData("")]
    public void GetTemplate_EscapingOrEmptyName_IsNotFound(string name)
    {
        using var tmp = new TempDirectory();
        tmp.Write("secret.html", "secret");
        var inner = tmp.Subdirectory("templates");
        tmp.Write("templates/pages/x.html", "x");
        var engine = new HandlebarsTemplateEngine(inner);

        var error = Assert.Throws<TemplateNotFoundException>(() => engine.GetTemplate(name));
        Assert.Equal(name, error.TemplateName);
    }

    [Fact]
    public void GetTemplate_InvalidSyntax_ThrowsTemplateExceptionNamingTemplate()
    {
        using var tmp = new TempDirectory();
        tmp.Write("broken.html", "{{#if x}}never closed");
        var engine = new HandlebarsTemplateEngine(tmp.Path);

        var error = Assert.ThrowsAny<TemplateException>(() => engine.GetTemplate("broken.html").Render(Empty));

        Assert.IsNotType<TemplateNotFoundException>(error);
        Assert.Equal("broken.html", error.TemplateName);
        Assert.Contains("'broken.html'", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public void Render_HelperThrows_WrapsInTemplateException()
    {
        using var tmp = new TempDirectory();
        tmp.Write("index.html", "{{boom}}");
        var handlebars = HandlebarsDotNet.Handlebars.Create();
        handlebars.RegisterHelper("boom", (context, arguments) => throw new InvalidOperationException("kaboom"));
        var engine = new HandlebarsTemplateEngine(tmp.Path, handlebars);

        var error = Assert.Throws<TemplateException>(() => engine.GetTemplate("index.html").Render(Empty));

        Assert.Equal("index.html", error.TemplateName);
        Assert.StartsWith("Template 'index.html' failed to render", error.Message, StringComparison.Ordinal);
        Assert.Contains("kaboom", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UrlForUnknownRoute_WrapsNoMatchFound()
    {
        using var tmp = new TempDirectory();
        tmp.Write("index.html", "{{url_for \"nope\"}}");
        var engine = new HandlebarsTemplateEngine(tmp.Path);
        var scope = new Scope(ScopeType.Http);
        scope.Items[ScopeItemKeys.Router] = new Router([]);
        var context = new Dictionary<string, object?> { ["request"] = new Request(scope) };

        var error = Assert.Throws<TemplateException>(() => engine.GetTemplate("index.html").Render(context));

        Assert.IsType<NoMatchFoundException>(Innermost(error));
    }

    [Fact]
    public void Render_UrlForWithoutRequest_ExplainsWhatIsMissing()
    {
        using var tmp = new TempDirectory();
        tmp.Write("index.html", "{{url_for \"home\"}}");
        var engine = new HandlebarsTemplateEngine(tmp.Path);

        var error = Assert.Throws<TemplateException>(() => engine.GetTemplate("index.html").Render(Empty));

        var cause = Assert.IsType<InvalidOperationException>(Innermost(error));
        Assert.Contains("'request'", cause.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ReadOnlyContext_IsAccepted()
    {
        using var tmp = new TempDirectory();
        tmp.Write("index.txt", "{{a}}-{{b.c}}");
        var engine = new HandlebarsTemplateEngine(tmp.Path);
        IReadOnlyDictionary<string, object?> context = new System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>(
            new Dictionary<string, object?> { ["a"] = 1, ["b"] = new Dictionary<string, object?> { ["c"] = 2.5 } });

        Assert.Equal("1-2.5", engine.GetTemplate("index.txt").Render(context));
    }

    [Fact]
    public void Constructor_EmptyDirectory_Throws()
    {
        Assert.Throws<ArgumentException>(() => new HandlebarsTemplateEngine([""]));
        Assert.Throws<ArgumentNullException>(() => new HandlebarsTemplateEngine((string)null!));
    }

    [Fact]
    public void Render_StringBuilderAndCharValues_AreEscapedInHtml()
    {
        using var tmp = new TempDirectory();
        tmp.Write("page.html", "{{text}}|{{letter}}|{{angle}}");
        var engine = new HandlebarsTemplateEngine(tmp.Path);
        var context = new Dictionary<string, object?> { ["text"] = new System.Text.StringBuilder("<i>&").Append(" \"x\""), ["letter"] = 'x', ["angle"] = '<' };

        Assert.Equal("&lt;i&gt;&amp; &#34;x&#34;|x|&lt;", engine.GetTemplate("page.html").Render(context));
    }

    [Fact]
    public void Directories_AreTheSearchOrder()
    {
        using var tmp = new TempDirectory();
        string[] directories = [tmp.Subdirectory("a"), tmp.Subdirectory("b")];

        Assert.Equal(directories, new HandlebarsTemplateEngine(directories).Directories);
    }

    [Fact]
    public void ToString_NamesTheTemplateAsJinja2()
    {
        using var tmp = new TempDirectory();
        tmp.Write("index.html", "x");

        Assert.Equal("<Template 'index.html'>", new HandlebarsTemplateEngine(tmp.Path).GetTemplate("index.html").ToString());
    }

    [Fact]
    public void GetTemplate_FileLockedByAnotherHandle_ThrowsTemplateExceptionNamingThePath()
    {
        using var tmp = new TempDirectory();
        var path = tmp.Write("locked.html", "x");
        var engine = new HandlebarsTemplateEngine(tmp.Path);
        using var exclusive = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var error = Assert.Throws<TemplateException>(() => engine.GetTemplate("locked.html"));

        Assert.Equal("locked.html", error.TemplateName);
        Assert.StartsWith($"Template 'locked.html' could not be read from '{path}': ", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<IOException>(error.InnerException);
    }

    [Theory]
    [InlineData("{{url_for}}")]
    [InlineData("{{url_for id=1}}")]
    public void Render_UrlForWithoutRouteName_ExplainsTheSyntax(string template)
    {
        using var tmp = new TempDirectory();
        tmp.Write("index.html", template);
        var engine = new HandlebarsTemplateEngine(tmp.Path);

        var error = Assert.Throws<TemplateException>(() => engine.GetTemplate("index.html").Render(Empty));

        Assert.Equal("url_for needs a route name: {{url_for \"name\" param=value}}.", Innermost(error).Message);
    }

    public static TheoryData<string> ContextKinds => new() { "expando", "hashtable" };

    [Theory]
    [MemberData(nameof(ContextKinds))]
    public async Task UrlFor_CustomEnvironmentTemplateWithAnyDictionaryContext_FindsTheRequest(string kind)
    {
        using var tmp = new TempDirectory();
        var handlebars = HandlebarsDotNet.Handlebars.Create();
        _ = new HandlebarsTemplateEngine(tmp.Path, handlebars); // registers url_for in the application's own environment
        var render = handlebars.Compile("{{url_for \"home\"}}");
        object Context(Request request)
        {
            if (kind == "hashtable") return new System.Collections.Hashtable { ["request"] = request };
            IDictionary<string, object?> expando = new System.Dynamic.ExpandoObject();
            expando["request"] = request;
            return expando;
        }

        var app = new Router([new Route("/", request => new Starlette.Responses.PlainTextResponse(render(Context(request), null)), name: "home")]);
        using var client = new Starlette.Testing.TestClient(app);

        Assert.Equal("http://testserver/", await client.GetStringAsync("/"));
    }

    private static Exception Innermost(Exception error)
    {
        while (error.InnerException is not null) error = error.InnerException;
        return error;
    }
}
