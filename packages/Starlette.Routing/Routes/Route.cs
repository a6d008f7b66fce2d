using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Starlette.Datastructures;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Types;

namespace Starlette.Routing;

/// <summary>
/// An HTTP route (upstream's <c>Route</c>): a path pattern, an endpoint, the methods it accepts (GET brings HEAD),
/// a name for <c>UrlPathFor</c>, and optional middleware.
/// </summary>
/// <example>
/// <code>
/// new Route("/users/{id:int}", request => new PlainTextResponse($"user {request.PathParams["id"]}"), name: "user")
/// </code>
/// </example>
public sealed class Route : BaseRoute
{
    private readonly CompiledPath _path;
    private readonly HashSet<string>? _methods;
    private readonly string? _allow;

    /// <summary>Creates a route to an asynchronous request endpoint; methods default to GET (and HEAD).</summary>
    /// <param name="path">The path pattern, starting with <c>/</c>, such as <c>/users/{id:int}</c>.</param>
    /// <param name="endpoint">Turns a request into a response.</param>
    /// <param name="methods">The accepted methods; default GET.</param>
    /// <param name="name">The route's name; default the endpoint method's name.</param>
    /// <param name="includeInSchema">Whether schema generators list the route.</param>
    /// <param name="middleware">Middleware around the endpoint, the first outermost.</param>
    /// <param name="maxBodySize">The largest request body this route accepts, in bytes (upstream's <c>max_body_size</c>); it replaces an outer limit. Default: none of its own.</param>
    /// <exception cref="ArgumentException">The path does not start with <c>/</c>, or its pattern is invalid.</exception>
    [OverloadResolutionPriority(1)]
    public Route(string path, Func<Request, ValueTask<Response>> endpoint, IEnumerable<string>? methods = null, string? name = null, bool includeInSchema = true, IEnumerable<Middleware>? middleware = null, long? maxBodySize = null)
        : this(path, endpoint, RequestResponse(ThrowIfNull(endpoint)), methods ?? ["GET"], name ?? EndpointName.Of(endpoint), includeInSchema, middleware, maxBodySize)
    {
    }

    /// <summary>Creates a route to a <see cref="Task"/>-returning request endpoint; methods default to GET (and HEAD).</summary>
    /// <param name="path">The path pattern, starting with <c>/</c>.</param>
    /// <param name="endpoint">Turns a request into a response.</param>
    /// <param name="methods">The accepted methods; default GET.</param>
    /// <param name="name">The route's name; default the endpoint method's name.</param>
    /// <param name="includeInSchema">Whether schema generators list the route.</param>
    /// <param name="middleware">Middleware around the endpoint, the first outermost.</param>
    /// <param name="maxBodySize">The largest request body this route accepts, in bytes (upstream's <c>max_body_size</c>); it replaces an outer limit. Default: none of its own.</param>
    /// <exception cref="ArgumentException">The path does not start with <c>/</c>, or its pattern is invalid.</exception>
    public Route(string path, Func<Request, Task<Response>> endpoint, IEnumerable<string>? methods = null, string? name = null, bool includeInSchema = true, IEnumerable<Middleware>? middleware = null, long? maxBodySize = null)
        : this(path, endpoint, RequestResponse(ThrowIfNull(endpoint)), methods ?? ["GET"], name ?? EndpointName.Of(endpoint), includeInSchema, middleware, maxBodySize)
    {
    }

    /// <summary>
    /// Creates a route to a synchronous request endpoint, run on the thread pool (upstream's <c>run_in_threadpool</c>);
    /// methods default to GET (and HEAD).
    /// </summary>
    /// <param name="path">The path pattern, starting with <c>/</c>.</param>
    /// <param name="endpoint">Turns a request into a response.</param>
    /// <param name="methods">The accepted methods; default GET.</param>
    /// <param name="name">The route's name; default the endpoint method's name.</param>
    /// <param name="includeInSchema">Whether schema generators list the route.</param>
    /// <param name="middleware">Middleware around the endpoint, the first outermost.</param>
    /// <param name="maxBodySize">The largest request body this route accepts, in bytes (upstream's <c>max_body_size</c>); it replaces an outer limit. Default: none of its own.</param>
    /// <exception cref="ArgumentException">The path does not start with <c>/</c>, or its pattern is invalid.</exception>
    public Route(string path, Func<Request, Response> endpoint, IEnumerable<string>? methods = null, string? name = null, bool includeInSchema = true, IEnumerable<Middleware>? middleware = null, long? maxBodySize = null)
        : this(path, endpoint, RequestResponse(ThrowIfNull(endpoint)), methods ?? ["GET"], name ?? EndpointName.Of(endpoint), includeInSchema, middleware, maxBodySize)
    {
    }

