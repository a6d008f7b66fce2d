using System.Diagnostics;

namespace Starlette.Datastructures;

/// <summary>
/// A URL, split into its parts as upstream's <c>URL</c> (Python's <c>urlsplit</c>) splits it. The text is kept
/// exactly as given: <see cref="ToString"/> returns it unchanged, and two URLs are equal when their texts are.
/// Nothing is percent-decoded. Instances are immutable; <see cref="Replace"/> and the query methods return new ones.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> shows the whole URL, password included, because that is what the URL is (upstream's
/// <c>str(url)</c>). For logs, use <see cref="ToDisplayString"/> (upstream's <c>repr</c>), which masks the password.
/// </remarks>
[DebuggerDisplay("{ToDisplayString(),nq}")]
public sealed partial class Url : IEquatable<Url>
{
    private readonly string _url;
    private readonly UrlParts _parts;

    /// <summary>Parses a URL; relative URLs and the empty string are allowed.</summary>
    /// <param name="url">The URL text.</param>
    /// <exception cref="ArgumentException">The authority cannot be split: unbalanced <c>[</c> <c>]</c>, a bracketed
    /// host that is not an IPv6 address, or characters that normalize into delimiters (where upstream's parsing
    /// raises <c>ValueError</c>).</exception>
    public Url(string url = "")
    {
        ArgumentNullException.ThrowIfNull(url);
        _url = url;
        _parts = UrlParts.Split(url);
    }

    /// <summary>The scheme, lowercased, such as <c>https</c>; empty for a relative URL.</summary>
    public string Scheme => _parts.Scheme;

    /// <summary>The authority as written: <c>user:password@host:port</c>; empty when there is none.</summary>
    public string Netloc => _parts.Netloc;

    /// <summary>The path, still percent-encoded.</summary>
    public string Path => _parts.Path;

    /// <summary>The query, without the <c>?</c>, still percent-encoded.</summary>
    public string Query => _parts.Query;

    /// <summary>The fragment, without the <c>#</c>.</summary>
    public string Fragment => _parts.Fragment;

    /// <summary>The user name, or <see langword="null"/> when the authority has no <c>@</c>.</summary>
    public string? Username => _parts.Username;

    /// <summary>The password, or <see langword="null"/> when the user information has no <c>:</c>.</summary>
    public string? Password => _parts.Password;

    /// <summary>The host, lowercased (an IPv6 zone keeps its case), without brackets; <see langword="null"/> when empty.</summary>
    public string? Hostname => _parts.Hostname;

    /// <summary>The port given in the URL, or <see langword="null"/> when there is none (no default port is assumed).</summary>
    /// <exception cref="FormatException">The port is not a decimal number from 0 to 65535 (upstream raises
    /// <c>ValueError</c> with the same text).</exception>
    public int? Port => _parts.Port;

    /// <summary>Whether the scheme is <c>https</c> or <c>wss</c>.</summary>
    public bool IsSecure => Scheme is "https" or "wss";

    internal UrlParts Parts => _parts;

    /// <summary>Builds a URL from parts, as upstream's <c>URL(scheme=..., netloc=..., path=...)</c>: the parts of an
    /// empty URL replaced as <see cref="Replace"/> does.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="netloc">The authority.</param>
    /// <param name="path">The path.</param>
    /// <param name="query">The query, without <c>?</c>.</param>
    /// <param name="fragment">The fragment, without <c>#</c>.</param>
    /// <param name="username">The user name.</param>
    /// <param name="password">The password.</param>
    /// <param name="hostname">The host.</param>
    /// <param name="port">The port.</param>
    /// <returns>The URL.</returns>
    public static Url FromComponents(
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
        var built = new Url().Replace(scheme, netloc, path, query, fragment, username, password, hostname, port);
        return new Url(built._parts.ToString());
    }

    /// <summary>The URL exactly as given (upstream's <c>str(url)</c>), password included.</summary>
    /// <returns>The URL.</returns>
    public override string ToString() => _url;

    /// <summary>
    /// Describes the URL for logs and debuggers as upstream's <c>repr</c> does, with any password masked:
    /// <c>URL('https://user:********@example.org/')</c>.
    /// </summary>
    /// <returns>The description.</returns>
    /// <remarks>Where upstream's <c>repr</c> would itself fail (a password and an invalid port), the password is
    /// masked in place instead, so that describing a URL never throws.</remarks>
    public string ToDisplayString()
    {
        var url = _url;
        if (!string.IsNullOrEmpty(Password))
        {
            try
            {
                url = Replace(password: "********")._url;
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                var hostInfo = Netloc[(Netloc.LastIndexOf('@') + 1)..];
                url = (_parts with { Netloc = $"{Username}:********@{hostInfo}" }).ToString();
            }
        }

        return $"URL({PythonRepr.Quote(url)})";
    }

    /// <summary>Whether both URLs have the same text (upstream compares <c>str(self) == str(other)</c>).</summary>
    /// <param name="other">The other URL.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(Url? other) => other is not null && string.Equals(_url, other._url, StringComparison.Ordinal);

    /// <summary>Whether the URL's text is <paramref name="other"/>, as upstream's <c>url == "https://..."</c>.</summary>
    /// <param name="other">The URL text.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(string? other) => string.Equals(_url, other, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Url other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _url.GetHashCode(StringComparison.Ordinal);

    /// <summary>Whether both URLs have the same text.</summary>
    /// <param name="left">A URL.</param>
    /// <param name="right">Another URL.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Url? left, Url? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether the URLs' texts differ.</summary>
    /// <param name="left">A URL.</param>
    /// <param name="right">Another URL.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Url? left, Url? right) => !(left == right);
}
