using System.Net;
using System.Text;

namespace Starlette;

/// <summary>Renders the debug pages <see cref="ServerErrorMiddleware"/> answers with.</summary>
internal static class TracebackPage
{
    private const string Styles =
        "body{font-family:system-ui,sans-serif;margin:2em;color:#222}" +
        ".frame{margin:.4em 0;padding:.4em .8em;background:#f4f4f4;border-left:3px solid #c33}" +
        ".frame-method{font-weight:bold}.frame-file{color:#555}pre{white-space:pre-wrap}";

    /// <summary>The HTML page: the exception's type and message, then its stack frames, innermost last.</summary>
    public static string Html(Exception error)
    {
        var builder = new StringBuilder(2048);
        builder.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Starlette Debugger</title><style>")
            .Append(Styles).Append("</style></head><body><h1>500 Server Error</h1>");
        for (Exception? current = error; current is not null; current = current.InnerException)
        {
            if (!ReferenceEquals(current, error)) builder.Append("<h3>Caused by</h3>");
            builder.Append("<h2>").Append(WebUtility.HtmlEncode(current.GetType().FullName))
                .Append(": ").Append(WebUtility.HtmlEncode(current.Message)).Append("</h2><div class=\"traceback\">");
            foreach (var frame in Frames(current))
            {
                var (method, location) = SplitFrame(frame);
                builder.Append("<div class=\"frame\"><span class=\"frame-method\">").Append(WebUtility.HtmlEncode(method))
                    .Append("</span>");
                if (location is not null)
                    builder.Append("<br><span class=\"frame-file\">").Append(WebUtility.HtmlEncode(location)).Append("</span>");
                builder.Append("</div>");
            }

            builder.Append("</div>");
        }

        return builder.Append("</body></html>").ToString();
    }

    /// <summary>The plain-text traceback: the exception's full description with its stack trace.</summary>
    public static string Text(Exception error) => error.ToString();

    private static IEnumerable<string> Frames(Exception error) =>
        (error.StackTrace ?? string.Empty)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.StartsWith("at ", StringComparison.Ordinal) ? line[3..] : line);

    private static (string Method, string? Location) SplitFrame(string frame)
    {
        var index = frame.LastIndexOf(" in ", StringComparison.Ordinal);
        return index < 0 ? (frame, null) : (frame[..index], frame[(index + 4)..]);
    }
}
