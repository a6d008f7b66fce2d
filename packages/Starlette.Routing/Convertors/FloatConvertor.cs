using System.Globalization;

namespace Starlette.Routing;

/// <summary>The <c>float</c> convertor: digits with an optional fraction, as a <see cref="double"/>.</summary>
public sealed class FloatConvertor : Convertor
{
    /// <inheritdoc />
    public override string Regex => @"[0-9]+(\.[0-9]+)?";

    /// <inheritdoc />
    public override object Convert(string value) => double.Parse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    /// <remarks>As upstream: twenty fraction digits, then trailing zeros and a trailing point removed.</remarks>
    public override string ToString(object? value)
    {
        var number = value switch
        {
            double d => d,
            float f => f,
            decimal m => (double)m,
            int i => i,
            long l => l,
            string text => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => throw new ArgumentException($"Cannot convert {value ?? "null"} to a float"),
        };
        if (double.IsNaN(number)) throw new ArgumentException("NaN values are not supported");
        if (number < 0.0) throw new ArgumentException("Negative floats are not supported");
        if (double.IsInfinity(number)) throw new ArgumentException("Infinite values are not supported");
        return number.ToString("F20", CultureInfo.InvariantCulture).TrimEnd('0').TrimEnd('.');
    }
}
