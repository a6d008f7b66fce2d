using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Starlette.Datastructures;
using Starlette.Types;

namespace Starlette.Routing;

/// <summary>
/// Routes on the <c>Host</c> header, port ignored (upstream's <c>Host</c>): a pattern such as
/// <c>{subdomain}.example.org</c> and the app serving it. Its URL paths carry the host.
/// </summary>
public sealed class Host : BaseRoute
{
    private readonly CompiledPath _host;

    /// <summary>Creates the route.</summary>
    /// <param name="host">The host pattern; must not start with <c>/</c>.</param>
    /// <param name="app">The app serving that host.</param>
    /// <param name="name">The route's name, the prefix of nested route names (<c>name:child</c>).</param>
    /// <exception cref="ArgumentException">The host starts with <c>/</c>, or its pattern is invalid.</exception>
    public Host(string host, AsgiApp app, string? name = null)
        : this(host, (object)app, name)
    {
    }

    /// <summary>Creates the route to an app that lists its routes (an application).</summary>
    /// <param name="host">The host pattern; must not start with <c>/</c>.</param>
    /// <param name="app">The app serving that host.</param>
    /// <param name="name">The route's name, the prefix of nested route names.</param>
    /// <exception cref="ArgumentException">The host starts with <c>/</c>, or its pattern is invalid.</exception>
    [OverloadResolutionPriority(1)]
    public Host(string host, IRoutedApp app, string? name = null)
        : this(host, (object)app, name)
    {
    }

    private Host(string host, object app, string? name)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(app);
        if (host.StartsWith('/')) throw new ArgumentException("Host must not start with '/'", nameof(host));
        HostPattern = host;
        BaseApp = app;
        App = app is IRoutedApp routed ? routed.InvokeAsync : (AsgiApp)app;
        Name = name;
        _host = CompiledPath.Compile(host);
    }

    /// <summary>The host pattern.</summary>
    public string HostPattern { get; }

    /// <summary>The app as given.</summary>
    public object BaseApp { get; }

    /// <summary>The app serving the host.</summary>
    public AsgiApp App { get; }

    /// <summary>The route's name, or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>The routes of the app when it is an <see cref="IRoutedApp"/> (a <see cref="Router"/>), else empty.</summary>
    public IReadOnlyList<BaseRoute> Routes => BaseApp is IRoutedApp routed ? routed.Routes : [];

    /// <inheritdoc />
    public override RouteMatch Matches(Scope scope, out ChildScope childScope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        childScope = default;
        if (scope.Type is not (ScopeType.Http or ScopeType.WebSocket)) return RouteMatch.None;
        if (!_host.TryMatch(HostName(scope), out var values)) return RouteMatch.None;
        childScope = new ChildScope(MergeParams(scope, _host, values), App);
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
            var remaining = new Dictionary<string, object?>(pathParams, StringComparer.Ordinal);
            remaining.Remove("path");
            var host = _host.Replace(remaining);
            if (remaining.Count == 0)
            {
                path = new UrlPath(Convert.ToString(pathValue, System.Globalization.CultureInfo.InvariantCulture) ?? "", host: host);
                return true;
            }
        }
        else if (Name is null || name.StartsWith(Name + ":", StringComparison.Ordinal))
        {
            var remainingName = Name is null ? name : name[(Name.Length + 1)..];
            var remaining = new Dictionary<string, object?>(pathParams, StringComparer.Ordinal);
            var host = _host.Replace(remaining);
            foreach (var route in Routes)
            {
                if (route.TryUrlPathFor(remainingName, remaining, out var url))
                {
                    path = new UrlPath(url.Path, url.Protocol, host);
                    return true;
                }
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override ValueTask HandleAsync(Scope scope, Receive receive, Send send) => App(scope, receive, send);

    internal override bool MatchesRoutePath(Scope scope, ReadOnlySpan<char> routePath) =>
        scope.Type is ScopeType.Http or ScopeType.WebSocket && _host.IsMatch(HostName(scope));

    /// <summary>Describes the route, e.g. <c>Host(host='api.example.org', name='api')</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Host(host='{HostPattern}', name='{Name ?? ""}', app={BaseApp})";

    private static string HostName(Scope scope)
    {
        var headers = scope.Headers;
        for (var i = 0; i < headers.Count; i++)
        {
            if (headers[i].Name == "host")
            {
                var value = headers[i].Value;
                var colon = value.IndexOf(':', StringComparison.Ordinal);
                return colon < 0 ? value : value[..colon];
            }
        }

        return "";
    }
}
