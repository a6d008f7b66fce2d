using Starlette.Requests;
using Starlette.Responses;

namespace Starlette.Authentication;

/// <summary>
/// How <see cref="AuthenticationMiddleware"/> authenticates (upstream's <c>AuthenticationMiddleware</c> keyword
/// arguments). Read once, when the middleware is built.
/// </summary>
/// <example>
/// <code>
/// var options = new AuthenticationOptions
/// {
///     Backend = new BasicAuthBackend(),
///     OnError = (connection, error) => new JsonResponse(new JsonObject { ["error"] = error.Message }, 401),
/// };
/// </code>
/// </example>
public sealed class AuthenticationOptions
{
    /// <summary>Authenticates each HTTP and WebSocket connection.</summary>
    public required IAuthenticationBackend Backend { get; set; }

    /// <summary>
    /// Answers a connection whose backend threw <see cref="AuthenticationException"/> (upstream's <c>on_error</c>);
    /// <see langword="null"/> for <see cref="AuthenticationMiddleware.DefaultOnError"/> (400, the message as plain
    /// text). For a WebSocket the handler still runs, but its response is not sent: the connection is closed with
    /// code 1000, as upstream does.
    /// </summary>
    public Func<HttpConnection, AuthenticationException, Response>? OnError { get; set; }

    /// <summary>Describes the options, e.g. <c>AuthenticationOptions { Backend = BasicAuthBackend, OnError = default }</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"AuthenticationOptions {{ Backend = {Backend?.GetType().Name ?? "null"}, OnError = {(OnError is null ? "default" : "custom")} }}";
}
