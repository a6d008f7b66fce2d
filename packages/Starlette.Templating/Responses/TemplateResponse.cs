using Starlette.Requests;
using Starlette.Responses;
using Starlette.Types;

namespace Starlette.Templating;

/// <summary>
/// An HTML response rendered from a template (upstream's <c>_TemplateResponse</c>). The template renders when the
/// response is created. When the request's scope advertises <see cref="ExtensionNames.Debug"/> (the test client does),
/// sending it first sends <see cref="HttpResponseDebugMessage"/> with the <c>template</c> and the <c>context</c>.
/// </summary>
public class TemplateResponse : HtmlResponse
{
    /// <summary>Renders <paramref name="template"/> with <paramref name="context"/>.</summary>
    /// <param name="template">The template.</param>
    /// <param name="context">The variables; <c>context["request"]</c> is the request the debug info is offered to.</param>
    /// <param name="statusCode">The status code; default 200.</param>
    /// <param name="headers">Headers to send.</param>
    /// <param name="mediaType">The media type; default <c>text/html</c>.</param>
    /// <param name="background">Work to run after the response is sent.</param>
    /// <exception cref="TemplateException">The template failed to render.</exception>
    public TemplateResponse(ITemplate template, IReadOnlyDictionary<string, object?> context, int statusCode = Status.Http200OK, HeaderFields? headers = null, string? mediaType = null, BackgroundTask? background = null)
        : base(Render(template, context), statusCode, headers, mediaType, background)
    {
        Template = template;
        Context = context;
    }

    /// <summary>The template that was rendered (upstream's <c>response.template</c>).</summary>
    public ITemplate Template { get; }

    /// <summary>The variables it was rendered with (upstream's <c>response.context</c>).</summary>
    public IReadOnlyDictionary<string, object?> Context { get; }

    /// <inheritdoc />
    public override async ValueTask ExecuteAsync(Scope scope, Receive receive, Send send)
    {
        ArgumentNullException.ThrowIfNull(send);
        if (Context.TryGetValue("request", out var value) && value is HttpConnection request && request.Scope.HasExtension(ExtensionNames.Debug))
        {
            var info = new Dictionary<string, object?>(2, StringComparer.Ordinal) { ["template"] = Template, ["context"] = Context };
            await send(new HttpResponseDebugMessage(info)).ConfigureAwait(false);
        }

        await base.ExecuteAsync(scope, receive, send).ConfigureAwait(false);
    }

    private static string Render(ITemplate template, IReadOnlyDictionary<string, object?> context)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(context);
        return template.Render(context);
    }
}
