using System.Globalization;
using System.Text;

namespace Starlette.Middleware.Cors;

/// <summary>
/// What <see cref="CorsMiddleware"/> allows (upstream's <c>CORSMiddleware</c> keyword arguments). The middleware
/// reads the options once, when it is built: later changes have no effect on it.
/// </summary>
/// <example>
/// <code>
/// var options = new CorsOptions
/// {
///     AllowOrigins = ["https://example.org"],
///     AllowMethods = ["GET", "POST"],
///     AllowHeaders = ["X-Requested-With"],
///     AllowCredentials = true,
/// };
/// </code>
/// </example>
public sealed class CorsOptions
{
    /// <summary>
    /// The origins allowed to make cross-origin requests, compared exactly, such as <c>https://example.org</c>;
    /// <c>"*"</c> in the list allows any origin. Default: none.
    /// </summary>
    public IList<string> AllowOrigins { get; set; } = [];

    /// <summary>
    /// A regular expression an origin must match in full to be allowed (upstream's <c>allow_origin_regex</c>), such as
    /// <c>https://.*\.example\.org</c>; <see langword="null"/> for none. It is compiled once, by .NET's regex engine.
    /// </summary>
    public string? AllowOriginRegex { get; set; }

    /// <summary>The methods allowed for cross-origin requests; <c>"*"</c> in the list allows all of them. Default: <c>GET</c>.</summary>
    public IList<string> AllowMethods { get; set; } = ["GET"];

    /// <summary>
    /// The request headers allowed for cross-origin requests, in any case, on top of the always-allowed
    /// <c>Accept</c>, <c>Accept-Language</c>, <c>Content-Language</c> and <c>Content-Type</c>; <c>"*"</c> in the
    /// list allows any header. Default: only the always-allowed ones.
    /// </summary>
    public IList<string> AllowHeaders { get; set; } = [];

    /// <summary>Whether cross-origin requests may carry credentials (cookies, authorization). Default: no.</summary>
    public bool AllowCredentials { get; set; }

    /// <summary>
    /// Whether preflights asking for private network access (<c>Access-Control-Request-Private-Network</c>) are
    /// allowed. Default: no, such preflights get a 400.
    /// </summary>
    public bool AllowPrivateNetwork { get; set; }

    /// <summary>The response headers the browser may expose to the page (<c>Access-Control-Expose-Headers</c>). Default: none.</summary>
    public IList<string> ExposeHeaders { get; set; } = [];

    /// <summary>How long, in seconds, browsers may cache a preflight answer (<c>Access-Control-Max-Age</c>). Default: 600.</summary>
    public int MaxAge { get; set; } = 600;

    /// <summary>Describes the options, e.g. <c>CorsOptions { AllowOrigins = [*], AllowMethods = [GET], ... }</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = new StringBuilder("CorsOptions { ");
        Append(text, nameof(AllowOrigins), AllowOrigins);
        if (AllowOriginRegex is not null) text.Append(nameof(AllowOriginRegex)).Append(" = ").Append(AllowOriginRegex).Append(", ");
        Append(text, nameof(AllowMethods), AllowMethods);
        Append(text, nameof(AllowHeaders), AllowHeaders);
        text.Append(nameof(AllowCredentials)).Append(" = ").Append(AllowCredentials).Append(", ");
        text.Append(nameof(AllowPrivateNetwork)).Append(" = ").Append(AllowPrivateNetwork).Append(", ");
        Append(text, nameof(ExposeHeaders), ExposeHeaders);
        text.Append(nameof(MaxAge)).Append(" = ").Append(MaxAge.ToString(CultureInfo.InvariantCulture)).Append(" }");
        return text.ToString();
    }

    private static void Append(StringBuilder text, string name, IList<string>? values) =>
        text.Append(name).Append(" = [").AppendJoin(", ", values ?? []).Append("], ");
}
