using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Starlette.Datastructures;
using Starlette.Types;

namespace Starlette.Routing;

/// <summary>
/// Mounts an app or a list of routes under a path prefix (upstream's <c>Mount</c>). The scope's path keeps the full
/// path; the root path grows by the matched prefix, so the mounted app routes on what is left.
/// </summary>
public sealed class Mount : BaseRoute
{
    private readonly CompiledPath _path;
    private readonly int _pathIndex;

    /// <summary>Mounts an app.</summary>
    /// <param name="path">The prefix, empty or starting with <c>/</c>; a trailing slash is dropped.</param>
    /// <param name="app">The mounted app.</param>
    /// <param name="name">The mount's name, the prefix of nested route names (<c>name:child</c>).</param>
    /// <param name="middleware">Middleware around the app, the first outermost.</param>
    /// <param name="maxBodySize">The largest request body accepted under the mount, in bytes (upstream's <c>max_body_size</c>); it replaces an outer limit. Default: none of its own.</param>
    /// <exception cref="ArgumentException">The path does not start with <c>/</c>, or its pattern is invalid.</exception>
    public Mount(string path, AsgiApp app, string? name = null, IEnumerable<MiddlewareDescriptor>? middleware = null, long? maxBodySize = null)
        : this(path, (object)app, name, middleware, maxBodySize)
    {
    }

    /// <summary>Mounts an app that lists its routes (an application), so their names resolve through the mount.</summary>
    /// <param name="path">The prefix, empty or starting with <c>/</c>; a trailing slash is dropped.</param>
    /// <param name="app">The mounted app.</param>
    /// <param name="name">The mount's name, the prefix of nested route names.</param>
    /// <param name="middleware">Middleware around the app, the first outermost.</param>
    /// <param name="maxBodySize">The largest request body accepted under the mount, in bytes (upstream's <c>max_body_size</c>); it replaces an outer limit. Default: none of its own.</param>
    /// <exception cref="ArgumentException">The path does not start with <c>/</c>, or its pattern is invalid.</exception>
    /// <remarks>Preferred over the <see cref="AsgiApp"/> overload for an app that is both (a <c>StarletteApp</c>).</remarks>
    [OverloadResolutionPriority(1)]
    public Mount(string path, IRoutedApp app, string? name = null, IEnumerable<MiddlewareDescriptor>? middleware = null, long? maxBodySize = null)
        : this(path, (object)app, name, middleware, maxBodySize)
    {
    }

    /// <summary>Mounts a list of routes (in a new <see cref="Router"/>).</summary>
    /// <param name="path">The prefix, empty or starting with <c>/</c>; a trailing slash is dropped.</param>
    /// <param name="routes">The routes.</param>
    /// <param name="name">The mount's name, the prefix of nested route names.</param>
    /// <param name="middleware">Middleware around the router, the first outermost.</param>
    /// <param name="maxBodySize">The largest request body accepted under the mount, in bytes (upstream's <c>max_body_size</c>); it replaces an outer limit. Default: none of its own.</param>
    /// <exception cref="ArgumentException">The path does not start with <c>/</c>, or its pattern is invalid.</exception>
    public Mount(string path, IEnumerable<BaseRoute> routes, string? name = null, IEnumerable<MiddlewareDescriptor>? middleware = null, long? maxBodySize = null)
        : this(path, new Router(routes ?? throw new ArgumentNullException(nameof(routes))), name, middleware, maxBodySize)
    {
    }

