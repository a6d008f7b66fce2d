using System.Globalization;
using Starlette.Common;
using Starlette.Types;

namespace Starlette.Middleware.GZip.Internal;

/// <summary>Chooses the content coding from the request's <c>Accept-Encoding</c>. Never throws, whatever the header holds.</summary>
internal static class AcceptEncoding
{
    /// <summary>
    /// gzip as upstream decides it: the first <c>accept-encoding</c> header contains the text <c>gzip</c>
    /// (a plain, case-sensitive substring test, so weights are not read). When Brotli is enabled, <c>br</c>
    /// listed as a coding with a weight above zero wins.
    /// </summary>
    public static ContentCoding Choose(IReadOnlyList<HttpHeader> headers, bool enableBrotli)
    {
        var value = HeaderList.Get(headers, "accept-encoding");
        if (value is null) return ContentCoding.Identity;
        if (enableBrotli && Accepts(value, "br")) return ContentCoding.Brotli;
        return value.Contains("gzip", StringComparison.Ordinal) ? ContentCoding.GZip : ContentCoding.Identity;
    }

    /// <summary>
    /// Whether a comma-separated list of <c>coding[;q=weight]</c> items lists <paramref name="coding"/> (in any case)
    /// with a weight above zero. An item whose weight does not parse does not count.
    /// </summary>
    public static bool Accepts(ReadOnlySpan<char> value, ReadOnlySpan<char> coding)
    {
        foreach (var range in value.Split(','))
        {
            var item = value[range];
            var semicolon = item.IndexOf(';');
            var name = (semicolon < 0 ? item : item[..semicolon]).Trim(" \t");
            if (!name.Equals(coding, StringComparison.OrdinalIgnoreCase)) continue;
            if (semicolon < 0 || HasPositiveWeight(item[(semicolon + 1)..])) return true;
        }

        return false;
    }

    private static bool HasPositiveWeight(ReadOnlySpan<char> parameters)
    {
        foreach (var range in parameters.Split(';'))
        {
            var parameter = parameters[range];
            var equals = parameter.IndexOf('=');
            if (equals < 0) continue;
            if (!parameter[..equals].Trim(" \t").Equals("q", StringComparison.OrdinalIgnoreCase)) continue;
            return double.TryParse(parameter[(equals + 1)..].Trim(" \t"), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var weight)
                && weight > 0;
        }

        return true;
    }
}
