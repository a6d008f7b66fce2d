using System.Globalization;

namespace Starlette.Routing;

/// <summary>The <c>uuid</c> convertor: a UUID with or without dashes, as a <see cref="Guid"/>.</summary>
public sealed class UuidConvertor : Convertor
{
    /// <inheritdoc />
    public override string Regex => "[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}";

    /// <inheritdoc />
    /// <remarks>Dashes may appear in any of the four places, as Python's <c>uuid.UUID</c> accepts.</remarks>
    public override object Convert(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Guid.ParseExact(value.Contains('-', StringComparison.Ordinal) ? value.Replace("-", "", StringComparison.Ordinal) : value, "N");
    }

    /// <inheritdoc />
    /// <remarks>The lowercase dashed form, as Python's <c>str(uuid)</c>.</remarks>
    public override string ToString(object? value) => value switch
    {
        Guid guid => guid.ToString("D", CultureInfo.InvariantCulture),
        string text => Guid.Parse(text, CultureInfo.InvariantCulture).ToString("D", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Cannot convert {value ?? "null"} to a UUID"),
    };
}
