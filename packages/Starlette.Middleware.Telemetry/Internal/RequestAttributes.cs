using System.Globalization;
using Starlette.Types;

namespace Starlette.Middleware.Telemetry;

/// <summary>Reads the conventions' request attributes from a scope: the method as reported, the server's address and port, a header.</summary>
internal static class RequestAttributes
{
    /// <summary>The method as <c>http.request.method</c> reports it: a method the conventions know, else <c>_OTHER</c>.</summary>
    public static string Method(Scope scope) => scope.Method switch
    {
        "GET" => "GET",
        "POST" => "POST",
        "HEAD" => "HEAD",
        "PUT" => "PUT",
        "DELETE" => "DELETE",
        "PATCH" => "PATCH",
        "OPTIONS" => "OPTIONS",
        "CONNECT" => "CONNECT",
        "TRACE" => "TRACE",
        "QUERY" => "QUERY",
        _ => SemanticConventions.OtherMethod,
    };

    /// <summary>The first value of header <paramref name="name"/> (lowercase), or <see langword="null"/>.</summary>
    public static string? Header(Scope scope, string name)
    {
        var headers = scope.Headers;
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i].Name, name, StringComparison.OrdinalIgnoreCase)) return headers[i].Value;
        }

        return null;
    }

    /// <summary>
    /// <c>server.address</c> and <c>server.port</c>: from the <c>Host</c> header as the client sent it (the
    /// conventions' first choice), else from the scope's server; the port is <see langword="null"/> when neither says.
    /// </summary>
    public static (string? Address, int? Port) Server(Scope scope)
    {
        if (Header(scope, "host") is { Length: > 0 } host)
        {
            var colon = host.LastIndexOf(':');
            var bracket = host.LastIndexOf(']');
            if (colon > bracket && int.TryParse(host.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port))
            {
                return (Unbracket(host.AsSpan(0, colon)), port);
            }

            return (Unbracket(host), null);
        }

        return scope.Server is { } server ? (server.Host, server.Port) : (null, null);
    }

    private static string Unbracket(ReadOnlySpan<char> host) =>
        host.Length > 1 && host[0] == '[' && host[^1] == ']' ? host[1..^1].ToString() : host.ToString();
}
