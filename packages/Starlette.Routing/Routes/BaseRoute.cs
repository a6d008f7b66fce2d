using System.Diagnostics.CodeAnalysis;
using Starlette.Datastructures;
using Starlette.Responses;
using Starlette.Types;
using Starlette.WebSockets;

namespace Starlette.Routing;

/// <summary>
/// One entry of a router (upstream's <c>BaseRoute</c>): decides whether it handles a scope, builds its URL path
/// by name, and handles the connection. A route is also an app of its own (<see cref="InvokeAsync"/>).
/// </summary>
public abstract class BaseRoute
{
    /// <summary>Decides whether the route handles <paramref name="scope"/> (upstream's <c>matches</c>).</summary>
    /// <param name="scope">The connection's scope; not changed.</param>
    /// <param name="childScope">The changes to apply to the scope before <see cref="HandleAsync"/>.</param>
    /// <returns>How well the route matches.</returns>
    public abstract RouteMatch Matches(Scope scope, out ChildScope childScope);

    /// <summary>Builds the path of the route called <paramref name="name"/> (upstream's <c>url_path_for</c>).</summary>
    /// <param name="name">The route's name, with <c>mount:</c> prefixes for nested routes.</param>
    /// <param name="pathParams">The path parameters.</param>
    /// <returns>The path.</returns>
    /// <exception cref="NoMatchFoundException">No route has that name and exactly those parameters.</exception>
    /// <exception cref="ArgumentException">A parameter's value cannot be put in the path.</exception>
    public UrlPath UrlPathFor(string name, IReadOnlyDictionary<string, object?> pathParams)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(pathParams);
        return TryUrlPathFor(name, pathParams, out var path) ? path : throw new NoMatchFoundException(name, pathParams.Keys);
    }

    /// <summary>
    /// Builds the path of the route called <paramref name="name"/>, or reports that this route has no such name
    /// and parameters, without the cost of an exception (routers try every route in turn).
    /// </summary>
    /// <param name="name">The route's name, with <c>mount:</c> prefixes for nested routes.</param>
    /// <param name="pathParams">The path parameters.</param>
    /// <param name="path">The path, when found.</param>
    /// <returns>Whether the route (or one below it) has that name and exactly those parameters.</returns>
    /// <exception cref="ArgumentException">A parameter's value cannot be put in the path.</exception>
    public abstract bool TryUrlPathFor(string name, IReadOnlyDictionary<string, object?> pathParams, [NotNullWhen(true)] out UrlPath? path);

    /// <summary>Builds the path of the route called <paramref name="name"/> without parameters.</summary>
    /// <param name="name">The route's name.</param>
    /// <returns>The path.</returns>
    /// <exception cref="NoMatchFoundException">No route has that name and no parameters.</exception>
    public UrlPath UrlPathFor(string name) => UrlPathFor(name, Empty);

    /// <summary>Handles a connection the route matched (upstream's <c>handle</c>).</summary>
    /// <param name="scope">The scope, with the <see cref="ChildScope"/> applied.</param>
    /// <param name="receive">The receive channel.</param>
    /// <param name="send">The send channel.</param>
    /// <returns>A task that completes when the connection is handled.</returns>
    public abstract ValueTask HandleAsync(Scope scope, Receive receive, Send send);

    /// <summary>
    /// Runs the route as a stand-alone app: a 404 <c>Not Found</c> (or a WebSocket close) when it does not match,
    /// otherwise <see cref="HandleAsync"/>.
    /// </summary>
    /// <param name="scope">The scope.</param>
    /// <param name="receive">The receive channel.</param>
    /// <param name="send">The send channel.</param>
    /// <returns>A task that completes when the connection is handled.</returns>
    public ValueTask InvokeAsync(Scope scope, Receive receive, Send send)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (Matches(scope, out var child) == RouteMatch.None)
        {
            if (scope.Type == ScopeType.Http) return NotFound().ExecuteAsync(scope, receive, send);
            if (scope.Type == ScopeType.WebSocket) return new WebSocketClose().ExecuteAsync(scope, receive, send);
            return ValueTask.CompletedTask;
        }

        child.ApplyTo(scope);
        return HandleAsync(scope, receive, send);
    }

    /// <summary>The route as an <see cref="AsgiApp"/> (<see cref="InvokeAsync"/>).</summary>
    /// <returns>The app.</returns>
    public AsgiApp ToApp() => InvokeAsync;

    /// <summary>
    /// Whether the route would match <paramref name="scope"/> with its route path replaced by
    /// <paramref name="routePath"/> (for redirect_slashes). Built-in routes answer without allocating.
    /// </summary>
    internal virtual bool MatchesRoutePath(Scope scope, ReadOnlySpan<char> routePath)
    {
        var probe = scope.Clone();
        probe.Path = scope.Path[..^RoutePath.Get(scope).Length] + routePath.ToString();
        return Matches(probe, out _) != RouteMatch.None;
    }

    /// <summary>
    /// The complete literal path segments every path this route matches starts with, or <see langword="null"/> when
    /// it may match paths starting with anything (the router's dispatch index uses it).
    /// </summary>
    internal virtual string[]? LiteralSegments => null;

    internal static PlainTextResponse NotFound() => new("Not Found", Status.Http404NotFound);

    internal static IReadOnlyDictionary<string, object?> Empty { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    internal static AsgiApp Wrap(AsgiApp app, IEnumerable<MiddlewareDescriptor>? middleware)
    {
        if (middleware is null) return app;
        var list = middleware as IList<MiddlewareDescriptor> ?? [.. middleware];
        for (var i = list.Count - 1; i >= 0; i--) app = list[i].Wrap(app);
        return app;
    }

    internal static Dictionary<string, object?> MergeParams(Scope scope, CompiledPath path, object[] values, int skip = -1)
    {
        var merged = scope.HasPathParams
            ? new Dictionary<string, object?>(scope.PathParams, StringComparer.Ordinal)
            : new Dictionary<string, object?>(values.Length, StringComparer.Ordinal);
        var names = path.ParamNames;
        for (var i = 0; i < values.Length; i++)
        {
            if (i != skip) merged[names[i]] = values[i];
        }

        return merged;
    }

    internal static bool SameKeys(IReadOnlyDictionary<string, object?> given, CompiledPath path)
    {
        if (given.Count != path.ParamNames.Count) return false;
        foreach (var name in path.ParamNames)
        {
            if (!given.ContainsKey(name)) return false;
        }

        return true;
    }
}
