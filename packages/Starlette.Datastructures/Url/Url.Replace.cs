using System.Globalization;

namespace Starlette.Datastructures;

public sealed partial class Url
{
    /// <summary>
    /// A copy with some parts replaced (upstream's <c>url.replace(...)</c>); parts left out are kept. Giving any of
    /// <paramref name="username"/>, <paramref name="password"/>, <paramref name="hostname"/> or <paramref name="port"/>
    /// rebuilds the authority from them and this URL's other authority parts, and then <paramref name="netloc"/> is
    /// ignored, as upstream does.
    /// </summary>
    /// <param name="scheme">The new scheme.</param>
    /// <param name="netloc">The new authority, <c>user:password@host:port</c>.</param>
    /// <param name="path">The new path.</param>
    /// <param name="query">The new query, without <c>?</c>; empty removes it.</param>
    /// <param name="fragment">The new fragment, without <c>#</c>; empty removes it.</param>
    /// <param name="username">The new user name; <see langword="null"/> removes the user information.</param>
    /// <param name="password">The new password; <see langword="null"/> removes it.</param>
    /// <param name="hostname">The new host (IPv6 hosts in brackets).</param>
    /// <param name="port">The new port; <see langword="null"/> removes it.</param>
    /// <returns>The new URL.</returns>
    /// <exception cref="FormatException">The authority is rebuilt and this URL's port is not a valid number.</exception>
    public Url Replace(
        string? scheme = null,
        string? netloc = null,
        string? path = null,
        string? query = null,
        string? fragment = null,
        Optional<string?> username = default,
        Optional<string?> password = default,
        string? hostname = null,
        Optional<int?> port = default)
    {
        if (username.HasValue || password.HasValue || hostname is not null || port.HasValue)
        {
            netloc = BuildNetloc(
                hostname ?? HostWithoutPort(),
                port.HasValue ? port.Value : Port,
                username.HasValue ? username.Value : Username,
                password.HasValue ? password.Value : Password);
        }

        var parts = new UrlParts(scheme ?? Scheme, netloc ?? Netloc, path ?? Path, query ?? Query, fragment ?? Fragment);
        return new Url(parts.ToString());
    }

    // The host as written in the authority (brackets kept), without user information and port.
    private string HostWithoutPort()
    {
        var host = Netloc[(Netloc.LastIndexOf('@') + 1)..];
        if (host.Length > 0 && host[^1] != ']')
        {
            var colon = host.LastIndexOf(':');
            if (colon >= 0) host = host[..colon];
        }

        return host;
    }

    private static string BuildNetloc(string host, int? port, string? username, string? password)
    {
        var netloc = port is int number ? $"{host}:{number.ToString(CultureInfo.InvariantCulture)}" : host;
        if (username is null) return netloc;
        return password is null ? $"{username}@{netloc}" : $"{username}:{password}@{netloc}";
    }
}
