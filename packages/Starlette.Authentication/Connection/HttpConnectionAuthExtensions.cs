using Starlette.Requests;

namespace Starlette.Authentication;

/// <summary>
/// Upstream's <c>has_required_scope</c> for requests and WebSockets alike; the user and credentials
/// <see cref="AuthenticationMiddleware"/> put in the scope are <see cref="HttpConnection.User"/> and
/// <see cref="HttpConnection.Auth"/>.
/// </summary>
/// <example>
/// <code>
/// Response Homepage(Request request) =>
///     new PlainTextResponse(request.User.IsAuthenticated ? $"Hello, {request.User.DisplayName}" : "Hello, you");
/// </code>
/// </example>
public static class HttpConnectionAuthExtensions
{
    /// <summary>Whether the connection's credentials hold every one of <paramref name="scopes"/> (upstream's <c>has_required_scope</c>).</summary>
    /// <param name="connection">The request or WebSocket.</param>
    /// <param name="scopes">The scopes needed; none needed is always satisfied.</param>
    /// <returns><see langword="true"/> when all are held.</returns>
    /// <exception cref="InvalidOperationException">The authentication middleware is not installed.</exception>
    public static bool HasRequiredScopes(this HttpConnection connection, IEnumerable<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(connection);
        var credentials = connection.Auth;
        foreach (var scope in scopes)
        {
            if (!credentials.HasScope(scope)) return false;
        }

        return true;
    }
}
