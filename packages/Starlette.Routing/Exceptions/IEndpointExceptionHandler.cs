using Starlette.Requests;
using Starlette.Types;

namespace Starlette.Routing;

/// <summary>
/// Handles what an endpoint raises where the endpoint runs (upstream's <c>wrap_app_handling_exceptions</c>), so that
/// middleware around a route or a mount sees the handled response rather than the exception. An application's
/// exception middleware puts one in <see cref="Scope.Items"/> under <see cref="ScopeItemKeys.ExceptionHandlers"/>; routes and endpoints
/// look it up with <see cref="Find"/>, and let exceptions it cannot handle propagate.
/// </summary>
public interface IEndpointExceptionHandler
{
    /// <summary>Whether the handler answers <paramref name="error"/> for this scope.</summary>
    /// <param name="scope">The connection scope.</param>
    /// <param name="error">What the endpoint raised.</param>
    /// <returns><see langword="true"/> when <see cref="HandleAsync"/> should be called.</returns>
    bool CanHandle(Scope scope, Exception error);

    /// <summary>Answers <paramref name="error"/>: sends a response, or closes the WebSocket.</summary>
    /// <param name="connection">The endpoint's <see cref="Request"/> or <see cref="WebSockets.WebSocket"/>, so the handler sees the body or session state the endpoint left.</param>
    /// <param name="error">What the endpoint raised.</param>
    /// <param name="scope">The connection scope.</param>
    /// <param name="receive">Receives messages.</param>
    /// <param name="send">Sends messages.</param>
    /// <returns>A task that completes when the error is answered.</returns>
    ValueTask HandleAsync(HttpConnection connection, Exception error, Scope scope, Receive receive, Send send);

    /// <summary>The handler in <paramref name="scope"/> that answers <paramref name="error"/>, if any.</summary>
    /// <param name="scope">The connection scope.</param>
    /// <param name="error">What the endpoint raised.</param>
    /// <returns>The handler, or <see langword="null"/> to let the exception propagate.</returns>
    static IEndpointExceptionHandler? Find(Scope scope, Exception error) =>
        scope.TryGetItem(ScopeItemKeys.ExceptionHandlers, out var item) && item is IEndpointExceptionHandler handler && handler.CanHandle(scope, error) ? handler : null;
}
