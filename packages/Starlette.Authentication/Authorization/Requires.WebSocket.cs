using Starlette.WebSockets;

namespace Starlette.Authentication;

public static partial class Requires
{
    /// <summary>Guards a WebSocket endpoint by one scope: a connection without it is closed (code 1000) unaccepted.</summary>
    /// <param name="endpoint">The endpoint to guard.</param>
    /// <param name="scope">The scope the credentials must hold.</param>
    /// <returns>The guarded endpoint.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static Func<WebSocket, ValueTask> Scopes(Func<WebSocket, ValueTask> endpoint, string scope) =>
        Scopes(endpoint, [ThrowIfNull(scope)]);

    /// <summary>Guards a WebSocket endpoint by several scopes, all required: a connection without them is closed (code 1000) unaccepted.</summary>
    /// <param name="endpoint">The endpoint to guard.</param>
    /// <param name="scopes">The scopes the credentials must all hold.</param>
    /// <returns>The guarded endpoint.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A scope is <see langword="null"/>.</exception>
    public static Func<WebSocket, ValueTask> Scopes(Func<WebSocket, ValueTask> endpoint, IEnumerable<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var guard = ScopeGuard.Create(scopes);
        return webSocket => guard.Allows(webSocket) ? endpoint(webSocket) : webSocket.CloseAsync();
    }
}
