using System.Text;

namespace Starlette.Common.Diagnostics;

/// <summary>
/// An exception as readable multi-line text: its chain causes first (<see cref="ExceptionChain"/>), each exception's
/// type and message, then its frames with readable names and source positions (<see cref="TraceFrames"/>).
/// </summary>
internal static class ExceptionText
{
    /// <summary>The text of <paramref name="error"/> and its causes, lines separated by <c>\n</c>.</summary>
    public static string Of(Exception error)
    {
        var builder = new StringBuilder(1024);
        var links = ExceptionChain.Of(error);
        for (var i = 0; i < links.Count; i++)
        {
            if (ExceptionChain.SentenceBefore(links, i) is { } sentence) builder.Append('\n').Append(sentence).Append("\n\n");
            var link = links[i];
            if (link.Label is not null) builder.Append('[').Append(link.Label).Append("] ");
            builder.Append(ExceptionChain.Headline(link.Error)).Append('\n');
            foreach (var frame in TraceFrames.Of(link.Error)) builder.Append("   at ").Append(frame.ToString()).Append('\n');
        }

        return builder.ToString(0, builder.Length - 1);
    }
}
