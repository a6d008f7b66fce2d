using System.Globalization;
using System.Numerics;

namespace Starlette.Routing;

/// <summary>
/// The <c>int</c> convertor: digits only. Values that fit are <see cref="int"/>, then <see cref="long"/>, larger
/// ones <see cref="BigInteger"/> (Python's int has no size limit).
/// </summary>
public sealed class IntegerConvertor : Convertor
{
    // Boxes of the small values, shared: a path such as /users/123 then converts without allocating.
    private static readonly object[] SmallValues = Enumerable.Range(0, 1024).Select(i => (object)i).ToArray();

    /// <inheritdoc />
    public override string Regex => "[0-9]+";

    /// <inheritdoc />
    public override object Convert(string value)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var small))
            return (uint)small < (uint)SmallValues.Length ? SmallValues[small] : small;
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var large)) return large;
        return BigInteger.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public override string ToString(object? value)
    {
        BigInteger number = value switch
        {
            int i => i,
            long l => l,
            short s => s,
            byte b => b,
            uint u => u,
            ulong ul => ul,
            BigInteger big => big,
            string text => BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            double d => new BigInteger(Math.Truncate(d)),
            _ => throw new ArgumentException($"Cannot convert {value ?? "null"} to an integer"),
        };
        if (number.Sign < 0) throw new ArgumentException("Negative integers are not supported");
        return number.ToString(CultureInfo.InvariantCulture);
    }
}
