namespace Starlette.Middleware.Cors;

/// <summary>Python's <c>str.strip()</c> with no arguments: the whitespace <c>str.isspace()</c> knows.</summary>
internal static class PythonWhitespace
{
    /// <summary>
    /// Whether Python counts <paramref name="c"/> as whitespace: what <see cref="char.IsWhiteSpace(char)"/> counts,
    /// plus the separators U+001C to U+001F.
    /// </summary>
    public static bool IsWhiteSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001c' and <= '\u001f';

    /// <summary>Trims Python whitespace from both ends.</summary>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && IsWhiteSpace(text[start])) start++;
        var end = text.Length;
        while (end > start && IsWhiteSpace(text[end - 1])) end--;
        return text[start..end];
    }
}
