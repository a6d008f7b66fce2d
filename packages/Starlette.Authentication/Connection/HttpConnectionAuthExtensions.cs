using Starlette.Requests;

namespace Starlette.Authentication;

/// <summary>
/// Typed access to what <see cref="AuthenticationMiddleware"/> put in the scope (upstream's <c>request.user</c>,
/// <c>request.auth</c> and <c>has_required_scope</c>), for requests and WebSockets alike.
/// </summary>
/// <example>
/// <code>
/// Response Homepage(Request request) =>
///     new PlainTextResponse(request.GetUser().IsAuthenticated ? $"Hello, {request.GetUser().DisplayName}" : "Hello, you");
/// </code>
/// </example>
public static class HttpConnectionAuthExtensions
{
    /// <summary>The connection's user (<c>scope["user"]</c>).</summary>
    /// <param name="connection">The request or WebSocket.</param>
    /// <returns>The user; an <see cref="UnauthenticatedUser"/> when the backend did not authenticate the connection.</returns>
    /// <exception cref="InvalidOperationException">The authentication middleware is not installed, or the scope's user is not a <see cref="BaseUser"/>.</exception>
    public static BaseUser GetUser(this HttpConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.User as BaseUser
            ?? throw new InvalidOperationException($"scope[\"user\"] is a {connection.User.GetType().Name}, not a {nameof(BaseUser)}.");
    }

    /// <summary>The connection's credentials (<c>scope["auth"]</c>).</summary>
    /// <param name="connection">The request or WebSocket.</param>
    /// <returns>The credentials; without scopes when the backend did not authenticate the connection.</returns>
    /// <exception cref="InvalidOperationException">The authentication middleware is not installed, or the scope's auth is not <see cref="AuthCredentials"/>.</exception>
    public static AuthCredentials GetAuth(this HttpConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Auth as AuthCredentials
            ?? throw new InvalidOperationException($"scope[\"auth\"] is a {connection.Auth.GetType().Name}, not {nameof(AuthCredentials)}.");
    }

    /// <summary>Whether the connection's credentials hold every one of <paramref name="scopes"/> (upstream's <c>has_required_scope</c>).</summary>
    /// <param name="connection">The request or WebSocket.</param>
    /// <param name="scopes">The scopes needed; none needed is always satisfied.</param>
    /// <returns><see langword="true"/> when all are held.</returns>
    /// <exception cref="InvalidOperationException">The authentication middleware is not installed.</exception>
    public static bool HasRequiredScopes(this HttpConnection connection, IEnumerable<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var credentials = connection.GetAuth();
        foreach (var scope in scopes)
        {
            if (!credentials.HasScope(scope)) return false;
        }

        return true;
    }
}
