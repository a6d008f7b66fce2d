using Starlette.Types;

namespace Starlette.Routing;

/// <summary>
/// The template of the route that matched a connection, mount prefixes included (<c>/api/users/{id:int}</c> for
/// <c>Mount("/api", [Route("/users/{id:int}", ...)])</c>), as the router records it under
/// <see cref="ScopeItemKeys.RouteTemplate"/>. Telemetry reports it as <c>http.route</c>; error pages show it.
/// </summary>
/// <remarks>
/// A <see cref="Route"/> or <see cref="WebSocketRoute"/> records the mount prefixes plus its own path. A
/// <see cref="Mount"/> of routes (a <see cref="Router"/>, an application) only adds its prefix, so a miss inside it
/// records nothing; a mount of any other app (static files, a sub-application that does not list its routes)
/// records its prefix plus <c>/{path:path}</c>. A <see cref="Host"/> adds nothing.
/// </remarks>
public static class RouteTemplate
{
    /// <summary>The prefix the mounts matched so far (internal to routing: a half-built template).</summary>
    internal const string PrefixItem = "starlette.route_prefix";

    private const string MountRest = "/{path:path}";

    /// <summary>The template of the route that matched <paramref name="scope"/>.</summary>
    /// <param name="scope">The connection's scope.</param>
    /// <returns>The template, or <see langword="null"/> when no route matched (yet).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is <see langword="null"/>.</exception>
    public static string? Get(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.TryGetItem(ScopeItemKeys.RouteTemplate, out var value) ? value as string : null;
    }

    internal static void Record(Scope scope, BaseRoute route)
    {
        switch (route)
        {
            case Route http:
                scope.Items[ScopeItemKeys.RouteTemplate] = http.Template.Compose(Prefix(scope));
                break;
            case WebSocketRoute webSocket:
                scope.Items[ScopeItemKeys.RouteTemplate] = webSocket.Template.Compose(Prefix(scope));
                break;
            case Mount mount:
                var prefix = mount.Template.Compose(Prefix(scope));
                scope.Items[PrefixItem] = prefix;
                if (mount.BaseApp is not IRoutedApp) scope.Items[ScopeItemKeys.RouteTemplate] = mount.LeafTemplate.Compose(prefix);
                break;
        }
    }

    private static string Prefix(Scope scope) => scope.TryGetItem(PrefixItem, out var value) && value is string text ? text : "";

    /// <summary>Composes prefix + path, keeping the last result so a route under one mount allocates once.</summary>
    internal sealed class Cache(string path)
    {
        private Entry? _last;

        public string Compose(string prefix)
        {
            if (prefix.Length == 0) return path;
            var last = _last;
            if (last is not null && string.Equals(last.Prefix, prefix, StringComparison.Ordinal)) return last.Template;
            var template = prefix + path;
            _last = new Entry(prefix, template);
            return template;
        }

        private sealed record Entry(string Prefix, string Template);
    }

    internal static Cache ForMountRest() => new(MountRest);
}
