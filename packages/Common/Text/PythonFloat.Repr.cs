namespace Starlette.Common;

/// <summary><see cref="Format"/> as a string, for callers that do not write into a buffer of their own.</summary>
internal static partial class PythonFloat
{
    /// <summary>Python's <c>repr(value)</c>.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text, e.g. <c>1.0</c>, <c>1e-05</c>, <c>nan</c>.</returns>
    public static string Repr(double value)
    {
        Span<char> text = stackalloc char[MaxLength];
        return new string(text[..Format(value, text)]);
    }
}
