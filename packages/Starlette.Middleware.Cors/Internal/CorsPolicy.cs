using System.Globalization;
using System.Text.RegularExpressions;
using Starlette.Types;

namespace Starlette.Middleware.Cors;

/// <summary>
/// <see cref="CorsOptions"/> turned into what each request needs, once: lookup sets, the compiled origin pattern
/// and the header values, joined in advance (upstream's <c>simple_headers</c> and <c>preflight_headers</c>).
/// Immutable, so nothing one request does can leak into the next.
/// </summary>
internal sealed class CorsPolicy
{
    private static readonly string[] AllMethods = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"];
    private static readonly string[] SafelistedHeaders = ["Accept", "Accept-Language", "Content-Language", "Content-Type"];

    private readonly HashSet<string> _origins;
    private readonly Regex? _originPattern;
    private readonly string[] _methods;

    public CorsPolicy(CorsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var origins = Checked(options.AllowOrigins, nameof(CorsOptions.AllowOrigins));
        var methods = Checked(options.AllowMethods, nameof(CorsOptions.AllowMethods));
        var headers = Checked(options.AllowHeaders, nameof(CorsOptions.AllowHeaders));
        var expose = Checked(options.ExposeHeaders, nameof(CorsOptions.ExposeHeaders));

        _methods = methods.Contains("*") ? AllMethods : methods;
        _originPattern = options.AllowOriginRegex is { } pattern ? OriginPattern.Compile(pattern) : null;
        _origins = new HashSet<string>(origins, StringComparer.Ordinal);
        AllowAllOrigins = _origins.Contains("*");
        AllowAllHeaders = headers.Contains("*");
        AllowCredentials = options.AllowCredentials;
        AllowPrivateNetwork = options.AllowPrivateNetwork;
        PreflightExplicitAllowOrigin = !AllowAllOrigins || AllowCredentials;
        ExposeHeaders = expose.Length > 0 ? string.Join(", ", expose) : null;

        // The safelisted headers and the configured ones, without duplicates, sorted by code unit as Python's sorted().
        var allowHeaders = SafelistedHeaders.Union(headers, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        AllowedHeaders = new AllowedHeaderSet(allowHeaders);
        PreflightHeaders = BuildPreflightHeaders(options, allowHeaders);
    }

    /// <summary>Whether <c>*</c> is among the allowed origins.</summary>
    public bool AllowAllOrigins { get; }

    /// <summary>Whether <c>*</c> is among the allowed headers: a preflight's requested headers are echoed.</summary>
    public bool AllowAllHeaders { get; }

    /// <summary>Whether credentials are allowed.</summary>
    public bool AllowCredentials { get; }

    /// <summary>Whether private network access is allowed.</summary>
    public bool AllowPrivateNetwork { get; }

    /// <summary>Whether a preflight names the origin rather than <c>*</c> (any origin but credentials, or a list).</summary>
    public bool PreflightExplicitAllowOrigin { get; }

    /// <summary>The <c>Access-Control-Expose-Headers</c> value, or <see langword="null"/> when none are exposed.</summary>
    public string? ExposeHeaders { get; }

    /// <summary>The headers a preflight may ask for.</summary>
    public AllowedHeaderSet AllowedHeaders { get; }

    /// <summary>The headers every preflight answer starts with, in upstream's order. Copied, never handed out.</summary>
    public HttpHeader[] PreflightHeaders { get; }

    /// <summary>Whether <paramref name="origin"/> is allowed: any origin, one of the list, or a full match of the pattern.</summary>
    public bool IsAllowedOrigin(string origin) =>
        AllowAllOrigins || _origins.Contains(origin) || (_originPattern is not null && _originPattern.IsMatch(origin));

    /// <summary>Whether <paramref name="method"/> is one of the allowed methods (compared exactly, as upstream).</summary>
    public bool IsAllowedMethod(string method)
    {
        foreach (var allowed in _methods)
        {
            if (string.Equals(allowed, method, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    private HttpHeader[] BuildPreflightHeaders(CorsOptions options, string[] allowHeaders)
    {
        var preflight = new List<HttpHeader>(5);
        preflight.Add(PreflightExplicitAllowOrigin
            ? new HttpHeader(CorsHeaderNames.Vary, "Origin") // the origin itself is added per request when allowed
            : new HttpHeader(CorsHeaderNames.AllowOrigin, "*"));
        preflight.Add(new HttpHeader(CorsHeaderNames.AllowMethods, string.Join(", ", _methods)));
        preflight.Add(new HttpHeader(CorsHeaderNames.MaxAge, options.MaxAge.ToString(CultureInfo.InvariantCulture)));
        if (!AllowAllHeaders) preflight.Add(new HttpHeader(CorsHeaderNames.AllowHeaders, string.Join(", ", allowHeaders)));
        if (AllowCredentials) preflight.Add(new HttpHeader(CorsHeaderNames.AllowCredentials, "true"));
        return preflight.ToArray();
    }

    private static string[] Checked(IList<string>? values, string name)
    {
        if (values is null) throw new ArgumentException($"CorsOptions.{name} must not be null.", name);
        var copy = values.ToArray();
        if (Array.IndexOf(copy, null) >= 0) throw new ArgumentException($"CorsOptions.{name} must not contain null.", name);
        return copy;
    }
}
