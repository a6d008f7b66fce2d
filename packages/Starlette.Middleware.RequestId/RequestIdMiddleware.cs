using Starlette.Types;

namespace Starlette.Middleware.RequestId;

/// <summary>
/// Gives every HTTP request and WebSocket session an id: the client's (or a proxy's) <c>X-Request-ID</c> when it is
/// valid, else a new one. The id is on the scope (<see cref="Get"/>, <see cref="ScopeItemKeys.RequestId"/>), echoed
/// on the response, and, with <see cref="RequestIdOptions.Logger"/>, in the logging scope while the app runs.
/// </summary>
/// <example>
/// <code>
/// AsgiApp app = RequestIdMiddleware.Wrap(inner, new RequestIdOptions { Logger = loggers.CreateLogger("App") });
/// // in an endpoint:
/// string? id = RequestIdMiddleware.Get(request.Scope);
/// </code>
/// </example>
public static class RequestIdMiddleware
{
    /// <summary>The name the middleware descriptor carries.</summary>
    public const string Name = "RequestIdMiddleware";

    /// <summary>Describes the middleware for an application's middleware list.</summary>
    /// <param name="options">How to read and report ids; <see langword="null"/> for the defaults.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="ArgumentException"><see cref="RequestIdOptions.HeaderName"/> is empty or not a header name, or <see cref="RequestIdOptions.MaxLength"/> is less than 1.</exception>
    public static Types.Middleware Create(RequestIdOptions? options = null)
    {
        options ??= new RequestIdOptions();
        var policy = new RequestIdPolicy(options);
        return new Types.Middleware(Name, next => new RequestIdHandler(next, policy).InvokeAsync, options);
    }

    /// <summary>Wraps <paramref name="next"/> in the middleware.</summary>
    /// <param name="next">The app.</param>
    /// <param name="options">How to read and report ids; <see langword="null"/> for the defaults.</param>
    /// <returns>The wrapped app.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><see cref="RequestIdOptions.HeaderName"/> is empty or not a header name, or <see cref="RequestIdOptions.MaxLength"/> is less than 1.</exception>
    public static AsgiApp Wrap(AsgiApp next, RequestIdOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(next);
        return new RequestIdHandler(next, new RequestIdPolicy(options ?? new RequestIdOptions())).InvokeAsync;
    }

    /// <summary>The id of the connection <paramref name="scope"/> describes.</summary>
    /// <param name="scope">The scope.</param>
    /// <returns>The id, or <see langword="null"/> when the middleware did not run for it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is <see langword="null"/>.</exception>
    public static string? Get(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.TryGetItem(ScopeItemKeys.RequestId, out var value) ? value as string : null;
    }
}
