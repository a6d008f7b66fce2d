using Starlette.Requests;
using Starlette.Types;

namespace Starlette;

/// <summary>The application a request or WebSocket runs in, typed (upstream's <c>request.app</c>).</summary>
/// <example>
/// <code>
/// Response Homepage(Request request) => new PlainTextResponse(request.App.State.Get&lt;string&gt;("greeting"));
/// </code>
/// </example>
public static class HttpConnectionAppExtensions
{
    /// <summary>Extends <see cref="HttpConnection"/>.</summary>
    /// <param name="connection">The request or WebSocket.</param>
    extension(HttpConnection connection)
    {
        /// <summary>The <see cref="StarletteApp"/> the connection runs in (<c>scope.Items["app"]</c>; for a mounted
        /// application, the innermost one).</summary>
        /// <exception cref="InvalidOperationException">The connection is not running inside a <see cref="StarletteApp"/>.</exception>
        public StarletteApp App =>
            connection.Scope.TryGetItem(ScopeItemKeys.App, out var app) && app is StarletteApp starlette
                ? starlette
                : throw new InvalidOperationException("The scope has no 'app': the connection is not running inside a StarletteApp.");
    }
}
