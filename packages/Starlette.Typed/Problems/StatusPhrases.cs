using System.Net;
using System.Text;

namespace Starlette.Typed;

/// <summary>The reason phrase of a status code, such as <c>Unprocessable Content</c>, for problem titles.</summary>
internal static class StatusPhrases
{
    public static string Of(int status) => status switch
    {
        422 => "Unprocessable Content",
        413 => "Content Too Large",
        _ => Enum.IsDefined((HttpStatusCode)status) ? Spaced(((HttpStatusCode)status).ToString()) : "Error",
    };

    private static string Spaced(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0) text.Append(' ');
            text.Append(c);
        }

        return text.ToString();
    }
}
