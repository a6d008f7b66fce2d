using System.Globalization;

namespace Starlette.Middleware.Sessions.Internal;

/// <summary>A validated copy of <see cref="SessionOptions"/>, with the signer and the fixed parts of the cookie built once.</summary>
internal sealed class SessionSettings
{
    private SessionSettings(SessionOptions options, long? maxAgeSeconds)
    {
        CookieName = options.SessionCookie;
        MaxAgeSeconds = maxAgeSeconds;
        TimeProvider = options.TimeProvider;
        Logger = options.Logger;
        Signer = new TimestampSigner(options.SecretKey);

        // Upstream: "{cookie}={data}; path={path}; {Max-Age=N; }{security_flags}", flags "httponly; samesite=x[; secure][; domain=d]".
        var flags = "httponly; samesite=" + options.SameSite.ToLowerInvariant();
        if (options.HttpsOnly) flags += "; secure";
        if (options.Domain is not null) flags += "; domain=" + options.Domain;
        CookiePrefix = CookieName + "=";
        var maxAge = maxAgeSeconds is long seconds and not 0 ? string.Create(CultureInfo.InvariantCulture, $"Max-Age={seconds}; ") : "";
        CookieSuffix = "; path=" + options.Path + "; " + maxAge + flags;
        ClearingCookie = CookieName + "=null; path=" + options.Path + "; expires=Thu, 01 Jan 1970 00:00:00 GMT; " + flags;
    }

    public string CookieName { get; }

    public long? MaxAgeSeconds { get; }

    public TimeProvider TimeProvider { get; }

    public Microsoft.Extensions.Logging.ILogger Logger { get; }

    public TimestampSigner Signer { get; }

    /// <summary><c>session=</c>: what comes before the signed value.</summary>
    public string CookiePrefix { get; }

    /// <summary><c>; path=/; Max-Age=1209600; httponly; samesite=lax</c>: what comes after it.</summary>
    public string CookieSuffix { get; }

    /// <summary>The whole <c>Set-Cookie</c> value that clears the session.</summary>
    public string ClearingCookie { get; }

    public long Now => TimeProvider.GetUtcNow().ToUnixTimeSeconds();

    public static SessionSettings From(SessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(options.SecretKey)) throw new ArgumentException("SecretKey is required.", nameof(options));
        if (string.IsNullOrEmpty(options.SessionCookie)) throw new ArgumentException("SessionCookie must not be empty.", nameof(options));
        if (options.Path is null) throw new ArgumentException("Path must not be null.", nameof(options));
        if (options.TimeProvider is null) throw new ArgumentException("TimeProvider must not be null.", nameof(options));
        if (options.Logger is null) throw new ArgumentException("Logger must not be null.", nameof(options));
        if (options.SameSite is null || !(options.SameSite.Equals("lax", StringComparison.OrdinalIgnoreCase)
            || options.SameSite.Equals("strict", StringComparison.OrdinalIgnoreCase)
            || options.SameSite.Equals("none", StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"SameSite must be 'lax', 'strict' or 'none', not '{options.SameSite}'.", nameof(options));
        }

        long? maxAge = options.MaxAge is TimeSpan span ? span.Ticks / TimeSpan.TicksPerSecond : null;
        return new SessionSettings(options, maxAge);
    }
}
