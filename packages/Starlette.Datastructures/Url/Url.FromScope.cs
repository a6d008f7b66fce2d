using System.Globalization;
using Starlette.Types;

namespace Starlette.Datastructures;

public sealed partial class Url
{
    /// <summary>
    /// The URL a request was made to, built from its scope as upstream's <c>URL(scope=...)</c>: the authority is the
    /// <c>host</c> header when it is a plain host name or bracketed IPv6 address with an optional port, otherwise the
    /// server's address (the scheme's default port left out), otherwise absent, giving a relative URL. A path that
    /// looks like an authority (<c>//evil.com/x</c>, <c>user@host</c>) stays in the path.
    /// </summary>
    /// <param name="scope">The connection scope.</param>
    /// <returns>The URL.</returns>
    public static Url FromScope(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var scheme = scope.Scheme;
        var path = scope.Path;
        var query = scope.QueryString;

        string? netloc = null;
        if (FindHostHeader(scope.Headers) is { } host && IsPlainHost(host))
        {
            netloc = host;
        }
        else if (scope.Server is { } server)
        {
            netloc = server.Port is not int port || port == DefaultPort(scheme)
                ? server.Host
                : $"{server.Host}:{port.ToString(CultureInfo.InvariantCulture)}";
        }

        if (netloc is not null) return new Url(new UrlParts(scheme, netloc, path, query, "").ToString());
        return new Url(query.Length > 0 ? $"{path}?{query}" : path);
    }

    private static string? FindHostHeader(IReadOnlyList<HttpHeader> headers)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            if (string.Equals(header.Name, "host", StringComparison.Ordinal)) return header.Value;
        }

        return null;
    }

    private static int? DefaultPort(string scheme) => scheme switch
    {
        "http" or "ws" => 80,
        "https" or "wss" => 443,
        _ => null,
    };

    /// <summary>
    /// Whether a host header can be used as the authority: upstream's <c>_HOST_RE</c>, case-insensitive:
    /// <c>[a-z0-9.-]+</c> or <c>\[[a-f0-9]*:[a-f0-9.:]+\]</c>, then optionally <c>:[0-9]+</c>, and nothing else.
    /// </summary>
    private static bool IsPlainHost(string host)
    {
        var span = host.AsSpan();
        int end;
        if (span.StartsWith('['))
        {
            end = span.IndexOf(']');
            if (end < 0) return false;
            var inside = span[1..end];
            var hex = 0;
            while (hex < inside.Length && char.IsAsciiHexDigit(inside[hex])) hex++;
            if (hex == inside.Length || inside[hex] != ':' || hex + 1 == inside.Length) return false;
            foreach (var c in inside[(hex + 1)..])
            {
                if (!char.IsAsciiHexDigit(c) && c is not ('.' or ':')) return false;
            }

            end++;
        }
        else
        {
            end = 0;
            while (end < span.Length && IsHostNameChar(span[end])) end++;
            if (end == 0) return false;
        }

        var port = span[end..];
        if (port.IsEmpty) return true;
        return port.Length > 1 && port[0] == ':' && !port[1..].ContainsAnyExceptInRange('0', '9');
    }

    // [a-z0-9.-] under Python's re.IGNORECASE, which also matches the letters that case-fold into a-z:
    // U+0130 (İ), U+0131 (ı), U+017F (ſ) and U+212A (the Kelvin sign).
    private static bool IsHostNameChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '\u0130' or '\u0131' or '\u017f' or '\u212a';
}
