using System.Globalization;

namespace Starlette.Routing;

/// <summary>The <c>path</c> convertor: the rest of the path, slashes included, kept as text.</summary>
public sealed class PathConvertor : Convertor
{
    /// <inheritdoc />
    public override string Regex => ".*";

    /// <inheritdoc />
    public override object Convert(string value) => value;

    /// <inheritdoc />
    public override string ToString(object? value) => System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