    private Mount(string path, object baseApp, string? name, IEnumerable<MiddlewareDescriptor>? middleware, long? maxBodySize)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length > 0 && !path.StartsWith('/')) throw new ArgumentException("Routed paths must start with '/'", nameof(path));
        Path = path.TrimEnd('/');
        BaseApp = baseApp;
        App = RequestBodyLimitMiddleware.Wrap(Wrap(baseApp is IRoutedApp routed ? routed.InvokeAsync : (AsgiApp)baseApp, middleware), maxBodySize);
        Name = name;
        _path = CompiledPath.Compile(Path + "/{path:path}");
        Template = new RouteTemplate.Cache(Path);
        _pathIndex = _path.ParamNames.Count - 1;
        for (var i = 0; i < _path.ParamNames.Count; i++)
        {
            if (_path.ParamNames[i] == "path") _pathIndex = i;
        }
    }

    internal RouteTemplate.Cache Template { get; }

    internal RouteTemplate.Cache LeafTemplate { get; } = RouteTemplate.ForMountRest();

    /// <summary>The prefix, without a trailing slash.</summary>
    public string Path { get; }

    /// <summary>The mounted app as given (a <see cref="Router"/> for a list of routes).</summary>
    public object BaseApp { get; }

    /// <summary>The app that handles matched connections: the mounted app wrapped in the middleware.</summary>
    public AsgiApp App { get; }

    /// <summary>The mount's name, or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>The routes of the mounted app when it is an <see cref="IRoutedApp"/> (a <see cref="Router"/>), else empty.</summary>
    public IReadOnlyList<BaseRoute> Routes => BaseApp is IRoutedApp routed ? routed.Routes : [];

    /// <summary>The path format, such as <c>/users/{path}</c>.</summary>
    public string PathFormat => _path.Format;

    /// <inheritdoc />
    public override RouteMatch Matches(Scope scope, out ChildScope childScope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        childScope = default;
        if (scope.Type is not (ScopeType.Http or ScopeType.WebSocket)) return RouteMatch.None;
        var rootPath = scope.RootPath;
        var routePath = RoutePath.Get(scope);
        if (!_path.TryMatch(routePath, out var values)) return RouteMatch.None;
        var remaining = (string)values[_pathIndex];
        var matchedPath = routePath[..^(remaining.Length + 1)];
        var appRootPath = scope.TryGetItem(ScopeItemKeys.AppRootPath, out var existing) && existing is string text ? text : rootPath;
        childScope = new ChildScope(MergeParams(scope, _path, values, _pathIndex), App, rootPath + matchedPath, appRootPath);
        return RouteMatch.Full;
    }

    /// <inheritdoc />
    public override bool TryUrlPathFor(string name, IReadOnlyDictionary<string, object?> pathParams, [NotNullWhen(true)] out UrlPath? path)
    {
        path = null;
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(pathParams);
        if (Name is not null && name == Name && pathParams.TryGetValue("path", out var pathValue))
        {
            var remaining = new Dictionary<string, object?>(pathParams, StringComparer.Ordinal)
            {
                ["path"] = (Convert.ToString(pathValue, System.Globalization.CultureInfo.InvariantCulture) ?? "").TrimStart('/'),
            };
            var mountPath = _path.Replace(remaining);
            if (remaining.Count == 0)
            {
                path = new UrlPath(mountPath);
                return true;
            }
        }
        else if (Name is null || name.StartsWith(Name + ":", StringComparison.Ordinal))
        {
            var remainingName = Name is null ? name : name[(Name.Length + 1)..];
            var remaining = new Dictionary<string, object?>(pathParams, StringComparer.Ordinal);
            pathParams.TryGetValue("path", out var pathKwarg);
            remaining["path"] = "";
            var prefix = _path.Replace(remaining).TrimEnd('/');
            if (pathKwarg is not null) remaining["path"] = pathKwarg;
            foreach (var route in Routes)
            {
                if (route.TryUrlPathFor(remainingName, remaining, out var url))
                {
                    path = new UrlPath(prefix + url.Path, url.Protocol);
                    return true;
                }
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override ValueTask HandleAsync(Scope scope, Receive receive, Send send) => App(scope, receive, send);

    internal override string[]? LiteralSegments => RouteIndex.LiteralSegmentsOf(_path);

    internal override bool MatchesRoutePath(Scope scope, ReadOnlySpan<char> routePath) =>
        scope.Type is ScopeType.Http or ScopeType.WebSocket && _path.IsMatch(routePath);

    /// <summary>Describes the mount, e.g. <c>Mount(path='/users', name='users')</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Mount(path='{Path}', name='{Name ?? ""}', app={BaseApp})";
}
