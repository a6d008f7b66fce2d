namespace Starlette.Datastructures;

/// <summary>Python's notion of whitespace, for the places where upstream calls <c>str.strip()</c>.</summary>
internal static class PythonText
{
    /// <summary>Python's <c>str.isspace</c> for one character: .NET's whitespace plus the four separators U+001C–U+001F.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f';

    /// <summary>Python's <c>str.strip()</c> with no argument.</summary>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && IsSpace(text[start])) start++;
        var end = text.Length;
        while (end > start && IsSpace(text[end - 1])) end--;
        return text[start..end];
    }
}
