using System.Net;
using System.Text;
using Starlette.Common.Diagnostics;

namespace Starlette;

/// <summary>
/// One stack frame of the debug page: its title (file, line, method, as upstream's) and, when the source file is
/// there, the lines around it with the failing line marked, in a <c>&lt;details&gt;</c> that folds; a frame
/// without source is its title alone.
/// </summary>
internal static class FrameHtml
{
    /// <summary>Appends <paramref name="frame"/>; returns whether it had source lines to show.</summary>
    public static bool Append(StringBuilder html, TraceFrame frame, bool open)
    {
        var lines = frame.HasSource ? SourceLines.Around(frame.File!, frame.Line) : [];
        if (lines.Count == 0)
        {
            html.Append("<div class=\"frame\"><p class=\"frame-title\">");
            AppendTitle(html, frame);
            html.Append("</p></div>");
            return false;
        }

        html.Append(open ? "<details class=\"frame\" open><summary class=\"frame-title\">" : "<details class=\"frame\"><summary class=\"frame-title\">");
        AppendTitle(html, frame);
        html.Append("</summary><div class=\"source-code\">");
        foreach (var line in lines)
        {
            html.Append(line.Number == frame.Line ? "<span class=\"frame-line center-line\">" : "<span class=\"frame-line\">")
                .Append("<span class=\"lineno\">").Append(line.Number).Append(".</span>")
                .Append(WebUtility.HtmlEncode(line.Text)).Append("</span>");
        }

        html.Append("</div></details>");
        return true;
    }

    private static void AppendTitle(StringBuilder html, TraceFrame frame)
    {
        if (frame.HasSource)
        {
            html.Append("File <span class=\"frame-filename\">").Append(WebUtility.HtmlEncode(frame.File))
                .Append("</span>, line <i>").Append(frame.Line).Append("</i>, ");
        }

        html.Append("in <b>").Append(WebUtility.HtmlEncode(frame.Method)).Append("</b>");
    }
}
