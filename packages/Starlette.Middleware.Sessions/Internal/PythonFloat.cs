using System.Globalization;

namespace Starlette.Middleware.Sessions.Internal;

/// <summary>
/// Python's <c>repr(float)</c>, as <c>json.dumps</c> writes floats: the shortest digits that round-trip, in fixed
/// notation with at least one decimal (<c>1.0</c>, <c>0.0001</c>, <c>1000000000000000.0</c>) unless the decimal
/// point would sit more than 16 places right or 4 or more places left of the first digit (<c>1e+16</c>,
/// <c>1e-05</c>, <c>1.5e-07</c>); <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c> for the rest.
/// </summary>
internal static class PythonFloat
{
    public static void Write(ref PooledByteBuffer output, double value)
    {
        if (double.IsNaN(value))
        {
            output.Write("NaN"u8);
            return;
        }

        if (double.IsInfinity(value))
        {
            output.Write(value > 0 ? "Infinity"u8 : "-Infinity"u8);
            return;
        }

        if (value == 0)
        {
            output.Write(double.IsNegative(value) ? "-0.0"u8 : "0.0"u8);
            return;
        }

        // .NET's "R" gives the same shortest round-trip digits; only the layout differs.
        Span<char> text = stackalloc char[32];
        value.TryFormat(text, out var length, "R", CultureInfo.InvariantCulture);
        text = text[..length];

        if (text[0] == '-')
        {
            output.Write((byte)'-');
            text = text[1..];
        }

        var exponentAt = text.IndexOf('E');
        var exponent = exponentAt < 0 ? 0 : int.Parse(text[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var point = mantissa.IndexOf('.');

        // digits d1..dn with the decimal point after `decimalPoint` digits: value = 0.d1..dn * 10^decimalPoint.
        Span<byte> digits = stackalloc byte[32];
        var count = 0;
        foreach (var c in mantissa)
        {
            if (c != '.') digits[count++] = (byte)c;
        }

        var decimalPoint = (point < 0 ? mantissa.Length : point) + exponent;
        var leading = 0;
        while (leading < count - 1 && digits[leading] == '0') leading++;
        decimalPoint -= leading;
        var significant = digits[leading..count].TrimEnd((byte)'0');

        if (decimalPoint is > -4 and <= 16) WriteFixed(ref output, significant, decimalPoint);
        else WriteExponent(ref output, significant, decimalPoint - 1);
    }

    private static void WriteFixed(ref PooledByteBuffer output, ReadOnlySpan<byte> digits, int decimalPoint)
    {
        if (decimalPoint <= 0)
        {
            output.Write("0."u8);
            for (var i = 0; i < -decimalPoint; i++) output.Write((byte)'0');
            output.Write(digits);
        }
        else if (decimalPoint >= digits.Length)
        {
            output.Write(digits);
            for (var i = digits.Length; i < decimalPoint; i++) output.Write((byte)'0');
            output.Write(".0"u8);
        }
        else
        {
            output.Write(digits[..decimalPoint]);
            output.Write((byte)'.');
            output.Write(digits[decimalPoint..]);
        }
    }

    private static void WriteExponent(ref PooledByteBuffer output, ReadOnlySpan<byte> digits, int exponent)
    {
        output.Write(digits[0]);
        if (digits.Length > 1)
        {
            output.Write((byte)'.');
            output.Write(digits[1..]);
        }

        output.Write((byte)'e');
        output.Write(exponent < 0 ? (byte)'-' : (byte)'+');
        var magnitude = Math.Abs(exponent);
        if (magnitude < 10) output.Write((byte)'0');
        var span = output.GetSpan(4);
        magnitude.TryFormat(span, out var written, provider: CultureInfo.InvariantCulture);
        output.Advance(written);
    }
}
