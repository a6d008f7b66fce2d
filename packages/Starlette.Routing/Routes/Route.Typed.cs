using Starlette.Requests;
using Starlette.Responses;
using Starlette.Types;

namespace Starlette.Routing;

/// <content>
/// Routes to endpoints that return a concrete response type asynchronously (<c>Task&lt;JsonResponse&gt;</c>,
/// <c>ValueTask&lt;PlainTextResponse&gt;</c>): a constructor cannot take them (<c>Task&lt;T&gt;</c> is not covariant,
/// and constructors cannot be generic), so these factories do, inferring the response type from the method group.
/// </content>
public sealed partial class Route
{
    /// <summary>Creates a route to an endpoint returning <c>Task&lt;TResponse&gt;</c>:
    /// <c>Route.Create("/users", ListUsers)</c> for <c>async Task&lt;JsonResponse&gt; ListUsers(Request request)</c>.</summary>
    /// <typeparam name="TResponse">The endpoint's response type.</typeparam>
    /// <param name="path">The path pattern, starting with <c>/</c>.</param>
    /// <param name="endpoint">Turns a request into a response.</param>
    /// <param name="methods">The accepted methods; default GET.</param>
    /// <param name="name">The route's name; default the endpoint method's name.</param>
    /// <param name="includeInSchema">Whether schema generators list the route.</param>
    /// <param name="middleware">Middleware around the endpoint, the first outermost.</param>
    /// <param name="maxBodySize">The largest request body this route accepts, in bytes; it replaces an outer limit.</param>
    /// <returns>The route.</returns>
    /// <exception cref="ArgumentException">The path does not start with <c>/</c>, or its pattern is invalid.</exception>
    public static Route Create<TResponse>(string path, Func<Request, Task<TResponse>> endpoint, IEnumerable<string>? methods = null, string? name = null, bool includeInSchema = true, IEnumerable<MiddlewareDescriptor>? middleware = null, long? maxBodySize = null)
        where TResponse : Response
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        Func<Request, ValueTask<Response>> adapted = async request => await endpoint(request).ConfigureAwait(false);
        return new Route(path, endpoint, RequestResponse(adapted), methods ?? ["GET"], name ?? EndpointName.Of(endpoint), includeInSchema, middleware, maxBodySize);
    }

    /// <summary>Creates a route to an endpoint returning <c>ValueTask&lt;TResponse&gt;</c>.</summary>
    /// <typeparam name="TResponse">The endpoint's response type.</typeparam>
    /// <param name="path">The path pattern, starting with <c>/</c>.</param>
    /// <param name="endpoint">Turns a request into a response.</param>
    /// <param name="methods">The accepted methods; default GET.</param>
    /// <param name="name">The route's name; default the endpoint method's name.</param>
    /// <param name="includeInSchema">Whether schema generators list the route.</param>
    /// <param name="middleware">Middleware around the endpoint, the first outermost.</param>
    /// <param name="maxBodySize">The largest request body this route accepts, in bytes; it replaces an outer limit.</param>
    /// <returns>The route.</returns>
    /// <exception cref="ArgumentException">The path does not start with <c>/</c>, or its pattern is invalid.</exception>
    public static Route Create<TResponse>(string path, Func<Request, ValueTask<TResponse>> endpoint, IEnumerable<string>? methods = null, string? name = null, bool includeInSchema = true, IEnumerable<MiddlewareDescriptor>? middleware = null, long? maxBodySize = null)
        where TResponse : Response
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        Func<Request, ValueTask<Response>> adapted = async request => await endpoint(request).ConfigureAwait(false);
        return new Route(path, endpoint, RequestResponse(adapted), methods ?? ["GET"], name ?? EndpointName.Of(endpoint), includeInSchema, middleware, maxBodySize);
    }
}
