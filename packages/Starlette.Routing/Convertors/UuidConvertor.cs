using System.Globalization;

namespace Starlette.Routing;

/// <summary>The <c>uuid</c> convertor: a UUID with or without dashes, as a <see cref="Guid"/>.</summary>
public sealed class UuidConvertor : Convertor
{
    /// <inheritdoc />
    public override string Regex => "[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}";

    /// <inheritdoc />
    public override object Convert(string value) =>
        Guid.ParseExact(value, value.Length == 32 ? "N" : value.Length == 36 ? "D" : ThrowFormat(value));

    /// <inheritdoc />
    /// <remarks>The lowercase dashed form, as Python's <c>str(uuid)</c>.</remarks>
    public override string ToString(object? value) => value switch
    {
        Guid guid => guid.ToString("D", CultureInfo.InvariantCulture),
        string text => Guid.Parse(text, CultureInfo.InvariantCulture).ToString("D", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Cannot convert {value ?? "null"} to a UUID"),
    };

    private static string ThrowFormat(string value) => throw new FormatException($"badly formed hexadecimal UUID string: {value}");
}
