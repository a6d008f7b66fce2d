using System.Text;
using Starlette.Common;

namespace Starlette.Datastructures;

/// <summary>
/// The lenient <c>Cookie</c> header parser upstream's requests use (<c>cookie_parser</c>, adapted from Django):
/// it reads what browsers actually send rather than what RFC 6265 allows.
/// </summary>
public static class CookieParser
{
    /// <summary>
    /// Parses a <c>Cookie</c> header into names and values. Every <c>;</c> separates (even inside quotes); a chunk
    /// without <c>=</c> is a value with the empty name; names and values are stripped of whitespace; a chunk whose
    /// name and value are both empty is skipped; a double-quoted value is unquoted as Python's
    /// <c>http.cookies._unquote</c> does (<c>\"</c> and <c>\ooo</c> octal escapes); a later cookie of the same name wins.
    /// </summary>
    /// <param name="cookieHeader">The header value, such as <c>a=1; b="two"</c>.</param>
    /// <returns>The cookies, by name.</returns>
    public static Dictionary<string, string> Parse(string cookieHeader)
    {
        ArgumentNullException.ThrowIfNull(cookieHeader);
        var cookies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var range in cookieHeader.AsSpan().Split(';'))
        {
            var chunk = cookieHeader.AsSpan(range);
            var equals = chunk.IndexOf('=');
            var name = PythonText.Strip(equals < 0 ? default : chunk[..equals]);
            var value = PythonText.Strip(equals < 0 ? chunk : chunk[(equals + 1)..]);
            if (name.IsEmpty && value.IsEmpty) continue;
            cookies[name.ToString()] = Unquote(value);
        }

        return cookies;
    }

    /// <summary>Python's <c>http.cookies._unquote</c>: a value in double quotes loses them and has its escapes decoded.</summary>
    private static string Unquote(ReadOnlySpan<char> value)
    {
        if (value.Length < 2 || value[0] != '"' || value[^1] != '"') return value.ToString();
        var inner = value[1..^1];
        if (inner.IndexOf('\\') < 0) return inner.ToString();

        var builder = new StringBuilder(inner.Length);
        var i = 0;
        while (i < inner.Length)
        {
            var slash = inner[i..].IndexOf('\\');
            if (slash < 0) break;
            var at = i + slash;
            if (IsOctalEscape(inner, at))
            {
                // \ooo with a first digit 0-3: one character of that code.
                builder.Append(inner[i..at]).Append((char)(((inner[at + 1] - '0') << 6) | ((inner[at + 2] - '0') << 3) | (inner[at + 3] - '0')));
                i = at + 4;
            }
            else if (at + 1 < inner.Length && inner[at + 1] != '\n')
            {
                // \x: the character itself.
                builder.Append(inner[i..at]).Append(inner[at + 1]);
                i = at + 2;
            }
            else
            {
                // A backslash that escapes nothing stays.
                builder.Append(inner[i..(at + 1)]);
                i = at + 1;
            }
        }

        return builder.Append(inner[i..]).ToString();
    }

    private static bool IsOctalEscape(ReadOnlySpan<char> text, int at) =>
        at + 3 < text.Length && text[at + 1] is >= '0' and <= '3' && text[at + 2] is >= '0' and <= '7' && text[at + 3] is >= '0' and <= '7';
}
