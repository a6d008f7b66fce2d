using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Starlette.Datastructures;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Types;
using Starlette.WebSockets;

namespace Starlette.Routing;

/// <summary>
/// Dispatches connections to routes (upstream's <c>Router</c>): the first full match handles the connection, else
/// the first partial match (a 405), else a slash-toggled redirect when that path would match, else the default app
/// (404). Also runs the lifespan, and builds URL paths by route name.
/// </summary>
/// <example>
/// <code>
/// var router = new Router([
///     new Route("/", request => new PlainTextResponse("Hello")),
///     new Mount("/users", [new Route("/{id:int}", GetUser, name: "user")], name: "users"),
/// ]);
/// AsgiApp app = router.InvokeAsync;
/// </code>
/// </example>
public sealed class Router : IUrlPathProvider, IRoutedApp
{
    private readonly RouteCollection _routes;
    private RouteIndex? _index;
    private readonly AsgiApp _stack;

    /// <summary>Creates the router.</summary>
    /// <param name="routes">The routes, tried in order.</param>
    /// <param name="redirectSlashes">Whether a miss redirects (307) to the path with its trailing slash toggled when that path matches.</param>
    /// <param name="defaultApp">Handles what no route matches; default: a 404 <c>Not Found</c> (an <see cref="HttpException"/> inside an application), or a WebSocket close.</param>
    /// <param name="lifespan">Runs startup and shutdown for lifespan scopes; default: nothing.</param>
    /// <param name="middleware">Middleware around the router, the first outermost.</param>
    /// <param name="maxBodySize">The largest request body the router accepts, in bytes (upstream's <c>max_body_size</c>); it replaces an outer limit. Default: none of its own.</param>
    public Router(IEnumerable<BaseRoute>? routes = null, bool redirectSlashes = true, AsgiApp? defaultApp = null, Lifespan? lifespan = null, IEnumerable<Middleware>? middleware = null, long? maxBodySize = null)
    {
        _routes = new RouteCollection(routes ?? [], () => _index = null);
        RedirectSlashes = redirectSlashes;
        Default = defaultApp ?? NotFoundAsync;
        LifespanContext = lifespan;
        _stack = RequestBodyLimitMiddleware.Wrap(BaseRoute.Wrap(DispatchAsync, middleware), maxBodySize);
    }

    /// <summary>The routes, tried in order. Changes take effect for the next connection.</summary>
    public RouteCollection Routes => _routes;

    IReadOnlyList<BaseRoute> IRoutedApp.Routes => _routes;

    /// <summary>Whether a miss redirects to the slash-toggled path when that path matches.</summary>
    public bool RedirectSlashes { get; }

    /// <summary>The app for what no route matches.</summary>
    public AsgiApp Default { get; }

    /// <summary>The lifespan, or <see langword="null"/> for none.</summary>
    public Lifespan? LifespanContext { get; }

    /// <summary>Runs the router (through its middleware) for one connection or the lifespan.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="receive">The receive channel.</param>
    /// <param name="send">The send channel.</param>
    /// <returns>A task that completes when the connection is handled.</returns>
    public ValueTask InvokeAsync(Scope scope, Receive receive, Send send) => _stack(scope, receive, send);

    /// <summary>The router as an <see cref="AsgiApp"/> (<see cref="InvokeAsync"/>).</summary>
    /// <returns>The app.</returns>
    public AsgiApp ToApp() => InvokeAsync;

    /// <summary>The router as an <see cref="AsgiApp"/>.</summary>
    /// <param name="router">The router.</param>
    public static implicit operator AsgiApp(Router router)
    {
        ArgumentNullException.ThrowIfNull(router);
        return router.InvokeAsync;
    }

    /// <summary>Adds a <see cref="Route"/> (upstream's <c>add_route</c>).</summary>
    /// <param name="path">The path pattern.</param>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="methods">The accepted methods; default GET.</param>
    /// <param name="name">The route's name.</param>
    /// <param name="includeInSchema">Whether schema generators list the route.</param>
    public void AddRoute(string path, Func<Request, ValueTask<Response>> endpoint, IEnumerable<string>? methods = null, string? name = null, bool includeInSchema = true) =>
        _routes.Add(new Route(path, endpoint, methods, name, includeInSchema));

    /// <summary>Adds a <see cref="WebSocketRoute"/> (upstream's <c>add_websocket_route</c>).</summary>
    /// <param name="path">The path pattern.</param>
    /// <param name="endpoint">The session endpoint.</param>
    /// <param name="name">The route's name.</param>
    public void AddWebSocketRoute(string path, Func<WebSocket, ValueTask> endpoint, string? name = null) =>
        _routes.Add(new WebSocketRoute(path, endpoint, name));

    /// <summary>Adds a <see cref="Routing.Mount"/> (upstream's <c>mount</c>).</summary>
    /// <param name="path">The prefix.</param>
    /// <param name="app">The mounted app.</param>
    /// <param name="name">The mount's name.</param>
    public void Mount(string path, AsgiApp app, string? name = null) => _routes.Add(new Mount(path, app, name));

