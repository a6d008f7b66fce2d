using Starlette.Requests;
using Starlette.Types;
using Starlette.Testing.Support.Asgi;

namespace Starlette.Templating.Tests.Responses;

public sealed class TemplateResponseTests
{
    private sealed class FixedTemplate(string text) : ITemplate
    {
        public string Name => "fixed.html";

        public string Render(IReadOnlyDictionary<string, object?> context) => text;
    }

    private static Task<List<AsgiMessage>> SendAsync(TemplateResponse response, Scope scope) =>
        Recorder.CallAsync(response.ExecuteAsync, scope, () => ValueTask.FromResult<AsgiMessage>(HttpDisconnectMessage.Instance));

    [Fact]
    public async Task ExecuteAsync_ScopeWithDebugExtension_SendsTemplateAndContextFirst()
    {
        var scope = new Scope(ScopeType.Http) { Extensions = new Dictionary<string, object?> { [ExtensionNames.Debug] = null } };
        var context = new Dictionary<string, object?> { ["request"] = new Request(scope) };
        var response = new TemplateResponse(new FixedTemplate("hi"), context);

        var sent = await SendAsync(response, scope);

        var debug = Assert.IsType<HttpResponseDebugMessage>(sent[0]);
        Assert.Same(response.Template, debug.Info["template"]);
        Assert.Same(context, debug.Info["context"]);
        Assert.IsType<HttpResponseStartMessage>(sent[1]);
    }

    [Fact]
    public async Task ExecuteAsync_ScopeWithoutDebugExtension_SendsNoDebugMessage()
    {
        var scope = new Scope(ScopeType.Http);
        var response = new TemplateResponse(new FixedTemplate("hi"), new Dictionary<string, object?> { ["request"] = new Request(scope) });

        var sent = await SendAsync(response, scope);

        Assert.DoesNotContain(sent, m => m is HttpResponseDebugMessage);
        Assert.Equal(2, sent.Count);
    }

    [Fact]
    public async Task ExecuteAsync_NoRequestInContext_SendsNoDebugMessage()
    {
        var scope = new Scope(ScopeType.Http) { Extensions = new Dictionary<string, object?> { [ExtensionNames.Debug] = null } };
        var response = new TemplateResponse(new FixedTemplate("hi"), new Dictionary<string, object?>());

        var sent = await SendAsync(response, scope);

        Assert.DoesNotContain(sent, m => m is HttpResponseDebugMessage);
    }

    [Fact]
    public void Constructor_RendersOnceWithHtmlDefaults()
    {
        var response = new TemplateResponse(new FixedTemplate("<p>hi</p>"), new Dictionary<string, object?>());

        Assert.Equal("<p>hi</p>"u8.ToArray(), response.Body.ToArray());
        Assert.Equal("text/html", response.MediaType);
        Assert.Equal(200, response.StatusCode);
    }
}
