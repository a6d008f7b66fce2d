using System.Runtime.CompilerServices;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Types;

namespace Starlette.Authentication;

/// <summary>
/// Guards endpoints by credential scopes (upstream's <c>@requires</c> decorator): wraps an endpoint delegate in one
/// of the same shape that checks <c>scope["auth"]</c> first. A request without every scope gets an
/// <see cref="HttpException"/> with the status code (403 by default), or, with a redirect route name, a 303 to that
/// route with the request's URL in a <c>next</c> query parameter; a WebSocket is closed (code 1000) before it is
/// accepted. Needs <see cref="AuthenticationMiddleware"/> in front.
/// </summary>
/// <remarks>
/// The wrapper is a new delegate, so a route's default name (taken from the endpoint's method name) is
/// <c>&lt;lambda&gt;</c>: give guarded routes an explicit <c>name</c> when you need <c>UrlFor</c>.
/// </remarks>
/// <example>
/// <code>
/// new Route("/dashboard", Requires.Scopes(Dashboard, "authenticated"), name: "dashboard");
/// new Route("/admin", Requires.Scopes(Admin, ["authenticated", "admin"], redirect: "login"), name: "admin");
/// new WebSocketRoute("/ws", Requires.Scopes(Chat, "authenticated"));
/// // class-based endpoints: Get(Requires.Scopes(request => ..., "authenticated"));
/// </code>
/// </example>
public static partial class Requires
{
    /// <summary>Guards an asynchronous request endpoint by one scope.</summary>
    /// <param name="endpoint">The endpoint to guard.</param>
    /// <param name="scope">The scope the credentials must hold, e.g. <c>"authenticated"</c>.</param>
    /// <param name="statusCode">The status of the <see cref="HttpException"/> for a request without the scope; default 403.</param>
    /// <param name="redirect">A route name to redirect to instead (303, <c>?next=</c> the request URL); default none.</param>
    /// <returns>The guarded endpoint.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not a known HTTP status code.</exception>
    [OverloadResolutionPriority(1)]
    public static Func<Request, ValueTask<Response>> Scopes(Func<Request, ValueTask<Response>> endpoint, string scope, int statusCode = Status.Http403Forbidden, string? redirect = null) =>
        Scopes(endpoint, [ThrowIfNull(scope)], statusCode, redirect);

    /// <summary>Guards an asynchronous request endpoint by several scopes, all required.</summary>
    /// <param name="endpoint">The endpoint to guard.</param>
    /// <param name="scopes">The scopes the credentials must all hold.</param>
    /// <param name="statusCode">The status of the <see cref="HttpException"/> for a request without them; default 403.</param>
    /// <param name="redirect">A route name to redirect to instead (303, <c>?next=</c> the request URL); default none.</param>
    /// <returns>The guarded endpoint.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A scope is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not a known HTTP status code.</exception>
    [OverloadResolutionPriority(1)]
    public static Func<Request, ValueTask<Response>> Scopes(Func<Request, ValueTask<Response>> endpoint, IEnumerable<string> scopes, int statusCode = Status.Http403Forbidden, string? redirect = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var guard = ScopeGuard.Create(scopes, statusCode, redirect);
        return request => guard.Deny(request) is { } denied ? ValueTask.FromResult(denied) : endpoint(request);
    }

    /// <summary>Guards a <see cref="Task"/>-returning request endpoint by one scope.</summary>
    /// <param name="endpoint">The endpoint to guard.</param>
    /// <param name="scope">The scope the credentials must hold.</param>
    /// <param name="statusCode">The status of the <see cref="HttpException"/> for a request without the scope; default 403.</param>
    /// <param name="redirect">A route name to redirect to instead (303, <c>?next=</c> the request URL); default none.</param>
    /// <returns>The guarded endpoint.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not a known HTTP status code.</exception>
    public static Func<Request, Task<Response>> Scopes(Func<Request, Task<Response>> endpoint, string scope, int statusCode = Status.Http403Forbidden, string? redirect = null) =>
        Scopes(endpoint, [ThrowIfNull(scope)], statusCode, redirect);

    /// <summary>Guards a <see cref="Task"/>-returning request endpoint by several scopes, all required.</summary>
    /// <param name="endpoint">The endpoint to guard.</param>
    /// <param name="scopes">The scopes the credentials must all hold.</param>
    /// <param name="statusCode">The status of the <see cref="HttpException"/> for a request without them; default 403.</param>
    /// <param name="redirect">A route name to redirect to instead (303, <c>?next=</c> the request URL); default none.</param>
    /// <returns>The guarded endpoint.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A scope is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not a known HTTP status code.</exception>
    public static Func<Request, Task<Response>> Scopes(Func<Request, Task<Response>> endpoint, IEnumerable<string> scopes, int statusCode = Status.Http403Forbidden, string? redirect = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var guard = ScopeGuard.Create(scopes, statusCode, redirect);
        return request => guard.Deny(request) is { } denied ? Task.FromResult(denied) : endpoint(request);
    }

    /// <summary>Guards a synchronous request endpoint by one scope.</summary>
    /// <param name="endpoint">The endpoint to guard.</param>
    /// <param name="scope">The scope the credentials must hold.</param>
    /// <param name="statusCode">The status of the <see cref="HttpException"/> for a request without the scope; default 403.</param>
    /// <param name="redirect">A route name to redirect to instead (303, <c>?next=</c> the request URL); default none.</param>
    /// <returns>The guarded endpoint.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not a known HTTP status code.</exception>
    public static Func<Request, Response> Scopes(Func<Request, Response> endpoint, string scope, int statusCode = Status.Http403Forbidden, string? redirect = null) =>
        Scopes(endpoint, [ThrowIfNull(scope)], statusCode, redirect);

    /// <summary>Guards a synchronous request endpoint by several scopes, all required.</summary>
    /// <param name="endpoint">The endpoint to guard.</param>
    /// <param name="scopes">The scopes the credentials must all hold.</param>
    /// <param name="statusCode">The status of the <see cref="HttpException"/> for a request without them; default 403.</param>
    /// <param name="redirect">A route name to redirect to instead (303, <c>?next=</c> the request URL); default none.</param>
    /// <returns>The guarded endpoint.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A scope is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not a known HTTP status code.</exception>
    public static Func<Request, Response> Scopes(Func<Request, Response> endpoint, IEnumerable<string> scopes, int statusCode = Status.Http403Forbidden, string? redirect = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var guard = ScopeGuard.Create(scopes, statusCode, redirect);
        return request => guard.Deny(request) ?? endpoint(request);
    }

    private static string ThrowIfNull(string scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope;
    }
}