    /// <summary>Adds a <see cref="Routing.Mount"/> of an app that lists its routes (an application), so their names resolve.</summary>
    /// <param name="path">The prefix.</param>
    /// <param name="app">The mounted app.</param>
    /// <param name="name">The mount's name.</param>
    [OverloadResolutionPriority(1)]
    public void Mount(string path, IRoutedApp app, string? name = null) => _routes.Add(new Mount(path, app, name));

    /// <summary>Adds a <see cref="Routing.Host"/> route (upstream's <c>host</c>).</summary>
    /// <param name="host">The host pattern.</param>
    /// <param name="app">The app serving it.</param>
    /// <param name="name">The route's name.</param>
    public void Host(string host, AsgiApp app, string? name = null) => _routes.Add(new Host(host, app, name));

    /// <inheritdoc />
    public UrlPath UrlPathFor(string name, IReadOnlyDictionary<string, object?> pathParams)
    {
        ArgumentNullException.ThrowIfNull(pathParams);
        ArgumentNullException.ThrowIfNull(name);
        return TryUrlPathFor(name, pathParams, out var path) ? path : throw new NoMatchFoundException(name, pathParams.Keys);
    }

    /// <summary>Builds the path of the route called <paramref name="name"/>, or reports there is none, without an exception.</summary>
    /// <param name="name">The route's name.</param>
    /// <param name="pathParams">The path parameters.</param>
    /// <param name="path">The path, when found.</param>
    /// <returns>Whether a route has that name and exactly those parameters.</returns>
    /// <exception cref="ArgumentException">A parameter's value cannot be put in the path.</exception>
    public bool TryUrlPathFor(string name, IReadOnlyDictionary<string, object?> pathParams, [NotNullWhen(true)] out UrlPath? path)
    {
        ArgumentNullException.ThrowIfNull(pathParams);
        var routes = _routes;
        for (var i = 0; i < routes.Count; i++)
        {
            if (routes[i].TryUrlPathFor(name, pathParams, out path)) return true;
        }

        path = null;
        return false;
    }

    /// <summary>Builds the path of the route called <paramref name="name"/> without parameters.</summary>
    /// <param name="name">The route's name.</param>
    /// <returns>The path.</returns>
    /// <exception cref="NoMatchFoundException">No route has that name and no parameters.</exception>
    public UrlPath UrlPathFor(string name) => UrlPathFor(name, BaseRoute.Empty);

    /// <summary>Describes the router.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Router(routes=[{string.Join(", ", _routes)}])";

    private ValueTask DispatchAsync(Scope scope, Receive receive, Send send)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.TryGetItem(ScopeItemKeys.Router, out _)) scope.Items[ScopeItemKeys.Router] = this;
        if (scope.Type == ScopeType.Lifespan) return RouterLifespan.RunAsync(LifespanContext, scope, receive, send);

        BaseRoute? partial = null;
        ChildScope partialScope = default;
        var routes = _routes;
        var index = _index ??= RouteIndex.Build(routes);
        var candidates = index.Candidates(RoutePath.Get(scope));
        for (var i = 0; i < candidates.Length; i++)
        {
            var route = routes[candidates[i]];
            var match = route.Matches(scope, out var child);
            if (match == RouteMatch.Full)
            {
                child.ApplyTo(scope);
                RouteTemplate.Record(scope, route);
                return route.HandleAsync(scope, receive, send);
            }

            if (match == RouteMatch.Partial && partial is null)
            {
                partial = route;
                partialScope = child;
            }
        }

        if (partial is not null)
        {
            partialScope.ApplyTo(scope);
            RouteTemplate.Record(scope, partial);
            return partial.HandleAsync(scope, receive, send);
        }

        if (scope.Type == ScopeType.Http && RedirectSlashes && TryRedirect(scope, out var location))
        {
            return new RedirectResponse(location).ExecuteAsync(scope, receive, send);
        }

        return Default(scope, receive, send);
    }

    private bool TryRedirect(Scope scope, out string location)
    {
        location = "";
        var routePath = RoutePath.Get(scope);
        if (routePath == "/") return false;
        var trailing = routePath.EndsWith('/');
        Span<char> buffer = routePath.Length < 255 ? stackalloc char[256] : new char[routePath.Length + 1];
        scoped ReadOnlySpan<char> probe;
        if (trailing)
        {
            probe = routePath.AsSpan().TrimEnd('/');
        }
        else
        {
            routePath.CopyTo(buffer);
            buffer[routePath.Length] = '/';
            probe = buffer[..(routePath.Length + 1)];
        }

        var routes = _routes;
        var candidates = (_index ??= RouteIndex.Build(routes)).Candidates(probe);
        for (var i = 0; i < candidates.Length; i++)
        {
            if (!routes[candidates[i]].MatchesRoutePath(scope, probe)) continue;
            var redirectScope = scope.Clone();
            redirectScope.Path = trailing ? scope.Path.TrimEnd('/') : scope.Path + "/";
            location = Url.FromScope(redirectScope).ToString();
            return true;
        }

        return false;
    }

    private static ValueTask NotFoundAsync(Scope scope, Receive receive, Send send)
    {
        if (scope.Type == ScopeType.WebSocket) return new WebSocketClose().ExecuteAsync(scope, receive, send);
        if (scope.TryGetItem(ScopeItemKeys.App, out _)) throw new HttpException(Status.Http404NotFound);
        return BaseRoute.NotFound().ExecuteAsync(scope, receive, send);
    }
}
