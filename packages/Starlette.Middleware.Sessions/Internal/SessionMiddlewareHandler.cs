using Starlette.Types;

namespace Starlette.Middleware.Sessions.Internal;

/// <summary>The middleware itself: loads the session into the scope, and lets a <see cref="SessionResponder"/> write it back.</summary>
internal sealed class SessionMiddlewareHandler(AsgiApp next, SessionSettings settings)
{
    public ValueTask InvokeAsync(Scope scope, Receive receive, Send send)
    {
        if (scope.Type == ScopeType.Lifespan) return next(scope, receive, send);

        var loaded = SessionCodec.TryLoad(settings, scope.Headers, out var entries);
        scope.Items[ScopeItemKeys.Session] = loaded ? new Session(entries!) : new Session();
        return next(scope, receive, new SessionResponder(settings, scope, send, initialSessionWasEmpty: !loaded).SendAsync);
    }
}
