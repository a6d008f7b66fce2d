namespace Starlette.Common;

/// <summary>Python's white space rules for <c>str</c> (<c>isspace</c>, <c>strip</c>), which upstream's parsers rely on.</summary>
internal static class PythonText
{
    /// <summary>Python's <c>str.isspace</c> for one character: .NET's white space plus the separators U+001C..U+001F.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f';

    /// <summary>Python's <c>str.strip()</c> with no argument.</summary>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start])) start++;
        while (end > start && IsSpace(text[end - 1])) end--;
        return text[start..end];
    }
}
