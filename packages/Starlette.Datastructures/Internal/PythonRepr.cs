using System.Globalization;
using System.Text;

namespace Starlette.Datastructures;

/// <summary>A value that describes itself as Python's <c>repr</c> would, for the upstream-style descriptions.</summary>
internal interface IPythonRepr
{
    /// <summary>The description.</summary>
    string ToPythonRepr();
}

/// <summary>Python's <c>repr</c> for the values upstream's descriptions show (strings, numbers, None, booleans).</summary>
internal static class PythonRepr
{
    /// <summary>Describes a value: <c>'text'</c>, <c>None</c>, <c>True</c>, a number, or the value's own description.</summary>
    public static string Format(object? value) => value switch
    {
        null => "None",
        string text => Quote(text),
        bool flag => flag ? "True" : "False",
        IPythonRepr described => described.ToPythonRepr(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Quotes a string as Python's <c>repr(str)</c> does; <see langword="null"/> becomes <c>None</c>.</summary>
    public static string Quote(string? text)
    {
        if (text is null) return "None";
        var builder = new StringBuilder(text.Length + 2);
        AppendQuoted(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="text"/> quoted as Python's <c>repr(str)</c> does.</summary>
    public static StringBuilder AppendQuoted(StringBuilder builder, string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        builder.Append(quote);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == quote || c == '\\') builder.Append('\\').Append(c);
            else if (c == '\t') builder.Append("\\t");
            else if (c == '\n') builder.Append("\\n");
            else if (c == '\r') builder.Append("\\r");
            else if (c < ' ' || c == '\x7f') AppendEscape(builder, c);
            else if (c < '\x7f') builder.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if (IsPrintable(codePoint)) builder.Append(c).Append(text[i + 1]);
                else AppendEscape(builder, codePoint);
                i++;
            }
            else if (IsPrintable(c)) builder.Append(c);
            else AppendEscape(builder, c);
        }

        return builder.Append(quote);
    }

    private static void AppendEscape(StringBuilder builder, int codePoint)
    {
        if (codePoint <= 0xff) builder.Append("\\x").Append(codePoint.ToString("x2", CultureInfo.InvariantCulture));
        else if (codePoint <= 0xffff) builder.Append("\\u").Append(codePoint.ToString("x4", CultureInfo.InvariantCulture));
        else builder.Append("\\U").Append(codePoint.ToString("x8", CultureInfo.InvariantCulture));
    }

    // Python's str.isprintable for one non-ASCII code point: everything but the "Other" and "Separator" categories.
    private static bool IsPrintable(int codePoint) => CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator => false,
        _ => true,
    };
}
