using System.Net;
using System.Text;
using Starlette.Common.Diagnostics;
using Starlette.Requests;

namespace Starlette;

/// <summary>
/// The HTML page <see cref="ServerErrorMiddleware"/> answers a browser with in debug mode: the exception raised,
/// its traceback with its causes before it (each one's frames innermost first, the first frame with source
/// open and the others folded), then the request.
/// </summary>
internal static class DebugPage
{
    public static string Html(Exception error, Request request)
    {
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Starlette Debugger</title><style>")
            .Append(DebugPageStyles.Css).Append("</style></head><body><h1>500 Server Error</h1><h2 class=\"error\">")
            .Append(WebUtility.HtmlEncode(ExceptionChain.Headline(error))).Append("</h2>")
            .Append("<div class=\"traceback-container\"><p class=\"traceback-title\">Traceback</p>");

        var links = ExceptionChain.Of(error);
        for (var i = 0; i < links.Count; i++)
        {
            if (ExceptionChain.SentenceBefore(links, i) is { } sentence)
                html.Append("<p class=\"cause\">").Append(WebUtility.HtmlEncode(sentence)).Append("</p>");
            AppendException(html, links[i]);
        }

        html.Append("</div>");
        RequestHtml.Append(html, request);
        return html.Append("</body></html>").ToString();
    }

    // One exception of the chain, its first frame with source open.
    private static void AppendException(StringBuilder html, ExceptionChain.Link link)
    {
        html.Append("<section class=\"exception\"><h3 class=\"exception-title\">");
        if (link.Label is not null) html.Append("<span class=\"chain-label\">").Append(WebUtility.HtmlEncode(link.Label)).Append("</span>");
        html.Append(WebUtility.HtmlEncode(ExceptionChain.Headline(link.Error))).Append("</h3>");
        var opened = false;
        foreach (var frame in TraceFrames.Of(link.Error))
            opened |= FrameHtml.Append(html, frame, open: !opened);
        html.Append("</section>");
    }
}
