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

    private static Exception Innermost(Exception error)
    {
        while (error.InnerException is not null) error = error.InnerException;
        return error;
    }
}
