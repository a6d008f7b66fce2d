using Starlette.Types;

namespace Starlette.Middleware.Sessions;

/// <summary>Typed access to the session <see cref="SessionMiddleware"/> puts in a scope.</summary>
public static class SessionScopeExtensions
{
    /// <summary>The scope's session, or <see langword="null"/> when the middleware did not run (or something else is stored there).</summary>
    /// <param name="scope">An HTTP or WebSocket scope.</param>
    /// <returns>The session, or <see langword="null"/>.</returns>
    public static Session? GetSession(this Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.TryGetItem(ScopeItemKeys.Session, out var value) ? value as Session : null;
    }
}
