using System.Numerics;

namespace Starlette.Common;

/// <summary>Python's digits and <c>int()</c> parsing, which upstream's date parsing relies on.</summary>
internal static class PythonInt
{
    /// <summary>Python's <c>str.isdigit</c> for one character (within Latin-1: ASCII digits and ¹ ² ³).</summary>
    public static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is '\u00b9' or '\u00b2' or '\u00b3' || char.IsDigit(c);

    /// <summary>
    /// Python's <c>int(text)</c> for a text without surrounding white space: an optional sign, then decimal digits
    /// with single underscores allowed between them. Unbounded, as Python's integers are.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out BigInteger value)
    {
        value = BigInteger.Zero;
        var negative = false;
        if (!text.IsEmpty && text[0] is '+' or '-')
        {
            negative = text[0] == '-';
            text = text[1..];
        }

        if (text.IsEmpty || text[0] == '_' || text[^1] == '_') return false;
        var previousUnderscore = false;
        foreach (var c in text)
        {
            if (c == '_')
            {
                if (previousUnderscore) return false;
                previousUnderscore = true;
                continue;
            }

            previousUnderscore = false;
            var digit = DecimalValue(c);
            if (digit < 0) return false;
            value = (value * 10) + digit;
        }

        if (negative) value = -value;
        return true;
    }

    // Python's int() takes any Unicode decimal digit (Nd), not only ASCII ones.
    private static int DecimalValue(char c) =>
        char.IsAsciiDigit(c) ? c - '0' : char.IsDigit(c) ? (int)char.GetNumericValue(c) : -1;
}
