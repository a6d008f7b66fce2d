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
        return scope.Type == ScopeType.Lifespan ? next(scope, receive, send) : AuthenticateAsync(scope, receive, send);
    }

    private async ValueTask AuthenticateAsync(Scope scope, Receive receive, Send send)
    {
        var connection = new HttpConnection(scope);
        AuthenticationResult? result;
        try
        {
            result = await settings.Backend.AuthenticateAsync(connection).ConfigureAwait(false);
        }
        catch (AuthenticationException exception)
        {
            var response = settings.OnError(connection, exception)
                ?? throw new InvalidOperationException("The authentication error handler returned no response.", exception);
            if (scope.Type == ScopeType.WebSocket)
                await send(new WebSocketCloseMessage(Status.Ws1000NormalClosure)).ConfigureAwait(false);
            else
                await response.ExecuteAsync(scope, receive, send).ConfigureAwait(false);
            return;
        }

        var items = scope.Items;
        items[AuthenticationMiddleware.AuthKey] = result is null ? AuthCredentials.None : result.Credentials;
        items[AuthenticationMiddleware.UserKey] = result is null ? UnauthenticatedUser.Instance : result.User;
        await next(scope, receive, send).ConfigureAwait(false);
    }
}
