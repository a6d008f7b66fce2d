using Starlette.Requests;
using Starlette.Types;

namespace Starlette.Authentication;

/// <summary>
/// The middleware itself (upstream's <c>AuthenticationMiddleware.__call__</c>): asks the backend, stores credentials
/// and user in the scope and calls the app, or answers the backend's <see cref="AuthenticationException"/>.
/// </summary>
internal sealed class AuthenticationHandler(AsgiApp next, AuthenticationSettings settings)
{
    public ValueTask InvokeAsync(Scope scope, Receive receive, Send send)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Type == ScopeType.Lifespan) return next(scope, receive, send);

        var connection = new HttpConnection(scope);
        ValueTask<AuthenticationResult?> pending;
        try
        {
            pending = settings.Backend.AuthenticateAsync(connection);
        }
        catch (AuthenticationException exception)
        {
            return RejectAsync(connection, exception, receive, send);
        }

        // A backend that answers synchronously (headers, cookies) costs no async state machine.
        if (!pending.IsCompletedSuccessfully) return AuthenticateAsync(connection, pending, receive, send);
        Store(scope, pending.Result);
        return next(scope, receive, send);
    }

    private async ValueTask AuthenticateAsync(HttpConnection connection, ValueTask<AuthenticationResult?> pending, Receive receive, Send send)
    {
        AuthenticationResult? result;
        try
        {
            result = await pending.ConfigureAwait(false);
        }
        catch (AuthenticationException exception)
        {
            await RejectAsync(connection, exception, receive, send).ConfigureAwait(false);
            return;
        }

        Store(connection.Scope, result);
        await next(connection.Scope, receive, send).ConfigureAwait(false);
    }

    private static void Store(Scope scope, AuthenticationResult? result)
    {
        var items = scope.Items;
        items[ScopeItemKeys.Auth] = result is null ? AuthCredentials.None : result.Credentials;
        items[ScopeItemKeys.User] = result is null ? UnauthenticatedUser.Instance : result.User;
    }

    private ValueTask RejectAsync(HttpConnection connection, AuthenticationException exception, Receive receive, Send send)
    {
        var response = settings.OnError(connection, exception)
            ?? throw new InvalidOperationException("The authentication error handler returned no response.", exception);
        var scope = connection.Scope;
        return scope.Type == ScopeType.WebSocket
            ? send(new WebSocketCloseMessage(Status.Ws1000NormalClosure))
            : response.ExecuteAsync(scope, receive, send);
    }
}
