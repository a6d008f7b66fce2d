namespace Starlette.Datastructures;

/// <summary>
/// A URL path that may carry the protocol and host it belongs to (upstream's <c>URLPath</c>, which routing returns
/// from <c>url_path_for</c>). Upstream's is a string: accordingly, it converts implicitly to <see cref="string"/>
/// and equality compares the path only.
/// </summary>
public sealed class UrlPath : IEquatable<UrlPath>
{
    /// <summary>Creates a path.</summary>
    /// <param name="path">The path, such as <c>/users/1</c>.</param>
    /// <param name="protocol"><c>http</c>, <c>websocket</c>, or empty when unknown.</param>
    /// <param name="host">The host the path belongs to, or empty.</param>
    /// <exception cref="ArgumentException"><paramref name="protocol"/> is not one of the three values.</exception>
    public UrlPath(string path, string protocol = "", string host = "")
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(host);
        if (protocol is not ("http" or "websocket" or ""))
        {
            throw new ArgumentException($"The protocol must be 'http', 'websocket' or '', not '{protocol}'.", nameof(protocol));
        }

        Path = path;
        Protocol = protocol;
        Host = host;
    }

    /// <summary>The path.</summary>
    public string Path { get; }

    /// <summary><c>http</c>, <c>websocket</c>, or empty.</summary>
    public string Protocol { get; }

    /// <summary>The host, or empty.</summary>
    public string Host { get; }

    /// <summary>
    /// The absolute URL of this path under a base URL (upstream's <c>make_absolute_url</c>): the scheme follows
    /// <see cref="Protocol"/> and whether the base is secure (<c>http</c>/<c>https</c>, <c>ws</c>/<c>wss</c>), or is the
    /// base's when the protocol is empty; the host is <see cref="Host"/> or the base's; the path is appended to the
    /// base's path without its trailing slashes.
    /// </summary>
    /// <param name="baseUrl">The base URL, such as a request's base URL.</param>
    /// <returns>The absolute URL.</returns>
    public Url MakeAbsoluteUrl(Url baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var scheme = Protocol switch
        {
            "http" => baseUrl.IsSecure ? "https" : "http",
            "websocket" => baseUrl.IsSecure ? "wss" : "ws",
            _ => baseUrl.Scheme,
        };
        var netloc = Host.Length > 0 ? Host : baseUrl.Netloc;
        return Url.FromComponents(scheme: scheme, netloc: netloc, path: baseUrl.Path.TrimEnd('/') + Path);
    }

    /// <inheritdoc cref="MakeAbsoluteUrl(Url)"/>
    public Url MakeAbsoluteUrl(string baseUrl) => MakeAbsoluteUrl(new Url(baseUrl));

    /// <summary>The path.</summary>
    /// <returns>The path.</returns>
    public override string ToString() => Path;

    /// <summary>The path.</summary>
    /// <param name="path">The URL path.</param>
    public static implicit operator string(UrlPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Path;
    }

    /// <summary>Whether both have the same path (protocol and host are not compared, as upstream's string equality).</summary>
    /// <param name="other">The other path.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(UrlPath? other) => other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal);

    /// <summary>Whether the path is <paramref name="other"/>.</summary>
    /// <param name="other">A path.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(string? other) => string.Equals(Path, other, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UrlPath other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Path.GetHashCode(StringComparison.Ordinal);
}
