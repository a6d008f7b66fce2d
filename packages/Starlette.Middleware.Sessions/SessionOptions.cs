using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Starlette.Middleware.Sessions;

/// <summary>
/// How <see cref="SessionMiddleware"/> signs and sets its cookie (upstream's <c>SessionMiddleware(...)</c> keyword
/// arguments). The middleware copies the values when it is created: later changes do not affect it.
/// </summary>
public sealed class SessionOptions
{
    /// <summary>
    /// The secret the cookie is signed with (upstream's <c>secret_key</c>). A cookie signed by Python Starlette with
    /// the same secret loads here, and the other way round.
    /// </summary>
    public required string SecretKey { get; set; }

    /// <summary>The cookie's name; default <c>session</c>.</summary>
    public string SessionCookie { get; set; } = "session";

    /// <summary>
    /// How long a session lives, in whole seconds (fractions are dropped): the cookie's <c>Max-Age</c> and the oldest
    /// signature accepted. Default 14 days. <see langword="null"/> makes a browser-session cookie whose signature
    /// never expires. As upstream, zero writes no <c>Max-Age</c> yet accepts only signatures of the current second,
    /// and a negative value expires every cookie.
    /// </summary>
    public TimeSpan? MaxAge { get; set; } = TimeSpan.FromDays(14);

    /// <summary>The cookie's <c>path</c>; default <c>/</c>.</summary>
    public string Path { get; set; } = "/";

    /// <summary>The cookie's <c>samesite</c>: <c>lax</c> (default), <c>strict</c> or <c>none</c>.</summary>
    public string SameSite { get; set; } = "lax";

    /// <summary>Whether the cookie is marked <c>secure</c> (sent over HTTPS only); default <see langword="false"/>.</summary>
    public bool HttpsOnly { get; set; }

    /// <summary>The cookie's <c>domain</c>, or <see langword="null"/> (default) for the request's host only.</summary>
    public string? Domain { get; set; }

    /// <summary>The clock signatures are stamped and checked with; default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Where a warning goes when a session cookie grows past the 4096 bytes browsers keep (they silently drop
    /// larger cookies); default: nowhere.
    /// </summary>
    public ILogger Logger { get; set; } = NullLogger.Instance;

    /// <summary>Describes the options without revealing the secret.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"SessionOptions {{ SecretKey = ***, SessionCookie = {SessionCookie}, MaxAge = {MaxAge?.ToString() ?? "null"}, Path = {Path}, SameSite = {SameSite}, HttpsOnly = {HttpsOnly}, Domain = {Domain ?? "null"} }}");
}
