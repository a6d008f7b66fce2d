using System.Text;

namespace Starlette.Responses;

/// <summary>Percent-encoding with Python's <c>urllib.parse.quote</c> rules: UTF-8, letters, digits and <c>_.-~</c> always safe.</summary>
internal static class UrlQuoting
{
    public static string Quote(string value, string safe)
    {
        var needs = false;
        foreach (var c in value)
        {
            if (!IsSafe(c, safe)) { needs = true; break; }
        }

        if (!needs) return value;
        var builder = new StringBuilder(value.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsSafe(c, safe)) { builder.Append(c); continue; }
            var length = char.IsSurrogatePair(value, i)
                ? Encoding.UTF8.GetBytes(value.AsSpan(i++, 2), utf8)
                : Encoding.UTF8.GetBytes(value.AsSpan(i, 1), utf8);
            foreach (var b in utf8[..length]) builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private static bool IsSafe(char c, string safe) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '~' || (c < 128 && safe.Contains(c, StringComparison.Ordinal));
}
