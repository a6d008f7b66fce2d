using System.Globalization;

namespace Starlette.Common;

/// <summary>
/// Python's <c>repr(float)</c>: the shortest digits that round-trip, in fixed notation with at least one decimal
/// (<c>1.0</c>, <c>0.0001</c>, <c>1000000000000000.0</c>) unless the decimal point would sit more than 16 places
/// right or 4 or more places left of the first digit (<c>1e+16</c>, <c>1e-05</c>, <c>1.5e-07</c>);
/// <c>nan</c>, <c>inf</c> and <c>-inf</c> for the rest.
/// </summary>
internal static partial class PythonFloat
{
    /// <summary>The longest text <see cref="Format"/> writes.</summary>
    public const int MaxLength = 32;

    /// <summary>Writes <c>repr(value)</c> into <paramref name="destination"/> (at least <see cref="MaxLength"/> chars) and returns its length.</summary>
    public static int Format(double value, Span<char> destination)
    {
        if (double.IsNaN(value)) return Put(destination, 0, "nan");
        if (double.IsInfinity(value)) return Put(destination, 0, value > 0 ? "inf" : "-inf");
        if (value == 0) return Put(destination, 0, double.IsNegative(value) ? "-0.0" : "0.0");

        // .NET's "R" gives the same shortest round-trip digits, e.g. "1.5E-05" or "123.25"; only the layout differs.
        Span<char> text = stackalloc char[MaxLength];
        Math.Abs(value).TryFormat(text, out var length, "R", CultureInfo.InvariantCulture);
        text = text[..length];
        var exponentAt = text.IndexOf('E');
        var exponent = exponentAt < 0 ? 0 : int.Parse(text[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var dot = mantissa.IndexOf('.');

        // The digits d1..dn with the decimal point before index `point`: value = 0.d1..dn * 10^point.
        Span<char> digits = stackalloc char[MaxLength];
        var count = 0;
        foreach (var c in mantissa)
        {
            if (c != '.') digits[count++] = c;
        }

        var point = (dot < 0 ? mantissa.Length : dot) + exponent;
        var leading = 0;
        while (leading < count - 1 && digits[leading] == '0') leading++;
        point -= leading;
        ReadOnlySpan<char> significant = digits[leading..count].TrimEnd('0');

        var at = value < 0 ? Put(destination, 0, "-") : 0;
        return point is > -4 and <= 16 ? Fixed(destination, at, significant, point) : Exponent(destination, at, significant, point - 1);
    }

    private static int Fixed(Span<char> output, int at, ReadOnlySpan<char> digits, int point)
    {
        if (point <= 0)
        {
            at = Put(output, at, "0.");
            for (var i = 0; i < -point; i++) output[at++] = '0';
            return Put(output, at, digits);
        }

        if (point >= digits.Length)
        {
            at = Put(output, at, digits);
            for (var i = digits.Length; i < point; i++) output[at++] = '0';
            return Put(output, at, ".0");
        }

        at = Put(output, at, digits[..point]);
        output[at++] = '.';
        return Put(output, at, digits[point..]);
    }

    private static int Exponent(Span<char> output, int at, ReadOnlySpan<char> digits, int exponent)
    {
        output[at++] = digits[0];
        if (digits.Length > 1)
        {
            output[at++] = '.';
            at = Put(output, at, digits[1..]);
        }

        output[at++] = 'e';
        output[at++] = exponent < 0 ? '-' : '+';
        Math.Abs(exponent).TryFormat(output[at..], out var written, "00", CultureInfo.InvariantCulture);
        return at + written;
    }

    private static int Put(Span<char> output, int at, scoped ReadOnlySpan<char> text)
    {
        text.CopyTo(output[at..]);
        return at + text.Length;
    }
}
