namespace Starlette.Routing;

/// <summary>
/// Turns one path parameter's text into a value and back (upstream's <c>Convertor</c>): the regex a parameter
/// must match, the conversion of the matched text and the formatting used by <c>UrlPathFor</c>.
/// </summary>
public abstract class Convertor
{
    /// <summary>The regular expression (without anchors) a parameter's text must match.</summary>
    public abstract string Regex { get; }

    /// <summary>Converts the matched text into the parameter's value.</summary>
    /// <param name="value">The text the <see cref="Regex"/> matched.</param>
    /// <returns>The value stored in the scope's path parameters.</returns>
    public abstract object Convert(string value);

    /// <summary>Formats a value for a URL path.</summary>
    /// <param name="value">The value given to <c>UrlPathFor</c>.</param>
    /// <returns>The text for the path.</returns>
    /// <exception cref="ArgumentException">The value cannot be put in a path.</exception>
    public abstract string ToString(object? value);
}
