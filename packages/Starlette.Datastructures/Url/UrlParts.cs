using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Starlette.Datastructures;

/// <summary>
/// The five parts of a URL as Python's <c>urlsplit</c> gives them (<c>SplitResult</c>), with its parsing and its
/// reassembly (<c>urlunsplit</c>, as current Python does it: a path never bleeds into the authority).
/// </summary>
internal readonly record struct UrlParts(string Scheme, string Netloc, string Path, string Query, string Fragment)
{
    public static readonly UrlParts Empty = new("", "", "", "", "");

    // The name the parse errors give for the bad argument: the URL the caller passed in.
    private const string UrlParameter = "url";

    // urllib.parse.uses_netloc: the schemes that take an authority even when it is empty.
    private static readonly HashSet<string> UsesNetloc = new(StringComparer.Ordinal)
    {
        "", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp", "snews",
        "prospero", "rtsp", "rtsps", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss",
        "itms-services",
    };

    /// <summary>
    /// Splits a URL as <c>urlsplit</c> does: leading C0 controls and spaces are dropped, tabs and newlines removed,
    /// the scheme lowercased. Nothing is decoded.
    /// </summary>
    /// <exception cref="ArgumentException">The authority has unbalanced brackets, an invalid bracketed host, or
    /// characters that NFKC normalization turns into delimiters (Python raises <c>ValueError</c>).</exception>
    public static UrlParts Split(string url)
    {
        var rest = Sanitize(url);
        var scheme = "";
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && char.IsAsciiLetter(rest[0]) && IsScheme(rest.AsSpan(0, colon)))
        {
            scheme = rest[..colon].ToLowerInvariant();
            rest = rest[(colon + 1)..];
        }

        var netloc = "";
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            var end = rest.AsSpan(2).IndexOfAny('/', '?', '#');
            end = end < 0 ? rest.Length : end + 2;
            netloc = rest[2..end];
            rest = rest[end..];
            CheckBrackets(netloc);
        }

        var fragment = "";
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = rest[(hash + 1)..];
            rest = rest[..hash];
        }

        var query = "";
        var question = rest.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            query = rest[(question + 1)..];
            rest = rest[..question];
        }

        CheckNormalization(netloc);
        return new UrlParts(scheme, netloc, rest, query, fragment);
    }

    /// <summary>Joins the parts back into a URL as current Python's <c>urlunsplit</c> (<c>geturl()</c>) does.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder(Scheme.Length + Netloc.Length + Path.Length + Query.Length + Fragment.Length + 8);
        if (Scheme.Length > 0) builder.Append(Scheme).Append(':');
        if (Netloc.Length > 0 || (Scheme.Length > 0 && UsesNetloc.Contains(Scheme) && (Path.Length == 0 || Path[0] == '/')))
        {
            builder.Append("//").Append(Netloc);
            if (Path.Length > 0 && Path[0] != '/') builder.Append('/');
        }
        else if (Path.StartsWith("//", StringComparison.Ordinal))
        {
            builder.Append("//");
        }

        builder.Append(Path);
        if (Query.Length > 0) builder.Append('?').Append(Query);
        if (Fragment.Length > 0) builder.Append('#').Append(Fragment);
        return builder.ToString();
    }

    /// <summary>The user name: what precedes the last <c>@</c> of the authority, up to a <c>:</c>; <see langword="null"/> without <c>@</c>.</summary>
    public string? Username
    {
        get
        {
            var at = Netloc.LastIndexOf('@');
            if (at < 0) return null;
            var userInfo = Netloc.AsSpan(0, at);
            var colon = userInfo.IndexOf(':');
            return (colon < 0 ? userInfo : userInfo[..colon]).ToString();
        }
    }

    /// <summary>The password: what follows the first <c>:</c> of the user information; <see langword="null"/> without one.</summary>
    public string? Password
    {
        get
        {
            var at = Netloc.LastIndexOf('@');
            if (at < 0) return null;
            var colon = Netloc.AsSpan(0, at).IndexOf(':');
            return colon < 0 ? null : Netloc[(colon + 1)..at];
        }
    }

    /// <summary>The host, lowercased except for an IPv6 zone; <see langword="null"/> when empty.</summary>
    public string? Hostname
    {
        get
        {
            var host = HostInfo(out _);
            if (host.IsEmpty) return null;
            var percent = host.IndexOf('%');
            if (percent < 0) return host.ToString().ToLowerInvariant();
            return string.Concat(host[..percent].ToString().ToLowerInvariant(), host[percent..]);
        }
    }

    /// <summary>The port, or <see langword="null"/> when there is none.</summary>
    /// <exception cref="FormatException">The port is not a decimal number from 0 to 65535.</exception>
    public int? Port
    {
        get
        {
            HostInfo(out var port);
            if (port.IsEmpty) return null;
            foreach (var c in port)
            {
                if (!char.IsAsciiDigit(c))
                {
                    throw new FormatException($"Port could not be cast to integer value as {PythonRepr.Quote(port.ToString())}");
                }
            }

            var digits = port.TrimStart('0');
            if (digits.Length > 5 || (digits.Length > 0 && int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) > 65535))
            {
                throw new FormatException("Port out of range 0-65535");
            }

            return digits.Length == 0 ? 0 : int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        }
    }

    // The host and port text after the user information, as SplitResult._hostinfo finds them.
    private ReadOnlySpan<char> HostInfo(out ReadOnlySpan<char> port)
    {
        var hostInfo = Netloc.AsSpan(Netloc.LastIndexOf('@') + 1);
        var open = hostInfo.IndexOf('[');
        ReadOnlySpan<char> host;
        if (open >= 0)
        {
            var bracketed = hostInfo[(open + 1)..];
            var close = bracketed.IndexOf(']');
            host = close < 0 ? bracketed : bracketed[..close];
            var after = close < 0 ? default : bracketed[(close + 1)..];
            var colon = after.IndexOf(':');
            port = colon < 0 ? default : after[(colon + 1)..];
        }
        else
        {
            var colon = hostInfo.IndexOf(':');
            host = colon < 0 ? hostInfo : hostInfo[..colon];
            port = colon < 0 ? default : hostInfo[(colon + 1)..];
        }

        return host;
    }

    private static string Sanitize(string url)
    {
        var start = 0;
        while (start < url.Length && url[start] <= ' ') start++;
        var text = start == 0 ? url : url[start..];
        return text.AsSpan().IndexOfAny('\t', '\r', '\n') < 0
            ? text
            : text.Replace("\t", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
    }

    private static bool IsScheme(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.')) return false;
        }

        return true;
    }

    private static void CheckBrackets(string netloc)
    {
        var open = netloc.IndexOf('[', StringComparison.Ordinal);
        var close = netloc.IndexOf(']', StringComparison.Ordinal);
        if (open < 0 && close < 0) return;
        if (open < 0 || close < 0) throw new ArgumentException("Invalid IPv6 URL", UrlParameter);

        var bracketed = netloc.AsSpan(open + 1);
        var end = bracketed.IndexOf(']');
        var host = end < 0 ? bracketed : bracketed[..end];
        if (host.StartsWith('v'))
        {
            // IPvFuture: "v", hex digits, ".", then at least one character.
            var dot = host.IndexOf('.');
            if (dot < 2 || dot == host.Length - 1 || host[1..dot].ContainsAnyExcept(HexDigits))
            {
                throw new ArgumentException("IPvFuture address is invalid", UrlParameter);
            }

            return;
        }

        // Python's ip_address: an IPv4 address, or an IPv6 address with an optional zone ("%" and any text but "%").
        var percent = host.IndexOf('%');
        var address = percent < 0 ? host : host[..percent];
        var zone = percent < 0 ? default : host[(percent + 1)..];
        var valid = IPAddress.TryParse(address, out var parsed)
            && (percent < 0 || (parsed.AddressFamily == AddressFamily.InterNetworkV6 && !zone.IsEmpty && !zone.Contains('%')));
        if (!valid)
        {
            throw new ArgumentException($"{PythonRepr.Quote(host.ToString())} does not appear to be an IPv4 or IPv6 address", UrlParameter);
        }

        if (parsed!.AddressFamily == AddressFamily.InterNetwork)
        {
            throw new ArgumentException("An IPv4 address cannot be in brackets", UrlParameter);
        }
    }

    private static readonly System.Buffers.SearchValues<char> HexDigits =
        System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    // Characters such as U+2100 expand to "a/c" under NFKC, which IDNA applies: reject those that would add delimiters.
    private static void CheckNormalization(string netloc)
    {
        if (netloc.Length == 0 || Ascii.IsValid(netloc)) return;
        var stripped = netloc.Replace("@", "", StringComparison.Ordinal).Replace(":", "", StringComparison.Ordinal)
            .Replace("#", "", StringComparison.Ordinal).Replace("?", "", StringComparison.Ordinal);
        // .NET refuses to normalize lone surrogates, which Python leaves alone: stand U+FFFD in for them.
        stripped = ReplaceLoneSurrogates(stripped);
        var normalized = stripped.Normalize(NormalizationForm.FormKC);

        if (string.Equals(stripped, normalized, StringComparison.Ordinal)) return;
        if (normalized.AsSpan().IndexOfAny("/?#@:") >= 0)
        {
            throw new ArgumentException($"netloc '{netloc}' contains invalid characters under NFKC normalization", UrlParameter);
        }
    }

    private static string ReplaceLoneSurrogates(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\ud800', '\udfff')) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\ufffd';
        }

        return new string(chars);
    }
}
