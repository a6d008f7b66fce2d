using System.Globalization;

namespace Starlette.Routing;

/// <summary>The <c>str</c> convertor, the default: one non-empty path segment, kept as text.</summary>
public sealed class StringConvertor : Convertor
{
    /// <inheritdoc />
    public override string Regex => "[^/]+";

    /// <inheritdoc />
    public override object Convert(string value) => value;

    /// <inheritdoc />
    public override string ToString(object? value)
    {
        var text = System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        if (text.Contains('/', StringComparison.Ordinal)) throw new ArgumentException("May not contain path separators");
        if (text.Length == 0) throw new ArgumentException("Must not be empty");
        return text;
    }
}
