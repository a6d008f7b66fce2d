using System.Text;
using HandlebarsDotNet;

namespace Starlette.Templating.Internal;

/// <summary>
/// HTML escaping as Jinja2's autoescape (MarkupSafe) does it: <c>&amp; &lt; &gt; ' "</c> become
/// <c>&amp;amp; &amp;lt; &amp;gt; &amp;#39; &amp;#34;</c>; everything else is written as is.
/// </summary>
internal sealed class MarkupSafeEncoder : ITextEncoder
{
    public static readonly MarkupSafeEncoder Instance = new();

    public void Encode(StringBuilder? text, TextWriter target)
    {
        if (text is null) return;
        foreach (var chunk in text.GetChunks()) Write(chunk.Span, target);
    }

    public void Encode(string? text, TextWriter target)
    {
        if (text is not null) Write(text, target);
    }

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        if (text is null) return;
        while (text.MoveNext()) Write(text.Current, target);
    }

    private static void Write(ReadOnlySpan<char> text, TextWriter target)
    {
        while (!text.IsEmpty)
        {
            var index = text.IndexOfAny("&<>'\"");
            if (index < 0)
            {
                target.Write(text);
                return;
            }

            target.Write(text[..index]);
            Write(text[index], target);
            text = text[(index + 1)..];
        }
    }

    private static void Write(char c, TextWriter target)
    {
        switch (c)
        {
            case '&': target.Write("&amp;"); break;
            case '<': target.Write("&lt;"); break;
            case '>': target.Write("&gt;"); break;
            case '\'': target.Write("&#39;"); break;
            case '"': target.Write("&#34;"); break;
            default: target.Write(c); break;
        }
    }
}
