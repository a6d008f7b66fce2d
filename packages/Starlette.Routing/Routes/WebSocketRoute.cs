using System.Diagnostics.CodeAnalysis;
using Starlette.Datastructures;
using Starlette.Types;
using Starlette.WebSockets;

namespace Starlette.Routing;

/// <summary>A WebSocket route (upstream's <c>WebSocketRoute</c>): a path pattern, an endpoint, a name, optional middleware.</summary>
public sealed class WebSocketRoute : BaseRoute
{
    private readonly CompiledPath _path;

    /// <summary>Creates a route to a WebSocket session endpoint.</summary>
    /// <param name="path">The path pattern, starting with <c>/</c>.</param>
    /// <param name="endpoint">Runs the session.</param>
    /// <param name="name">The route's name; default the endpoint method's name.</param>
    /// <param name="middleware">Middleware around the endpoint, the first outermost.</param>
    /// <exception cref="ArgumentException">The path does not start with <c>/</c>, or its pattern is invalid.</exception>
    public WebSocketRoute(string path, Func<WebSocket, ValueTask> endpoint, string? name = null, IEnumerable<Middleware>? middleware = null)
        : this(path, endpoint, Session(endpoint), name, middleware)
    {
    }

    /// <summary>Creates a route to an app.</summary>
    /// <param name="path">The path pattern, starting with <c>/</c>.</param>
    /// <param name="endpoint">The app handling the session.</param>
    /// <param name="name">The route's name; default the app method's name.</param>
    /// <param name="middleware">Middleware around the app, the first outermost.</param>
    /// <exception cref="ArgumentException">The path does not start with <c>/</c>, or its pattern is invalid.</exception>
    public WebSocketRoute(string path, AsgiApp endpoint, string? name = null, IEnumerable<Middleware>? middleware = null)
        : this(path, endpoint, endpoint, name, middleware)
    {
    }

    private WebSocketRoute(string path, Delegate endpoint, AsgiApp app, string? name, IEnumerable<Middleware>? middleware)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!path.StartsWith('/')) throw new ArgumentException("Routed paths must start with '/'", nameof(path));
        Path = path;
        Endpoint = endpoint;
        Name = name ?? EndpointName.Of(endpoint);
        App = Wrap(app, middleware);
        _path = CompiledPath.Compile(path);
        Template = new RouteTemplate.Cache(path);
    }

    internal RouteTemplate.Cache Template { get; }

    /// <summary>The path pattern.</summary>
    public string Path { get; }

    /// <summary>The endpoint as given (recorded as <c>scope["endpoint"]</c>).</summary>
    public Delegate Endpoint { get; }

    /// <summary>The app that handles matched sessions: the endpoint wrapped in the middleware.</summary>
    public AsgiApp App { get; }

    /// <summary>The route's name.</summary>
    public string Name { get; }

    /// <summary>The path format, such as <c>/ws/{room}</c>.</summary>
    public string PathFormat => _path.Format;

    /// <inheritdoc />
    public override RouteMatch Matches(Scope scope, out ChildScope childScope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        childScope = default;
        if (scope.Type != ScopeType.WebSocket || !_path.TryMatch(RoutePath.Get(scope), out var values)) return RouteMatch.None;
        childScope = new ChildScope(_path.IsStatic ? null : MergeParams(scope, _path, values), Endpoint);
        return RouteMatch.Full;
    }

    /// <inheritdoc />
    public override bool TryUrlPathFor(string name, IReadOnlyDictionary<string, object?> pathParams, [NotNullWhen(true)] out UrlPath? path)
    {
        ArgumentNullException.ThrowIfNull(pathParams);
        path = null;
        if (!string.Equals(name, Name, StringComparison.Ordinal) || !SameKeys(pathParams, _path)) return false;
        path = new UrlPath(_path.Replace(new Dictionary<string, object?>(pathParams, StringComparer.Ordinal)), protocol: "websocket");
        return true;
    }

    /// <inheritdoc />
    public override ValueTask HandleAsync(Scope scope, Receive receive, Send send) => App(scope, receive, send);

    internal override string? FirstSegment => RouteIndex.FirstSegmentOf(_path);

    internal override bool MatchesRoutePath(Scope scope, ReadOnlySpan<char> routePath) => false;

    /// <summary>Describes the route, e.g. <c>WebSocketRoute(path='/ws', name='ws')</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"WebSocketRoute(path='{Path}', name='{Name}')";

    private static AsgiApp Session(Func<WebSocket, ValueTask> endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return async (scope, receive, send) =>
        {
            var webSocket = new WebSocket(scope, receive, send);
            try
            {
                await endpoint(webSocket).ConfigureAwait(false);
            }
            catch (Exception error) when (IEndpointExceptionHandler.Find(scope, error) is { } handler)
            {
                await handler.HandleAsync(webSocket, error, scope, receive, send).ConfigureAwait(false);
            }
        };
    }
}
