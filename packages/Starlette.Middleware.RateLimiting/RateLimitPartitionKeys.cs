using Starlette.Types;

namespace Starlette.Middleware.RateLimiting;

/// <summary>The usual partition keys of a rate limit: the client's address, the user, or a function of the scope.</summary>
public static class RateLimitPartitionKeys
{
    /// <summary>The client's address (<c>scope["client"]</c> host, without the port); <c>"unknown"</c> when the host gives none.</summary>
    /// <remarks>Behind a proxy this is the proxy's address unless the host applies forwarded headers first.</remarks>
    /// <param name="scope">The scope.</param>
    /// <returns>The key.</returns>
    public static string ClientAddress(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Client?.Host ?? "unknown";
    }

    /// <summary>
    /// Partitions by user: <paramref name="identify"/> turns the authenticated user (<c>scope["user"]</c>, as the
    /// authentication middleware sets it) into its key; an anonymous user (no user, or <see langword="null"/> from
    /// <paramref name="identify"/>) is limited by client address instead.
    /// </summary>
    /// <param name="identify">The user's key, such as <c>user =&gt; user is BaseUser { IsAuthenticated: true } u ? u.Identity : null</c>.</param>
    /// <returns>The key function.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identify"/> is <see langword="null"/>.</exception>
    public static Func<Scope, string> User(Func<object, string?> identify)
    {
        ArgumentNullException.ThrowIfNull(identify);
        return scope =>
        {
            ArgumentNullException.ThrowIfNull(scope);
            return scope.TryGetItem(ScopeItemKeys.User, out var user) && user is not null && identify(user) is { } key
                ? "user:" + key
                : "client:" + ClientAddress(scope);
        };
    }
}
