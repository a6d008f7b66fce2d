namespace Starlette.Templating.Tests.Engine;

public sealed class TemplateExceptionTests
{
    [Fact]
    public void TemplateException_Constructors_KeepMessageAndCause()
    {
        var cause = new InvalidOperationException("engine");

        var withCause = new TemplateException("render failed", cause);

        Assert.Equal("render failed", withCause.Message);
        Assert.Same(cause, withCause.InnerException);
        Assert.Null(withCause.TemplateName);
        Assert.Equal("render failed", new TemplateException("render failed").Message);
        Assert.Equal("A template failed.", new TemplateException().Message);
    }

    [Fact]
    public void TemplateNotFoundException_Constructors_SearchedNothing()
    {
        var cause = new FileNotFoundException("gone");

        var withCause = new TemplateNotFoundException("missing", cause);

        Assert.Equal("missing", withCause.Message);
        Assert.Same(cause, withCause.InnerException);
        Assert.Empty(withCause.SearchedDirectories);
        Assert.Empty(new TemplateNotFoundException("missing").SearchedDirectories);
        Assert.Equal("Template '' not found; searched: (no directories).", new TemplateNotFoundException().Message);
        Assert.IsAssignableFrom<TemplateException>(new TemplateNotFoundException());
    }
}