    /// <summary>Creates a route to an app; every method is accepted unless <paramref name="methods"/> is given.</summary>
    /// <param name="path">The path pattern, starting with <c>/</c>.</param>
    /// <param name="endpoint">The app handling the request.</param>
    /// <param name="methods">The accepted methods; default all.</param>
    /// <param name="name">The route's name; default the app method's name.</param>
    /// <param name="includeInSchema">Whether schema generators list the route.</param>
    /// <param name="middleware">Middleware around the app, the first outermost.</param>
    /// <param name="maxBodySize">The largest request body this route accepts, in bytes (upstream's <c>max_body_size</c>); it replaces an outer limit. Default: none of its own.</param>
    /// <exception cref="ArgumentException">The path does not start with <c>/</c>, or its pattern is invalid.</exception>
    public Route(string path, AsgiApp endpoint, IEnumerable<string>? methods = null, string? name = null, bool includeInSchema = true, IEnumerable<Middleware>? middleware = null, long? maxBodySize = null)
        : this(path, endpoint, ThrowIfNull(endpoint), methods, name ?? EndpointName.Of(endpoint), includeInSchema, middleware, maxBodySize)
    {
    }

    private Route(string path, Delegate endpoint, AsgiApp app, IEnumerable<string>? methods, string name, bool includeInSchema, IEnumerable<Middleware>? middleware, long? maxBodySize)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.StartsWith('/')) throw new ArgumentException("Routed paths must start with '/'", nameof(path));
        Path = path;
        Endpoint = endpoint;
        Name = name;
        IncludeInSchema = includeInSchema;
        App = RequestBodyLimitMiddleware.Wrap(Wrap(app, middleware), maxBodySize);
        if (methods is not null)
        {
            _methods = new HashSet<string>(StringComparer.Ordinal);
            foreach (var method in methods) _methods.Add(method.ToUpperInvariant());
            if (_methods.Contains("GET")) _methods.Add("HEAD");
            _allow = string.Join(", ", _methods);
        }

        _path = CompiledPath.Compile(path);
        Template = new RouteTemplate.Cache(path);
    }

    internal RouteTemplate.Cache Template { get; }

    /// <summary>The path pattern.</summary>
    public string Path { get; }

    /// <summary>The endpoint as given (recorded as <c>scope["endpoint"]</c>).</summary>
    public Delegate Endpoint { get; }

    /// <summary>The app that handles matched requests: the endpoint wrapped in the middleware.</summary>
    public AsgiApp App { get; }

    /// <summary>The route's name.</summary>
    public string Name { get; }

    /// <summary>Whether schema generators list the route.</summary>
    public bool IncludeInSchema { get; }

    /// <summary>The accepted methods (uppercase, HEAD added for GET), or <see langword="null"/> for all.</summary>
    public IReadOnlySet<string>? Methods => _methods;

    /// <summary>The path format, such as <c>/users/{id}</c>.</summary>
    public string PathFormat => _path.Format;

    /// <summary>The convertors of the path parameters, by name.</summary>
    public IReadOnlyDictionary<string, Convertor> ParamConvertors => _path.ParamConvertors;

    /// <inheritdoc />
    public override RouteMatch Matches(Scope scope, out ChildScope childScope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        childScope = default;
        if (scope.Type != ScopeType.Http || !_path.TryMatch(RoutePath.Get(scope), out var values)) return RouteMatch.None;
        childScope = new ChildScope(_path.IsStatic ? null : MergeParams(scope, _path, values), Endpoint);
        return _methods is not null && !_methods.Contains(scope.Method) ? RouteMatch.Partial : RouteMatch.Full;
    }

    /// <inheritdoc />
    public override bool TryUrlPathFor(string name, IReadOnlyDictionary<string, object?> pathParams, [NotNullWhen(true)] out UrlPath? path)
    {
        ArgumentNullException.ThrowIfNull(pathParams);
        path = null;
        if (!string.Equals(name, Name, StringComparison.Ordinal) || !SameKeys(pathParams, _path)) return false;
        path = new UrlPath(_path.Replace(new Dictionary<string, object?>(pathParams, StringComparer.Ordinal)), protocol: "http");
        return true;
    }

    /// <inheritdoc />
    /// <remarks>
    /// A method the route does not accept gets a 405 with an <c>Allow</c> header: an <see cref="HttpException"/>
    /// inside an application (<c>scope.Items["app"]</c> set), so its exception handlers answer, else a plain-text
    /// <c>Method Not Allowed</c>.
    /// </remarks>
    public override ValueTask HandleAsync(Scope scope, Receive receive, Send send)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (_methods is not null && !_methods.Contains(scope.Method))
        {
            var headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["Allow"] = _allow! };
            if (scope.TryGetItem(ScopeItemKeys.App, out _)) throw new HttpException(Status.Http405MethodNotAllowed, headers: headers);
            return new PlainTextResponse("Method Not Allowed", Status.Http405MethodNotAllowed, headers).ExecuteAsync(scope, receive, send);
        }

        return App(scope, receive, send);
    }

    internal override string? FirstSegment => RouteIndex.FirstSegmentOf(_path);

    internal override bool MatchesRoutePath(Scope scope, ReadOnlySpan<char> routePath) =>
        scope.Type == ScopeType.Http && _path.IsMatch(routePath);

    /// <summary>Describes the route, e.g. <c>Route(path='/users', name='users', methods=['GET', 'HEAD'])</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var methods = _methods is null ? [] : _methods.Order(StringComparer.Ordinal).Select(m => $"'{m}'");
        return $"Route(path='{Path}', name='{Name}', methods=[{string.Join(", ", methods)}])";
    }

    private static T ThrowIfNull<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return value;
    }

    private static AsgiApp RequestResponse(Func<Request, ValueTask<Response>> endpoint) =>
        (scope, receive, send) => RespondAsync(scope, receive, send, endpoint, static (endpoint, request) => endpoint(request));

    private static AsgiApp RequestResponse(Func<Request, Task<Response>> endpoint) =>
        (scope, receive, send) => RespondAsync(scope, receive, send, endpoint, static (endpoint, request) => new ValueTask<Response>(endpoint(request)));

    private static AsgiApp RequestResponse(Func<Request, Response> endpoint) =>
        (scope, receive, send) => RespondAsync(scope, receive, send, endpoint, static (endpoint, request) => new ValueTask<Response>(Task.Run(() => endpoint(request))));

    // What the endpoint raises is answered here when the app's exception handlers can (upstream's
    // wrap_app_handling_exceptions), so route and mount middleware see the handled response.
    private static ValueTask RespondAsync<TEndpoint>(Scope scope, Receive receive, Send send, TEndpoint endpoint, Func<TEndpoint, Request, ValueTask<Response>> call)
    {
        var request = new Request(scope, receive, send);
        ValueTask<Response> responding;
        try
        {
            responding = call(endpoint, request);
        }
        catch (Exception error) when (IEndpointExceptionHandler.Find(scope, error) is { } handler)
        {
            return handler.HandleAsync(request, error, scope, receive, send);
        }

        // No state machine when the endpoint answers synchronously (the common case).
        return responding.IsCompletedSuccessfully
            ? responding.Result.ExecuteAsync(scope, receive, send)
            : AwaitResponseAsync(scope, receive, send, request, responding);
    }

    private static async ValueTask AwaitResponseAsync(Scope scope, Receive receive, Send send, Request request, ValueTask<Response> responding)
    {
        Response response;
        try
        {
            response = await responding.ConfigureAwait(false);
        }
        catch (Exception error) when (IEndpointExceptionHandler.Find(scope, error) is { } handler)
        {
            await handler.HandleAsync(request, error, scope, receive, send).ConfigureAwait(false);
            return;
        }

        await response.ExecuteAsync(scope, receive, send).ConfigureAwait(false);
    }
}
