using System.Runtime.CompilerServices;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Types;

namespace Starlette;

/// <summary>
/// A class-based HTTP endpoint (upstream's <c>HTTPEndpoint</c>) as a table of handlers by method: only the standard
/// verbs (GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS) can be mapped; HEAD falls back to GET. Any other method gets
/// a 405 with an <c>Allow</c> header listing the mapped verbs: an <see cref="HttpException"/> inside an application
/// (<c>scope.Items["app"]</c> set), so its exception handlers answer, else a plain-text <c>Method Not Allowed</c>.
/// </summary>
/// <example>
/// <code>
/// sealed class Users : HttpEndpoint
/// {
///     public Users()
///     {
///         Get(request => new PlainTextResponse("all users"));
///         Post(async request => new JsonResponse(await request.JsonAsync()));
///     }
/// }
/// var route = new Route("/users", new Users());
/// </code>
/// </example>
public partial class HttpEndpoint : IHttpMethodHandlers
{
    private static readonly string[] StandardMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
    private readonly Dictionary<string, Func<Request, ValueTask<Response>>> _handlers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Delegate> _given = new(StringComparer.Ordinal);

    /// <summary>The mapped methods, in the standard order (GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS).</summary>
    public IReadOnlyList<string> AllowedMethods => [.. StandardMethods.Where(_handlers.ContainsKey)];

    /// <summary>The endpoint as an <see cref="AsgiApp"/>.</summary>
    /// <param name="endpoint">The endpoint.</param>
    public static implicit operator AsgiApp(HttpEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return endpoint.InvokeAsync;
    }

    /// <summary>The endpoint as an <see cref="AsgiApp"/>.</summary>
    /// <returns>The delegate.</returns>
    public AsgiApp ToApp() => InvokeAsync;

    /// <summary>Maps a standard method to a handler, replacing any earlier one.</summary>
    /// <param name="method">GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS (case-insensitive).</param>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    /// <exception cref="ArgumentException"><paramref name="method"/> is not a standard method.</exception>
    public HttpEndpoint Map(string method, Func<Request, ValueTask<Response>> handler)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(handler);
        return Map(method, handler, handler);
    }

    /// <summary>Maps a standard method to a synchronous handler, run on the thread pool so that blocking work does not
    /// hold the request's thread (upstream's <c>run_in_threadpool</c>).</summary>
    /// <param name="method">GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS.</param>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    public HttpEndpoint Map(string method, Func<Request, Response> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Map(method, request => new ValueTask<Response>(Task.Run(() => handler(request))), handler);
    }

    /// <summary>Maps a standard method to a handler returning a <see cref="Task{TResult}"/> of a response type (a method
    /// such as <c>async Task&lt;JsonResponse&gt; List(Request request)</c>).</summary>
    /// <typeparam name="TResponse">The response type the handler returns.</typeparam>
    /// <param name="method">GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS (case-insensitive).</param>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    [OverloadResolutionPriority(-1)]
    public HttpEndpoint Map<TResponse>(string method, Func<Request, Task<TResponse>> handler)
        where TResponse : Response
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Map(method, request => Awaited(handler(request)), handler);
    }

    /// <summary>Maps a standard method to a handler returning a <see cref="ValueTask{TResult}"/> of a response type
    /// (<c>request =&gt; ValueTask.FromResult(new PlainTextResponse("hi"))</c>).</summary>
    /// <typeparam name="TResponse">The response type the handler returns.</typeparam>
    /// <param name="method">GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS (case-insensitive).</param>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    [OverloadResolutionPriority(-1)]
    public HttpEndpoint Map<TResponse>(string method, Func<Request, ValueTask<TResponse>> handler)
        where TResponse : Response
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Map(method, request => Awaited(handler(request)), handler);
    }

    /// <inheritdoc />
    IReadOnlyDictionary<string, Delegate> IHttpMethodHandlers.MethodHandlers => _given;

    /// <summary>Dispatches the request to the handler of its method.</summary>
    /// <param name="scope">The HTTP scope.</param>
    /// <param name="receive">Receives messages.</param>
    /// <param name="send">Sends messages.</param>
    /// <returns>A task that completes when the response is sent.</returns>
    /// <exception cref="ArgumentException">The scope is not an HTTP scope.</exception>
    /// <exception cref="HttpException">405, inside an application, for a method that is not mapped.</exception>
    public async ValueTask InvokeAsync(Scope scope, Receive receive, Send send)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Type != ScopeType.Http) throw new ArgumentException("HttpEndpoint serves HTTP scopes only.", nameof(scope));
        var request = new Request(scope, receive);
        var method = request.Method;
        if (!_handlers.TryGetValue(method, out var handler) && !(method == "HEAD" && _handlers.TryGetValue("GET", out handler)))
            handler = MethodNotAllowed;
        var response = await handler(request).ConfigureAwait(false);
        await response.ExecuteAsync(scope, receive, send).ConfigureAwait(false);
    }

    private HttpEndpoint Map(string method, Func<Request, ValueTask<Response>> handler, Delegate given)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(handler);
        var upper = method.ToUpperInvariant();
        if (!StandardMethods.Contains(upper)) throw new ArgumentException($"'{method}' is not a standard HTTP method.", nameof(method));
        _handlers[upper] = handler;
        _given[upper] = given;
        return this;
    }

    private ValueTask<Response> MethodNotAllowed(Request request)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["Allow"] = string.Join(", ", AllowedMethods) };
        if (request.Scope.TryGetItem(ScopeItemKeys.App, out _)) throw new HttpException(Status.Http405MethodNotAllowed, headers: headers);
        return ValueTask.FromResult<Response>(new PlainTextResponse("Method Not Allowed", Status.Http405MethodNotAllowed, headers));
    }

    private static async ValueTask<Response> Awaited<TResponse>(Task<TResponse> response)
        where TResponse : Response => await response.ConfigureAwait(false);

    private static async ValueTask<Response> Awaited<TResponse>(ValueTask<TResponse> response)
        where TResponse : Response => await response.ConfigureAwait(false);
}
